export const id = 520;
export const ids = [520,177];
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

/***/ 177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LEADING_NAME: () => (/* binding */ LEADING_NAME),
/* harmony export */   PDM_KNOWN_LOCK_VERSION: () => (/* binding */ PDM_KNOWN_LOCK_VERSION),
/* harmony export */   checkPdm: () => (/* binding */ checkPdm),
/* harmony export */   pdmContentHash: () => (/* binding */ pdmContentHash),
/* harmony export */   pdmDevDependencies: () => (/* binding */ pdmDevDependencies),
/* harmony export */   pdmHashDocument: () => (/* binding */ pdmHashDocument),
/* harmony export */   pdmVariantsFor: () => (/* binding */ pdmVariantsFor),
/* harmony export */   pdmWorkspaceMembers: () => (/* binding */ pdmWorkspaceMembers)
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
/* harmony import */ var _pep508_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5688);
/* harmony import */ var _version_tools_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5996);
/* harmony import */ var _pyjson_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3569);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4642);
/**
 * pdm.lock checker: content_hash freshness per lock_version (overrides \u2192 resolution key,
 * raw dev-dependencies \u2192 merged [dependency-groups], 2.28.1 workspace hash), approximate
 * lock_inputs comparison, integrity (pins, hashes, artifact names, VCS revisions,
 * credentials, dependency edges) and drift details.
 */










