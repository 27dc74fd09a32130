export const id = 524;
export const ids = [524,744];
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

/***/ 4524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PIPENV_DEFAULT_SOURCE: () => (/* binding */ PIPENV_DEFAULT_SOURCE),
/* harmony export */   PIPENV_FIX: () => (/* binding */ PIPENV_FIX),
/* harmony export */   checkPipenv: () => (/* binding */ checkPipenv),
/* harmony export */   pipfileCategory: () => (/* binding */ pipfileCategory),
/* harmony export */   pipfileHash: () => (/* binding */ pipfileHash),
/* harmony export */   pipfileHashDocument: () => (/* binding */ pipfileHashDocument)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9223);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1744);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1882);
/* harmony import */ var _version_tools_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5996);
/* harmony import */ var _pyjson_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3569);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4642);
/**
 * Pipfile.lock checker: `_meta.hash.sha256` in both name-normalisation variants
 * (pipenv \u2265 2026.4 canonicalises package keys; older pipenv hashes raw keys), pins,
 * hashes, VCS refs, index names, credentials, and drift details against the Pipfile.
 */









const PIPENV_FIX = 'pipenv lock';
const PIPFILE_SECTIONS = new Set(['source', 'packages', 'dev-packages', 'requires', 'scripts', 'pipfile', 'pipenv']);
const PIPENV_DEFAULT_SOURCE = { name: 'pypi', url: 'https://pypi.org/simple', verify_ssl: true };
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
/** Lock category for a Pipfile section. */
function pipfileCategory(section) {
    return section === 'packages' ? 'default' : section === 'dev-packages' ? 'develop' : section;
}
/** The document pipenv hashes (plette `Pipfile.get_hash`; `canonical` = pipenv \u2265 2026.4 `calculate_hash`). */
function pipfileHashDocument(pipfile, variant) {
    const norm = (section) => {
        if (variant === 'legacy' || !isTable(section))
            return section;
        const out = {};
        for (const [k, v] of Object.entries(section))
            out[(0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc)(k)] = v;
        return out;
    };
    const data = {
        _meta: { sources: pipfile['source'] ?? [PIPENV_DEFAULT_SOURCE], requires: pipfile['requires'] ?? {} },
        default: norm(pipfile['packages'] ?? {}),
        develop: norm(pipfile['dev-packages'] ?? {}),
    };
    for (const [category, values] of Object.entries(pipfile)) {
        if (PIPFILE_SECTIONS.has(category) || category === 'default' || category === 'develop')
            continue;
        data[category] = norm(values);
    }
    return data;
}
function pipfileHash(pipfile, variant) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_pyjson_js__WEBPACK_IMPORTED_MODULE_7__/* .pyJsonDumps */ .dv)(pipfileHashDocument(pipfile, variant), { separators: _pyjson_js__WEBPACK_IMPORTED_MODULE_7__/* .PY_COMPACT_SEPARATORS */ .ts }), 'utf8').digest('hex');
}
/** 1-based line of the first JSON string literal equal to `value` (as json.dump writes it). */
function lineOfString(text, value) {
    const at = text.indexOf(JSON.stringify(value));
    if (at < 0)
        return undefined;
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** Line locator for pipenv's 4-space-indented JSON: category \u2192 package \u2192 line. */
class JsonLines {
    cats = new Map();
    metaHashLine;
    constructor(text) {
        const lines = text.split(/\r?\n/);
        let cat;
        for (let i = 0; i < lines.length; i++) {
            const m = /^( *)"((?:[^"\\]|\\.)*)"\s*:/.exec(lines[i]);
            if (!m)
                continue;
            const depth = m[1].length;
            if (depth === 4) {
                cat = { line: i + 1, entries: new Map() };
                this.cats.set(m[2], cat);
            }
            else if (depth === 8 && cat) {
                if (!cat.entries.has(m[2]))
                    cat.entries.set(m[2], i + 1);
            }
            else if (m[2] === 'sha256' && this.metaHashLine === undefined)
                this.metaHashLine = i + 1;
        }
    }
    entry(cat, name) {
        const c = this.cats.get(cat);
        return c?.entries.get(name) ?? c?.line;
    }
}
/** Line of the first JSON string `value` at or after line `from` (for a finding; falls back to `from`). */
function stringLineAfter(text, from, value) {
    let pos = 0;
    for (let l = 1; l < (from ?? 1) && pos >= 0; l++)
        pos = text.indexOf('\n', pos) + 1;
    const at = text.indexOf(JSON.stringify(value), Math.max(0, pos));
    return at < 0 ? from : text.slice(0, at).split('\n').length;
}
function jsonErrorLine(text, err) {
    const pos = /position (\d+)/.exec(err.message);
    if (pos)
        return text.slice(0, Number(pos[1])).split('\n').length;
    const ln = /line (\d+)/.exec(err.message);
    return ln ? Number(ln[1]) : undefined;
}
const VCS_KEYS = ['git', 'hg', 'svn', 'bzr'];
/** Pipfile keys pipenv turns into PEP 508 markers (`sys_platform = "== 'win32'"`). */
const PIPFILE_MARKER_KEYS = [
    'os_name',
    'sys_platform',
    'platform_machine',
    'platform_python_implementation',
    'platform_release',
    'platform_system',
    'platform_version',
    'python_version',
    'python_full_version',
    'implementation_name',
    'implementation_version',
];
/**
 * The marker of each Pipfile entry, by lock category and canonical name: `markers` plus the
 * marker keys. pipenv drops the marker keys from the lock entry of a package it could not
 * resolve because the marker does not hold on the locking Python. Best effort: an unreadable
 * Pipfile yields an empty map (the freshness check reports it later).
 */
