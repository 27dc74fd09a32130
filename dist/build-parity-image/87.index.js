export const id = 87;
export const ids = [87,744];
export const modules = {

/***/ 1744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ firstHashProblem),
/* harmony export */   WQ: () => (/* binding */ digestProblem),
/* harmony export */   p3: () => (/* binding */ malformedHashFinding)
/* harmony export */ });
/* unused harmony export hashProblem */
/** Hex digest length per algorithm (hashlib names as lock tools write them; lower-case). */
const HEX_LENGTH = {
    md5: 32,
    sha1: 40,
    sha224: 56,
    sha256: 64,
    sha384: 96,
    sha512: 128,
    sha3_224: 56,
    sha3_256: 64,
    sha3_384: 96,
    sha3_512: 128,
    blake2b: 128,
    blake2s: 64,
};
/** The usual hash, checked without building anything (this runs for every artifact of a lock). */
const SHA256_PREFIXED = /^sha256:[0-9a-fA-F]{64}$/;
const HEX = /^[0-9a-fA-F]+$/;
function shorten(s) {
    return s.length > 80 ? `${s.slice(0, 77)}\u2026` : s;
}
/** Problem with a digest for `algo` (pylock's `{ sha256 = "\u2026" }` form), or undefined when well-formed. */
function digestProblem(algo, digest, display = `${algo}:${digest}`) {
    const name = algo.toLowerCase().replace(/-/g, '_');
    const len = HEX_LENGTH[name];
    if (len === undefined) {
        // shake_128/shake_256 have no fixed length; anything else is not an algorithm pip or uv accepts.
        if ((name === 'shake_128' || name === 'shake_256') && digest.length > 0 && digest.length % 2 === 0 && HEX.test(digest))
            return undefined;
        return { found: shorten(display), expected: 'a hashlib algorithm (sha256, sha384, sha512, \u2026) and its hex digest' };
    }
    if (digest.length === len && HEX.test(digest))
        return undefined;
    return { found: shorten(display), expected: `${len} hex digits after ${algo}:` };
}
/** Problem with an `algo:hexdigest` hash (requirements --hash, poetry, uv, pdm, pipenv), or undefined. */
function hashProblem(hash) {
    if (SHA256_PREFIXED.test(hash))
        return undefined;
    const colon = hash.indexOf(':');
    if (colon <= 0)
        return { found: shorten(hash), expected: 'algorithm:hexdigest, e.g. sha256:<64 hex digits>' };
    return digestProblem(hash.slice(0, colon), hash.slice(colon + 1), hash);
}
/** `sha256:<64 hex>` lines, each ended by a newline. */
const SHA256_LINES = /^(?:sha256:[0-9a-fA-F]{64}\n)*$/;
/** First malformed hash of a list, and how many are malformed. */
function firstHashProblem(hashes) {
    // The usual list \u2014 all `sha256:` + 64 hex digits \u2014 in one regex run instead of one per hash (a
    // lock has thousands). Each such hash has 71 characters, so when every one has that length the
    // joined text has its newlines exactly where the pattern puts them: no hash can pass by being split.
    let uniform = true;
    for (const h of hashes) {
        if (h.length !== 71) {
            uniform = false;
            break;
        }
    }
    if (uniform && SHA256_LINES.test(hashes.length ? `${hashes.join('\n')}\n` : ''))
        return undefined;
    let first;
    let count = 0;
    for (const h of hashes) {
        const p = hashProblem(h);
        if (!p)
            continue;
        first ??= { problem: p, hash: h };
        count++;
    }
    return first ? { ...first, count } : undefined;
}
/** The finding for a package whose lock entry carries malformed hashes. */
function malformedHashFinding(pkg, problem, count, lock, fix) {
    return {
        class: 'malformed-hash',
        severity: 'error',
        message: `${pkg}: ${count === 1 ? 'a hash is' : `${count} hashes are`} malformed (${problem.found}); installing from the lock fails or skips verification. Regenerate the lock instead of editing hashes by hand.`,
        package: pkg,
        expected: problem.expected,
        found: problem.found,
        lock,
        ...(fix ? { fix } : {}),
    };
}


/***/ }),

/***/ 3087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ checkUvExportMarkers),
/* harmony export */   checkUv: () => (/* binding */ checkUv)
/* harmony export */ });
/* unused harmony exports UV_LOCK_VERSION, UV_SUPPORTED_REVISIONS, expandGlob, uvExportMarkers */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9223);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1744);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1882);
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5459);
/* harmony import */ var _pep508_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5688);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4642);
/**
 * uv.lock checker.
 *
 * Freshness: reproduces uv's recorded-input comparison (`ValidatedLock::validate` + `Lock::satisfies`):
 * workspace members, `[manifest]` constraints/overrides/excludes/groups, each local package's
 * `[package.metadata]` (requires-dist, provides-extras, requires-dev, static version), requires-python
 * and `[options]`. Markers are compared semantically after uv's python_version rewrite; whenever the
 * static verdict could differ from uv's, the result is `inconclusive` with a reason, never `stale`.
 *
 * Integrity (what uv does not check, uv#9396/uv#12164): version vs artifact file names, hashes,
 * dependency edges, git commit pins, credentials in URLs.
 */








const UV_LOCK_VERSION = 1;
/** Revisions whose semantics this checker knows (4 = metadata-free preview lock). */
const UV_SUPPORTED_REVISIONS = (/* unused pure expression or super */ null && ([1, 2, 3, 5]));
const FIX = 'uv lock';
// ---------------------------------------------------------------- small helpers
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function tbl(t, key) {
    if (!isTable(t))
        return undefined;
    const v = t[key];
    return isTable(v) ? v : undefined;
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function arr(v) {
    return Array.isArray(v) ? v : [];
}
function num(v) {
    if (typeof v === 'bigint')
        return Number(v);
    if (typeof v === 'number')
        return v;
    return undefined;
}
function coreKey(r) {
    return `${r.name}[${r.extras.join(',')}]${(0,_pep440_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalSpecifiers */ .o5)(r.specifier)}`;
}
// ---------------------------------------------------------------- glob for workspace members
function segmentRegex(seg) {
    let re = '^';
    for (let i = 0; i < seg.length; i++) {
        const c = seg[i];
        if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const end = seg.indexOf(']', i);
            if (end < 0)
                re += '\\[';
            else {
                re += `[${seg.slice(i + 1, end).replace(/^!/, '^')}]`;
                i = end;
            }
        }
        else
            re += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`${re}$`);
}
function listDirs(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })
            .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
            .map((d) => d.name);
    }
    catch {
        return [];
    }
}
/** Expand a workspace glob (`packages/*`, `libs/**`, `tools/cli`) relative to `root`. */
function expandGlob(root, pattern) {
    const segs = pattern.replace(/\\/g, '/').split('/').filter((s) => s && s !== '.');
    let current = [root];
    for (const seg of segs) {
        const next = [];
        for (const dir of current) {
            if (seg === '**') {
                const stack = [dir];
                while (stack.length) {
                    const d = stack.pop();
                    next.push(d);
                    for (const c of listDirs(d))
                        stack.push(node_path__WEBPACK_IMPORTED_MODULE_1__.join(d, c));
                }
            }
            else if (/[*?[]/.test(seg)) {
                const re = segmentRegex(seg);
                for (const c of listDirs(dir))
                    if (re.test(c))
                        next.push(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, c));
            }
            else if (seg === '..')
                next.push(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir));
            else
                next.push(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, seg));
        }
        current = next;
    }
    return [...new Set(current)].sort();
}
function readPyproject(ctx, dir) {
    const cached = ctx.projects.get(dir);
    if (cached !== undefined || ctx.projects.has(dir))
        return cached;
    const p = readPyprojectUncached(ctx, dir);
    ctx.projects.set(dir, p);
    return p;
}
function readPyprojectUncached(ctx, dir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'pyproject.toml');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return undefined;
    const rel = (0,_toml_js__WEBPACK_IMPORTED_MODULE_7__/* .relPath */ .nA)(ctx.input.workspace, file);
    const text = (0,_toml_js__WEBPACK_IMPORTED_MODULE_7__/* .readProjectFile */ .SI)(file, undefined, rel);
    let data;
    try {
        data = (0,_toml_js__WEBPACK_IMPORTED_MODULE_7__/* .parseToml */ .MT)(text, rel);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo) {
            ctx.findings.push({ class: 'invalid-manifest', severity: 'error', message: err.message, manifest: err.location ?? { file: rel } });
            return { dir, file, rel, data: {}, lines: new _toml_js__WEBPACK_IMPORTED_MODULE_7__/* .TomlLineIndex */ .P9(text) };
        }
        throw err;
    }
    return { dir, file, rel, data, lines: new _toml_js__WEBPACK_IMPORTED_MODULE_7__/* .TomlLineIndex */ .P9(text) };
}
/** A marker that never holds (uv drops lowered requirements whose marker is false). */
const NEVER = { type: 'cmp', left: { kind: 'var', name: 'python_full_version' }, op: '<', right: { kind: 'str', value: '0' } };
/** Does the marker never hold (independently of requires-python)? undefined = cannot tell. */
function markerIsFalse(m) {
    if (!m)
        return false;
    const c = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .compareMarkers */ .F5)(m, NEVER);
    return c === 'equal' ? true : c === 'different' ? false : undefined;
}
/**
 * A URL as uv compares it: parsed like the `url` crate (scheme and host lower-cased, default
 * port dropped, `.` segments resolved) with http(s) credentials removed; the trailing slash is significant.
 * `exact` is false where uv's lock-time normalisation differs from its comparison (an upper-case
 * scheme or repeated trailing slashes: not equal for `--check`, but a re-lock writes the same text).
 */