const LEADING_NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;
const PDM_FIX = 'pdm lock';
/** Newest lock_version this checker knows (PDM 2.28.1+). */
const PDM_KNOWN_LOCK_VERSION = [4, 5, 1];
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function sub(t, key) {
    if (!isTable(t))
        return undefined;
    const v = t[key];
    return isTable(v) ? v : undefined;
}
function tuple(v) {
    return v.split('.').map((p) => Number.parseInt(p, 10) || 0);
}
function cmp(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d)
            return d;
    }
    return 0;
}
/** The dev-dependencies mapping PDM \u2265 2.20 hashes (`PyProject.dev_dependencies`). */
function pdmDevDependencies(pyproject) {
    const groups = {};
    const dg = sub(pyproject, 'dependency-groups') ?? {};
    for (const [g, deps] of Object.entries(dg)) {
        const key = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(g);
        if (Object.prototype.hasOwnProperty.call(groups, key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`The group ${key} is duplicated in dependency-groups`, { title: 'invalid pyproject.toml' });
        }
        groups[key] = Array.isArray(deps) ? [...deps] : [];
    }
    const dev = sub(sub(sub(pyproject, 'tool'), 'pdm'), 'dev-dependencies') ?? {};
    for (const [g, deps] of Object.entries(dev)) {
        const key = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(g);
        (groups[key] ??= []).push(...(Array.isArray(deps) ? deps : []));
    }
    return groups;
}
/** The document PDM hashes (`PyProject.content_hash`). */
function pdmHashDocument(pyproject, variant) {
    const project = sub(pyproject, 'project') ?? {};
    const settings = sub(sub(pyproject, 'tool'), 'pdm') ?? {};
    const resolution = sub(settings, 'resolution') ?? {};
    const doc = {
        sources: settings['source'] ?? [],
        dependencies: project['dependencies'] ?? [],
        'dev-dependencies': variant === 'dependency-groups' ? pdmDevDependencies(pyproject) : (settings['dev-dependencies'] ?? {}),
        'optional-dependencies': project['optional-dependencies'] ?? {},
        'requires-python': project['requires-python'] ?? '',
    };
    if (variant === 'overrides')
        doc['overrides'] = resolution['overrides'] ?? {};
    else
        doc['resolution'] = settings['resolution'] ?? {};
    return doc;
}
function pdmContentHash(pyproject, variant, algo = 'sha256') {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algo).update((0,_pyjson_js__WEBPACK_IMPORTED_MODULE_8__/* .pyJsonDumps */ .dv)(pdmHashDocument(pyproject, variant)), 'utf8').digest('hex');
}
/** Which variants a lock_version can have been written with (newest first). */
function pdmVariantsFor(lockVersion) {
    const v = tuple(lockVersion);
    if (cmp(v, [4, 4, 2]) < 0)
        return ['overrides'];
    if (cmp(v, [4, 5, 0]) < 0)
        return ['resolution'];
    if (cmp(v, [4, 5, 1]) < 0)
        return ['dependency-groups', 'resolution']; // 4.5.0: PDM 2.17\u20132.28.0
    return ['dependency-groups'];
}
/** Workspace members of a PDM workspace root (`[tool.pdm.workspace] members`), sorted by POSIX path. */
function pdmWorkspaceMembers(root, pyproject) {
    const ws = sub(sub(pyproject, 'tool'), 'pdm')?.['workspace'];
    const patterns = isTable(ws) && Array.isArray(ws['members']) ? ws['members'].filter((p) => typeof p === 'string') : [];
    const found = new Set();
    for (const pattern of patterns) {
        const segs = pattern.split('/').filter((s) => s !== '' && s !== '.');
        if (segs.some((s) => s === '**' || /[?[]/.test(s)))
            return { members: [], unsupported: pattern };
        let dirs = [root];
        for (const seg of segs) {
            const next = [];
            for (const d of dirs) {
                if (seg.includes('*')) {
                    const re = new RegExp('^' + seg.split('*').map((x) => x.replace(/[.+^${}()|\\]/g, '\\$&')).join('[^/]*') + '$');
                    let entries = [];
                    try {
                        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(d).filter((e) => !e.startsWith('.') || seg.startsWith('.'));
                    }
                    catch {
                        entries = [];
                    }
                    for (const e of entries)
                        if (re.test(e))
                            next.push(node_path__WEBPACK_IMPORTED_MODULE_2__.join(d, e));
                }
                else
                    next.push(node_path__WEBPACK_IMPORTED_MODULE_2__.join(d, seg));
            }
            dirs = next;
        }
        for (const d of dirs) {
            try {
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(d).isDirectory() && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(d, 'pyproject.toml')))
                    found.add(node_path__WEBPACK_IMPORTED_MODULE_2__.relative(root, d).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'));
            }
            catch {
                // not a member
            }
        }
    }
    return { members: [...found].sort() };
}
const VCS_KEYS = ['git', 'hg', 'svn', 'bzr'];
async function checkPdm(input) {
    const ws = input.workspace;
    const lockRel = (0,_toml_js__WEBPACK_IMPORTED_MODULE_9__/* .relPath */ .nA)(ws, input.lockfile);
    const lockText = (0,_toml_js__WEBPACK_IMPORTED_MODULE_9__/* .readProjectFile */ .SI)(input.lockfile, undefined, lockRel);
    const lock = (0,_toml_js__WEBPACK_IMPORTED_MODULE_9__/* .parseToml */ .MT)(lockText, lockRel);
    const idx = new _toml_js__WEBPACK_IMPORTED_MODULE_9__/* .TomlLineIndex */ .P9(lockText);
    const findings = [];
    const metadata = sub(lock, 'metadata');
    if (!metadata) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${lockRel} has no [metadata] table; it is not a pdm.lock or is truncated.`, {
            title: 'invalid lockfile',
            location: { file: lockRel },
            hint: `Regenerate it with \`${PDM_FIX}\`.`,
        });
    }
    const lockVersion = typeof metadata['lock_version'] === 'string' ? metadata['lock_version'] : '';
    const result = { manager: 'pdm', lockfile: input.lockfile, freshness: 'inconclusive', packages: 0, findings, locked: [] };
    if (lockVersion)
        result.formatVersion = lockVersion;
    // Line lookups are functions: they are only needed when there is a finding to place.
    const metaLine = () => idx.tableLine('metadata');
    const lvLine = () => idx.keyLine('metadata', 'lock_version') ?? metaLine();
    // ---- format version (PDM: major must match, minor must not be newer) ----
    let formatOk = true;
    const lv = tuple(lockVersion || '0');
    if (!lockVersion || lv[0] !== PDM_KNOWN_LOCK_VERSION[0] || (lv[1] ?? 0) > PDM_KNOWN_LOCK_VERSION[1]) {
        formatOk = false;
        findings.push({
            class: 'unsupported-format',
            severity: 'error',
            message: lockVersion ? `pdm.lock lock_version ${lockVersion} is not readable by the PDM versions this checker knows (4.x up to ${PDM_KNOWN_LOCK_VERSION.join('.')}).` : `${lockRel} has no lock_version.`,
            found: lockVersion || '(none)',
            expected: `4.x <= ${PDM_KNOWN_LOCK_VERSION.join('.')}`,
            lock: { file: lockRel, line: lvLine() },
            fix: PDM_FIX,
        });
    }
    else if (cmp(lv, PDM_KNOWN_LOCK_VERSION) > 0) {
        findings.push({
            class: 'unsupported-format',
            severity: 'warning',
            message: `pdm.lock lock_version ${lockVersion} is newer than the newest this checker knows (${PDM_KNOWN_LOCK_VERSION.join('.')}).`,
            found: lockVersion,
            lock: { file: lockRel, line: lvLine() },
        });
    }
    const v = tuple(lockVersion || '0');
    result.toolVersion = cmp(v, [4, 5, 1]) >= 0 ? '>=2.28.1' : cmp(v, [4, 5, 0]) >= 0 ? '2.17\u20132.28.0' : cmp(v, [4, 4, 2]) >= 0 ? '2.16' : cmp(v, [4, 4, 1]) >= 0 ? '2.13\u20132.15' : undefined;
    if (result.toolVersion === undefined)
        delete result.toolVersion;
    // ---- packages ----
    const pkgs = [];
    (Array.isArray(lock['package']) ? lock['package'] : []).forEach((p, i) => {
        if (!isTable(p))
            return;
        pkgs.push({
            index: i,
            name: (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc)(typeof p['name'] === 'string' ? p['name'] : ''),
            version: typeof p['version'] === 'string' ? p['version'] : '',
            extras: Array.isArray(p['extras']) ? p['extras'].filter((e) => typeof e === 'string').map(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc) : [],
            table: p,
        });
    });
    const byName = new Map();
    for (const p of pkgs)
        (byName.get(p.name) ?? byName.set(p.name, []).get(p.name)).push(p);
    const line = (p, key = 'name') => idx.arrayKeyLine('package', p.index, key);
    const targets = Array.isArray(metadata['targets']) ? metadata['targets'].filter(isTable) : [];
    const lockRequiresPython = targets.map((t) => t['requires_python']).find((r) => typeof r === 'string');
    const distinct = new Set();
    for (const p of pkgs) {
        const t = p.table;
        const vcs = VCS_KEYS.find((k) => typeof t[k] === 'string');
        const isPath = typeof t['path'] === 'string' || t['editable'] === true;
        const isUrl = typeof t['url'] === 'string';
        if (p.extras.length === 0)
            distinct.add(`${p.name}@${p.version}`);
        const files = Array.isArray(t['files']) ? t['files'].filter(isTable) : [];
        const hashes = files.map((f) => f.hash).filter((h) => typeof h === 'string' && h !== '');
        if (p.extras.length === 0) {
            const lp = { name: p.name, version: p.version, source: vcs ? 'git' : isPath ? 'path' : isUrl ? 'url' : 'registry' };
            if (typeof t['marker'] === 'string')
                lp.marker = t['marker'];
            if (Array.isArray(t['groups']))
                lp.groups = t['groups'].filter((g) => typeof g === 'string');
            if (hashes.length)
                lp.hashes = hashes;
            if (typeof t['path'] === 'string')
                lp.path = t['path'];
            result.locked.push(lp);
        }
        if (!p.version || /[<>=!~*,]/.test(p.version)) {
            findings.push({
                class: 'unpinned',
                severity: 'error',
                message: `${p.name} is not pinned to one exact version in ${lockRel}.`,
                package: p.name,
                found: p.version || '(no version)',
                expected: 'an exact version',
                lock: { file: lockRel, line: line(p, 'version') ?? line(p) },
                fix: PDM_FIX,
            });
        }
        if (vcs && !(0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .isFullCommitSha */ .h2)(t['revision'])) {
            findings.push({
                class: 'vcs-not-pinned',
                severity: 'error',
                message: `${p.name} comes from ${vcs} but is not pinned to a full commit SHA.`,
                package: p.name,
                found: typeof t['revision'] === 'string' ? t['revision'] : String(t['ref'] ?? '(no revision)'),
                expected: 'a 40-hex (or 64-hex) revision',
                lock: { file: lockRel, line: line(p, 'revision') ?? line(p) },
                fix: PDM_FIX,
            });
        }
        if (input.requireHashes && !vcs && !isPath && p.extras.length === 0) {
            if (files.length === 0 || files.some((f) => !f.hash)) {
                findings.push({
                    class: 'missing-hash',
                    severity: 'error',
                    message: files.length === 0 ? `${p.name} ${p.version} has no artifact hashes in ${lockRel}.` : `${p.name} ${p.version} has artifacts without a hash in ${lockRel}.`,
                    package: p.name,
                    expected: 'a hash for every artifact',
                    found: `${hashes.length} of ${files.length} files hashed`,
                    lock: { file: lockRel, line: line(p, 'files') ?? line(p) },
                    fix: PDM_FIX,
                });
            }
        }
        const badHash = (0,_hashes_js__WEBPACK_IMPORTED_MODULE_4__/* .firstHashProblem */ .Ku)(hashes);
        if (badHash) {
            const section = idx.arrayTable('package', p.index);
            findings.push((0,_hashes_js__WEBPACK_IMPORTED_MODULE_4__/* .malformedHashFinding */ .p3)(p.name, badHash.problem, badHash.count, { file: lockRel, line: idx.stringLine(badHash.hash, section?.line, section?.endLine) ?? line(p) }, PDM_FIX));
        }
        for (const f of files) {
            const fname = typeof f.file === 'string' ? f.file : typeof f.url === 'string' ? f.url : undefined;
            if (!fname)
                continue;
            const mm = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .checkArtifactName */ .CN)(fname, p.name, p.version);
            if (mm) {
                const section = idx.arrayTable('package', p.index);
                findings.push((0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .artifactMismatchFinding */ .q_)(mm, p.name, { file: lockRel, line: idx.stringLine(fname, section?.line, section?.endLine) ?? line(p) }, PDM_FIX));
                break;
            }
        }
        const urls = [];
        for (const k of [...VCS_KEYS, 'url'])
            if (typeof t[k] === 'string')
                urls.push([k, t[k]]);
        for (const f of files)
            if (typeof f.url === 'string')
                urls.push(['files', f.url]);
        for (const [k, u] of urls) {
            const cred = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .findUrlCredentials */ .RH)(u);
            if (!cred)
                continue;
            findings.push({
                class: 'credentials-in-url',
                severity: 'error',
                message: `${p.name}: ${k} URL carries credentials (${cred.kind}): ${cred.masked}`,
                package: p.name,
                found: cred.masked,
                expected: 'a URL without credentials (use PDM source username/password from environment variables)',
                lock: { file: lockRel, line: (k === 'files' ? undefined : line(p, k)) ?? line(p) },
            });
            break;
        }
    }
    result.packages = distinct.size;
    // ---- dependency edges ----
    for (const p of pkgs) {
        const deps = Array.isArray(p.table['dependencies']) ? p.table['dependencies'] : [];
        for (const d of deps) {
            if (typeof d !== 'string')
                continue;
            // The edge is satisfied when its leading name is locked: no need to parse the whole requirement
            // (parseRequirement's name is exactly this identifier; a malformed rest is skipped either way).
            const lead = LEADING_NAME.exec(d);
            if (lead && byName.has((0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc)(lead[1])))
                continue;
            let req;
            try {
                req = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRequirement */ .pP)(d);
            }
            catch {
                continue;
            }
            if (byName.has(req.normalizedName))
                continue;
            let applies = true;
            if (req.markerText)
                applies = _version_tools_js__WEBPACK_IMPORTED_MODULE_7__/* .versionTools */ .g.markerApplies?.(req.markerText, lockRequiresPython, p.extras);
            if (applies === false)
                continue;
            const sec = idx.arrayTable('package', p.index);
            findings.push({
                class: 'dangling-dependency',
                severity: applies === true ? 'error' : 'notice',
                message: `${p.name} depends on ${req.normalizedName}, which is not in ${lockRel}.`,
                package: req.normalizedName,
                expected: `a [[package]] entry for ${req.normalizedName}`,
                found: 'none',
                lock: { file: lockRel, line: idx.stringLine(d, sec?.line, sec?.endLine) ?? line(p, 'dependencies') ?? line(p) },
                fix: PDM_FIX,
            });
        }
    }
    // ---- manifest ----
    const root = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(input.lockfile);
    const beside = (0,_toml_js__WEBPACK_IMPORTED_MODULE_9__/* .readManifestBeside */ .i7)(input.lockfile, 'pyproject.toml', ws, result);
    if (!beside)
        return result;
    const { rel: manifestRel, text: manText } = beside;
    const pyproject = (0,_toml_js__WEBPACK_IMPORTED_MODULE_9__/* .parseToml */ .MT)(manText, manifestRel);
    const mIdx = new _toml_js__WEBPACK_IMPORTED_MODULE_9__/* .TomlLineIndex */ .P9(manText);
    // Groups recorded vs declared (PDM locks only the selected groups).
    const lockedGroups = Array.isArray(metadata['groups']) ? metadata['groups'].filter((g) => typeof g === 'string') : undefined;
    const declared = declaredGroups(pyproject);
    if (lockedGroups) {
        const have = new Set(lockedGroups.map((g) => (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(g)));
        for (const g of declared) {
            if (g.name === 'default' && g.reqs.length === 0)
                continue;
            if (!have.has((0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(g.name))) {
                findings.push({
                    class: 'drift',
                    severity: 'warning',
                    message: `Group "${g.name}" is declared in ${manifestRel} but not locked in ${lockRel} (metadata.groups); it cannot be installed from the lock.`,
                    manifest: { file: manifestRel, line: mIdx.keyLine(g.table, g.key) ?? mIdx.tableLine(g.table) },
                    lock: { file: lockRel, line: idx.keyLine('metadata', 'groups') ?? metaLine() },
                    expected: g.name,
                    found: lockedGroups.join(', ') || '(none)',
                    fix: `pdm lock -G ${g.name}`,
                });
            }
        }
    }
    if (!formatOk) {
        result.inconclusiveReason = `unsupported pdm.lock format ${lockVersion || '(none)'}`;
        return result;
    }
    const lockInputs = metadata['lock_inputs'];
    const settings = sub(sub(pyproject, 'tool'), 'pdm') ?? {};
    const lockInputsEnabled = sub(settings, 'resolution')?.['lock_inputs'] === true;
    const hashLine = () => idx.keyLine('metadata', 'content_hash') ?? metaLine();
    if ('lock_inputs' in metadata) {
        return finishLockInputs(result, lockInputs, pyproject, byName, { lockRel, manifestRel, mIdx, idx, declared, lockRequiresPython });
    }
    if (lockInputsEnabled) {
        result.freshness = 'stale';
        findings.push({
            class: 'drift',
            severity: 'error',
            message: `tool.pdm.resolution.lock_inputs is enabled but ${lockRel} records no lock_inputs; PDM treats it as out of date.`,
            manifest: { file: manifestRel, line: mIdx.keyLine('tool.pdm.resolution', 'lock_inputs') },
            lock: { file: lockRel, line: metaLine() },
            expected: 'metadata.lock_inputs',
            found: '(missing)',
            fix: PDM_FIX,
        });
        return result;
    }
    const recorded = typeof metadata['content_hash'] === 'string' ? metadata['content_hash'] : '';
    if (!recorded) {
        result.freshness = 'stale';
        findings.push({ class: 'drift', severity: 'error', message: `${lockRel} has no content_hash; PDM treats it as out of date.`, lock: { file: lockRel, line: metaLine() }, expected: 'metadata.content_hash', found: '(missing)', fix: PDM_FIX });
        return result;
    }
    const colon = recorded.indexOf(':');
    const algo = colon > 0 ? recorded.slice(0, colon) : 'md5';
    const recordedHex = colon > 0 ? recorded.slice(colon + 1) : recorded;
    let computed;
    try {
        const isWorkspace = Boolean(settings['workspace']) && cmp(v, [4, 5, 1]) >= 0;
        let members = [];
        if (isWorkspace) {
            const m = pdmWorkspaceMembers(root, pyproject);
            if (m.unsupported) {
                result.inconclusiveReason = `workspace member pattern "${m.unsupported}" is not expanded statically`;
                findings.push({ class: 'inconclusive', severity: 'warning', message: `Cannot expand PDM workspace member pattern "${m.unsupported}".`, manifest: { file: manifestRel, line: mIdx.keyLine('tool.pdm.workspace', 'members') } });
                return result;
            }
            members = m.members;
        }
        computed = pdmVariantsFor(lockVersion).map((variant) => {
            let hex = pdmContentHash(pyproject, variant, algo);
            if (isWorkspace) {
                const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algo).update(hex, 'utf8');
                for (const mem of members) {
                    const mp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, mem, 'pyproject.toml');
                    const mText = (0,_toml_js__WEBPACK_IMPORTED_MODULE_9__/* .readProjectFile */ .SI)(mp, undefined, (0,_toml_js__WEBPACK_IMPORTED_MODULE_9__/* .relPath */ .nA)(ws, mp));
                    h.update('\0').update(mem, 'utf8').update('\0').update(pdmContentHash((0,_toml_js__WEBPACK_IMPORTED_MODULE_9__/* .parseToml */ .MT)(mText, (0,_toml_js__WEBPACK_IMPORTED_MODULE_9__/* .relPath */ .nA)(ws, mp)), variant, algo), 'utf8');
                }
                hex = h.digest('hex');
            }
            return { variant, hex };
        });
    }
    catch (err) {
        if (err instanceof _pyjson_js__WEBPACK_IMPORTED_MODULE_8__/* .PyJsonUnsupportedError */ .vM || (err instanceof Error && /digest|hash/i.test(err.message) && !(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo))) {
            result.inconclusiveReason = `cannot compute PDM's content_hash: ${err.message}`;
            findings.push({ class: 'inconclusive', severity: 'warning', message: `Cannot compute PDM's content_hash: ${err.message}.`, manifest: { file: manifestRel } });
            return result;
        }
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo) {
            findings.push({ class: 'invalid-manifest', severity: 'error', message: `${manifestRel}: ${err.message}`, manifest: { file: manifestRel, line: mIdx.tableLine('dependency-groups') } });
            result.inconclusiveReason = err.message;
            return result;
        }
        throw err;
    }
    const match = computed.find((c) => c.hex === recordedHex);
    if (match) {
        result.freshness = 'fresh';
        return result;
    }
    result.freshness = 'stale';
    const drift = pdmDrift(pyproject, declared, lockedGroups, byName, { lockRel, manifestRel, mIdx, idx, lockRequiresPython });
    const definite = drift.filter((f) => f.severity === 'error');
    if (definite.length)
        findings.push(...definite);
    else {
        findings.push({
            class: 'drift',
            severity: 'error',
            message: `${lockRel} does not match ${manifestRel}: content_hash differs (hashed: [project] dependencies/optional-dependencies/requires-python, dependency groups, [tool.pdm] source/resolution).`,
            manifest: { file: manifestRel },
            lock: { file: lockRel, line: hashLine() },
            expected: `${algo}:${computed[0].hex}`,
            found: recorded,
            fix: PDM_FIX,
        });
        findings.push(...drift);
    }
    return result;
}
function declaredGroups(pyproject) {
    const out = [];
    const project = sub(pyproject, 'project') ?? {};
    const strs = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
    out.push({ name: 'default', table: 'project', key: 'dependencies', reqs: strs(project['dependencies']) });
    for (const [k, list] of Object.entries(sub(project, 'optional-dependencies') ?? {}))
        out.push({ name: k, table: 'project.optional-dependencies', key: k, reqs: strs(list) });
    const seen = new Map();
    for (const [k, list] of Object.entries(sub(pyproject, 'dependency-groups') ?? {})) {
        const g = { name: (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(k), table: 'dependency-groups', key: k, reqs: strs(list) };
        seen.set(g.name, g);
        out.push(g);
    }
    for (const [k, list] of Object.entries(sub(sub(sub(pyproject, 'tool'), 'pdm'), 'dev-dependencies') ?? {})) {
        const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(k);
        const existing = seen.get(name);
        if (existing)
            existing.reqs.push(...strs(list));
        else {
            const g = { name, table: 'tool.pdm.dev-dependencies', key: k, reqs: strs(list) };
            seen.set(name, g);
            out.push(g);
        }
    }
    return out;
}
function pdmDrift(pyproject, declared, lockedGroups, byName, ctx) {
    const out = [];
    const project = sub(pyproject, 'project') ?? {};
    const rootName = typeof project['name'] === 'string' ? (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc)(project['name']) : '';
    const requiresPython = typeof project['requires-python'] === 'string' ? project['requires-python'] : ctx.lockRequiresPython;
    const have = lockedGroups ? new Set(lockedGroups.map((g) => (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(g))) : undefined;
    for (const g of declared) {
        if (have && !have.has((0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(g.name)))
            continue; // not selected when locking
        for (const r of g.reqs) {
            let req;
            try {
                req = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRequirement */ .pP)(r);
            }
            catch {
                continue; // `-e ./path` style or malformed: not compared
            }
            if (req.normalizedName === rootName)
                continue;
            const mline = ctx.mIdx.requirementLine(g.table, g.key, req.name) ?? ctx.mIdx.keyLine(g.table, g.key);
            const locked = (byName.get(req.normalizedName) ?? []).filter((p) => p.extras.length === 0);
            if (locked.length === 0) {
                const applies = req.markerText ? _version_tools_js__WEBPACK_IMPORTED_MODULE_7__/* .versionTools */ .g.markerApplies?.(req.markerText, requiresPython, g.name === 'default' ? [] : [g.name]) : true;
                if (applies === false)
                    continue;
                out.push({
                    class: 'drift',
                    severity: applies === true ? 'error' : 'warning',
                    message: `${req.normalizedName} is required by ${ctx.manifestRel} (${g.name}) but is not in ${ctx.lockRel}.`,
                    package: req.normalizedName,
                    manifest: { file: ctx.manifestRel, line: mline },
                    expected: r,
                    found: 'not locked',
                    fix: PDM_FIX,
                });
                continue;
            }
            if (!req.specifier || req.url)
                continue;
            const results = locked.map((p) => _version_tools_js__WEBPACK_IMPORTED_MODULE_7__/* .versionTools */ .g.satisfies(p.version, req.specifier));
            if (results.some((x) => x === true) || results.some((x) => x === undefined))
                continue;
            const p = locked[0];
            out.push({
                class: 'drift',
                severity: 'error',
                message: `${req.normalizedName} ${p.version} in ${ctx.lockRel} does not satisfy "${r}" (${g.name}).`,
                package: req.normalizedName,
                manifest: { file: ctx.manifestRel, line: mline },
                lock: { file: ctx.lockRel, line: ctx.idx.arrayKeyLine('package', p.index, 'version') },
                expected: r,
                found: p.version,
                fix: PDM_FIX,
            });
        }
    }
    return out;
}
/** Approximate `lock_inputs` comparison (PDM \u2265 2.28.1): stale on definite differences, else inconclusive. */
function finishLockInputs(result, lockInputs, pyproject, byName, ctx) {
    const findings = result.findings;
    const lockLine = ctx.idx.keyLine('metadata', 'lock_inputs') ?? ctx.idx.tableLine('metadata.lock_inputs') ?? ctx.idx.tableLine('metadata');
    const proj = sub(lockInputs, 'project');
    const groups = sub(proj, 'groups');
    if (!proj || !groups) {
        result.freshness = 'stale';
        findings.push({ class: 'drift', severity: 'error', message: `${ctx.lockRel} has a malformed metadata.lock_inputs; PDM treats it as out of date.`, lock: { file: ctx.lockRel, line: lockLine }, fix: PDM_FIX });
        return result;
    }
    const stale = [];
    const current = new Map();
    for (const g of ctx.declared)
        if (g.name !== 'default' || g.reqs.length)
            current.set(g.name, g);
    const recordedNames = new Set(Object.keys(groups));
    for (const [name, g] of current) {
        if (!recordedNames.has(name)) {
            stale.push({
                class: 'drift',
                severity: 'error',
                message: `Group "${name}" in ${ctx.manifestRel} is not among the lock inputs recorded in ${ctx.lockRel}.`,
                manifest: { file: ctx.manifestRel, line: ctx.mIdx.keyLine(g.table, g.key) },
                lock: { file: ctx.lockRel, line: lockLine },
                expected: name,
                found: [...recordedNames].join(', ') || '(none)',
                fix: PDM_FIX,
            });
        }
    }
    for (const name of recordedNames) {
        if (!current.has(name) && name !== 'default') {
            stale.push({ class: 'drift', severity: 'error', message: `Group "${name}" recorded in ${ctx.lockRel} lock inputs no longer exists in ${ctx.manifestRel}.`, lock: { file: ctx.lockRel, line: lockLine }, expected: '(absent)', found: name, fix: PDM_FIX });
        }
    }
    for (const [name, g] of current) {
        const rec = groups[name];
        if (!Array.isArray(rec))
            continue;
        const recNames = new Set(rec.filter((x) => typeof x === 'string' && !x.startsWith('url-sha256:')).map((x) => (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc)(/^[A-Za-z0-9._-]+/.exec(x)?.[0] ?? x)));
        for (const r of g.reqs) {
            let req;
            try {
                req = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRequirement */ .pP)(r);
            }
            catch {
                continue;
            }
            if (req.url)
                continue;
            if (!recNames.has(req.normalizedName)) {
                stale.push({
                    class: 'drift',
                    severity: 'error',
                    message: `${req.normalizedName} is required by ${ctx.manifestRel} (${name}) but is not among the lock inputs in ${ctx.lockRel}.`,
                    package: req.normalizedName,
                    manifest: { file: ctx.manifestRel, line: ctx.mIdx.requirementLine(g.table, g.key, req.name) },
                    lock: { file: ctx.lockRel, line: lockLine },
                    expected: r,
                    found: 'not recorded',
                    fix: PDM_FIX,
                });
            }
        }
    }
    // Locked versions must satisfy the current specifiers.
    stale.push(...pdmDrift(pyproject, ctx.declared, undefined, byName, ctx).filter((f) => f.severity === 'error' && f.found !== 'not locked'));
    const project = sub(pyproject, 'project') ?? {};
    const rp = typeof project['requires-python'] === 'string' ? project['requires-python'] : '';
    const recRp = proj['requires-python'];
    if (typeof recRp === 'string' && rp.replace(/\s+/g, '') !== recRp.replace(/\s+/g, '') && !(rp === '' && recRp === '')) {
        // PDM stores str(PySpecSet); only a difference after whitespace removal is suspicious.
        findings.push({ class: 'inconclusive', severity: 'notice', message: `requires-python "${rp}" differs textually from the recorded "${recRp}" (PDM normalises it; not decisive).`, manifest: { file: ctx.manifestRel, line: ctx.mIdx.keyLine('project', 'requires-python') } });
    }
    if (stale.length) {
        result.freshness = 'stale';
        findings.push(...stale);
        return result;
    }
    result.freshness = 'inconclusive';
    result.inconclusiveReason = 'pdm.lock uses lock_inputs (PDM \u2265 2.28.1), which this checker compares only approximately; run `pdm lock --check`';
    return result;
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

/***/ 2520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkPylock: () => (/* binding */ checkPylock)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9223);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1744);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1882);
/* harmony import */ var _pdm_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(177);
/* harmony import */ var _pep508_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5688);
/* harmony import */ var _pyjson_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3569);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4642);
/**
 * pylock.toml (PEP 751) checker: spec validity, artifact names, hashes, VCS commit ids,
 * credentials; freshness only for files written by PDM (`[tool.pdm] hashes`), otherwise
 * inconclusive.
 */