function pipfileMarkers(lockfile) {
    const out = new Map();
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(lockfile), 'Pipfile');
    let pipfile;
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
            return out;
        pipfile = (0,_toml_js__WEBPACK_IMPORTED_MODULE_8__.parseToml)((0,_toml_js__WEBPACK_IMPORTED_MODULE_8__.readProjectFile)(file, undefined, 'Pipfile'), 'Pipfile');
    }
    catch {
        return out;
    }
    for (const [section, pkgs] of Object.entries(pipfile)) {
        if (!isTable(pkgs) || (PIPFILE_SECTIONS.has(section) && section !== 'packages' && section !== 'dev-packages'))
            continue;
        const cat = new Map();
        for (const [name, value] of Object.entries(pkgs)) {
            if (!isTable(value))
                continue;
            const parts = [];
            if (typeof value['markers'] === 'string' && value['markers'].trim())
                parts.push(value['markers'].trim());
            for (const k of PIPFILE_MARKER_KEYS)
                if (typeof value[k] === 'string')
                    parts.push(`${k} ${String(value[k]).trim()}`);
            if (parts.length)
                cat.set((0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc)(name), parts.join(' and '));
        }
        if (cat.size)
            out.set(pipfileCategory(section), cat);
    }
    return out;
}
function checkPipenv(input) {
    const ws = input.workspace;
    const lockRel = (0,_toml_js__WEBPACK_IMPORTED_MODULE_8__.relPath)(ws, input.lockfile);
    const lockText = (0,_toml_js__WEBPACK_IMPORTED_MODULE_8__.readProjectFile)(input.lockfile, undefined, lockRel);
    let lock;
    try {
        lock = JSON.parse(lockText);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${lockRel} is not valid JSON: ${err.message}`, {
            title: 'invalid JSON',
            location: { file: lockRel, line: jsonErrorLine(lockText, err) },
            hint: `Regenerate it with \`${PIPENV_FIX}\`.`,
            cause: err,
        });
    }
    if (!isTable(lock) || !isTable(lock['_meta'])) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${lockRel} has no _meta object; it is not a Pipfile.lock.`, { title: 'invalid lockfile', location: { file: lockRel, line: 1 }, hint: `Regenerate it with \`${PIPENV_FIX}\`.` });
    }
    const meta = lock['_meta'];
    const jl = new JsonLines(lockText);
    const findings = [];
    const spec = meta['pipfile-spec'];
    const result = { manager: 'pipenv', lockfile: input.lockfile, freshness: 'inconclusive', packages: 0, findings, locked: [] };
    if (spec !== undefined)
        result.formatVersion = String(spec);
    const metaLine = jl.cats.get('_meta')?.line;
    let formatOk = true;
    if (spec !== 6) {
        formatOk = false;
        findings.push({
            class: 'unsupported-format',
            severity: 'error',
            message: `Pipfile.lock pipfile-spec ${String(spec ?? '(missing)')} is not supported (expected 6).`,
            expected: '6',
            found: String(spec ?? '(missing)'),
            lock: { file: lockRel, line: metaLine },
            fix: PIPENV_FIX,
        });
    }
    // Sources.
    const sources = Array.isArray(meta['sources']) ? meta['sources'].filter(isTable) : [];
    const sourceNames = new Set(sources.map((s) => s['name']).filter((n) => typeof n === 'string'));
    for (const s of sources) {
        if (typeof s['url'] !== 'string')
            continue;
        const cred = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .findUrlCredentials */ .RH)(s['url']);
        if (cred) {
            findings.push({
                class: 'credentials-in-url',
                severity: 'error',
                message: `Source ${String(s['name'] ?? '')} URL carries credentials (${cred.kind}): ${cred.masked}`,
                found: cred.masked,
                expected: 'a URL with ${ENV_VAR} references instead of literal credentials',
                lock: { file: lockRel, line: lineOfString(lockText, s['url']) ?? metaLine },
                // The lock copies the Pipfile's [[source]]: fix it there, then relock.
                fix: PIPENV_FIX,
            });
        }
    }
    // Packages.
    let declaredMarkers;
    const distinct = new Set();
    const versionsByCat = new Map();
    for (const [cat, entries] of Object.entries(lock)) {
        if (cat === '_meta' || !isTable(entries))
            continue;
        const catVersions = new Map();
        versionsByCat.set(cat, catVersions);
        for (const [rawName, e] of Object.entries(entries)) {
            if (!isTable(e))
                continue;
            const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc)(rawName);
            const at = { file: lockRel, line: jl.entry(cat, rawName) };
            const vcs = VCS_KEYS.find((k) => typeof e[k] === 'string');
            const isPath = typeof e['path'] === 'string' || typeof e['file'] === 'string' || e['editable'] === true;
            const version = typeof e['version'] === 'string' ? e['version'] : '';
            const exact = /^===?\s*[^,;<>!~=*\s]+$/.test(version) && !version.endsWith('.*');
            const bare = version.replace(/^===?\s*/, '');
            const hashes = Array.isArray(e['hashes']) ? e['hashes'].filter((h) => typeof h === 'string') : [];
            if (!vcs && !isPath) {
                distinct.add(`${name}@${bare}`);
                catVersions.set(name, bare);
            }
            const lp = { name, version: bare, source: vcs ? 'git' : isPath ? 'path' : typeof e['file'] === 'string' ? 'url' : 'registry', groups: [cat] };
            if (typeof e['markers'] === 'string')
                lp.marker = e['markers'];
            if (hashes.length)
                lp.hashes = hashes;
            if (typeof e['path'] === 'string')
                lp.path = e['path'];
            else if (typeof e['file'] === 'string' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(e['file']))
                lp.path = e['file'];
            result.locked.push(lp);
            // pipenv writes the Pipfile specifier instead of a pin ("*", or "==" glued to it:
            // "==>=0.4") for a package whose marker does not hold on the locking Python: it is skipped
            // there, but installs unpinned where the marker holds. The lock keeps `markers` only when
            // the Pipfile used `markers =`; marker keys (`sys_platform = "== 'win32'"`) are dropped.
            const specAsVersion = version.trim() === '*' || /^==\s*(?:[<>!~]|==)/.test(version);
            let unresolvedMarker;
            if (!vcs && !isPath && !exact && specAsVersion) {
                if (typeof e['markers'] === 'string')
                    unresolvedMarker = e['markers'];
                else
                    unresolvedMarker = (declaredMarkers ??= pipfileMarkers(input.lockfile)).get(cat)?.get(name);
            }
            const unresolvedByMarker = unresolvedMarker !== undefined;
            if (!vcs && !isPath && !exact) {
                findings.push({
                    class: 'unpinned',
                    severity: unresolvedByMarker ? 'warning' : 'error',
                    message: unresolvedByMarker
                        ? `${name} in "${cat}" was not resolved (its marker ${unresolvedMarker} does not hold on the Python that locked); where the marker holds it installs unpinned and unhashed` +
                            (typeof e['markers'] === 'string' ? '.' : '; the lock does not record that marker.')
                        : `${name} in "${cat}" is not pinned with == in ${lockRel}.`,
                    package: name,
                    expected: '==<version>',
                    found: version || '(no version)',
                    lock: at,
                    fix: PIPENV_FIX,
                });
            }
            if (vcs && !(0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .isFullCommitSha */ .h2)(e['ref'])) {
                findings.push({ class: 'vcs-not-pinned', severity: 'error', message: `${name} comes from ${vcs} but its ref is not a full commit SHA.`, package: name, expected: 'a 40-hex (or 64-hex) ref', found: String(e['ref'] ?? '(no ref)'), lock: at, fix: PIPENV_FIX });
            }
            if (input.requireHashes && !vcs && !isPath && !unresolvedByMarker && hashes.length === 0) {
                findings.push({ class: 'missing-hash', severity: 'error', message: `${name} ${bare} in "${cat}" has no hashes in ${lockRel}.`, package: name, expected: 'at least one sha256 hash', found: 'none', lock: at, fix: PIPENV_FIX });
            }
            const badHash = (0,_hashes_js__WEBPACK_IMPORTED_MODULE_4__/* .firstHashProblem */ .Ku)(hashes);
            if (badHash)
                findings.push((0,_hashes_js__WEBPACK_IMPORTED_MODULE_4__/* .malformedHashFinding */ .p3)(name, badHash.problem, badHash.count, { file: lockRel, line: stringLineAfter(lockText, at.line, badHash.hash) }, PIPENV_FIX));
            if (typeof e['index'] === 'string' && sourceNames.size && !sourceNames.has(e['index'])) {
                findings.push({ class: 'invalid-lockfile', severity: 'error', message: `${name} names index "${e['index']}", which is not a declared source.`, package: name, expected: [...sourceNames].join(', '), found: e['index'], lock: at, fix: PIPENV_FIX });
            }
            for (const k of [...VCS_KEYS, 'file']) {
                if (typeof e[k] !== 'string')
                    continue;
                const cred = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .findUrlCredentials */ .RH)(e[k]);
                if (cred)
                    findings.push({ class: 'credentials-in-url', severity: 'error', message: `${name}: ${k} URL carries credentials (${cred.kind}): ${cred.masked}`, package: name, found: cred.masked, lock: at });
            }
        }
    }
    result.packages = distinct.size;
    const def = versionsByCat.get('default');
    const dev = versionsByCat.get('develop');
    if (def && dev) {
        for (const [n, v] of dev) {
            const d = def.get(n);
            if (d !== undefined && d !== v) {
                findings.push({ class: 'version-mismatch', severity: 'warning', message: `${n} is locked at ${d} in "default" but ${v} in "develop".`, package: n, expected: d, found: v, lock: { file: lockRel, line: jl.entry('develop', n) }, fix: PIPENV_FIX });
            }
        }
    }
    // Pipfile & freshness.
    const beside = (0,_toml_js__WEBPACK_IMPORTED_MODULE_8__.readManifestBeside)(input.lockfile, 'Pipfile', ws, result);
    if (!beside)
        return result;
    const { rel: pipfileRel, text: pText } = beside;
    const pipfile = (0,_toml_js__WEBPACK_IMPORTED_MODULE_8__.parseToml)(pText, pipfileRel);
    if (!formatOk) {
        result.inconclusiveReason = `unsupported pipfile-spec ${String(spec)}`;
        return result;
    }
    const recorded = isTable(meta['hash']) && typeof meta['hash']['sha256'] === 'string' ? meta['hash']['sha256'] : '';
    let canonical;
    let legacy;
    try {
        canonical = pipfileHash(pipfile, 'canonical');
        legacy = pipfileHash(pipfile, 'legacy');
    }
    catch (err) {
        if (err instanceof _pyjson_js__WEBPACK_IMPORTED_MODULE_7__/* .PyJsonUnsupportedError */ .vM) {
            result.inconclusiveReason = `cannot compute the Pipfile hash: ${err.message}`;
            findings.push({ class: 'inconclusive', severity: 'warning', message: `Cannot compute the Pipfile hash: ${err.message}.`, manifest: { file: pipfileRel } });
            return result;
        }
        throw err;
    }
    const hashAt = { file: lockRel, line: jl.metaHashLine ?? metaLine };
    if (recorded && (recorded === canonical || recorded === legacy)) {
        result.freshness = 'fresh';
        if (canonical !== legacy) {
            if (recorded === legacy) {
                findings.push({
                    class: 'tool-version-skew',
                    severity: 'warning',
                    message: `${lockRel} matches the pre-2026.4 pipenv hash (raw package names); pipenv >= 2026.4 canonicalises names and will report it as out of date.`,
                    lock: hashAt,
                    expected: canonical,
                    found: recorded,
                    fix: PIPENV_FIX,
                });
            }
            else {
                findings.push({
                    class: 'tool-version-skew',
                    severity: 'notice',
                    message: `${lockRel} matches the pipenv >= 2026.4 hash (canonical package names); older pipenv would report it as out of date.`,
                    lock: hashAt,
                    expected: legacy,
                    found: recorded,
                });
            }
        }
        return result;
    }
    result.freshness = 'stale';
    const drift = pipenvDrift(pipfile, pText, pipfileRel, lock, jl, lockRel);
    const definite = drift.filter((f) => f.severity === 'error');
    if (definite.length)
        findings.push(...definite);
    else {
        findings.push({
            class: 'drift',
            severity: 'error',
            message: `${lockRel} is out of date: the Pipfile hash differs (hashed: [[source]], [requires], [packages], [dev-packages] and custom categories).`,
            manifest: { file: pipfileRel },
            lock: hashAt,
            expected: canonical,
            found: recorded || '(missing)',
            fix: PIPENV_FIX,
        });
        findings.push(...drift);
    }
    return result;
}
function pipenvDrift(pipfile, pText, pipfileRel, lock, jl, lockRel) {
    const out = [];
    const pIdx = new _toml_js__WEBPACK_IMPORTED_MODULE_8__.TomlLineIndex(pText);
    const requires = isTable(pipfile['requires']) ? pipfile['requires'] : {};
    const pyver = typeof requires['python_full_version'] === 'string' ? `==${requires['python_full_version']}` : typeof requires['python_version'] === 'string' ? `==${requires['python_version']}.*` : undefined;
    for (const [section, pkgs] of Object.entries(pipfile)) {
        if (!isTable(pkgs) || (PIPFILE_SECTIONS.has(section) && section !== 'packages' && section !== 'dev-packages'))
            continue;
        const cat = pipfileCategory(section);
        const catEntries = isTable(lock[cat]) ? lock[cat] : {};
        const locked = new Map();
        for (const [raw, e] of Object.entries(catEntries))
            if (isTable(e))
                locked.set((0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc)(raw), { raw, e });
        for (const [rawName, value] of Object.entries(pkgs)) {
            const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc)(rawName);
            const mline = pIdx.keyLine(section, rawName);
            const spec = typeof value === 'string' ? value : isTable(value) && typeof value['version'] === 'string' ? value['version'] : '*';
            const markers = isTable(value) && typeof value['markers'] === 'string' ? value['markers'] : undefined;
            const l = locked.get(name);
            if (!l) {
                const applies = markers ? _version_tools_js__WEBPACK_IMPORTED_MODULE_6__/* .versionTools */ .g.markerApplies?.(markers, pyver) : true;
                if (applies === false)
                    continue;
                out.push({
                    class: 'drift',
                    severity: applies === true ? 'error' : 'warning',
                    message: `${name} is in [${section}] of ${pipfileRel} but not in "${cat}" of ${lockRel}.`,
                    package: name,
                    manifest: { file: pipfileRel, line: mline },
                    lock: { file: lockRel, line: jl.cats.get(cat)?.line },
                    expected: `${rawName} ${spec}`,
                    found: 'not locked',
                    fix: PIPENV_FIX,
                });
                continue;
            }
            const v = typeof l.e['version'] === 'string' ? l.e['version'].replace(/^===?\s*/, '') : '';
            if (!v || spec.trim() === '*' || spec.trim() === '')
                continue;
            const ok = _version_tools_js__WEBPACK_IMPORTED_MODULE_6__/* .versionTools */ .g.satisfies(v, spec);
            if (ok === false) {
                out.push({
                    class: 'drift',
                    severity: 'error',
                    message: `${name} ${v} in ${lockRel} does not satisfy "${spec}" from [${section}].`,
                    package: name,
                    manifest: { file: pipfileRel, line: mline },
                    lock: { file: lockRel, line: jl.entry(cat, l.raw) },
                    expected: spec,
                    found: v,
                    fix: PIPENV_FIX,
                });
            }
        }
    }
    return out;
}


