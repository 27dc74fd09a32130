export const id = 520;
export const ids = [520];
export const modules = {

/***/ 2520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkPylock: () => (/* binding */ checkPylock)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9223);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1744);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1882);
/* harmony import */ var _pdm_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8027);
/* harmony import */ var _pdm_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(177);
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5459);
/* harmony import */ var _pep508_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5688);
/* harmony import */ var _pyjson_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3569);
/* harmony import */ var _requirements_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3060);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6367);
/* harmony import */ var _version_tools_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5996);
/**
 * pylock.toml (PEP 751) checker: spec validity as `packaging.pylock` (what `pip install -r
 * pylock.toml` uses) decides it, artifact names, hashes, VCS commit ids, credentials, PDM's recorded
 * dependency edges; freshness for files written by PDM (`[tool.pdm] hashes` / `lock_inputs`) and by
 * `uv export` (compared with the uv.lock), otherwise inconclusive: `pip lock`, `uv pip compile` and
 * `pipenv pylock` record nothing of their inputs, and none of them has a check mode.
 */













function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
const KNOWN_MINOR = 0;
/** `packaging.pylock`'s file name of a wheel or sdist: `name`, else the last part of `path`, else of `url` (percent-decoded). */
function artifactFileName(a) {
    if (typeof a['name'] === 'string' && a['name'])
        return a['name'];
    if (typeof a['path'] === 'string' && a['path'])
        return a['path'].split(/[\\/]/).pop();
    if (typeof a['url'] === 'string' && a['url']) {
        const base = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactBasename */ .BI)(a['url']);
        try {
            return decodeURIComponent(base);
        }
        catch {
            return base;
        }
    }
    return undefined;
}
/** A TOML value for a message (strings quoted; integers are bigints, which JSON cannot show). */
function shown(v) {
    if (typeof v === 'string')
        return JSON.stringify(v);
    if (typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    if (v instanceof Date)
        return v.toISOString();
    return Array.isArray(v) ? 'an array' : 'a table';
}
/** A requires-python / specifier set `packaging.specifiers.SpecifierSet` accepts. */
function validSpecifiers(text) {
    try {
        return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_7__/* .parseSpecifiers */ .$h)(text) !== null;
    }
    catch {
        return false;
    }
}
/** The writer of the file and the command that rewrites it. */
function writerOf(createdBy, headerCommand, writer) {
    if (createdBy === 'pdm')
        return { fix: 'pdm lock  (with lock.format = "pylock"; or pdm export -f pylock -o pylock.toml)', name: 'PDM' };
    if (createdBy === 'uv') {
        if (headerCommand)
            return { fix: headerCommand, name: writer === 'uv-pip-compile' ? '`uv pip compile`' : '`uv export`' };
        return { fix: 'uv export --format pylock.toml -o pylock.toml', name: 'uv' };
    }
    if (createdBy === 'pip')
        return { fix: 'pip lock <the same requirements> -o pylock.toml', name: '`pip lock`' };
    if (createdBy === 'pipenv')
        return { fix: 'pipenv pylock --generate', name: '`pipenv pylock`' };
    return createdBy ? { fix: `regenerate pylock.toml with ${createdBy}`, name: createdBy } : { name: 'an unknown tool' };
}
function checkPylock(input) {
    const ws = input.workspace;
    const lockRel = (0,_toml_js__WEBPACK_IMPORTED_MODULE_11__.relPath)(ws, input.lockfile);
    const text = (0,_toml_js__WEBPACK_IMPORTED_MODULE_11__.readProjectFile)(input.lockfile, undefined, lockRel);
    const doc = (0,_toml_js__WEBPACK_IMPORTED_MODULE_11__.parseToml)(text, lockRel);
    const idx = new _toml_js__WEBPACK_IMPORTED_MODULE_11__.TomlLineIndex(text);
    const findings = [];
    const result = { manager: 'pylock', lockfile: input.lockfile, freshness: 'inconclusive', packages: 0, findings, locked: [] };
    const createdBy = typeof doc['created-by'] === 'string' ? doc['created-by'] : undefined;
    const lockVersion = doc['lock-version'];
    if (typeof lockVersion === 'string')
        result.formatVersion = lockVersion;
    const header = (0,_requirements_js__WEBPACK_IMPORTED_MODULE_10__.parseRequirementsHeader)(text);
    const writer = writerOf(createdBy, header.command, header.writer);
    const fix = writer.fix;
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
        // packaging.pylock: a PEP 440 version with 1 <= lock-version < 2 ("1", "1.0" and "1.0.0" alike).
        const m = /^\s*v?(\d+)(?:\.(\d+))?(?:\.\d+)*\s*$/i.exec(lockVersion);
        if (!m || Number(m[1]) !== 1) {
            findings.push({ class: 'unsupported-format', severity: 'error', message: `pylock lock-version ${lockVersion} is not supported (installers MUST reject an unknown major version).`, expected: '1.x', found: lockVersion, lock: { file: lockRel, line: idx.keyLine('', 'lock-version') } });
            result.inconclusiveReason = `unsupported lock-version ${lockVersion}`;
            return result;
        }
        if (Number(m[2] ?? 0) > KNOWN_MINOR) {
            findings.push({ class: 'unsupported-format', severity: 'warning', message: `pylock lock-version ${lockVersion} is newer than 1.${KNOWN_MINOR}; unknown keys may be ignored.`, found: lockVersion, lock: { file: lockRel, line: idx.keyLine('', 'lock-version') } });
        }
    }
    if (doc['created-by'] === undefined)
        invalid(`${lockRel} has no created-by (required by PEP 751).`, 1);
    else if (!createdBy)
        invalid('created-by must be a string.', idx.keyLine('', 'created-by'));
    else
        result.toolVersion = createdBy;
    for (const key of ['environments', 'extras', 'dependency-groups', 'default-groups']) {
        const v = doc[key];
        if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== 'string')))
            invalid(`${key} must be an array of strings.`, idx.keyLine('', key));
    }
    if (Array.isArray(doc['extras'])) {
        for (const e of doc['extras'])
            if (typeof e === 'string' && !(0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .isNormalizedName */ .HG)(e))
                invalid(`extras: "${e}" is not a normalised name (PEP 751 requires "${(0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(e)}").`, idx.keyLine('', 'extras'));
    }
    if (doc['requires-python'] !== undefined && (typeof doc['requires-python'] !== 'string' || !validSpecifiers(doc['requires-python']))) {
        invalid(`requires-python ${shown(doc['requires-python'])} is not a valid version specifier.`, idx.keyLine('', 'requires-python'));
    }
    if (doc['tool'] !== undefined && !isTable(doc['tool']))
        invalid('tool must be a table.', idx.keyLine('', 'tool'));
    if (Array.isArray(doc['environments'])) {
        for (const env of doc['environments']) {
            if (typeof env !== 'string')
                continue;
            try {
                (0,_pep508_js__WEBPACK_IMPORTED_MODULE_8__/* .parseMarker */ .gY)(env);
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
    // Dependency edges the file records, checked once every package name is known.
    const edges = [];
    const names = new Set();
    doc['packages'].forEach((p, i) => {
        const sec = () => idx.arrayTable('packages', i);
        const at = (key) => (key ? sec()?.keys.get(key) : undefined) ?? sec()?.line;
        if (!isTable(p)) {
            invalid(`packages[${i}] is not a table.`, () => sec()?.line);
            return;
        }
        const rawName = typeof p['name'] === 'string' ? p['name'] : '';
        const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(rawName);
        if (!rawName) {
            invalid(`packages[${i}] has no name.`, () => at());
            return;
        }
        names.add(name);
        if (rawName !== name)
            invalid(`Package name "${rawName}" is not normalised (PEP 751 requires "${name}").`, () => at('name'), name);
        const version = typeof p['version'] === 'string' ? p['version'] : undefined;
        if (p['version'] !== undefined && (version === undefined || !(0,_pep440_js__WEBPACK_IMPORTED_MODULE_7__/* .isValidVersion */ .ri)(version)))
            invalid(`${name}: version ${shown(p['version'])} is not a valid PEP 440 version.`, () => at('version'), name);
        if (p['requires-python'] !== undefined && (typeof p['requires-python'] !== 'string' || !validSpecifiers(p['requires-python']))) {
            invalid(`${name}: requires-python ${shown(p['requires-python'])} is not a valid version specifier.`, () => at('requires-python'), name);
        }
        const kinds = ['vcs', 'directory', 'archive'].filter((k) => p[k] !== undefined);
        const hasDist = p['sdist'] !== undefined || (Array.isArray(p['wheels']) ? p['wheels'].length > 0 : p['wheels'] !== undefined);
        if (kinds.length + (hasDist ? 1 : 0) !== 1) {
            invalid(`${name}: exactly one of vcs, directory, archive or sdist/wheels must be given (found ${[...kinds, ...(hasDist ? ['sdist/wheels'] : [])].join(', ') || 'none'}).`, () => at(), name);
        }
        if (p['marker'] !== undefined) {
            if (typeof p['marker'] !== 'string')
                invalid(`${name}: marker must be a string.`, () => at('marker'), name);
            else {
                try {
                    (0,_pep508_js__WEBPACK_IMPORTED_MODULE_8__/* .parseMarker */ .gY)(p['marker']);
                }
                catch (err) {
                    invalid(`${name}: marker does not parse: ${err.message}`, () => at('marker'), name);
                }
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
                if (typeof val !== 'string') {
                    invalid(`${name}: ${what} hash ${algo} must be a string.`, where, name);
                    continue;
                }
                hashes.push(`${algo}:${val}`);
                const problem = (0,_hashes_js__WEBPACK_IMPORTED_MODULE_3__/* .digestProblem */ .WQ)(algo, val);
                if (problem)
                    bad = { problem: bad?.problem ?? problem, count: (bad?.count ?? 0) + 1 };
            }
            if (bad)
                findings.push((0,_hashes_js__WEBPACK_IMPORTED_MODULE_3__/* .malformedHashFinding */ .p3)(name, bad.problem, bad.count, { file: lockRel, line: lineOf(where) }, fix));
        };
        // Keys packaging.pylock type-checks on every file entry (archive, sdist, wheels).
        const checkFileKeys = (a, what, where) => {
            if (a['size'] !== undefined && typeof a['size'] !== 'bigint' && !Number.isInteger(a['size']))
                invalid(`${name}: ${what} size must be an integer.`, where, name);
            if (a['upload-time'] !== undefined && !(a['upload-time'] instanceof Date))
                invalid(`${name}: ${what} upload-time must be a TOML datetime.`, where, name);
            for (const k of ['url', 'path', 'name'])
                if (a[k] !== undefined && typeof a[k] !== 'string')
                    invalid(`${name}: ${what} ${k} must be a string.`, where, name);
        };
        const checkUrl = (u, where) => {
            if (typeof u !== 'string')
                return;
            const cred = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .findUrlCredentials */ .RH)(u);
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
            if (!(0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .isFullCommitSha */ .h2)(v['commit-id'])) {
                findings.push({ class: 'vcs-not-pinned', severity: 'error', message: `${name}: vcs.commit-id is missing or not a full commit id.`, package: name, expected: 'a 40-hex (or 64-hex) commit-id', found: String(v['commit-id'] ?? '(missing)'), lock: { file: lockRel, line: vLine() }, ...(fix ? { fix } : {}) });
            }
            checkUrl(v['url'], vLine);
        }
        else if (p['vcs'] !== undefined)
            invalid(`${name}: vcs must be a table.`, () => at('vcs'), name);
        if (isTable(p['directory'])) {
            lp.source = 'path';
            if (typeof p['directory']['path'] !== 'string')
                invalid(`${name}: directory.path is required.`, () => at('directory'), name);
            else
                lp.path = p['directory']['path'];
            if (p['directory']['editable'] !== undefined && typeof p['directory']['editable'] !== 'boolean')
                invalid(`${name}: directory.editable must be true or false.`, () => at('directory'), name);
        }
        else if (p['directory'] !== undefined)
            invalid(`${name}: directory must be a table.`, () => at('directory'), name);
        if (isTable(p['archive'])) {
            const a = p['archive'];
            lp.source = typeof a['url'] === 'string' ? 'url' : 'path';
            if (lp.source === 'path' && typeof a['path'] === 'string')
                lp.path = a['path'];
            const aLine = () => idx.subTable('packages.archive', i)?.line ?? at('archive');
            if (typeof a['url'] !== 'string' && typeof a['path'] !== 'string')
                invalid(`${name}: archive needs url or path.`, aLine, name);
            checkHashes(a['hashes'], 'archive', aLine);
            checkFileKeys(a, 'archive', aLine);
            checkUrl(a['url'], aLine);
        }
        else if (p['archive'] !== undefined)
            invalid(`${name}: archive must be a table.`, () => at('archive'), name);
        if ((lp.source === 'git' || lp.source === 'path') && !isTable(p['archive']) && version !== undefined) {
            // uv and PDM write the version they built and packaging.pylock accepts it: a notice, not a
            // warning the user cannot act on (re-locking writes it again).
            findings.push({ class: 'invalid-lockfile', severity: 'notice', message: `${name}: version should not be given for a source tree (PEP 751).`, package: name, lock: { file: lockRel, line: at('version') } });
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
                checkFileKeys(s, 'sdist', sLine);
                checkUrl(s['url'], sLine);
                const fname = artifactFileName(s);
                if (fname)
                    artifacts.push({ file: fname, line: sLine, wheel: false });
            }
        }
        if (p['wheels'] !== undefined) {
            if (!Array.isArray(p['wheels']))
                invalid(`${name}: wheels must be an array.`, () => at('wheels'), name);
            else {
                for (const w of p['wheels']) {
                    if (!isTable(w)) {
                        invalid(`${name}: each wheel must be a table.`, () => at('wheels'), name);
                        continue;
                    }
                    const fname = artifactFileName(w);
                    const needle = typeof w['name'] === 'string' ? w['name'] : typeof w['url'] === 'string' ? w['url'] : typeof w['path'] === 'string' ? w['path'] : undefined;
                    const wLine = () => (needle ? (idx.stringLine(needle, sec()?.line, sec()?.endLine) ?? at('wheels')) : at('wheels'));
                    if (typeof w['url'] !== 'string' && typeof w['path'] !== 'string')
                        invalid(`${name}: a wheel needs url or path.`, wLine, name);
                    checkHashes(w['hashes'], `wheel ${fname ?? ''}`.trim(), wLine);
                    checkFileKeys(w, `wheel ${fname ?? ''}`.trim(), wLine);
                    checkUrl(w['url'], wLine);
                    if (fname)
                        artifacts.push({ file: fname, line: wLine, wheel: true });
                }
            }
        }
        for (const a of artifacts) {
            // packaging.pylock rejects a wheel whose file name does not parse, and any artifact whose
            // name (and, when given, version) disagrees with the package's.
            const parsed = a.wheel ? (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWheelFilename */ .eP)(a.file) : undefined;
            if (a.wheel && !parsed) {
                invalid(`${name}: "${a.file}" is not a valid wheel file name.`, a.line, name);
                break;
            }
            const mm = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .checkArtifactName */ .CN)(a.file, name, version ?? parsed?.version ?? '');
            if (mm && (version !== undefined || mm.field === 'name')) {
                findings.push((0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactMismatchFinding */ .q_)(mm, name, { file: lockRel, line: lineOf(a.line) }, fix));
                break;
            }
        }
        // PEP 751 `dependencies` (array of tables naming other entries) and PDM's `[packages.tool.pdm]
        // dependencies` (PEP 508 strings): each names a package that must be in the file.
        if (p['dependencies'] !== undefined) {
            if (!Array.isArray(p['dependencies']) || p['dependencies'].some((d) => !isTable(d)))
                invalid(`${name}: dependencies must be an array of tables.`, () => at('dependencies'), name);
            else
                for (const d of p['dependencies'])
                    if (typeof d['name'] === 'string')
                        edges.push({ from: name, to: (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(d['name']), text: d['name'], index: i });
        }
        const pdmDeps = isTable(p['tool']) && isTable(p['tool']['pdm']) ? p['tool']['pdm']['dependencies'] : undefined;
        if (createdBy === 'pdm' && Array.isArray(pdmDeps)) {
            for (const d of pdmDeps) {
                if (typeof d !== 'string')
                    continue;
                try {
                    const req = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_8__/* .parseRequirement */ .pP)(d);
                    edges.push({ from: name, to: req.normalizedName, text: d, index: i, ...(req.markerText ? { marker: req.markerText } : {}) });
                }
                catch {
                    // an unparsable requirement names nothing we can check
                }
            }
        }
        if (p['tool'] !== undefined && !isTable(p['tool']))
            invalid(`${name}: tool must be a table.`, () => at('tool'), name);
        if (hashes.length)
            lp.hashes = hashes;
        result.locked.push(lp);
        exported.push({ name, ...(version !== undefined ? { version } : {}), hashes, ...(typeof p['marker'] === 'string' ? { marker: p['marker'] } : {}), text: `${rawName}${version ? `==${version}` : ''}`, line: 0, index: i });
        distinct.add(`${name}@${version ?? ''}`);
    });
    result.packages = distinct.size;
    // ---- dependency edges ----
    const lockRequiresPython = typeof doc['requires-python'] === 'string' ? doc['requires-python'] : undefined;
    for (const e of edges) {
        if (names.has(e.to))
            continue;
        // A dependency whose marker holds nowhere under the lock's requires-python is not locked.
        const applies = e.marker ? _version_tools_js__WEBPACK_IMPORTED_MODULE_12__/* .versionTools */ .g.markerApplies?.(e.marker, lockRequiresPython, []) : true;
        if (applies === false)
            continue;
        const sec = idx.arrayTable('packages', e.index);
        findings.push({
            class: 'dangling-dependency',
            severity: applies === true ? 'error' : 'notice',
            message: `${e.from} depends on ${e.to}, which is not in ${lockRel}.`,
            package: e.to,
            expected: `a [[packages]] entry for ${e.to}`,
            found: 'none',
            lock: { file: lockRel, line: idx.stringLine(e.text, sec?.line, sec?.endLine) ?? sec?.line },
            ...(fix ? { fix } : {}),
        });
    }
    // ---- freshness ----
    const pdmTool = isTable(doc['tool']) && isTable(doc['tool']['pdm']) ? doc['tool']['pdm'] : undefined;
    if (createdBy === 'uv' && header.writer === 'uv-export' && header.command && !pdmTool) {
        // `uv export --format pylock.toml`: the same comparison with the uv.lock as a requirements.txt export.
        const before = findings.length;
        const uncertain = [];
        (0,_requirements_js__WEBPACK_IMPORTED_MODULE_10__.checkExportAgainstUvLock)(input, header.command, exported, findings, uncertain, result, lockRel);
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
    if (createdBy !== 'pdm' || !pdmTool) {
        result.inconclusiveReason = noRecordReason(createdBy, header.writer, header.command, writer.name);
        return result;
    }
    checkPdmPylock(input, pdmTool, idx, lockRel, result);
    return result;
}
/** Why a pylock.toml that records nothing of its inputs cannot be judged fresh or stale. */
function noRecordReason(createdBy, headerWriter, command, name) {
    if (createdBy === 'pip')
        return 'pylock.toml written by `pip lock` records none of its inputs (no command, no requirements, no hash of them) and pip has no check mode: freshness cannot be decided; re-run the same `pip lock` and compare';
    if (createdBy === 'uv' && headerWriter === 'uv-pip-compile')
        return `pylock.toml written by \`${command ?? 'uv pip compile'}\` records no hash of its inputs and uv has no check mode for it: re-run the command and compare`;
    if (createdBy === 'uv')
        return 'pylock.toml written by uv without the `uv export` header: the uv.lock it came from is unknown';
    if (createdBy === 'pipenv')
        return 'pylock.toml written by `pipenv pylock` records no hash of Pipfile.lock; re-run `pipenv pylock --generate` and compare';
    if (createdBy === 'pdm')
        return 'pylock.toml written by PDM without [tool.pdm]: no content hash or lock_inputs to compare';
    return `pylock.toml written by ${name} records no manifest hash; freshness needs the tool that wrote it`;
}
const PDM_FIX = 'pdm lock  (with lock.format = "pylock"; or pdm export -f pylock -o pylock.toml)';
/**
 * PDM's freshness for its pylock.toml (`Project.is_lockfile_fresh`): with `lock_inputs` recorded,
 * those inputs against the project's; otherwise the first `[tool.pdm] hashes` entry against the
 * content hash (with workspace members for a workspace root) \u2014 a missing or empty hash is stale, and
 * so is any hash once `tool.pdm.resolution.lock_inputs` is enabled.
 */
