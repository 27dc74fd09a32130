export const id = 877;
export const ids = [877,744];
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

/***/ 8877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkPoetry: () => (/* binding */ checkPoetry),
/* harmony export */   poetryAlgorithmFor: () => (/* binding */ poetryAlgorithmFor),
/* harmony export */   poetryContentHash: () => (/* binding */ poetryContentHash),
/* harmony export */   poetryFixCommand: () => (/* binding */ poetryFixCommand),
/* harmony export */   poetryHashDocument: () => (/* binding */ poetryHashDocument),
/* harmony export */   poetryHeaderVersion: () => (/* binding */ poetryHeaderVersion),
/* harmony export */   splitRequirement: () => (/* binding */ splitRequirement)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9223);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1744);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1882);
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5459);
/* harmony import */ var _pep508_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5688);
/* harmony import */ var _pyjson_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3569);
/* harmony import */ var _version_tools_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5996);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4642);
/**
 * poetry.lock checker: content-hash freshness exactly as the writing Poetry decides it
 * (1.x, 2.0\u20132.2, \u22652.3 with [dependency-groups] + fallback), format version, integrity
 * (pins, hashes, artifact names, VCS pins, credentials, dependency edges) and drift details.
 */









const LEGACY_KEYS = ['dependencies', 'source', 'extras', 'dev-dependencies'];
const RELEVANT_KEYS = [...LEGACY_KEYS, 'group'];
const PROJECT_KEYS = ['requires-python', 'dependencies', 'optional-dependencies'];
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function sub(t, key) {
    if (!isTable(t))
        return undefined;
    const v = t[key];
    return isTable(v) ? v : undefined;
}
/** The JSON document Poetry hashes, for one algorithm generation. */
function poetryHashDocument(pyproject, algorithm) {
    const toolPoetry = sub(sub(pyproject, 'tool'), 'poetry') ?? {};
    if (algorithm === 'poetry-1') {
        // Locker(local_config=tool.poetry): legacy four always present (null if absent), group when present.
        const doc = {};
        for (const key of RELEVANT_KEYS) {
            const data = toolPoetry[key];
            if (data === undefined && key === 'group')
                continue;
            doc[key] = data ?? null;
        }
        return doc;
    }
    const project = sub(pyproject, 'project') ?? {};
    const groups = algorithm === 'poetry-2.3' ? (sub(pyproject, 'dependency-groups') ?? {}) : {};
    const relProject = {};
    for (const key of PROJECT_KEYS)
        if (project[key] !== undefined)
            relProject[key] = project[key];
    const hasProject = Object.keys(relProject).length > 0;
    const hasGroups = Object.keys(groups).length > 0;
    const relPoetry = {};
    for (const key of RELEVANT_KEYS) {
        const data = toolPoetry[key];
        if (data === undefined && (!LEGACY_KEYS.includes(key) || hasProject || hasGroups))
            continue;
        relPoetry[key] = data ?? null;
    }
    if (!hasProject && !hasGroups)
        return relPoetry;
    const doc = {};
    if (hasProject)
        doc['project'] = relProject;
    if (hasGroups)
        doc['dependency-groups'] = groups;
    doc['tool'] = { poetry: relPoetry };
    return doc;
}
/** sha256 hex of `json.dumps(doc, sort_keys=True)` for the given algorithm. */
function poetryContentHash(pyproject, algorithm) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_pyjson_js__WEBPACK_IMPORTED_MODULE_6__/* .pyJsonDumps */ .dv)(poetryHashDocument(pyproject, algorithm)), 'utf8').digest('hex');
}
/** Parse `1.8.3` / `2.3.0.dev0` into comparable numeric parts (release only). */
function releaseTuple(v) {
    const m = /^(\d+(?:\.\d+)*)/.exec(v);
    return m ? m[1].split('.').map(Number) : [];
}
function cmpRelease(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
const V2 = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_4__/* .parseVersion */ .ot)('2');
const V23 = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_4__/* .parseVersion */ .ot)('2.3.0');
/**
 * The writer version as Poetry >= 2.3 reads it (`Locker.is_fresh`): `re.search("Poetry ([^ ]+)")` on the
 * first line (`readline()`, newline included) and `Version.parse`; null when absent or not a version
 * (a tab after it, say), and then Poetry does not fall back to the pre-2.3 hash.
 */