/***/ }),

/***/ 3569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dv: () => (/* binding */ pyJsonDumps),
/* harmony export */   ts: () => (/* binding */ PY_COMPACT_SEPARATORS),
/* harmony export */   vM: () => (/* binding */ PyJsonUnsupportedError)
/* harmony export */ });
/* unused harmony exports PY_DEFAULT_SEPARATORS, pyJsonString, pyFloatRepr, compareCodePoints, PY_JSON_MAX_DEPTH */
/**
 * Byte-exact emulation of CPython's `json.dumps(obj, sort_keys=True)`.
 *
 * Poetry and PDM hash `json.dumps(doc, sort_keys=True)` (separators `", "`/`": "`),
 * pipenv hashes `json.dumps(doc, sort_keys=True, separators=(",", ":"))`.
 * Values come from smol-toml parsed with `integersAsBigInt: true`, so:
 *   bigint  -> Python int   (decimal digits)
 *   number  -> Python float (repr: `1.0`, `1e+16`, `1e-05`, `NaN`, `Infinity`)
 * A `Date` (TOML datetime) cannot be serialised by Python's json module; we throw
 * {@link PyJsonUnsupportedError} so callers can report "cannot verify".
 */
/** Raised for values Python's json module would refuse (datetimes, functions, ...). */
class PyJsonUnsupportedError extends Error {
    path;
    constructor(message, path) {
        super(message);
        this.name = 'PyJsonUnsupportedError';
        this.path = path;
    }
}
const PY_DEFAULT_SEPARATORS = [', ', ': '];
const PY_COMPACT_SEPARATORS = [',', ':'];
const HEX = '0123456789abcdef';
function hex4(code) {
    return HEX[(code >> 12) & 15] + HEX[(code >> 8) & 15] + HEX[(code >> 4) & 15] + HEX[code & 15];
}
/** `json.encoder.py_encode_basestring_ascii` / `py_encode_basestring`. */
function pyJsonString(s, ensureAscii = true) {
    let out = '"';
    let runStart = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        let esc;
        if (c === 0x22)
            esc = '\\"';
        else if (c === 0x5c)
            esc = '\\\\';
        else if (c < 0x20) {
            if (c === 0x0a)
                esc = '\\n';
            else if (c === 0x0d)
                esc = '\\r';
            else if (c === 0x09)
                esc = '\\t';
            else if (c === 0x08)
                esc = '\\b';
            else if (c === 0x0c)
                esc = '\\f';
            else
                esc = '\\u' + hex4(c);
        }
        else if (ensureAscii && c > 0x7e) {
            // JS strings are UTF-16 already: astral characters arrive as surrogate pairs,
            // exactly what Python emits (`\ud83d\ude00`).
            esc = '\\u' + hex4(c);
        }
        if (esc !== undefined) {
            if (i > runStart)
                out += s.slice(runStart, i);
            out += esc;
            runStart = i + 1;
        }
    }
    if (runStart < s.length)
        out += s.slice(runStart);
    return out + '"';
}
/** Python `float.__repr__` (what `json.dumps` uses for finite floats). */
function pyFloatRepr(x) {
    if (Number.isNaN(x))
        return 'NaN';
    if (x === Infinity)
        return 'Infinity';
    if (x === -Infinity)
        return '-Infinity';
    if (x === 0)
        return Object.is(x, -0) ? '-0.0' : '0.0';
    // toExponential() with no argument gives the shortest round-tripping digits, like repr.
    const exp = x.toExponential();
    const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp);
    if (!m)
        return String(x);
    const sign = m[1];
    const digits = m[2] + (m[3] ?? '');
    const e = Number(m[4]);
    const decpt = e + 1; // value = 0.DIGITS * 10^decpt
    if (decpt <= -4 || decpt > 16) {
        const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
        const ae = Math.abs(e);
        return `${sign}${mant}e${e < 0 ? '-' : '+'}${ae < 10 ? '0' + ae : String(ae)}`;
    }
    if (decpt <= 0)
        return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
    if (decpt >= digits.length)
        return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
    return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}