function checkPdmPylock(input, pdmTool, idx, lockRel, result) {
    const findings = result.findings;
    const beside = (0,_toml_js__WEBPACK_IMPORTED_MODULE_11__.readManifestBeside)(input.lockfile, 'pyproject.toml', input.workspace, result);
    if (!beside)
        return;
    const { rel: manifestRel } = beside;
    const pyproject = (0,_toml_js__WEBPACK_IMPORTED_MODULE_11__.parseToml)(beside.text, manifestRel);
    const settings = isTable(pyproject['tool']) && isTable(pyproject['tool']['pdm']) ? pyproject['tool']['pdm'] : {};
    const isWorkspaceRoot = Boolean(settings['workspace']);
    const hashLine = () => idx.keyLine('tool.pdm', 'hashes') ?? idx.tableLine('tool.pdm');
    const stale = (message, expected, found, line) => {
        result.freshness = 'stale';
        findings.push({ class: 'drift', severity: 'error', message, manifest: { file: manifestRel }, lock: { file: lockRel, line }, expected, found, fix: PDM_FIX });
    };
    if ('lock_inputs' in pdmTool) {
        const inputsLine = idx.tableLine('tool.pdm.lock_inputs.project') ?? idx.tableLine('tool.pdm');
        if (isWorkspaceRoot) {
            result.inconclusiveReason = 'pylock.toml records PDM lock_inputs of a workspace; compare with `pdm lock --check`';
            return;
        }
        const groups = (0,_pdm_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmInputGroups */ .oF)(pyproject);
        if (typeof groups === 'string') {
            result.inconclusiveReason = `PDM would not read the groups of ${manifestRel}: ${groups}`;
            return;
        }
        const project = isTable(pyproject['project']) ? pyproject['project'] : {};
        const cmp = (0,_pdm_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .compareLockInputs */ .s8)(pdmTool['lock_inputs'], project, settings, groups);
        if (cmp.differences.length) {
            // PDM compares the recorded inputs with the current ones first: any difference is out of date.
            result.freshness = 'stale';
            for (const d of cmp.differences) {
                findings.push({
                    class: 'drift',
                    severity: 'error',
                    message: `${manifestRel} no longer matches the inputs ${lockRel} was locked from: ${d.message}.`,
                    manifest: { file: manifestRel },
                    lock: { file: lockRel, line: inputsLine },
                    ...(d.expected !== undefined ? { expected: d.expected } : {}),
                    ...(d.found !== undefined ? { found: d.found } : {}),
                    fix: PDM_FIX,
                });
            }
            return;
        }
        // Equal inputs: PDM then checks every locked version against the specifiers, which needs the
        // group memberships pylock.toml spells as markers.
        result.inconclusiveReason = `pylock.toml records PDM lock_inputs${cmp.unknown.length ? ` (${cmp.unknown[0]})` : ' that match pyproject.toml'}; PDM also checks the locked versions against the specifiers: compare with \`pdm lock --check\``;
        return;
    }
    // PDM takes the first entry of [tool.pdm] hashes, whatever it is.
    const recorded = isTable(pdmTool['hashes']) ? pdmTool['hashes'] : {};
    const [algo, value] = Object.entries(recorded)[0] ?? ['', ''];
    if (typeof value !== 'string' || !value) {
        stale(`${lockRel} records no PDM content hash in [tool.pdm] hashes; PDM treats it as out of date.`, 'hashes = { sha256 = "\u2026" }', algo ? `${algo} = ${shown(value)}` : '(none)', hashLine());
        return;
    }
    let computed;
    let rootOnly;
    try {
        computed = (0,_pdm_js__WEBPACK_IMPORTED_MODULE_6__.pdmContentHash)(pyproject, 'dependency-groups', algo);
        if (isWorkspaceRoot) {
            // PDM >= 2.28.1 (Workspace.content_hash): the root's hash, then "\0<member path>\0<member hash>" per member.
            const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(beside.path);
            const m = (0,_pdm_js__WEBPACK_IMPORTED_MODULE_6__.pdmWorkspaceMembers)(root, pyproject);
            if (m.unsupported) {
                result.inconclusiveReason = `workspace member pattern "${m.unsupported}" is not expanded statically`;
                return;
            }
            const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algo).update(computed, 'utf8');
            for (const mem of m.members) {
                const mp = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, mem, 'pyproject.toml');
                const mRel = (0,_toml_js__WEBPACK_IMPORTED_MODULE_11__.relPath)(input.workspace, mp);
                h.update('\0').update(mem, 'utf8').update('\0').update((0,_pdm_js__WEBPACK_IMPORTED_MODULE_6__.pdmContentHash)((0,_toml_js__WEBPACK_IMPORTED_MODULE_11__.parseToml)((0,_toml_js__WEBPACK_IMPORTED_MODULE_11__.readProjectFile)(mp, undefined, mRel), mRel), 'dependency-groups', algo), 'utf8');
            }
            rootOnly = computed;
            computed = h.digest('hex');
        }
    }
    catch (err) {
        if (err instanceof _pyjson_js__WEBPACK_IMPORTED_MODULE_9__/* .PyJsonUnsupportedError */ .vM || err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo || /digest/i.test(err.message)) {
            result.inconclusiveReason = `cannot compute PDM's content hash: ${err.message}`;
            return;
        }
        throw err;
    }
    if (computed === value || rootOnly === value) {
        if (rootOnly === value) {
            // Written before PDM 2.28.1 hashed workspace members: that PDM says fresh, a newer one stale.
            result.inconclusiveReason = 'the [tool.pdm] hashes entry is the workspace root\u2019s own hash (PDM < 2.28.1); PDM \u2265 2.28.1 also hashes the members: compare with `pdm lock --check`';
            return;
        }
        const resolution = isTable(settings['resolution']) ? settings['resolution'] : {};
        if (resolution['lock_inputs'] === true) {
            // Project.is_lockfile_fresh: a hash-only lock is never fresh once lock_inputs is on. `pdm export
            // -f pylock` writes a hash even then, so the content matches and only PDM's own check disagrees.
            result.inconclusiveReason = 'tool.pdm.resolution.lock_inputs is enabled but pylock.toml records only a content hash (it matches): `pdm lock --check` calls it out of date, a `pdm lock` with lock.format = "pylock" would record lock_inputs';
            return;
        }
        result.freshness = 'fresh';
        return;
    }
    stale(`${lockRel} does not match ${manifestRel}: the PDM content hash in [tool.pdm] hashes differs.`, `${algo}:${computed}`, `${algo}:${value}`, hashLine());
}


/***/ })

};