function canonicalUrl(raw) {
    let href;
    try {
        const u = new URL(raw.trim());
        // uv strips credentials from http(s) URLs; an ssh user name (`git@`) is part of the URL
        if (u.protocol === 'http:' || u.protocol === 'https:') {
            u.username = '';
            u.password = '';
        }
        href = u.href;
    }
    catch {
        return { href: raw, exact: false };
    }
    const exact = /^[a-z][a-z0-9+.-]*:/.test(raw.trim()) && !/\/\/+$/.test(raw.trim().replace(/^[a-z]+:\/\/\/?/i, ''));
    return { href, exact };
}
/** Git source descriptor: repository URL exactly as parsed (`.git` and slashes count), reference kind and value, subdirectory. */
function gitSource(repo, kind, ref, subdirectory) {
    const { href, exact: urlExact } = canonicalUrl(repo);
    const exact = urlExact && !/[?#]/.test(repo);
    return { source: `git:${exact ? '' : '~'}${href}|${kind}${ref ? `=${ref}` : ''}|${subdirectory ?? ''}`, exact };
}
/** PEP 508 `git+https://host/repo@ref#subdirectory=x` (uv records a PEP 508 ref as `rev`). */
function pep508Git(u) {
    const hash = u.indexOf('#');
    const frag = hash >= 0 ? u.slice(hash + 1) : '';
    const noFrag = hash >= 0 ? u.slice(0, hash) : u;
    const sub = /(?:^|&)subdirectory=([^&]*)/.exec(frag)?.[1];
    const schemeEnd = noFrag.indexOf('://');
    const pathStart = schemeEnd >= 0 ? noFrag.indexOf('/', schemeEnd + 3) : -1;
    const at = noFrag.lastIndexOf('@');
    const hasRef = pathStart >= 0 && at > pathStart;
    const g = gitSource(hasRef ? noFrag.slice(0, at) : noFrag, hasRef ? 'rev' : '', hasRef ? decodeURIComponent(noFrag.slice(at + 1)) : '', sub);
    const exact = g.exact && !/[?]/.test(noFrag) && (frag === '' || /^subdirectory=[^&]*$/.test(frag));
    return { source: exact ? g.source : g.source.replace(/^git:~?/, 'git:~'), exact };
}
/** Build the requirement(s) as uv records them from a PEP 508 string and `tool.uv.sources`. */
function expectedReq(ctx, text, extraMarker, sources, indexes, project, members, line, scope = {}) {
    let parsed;
    try {
        parsed = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRequirement */ .pP)(text);
    }
    catch (err) {
        ctx.findings.push({
            class: 'invalid-manifest',
            severity: 'error',
            message: `${project.rel}: ${err.message}`,
            manifest: { file: project.rel, line },
        });
        return [];
    }
    const req = {
        name: parsed.normalizedName,
        extras: parsed.extras,
        specifier: parsed.specifier,
        marker: (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .andMarkers */ .xO)(parsed.marker, extraMarker),
        source: '',
        display: text,
        line,
    };
    if (parsed.url !== undefined) {
        const u = parsed.url;
        if (u.startsWith('git+')) {
            const g = pep508Git(u.slice(4));
            req.source = g.source;
            if (!g.exact)
                req.fuzzySource = true;
        }
        else if (u.startsWith('file:')) {
            req.source = `path:?:${node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(fileUrlPath(u))}`;
            req.fuzzySource = true;
        }
        else
            req.source = `url:${stripFragment(u)}`;
    }
    const src = sources.get(req.name);
    if (!src)
        return [req];
    const list = Array.isArray(src.raw) ? src.raw : [src.raw];
    if (!list.length || !list.every(isTable)) {
        req.fuzzySource = true;
        req.source = 'list';
        return [req];
    }
    const projectName = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(str(tbl(project.data, 'project')?.name) ?? '');
    // uv: only the sources scoped to this requirement's extra / group (or unscoped) apply
    const applicable = list.filter((s) => (s.extra === undefined || (scope.extra !== undefined && typeof s.extra === 'string' && (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(s.extra) === scope.extra)) &&
        (s.group === undefined || (scope.group !== undefined && typeof s.group === 'string' && (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(s.group) === scope.group)));
    if (!applicable.length)
        return [req];
    const out = [];
    const covered = [];
    let coversAll = false;
    let unmodelled = false;
    for (const s of applicable) {
        let sm;
        if (typeof s.marker === 'string') {
            try {
                sm = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .parseMarker */ .gY)(s.marker);
            }
            catch {
                ctx.uncertain.push(`cannot parse the marker of the tool.uv.sources entry for ${req.name}`);
                unmodelled = true;
            }
        }
        if (sm)
            covered.push(sm);
        else
            coversAll = true;
        const lowered = { ...req, marker: (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .andMarkers */ .xO)(sm, req.marker), source: '', fuzzySource: false };
        lowerSource(lowered, s, indexes, project, members);
        if (typeof s.extra === 'string' || typeof s.group === 'string') {
            lowered.source += `|conflict:${projectName}:${typeof s.extra === 'string' ? `extra:${scope.extra}` : `group:${scope.group}`}`;
        }
        const f = markerIsFalse(lowered.marker);
        if (f === undefined)
            unmodelled = true;
        if (f !== true)
            out.push(lowered);
    }
    if (!coversAll) {
        const neg = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .negateMarker */ .H$)((0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .orMarkers */ .ZZ)(covered));
        if (!neg)
            unmodelled = true;
        else {
            const rest = { ...req, marker: (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .andMarkers */ .xO)(neg, req.marker) };
            const f = markerIsFalse(rest.marker);
            if (f === undefined)
                unmodelled = true;
            if (f !== true)
                out.push(rest);
        }
    }
    if (unmodelled)
        for (const r of out)
            r.unmodelled = true;
    return out;
}
/** Fill `req.source` from one `tool.uv.sources` entry. */
function lowerSource(req, s, indexes, project, members) {
    if (s.workspace === true) {
        const m = members.get(req.name);
        if (m) {
            // uv 0.13: a member that is not a package (tool.uv.package = false) is recorded as virtual,
            // else editable unless the source says editable = false (then directory). A member without
            // [build-system] is a package in uv 0.13 but was virtual in older releases.
            const pkg = tbl(tbl(m.data, 'tool'), 'uv')?.package;
            const kind = pkg === false ? 'virtual' : s.editable === false ? 'directory' : 'editable';
            req.source = `path:${kind}:${m.dir}`;
            req.exactKind = true;
            if (pkg === undefined && !isTable(m.data['build-system']))
                req.altSource = `path:virtual:${m.dir}`;
        }
        else
            req.fuzzySource = true;
    }
    else if (typeof s.path === 'string') {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(project.dir, s.path);
        let kind = 'path';
        try {
            // uv 0.13: a directory is editable only with editable = true, virtual with package = false,
            // else a (non-editable) directory, with or without [build-system]
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isDirectory())
                kind = s.editable === true ? 'editable' : s.package === false ? 'virtual' : 'directory';
        }
        catch {
            kind = '?';
        }
        req.source = `path:${kind}:${abs}`;
        if (kind === '?' || [...members.values()].some((m) => m.dir === abs))
            req.fuzzySource = true; // a member by path: uv rejects it now
        else {
            req.exactKind = true;
            if (kind === 'directory' && s.package === undefined && !hasBuildSystem(abs))
                req.altSource = `path:virtual:${abs}`;
        }
    }
    else if (typeof s.index === 'string') {
        const url = indexes.get(s.index);
        if (url) {
            const c = canonicalUrl(url);
            // `~`: never string-equal to a recorded URL, so an inexact form is at best "unsure"
            req.source = `index:${c.exact ? '' : '~'}${c.href}`;
            if (!c.exact)
                req.fuzzySource = true;
        }
        else
            req.fuzzySource = true;
    }
    else if (typeof s.git === 'string') {
        const kind = s.rev !== undefined ? 'rev' : s.tag !== undefined ? 'tag' : s.branch !== undefined ? 'branch' : '';
        const ref = str(s.rev) ?? str(s.tag) ?? str(s.branch) ?? '';
        const g = gitSource(s.git, kind, ref, str(s.subdirectory));
        req.source = g.source;
        if (!g.exact || s.subdirectory !== undefined)
            req.fuzzySource = true;
    }
    else if (typeof s.url === 'string') {
        // uv rejects a fragment here ("Fragments are not allowed"): never equal, at best unsure
        req.source = `url:${s.url.includes('#') ? '~' : ''}${stripFragment(s.url)}`;
        if (s.url.includes('#'))
            req.fuzzySource = true;
    }
    else
        req.fuzzySource = true;
}
/**
 * tool.uv.dependency-metadata against [[manifest.dependency-metadata]] (uv 0.13): a set of entries
 * keyed by normalised name and version (PEP 440 equality); `requires-dist` and `provides-extras`
 * are ordered lists, each requirement compared parsed (markers semantically), requires-python as
 * a specifier set.
 */