/** Compare two strings by Unicode code point (Python `str` ordering), not UTF-16 unit. */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        // A surrogate (astral char) sorts above every BMP char, including U+E000..U+FFFF.
        const xs = x >= 0xd800 && x <= 0xdfff;
        const ys = y >= 0xd800 && y <= 0xdfff;
        if (xs !== ys)
            return xs ? 1 : -1;
        return x - y;
    }
    return a.length - b.length;
}
/**
 * Nesting depth past which CPython's json.dumps raises RecursionError (default recursion limit
 * 1000); a deeper document (only ever a corrupt or hostile one) is refused like a datetime is,
 * instead of overflowing our own stack.
 */
const PY_JSON_MAX_DEPTH = 1000;
/** `json.dumps(value, sort_keys=True, separators=...)` \u2014 byte-identical output. */
function pyJsonDumps(value, options = {}) {
    const [itemSep, keySep] = options.separators ?? PY_DEFAULT_SEPARATORS;
    const sortKeys = options.sortKeys ?? true;
    const ensureAscii = options.ensureAscii ?? true;
    const intNumbers = options.integralNumbersAsInt ?? false;
    const parts = [];
    const enc = (v, path, depth = 0) => {
        if (depth > PY_JSON_MAX_DEPTH && typeof v === 'object' && v !== null) {
            throw new PyJsonUnsupportedError(`maximum recursion depth exceeded while encoding a JSON object (nesting deeper than ${PY_JSON_MAX_DEPTH} levels)`, '<deep>');
        }
        if (v === null || v === undefined) {
            parts.push('null');
        }
        else if (typeof v === 'string') {
            parts.push(pyJsonString(v, ensureAscii));
        }
        else if (typeof v === 'boolean') {
            parts.push(v ? 'true' : 'false');
        }
        else if (typeof v === 'bigint') {
            parts.push(v.toString());
        }
        else if (typeof v === 'number') {
            parts.push(intNumbers && Number.isSafeInteger(v) ? String(v) : pyFloatRepr(v));
        }
        else if (Array.isArray(v)) {
            if (v.length === 0) {
                parts.push('[]');
                return;
            }
            parts.push('[');
            for (let i = 0; i < v.length; i++) {
                if (i > 0)
                    parts.push(itemSep);
                enc(v[i], `${path}[${i}]`, depth + 1);
            }
            parts.push(']');
        }
        else if (v instanceof Date) {
            throw new PyJsonUnsupportedError(`Object of type datetime is not JSON serializable (at ${path || '<root>'})`, path);
        }
        else if (typeof v === 'object') {
            const keys = Object.keys(v);
            if (sortKeys)
                keys.sort(compareCodePoints);
            if (keys.length === 0) {
                parts.push('{}');
                return;
            }
            parts.push('{');
            for (let i = 0; i < keys.length; i++) {
                const k = keys[i];
                if (i > 0)
                    parts.push(itemSep);
                parts.push(pyJsonString(k, ensureAscii), keySep);
                enc(v[k], path ? `${path}.${k}` : k, depth + 1);
            }
            parts.push('}');
        }
        else {
            throw new PyJsonUnsupportedError(`Object of type ${typeof v} is not JSON serializable (at ${path || '<root>'})`, path);
        }
    };
    enc(value, '');
    return parts.join('');
}


