export const id = 520;
export const ids = [520];
export const modules = {

/***/ 2520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkPylock: () => (/* binding */ checkPylock)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9223);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1744);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1882);
/* harmony import */ var _pdm_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3511);
/* harmony import */ var _pep508_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5688);
/* harmony import */ var _pyjson_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3569);
/* harmony import */ var _requirements_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3060);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4642);
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
    const lockRel = (0,_toml_js__WEBPACK_IMPORTED_MODULE_7__/* .relPath */ .nA)(ws, input.lockfile);
    const text = (0,_toml_js__WEBPACK_IMPORTED_MODULE_7__/* .readProjectFile */ .SI)(input.lockfile, undefined, lockRel);
    const doc = (0,_toml_js__WEBPACK_IMPORTED_MODULE_7__/* .parseToml */ .MT)(text, lockRel);
    const idx = new _toml_js__WEBPACK_IMPORTED_MODULE_7__/* .TomlLineIndex */ .P9(text);
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
    // For a `uv export` output: each package as the uv.lock comparison reads it, with its index here.
    const exported = [];
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
        exported.push({ name, ...(version !== undefined ? { version } : {}), hashes, text: `${rawName}${version ? `==${version}` : ''}`, line: 0, index: i });
        distinct.add(`${name}@${version ?? ''}`);
    });
    result.packages = distinct.size;
    // ---- freshness ----
    const pdmTool = isTable(doc['tool']) && isTable(doc['tool']['pdm']) ? doc['tool']['pdm'] : undefined;
    const recorded = pdmTool && isTable(pdmTool['hashes']) ? pdmTool['hashes'] : undefined;
    const header = (0,_requirements_js__WEBPACK_IMPORTED_MODULE_6__.parseRequirementsHeader)(text);
    if (!recorded && createdBy === 'uv' && header.writer === 'uv-export' && header.command) {
        // `uv export --format pylock.toml`: the same comparison with the uv.lock as a requirements.txt export.
        const before = findings.length;
        const uncertain = [];
        (0,_requirements_js__WEBPACK_IMPORTED_MODULE_6__.checkExportAgainstUvLock)(input, header.command, exported, findings, uncertain, result, lockRel);
        // Lines only for findings: looking one up indexes the whole file, which a fresh run never needs.
        const indexOf = new Map(exported.map((e) => [e.name, e.index]));
        for (const f of findings.slice(before)) {
            if (f.lock?.file === lockRel && !f.lock.line && f.package !== undefined && indexOf.has(f.package))
                f.lock.line = idx.arrayTable('packages', indexOf.get(f.package))?.line;
        }
        const stale = findings.slice(before).some((f) => f.severity === 'error' && (f.class === 'drift' || f.class === 'version-mismatch'));
        if (stale)
            result.freshness = 'stale';
        else if (uncertain.length)
            result.inconclusiveReason = uncertain.join('; ');
        else
            result.freshness = 'fresh';
        return result;
    }
    if (!recorded) {
        result.inconclusiveReason =
            pdmTool && pdmTool['lock_inputs'] !== undefined
                ? 'pylock.toml written by PDM with lock_inputs; compare with `pdm lock --check`'
                : `pylock.toml written by ${createdBy ?? 'an unknown tool'} records no manifest hash; freshness needs the tool that wrote it`;
        return result;
    }
    const beside = (0,_toml_js__WEBPACK_IMPORTED_MODULE_7__/* .readManifestBeside */ .i7)(input.lockfile, 'pyproject.toml', ws, result);
    if (!beside)
        return result;
    const { rel: manifestRel } = beside;
    const pyproject = (0,_toml_js__WEBPACK_IMPORTED_MODULE_7__/* .parseToml */ .MT)(beside.text, manifestRel);
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


/***/ })

};