function compareDependencyMetadata(exp, rec) {
    let unsure;
    const known = new Set(['name', 'version', 'requires-dist', 'requires-python', 'provides-extras']);
    const entries = (list) => (list.every((e) => isTable(e) && typeof e.name === 'string' && Object.keys(e).every((k) => known.has(k))) ? list : undefined);
    const e = entries(exp);
    const r = entries(rec);
    if (!e || !r)
        return { kind: 'unsure', what: 'an entry with keys we do not model' };
    const left = [...r];
    for (const x of e) {
        const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(x.name);
        const v = str(x.version);
        const i = left.findIndex((y) => (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(y.name) === name && (v === undefined ? y.version === undefined : typeof y.version === 'string' && (0,_pep440_js__WEBPACK_IMPORTED_MODULE_5__/* .versionsEqual */ .At)(v, y.version)));
        if (i < 0)
            return { kind: 'differs', what: `${name}${v ? ` ${v}` : ''} is not recorded` };
        const y = left.splice(i, 1)[0];
        const rpX = str(x['requires-python']);
        const rpY = str(y['requires-python']);
        if ((rpX === undefined) !== (rpY === undefined))
            return { kind: 'differs', what: `requires-python of ${name}` };
        if (rpX !== undefined && rpY !== undefined && (0,_pep440_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalSpecifiers */ .o5)(rpX) !== (0,_pep440_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalSpecifiers */ .o5)(rpY))
            return { kind: 'differs', what: `requires-python of ${name}` };
        const strings = (l) => (l === undefined ? [] : Array.isArray(l) && l.every((s) => typeof s === 'string') ? l : undefined);
        const pe = [strings(x['provides-extras']), strings(y['provides-extras'])];
        if (!pe[0] || !pe[1])
            unsure ??= `provides-extras of ${name}`;
        else if (pe[0].map(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc).join('\0') !== pe[1].map(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc).join('\0'))
            return { kind: 'differs', what: `provides-extras of ${name}` };
        const rd = [strings(x['requires-dist']), strings(y['requires-dist'])];
        if (!rd[0] || !rd[1]) {
            unsure ??= `requires-dist of ${name}`;
            continue;
        }
        if (rd[0].length !== rd[1].length)
            return { kind: 'differs', what: `requires-dist of ${name}` };
        for (let k = 0; k < rd[0].length; k++) {
            let a, b;
            try {
                a = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRequirement */ .pP)(rd[0][k]);
                b = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRequirement */ .pP)(rd[1][k]);
            }
            catch {
                unsure ??= `requires-dist of ${name}`;
                continue;
            }
            if (a.normalizedName !== b.normalizedName || a.extras.join(',') !== b.extras.join(','))
                return { kind: 'differs', what: `requires-dist of ${name}` };
            if (a.url !== b.url) {
                unsure ??= `requires-dist of ${name}`;
                continue;
            }
            if ((0,_pep440_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalSpecifiers */ .o5)(a.specifier) !== (0,_pep440_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalSpecifiers */ .o5)(b.specifier))
                return { kind: 'differs', what: `requires-dist of ${name}` };
            const m = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .compareMarkers */ .F5)(a.marker, b.marker);
            if (m === 'different')
                return { kind: 'differs', what: `requires-dist of ${name}` };
            if (m !== 'equal')
                unsure ??= `requires-dist of ${name}`;
        }
    }
    if (left.length)
        return { kind: 'differs', what: `${(0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(left[0].name)} is no longer declared` };
    return unsure ? { kind: 'unsure', what: unsure } : { kind: 'same' };
}
/** Whether the directory's pyproject.toml declares a [build-system] (true when it cannot be read: no older-uv alternative then). */
function hasBuildSystem(dir) {
    try {
        return isTable((0,_toml_js__WEBPACK_IMPORTED_MODULE_7__/* .parseToml */ .MT)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'pyproject.toml'), 'utf8'), 'pyproject.toml')['build-system']);
    }
    catch {
        return true;
    }
}
function fileUrlPath(u) {
    try {
        return new URL(u).pathname;
    }
    catch {
        return u.replace(/^file:\/\//, '');
    }
}
function stripFragment(u) {
    const i = u.indexOf('#');
    return i >= 0 ? u.slice(0, i) : u;
}
/** Reduce a requires-dist / manifest entry of uv.lock to a Req. */
/** `line` is looked up on first read: only a finding reads it, and the first lookup indexes the lock. */
function lockedReq(ctx, entry, line) {
    if (!isTable(entry) || typeof entry.name !== 'string')
        return undefined;
    const req = {
        name: (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(entry.name),
        extras: arr(entry.extras).filter((e) => typeof e === 'string').map(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc).sort(),
        specifier: str(entry.specifier) ?? '',
        source: '',
        display: entry.name + (str(entry.specifier) ?? ''),
        get line() {
            return line();
        },
    };
    const marker = str(entry.marker);
    if (marker) {
        try {
            req.marker = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .parseMarker */ .gY)(marker);
        }
        catch {
            ctx.uncertain.push(`cannot parse the marker ${JSON.stringify(marker)} recorded for ${req.name}`);
        }
        req.display += ` ; ${marker}`;
    }
    const root = ctx.lockDir;
    if (typeof entry.index === 'string')
        req.source = `index:${canonicalUrl(entry.index).href}`;
    else if (typeof entry.editable === 'string')
        req.source = `path:editable:${node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, entry.editable)}`;
    else if (typeof entry.directory === 'string')
        req.source = `path:directory:${node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, entry.directory)}`;
    else if (typeof entry.virtual === 'string')
        req.source = `path:virtual:${node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, entry.virtual)}`;
    else if (typeof entry.path === 'string')
        req.source = `path:path:${node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, entry.path)}`;
    else if (typeof entry.url === 'string')
        req.source = `url:${stripFragment(entry.url)}`;
    else if (typeof entry.git === 'string') {
        const g = entry.git;
        const q = g.indexOf('?');
        const params = new URLSearchParams(q >= 0 ? stripFragment(g.slice(q + 1)) : '');
        const kind = ['rev', 'tag', 'branch'].find((k) => params.has(k)) ?? '';
        req.source = gitSource(stripFragment(q >= 0 ? g.slice(0, q) : g), kind, kind ? (params.get(kind) ?? '') : '', params.get('subdirectory') ?? undefined).source;
        // query parameters we do not model: compare loosely
        if ([...params.keys()].some((k) => !['rev', 'tag', 'branch', 'subdirectory'].includes(k)))
            req.fuzzySource = true;
    }
    const conflict = tbl(entry, 'conflict');
    if (conflict) {
        const pkg = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(str(conflict.package) ?? '');
        const which = typeof conflict.extra === 'string' ? `extra:${(0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(conflict.extra)}` : typeof conflict.group === 'string' ? `group:${(0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(conflict.group)}` : '?';
        req.source += `|conflict:${pkg}:${which}`;
    }
    return req;
}
function sourceMatches(a, b) {
    if (a.source === b.source)
        return 'yes';
    if (a.fuzzySource || b.fuzzySource) {
        // same target path with a different kind, or a source shape we do not model exactly
        return 'unsure';
    }
    if (a.altSource === b.source || b.altSource === a.source)
        return 'unsure';
    const pa = /^path:([^:]*):(.*)$/.exec(a.source);
    const pb = /^path:([^:]*):(.*)$/.exec(b.source);
    // the same path recorded with another kind: a change when we know which kind uv records
    if (pa && pb && pa[2] === pb[2])
        return a.exactKind || b.exactKind ? 'no' : 'unsure';
    return 'no';
}
function describeSource(source) {
    const c = /^(.*)\|conflict:([^:]*):(extra|group):(.*)$/.exec(source);
    const s = c ? c[1] : source;
    const scope = c ? ` (for ${c[3]} ${c[4]} of ${c[2]})` : '';
    return describeSourceKind(s) + scope;
}
function describeSourceKind(s) {
    if (!s)
        return 'the default index';
    const m = /^path:([^:]*):(.*)$/.exec(s);
    if (m)
        return `${m[1]} ${m[2]}`;
    const g = /^git:~?([^|]*)\|([^|]*)\|(.*)$/.exec(s);
    if (g)
        return (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .maskUrl */ .yP)(`${g[1]}${g[2] ? ` (${g[2]})` : ''}${g[3] ? ` subdirectory ${g[3]}` : ''}`);
    return (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .maskUrl */ .yP)(s.replace(/^(index|url):~?/, ''));
}
/** Compare expected (manifest) and recorded (lock) requirement lists as uv would (sets). */
function compareReqs(ctx, expectedIn, recordedIn, requiresPython, labels) {
    // uv compares sets: identical entries (after normalisation) collapse
    const dedupe = (list) => {
        const out = [];
        for (const r of list) {
            const dup = out.find((o) => coreKey(o) === coreKey(r) && o.source === r.source && (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .compareMarkers */ .F5)(o.marker, r.marker, requiresPython) === 'equal');
            if (dup)
                dup.unmodelled ||= r.unmodelled;
            else
                out.push(r);
        }
        return out;
    };
    const expected = dedupe(expectedIn);
    const recorded = dedupe(recordedIn);
    // names whose expansion (marker-scoped sources) we could not model: a difference is inconclusive
    const unsure = new Set(expected.filter((r) => r.unmodelled).map((r) => r.name));
    const findings = {
        push(f) {
            if (f.package !== undefined && unsure.has(f.package))
                ctx.uncertain.push(`the tool.uv.sources expansion of ${f.package} in ${labels.what} is not modelled exactly`);
            else
                ctx.findings.push(f);
        },
    };
    const byCore = new Map();
    const slot = (k) => {
        let s = byCore.get(k);
        if (!s)
            byCore.set(k, (s = { exp: [], rec: [] }));
        return s;
    };
    for (const r of expected)
        slot(coreKey(r)).exp.push(r);
    for (const r of recorded)
        slot(coreKey(r)).rec.push(r);
    const unmatchedExp = [];
    const unmatchedRec = [];
    for (const { exp, rec } of byCore.values()) {
        const recLeft = rec.slice();
        const expLeft = [];
        for (const e of exp) {
            // exact partner: same source and semantically equal marker
            let idx = recLeft.findIndex((r) => sourceMatches(e, r) === 'yes' && (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .compareMarkers */ .F5)(e.marker, r.marker, requiresPython) === 'equal');
            if (idx < 0)
                idx = recLeft.findIndex((r) => sourceMatches(e, r) !== 'no' && (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .compareMarkers */ .F5)(e.marker, r.marker, requiresPython) !== 'different');
            if (idx < 0) {
                expLeft.push(e);
                continue;
            }
            const r = recLeft.splice(idx, 1)[0];
            const sm = sourceMatches(e, r);
            const mm = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .compareMarkers */ .F5)(e.marker, r.marker, requiresPython);
            if (sm === 'unsure')
                ctx.uncertain.push(`the source of ${e.name} in ${labels.what} (${describeSource(e.source)} vs ${describeSource(r.source)}) cannot be compared statically`);
            if (mm === 'unknown')
                ctx.uncertain.push(`the marker of ${e.name} in ${labels.what} uses variables whose comparison is not modelled exactly`);
        }
        // what is left differs in marker or source: pair by name for a precise message
        for (const e of expLeft) {
            const r = recLeft.shift();
            if (!r) {
                unmatchedExp.push(e);
                continue;
            }
            const sm = sourceMatches(e, r);
            const loc = locs(ctx, labels, e, r);
            if (sm === 'no') {
                findings.push({
                    class: 'drift',
                    severity: 'error',
                    package: e.name,
                    message: `The source of ${e.name} in ${labels.what} changed since uv.lock was written.`,
                    expected: describeSource(e.source),
                    found: describeSource(r.source),
                    ...loc,
                    fix: FIX,
                });
            }
            else {
                const em = e.marker ? (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .markerToString */ .hF)((0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .rewritePythonVersion */ .lv)(e.marker), "'") : '(none)';
                const rm = r.marker ? (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .markerToString */ .hF)(r.marker, "'") : '(none)';
                findings.push({
                    class: 'drift',
                    severity: 'error',
                    package: e.name,
                    message: `The environment marker of ${e.name} in ${labels.what} changed since uv.lock was written.`,
                    expected: em,
                    found: rm,
                    ...loc,
                    fix: FIX,
                });
            }
        }
        unmatchedRec.push(...recLeft);
    }
    // name-level pairing for changed specifiers / extras
    for (const e of unmatchedExp) {
        const i = unmatchedRec.findIndex((r) => r.name === e.name);
        const r = i >= 0 ? unmatchedRec.splice(i, 1)[0] : undefined;
        const loc = locs(ctx, labels, e, r);
        if (r) {
            findings.push({
                class: 'drift',
                severity: 'error',
                package: e.name,
                message: `The requirement on ${e.name} in ${labels.what} changed since uv.lock was written.`,
                expected: e.display,
                found: r.display,
                ...loc,
                fix: FIX,
            });
        }
        else {
            findings.push({
                class: 'drift',
                severity: 'error',
                package: e.name,
                message: `${labels.what} requires ${e.name}, which uv.lock does not record (added after locking).`,
                expected: e.display,
                found: '(absent)',
                ...loc,
                fix: FIX,
            });
        }
    }
    for (const r of unmatchedRec) {
        findings.push({
            class: 'drift',
            severity: 'error',
            package: r.name,
            message: `uv.lock records ${r.name} in ${labels.what}, but the manifest no longer requires it.`,
            expected: '(absent)',
            found: r.display,
            ...locs(ctx, labels, undefined, r),
            fix: FIX,
        });
    }
}
function locs(ctx, labels, e, r) {
    const out = {};
    if (labels.manifestFile)
        out.manifest = { file: labels.manifestFile, ...(e?.line ? { line: e.line } : {}) };
    const line = r?.line ?? labels.lockLine;
    out.lock = { file: ctx.lockRel, ...(line ? { line } : {}) };
    return out;
}
function sourceKind(source) {
    if ('registry' in source)
        return 'registry';
    if ('git' in source)
        return 'git';
    if ('url' in source)
        return 'url';
    if ('editable' in source || 'directory' in source || 'virtual' in source)
        return 'project';
    if ('path' in source)
        return 'path';
    return 'registry';
}
/** Line of `{ name = "x"` (optionally containing `needle`) within a line range of the lock. */
function entryLine(lines, from, to, name, needle) {
    const re = new RegExp(`name = "${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`);
    return lines.findLine(from, to, (l) => re.test(l) && (needle === undefined || l.includes(needle)));
}
// ---------------------------------------------------------------- main entry
function checkUv(input, options = {}) {
    const lockDir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(input.lockfile);
    const lockRel = (0,_toml_js__WEBPACK_IMPORTED_MODULE_7__/* .relPath */ .nA)(input.workspace, input.lockfile);
    const text = (0,_toml_js__WEBPACK_IMPORTED_MODULE_7__/* .readProjectFile */ .SI)(input.lockfile, undefined, lockRel);
    const lock = (0,_toml_js__WEBPACK_IMPORTED_MODULE_7__/* .parseTomlShared */ .bN)(text, lockRel);
    const lines = new _toml_js__WEBPACK_IMPORTED_MODULE_7__/* .TomlLineIndex */ .P9(text);
    const ctx = { input, lockDir, lockRel, findings: [], uncertain: [], env: options.env ?? process.env, projects: new Map() };
    const result = {
        manager: 'uv',
        lockfile: input.lockfile,
        freshness: 'fresh',
        packages: 0,
        findings: ctx.findings,
        locked: [],
    };
    const version = num(lock.version);
    const revision = num(lock.revision) ?? 0;
    result.formatVersion = `${version ?? '?'}${lock.revision !== undefined ? `.${revision}` : ''}`;
    if (version === undefined || !Array.isArray(lock.package)) {
        if (version === undefined && !Array.isArray(lock.package)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${lockRel} has neither \`version\` nor [[package]] entries; it is not a uv.lock or is truncated.`, {
                title: 'invalid lockfile',
                location: { file: lockRel, line: 1 },
                hint: 'Regenerate it with `uv lock`.',
            });
        }
    }
    let formatBlocks = false;
    if (version !== UV_LOCK_VERSION) {
        ctx.findings.push({
            class: 'unsupported-format',
            severity: 'error',
            message: `${lockRel} has lock format version ${String(version)}; this checker understands version ${UV_LOCK_VERSION}.`,
            expected: String(UV_LOCK_VERSION),
            found: String(version),
            lock: { file: lockRel, line: lines.keyLine('', 'version') ?? 1 },
            fix: FIX,
        });
        formatBlocks = true;
    }
    else if (revision === 4) {
        ctx.uncertain.push('uv.lock revision 4 is the metadata-free preview format; recorded inputs cannot be compared statically (run `uv lock --check`)');
    }
    else if (revision > 5) {
        ctx.findings.push({
            class: 'unsupported-format',
            severity: 'notice',
            message: `${lockRel} has revision ${revision}, newer than the revisions this checker knows (1\u20133, 5).`,
            found: String(revision),
            lock: { file: lockRel, line: lines.keyLine('', 'revision') ?? 1 },
        });
        ctx.uncertain.push(`uv.lock revision ${revision} is newer than this checker knows`);
    }
    // ---- packages
    const requiresPython = str(lock['requires-python']);
    const pkgs = [];
    arr(lock.package).forEach((p, i) => {
        if (!isTable(p) || typeof p.name !== 'string') {
            ctx.findings.push({
                class: 'invalid-lockfile',
                severity: 'error',
                message: `[[package]] entry #${i + 1} of ${lockRel} has no name.`,
                lock: { file: lockRel, line: lines.arrayTable('package', i)?.line },
                fix: FIX,
            });
            return;
        }
        const source = tbl(p, 'source') ?? {};
        const lp = {
            index: i,
            name: (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(p.name),
            version: str(p.version),
            source,
            sourceKind: sourceKind(source),
            data: p,
            // Lazy: placing a finding is the only use, and the first lookup indexes the whole file.
            get line() {
                return lines.arrayTable('package', i)?.line ?? 1;
            },
        };
        const rm = arr(p['resolution-markers']).filter((m) => typeof m === 'string');
        if (rm.length) {
            try {
                const nodes = rm.map((m) => (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .parseMarker */ .gY)(m));
                lp.resolutionMarkers = nodes.length === 1 ? nodes[0] : { type: 'or', children: nodes };
            }
            catch {
                /* ignored: marker problems are reported on edges */
            }
        }
        pkgs.push(lp);
    });
    const seen = new Set();
    for (const p of pkgs) {
        seen.add(`${p.name}@${p.version ?? ''}`);
        const lp = { name: p.name, version: p.version ?? '', source: p.sourceKind };
        // Local sources carry their path; virtual members get none (no build system, nothing to install, like the root project).
        const local = str(p.source.editable) ?? str(p.source.directory) ?? str(p.source.path);
        if (local !== undefined)
            lp.path = local;
        const rm = arr(p.data['resolution-markers']).filter((m) => typeof m === 'string');
        if (rm.length)
            lp.marker = rm.length === 1 ? rm[0] : rm.map((m) => `(${m})`).join(' or ');
        const hashes = artifacts(p.data)
            .map((a) => str(a.hash))
            .filter((h) => !!h);
        if (hashes.length)
            lp.hashes = hashes;
        result.locked.push(lp);
    }
    result.packages = seen.size;
    integrity(ctx, pkgs, lines, requiresPython);
    if (!formatBlocks) {
        try {
            recordedInputs(ctx, lock, pkgs, lines, requiresPython, result);
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo)
                throw err;
            ctx.uncertain.push(`internal error while comparing recorded inputs: ${err.message}`);
        }
    }
    const drift = ctx.findings.some((f) => f.class === 'drift' || (f.class === 'invalid-lockfile' && f.severity === 'error'));
    if (formatBlocks) {
        result.freshness = 'inconclusive';
        result.inconclusiveReason = `uv.lock format version ${String(version)} is not supported by this checker; run \`uv lock --check\`.`;
    }
    else if (drift)
        result.freshness = 'stale';
    else if (ctx.uncertain.length) {
        result.freshness = 'inconclusive';
        result.inconclusiveReason = [...new Set(ctx.uncertain)].slice(0, 5).join('; ');
    }
    return result;
}
function artifacts(p) {
    const out = [];
    const sdist = tbl(p, 'sdist');
    if (sdist)
        out.push(sdist);
    for (const w of arr(p.wheels))
        if (isTable(w))
            out.push(w);
    return out;
}
// ---------------------------------------------------------------- integrity
function integrity(ctx, pkgs, lines, requiresPython) {
    const { lockRel } = ctx;
    const byName = new Map();
    for (const p of pkgs) {
        const l = byName.get(p.name);
        if (l)
            l.push(p);
        else
            byName.set(p.name, [p]);
    }
    let envs;
    const envsFor = () => (envs ??= (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .environmentMatrix */ .VX)(requiresPython));
    const reportedCred = new Set();
    const cred = (url, p, where) => {
        const c = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .findUrlCredentials */ .RH)(url);
        if (!c || reportedCred.has(c.masked))
            return;
        reportedCred.add(c.masked);
        const line = where();
        ctx.findings.push({
            class: 'credentials-in-url',
            severity: 'error',
            package: p.name,
            message: `uv.lock contains a URL with credentials (${c.kind}): ${c.masked}.`,
            found: c.masked,
            lock: { file: lockRel, line },
            fix: 'Remove the credentials from the index URL (use UV_INDEX_<NAME>_USERNAME/PASSWORD or a keyring) and run `uv lock`.',
        });
    };
    for (const p of pkgs) {
        const end = () => lines.arrayTable('package', p.index)?.endLine ?? p.line;
        const kind = p.sourceKind;
        // credentials
        for (const v of Object.values(p.source))
            if (typeof v === 'string')
                cred(v, p, () => lines.findLine(p.line, end(), (l) => l.startsWith('source')) ?? p.line);
        // git pin
        if (kind === 'git') {
            const g = str(p.source.git) ?? '';
            const frag = g.includes('#') ? g.slice(g.lastIndexOf('#') + 1) : '';
            if (!(0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .isFullCommitSha */ .h2)(frag)) {
                ctx.findings.push({
                    class: 'vcs-not-pinned',
                    severity: 'error',
                    package: p.name,
                    message: `${p.name} comes from git without a full commit SHA in the source URL.`,
                    expected: '#<40-hex commit>',
                    found: (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .maskUrl */ .yP)(g),
                    lock: { file: lockRel, line: p.line },
                    fix: FIX,
                });
            }
        }
        // artifacts: names and hashes
        const arts = artifacts(p.data);
        for (const a of arts) {
            const loc = str(a.url) ?? str(a.path) ?? str(a.filename);
            if (!loc)
                continue;
            const line = () => lines.findLine(p.line, end(), (l) => l.includes(loc)) ?? p.line;
            if (a.url)
                cred(loc, p, line);
            if (p.version !== undefined) {
                const mm = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .checkArtifactName */ .CN)(loc, p.name, p.version);
                if (mm) {
                    ctx.findings.push({
                        class: 'version-mismatch',
                        severity: 'error',
                        package: p.name,
                        message: mm.field === 'version'
                            ? `${p.name} is locked at ${p.version}, but its artifact ${mm.file} is version ${mm.found} (hand or bot edit; uv does not notice, uv#12164).`
                            : `${p.name}'s artifact ${mm.file} belongs to a different package (${mm.found}).`,
                        expected: mm.expected,
                        found: mm.found,
                        lock: { file: lockRel, line: line() },
                        fix: `uv lock --upgrade-package ${p.name}`,
                    });
                    break;
                }
            }
        }
        const badHash = (0,_hashes_js__WEBPACK_IMPORTED_MODULE_3__/* .firstHashProblem */ .Ku)(arts.map((a) => str(a.hash)).filter((h) => !!h));
        if (badHash) {
            const line = lines.findLine(p.line, end(), (l) => l.includes(badHash.hash)) ?? p.line;
            ctx.findings.push((0,_hashes_js__WEBPACK_IMPORTED_MODULE_3__/* .malformedHashFinding */ .p3)(p.name, badHash.problem, badHash.count, { file: lockRel, line }, 'uv lock --refresh'));
        }
        const hashExempt = kind === 'project' || kind === 'git' || kind === 'path';
        if (!hashExempt) {
            const missing = arts.filter((a) => !str(a.hash));
            if (missing.length || arts.length === 0) {
                ctx.findings.push({
                    class: 'missing-hash',
                    severity: ctx.input.requireHashes ? 'error' : 'warning',
                    package: p.name,
                    message: arts.length === 0
                        ? `${p.name} ${p.version ?? ''} has no sdist or wheels recorded, so nothing can be hash-checked.`
                        : `${p.name} ${p.version ?? ''} has ${missing.length} artifact(s) without a hash (index without hashes or --find-links).`,
                    lock: { file: lockRel, line: p.line },
                    fix: 'Use an index that serves hashes, then run `uv lock --refresh`.',
                });
            }
        }
        // dependency edges
        const edgeLists = [['dependencies', arr(p.data.dependencies), undefined]];
        for (const [k, v] of Object.entries(tbl(p.data, 'optional-dependencies') ?? {}))
            edgeLists.push([`optional-dependencies.${k}`, arr(v), k]);
        for (const [k, v] of Object.entries(tbl(p.data, 'dev-dependencies') ?? {}))
            edgeLists.push([`dev-dependencies.${k}`, arr(v), undefined]);
        for (const [where, edges] of edgeLists) {
            for (const e of edges) {
                if (!isTable(e) || typeof e.name !== 'string')
                    continue;
                const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(e.name);
                let candidates = byName.get(name) ?? [];
                const ev = str(e.version);
                if (ev !== undefined)
                    candidates = candidates.filter((c) => c.version !== undefined && (0,_pep440_js__WEBPACK_IMPORTED_MODULE_5__/* .versionsEqual */ .At)(c.version, ev));
                const es = tbl(e, 'source');
                if (es && candidates.length > 1) {
                    const sj = JSON.stringify(Object.entries(es).sort());
                    const f = candidates.filter((c) => JSON.stringify(Object.entries(c.source).sort()) === sj);
                    if (f.length)
                        candidates = f;
                }
                if (candidates.length === 1)
                    continue;
                const edgeName = e.name;
                const line = () => entryLine(lines, p.line, end(), edgeName, ev) ?? p.line;
                if (candidates.length === 0) {
                    // an edge that can never apply is harmless
                    const m = str(e.marker);
                    let applies = true;
                    try {
                        const node = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .andMarkers */ .xO)(m ? (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .parseMarker */ .gY)(m) : undefined, p.resolutionMarkers);
                        applies = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .applicableSomewhere */ .bS)(node, envsFor(), { extras: [] }) || (m?.includes('extra') ?? false);
                    }
                    catch {
                        applies = true;
                    }
                    if (!applies)
                        continue;
                    ctx.findings.push({
                        class: 'dangling-dependency',
                        severity: 'error',
                        package: p.name,
                        message: `${p.name} (${where}) depends on ${name}${ev ? ` ${ev}` : ''}, which is not locked.`,
                        expected: `a [[package]] entry for ${name}${ev ? ` ${ev}` : ''}`,
                        found: (byName.get(name) ?? []).map((c) => c.version ?? '?').join(', ') || '(none)',
                        lock: { file: lockRel, line: line() },
                        fix: FIX,
                    });
                }
                else {
                    ctx.findings.push({
                        class: 'invalid-lockfile',
                        severity: 'error',
                        package: p.name,
                        message: `${p.name} (${where}) depends on ${name} without a version, but ${candidates.length} versions of ${name} are locked (uv rejects ambiguous edges, uv#11701).`,
                        expected: 'one matching package',
                        found: candidates.map((c) => c.version ?? '?').join(', '),
                        lock: { file: lockRel, line: line() },
                        fix: FIX,
                    });
                }
            }
        }
    }
}
function reqList(ctx, entries, lines, range) {
    const out = [];
    for (const e of arr(entries)) {
        const name = isTable(e) ? str(e.name) : undefined;
        const r = lockedReq(ctx, e, () => (name ? entryLine(lines, ...range(), name) : undefined));
        if (r)
            out.push(r);
    }
    return out;
}
/** Fields uv 0.13.9 refuses in uv.toml ("only applicable in the context of a project"): uv fails. */
const PROJECT_ONLY_FIELDS = ['environments', 'required-environments', 'conflicts', 'sources', 'dev-dependencies', 'default-groups', 'package', 'workspace', 'managed', 'dependency-groups', 'build-backend'];
function settingsOf(ctx, root) {
    const uvToml = node_path__WEBPACK_IMPORTED_MODULE_1__.join(ctx.lockDir, 'uv.toml');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(uvToml)) {
        const rel = (0,_toml_js__WEBPACK_IMPORTED_MODULE_7__/* .relPath */ .nA)(ctx.input.workspace, uvToml);
        const settings = (0,_toml_js__WEBPACK_IMPORTED_MODULE_7__/* .parseToml */ .MT)((0,_toml_js__WEBPACK_IMPORTED_MODULE_7__/* .readProjectFile */ .SI)(uvToml, undefined, rel), rel);
        const refused = PROJECT_ONLY_FIELDS.filter((k) => k in settings);
        if (refused.length) {
            ctx.findings.push({
                class: 'invalid-manifest',
                severity: 'error',
                message: `${rel} sets ${refused.join(', ')}, which uv allows only in pyproject.toml; uv refuses to read it.`,
                manifest: { file: rel },
            });
            ctx.uncertain.push(`${rel} sets project-only fields (${refused.join(', ')}); uv fails to parse it`);
        }
        return { settings, file: rel };
    }
    return { settings: tbl(tbl(root?.data, 'tool'), 'uv') ?? {}, file: root?.rel ?? 'pyproject.toml' };
}
function parseExcludeNewer(v) {
    // RFC 3339 allows a lower-case `t` and `z`
    const t = v.trim().replace(/^(\d{4}-\d{2}-\d{2})t/, '$1T').replace(/z$/, 'Z');
    if (/^\d{4}-\d{2}-\d{2}$/.test(t)) {
        // a date means "the end of that day" (uv writes the next midnight, UTC)
        const ms = Date.parse(`${t}T00:00:00Z`);
        return Number.isNaN(ms) ? undefined : ms + 86400000;
    }
    if (/^\d{4}-\d{2}-\d{2}[T ]/.test(t)) {
        const ms = Date.parse(t);
        return Number.isNaN(ms) ? undefined : ms;
    }
    return undefined;
}
function cmpRelease(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d)
            return d < 0 ? -1 : 1;
    }
    return 0;
}
/** Compare two lower bounds (undefined = -inf): -1 when `a` admits more. */
function cmpLo(a, b) {
    if (!a || !b)
        return !a && !b ? 0 : !a ? -1 : 1;
    const c = cmpRelease(a.v, b.v);
    return c || (a.inc === b.inc ? 0 : a.inc ? -1 : 1);
}
/** Compare two upper bounds (undefined = +inf): 1 when `a` admits more. */
function cmpHi(a, b) {
    if (!a || !b)
        return !a && !b ? 0 : !a ? 1 : -1;
    const c = cmpRelease(a.v, b.v);
    return c || (a.inc === b.inc ? 0 : a.inc ? 1 : -1);
}
function intervalEmpty(i) {
    if (!i.lo || !i.hi)
        return false;
    const c = cmpRelease(i.lo.v, i.hi.v);
    return c > 0 || (c === 0 && !(i.lo.inc && i.hi.inc));
}
function intersectRanges(a, b) {
    const out = [];
    for (const x of a) {
        for (const y of b) {
            const i = { lo: cmpLo(x.lo, y.lo) >= 0 ? x.lo : y.lo, hi: cmpHi(x.hi, y.hi) <= 0 ? x.hi : y.hi };
            if (!intervalEmpty(i))
                out.push(i);
        }
    }
    return out.sort((p, q) => cmpLo(p.lo, q.lo));
}
function bump(release) {
    const r = release.slice();
    r[r.length - 1] = (r[r.length - 1] ?? 0) + 1;
    return r;
}
/**
 * A requires-python specifier set as uv's `RequiresPythonRange` sees it: release-only semantics
 * (pre-releases, post and dev parts dropped), reduced to its bounding range. undefined = not modelled.
 */