/***/ }),

/***/ 5996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ versionTools)
/* harmony export */ });
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5459);
/* harmony import */ var _pep508_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5688);
/**
 * PEP 440 satisfaction and PEP 508 marker applicability as the lock checkers use them: every
 * answer may be "cannot tell" (undefined), and the repeated questions of one lock are answered once.
 */


const matrixCache = new Map();
// Locks repeat a few markers many times (`python_version < "3.11"` on a dozen edges): each answer once.
const appliesCache = new Map();
/** PEP 440 satisfaction (pre-releases allowed) and PEP 508 applicability over the env matrix. */
const versionTools = {
    satisfies(version, specifier) {
        try {
            return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .satisfies */ .ib)(version, specifier, { prereleases: true });
        }
        catch {
            return undefined;
        }
    },
    markerApplies(marker, requiresPython, extras) {
        const memo = `${requiresPython ?? ''}\0${extras?.join(',') ?? ''}\0${marker}`;
        if (appliesCache.has(memo))
            return appliesCache.get(memo);
        const answer = markerAppliesInMatrix(marker, requiresPython, extras);
        appliesCache.set(memo, answer);
        return answer;
    },
};
/** Does the marker hold in some environment of the matrix for requiresPython (undefined: cannot tell)? */
function markerAppliesInMatrix(marker, requiresPython, extras) {
    const key = requiresPython ?? '';
    let envs = matrixCache.get(key);
    if (!envs) {
        try {
            envs = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentMatrix */ .VX)(requiresPython);
        }
        catch {
            envs = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentMatrix */ .VX)();
        }
        matrixCache.set(key, envs);
    }
    try {
        return (0,_pep508_js__WEBPACK_IMPORTED_MODULE_1__/* .applicableSomewhere */ .bS)(marker, envs, extras ? { extras } : {});
    }
    catch {
        return undefined;
    }
}


/***/ })

};