function poetryHeaderVersion(lockText) {
    const nl = lockText.search(/\r\n|\r|\n/);
    const line = nl < 0 ? lockText : lockText.slice(0, nl) + '\n';
    const m = /Poetry ([^ ]+)/.exec(line);
    return m ? (0,_pep440_js__WEBPACK_IMPORTED_MODULE_4__/* .parseVersion */ .ot)(m[1]) : null;
}
/** Which algorithm the Poetry that wrote a lock used (header version, else lock-version). */
function poetryAlgorithmFor(toolVersion, lockVersion) {
    const v = toolVersion ? (0,_pep440_js__WEBPACK_IMPORTED_MODULE_4__/* .parseVersion */ .ot)(toolVersion) : null;
    if (v) {
        // Poetry's own comparison: 2.3.0.dev0 / 2.3.0a1 sort below 2.3.0, 1!1.0 above it.
        if ((0,_pep440_js__WEBPACK_IMPORTED_MODULE_4__/* .compareParsed */ .dQ)(v, V2) < 0)
            return 'poetry-1';
        return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_4__/* .compareParsed */ .dQ)(v, V23) < 0 ? 'poetry-2.0' : 'poetry-2.3';
    }
    return lockVersion && cmpRelease(releaseTuple(lockVersion), [2, 1]) >= 0 ? 'poetry-2.0' : 'poetry-1';
}
/** Fix command for the Poetry major that wrote the lock. */
function poetryFixCommand(algorithm) {
    return algorithm === 'poetry-1' ? 'poetry lock --no-update' : 'poetry lock';
}
/** `metadata.python-versions` (Poetry syntax) as one PEP 440 set; undefined when `||` or unparsable. */
function poetryPythonToPep440(v) {
    if (typeof v !== 'string' || v.trim() === '' || v.trim() === '*')
        return undefined;
    try {
        const alts = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_4__/* .poetryToPep440 */ .u3)(v);
        return alts.length === 1 ? alts[0] : undefined;
    }
    catch {
        return undefined;
    }
}
/** Does `version` satisfy a Poetry dependency value (string, table, or array of tables)? */
function poetryValueSatisfied(tools, value, version) {
    const constraints = [];
    const collect = (v) => {
        if (typeof v === 'string')
            constraints.push(v);
        else if (isTable(v)) {
            if (typeof v['version'] === 'string')
                constraints.push(v['version']);
            else if (v['git'] || v['path'] || v['url'])
                return;
            else
                constraints.push('*');
        }
        else if (Array.isArray(v))
            v.forEach(collect);
    };
    collect(value);
    if (constraints.length === 0)
        return undefined;
    let unknown = false;
    for (const c of constraints) {
        let alts;
        try {
            alts = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_4__/* .poetryToPep440 */ .u3)(c);
        }
        catch {
            unknown = true;
            continue;
        }
        for (const alt of alts) {
            const r = alt === '' ? true : tools.satisfies(version, alt);
            if (r === true)
                return true;
            if (r === undefined)
                unknown = true;
        }
    }
    return unknown ? undefined : false;
}
// ---------------------------------------------------------------------------------------
// PEP 508 string: just the name/extras/specifier/marker split needed for drift details
// ---------------------------------------------------------------------------------------
/** Split a PEP 508 string (pep508.parseRequirement; a lenient regex for malformed input). */
function splitRequirement(req) {
    try {
        const r = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRequirement */ .pP)(req);
        return { name: r.name, specifier: r.specifier.replace(/\s+/g, ''), ...(r.markerText ? { marker: r.markerText } : {}), ...(r.url ? { url: r.url } : {}) };
    }
    catch {
        // fall through
    }
    const m = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/.exec(req);
    if (!m)
        return undefined;
    let rest = m[3];
    let marker;
    const semi = rest.indexOf(';');
    if (semi >= 0) {
        marker = rest.slice(semi + 1).trim();
        rest = rest.slice(0, semi);
    }
    rest = rest.trim();
    if (rest.startsWith('@'))
        return { name: m[1], specifier: '', url: rest.slice(1).trim(), ...(marker ? { marker } : {}) };
    if (rest.startsWith('(') && rest.endsWith(')'))
        rest = rest.slice(1, -1);
    return { name: m[1], specifier: rest.replace(/\s+/g, ''), ...(marker ? { marker } : {}) };
}
async function checkPoetry(input) {
    const ws = input.workspace;
    const lockRel = (0,_toml_js__WEBPACK_IMPORTED_MODULE_8__/* .relPath */ .nA)(ws, input.lockfile);
    const lockText = (0,_toml_js__WEBPACK_IMPORTED_MODULE_8__/* .readProjectFile */ .SI)(input.lockfile, undefined, lockRel);
    const lock = (0,_toml_js__WEBPACK_IMPORTED_MODULE_8__/* .parseToml */ .MT)(lockText, lockRel);
    const idx = new _toml_js__WEBPACK_IMPORTED_MODULE_8__/* .TomlLineIndex */ .P9(lockText);
    const findings = [];
    const firstLine = lockText.slice(0, lockText.indexOf('\n') >>> 0);
    const toolVersion = /Poetry ([^ \s]+)/.exec(firstLine)?.[1];
    const metadata = sub(lock, 'metadata');
    const lockVersion = typeof metadata?.['lock-version'] === 'string' ? metadata['lock-version'] : undefined;
    const algorithm = poetryAlgorithmFor(toolVersion, lockVersion);
    const fix = poetryFixCommand(algorithm);
    // Line lookups are functions: only a finding needs one, and the first lookup indexes the file.
    const metaLine = () => idx.tableLine('metadata');
    const result = {
        manager: 'poetry',
        lockfile: input.lockfile,
        freshness: 'inconclusive',
        packages: 0,
        findings,
        locked: [],
    };
    if (toolVersion)
        result.toolVersion = toolVersion;
    if (lockVersion)
        result.formatVersion = lockVersion;
    if (!metadata) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${lockRel} has no [metadata] table; it is not a poetry.lock or is truncated.`, {
            title: 'invalid lockfile',
            location: { file: lockRel },
            // Which Poetry wrote it is unknown: `poetry lock` regenerates it in 1.x and 2.x alike (1.x's
            // --no-update keeps pins, and there are none to keep; 2.x no longer has the flag).
            hint: `Regenerate it with \`${toolVersion || lockVersion ? fix : 'poetry lock'}\`.`,
        });
    }
    // ---- format version ----
    const lv = releaseTuple(lockVersion ?? '1.0');
    let formatSupported = true;
    if (lv[0] === undefined || lv[0] < 1 || lv[0] >= 3) {
        formatSupported = false;
        findings.push({
            class: 'unsupported-format',
            severity: 'error',
            message: `poetry.lock format ${lockVersion} is not readable by any known Poetry (reads >=1,<3).`,
            found: lockVersion ?? '(none)',
            expected: '1.x or 2.x',
            lock: { file: lockRel, line: idx.keyLine('metadata', 'lock-version') ?? metaLine() },
            fix,
        });
    }
    else if (cmpRelease(lv, [2, 1]) > 0) {
        findings.push({
            class: 'unsupported-format',
            severity: 'warning',
            message: `poetry.lock format ${lockVersion} is newer than the newest this checker knows (2.1); results may be incomplete.`,
            found: lockVersion,
            expected: '<= 2.1',
            lock: { file: lockRel, line: idx.keyLine('metadata', 'lock-version') ?? metaLine() },
        });
    }
    // ---- packages ----
    const pkgs = [];
    const rawPkgs = Array.isArray(lock['package']) ? lock['package'] : [];
    rawPkgs.forEach((p, i) => {
        if (!isTable(p))
            return;
        const rawName = typeof p['name'] === 'string' ? p['name'] : '';
        const version = typeof p['version'] === 'string' ? p['version'] : '';
        pkgs.push({ index: i, name: (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(rawName), rawName, version, table: p });
    });
    const byName = new Map();
    for (const p of pkgs) {
        const l = byName.get(p.name);
        if (l)
            l.push(p);
        else
            byName.set(p.name, [p]);
    }
    const metaFiles = sub(metadata, 'files');
    const metaHashes = sub(metadata, 'hashes');
    const pkgLine = (p, key = 'name') => idx.arrayKeyLine('package', p.index, key);
    const tools = _version_tools_js__WEBPACK_IMPORTED_MODULE_7__/* .versionTools */ .g;
    const requiresPython = poetryPythonToPep440(metadata['python-versions']);
    const distinct = new Set();
    for (const p of pkgs) {
        distinct.add(`${p.name}@${p.version}`);
        const t = p.table;
        const source = sub(t, 'source');
        const sourceType = typeof source?.['type'] === 'string' ? source['type'] : undefined;
        const kind = sourceType === 'git' ? 'git' : sourceType === 'directory' || sourceType === 'file' ? 'path' : sourceType === 'url' ? 'url' : 'registry';
        const develop = t['develop'] === true;
        const localPath = kind === 'path' && typeof source?.['url'] === 'string' ? source['url'] : undefined;
        // Files: lock 2.x per package; 1.x [metadata.files]; oldest [metadata.hashes].
        let files = [];
        if (Array.isArray(t['files']))
            files = t['files'].filter(isTable);
        else if (metaFiles && Array.isArray(metaFiles[p.rawName] ?? metaFiles[p.name])) {
            files = (metaFiles[p.rawName] ?? metaFiles[p.name]).filter(isTable);
        }
        else if (metaHashes && Array.isArray(metaHashes[p.rawName] ?? metaHashes[p.name])) {
            files = (metaHashes[p.rawName] ?? metaHashes[p.name]).filter((h) => typeof h === 'string').map((h) => ({ hash: h }));
        }
        // One pass (thousands of artifacts per lock): the hashes, and whether any artifact lacks one.
        const hashes = [];
        let unhashed = false;
        for (const f of files) {
            const h = f.hash;
            if (typeof h === 'string' && h !== '')
                hashes.push(h);
            if (!h)
                unhashed = true;
        }
        const lp = { name: p.name, version: p.version, source: kind };
        const markers = t['markers'];
        if (typeof markers === 'string')
            lp.marker = markers;
        if (Array.isArray(t['groups']))
            lp.groups = t['groups'].filter((g) => typeof g === 'string');
        else if (typeof t['category'] === 'string')
            lp.groups = [t['category']];
        if (hashes.length)
            lp.hashes = hashes;
        if (localPath !== undefined)
            lp.path = localPath;
        result.locked.push(lp);
        // Exact pin.
        if (!p.version || /[<>=!~^*,|]/.test(p.version)) {
            findings.push({
                class: 'unpinned',
                severity: 'error',
                message: `${p.name} is not pinned to one exact version in ${lockRel}.`,
                package: p.name,
                found: p.version || '(no version)',
                expected: 'an exact version',
                lock: { file: lockRel, line: pkgLine(p, 'version') },
                fix,
            });
        }
        // VCS pins.
        if (sourceType === 'git') {
            const resolved = source?.['resolved_reference'];
            if (!(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .isFullCommitSha */ .h2)(resolved)) {
                findings.push({
                    class: 'vcs-not-pinned',
                    severity: 'error',
                    message: `${p.name} comes from git but is not pinned to a full commit SHA.`,
                    package: p.name,
                    found: typeof resolved === 'string' ? resolved : String(source?.['reference'] ?? '(no resolved_reference)'),
                    expected: 'a 40-hex (or 64-hex) commit id in resolved_reference',
                    lock: { file: lockRel, line: idx.subTable('package.source', p.index)?.line ?? pkgLine(p) },
                    fix,
                });
            }
        }
        // Hashes.
        const exempt = sourceType === 'git' || sourceType === 'directory' || develop;
        if (input.requireHashes && !exempt) {
            const missing = files.length === 0 || unhashed;
            if (missing) {
                findings.push({
                    class: 'missing-hash',
                    severity: 'error',
                    message: files.length === 0
                        ? `${p.name} ${p.version} has no artifact hashes in ${lockRel}.`
                        : `${p.name} ${p.version} has artifacts without a hash in ${lockRel}.`,
                    package: p.name,
                    expected: 'a sha256 hash for every artifact',
                    found: `${hashes.length} of ${files.length} files hashed`,
                    lock: { file: lockRel, line: pkgLine(p, 'files') ?? pkgLine(p) },
                    fix,
                });
            }
        }
        const badHash = (0,_hashes_js__WEBPACK_IMPORTED_MODULE_2__/* .firstHashProblem */ .Ku)(hashes);
        if (badHash) {
            const section = idx.arrayTable('package', p.index);
            findings.push((0,_hashes_js__WEBPACK_IMPORTED_MODULE_2__/* .malformedHashFinding */ .p3)(p.name, badHash.problem, badHash.count, { file: lockRel, line: idx.stringLine(badHash.hash, section?.line, section?.endLine) ?? pkgLine(p) }, fix));
        }
        // Version \u2194 artifact names.
        for (const f of files) {
            if (typeof f.file !== 'string')
                continue;
            const mm = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .checkArtifactName */ .CN)(f.file, p.rawName || p.name, p.version);
            if (mm) {
                const section = idx.arrayTable('package', p.index);
                findings.push((0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .artifactMismatchFinding */ .q_)(mm, p.name, { file: lockRel, line: idx.stringLine(f.file, section?.line, section?.endLine) ?? pkgLine(p) }, fix));
                break;
            }
        }
        // Credentials.
        const url = source?.['url'];
        if (typeof url === 'string') {
            const cred = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .findUrlCredentials */ .RH)(url);
            if (cred) {
                findings.push({
                    class: 'credentials-in-url',
                    severity: 'error',
                    message: `${p.name}: source URL carries credentials (${cred.kind}): ${cred.masked}`,
                    package: p.name,
                    found: cred.masked,
                    expected: 'a URL without credentials (use poetry config http-basic / environment variables)',
                    lock: { file: lockRel, line: idx.subTable('package.source', p.index)?.keys.get('url') ?? pkgLine(p) },
                });
            }
        }
    }
    result.packages = distinct.size;
    // ---- dependency edges ----
    const depLine = (index, key) => {
        const section = idx.subTable('package.dependencies', index);
        return section?.keys.get(key) ?? section?.line;
    };
    for (const p of pkgs) {
        const deps = sub(p.table, 'dependencies');
        if (!deps)
            continue;
        for (const [depRaw, spec] of Object.entries(deps)) {
            const depName = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(depRaw);
            if (byName.has(depName))
                continue;
            const specs = Array.isArray(spec) ? spec : [spec];
            const allOptional = specs.every((s) => isTable(s) && s['optional'] === true);
            if (allOptional)
                continue; // only locked when some package requests the extra
            const conditional = specs.every((s) => isTable(s) && (typeof s['markers'] === 'string' || typeof s['python'] === 'string'));
            let applies = true;
            if (conditional) {
                applies = false;
                for (const s of specs) {
                    let r = true;
                    if (typeof s['python'] === 'string') {
                        const py = s['python'];
                        const versions = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .pythonVersionsFor */ .fh)(requiresPython);
                        r = versions.some((v) => {
                            try {
                                return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_4__/* .poetrySatisfies */ .z7)(v, py);
                            }
                            catch {
                                return true;
                            }
                        });
                    }
                    if (r !== false && typeof s['markers'] === 'string')
                        r = tools.markerApplies?.(s['markers'], requiresPython);
                    if (r !== false) {
                        applies = r;
                        break;
                    }
                }
            }
            if (applies === false)
                continue;
            findings.push({
                class: 'dangling-dependency',
                severity: applies === true ? 'error' : 'notice',
                message: applies === true
                    ? `${p.name} depends on ${depName}, which is not in ${lockRel}.`
                    : `${p.name} depends on ${depName} under a marker, and ${depName} is not in ${lockRel} (marker not evaluated).`,
                package: depName,
                expected: `a [[package]] entry for ${depName}`,
                found: 'none',
                lock: { file: lockRel, line: depLine(p.index, depRaw) ?? pkgLine(p) },
                fix,
            });
        }
    }
    // ---- manifest & freshness ----
    const beside = (0,_toml_js__WEBPACK_IMPORTED_MODULE_8__/* .readManifestBeside */ .i7)(input.lockfile, 'pyproject.toml', ws, result);
    if (!beside)
        return result;
    const { rel: manifestRel, text: manText } = beside;
    const pyproject = (0,_toml_js__WEBPACK_IMPORTED_MODULE_8__/* .parseToml */ .MT)(manText, manifestRel);
    const recorded = metadata['content-hash'];
    const hashLine = () => idx.keyLine('metadata', 'content-hash') ?? metaLine();
    if (!formatSupported) {
        result.freshness = 'inconclusive';
        result.inconclusiveReason = `unsupported poetry.lock format ${lockVersion}`;
        return result;
    }
    if (typeof recorded !== 'string' || recorded === '') {
        result.freshness = 'stale';
        findings.push({
            class: 'drift',
            severity: 'error',
            message: `${lockRel} has no content-hash; Poetry treats it as out of date.`,
            lock: { file: lockRel, line: metaLine() },
            expected: 'metadata.content-hash',
            found: '(missing)',
            fix,
        });
        return result;
    }
    let hashes;
    try {
        hashes = {
            'poetry-1': poetryContentHash(pyproject, 'poetry-1'),
            'poetry-2.0': poetryContentHash(pyproject, 'poetry-2.0'),
            'poetry-2.3': poetryContentHash(pyproject, 'poetry-2.3'),
        };
    }
    catch (err) {
        if (err instanceof _pyjson_js__WEBPACK_IMPORTED_MODULE_6__/* .PyJsonUnsupportedError */ .vM) {
            result.freshness = 'inconclusive';
            result.inconclusiveReason = `a hashed pyproject value cannot be JSON-serialised (${err.message}); Poetry itself would fail`;
            findings.push({
                class: 'inconclusive',
                severity: 'warning',
                message: `Cannot compute Poetry's content-hash: ${err.message}.`,
                manifest: { file: manifestRel },
            });
            return result;
        }
        throw err;
    }
    // What the writing Poetry says (\u22652.3 also accepts the pre-2.3 hash when the header is older).
    const writerFresh = recorded === hashes[algorithm];
    // What a current Poetry (\u22652.3) says about this lock: the pre-2.3 hash only when the header names a version below 2.3.
    const header = poetryHeaderVersion(lockText);
    const headerBefore23 = header !== null && (0,_pep440_js__WEBPACK_IMPORTED_MODULE_4__/* .compareParsed */ .dQ)(header, V23) < 0;
    const modernFresh = recorded === hashes['poetry-2.3'] || (headerBefore23 && recorded === hashes['poetry-2.0']);
    if (writerFresh && !modernFresh && algorithm !== 'poetry-1') {
        // A 2.x lock whose header Poetry cannot read: fresh for 2.0\u20132.2, stale for \u22652.3 (which hashes [dependency-groups]).
        result.freshness = 'inconclusive';
        result.inconclusiveReason = `${lockRel} matches the content-hash of Poetry 2.0\u20132.2 but its first line names no Poetry version that Poetry >= 2.3 can read, so Poetry >= 2.3 (which also hashes [dependency-groups]) reports it as stale`;
        findings.push({
            class: 'tool-version-skew',
            severity: 'warning',
            message: `${lockRel} is fresh for Poetry 2.0\u20132.2 but stale for Poetry >= 2.3: its header has no readable Poetry version, so the pre-2.3 content-hash is not accepted.`,
            lock: { file: lockRel, line: 1 },
            expected: hashes['poetry-2.3'],
            found: recorded,
            fix: 'poetry lock',
        });
        return result;
    }
    if (writerFresh || modernFresh) {
        result.freshness = 'fresh';
        if (writerFresh && !modernFresh) {
            findings.push({
                class: 'tool-version-skew',
                severity: 'warning',
                message: `${lockRel} is fresh for Poetry ${toolVersion ?? '1.x'}, but Poetry >= 2 hashes [project] too and will report it as stale.`,
                lock: { file: lockRel, line: hashLine() },
                expected: hashes['poetry-2.3'],
                found: recorded,
                fix: 'poetry lock',
            });
        }
        else if (!writerFresh && modernFresh) {
            findings.push({
                class: 'tool-version-skew',
                severity: 'notice',
                message: `${lockRel} matches the Poetry >= 2 content-hash, not the one Poetry ${toolVersion ?? '(unknown)'} from its header would compute.`,
                lock: { file: lockRel, line: hashLine() },
                expected: hashes[algorithm],
                found: recorded,
            });
        }
        return result;
    }
    result.freshness = 'stale';
    const drift = poetryDrift(pyproject, manText, manifestRel, byName, idx, lockRel, fix, tools, algorithm);
    const definite = drift.filter((f) => f.severity === 'error');
    if (definite.length)
        findings.push(...definite);
    else {
        const sections = algorithm === 'poetry-1' ? '[tool.poetry] dependencies/source/extras/dev-dependencies/group' : '[project] requires-python/dependencies/optional-dependencies, [tool.poetry] dependencies/source/extras/group' + (algorithm === 'poetry-2.3' ? ', [dependency-groups]' : '');
        // No single requirement explains the new hash: point at the first hashed section there is.
        const mIdx = new _toml_js__WEBPACK_IMPORTED_MODULE_8__/* .TomlLineIndex */ .P9(manText);
        const hashedLine = (algorithm === 'poetry-1' ? ['tool.poetry.dependencies', 'tool.poetry'] : ['project', 'tool.poetry.dependencies', 'dependency-groups', 'tool.poetry']).map((t) => mIdx.tableLine(t)).find((l) => l !== undefined);
        findings.push({
            class: 'drift',
            severity: 'error',
            message: `pyproject.toml changed significantly since ${lockRel} was last generated (hashed: ${sections}).`,
            manifest: { file: manifestRel, line: hashedLine },
            lock: { file: lockRel, line: hashLine() },
            expected: hashes[algorithm],
            found: recorded,
            fix,
        });
        findings.push(...drift);
    }
    return result;
}
function poetryDrift(pyproject, manText, manifestRel, byName, lockIdx, lockRel, fix, tools, algorithm) {
    const mIdx = new _toml_js__WEBPACK_IMPORTED_MODULE_8__/* .TomlLineIndex */ .P9(manText);
    const reqs = [];
    const project = sub(pyproject, 'project');
    const toolPoetry = sub(sub(pyproject, 'tool'), 'poetry');
    const rootName = typeof project?.['name'] === 'string' ? (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(project['name']) : typeof toolPoetry?.['name'] === 'string' ? (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(toolPoetry['name']) : '';
    const addPep508List = (list, table, key, where) => {
        if (!Array.isArray(list))
            return;
        for (const r of list) {
            if (typeof r !== 'string')
                continue;
            const s = splitRequirement(r);
            if (!s)
                continue;
            reqs.push({ name: (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(s.name), value: s.specifier, pep508: r, line: mIdx.requirementLine(table, key, s.name) ?? mIdx.keyLine(table, key), where });
        }
    };
    if (algorithm !== 'poetry-1' && project) {
        addPep508List(project['dependencies'], 'project', 'dependencies', '[project].dependencies');
        const opt = sub(project, 'optional-dependencies');
        if (opt)
            for (const [extra, list] of Object.entries(opt))
                addPep508List(list, 'project.optional-dependencies', extra, `[project.optional-dependencies].${extra}`);
    }
    if (algorithm === 'poetry-2.3') {
        const groups = sub(pyproject, 'dependency-groups');
        if (groups)
            for (const [g, list] of Object.entries(groups))
                addPep508List(list, 'dependency-groups', g, `[dependency-groups].${g}`);
    }
    const addPoetryTable = (t, table, where) => {
        if (!t)
            return;
        for (const [name, value] of Object.entries(t)) {
            if (name.toLowerCase() === 'python')
                continue;
            reqs.push({ name: (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(name), value, line: mIdx.keyLine(table, name) ?? mIdx.tableLine(table), where });
        }
    };
    addPoetryTable(sub(toolPoetry, 'dependencies'), 'tool.poetry.dependencies', '[tool.poetry.dependencies]');
    addPoetryTable(sub(toolPoetry, 'dev-dependencies'), 'tool.poetry.dev-dependencies', '[tool.poetry.dev-dependencies]');
    const groups = sub(toolPoetry, 'group');
    if (groups)
        for (const [g, gt] of Object.entries(groups))
            addPoetryTable(sub(gt, 'dependencies'), `tool.poetry.group.${g}.dependencies`, `[tool.poetry.group.${g}.dependencies]`);
    const out = [];
    for (const r of reqs) {
        if (r.name === rootName)
            continue;
        const locked = byName.get(r.name);
        if (!locked) {
            // A requirement limited by a marker may legitimately be absent; only report when
            // it is unconditional (or the marker can be evaluated and applies).
            const marker = r.pep508 ? splitRequirement(r.pep508)?.marker : isTable(r.value) && typeof r.value['markers'] === 'string' ? r.value['markers'] : undefined;
            const pythonOnly = isTable(r.value) && typeof r.value['python'] === 'string';
            if ((marker || pythonOnly) && !tools?.markerApplies) {
                out.push({
                    class: 'drift',
                    severity: 'warning',
                    message: `${r.name} is required by ${r.where} (under a marker that was not evaluated) but is not in ${lockRel}.`,
                    package: r.name,
                    manifest: { file: manifestRel, line: r.line },
                    expected: r.pep508 ?? `${r.name} ${typeof r.value === 'string' ? r.value : JSON.stringify(r.value)}`,
                    found: 'not locked',
                    fix,
                });
                continue;
            }
            out.push({
                class: 'drift',
                severity: 'error',
                message: `${r.name} is required by ${r.where} but is not in ${lockRel}.`,
                package: r.name,
                manifest: { file: manifestRel, line: r.line },
                expected: r.pep508 ?? `${r.name} ${typeof r.value === 'string' ? r.value : (isTable(r.value) && typeof r.value['version'] === 'string' ? r.value['version'] : '')}`.trim(),
                found: 'not locked',
                fix,
            });
            continue;
        }
        if (!tools)
            continue;
        let ok;
        for (const l of locked) {
            const sat = r.pep508 !== undefined ? (r.value === '' ? true : tools.satisfies(l.version, String(r.value))) : poetryValueSatisfied(tools, r.value, l.version);
            if (sat === true) {
                ok = true;
                break;
            }
            if (sat === false)
                ok = false;
        }
        if (ok === false) {
            const l = locked[0];
            out.push({
                class: 'drift',
                severity: 'error',
                message: `${r.name} ${l.version} in ${lockRel} does not satisfy ${r.where}.`,
                package: r.name,
                manifest: { file: manifestRel, line: r.line },
                lock: { file: lockRel, line: lockIdx.arrayKeyLine('package', l.index, 'version') },
                expected: r.pep508 ?? (typeof r.value === 'string' ? r.value : isTable(r.value) ? String(r.value['version'] ?? '') : JSON.stringify(r.value)),
                found: l.version,
                fix,
            });
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