function requiresPythonBounds(text) {
    const specs = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSpecifiers */ .$h)(text);
    if (!specs)
        return undefined;
    let set = [{}];
    for (const s of specs) {
        if (!s.parsed || s.op === '===' || s.parsed.epoch !== 0)
            return undefined;
        const v = s.parsed.release;
        let r;
        if (s.op === '>=')
            r = [{ lo: { v, inc: true } }];
        else if (s.op === '>')
            r = [{ lo: { v, inc: false } }];
        else if (s.op === '<=')
            r = [{ hi: { v, inc: true } }];
        else if (s.op === '<')
            r = [{ hi: { v, inc: false } }];
        else if (s.op === '~=')
            r = [{ lo: { v, inc: true }, hi: { v: bump(v.slice(0, -1)), inc: false } }];
        else if (s.op === '==')
            r = s.wildcard ? [{ lo: { v, inc: true }, hi: { v: bump(v), inc: false } }] : [{ lo: { v, inc: true }, hi: { v, inc: true } }];
        else
            r = s.wildcard ? [{ hi: { v, inc: false } }, { lo: { v: bump(v), inc: true } }] : [{ hi: { v, inc: false } }, { lo: { v, inc: false } }];
        set = intersectRanges(set, r);
    }
    if (!set.length)
        return undefined;
    let hi = set[0].hi;
    for (const i of set)
        if (cmpHi(i.hi, hi) > 0)
            hi = i.hi;
    return { lo: set[0].lo, hi };
}
/**
 * uv compares requires-python by its bounding range only (`RequiresPythonRange`): `>=3.9,!=3.9.1`
 * equals `>=3.9`, `~=3.9` does not (upper bound 4). Several members: the intersection of their ranges.
 */