function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
const KNOWN_MINOR = 0;
function checkPylock(input) {
    const ws = input.workspace;
    const lockRel = (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .relPath */ .nA)(ws, input.lockfile);
    const text = (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .readProjectFile */ .SI)(input.lockfile, undefined, lockRel);
    const doc = (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .parseToml */ .MT)(text, lockRel);
    const idx = new _toml_js__WEBPACK_IMPORTED_MODULE_6__/* .TomlLineIndex */ .P9(text);
    const findings = [];
    const result = { manager: 'pylock', lockfile: input.lockfile, freshness: 'inconclusive', packages: 0, findings, locked: [] };
    const createdBy = typeof doc['created-by'] === 'string' ? doc['created-by'] : undefined;
    const lockVersion = doc['lock-version'];
    if (typeof lockVersion === 'string')
        result.formatVersion = lockVersion;
    const fix = createdBy === 'pdm' ? 'pdm lock' : createdBy === 'uv' ? 'uv export -o pylock.toml' : createdBy ? `regenerate pylock.toml with ${createdBy}` : undefined;
    // Lines are looked up lazily (`Where` thunks): only a finding needs one, and the first lookup
    // indexes the whole file.
    const lineOf = (where) => (typeof where === 'function' ? where() : where);
    const invalid = (message, where, pkg) => {
        const f = { class: 'invalid-lockfile', severity: 'error', message, lock: { file: lockRel, line: lineOf(where) } };
        if (pkg)
            f.package = pkg;
        if (fix)
            f.fix = fix;
        findings.push(f);
    };
    // ---- top level ----
    if (typeof lockVersion !== 'string') {
        invalid(`${lockRel} has no lock-version (required by PEP 751).`, 1);
    }
    else {
        const m = /^(\d+)\.(\d+)$/.exec(lockVersion);
        if (!m || m[1] !== '1') {
            findings.push({ class: 'unsupported-format', severity: 'error', message: `pylock lock-version ${lockVersion} is not supported (installers MUST reject an unknown major version).`, expected: '1.x', found: lockVersion, lock: { file: lockRel, line: idx.keyLine('', 'lock-version') } });
            result.inconclusiveReason = `unsupported lock-version ${lockVersion}`;
            return result;
        }
        if (Number(m[2]) > KNOWN_MINOR) {
            findings.push({ class: 'unsupported-format', severity: 'warning', message: `pylock lock-version ${lockVersion} is newer than 1.${KNOWN_MINOR}; unknown keys may be ignored.`, found: lockVersion, lock: { file: lockRel, line: idx.keyLine('', 'lock-version') } });
        }
    }
    if (!createdBy)
        invalid(`${lockRel} has no created-by (required by PEP 751).`, 1);
    else
        result.toolVersion = createdBy;
    for (const key of ['environments', 'extras', 'dependency-groups', 'default-groups']) {
        const v = doc[key];
        if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== 'string')))
            invalid(`${key} must be an array of strings.`, idx.keyLine('', key));
    }
    if (Array.isArray(doc['environments'])) {
        for (const env of doc['environments']) {
            if (typeof env !== 'string')
                continue;
            try {
                (0,_pep508_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMarker */ .gY)(env);
            }
            catch (err) {
                invalid(`environments marker does not parse: ${err.message}`, idx.stringLine(env) ?? idx.keyLine('', 'environments'));
            }
        }
    }
    if (!Array.isArray(doc['packages'])) {
        invalid(`${lockRel} has no [[packages]] array (required by PEP 751).`, 1);
        return result;
    }
    // ---- packages ----
    const distinct = new Set();
    doc['packages'].forEach((p, i) => {
        const sec = () => idx.arrayTable('packages', i);
        const at = (key) => (key ? sec()?.keys.get(key) : undefined) ?? sec()?.line;
        if (!isTable(p)) {
            invalid(`packages[${i}] is not a table.`, () => sec()?.line);
            return;
        }
        const rawName = typeof p['name'] === 'string' ? p['name'] : '';
        const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(rawName);
        if (!rawName) {
            invalid(`packages[${i}] has no name.`, () => at());
            return;
        }
        if (rawName !== name)
            invalid(`Package name "${rawName}" is not normalised (PEP 751 requires "${name}").`, () => at('name'), name);
        const version = typeof p['version'] === 'string' ? p['version'] : undefined;
        const kinds = ['vcs', 'directory', 'archive'].filter((k) => p[k] !== undefined);
        const hasDist = p['sdist'] !== undefined || p['wheels'] !== undefined;
        if (kinds.length + (hasDist ? 1 : 0) !== 1) {
            invalid(`${name}: exactly one of vcs, directory, archive or sdist/wheels must be given (found ${[...kinds, ...(hasDist ? ['sdist/wheels'] : [])].join(', ') || 'none'}).`, () => at(), name);
        }
        if (typeof p['marker'] === 'string') {
            try {
                (0,_pep508_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMarker */ .gY)(p['marker']);
            }
            catch (err) {
                invalid(`${name}: marker does not parse: ${err.message}`, () => at('marker'), name);
            }
        }
        const lp = { name, version: version ?? '', source: 'registry' };
        if (typeof p['marker'] === 'string')
            lp.marker = p['marker'];
        const hashes = [];
        const checkHashes = (h, what, where) => {
            if (!isTable(h) || Object.keys(h).length === 0) {
                findings.push({ class: 'missing-hash', severity: 'error', message: `${name}: ${what} has no hashes (PEP 751 requires at least one).`, package: name, expected: 'hashes = { sha256 = "\u2026" }', found: 'none', lock: { file: lockRel, line: lineOf(where) }, ...(fix ? { fix } : {}) });
                return;
            }
            let bad;
            for (const [algo, val] of Object.entries(h)) {
                if (typeof val !== 'string')
                    continue;
                hashes.push(`${algo}:${val}`);
                const problem = (0,_hashes_js__WEBPACK_IMPORTED_MODULE_1__/* .digestProblem */ .WQ)(algo, val);
                if (problem)
                    bad = { problem: bad?.problem ?? problem, count: (bad?.count ?? 0) + 1 };
            }
            if (bad)
                findings.push((0,_hashes_js__WEBPACK_IMPORTED_MODULE_1__/* .malformedHashFinding */ .p3)(name, bad.problem, bad.count, { file: lockRel, line: lineOf(where) }, fix));
        };
        const checkUrl = (u, where) => {
            if (typeof u !== 'string')
                return;
            const cred = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .findUrlCredentials */ .RH)(u);
            if (cred)
                findings.push({ class: 'credentials-in-url', severity: 'error', message: `${name}: URL carries credentials (${cred.kind}): ${cred.masked}`, package: name, found: cred.masked, lock: { file: lockRel, line: lineOf(where) } });
        };
        checkUrl(p['index'], () => at('index'));
        if (isTable(p['vcs'])) {
            lp.source = 'git';
            const v = p['vcs'];
            const vLine = () => idx.subTable('packages.vcs', i)?.line ?? at('vcs');
            if (typeof v['type'] !== 'string')
                invalid(`${name}: vcs.type is required.`, vLine, name);
            if (typeof v['url'] !== 'string' && typeof v['path'] !== 'string')
                invalid(`${name}: vcs needs url or path.`, vLine, name);
            if (!(0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isFullCommitSha */ .h2)(v['commit-id'])) {
                findings.push({ class: 'vcs-not-pinned', severity: 'error', message: `${name}: vcs.commit-id is missing or not a full commit id.`, package: name, expected: 'a 40-hex (or 64-hex) commit-id', found: String(v['commit-id'] ?? '(missing)'), lock: { file: lockRel, line: vLine() }, ...(fix ? { fix } : {}) });
            }
            checkUrl(v['url'], vLine);
        }
        else if (isTable(p['directory'])) {
            lp.source = 'path';
            if (typeof p['directory']['path'] !== 'string')
                invalid(`${name}: directory.path is required.`, () => at('directory'), name);
            else
                lp.path = p['directory']['path'];
        }
        else if (isTable(p['archive'])) {
            const a = p['archive'];
            lp.source = typeof a['url'] === 'string' ? 'url' : 'path';
            if (lp.source === 'path' && typeof a['path'] === 'string')
                lp.path = a['path'];
            const aLine = () => idx.subTable('packages.archive', i)?.line ?? at('archive');
            if (typeof a['url'] !== 'string' && typeof a['path'] !== 'string')
                invalid(`${name}: archive needs url or path.`, aLine, name);
            checkHashes(a['hashes'], 'archive', aLine);
            checkUrl(a['url'], aLine);
        }
        if ((lp.source === 'git' || lp.source === 'path') && !isTable(p['archive']) && version !== undefined) {
            findings.push({ class: 'invalid-lockfile', severity: 'warning', message: `${name}: version should not be given for a source tree (PEP 751).`, package: name, lock: { file: lockRel, line: at('version') } });
        }
        const artifacts = [];
        if (p['sdist'] !== undefined) {
            const s = p['sdist'];
            const sLine = () => idx.subTable('packages.sdist', i)?.line ?? at('sdist');
            if (!isTable(s))
                invalid(`${name}: sdist must be a table.`, sLine, name);
            else {
                if (typeof s['url'] !== 'string' && typeof s['path'] !== 'string')
                    invalid(`${name}: sdist needs url or path.`, sLine, name);
                checkHashes(s['hashes'], 'sdist', sLine);
                checkUrl(s['url'], sLine);
                const fname = typeof s['name'] === 'string' ? s['name'] : typeof s['url'] === 'string' ? s['url'] : typeof s['path'] === 'string' ? s['path'] : undefined;
                if (fname)
                    artifacts.push({ file: fname, line: sLine });
            }
        }
        if (p['wheels'] !== undefined) {
            if (!Array.isArray(p['wheels']))
                invalid(`${name}: wheels must be an array.`, () => at('wheels'), name);
            else {
                for (const w of p['wheels']) {
                    if (!isTable(w))
                        continue;
                    const fname = typeof w['name'] === 'string' ? w['name'] : typeof w['url'] === 'string' ? w['url'] : typeof w['path'] === 'string' ? w['path'] : undefined;
                    const wLine = () => (fname ? (idx.stringLine(fname, sec()?.line, sec()?.endLine) ?? at('wheels')) : at('wheels'));
                    if (typeof w['url'] !== 'string' && typeof w['path'] !== 'string')
                        invalid(`${name}: a wheel needs url or path.`, wLine, name);
                    checkHashes(w['hashes'], `wheel ${fname ?? ''}`.trim(), wLine);
                    checkUrl(w['url'], wLine);
                    if (fname)
                        artifacts.push({ file: fname, line: wLine });
                }
            }
        }
        if (version !== undefined) {
            for (const a of artifacts) {
                const mm = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .checkArtifactName */ .CN)(a.file, name, version);
                if (mm) {
                    findings.push((0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .artifactMismatchFinding */ .q_)(mm, name, { file: lockRel, line: lineOf(a.line) }, fix));
                    break;
                }
            }
        }
        if (hashes.length)
            lp.hashes = hashes;
        result.locked.push(lp);
        distinct.add(`${name}@${version ?? ''}`);
    });
    result.packages = distinct.size;
    // ---- freshness ----
    const pdmTool = isTable(doc['tool']) && isTable(doc['tool']['pdm']) ? doc['tool']['pdm'] : undefined;
    const recorded = pdmTool && isTable(pdmTool['hashes']) ? pdmTool['hashes'] : undefined;
    if (!recorded) {
        result.inconclusiveReason =
            pdmTool && pdmTool['lock_inputs'] !== undefined
                ? 'pylock.toml written by PDM with lock_inputs; compare with `pdm lock --check`'
                : `pylock.toml written by ${createdBy ?? 'an unknown tool'} records no manifest hash; freshness needs the tool that wrote it`;
        return result;
    }
    const beside = (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .readManifestBeside */ .i7)(input.lockfile, 'pyproject.toml', ws, result);
    if (!beside)
        return result;
    const { rel: manifestRel } = beside;
    const pyproject = (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .parseToml */ .MT)(beside.text, manifestRel);
    const [algo, value] = Object.entries(recorded).find(([, v]) => typeof v === 'string') ?? [];
    if (!algo || typeof value !== 'string') {
        result.inconclusiveReason = '[tool.pdm] hashes is empty';
        return result;
    }
    let computed;
    try {
        computed = (0,_pdm_js__WEBPACK_IMPORTED_MODULE_3__.pdmContentHash)(pyproject, 'dependency-groups', algo);
    }
    catch (err) {
        if (err instanceof _pyjson_js__WEBPACK_IMPORTED_MODULE_5__/* .PyJsonUnsupportedError */ .vM || err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo || /digest/i.test(err.message)) {
            result.inconclusiveReason = `cannot compute PDM's content hash: ${err.message}`;
            return result;
        }
        throw err;
    }
    if (computed === value) {
        result.freshness = 'fresh';
        return result;
    }
    result.freshness = 'stale';
    findings.push({
        class: 'drift',
        severity: 'error',
        message: `${lockRel} does not match ${manifestRel}: the PDM content hash in [tool.pdm] hashes differs.`,
        manifest: { file: manifestRel },
        lock: { file: lockRel, line: idx.keyLine('tool.pdm', 'hashes') ?? idx.tableLine('tool.pdm') },
        expected: `${algo}:${computed}`,
        found: `${algo}:${value}`,
        fix: 'pdm lock  (with lock.format = "pylock"; or pdm export -f pylock -o pylock.toml)',
    });
    return result;
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