function requiresPythonEqual(recorded, declared) {
    const rec = requiresPythonBounds(recorded);
    const exp = requiresPythonBounds(declared.join(','));
    if (!rec || !exp)
        return undefined;
    return cmpLo(rec.lo, exp.lo) === 0 && cmpHi(rec.hi, exp.hi) === 0;
}
function recordedInputs(ctx, lock, pkgs, lines, requiresPython, result) {
    const { lockDir, lockRel } = ctx;
    if (/\.py\.lock$/.test(ctx.input.lockfile)) {
        ctx.uncertain.push('script locks (PEP 723) are not compared statically');
        return;
    }
    const root = readPyproject(ctx, lockDir);
    if (!root) {
        ctx.uncertain.push(`no pyproject.toml next to ${lockRel}`);
        return;
    }
    result.manifest = root.file;
    const rootUv = tbl(tbl(root.data, 'tool'), 'uv') ?? {};
    // Options (resolution, indexes, exclude-newer, dependency-metadata) come from uv.toml when there is
    // one; the project fields recorded in [manifest] and the environments always come from the
    // pyproject's [tool.uv] (uv 0.13.9 ignores uv.toml's constraint/override/build-constraint and
    // exclude-dependencies for the lock, and rejects environments there).
    const { settings, file: settingsFile } = settingsOf(ctx, root);
    const manifest = tbl(lock, 'manifest') ?? {};
    // Lock lines are looked up only for findings: the first lookup indexes the whole lock.
    const manifestLine = () => lines.tableLine('manifest');
    // ---- workspace members
    const members = new Map();
    const rootProject = tbl(root.data, 'project');
    if (rootProject && typeof rootProject.name === 'string')
        members.set((0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(rootProject.name), root);
    const ws = tbl(rootUv, 'workspace');
    const excludes = arr(ws?.exclude).filter((e) => typeof e === 'string');
    const excluded = new Set(excludes.flatMap((e) => expandGlob(lockDir, e)));
    for (const pattern of arr(ws?.members)) {
        if (typeof pattern !== 'string')
            continue;
        for (const dir of expandGlob(lockDir, pattern)) {
            if (excluded.has(dir) || dir === lockDir)
                continue;
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'pyproject.toml'))) {
                // uv skips an empty directory, but fails on any other match without a pyproject.toml
                let entries = [];
                try {
                    entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
                }
                catch {
                    /* not a directory */
                }
                if (entries.length) {
                    const rel = (0,_toml_js__WEBPACK_IMPORTED_MODULE_7__/* .relPath */ .nA)(ctx.input.workspace, dir);
                    ctx.findings.push({
                        class: 'invalid-manifest',
                        severity: 'error',
                        message: `Workspace member ${rel} (matched by ${pattern}) has no pyproject.toml; uv refuses to lock or check the workspace.`,
                        manifest: { file: root.rel, line: root.lines.keyLine('tool.uv.workspace', 'members') },
                    });
                    ctx.uncertain.push(`workspace member ${rel} is missing a pyproject.toml (uv fails)`);
                }
                continue;
            }
            const m = readPyproject(ctx, dir);
            const proj = tbl(m?.data, 'project');
            if (!m || !proj || typeof proj.name !== 'string') {
                ctx.uncertain.push(`workspace member ${(0,_toml_js__WEBPACK_IMPORTED_MODULE_7__/* .relPath */ .nA)(ctx.input.workspace, dir)} has no readable [project] name`);
                continue;
            }
            members.set((0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(proj.name), m);
        }
    }
    const recordedMembers = arr(manifest.members).filter((m) => typeof m === 'string').map(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc);
    const expectedMembers = [...members.keys()].sort();
    const singleProject = expectedMembers.length === 1 && rootProject !== undefined;
    if (recordedMembers.length || !singleProject) {
        const rec = new Set(recordedMembers.length ? recordedMembers : rootProject && typeof rootProject.name === 'string' ? [(0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(rootProject.name)] : []);
        const exp = new Set(expectedMembers);
        const added = [...exp].filter((m) => !rec.has(m));
        const removed = [...rec].filter((m) => !exp.has(m));
        if (added.length || removed.length) {
            ctx.findings.push({
                class: 'drift',
                severity: 'error',
                message: `The workspace members changed since uv.lock was written${added.length ? `; added: ${added.join(', ')}` : ''}${removed.length ? `; removed: ${removed.join(', ')}` : ''}.`,
                expected: expectedMembers.join(', '),
                found: [...rec].sort().join(', '),
                manifest: { file: root.rel, line: root.lines.keyLine('tool.uv.workspace', 'members') ?? root.lines.tableLine('project') },
                lock: { file: lockRel, line: manifestLine() ?? 1 },
                fix: FIX,
            });
        }
    }
    // ---- requires-python
    const rps = [...members.values()]
        .map((m) => str(tbl(m.data, 'project')?.['requires-python']))
        .filter((r) => !!r);
    if (!rps.length) {
        if (requiresPython)
            ctx.uncertain.push('no workspace member declares requires-python, so uv derives it from the interpreter');
    }
    else if (requiresPython) {
        const eq = requiresPythonEqual(requiresPython, rps);
        if (eq === false) {
            ctx.findings.push({
                class: 'drift',
                severity: 'error',
                message: 'requires-python changed since uv.lock was written.',
                expected: rps.join(' \u2229 '),
                found: requiresPython,
                manifest: { file: root.rel, line: root.lines.keyLine('project', 'requires-python') },
                lock: { file: lockRel, line: lines.keyLine('', 'requires-python') },
                fix: FIX,
            });
        }
        else if (eq === undefined)
            ctx.uncertain.push('requires-python could not be compared');
    }
    else {
        ctx.findings.push({
            class: 'drift',
            severity: 'error',
            message: 'The project declares requires-python, but uv.lock records none.',
            expected: rps.join(' \u2229 '),
            found: '(absent)',
            manifest: { file: root.rel, line: root.lines.keyLine('project', 'requires-python') },
            lock: { file: lockRel, line: 1 },
            fix: FIX,
        });
    }
    const simplifyRp = requiresPython;
    // ---- options
    const opts = tbl(lock, 'options') ?? {};
    const optLine = () => lines.tableLine('options');
    const optionCheck = (label, lockKey, envKey, settingKey, dflt) => {
        const requested = ctx.env[envKey] ?? str(settings[settingKey]) ?? dflt;
        const recorded = str(opts[lockKey]) ?? dflt;
        if (requested !== recorded) {
            ctx.findings.push({
                class: 'drift',
                severity: 'error',
                message: `The ${label} (${settingKey}) changed since uv.lock was written.`,
                expected: requested,
                found: recorded,
                manifest: { file: settingsFile, line: root.lines.keyLine('tool.uv', settingKey) },
                lock: { file: lockRel, line: optLine() ?? 1 },
                fix: FIX,
            });
        }
    };
    optionCheck('resolution strategy', 'resolution-mode', 'UV_RESOLUTION', 'resolution', 'highest');
    optionCheck('pre-release strategy', 'prerelease-mode', 'UV_PRERELEASE', 'prerelease', 'if-necessary-or-explicit');
    optionCheck('fork strategy', 'fork-strategy', 'UV_FORK_STRATEGY', 'fork-strategy', 'requires-python');
    {
        const reqRaw = ctx.env.UV_EXCLUDE_NEWER ?? str(settings['exclude-newer']);
        const recRaw = str(opts['exclude-newer']);
        const span = str(opts['exclude-newer-span']);
        if (span !== undefined)
            ctx.uncertain.push('exclude-newer is a relative span; uv ignores spans that merely ticked forward');
        else if (reqRaw === undefined && recRaw !== undefined) {
            ctx.findings.push({
                class: 'drift',
                severity: 'error',
                message: `uv.lock was resolved with exclude-newer = ${recRaw}, but neither tool.uv.exclude-newer nor UV_EXCLUDE_NEWER sets it now.`,
                expected: '(unset)',
                found: recRaw,
                lock: { file: lockRel, line: lines.keyLine('options', 'exclude-newer') ?? optLine() },
                fix: `Set UV_EXCLUDE_NEWER=${recRaw} (or tool.uv.exclude-newer) as when locking, or run \`uv lock\`.`,
            });
        }
        else if (reqRaw !== undefined && recRaw === undefined) {
            ctx.findings.push({
                class: 'drift',
                severity: 'error',
                message: `exclude-newer = ${reqRaw} is requested, but uv.lock was resolved without it.`,
                expected: reqRaw,
                found: '(unset)',
                manifest: { file: settingsFile, line: root.lines.keyLine('tool.uv', 'exclude-newer') },
                lock: { file: lockRel, line: optLine() ?? 1 },
                fix: FIX,
            });
        }
        else if (reqRaw !== undefined && recRaw !== undefined) {
            const a = parseExcludeNewer(reqRaw);
            const b = parseExcludeNewer(recRaw);
            if (a === undefined || b === undefined) {
                if (reqRaw.trim() !== recRaw.trim())
                    ctx.uncertain.push(`exclude-newer values ${reqRaw} and ${recRaw} cannot be compared`);
            }
            else if (a < b) {
                // uv 0.13 keeps a lock resolved with an older cutoff when the requested one is later
                // (it neither re-resolves nor rewrites the recorded value); an earlier cutoff is a change
                ctx.findings.push({
                    class: 'drift',
                    severity: 'error',
                    message: 'exclude-newer moved earlier than the cutoff uv.lock was resolved with.',
                    expected: reqRaw,
                    found: recRaw,
                    manifest: { file: settingsFile, line: root.lines.keyLine('tool.uv', 'exclude-newer') },
                    lock: { file: lockRel, line: lines.keyLine('options', 'exclude-newer') ?? optLine() },
                    fix: FIX,
                });
            }
        }
        if (tbl(opts, 'exclude-newer-package') || settings['exclude-newer-package'] !== undefined) {
            compareExcludeNewerPackage(ctx, tbl(opts, 'exclude-newer-package') ?? {}, settings['exclude-newer-package'], settingsFile, root, lines);
        }
    }
    // ---- registries: every registry a locked package comes from must still be a configured index
    checkRegistries(ctx, pkgs, settings, settingsFile, root, members, lines);
    // ---- environments / conflicts
    // uv compares the lists in order (each marker simplified against requires-python): a reordered list is a change
    const markerListCheck = (lockKey, settingKey) => {
        const rec = arr(lock[lockKey]).filter((m) => typeof m === 'string');
        // uv also accepts a single marker string for tool.uv.environments / required-environments
        const raw = rootUv[settingKey];
        const exp = (typeof raw === 'string' ? [raw] : arr(raw)).filter((m) => typeof m === 'string');
        if (!rec.length && !exp.length)
            return;
        const drift = () => {
            ctx.findings.push({
                class: 'drift',
                severity: 'error',
                message: `tool.uv.${settingKey} changed since uv.lock was written.`,
                expected: exp.join(' | ') || '(none)',
                found: rec.join(' | ') || '(none)',
                manifest: { file: root.rel, line: root.lines.keyLine('tool.uv', settingKey) },
                lock: { file: lockRel, line: lines.keyLine('', lockKey) ?? 1 },
                fix: FIX,
            });
        };
        if (rec.length !== exp.length)
            return drift();
        let unknown = false;
        for (let i = 0; i < exp.length; i++) {
            let c;
            try {
                c = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .compareMarkers */ .F5)((0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .parseMarker */ .gY)(exp[i]), (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .parseMarker */ .gY)(rec[i]), simplifyRp);
            }
            catch {
                c = 'unknown';
            }
            if (c === 'different')
                return drift();
            if (c === 'unknown')
                unknown = true;
        }
        if (unknown)
            ctx.uncertain.push(`tool.uv.${settingKey} may differ from the lock's ${lockKey}`);
    };
    markerListCheck('supported-markers', 'environments');
    markerListCheck('required-markers', 'required-environments');
    {
        // uv compares conflicts as an ordered list of sets of {package, extra | group}
        const rec = arr(lock.conflicts);
        const declaring = [...members.values()].filter((m) => tbl(tbl(m.data, 'tool'), 'uv')?.conflicts !== undefined);
        const exp = arr(rootUv.conflicts);
        const itemKey = (item, pkg) => {
            if (!isTable(item))
                return undefined;
            const p = typeof item.package === 'string' ? (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(item.package) : pkg;
            if (p === undefined)
                return undefined;
            if (typeof item.extra === 'string' && item.group === undefined)
                return `${p}:extra:${(0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(item.extra)}`;
            if (typeof item.group === 'string' && item.extra === undefined)
                return `${p}:group:${(0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(item.group)}`;
            if (item.extra === undefined && item.group === undefined)
                return `${p}:project`;
            return undefined;
        };
        const setKey = (set, pkg) => {
            const keys = arr(set).map((i) => itemKey(i, pkg));
            if (!Array.isArray(set) || keys.some((k) => k === undefined))
                return undefined;
            return [...new Set(keys)].sort().join(' & ');
        };
        const rootName = rootProject && typeof rootProject.name === 'string' ? (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(rootProject.name) : undefined;
        const expKeys = exp.map((s) => setKey(s, rootName));
        const recKeys = rec.map((s) => setKey(s, undefined));
        const modelled = declaring.every((m) => m === root) && // conflicts of several members: the merge order is not modelled
            !expKeys.includes(undefined) &&
            !recKeys.includes(undefined);
        const differs = expKeys.length !== recKeys.length || expKeys.some((k, i) => k !== recKeys[i]);
        if (modelled && differs) {
            ctx.findings.push({
                class: 'drift',
                severity: 'error',
                message: 'tool.uv.conflicts changed since uv.lock was written.',
                expected: expKeys.join(' | ') || '(none)',
                found: recKeys.join(' | ') || '(none)',
                manifest: { file: root.rel, line: root.lines.keyLine('tool.uv', 'conflicts') },
                lock: { file: lockRel, line: lines.keyLine('', 'conflicts') ?? 1 },
                fix: FIX,
            });
        }
        else if ((rec.length || declaring.length) && !modelled)
            ctx.uncertain.push('tool.uv.conflicts are not compared in detail');
    }
    // ---- manifest requirement sets
    const memberSources = (m) => {
        const out = new Map();
        const add = (t) => {
            for (const [k, v] of Object.entries(t ?? {}))
                out.set((0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(k), { raw: v });
        };
        if (m !== root && members.has((0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(str(tbl(m.data, 'project')?.name) ?? '')))
            add(tbl(rootUv, 'sources'));
        add(tbl(tbl(tbl(m.data, 'tool'), 'uv'), 'sources'));
        return out;
    };
    const indexesOf = (m) => {
        const out = new Map();
        for (const t of [settings, tbl(tbl(m.data, 'tool'), 'uv') ?? {}]) {
            for (const ix of arr(t.index))
                if (isTable(ix) && typeof ix.name === 'string' && typeof ix.url === 'string')
                    out.set(ix.name, ix.url);
        }
        return out;
    };
    const manifestSet = (lockKey, settingKey) => {
        const strings = arr(rootUv[settingKey]).filter((s) => typeof s === 'string');
        const keyLine = root.lines.keyLine('tool.uv', settingKey);
        const exp = strings
            .flatMap((s) => expectedReq(ctx, s, undefined, new Map(), new Map(), root, members, keyLine !== undefined ? (root.lines.stringLine(s, keyLine) ?? keyLine) : undefined))
            // uv drops the extras of a constraint (`idna[x]<4` is recorded as `idna<4`); overrides keep theirs
            .map((r) => (lockKey === 'constraints' && r.extras.length ? { ...r, extras: [] } : r));
        const rec = reqList(ctx, manifest[lockKey], lines, () => {
            const sec = manifestLine() ?? 1;
            return [sec, lines.sectionsAt('manifest')[0]?.endLine ?? sec];
        });
        if (!exp.length && !rec.length)
            return;
        compareReqs(ctx, exp, rec, simplifyRp, {
            what: `tool.uv.${settingKey}`,
            manifestFile: root.rel,
            get lockLine() {
                return manifestLine();
            },
        });
    };
    manifestSet('constraints', 'constraint-dependencies');
    manifestSet('overrides', 'override-dependencies');
    manifestSet('build-constraints', 'build-constraint-dependencies');
    {
        const exp = new Set(arr(rootUv['exclude-dependencies']).filter((s) => typeof s === 'string').map((s) => (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(s.split(/[\s;[<>=!~]/)[0] ?? s)));
        const rec = new Set(arr(manifest.excludes)
            .map((e) => (typeof e === 'string' ? e : isTable(e) ? (str(e.name) ?? '') : ''))
            .filter(Boolean)
            .map(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc));
        if ([...exp].some((e) => !rec.has(e)) || [...rec].some((e) => !exp.has(e))) {
            ctx.findings.push({
                class: 'drift',
                severity: 'error',
                message: 'tool.uv.exclude-dependencies changed since uv.lock was written.',
                expected: [...exp].join(', ') || '(none)',
                found: [...rec].join(', ') || '(none)',
                manifest: { file: root.rel, line: root.lines.keyLine('tool.uv', 'exclude-dependencies') },
                lock: { file: lockRel, line: manifestLine() ?? 1 },
                fix: FIX,
            });
        }
    }
    if (arr(settings['dependency-metadata']).length || arr(manifest['dependency-metadata']).length) {
        if (arr(settings['dependency-metadata']).length !== arr(manifest['dependency-metadata']).length) {
            ctx.findings.push({
                class: 'drift',
                severity: 'error',
                message: 'tool.uv.dependency-metadata changed since uv.lock was written.',
                expected: `${arr(settings['dependency-metadata']).length} entries`,
                found: `${arr(manifest['dependency-metadata']).length} entries`,
                manifest: { file: settingsFile, line: root.lines.keyLine('tool.uv', 'dependency-metadata') },
                lock: { file: lockRel, line: manifestLine() ?? 1 },
                fix: FIX,
            });
        }
        else {
            const verdict = compareDependencyMetadata(arr(settings['dependency-metadata']), arr(manifest['dependency-metadata']));
            if (verdict.kind === 'differs') {
                ctx.findings.push({
                    class: 'drift',
                    severity: 'error',
                    message: `tool.uv.dependency-metadata changed since uv.lock was written (${verdict.what}).`,
                    manifest: { file: settingsFile, line: root.lines.keyLine('tool.uv', 'dependency-metadata') ?? root.lines.tableLine('tool.uv.dependency-metadata') },
                    lock: { file: lockRel, line: lines.tableLine('manifest.dependency-metadata') ?? manifestLine() ?? 1 },
                    fix: FIX,
                });
            }
            else if (verdict.kind === 'unsure')
                ctx.uncertain.push(`tool.uv.dependency-metadata: ${verdict.what} is not compared exactly`);
        }
    }
    // a non-project workspace root: its dependency groups live in [manifest.dependency-groups]
    if (!rootProject) {
        const exp = expectedGroups(ctx, root, new Map(), indexesOf(root), members);
        const recT = tbl(manifest, 'dependency-groups') ?? {};
        const range = () => {
            const sec = lines.tableLine('manifest.dependency-groups') ?? manifestLine() ?? 1;
            return [sec, lines.sectionsAt('manifest.dependency-groups')[0]?.endLine ?? sec];
        };
        compareGroups(ctx, exp, recT, lines, range, simplifyRp, root, 'the workspace root');
    }
    // ---- local packages (members and path dependencies)
    const byName = new Map();
    for (const p of pkgs)
        byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
    for (const [name, m] of members) {
        if (!byName.has(name)) {
            ctx.findings.push({
                class: 'drift',
                severity: 'error',
                package: name,
                message: `Workspace member ${name} is not in uv.lock.`,
                manifest: { file: m.rel, line: m.lines.keyLine('project', 'name') },
                lock: { file: lockRel, line: 1 },
                fix: FIX,
            });
        }
    }
    for (const p of pkgs) {
        if (p.sourceKind !== 'project')
            continue;
        const rel = str(p.source.editable) ?? str(p.source.directory) ?? str(p.source.virtual) ?? '.';
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(lockDir, rel);
        const local = members.get(p.name)?.dir === dir ? members.get(p.name) : readPyproject(ctx, dir);
        if (!local) {
            ctx.uncertain.push(`cannot read ${(0,_toml_js__WEBPACK_IMPORTED_MODULE_7__/* .relPath */ .nA)(ctx.input.workspace, node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'pyproject.toml'))} for local package ${p.name}`);
            continue;
        }
        compareLocalPackage(ctx, p, local, lines, simplifyRp, memberSources(local), indexesOf(local), members);
    }
}
function groupMarker(ctx, m, group) {
    const g = tbl(tbl(tbl(tbl(m.data, 'tool'), 'uv'), 'dependency-groups'), group);
    const rp = str(g?.['requires-python']);
    if (!rp)
        return undefined;
    const node = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .requiresPythonToMarker */ .cP)(rp);
    if (!node)
        ctx.uncertain.push(`cannot interpret requires-python of dependency group ${group}`);
    return node;
}
function expectedGroups(ctx, m, sources, indexes, members) {
    const raw = tbl(m.data, 'dependency-groups') ?? {};
    const groups = new Map();
    for (const [k, v] of Object.entries(raw))
        groups.set((0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(k), { key: k, items: arr(v) });
    const flat = new Map();
    const resolve = (g, stack) => {
        const cached = flat.get(g);
        if (cached)
            return cached;
        const entry = groups.get(g);
        if (!entry)
            return [];
        if (stack.includes(g)) {
            ctx.findings.push({
                class: 'invalid-manifest',
                severity: 'error',
                message: `Dependency group ${g} includes itself (${[...stack, g].join(' \u2192 ')}).`,
                manifest: { file: m.rel, line: m.lines.keyLine('dependency-groups', entry.key) },
            });
            return [];
        }
        const gm = groupMarker(ctx, m, g);
        const items = [];
        const keyLine = m.lines.keyLine('dependency-groups', entry.key);
        for (const item of entry.items) {
            if (typeof item === 'string') {
                const line = keyLine !== undefined ? (m.lines.stringLine(item, keyLine) ?? keyLine) : undefined;
                items.push({ text: item, marker: gm, line });
            }
            else if (isTable(item) && typeof item['include-group'] === 'string') {
                const inc = resolve((0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(item['include-group']), [...stack, g]);
                items.push(...inc.map((r) => ({ ...r, marker: (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .andMarkers */ .xO)(r.marker, gm) })));
            }
        }
        flat.set(g, items);
        return items;
    };
    for (const g of groups.keys())
        resolve(g, []);
    // legacy tool.uv.dev-dependencies merge into `dev` (uv keeps a set: duplicates collapse)
    const legacy = arr(tbl(tbl(m.data, 'tool'), 'uv')?.['dev-dependencies']).filter((s) => typeof s === 'string');
    if (legacy.length) {
        const keyLine = m.lines.keyLine('tool.uv', 'dev-dependencies');
        const extra = legacy.map((s) => ({ text: s, line: keyLine !== undefined ? (m.lines.stringLine(s, keyLine) ?? keyLine) : undefined }));
        flat.set('dev', [...(flat.get('dev') ?? []), ...extra]);
    }
    const out = new Map();
    for (const [g, items] of flat) {
        out.set(g, items.flatMap((it) => expectedReq(ctx, it.text, it.marker, sources, indexes, m, members, it.line, { group: g })));
    }
    return out;
}
function compareGroups(ctx, exp, recT, lines, range, rp, m, owner) {
    const rec = new Map();
    for (const [k, v] of Object.entries(recT)) {
        rec.set((0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(k), reqList(ctx, v, lines, () => {
            const [from, to] = range();
            return [lines.findLine(from, to, (l) => l.startsWith(`${k} =`)) ?? from, to];
        }));
    }
    const names = new Set([...exp.keys(), ...rec.keys()]);
    for (const g of names) {
        const e = exp.get(g) ?? [];
        const r = rec.get(g) ?? [];
        // uv records an empty group (`empty = []`) too: a group present on one side only is a change
        if (!e.length && !r.length && exp.has(g) === rec.has(g))
            continue;
        if (!rec.has(g)) {
            ctx.findings.push({
                class: 'drift',
                severity: 'error',
                message: `Dependency group ${g} of ${owner} is not recorded in uv.lock (added after locking).`,
                expected: e.map((x) => x.display).join(', ') || '(empty)',
                found: '(absent)',
                manifest: { file: m.rel, line: m.lines.keyLine('dependency-groups', g) ?? m.lines.keyLine('tool.uv', 'dev-dependencies') },
                lock: { file: ctx.lockRel, line: range()[0] },
                fix: FIX,
            });
            continue;
        }
        if (!exp.has(g) && !r.length) {
            ctx.findings.push({
                class: 'drift',
                severity: 'error',
                message: `uv.lock records an empty dependency group ${g} of ${owner}, which the manifest no longer declares.`,
                expected: '(absent)',
                found: '(empty)',
                manifest: { file: m.rel },
                lock: { file: ctx.lockRel, line: range()[0] },
                fix: FIX,
            });
            continue;
        }
        compareReqs(ctx, e, r, rp, {
            what: `dependency group ${g} of ${owner}`,
            manifestFile: m.rel,
            get lockLine() {
                return range()[0];
            },
        });
    }
}
function compareLocalPackage(ctx, p, m, lines, rp, sources, indexes, members) {
    const project = tbl(m.data, 'project');
    if (!project) {
        ctx.uncertain.push(`${m.rel} has no [project] table (legacy or non-PEP 621 metadata needs a build)`);
        return;
    }
    const dynamic = arr(project.dynamic).filter((d) => typeof d === 'string');
    // Lock lines only for findings (the first lookup indexes the whole lock).
    const end = () => lines.arrayTable('package', p.index)?.endLine ?? p.line;
    const meta = () => lines.subTable('package.metadata', p.index);
    const metaLine = () => meta()?.line ?? p.line;
    const metaEnd = () => meta()?.endLine ?? end();
    const pname = typeof project.name === 'string' ? (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(project.name) : undefined;
    if (pname && pname !== p.name) {
        ctx.findings.push({
            class: 'drift',
            severity: 'error',
            package: p.name,
            message: `The project at ${m.rel} is now named ${pname}, but uv.lock records it as ${p.name}.`,
            expected: pname,
            found: p.name,
            manifest: { file: m.rel, line: m.lines.keyLine('project', 'name') },
            lock: { file: ctx.lockRel, line: p.line },
            fix: FIX,
        });
        return;
    }
    // static version
    const pv = str(project.version);
    if (!dynamic.includes('version') && pv !== undefined && p.version !== undefined && !(0,_pep440_js__WEBPACK_IMPORTED_MODULE_5__/* .versionsEqual */ .At)(pv, p.version)) {
        ctx.findings.push({
            class: 'drift',
            severity: 'error',
            package: p.name,
            message: `${p.name}'s version changed from ${p.version} to ${pv} since uv.lock was written.`,
            expected: pv,
            found: p.version,
            manifest: { file: m.rel, line: m.lines.keyLine('project', 'version') },
            lock: { file: ctx.lockRel, line: lines.findLine(p.line, end(), (l) => l.startsWith('version =')) ?? p.line },
            fix: FIX,
        });
    }
    if (!dynamic.includes('version') && pv !== undefined && p.version === undefined) {
        // uv writes no version for a package whose version is dynamic
        ctx.findings.push({
            class: 'drift',
            severity: 'error',
            package: p.name,
            message: `${p.name} now has a static version (${pv}), but uv.lock records it as dynamic (no version).`,
            expected: pv,
            found: '(dynamic)',
            manifest: { file: m.rel, line: m.lines.keyLine('project', 'version') },
            lock: { file: ctx.lockRel, line: p.line },
            fix: FIX,
        });
    }
    else if (dynamic.includes('version') && p.version !== undefined) {
        ctx.uncertain.push(`${m.rel} declares a dynamic version, but uv.lock records ${p.name} ${p.version}; uv builds the package to compare`);
    }
    const isMember = members.get(p.name)?.dir === m.dir;
    const uvT = tbl(tbl(m.data, 'tool'), 'uv') ?? {};
    if (isMember) {
        // uv records a member as `virtual` (not a package) or `editable`: tool.uv.package, else (for the
        // root project) [build-system]; another member without [build-system] stays a package (uv 0.13)
        const isRoot = m.dir === ctx.lockDir;
        const explicit = typeof uvT.package === 'boolean' ? uvT.package : undefined;
        const hasBuild = isTable(m.data['build-system']);
        const isPackage = explicit ?? hasBuild;
        const recorded = 'virtual' in p.source ? 'virtual' : 'editable' in p.source ? 'editable' : undefined;
        const definite = isRoot || explicit !== undefined;
        if (recorded !== undefined && !definite && recorded === 'virtual' && hasBuild) {
            ctx.uncertain.push(`workspace member ${p.name} has a [build-system] but uv.lock records it as virtual`);
        }
        else if (recorded !== undefined && definite && (recorded === 'editable') !== isPackage) {
            ctx.findings.push({
                class: 'drift',
                severity: 'error',
                package: p.name,
                message: `${p.name} is now ${isPackage ? 'a package (built and installed)' : 'virtual (not built)'}, but uv.lock records it as ${recorded}.`,
                expected: isPackage ? 'editable' : 'virtual',
                found: recorded,
                manifest: {
                    file: m.rel,
                    line: typeof uvT.package === 'boolean' ? m.lines.keyLine('tool.uv', 'package') : (m.lines.tableLine('build-system') ?? m.lines.tableLine('project')),
                },
                lock: { file: ctx.lockRel, line: lines.findLine(p.line, end(), (l) => l.startsWith('source =')) ?? p.line },
                fix: FIX,
            });
        }
        // default-groups: recorded on the member's [[package]] unless it is the default ["dev"]
        const groupsKey = (v) => {
            if (v === undefined)
                return 'dev';
            if (v === 'all')
                return '"all"';
            if (!Array.isArray(v) || !v.every((g) => typeof g === 'string'))
                return undefined;
            return [...new Set(v.map((g) => (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(g)))].sort().join(', ');
        };
        const expDg = groupsKey(uvT['default-groups']);
        const recDg = groupsKey(p.data['default-groups']);
        if (expDg === undefined || recDg === undefined)
            ctx.uncertain.push(`the default-groups of ${p.name} cannot be compared`);
        else if (expDg !== recDg) {
            const finding = {
                class: 'drift',
                severity: 'error',
                package: p.name,
                message: `tool.uv.default-groups of ${p.name} changed since uv.lock was written.`,
                expected: expDg === '' ? '[]' : expDg,
                found: recDg === '' ? '[]' : recDg,
                manifest: { file: m.rel, line: m.lines.keyLine('tool.uv', 'default-groups') ?? m.lines.tableLine('tool.uv') },
                lock: { file: ctx.lockRel, line: lines.findLine(p.line, end(), (l) => l.startsWith('default-groups')) ?? p.line },
                fix: FIX,
            };
            if (m.dir === ctx.lockDir)
                ctx.findings.push(finding);
            else
                ctx.uncertain.push(`tool.uv.default-groups of workspace member ${p.name} may differ from uv.lock`);
        }
    }
    if (dynamic.includes('dependencies') || dynamic.includes('optional-dependencies')) {
        ctx.uncertain.push(`${m.rel} declares dynamic ${dynamic.filter((d) => d.includes('dependencies')).join(' and ')}; uv builds the package to read them`);
        return;
    }
    const metaT = tbl(p.data, 'metadata') ?? {};
    // requires-dist
    const exp = [];
    const depLine = m.lines.keyLine('project', 'dependencies');
    for (const s of arr(project.dependencies)) {
        if (typeof s !== 'string')
            continue;
        exp.push(...expectedReq(ctx, s, undefined, sources, indexes, m, members, depLine !== undefined ? (m.lines.stringLine(s, depLine) ?? depLine) : undefined));
    }
    const optional = tbl(project, 'optional-dependencies') ?? {};
    for (const [extra, list] of Object.entries(optional)) {
        const em = { type: 'cmp', left: { kind: 'var', name: 'extra' }, op: '==', right: { kind: 'str', value: (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(extra) } };
        const kl = m.lines.keyLine('project.optional-dependencies', extra);
        for (const s of arr(list)) {
            if (typeof s !== 'string')
                continue;
            exp.push(...expectedReq(ctx, s, em, sources, indexes, m, members, kl !== undefined ? (m.lines.stringLine(s, kl) ?? kl) : undefined, { extra: (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(extra) }));
        }
    }
    const rec = reqList(ctx, metaT['requires-dist'], lines, () => [metaLine(), metaEnd()]);
    compareReqs(ctx, exp, rec, rp, {
        what: `${p.name} dependencies`,
        manifestFile: m.rel,
        get lockLine() {
            return metaLine();
        },
        pkg: p.name,
    });
    // provides-extras
    const expExtras = new Set(Object.keys(optional).map(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc));
    const recExtras = new Set(arr(metaT['provides-extras']).filter((e) => typeof e === 'string').map(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc));
    if ('provides-extras' in metaT || expExtras.size) {
        const added = [...expExtras].filter((e) => !recExtras.has(e));
        const removed = [...recExtras].filter((e) => !expExtras.has(e));
        if (added.length || removed.length) {
            ctx.findings.push({
                class: 'drift',
                severity: 'error',
                package: p.name,
                message: `The extras of ${p.name} changed since uv.lock was written${added.length ? `; added: ${added.join(', ')}` : ''}${removed.length ? `; removed: ${removed.join(', ')}` : ''}.`,
                expected: [...expExtras].sort().join(', ') || '(none)',
                found: [...recExtras].sort().join(', ') || '(none)',
                manifest: { file: m.rel, line: m.lines.tableLine('project.optional-dependencies') ?? m.lines.keyLine('project', 'optional-dependencies') },
                lock: { file: ctx.lockRel, line: lines.findLine(metaLine(), metaEnd(), (l) => l.startsWith('provides-extras')) ?? metaLine() },
                fix: FIX,
            });
        }
    }
    // group-requires-python: [tool.uv.dependency-groups] requires-python, per group with its includes
    // (recorded for workspace members only; a path dependency's groups carry it in their markers)
    if (isMember)
        compareGroupRequiresPython(ctx, p, m, lines);
    // requires-dev
    const expGroups = expectedGroups(ctx, m, sources, indexes, members);
    const devRange = () => {
        const devSec = lines.subTable('package.metadata.requires-dev', p.index);
        return [devSec?.line ?? metaLine(), devSec?.endLine ?? metaEnd()];
    };
    compareGroups(ctx, expGroups, tbl(metaT, 'requires-dev') ?? {}, lines, devRange, rp, m, p.name);
}
/**
 * `[package.group-requires-python]` of a member: for each dependency group whose own or included
 * groups set `tool.uv.dependency-groups.<g>.requires-python`, the specifiers of all of them (uv joins
 * and sorts them: `dev = ">=3.8,>=3.10,<3.14"`). uv compares the table: a group added, removed or
 * changed there is a change even when the markers of requires-dev do not show it.
 */
function compareGroupRequiresPython(ctx, p, m, lines) {
    const raw = tbl(m.data, 'dependency-groups') ?? {};
    const includes = new Map();
    for (const [k, v] of Object.entries(raw)) {
        includes.set((0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(k), arr(v)
            .filter((i) => isTable(i) && typeof i['include-group'] === 'string')
            .map((i) => (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(i['include-group'])));
    }
    const own = new Map();
    for (const [k, v] of Object.entries(tbl(tbl(tbl(m.data, 'tool'), 'uv'), 'dependency-groups') ?? {})) {
        const rp = isTable(v) ? str(v['requires-python']) : undefined;
        if (rp !== undefined)
            own.set((0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(k), rp);
    }
    const recT = tbl(p.data, 'group-requires-python') ?? {};
    if (!own.size && !Object.keys(recT).length)
        return;
    const expected = new Map();
    for (const g of includes.keys()) {
        const seen = new Set();
        const stack = [g];
        const specs = [];
        while (stack.length) {
            const x = stack.pop();
            if (seen.has(x))
                continue;
            seen.add(x);
            const rp = own.get(x);
            if (rp !== undefined)
                specs.push(rp);
            stack.push(...(includes.get(x) ?? []));
        }
        if (specs.length)
            expected.set(g, specs);
    }
    const recorded = new Map();
    for (const [k, v] of Object.entries(recT))
        if (typeof v === 'string')
            recorded.set((0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(k), v);
    const clauses = (s) => s.split(',').map((c) => c.trim()).filter(Boolean);
    for (const g of new Set([...expected.keys(), ...recorded.keys()])) {
        const e = expected.get(g);
        const r = recorded.get(g);
        let differs = e === undefined || r === undefined;
        if (e !== undefined && r !== undefined) {
            const expText = e.join(',');
            if ((0,_pep440_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalSpecifiers */ .o5)(expText) !== (0,_pep440_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalSpecifiers */ .o5)(r))
                differs = true;
            else if (clauses(expText).length !== clauses(r).length) {
                ctx.uncertain.push(`the requires-python of dependency group ${g} of ${p.name} repeats a specifier; its comparison is not modelled`);
            }
        }
        if (!differs)
            continue;
        ctx.findings.push({
            class: 'drift',
            severity: 'error',
            package: p.name,
            message: `The requires-python of dependency group ${g} of ${p.name} changed since uv.lock was written.`,
            expected: e?.join(',') ?? '(none)',
            found: r ?? '(none)',
            manifest: { file: m.rel, line: m.lines.tableLine('tool.uv.dependency-groups') ?? m.lines.tableLine(`tool.uv.dependency-groups.${g}`) },
            lock: { file: ctx.lockRel, line: lines.subTable('package.group-requires-python', p.index)?.line ?? p.line },
            fix: FIX,
        });
    }
}
const PYPI_SIMPLE = 'https://pypi.org/simple';
const INDEX_ENV = ['UV_INDEX', 'UV_DEFAULT_INDEX', 'UV_INDEX_URL', 'UV_EXTRA_INDEX_URL', 'UV_FIND_LINKS', 'UV_NO_INDEX'];
/**
 * uv's `Lock::satisfies` rejects a lock whose registry packages come from an index that is no longer
 * configured (`MissingRemoteIndex`): the allowed set is every `[[tool.uv.index]]` (explicit ones too),
 * `index-url`, `extra-index-url`, `find-links`, and PyPI unless a default index replaces it or
 * `no-index` is set; URLs compare parsed, without credentials (a trailing slash counts). Indexes set
 * through the environment or declared by other members make a miss inconclusive.
 */
function checkRegistries(ctx, pkgs, settings, settingsFile, root, members, lines) {
    const registries = pkgs.filter((p) => typeof p.source.registry === 'string');
    if (!registries.length)
        return;
    const allowed = new Set();
    let replacesDefault = false;
    let pathIndex = false;
    const add = (u) => {
        if (typeof u !== 'string')
            return;
        if (!/^https?:\/\//i.test(u.trim())) {
            pathIndex = true;
            return;
        }
        allowed.add(canonicalUrl(u).href);
    };
    // no-index disables every index, [[tool.uv.index]] included; find-links stay
    const noIndex = settings['no-index'] === true;
    if (!noIndex) {
        for (const ix of arr(settings.index)) {
            if (!isTable(ix))
                continue;
            add(ix.url);
            if (ix.default === true)
                replacesDefault = true;
        }
        if (settings['index-url'] !== undefined) {
            add(settings['index-url']);
            replacesDefault = true;
        }
        for (const u of arr(settings['extra-index-url']))
            add(u);
    }
    for (const u of arr(settings['find-links']))
        add(u);
    // what could also allow (or disallow) an index: the environment, other members' index tables
    const envSet = INDEX_ENV.filter((k) => ctx.env[k] !== undefined && ctx.env[k] !== '');
    // a default index (or no-index) from the environment replaces PyPI as well; its URLs are allowed
    if (!noIndex && !replacesDefault && !envSet.some((k) => ['UV_DEFAULT_INDEX', 'UV_INDEX_URL', 'UV_NO_INDEX'].includes(k)))
        allowed.add(canonicalUrl(PYPI_SIMPLE).href);
    for (const k of envSet)
        for (const part of (ctx.env[k] ?? '').split(/[\s,]+/))
            add(part.replace(/^[A-Za-z0-9_.-]+=/, ''));
    const otherIndexes = [...members.values()].some((m) => m !== root && arr(tbl(tbl(m.data, 'tool'), 'uv')?.index).length > 0);
    const reported = new Set();
    for (const p of registries) {
        const raw = p.source.registry;
        if (!/^https?:\/\//i.test(raw)) {
            ctx.uncertain.push(`${p.name} comes from a local index (${raw}); local indexes are not compared`);
            continue;
        }
        const href = canonicalUrl(raw).href;
        if (allowed.has(href) || reported.has(href))
            continue;
        if (envSet.length || otherIndexes || pathIndex) {
            ctx.uncertain.push(`${p.name} comes from ${(0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .maskUrl */ .yP)(raw)}, which the project's settings do not list (${envSet.length ? `indexes set through ${envSet.join(', ')}` : otherIndexes ? 'other workspace members declare indexes' : 'local indexes are not compared'})`);
            reported.add(href);
            continue;
        }
        reported.add(href);
        ctx.findings.push({
            class: 'drift',
            severity: 'error',
            package: p.name,
            message: `${p.name} is locked from ${(0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .maskUrl */ .yP)(raw)}, which is no longer a configured index (uv re-resolves). If the workflow configures that index through the environment (UV_INDEX_URL, UV_DEFAULT_INDEX, UV_INDEX) or a user-level uv.toml, give this step the same setting.`,
            expected: [...allowed].map(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .maskUrl */ .yP).join(', ') || '(no index)',
            found: (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .maskUrl */ .yP)(raw),
            manifest: { file: settingsFile, line: root.lines.tableLine('tool.uv.index') ?? root.lines.keyLine('tool.uv', 'index-url') ?? root.lines.keyLine('tool.uv', 'no-index') },
            lock: { file: ctx.lockRel, line: lines.findLine(p.line, p.line + 4, (l) => l.startsWith('source =')) ?? p.line },
            fix: FIX,
        });
    }
}
/**
 * tool.uv.exclude-newer-package against [options.exclude-newer-package] (uv 0.13.9, observed): per
 * package, `false` (no cutoff) counts as the latest cutoff; a requested cutoff at or after the recorded
 * one keeps the lock, an earlier one, a removed entry or a new dated entry is a change; a new `false`
 * entry is not.
 */
function compareExcludeNewerPackage(ctx, recT, reqRaw, settingsFile, root, lines) {
    if (ctx.env.UV_EXCLUDE_NEWER_PACKAGE) {
        ctx.uncertain.push('UV_EXCLUDE_NEWER_PACKAGE is set; its form is not compared');
        return;
    }
    if (reqRaw !== undefined && !isTable(reqRaw)) {
        ctx.uncertain.push('tool.uv.exclude-newer-package is not a table');
        return;
    }
    const value = (v) => (v === false ? Infinity : typeof v === 'string' ? parseExcludeNewer(v) : undefined);
    const norm = (t) => new Map(Object.entries(t).map(([k, v]) => [(0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(k), v]));
    const rec = norm(recT);
    const req = norm(reqRaw ?? {});
    const changed = [];
    for (const name of new Set([...rec.keys(), ...req.keys()])) {
        const r = rec.get(name);
        const q = req.get(name);
        if (r === undefined) {
            if (q === false)
                continue;
            changed.push(`${name} added`);
            continue;
        }
        if (q === undefined) {
            changed.push(`${name} removed`);
            continue;
        }
        const rv = value(r);
        const qv = value(q);
        if (rv === undefined || qv === undefined) {
            ctx.uncertain.push(`exclude-newer-package of ${name} (${String(q)} vs ${String(r)}) cannot be compared`);
            continue;
        }
        if (qv < rv)
            changed.push(`${name} moved earlier`);
    }
    if (!changed.length)
        return;
    ctx.findings.push({
        class: 'drift',
        severity: 'error',
        message: `tool.uv.exclude-newer-package changed since uv.lock was written (${changed.join(', ')}).`,
        manifest: { file: settingsFile, line: root.lines.keyLine('tool.uv', 'exclude-newer-package') ?? root.lines.tableLine('tool.uv.exclude-newer-package') },
        lock: { file: ctx.lockRel, line: lines.tableLine('options.exclude-newer-package') ?? lines.tableLine('options') ?? 1 },
        fix: FIX,
    });
}
/**
 * The environment markers `uv export` writes for each package of the lock, semantically: for every
 * package, the disjunction over the paths from the root project of the conjunction of the edge
 * markers recorded in uv.lock (extras followed as their own nodes). Keyed by `name==version`;
 * undefined value = no marker. Returns undefined (no verdict) for locks this does not model:
 * conflicts, several members, supported-markers, ambiguous edges, unparseable markers.
 */
function uvExportMarkers(lock, scope) {
    if (arr(lock.conflicts).length || arr(lock['supported-markers']).length)
        return undefined;
    const manifest = tbl(lock, 'manifest') ?? {};
    if (arr(manifest.members).length > 1)
        return undefined;
    const requiresPython = str(lock['requires-python']);
    const packages = arr(lock.package).filter(isTable);
    const byName = new Map();
    for (const p of packages)
        if (typeof p.name === 'string')
            byName.set((0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(p.name), [...(byName.get((0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(p.name)) ?? []), p]);
    const key = (p) => `${(0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(p.name)}==${str(p.version) ?? ''}`;
    const roots = (byName.get(scope.root) ?? []).filter((p) => {
        const s = tbl(p, 'source');
        return s?.editable === '.' || s?.virtual === '.';
    });
    if (roots.length !== 1)
        return undefined;
    const root = roots[0];
    const target = (e) => {
        if (typeof e.name !== 'string')
            return null;
        let c = byName.get((0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(e.name)) ?? [];
        const v = str(e.version);
        if (v !== undefined)
            c = c.filter((p) => typeof p.version === 'string' && (0,_pep440_js__WEBPACK_IMPORTED_MODULE_5__/* .versionsEqual */ .At)(p.version, v));
        const es = tbl(e, 'source');
        if (es && c.length > 1) {
            const sj = JSON.stringify(Object.entries(es).sort());
            c = c.filter((p) => JSON.stringify(Object.entries(tbl(p, 'source') ?? {}).sort()) === sj);
        }
        return c.length === 1 ? c[0] : c.length === 0 ? undefined : null;
    };
    // node = package or package[extra]; reach = disjunction of the path markers (undefined = always)
    const reach = new Map();
    const pkgOf = new Map();
    const queue = [];
    // Most edges repeat a handful of marker texts (`sys_platform == 'win32'`): parse each once.
    const parsed = new Map();
    const parseOnce = (text) => parsed.get(text) ?? parsed.set(text, (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .parseMarker */ .gY)(text)).get(text);
    let budget = 20000;
    let failed = false;
    const visit = (edges, from) => {
        for (const e of edges) {
            if (!isTable(e))
                continue;
            const p = target(e);
            if (p === undefined)
                continue; // a dangling edge: integrity reports it
            if (p === null) {
                failed = true;
                return;
            }
            let m;
            try {
                m = typeof e.marker === 'string' ? parseOnce(e.marker) : undefined;
            }
            catch {
                failed = true;
                return;
            }
            const through = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .andMarkers */ .xO)(from, m);
            queue.push([key(p), p, through]);
            for (const x of arr(e.extra))
                if (typeof x === 'string')
                    queue.push([`${key(p)}[${(0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(x)}]`, p, through]);
        }
    };
    const rootOpt = tbl(root, 'optional-dependencies') ?? {};
    const rootDev = tbl(root, 'dev-dependencies') ?? {};
    if (scope.dependencies) {
        visit(arr(root.dependencies), undefined);
        for (const [x, list] of Object.entries(rootOpt))
            if (scope.extras === 'all' || scope.extras.includes((0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(x)))
                visit(arr(list), undefined);
    }
    for (const [g, list] of Object.entries(rootDev))
        if (scope.groups.includes((0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(g)))
            visit(arr(list), undefined);
    const rootKey = key(root);
    for (let head = 0; head < queue.length && !failed; head++) {
        if (--budget < 0)
            return undefined;
        const [node, pkg, m] = queue[head];
        if (node === rootKey || node.startsWith(`${rootKey}[`))
            continue; // the project itself: `-e .`, never marked
        let next;
        if (reach.has(node)) {
            const old = reach.get(node);
            if (old === undefined)
                continue; // already unconditional
            if (m === undefined)
                next = undefined;
            else if (m === old || (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .markerToString */ .hF)(m) === (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .markerToString */ .hF)(old))
                continue; // the same condition again: nothing new
            else {
                const merged = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .orMarkers */ .ZZ)([old, m]);
                const c = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .compareMarkers */ .F5)(merged, old, requiresPython);
                if (c === 'unknown')
                    return undefined;
                if (c === 'equal')
                    continue;
                next = merged;
            }
        }
        else
            next = m;
        reach.set(node, next);
        pkgOf.set(node, pkg);
        const extra = /\[([^\]]*)\]$/.exec(node)?.[1];
        if (extra === undefined)
            visit(arr(pkg.dependencies), next);
        else {
            // an extra node reaches its base package and the extra's dependencies
            queue.push([key(pkg), pkg, next]);
            for (const [x, list] of Object.entries(tbl(pkg, 'optional-dependencies') ?? {}))
                if ((0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(x) === extra)
                    visit(arr(list), next);
        }
    }
    if (failed)
        return undefined;
    const out = new Map();
    for (const [node, m] of reach)
        if (!node.includes('['))
            out.set(node, m);
    return out;
}
/**
 * Compare the markers of an export's pins with what a fresh `uv export` of the lock writes (see
 * uvExportMarkers). `mismatches`: pins whose marker differs semantically (stale export); `unsure`:
 * reasons a pin could not be compared. undefined: the lock is not modelled (no verdict at all).
 */
function checkUvExportMarkers(lock, scope, pins) {
    const expected = uvExportMarkers(lock, scope);
    if (!expected)
        return undefined;
    const requiresPython = str(lock['requires-python']);
    const mismatches = [];
    const unsure = [];
    const keysByName = new Map();
    for (const k of expected.keys()) {
        const name = k.slice(0, k.indexOf('=='));
        keysByName.set(name, [...(keysByName.get(name) ?? []), k]);
    }
    for (const pin of pins) {
        const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(pin.name);
        const k = keysByName.get(name)?.find((x) => (0,_pep440_js__WEBPACK_IMPORTED_MODULE_5__/* .versionsEqual */ .At)(x.slice(x.indexOf('==') + 2), pin.version));
        if (k === undefined)
            continue; // not in the selection: the name comparison reports it
        const want = expected.get(k);
        let found;
        try {
            found = pin.marker?.trim() ? (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .parseMarker */ .gY)(pin.marker) : undefined;
        }
        catch {
            unsure.push(`the marker of ${name} in the export cannot be parsed`);
            continue;
        }
        // Written as we would write it: equal without sampling environments (most pins).
        if (want && found && (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .markerToString */ .hF)(want, "'") === (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .markerToString */ .hF)(found, "'"))
            continue;
        const c = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .compareMarkers */ .F5)(want, found, requiresPython);
        if (c === 'unknown')
            unsure.push(`the marker of ${name} uses variables whose comparison is not modelled exactly`);
        else if (c === 'different') {
            mismatches.push({ name, version: pin.version, expected: want ? (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .markerToString */ .hF)(want, "'") : '(none)', found: pin.marker?.trim() || '(none)' });
        }
    }
    return { mismatches, unsure };
}


/***/ })

};
