export const id = 971;
export const ids = [971];
export const modules = {

/***/ 2752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hk: () => (/* binding */ annotations)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_LEVEL, AnnotationEmitter */
/* harmony import */ var _workflow_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(369);

/**
 * GitHub keeps at most 10 annotations of each level per step (50 per job) and silently drops the
 * rest. We emit up to the cap and keep the overflow so it can go into the job summary instead.
 * One error slot is reserved for the step's final failure message, so it is never the one dropped.
 */
const ANNOTATIONS_PER_LEVEL = 10;
class AnnotationEmitter {
    sink;
    perLevel;
    emitted = { error: 0, warning: 0, notice: 0 };
    overflow = [];
    all = [];
    /**
     * Set by an action whose own job summary already lists every finding: the entry wrapper then does
     * not append the overflow table as well (the same rows twice, on the way to the 1 MiB limit).
     */
    overflowInSummary = false;
    constructor(sink = defaultSink, perLevel = ANNOTATIONS_PER_LEVEL) {
        this.sink = sink;
        this.perLevel = perLevel;
    }
    add(annotation) {
        this.all.push(annotation);
        const cap = annotation.level === 'error' ? this.perLevel - 1 : this.perLevel;
        if (this.emitted[annotation.level] >= cap) {
            this.overflow.push(annotation);
            return false;
        }
        this.emitted[annotation.level]++;
        this.sink(annotation);
        return true;
    }
    error(message, location, title) {
        return this.add({ level: 'error', message, location, title });
    }
    warning(message, location, title) {
        return this.add({ level: 'warning', message, location, title });
    }
    notice(message, location, title) {
        return this.add({ level: 'notice', message, location, title });
    }
    /** The reserved final error; always emitted. */
    fail(message, location, title) {
        const annotation = { level: 'error', message, location, title };
        this.all.push(annotation);
        this.emitted.error++;
        this.sink(annotation);
        process.exitCode = _workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Failure;
    }
    count(level) {
        return this.emitted[level];
    }
}
function toProperties(a) {
    const props = {};
    if (a.title)
        props.title = a.title;
    if (a.location?.file)
        props.file = a.location.file;
    if (a.location?.line)
        props.startLine = a.location.line;
    if (a.location?.endLine)
        props.endLine = a.location.endLine;
    if (a.location?.column)
        props.startColumn = a.location.column;
    return props;
}
function defaultSink(a) {
    const props = toProperties(a);
    if (a.level === 'error')
        _workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(a.message, props);
    else if (a.level === 'warning')
        _workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(a.message, props);
    else
        _workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(a.message, props);
}
/** One emitter per process: every module of an action shares the step's caps. */
const annotations = new AnnotationEmitter();


/***/ }),

/***/ 9223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YI: () => (/* binding */ describeThrown),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * A problem the user can fix: bad input, a broken lockfile, an unreachable registry.
 * The entry wrapper prints it as one annotation with no stack trace.
 */
class UserError extends Error {
    title;
    location;
    hint;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'UserError';
        this.title = options.title ?? 'blackbelt';
        this.location = options.location;
        this.hint = options.hint;
    }
}
function isUserError(value) {
    return value instanceof UserError;
}
/** Best-effort text of any thrown value (strings, objects, null ...). */
function describeThrown(value) {
    if (value instanceof Error)
        return value.message || value.name;
    if (typeof value === 'string')
        return value;
    try {
        const json = JSON.stringify(value);
        return json === undefined ? String(value) : json;
    }
    catch {
        return String(value);
    }
}


/***/ }),

/***/ 7073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ getString),
/* harmony export */   Tv: () => (/* binding */ relativeToWorkspace),
/* harmony export */   Zv: () => (/* binding */ getWorkspacePath),
/* harmony export */   ey: () => (/* binding */ confinePath),
/* harmony export */   kA: () => (/* binding */ getRequired),
/* harmony export */   m: () => (/* binding */ getChoice),
/* harmony export */   oS: () => (/* binding */ workspaceRoot),
/* harmony export */   pW: () => (/* binding */ getBoolean),
/* harmony export */   vS: () => (/* binding */ getList)
/* harmony export */ });
/* unused harmony exports rawInput, parseDuration, getDuration, getInteger */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9223);



/**
 * Typed action inputs. The runner passes each input as INPUT_<NAME> (upper-cased, spaces \u2192 '_',
 * hyphens kept). Every error names the input and says what a valid value looks like.
 */
function rawInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function getString(name, fallback = '') {
    return rawInput(name) || fallback;
}
function getRequired(name, example) {
    const value = rawInput(name);
    if (!value) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Input "${name}" is required but was empty.`, {
            title: `missing input: ${name}`,
            hint: `Set it in the step's "with:" block${example ? `, e.g. ${name}: ${example}` : ''}.`,
        });
    }
    return value;
}
const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);
/** Booleans with a default for empty values (core.getBooleanInput throws on ''). */
function getBoolean(name, fallback) {
    const value = rawInput(name).toLowerCase();
    if (!value)
        return fallback;
    if (TRUE.has(value))
        return true;
    if (FALSE.has(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Input "${name}" must be true or false, got "${rawInput(name)}".`, { title: `invalid input: ${name}` });
}
function getChoice(name, choices, fallback) {
    const value = rawInput(name).toLowerCase();
    if (!value)
        return fallback;
    if (choices.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Input "${name}" must be one of ${choices.join(', ')}; got "${rawInput(name)}".`, { title: `invalid input: ${name}` });
}
/** Newline- or comma-separated list; blank entries and `#` comments are dropped. */
function getList(name, options = {}) {
    const splitter = options.commas === false ? /\r?\n/ : /\r?\n|,/;
    return rawInput(name)
        .split(splitter)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** Parse "90", "90s", "1m30s", "250ms", "2h" into milliseconds (a bare number means seconds). */
function parseDuration(text) {
    const t = text.trim().toLowerCase();
    if (/^\d+(\.\d+)?$/.test(t))
        return Math.round(Number(t) * 1000);
    const parts = [...t.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
    if (!parts.length || parts.map((p) => p[0]).join('') !== t)
        return undefined;
    return Math.round(parts.reduce((sum, p) => sum + Number(p[1]) * UNIT_MS[p[2]], 0));
}
function getDuration(name, fallback) {
    const text = rawInput(name) || fallback;
    const ms = parseDuration(text);
    if (ms === undefined) {
        throw new UserError(`Input "${name}" must be a duration like 30s, 5m, 1m30s or 250ms; got "${text}".`, { title: `invalid input: ${name}` });
    }
    return ms;
}
function getInteger(name, fallback, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
    const text = rawInput(name);
    if (!text)
        return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max) {
        throw new UserError(`Input "${name}" must be a whole number between ${min} and ${max}; got "${text}".`, { title: `invalid input: ${name}` });
    }
    return n;
}
function workspaceRoot() {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(process.env.GITHUB_WORKSPACE || process.cwd());
}
/**
 * Resolve a user path inside the workspace. Paths that escape it (`..`, absolute paths elsewhere,
 * symlinks pointing out) are refused: an action must not read or write outside the checkout.
 */
function confinePath(name, value, root = workspaceRoot()) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, value);
    const check = (abs, base) => {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, abs);
        return rel === '' || (!rel.startsWith('..' + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
    };
    let ok = check(target, root);
    let real = target;
    if (ok && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target)) {
        const realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(root) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root) : root;
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(target);
        ok = check(real, realRoot);
    }
    if (!ok) {
        // Through a symlink the path itself is under the root: name where it really leads.
        const resolved = real === target ? target : `${target} (through a symlink: ${real})`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Input "${name}" points outside the workspace: "${value}" resolves to ${resolved}, which is not under ${root}.`, {
            title: `invalid input: ${name}`,
            hint: 'Use a path relative to the repository root (GITHUB_WORKSPACE).',
        });
    }
    return target;
}
function getWorkspacePath(name, fallback = '.') {
    return confinePath(name, rawInput(name) || fallback);
}
/** Workspace-relative form of a path, for annotations (GitHub wants repo-relative paths). */
function relativeToWorkspace(path, root = workspaceRoot()) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || '.';
}


/***/ }),

/***/ 2311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ DEFAULT_LOCKFILE),
/* harmony export */   cX: () => (/* binding */ detectLockfiles),
/* harmony export */   v: () => (/* binding */ manifestWithoutLock)
/* harmony export */ });
/* unused harmony export isGeneratedRequirements */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Default lockfile name of each manager (requirements files and pylock have patterns instead). */
const DEFAULT_LOCKFILE = {
    uv: 'uv.lock',
    poetry: 'poetry.lock',
    pdm: 'pdm.lock',
    pipenv: 'Pipfile.lock',
};
const REQUIREMENTS_HEADER = /autogenerated by (pip-compile|uv via the following command)/;
/** Is this requirements file written by a locking tool (pip-compile, uv pip compile, uv export)? */
function isGeneratedRequirements(path) {
    let fd;
    try {
        // The header is at the top: read 2 KiB, not a file that may be megabytes.
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
        const head = Buffer.alloc(2048);
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, head.length, 0);
        return REQUIREMENTS_HEADER.test(head.toString('utf8', 0, read));
    }
    catch {
        return false;
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * Every lockfile in a project directory, in a stable order. Requirements files count only when a
 * locking tool wrote them (or a `.in` of the same name sits beside them): a hand-written
 * requirements.txt is a manifest, not a lock. A `requirements/` folder (the usual home of
 * `base.in` \u2192 `base.txt`, `dev.in` \u2192 `dev.txt`) is searched the same way.
 */
function detectLockfiles(dir) {
    const found = [];
    for (const [manager, name] of Object.entries(DEFAULT_LOCKFILE)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name)))
            found.push({ manager: manager, lockfile: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name) });
    }
    const entries = sortedEntries(dir);
    for (const name of entries) {
        if (name === 'pylock.toml' || /^pylock\.[^.]+\.toml$/.test(name))
            found.push({ manager: 'pylock', lockfile: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name) });
    }
    found.push(...compiledRequirements(dir, entries));
    if (entries.includes('requirements')) {
        const sub = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'requirements');
        found.push(...compiledRequirements(sub, sortedEntries(sub)));
    }
    return found;
}
function sortedEntries(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).sort();
    }
    catch {
        return [];
    }
}
/**
 * The `.txt` files of a folder that pip-compile / uv wrote, or that have their `.in` beside them;
 * `requirements*.txt` first (the production set, when a caller must pick one).
 */
function compiledRequirements(dir, entries) {
    const found = [];
    const names = new Set(entries);
    const ordered = [...entries.filter((n) => n.startsWith('requirements')), ...entries.filter((n) => !n.startsWith('requirements'))];
    for (const name of ordered) {
        if (!name.endsWith('.txt'))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        if (names.has(name.replace(/\.txt$/, '.in')) || isGeneratedRequirements(path))
            found.push({ manager: 'pip-tools', lockfile: path });
    }
    return found;
}
/** When no lockfile exists: which manifest is there, and which command would create the lock. */
function manifestWithoutLock(dir) {
    const pyproject = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'pyproject.toml');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(pyproject)) {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(pyproject, 'utf8');
        if (/^\[tool\.poetry(\.|\])/m.test(text) && !/^\[tool\.(uv|pdm)/m.test(text))
            return { manager: 'poetry', manifest: pyproject, fix: 'poetry lock' };
        if (/^\[tool\.pdm/m.test(text))
            return { manager: 'pdm', manifest: pyproject, fix: 'pdm lock' };
        return { manager: 'uv', manifest: pyproject, fix: 'uv lock' };
    }
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'Pipfile')))
        return { manager: 'pipenv', manifest: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'Pipfile'), fix: 'pipenv lock' };
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'requirements.in'))) {
        return { manager: 'pip-tools', manifest: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'requirements.in'), fix: 'pip-compile --generate-hashes requirements.in' };
    }
    return undefined;
}


/***/ }),

/***/ 6942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ew: () => (/* binding */ checkLockfile),
  cX: () => (/* reexport */ detect/* detectLockfiles */.cX),
  QR: () => (/* binding */ managerForPath)
});

// UNUSED EXPORTS: manifestWithoutLock

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./actions/shared/lockfile/names.ts
var names = __webpack_require__(1882);
// EXTERNAL MODULE: ./actions/shared/lockfile/toml.ts + 1 modules
var toml = __webpack_require__(4642);
;// CONCATENATED MODULE: ./actions/shared/lockfile/credentials.ts



// Group 1 is the URL. A match may only start where a run of scheme characters starts (the lookbehind),
// else every letter of a long run restarts the scan: quadratic, minutes on a 1 MB line (fuzz regression).
const URL_IN_TEXT = /(?<![A-Za-z0-9+.-])[0-9+.-]*([A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s"'<>`]+)/g;
/**
 * Credentials written into any URL of a manifest (index/source tables of pyproject.toml, Pipfile
 * `[[source]]`, `--index-url` lines of requirements.in). Lock checkers only see URLs the lock uses;
 * an index declared but unused still leaks its token to everyone who can read the repository.
 */
function manifestCredentialFindings(manifest, workspace, fix) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(manifest, 'utf8');
    }
    catch {
        return [];
    }
    const findings = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        // Credentials sit in userinfo (`user:token@`) or the query (`?token=`): most URL lines have neither.
        if (!line.includes('://') || (!line.includes('@') && !line.includes('?')) || /^\s*#/.test(line))
            continue;
        for (const match of line.matchAll(URL_IN_TEXT)) {
            const cred = (0,names/* findUrlCredentials */.RH)(match[1]);
            if (!cred)
                continue;
            findings.push({
                class: 'credentials-in-url',
                severity: 'error',
                message: `A URL in ${(0,toml.relPath)(workspace, manifest)} carries credentials (${cred.kind}): ${cred.masked}. Anyone who can read the repository can use them.`,
                found: cred.masked,
                expected: 'a URL without credentials; pass them through the tool\'s environment variables or keyring',
                manifest: { file: (0,toml.relPath)(workspace, manifest), line: i + 1 },
                fix: fix ?? 'Remove the credentials from the URL, rotate the token, and provide it via the CI secret store (e.g. UV_INDEX_<NAME>_PASSWORD, POETRY_HTTP_BASIC_<NAME>_PASSWORD, PIP_INDEX_URL).',
            });
        }
    }
    return findings;
}
/** Add manifest findings that the lock checker did not already report at the same place. */
function mergeFindings(existing, extra) {
    const key = (f) => `${f.class}|${f.manifest?.file ?? ''}|${f.manifest?.line ?? ''}|${f.found ?? ''}`;
    const seen = new Set(existing.map(key));
    return [...existing, ...extra.filter((f) => !seen.has(key(f)))];
}

// EXTERNAL MODULE: ./actions/shared/lockfile/detect.ts
var detect = __webpack_require__(2311);
;// CONCATENATED MODULE: ./actions/shared/lockfile/index.ts



/**
 * Each checker is imported when a lockfile of its format is found: a bundle chunk per format, so a
 * run compiles only the code for the formats it checks (most of the bundle is the six checkers, and
 * compiling it is a good part of a cold start).
 */
const CHECKERS = {
    poetry: async () => (await Promise.all(/* import() */[__webpack_require__.e(688), __webpack_require__.e(877)]).then(__webpack_require__.bind(__webpack_require__, 8877))).checkPoetry,
    uv: async () => {
        const { checkUv } = await Promise.all(/* import() */[__webpack_require__.e(688), __webpack_require__.e(87)]).then(__webpack_require__.bind(__webpack_require__, 3087));
        return (input) => checkUv(input);
    },
    'pip-tools': async () => (await Promise.all(/* import() */[__webpack_require__.e(688), __webpack_require__.e(87), __webpack_require__.e(60)]).then(__webpack_require__.bind(__webpack_require__, 3060))).checkRequirements,
    pdm: async () => (await Promise.all(/* import() */[__webpack_require__.e(688), __webpack_require__.e(177), __webpack_require__.e(744)]).then(__webpack_require__.bind(__webpack_require__, 177))).checkPdm,
    pipenv: async () => (await Promise.all(/* import() */[__webpack_require__.e(688), __webpack_require__.e(524)]).then(__webpack_require__.bind(__webpack_require__, 4524))).checkPipenv,
    pylock: async () => (await Promise.all(/* import() */[__webpack_require__.e(688), __webpack_require__.e(87), __webpack_require__.e(60), __webpack_require__.e(177), __webpack_require__.e(520)]).then(__webpack_require__.bind(__webpack_require__, 2520))).checkPylock,
};
/** Check one lockfile with the checker for its manager. */
async function checkLockfile(manager, input) {
    const check = await CHECKERS[manager]();
    const result = await check(input);
    if (result.manifest)
        result.findings = mergeFindings(result.findings, manifestCredentialFindings(result.manifest, input.workspace));
    return result;
}
/** Guess the manager from a lockfile's name (and, for requirements files, its header). */
function managerForPath(path) {
    const name = (0,external_node_path_.basename)(path);
    if (name === 'uv.lock')
        return 'uv';
    if (name === 'poetry.lock')
        return 'poetry';
    if (name === 'pdm.lock')
        return 'pdm';
    if (name === 'Pipfile.lock')
        return 'pipenv';
    if (/^pylock(\.[^.]+)?\.toml$/.test(name))
        return 'pylock';
    // A requirements file no tool's header claims is still checked for pins and hashes.
    if (name.endsWith('.txt'))
        return 'pip-tools';
    return undefined;
}


/***/ }),

/***/ 1882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ artifactBasename),
/* harmony export */   CN: () => (/* binding */ checkArtifactName),
/* harmony export */   HG: () => (/* binding */ isNormalizedName),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   RH: () => (/* binding */ findUrlCredentials),
/* harmony export */   ag: () => (/* binding */ pdmNormalizeName),
/* harmony export */   eP: () => (/* binding */ parseWheelFilename),
/* harmony export */   h2: () => (/* binding */ isFullCommitSha),
/* harmony export */   q_: () => (/* binding */ artifactMismatchFinding),
/* harmony export */   yP: () => (/* binding */ maskUrl)
/* harmony export */ });
/* unused harmony exports canonicalVersionLoose, sameVersionLoose, parseSdistFilename, parseArtifactFilename */
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5459);

/** PEP 503: lower-case, runs of `-`, `_`, `.` collapse to one `-`. */
function normalizeName(name) {
    // Most names are already normalised (lockfiles write them so): skip the regex for those.
    return /[A-Z_.]|--/.test(name) ? name.replace(/[-_.]+/g, '-').toLowerCase() : name;
}
/** PDM's `normalize_name` (src/pdm/utils.py): any run of non-alphanumerics becomes `-`. */
function pdmNormalizeName(name, lowercase = true) {
    const n = name.replace(/[^A-Za-z0-9]+/g, '-');
    return lowercase ? n.toLowerCase() : n;
}
/** True if the name is already in PEP 503 normal form. */
function isNormalizedName(name) {
    return normalizeName(name) === name;
}
/** Loose PEP 440-ish canonical form used to compare a locked version with a file name. */
function canonicalVersionLoose(version) {
    let v = version.trim().toLowerCase();
    if (v.startsWith('v'))
        v = v.slice(1);
    // Local part: `_`/`-` separators become `.`.
    let local = '';
    const plus = v.indexOf('+');
    if (plus >= 0) {
        local = '+' + v.slice(plus + 1).replace(/[-_]/g, '.');
        v = v.slice(0, plus);
    }
    v = v
        .replace(/[-_.]?(alpha|a)[-_.]?(?=\d|$)/g, 'a')
        .replace(/[-_.]?(beta|b)[-_.]?(?=\d|$)/g, 'b')
        .replace(/[-_.]?(preview|pre|rc|c)[-_.]?(?=\d|$)/g, 'rc')
        .replace(/[-_.]?(post|rev|r)[-_.]?(?=\d|$)/g, '.post')
        .replace(/[-_.]?dev[-_.]?(?=\d|$)/g, '.dev')
        .replace(/(a|b|rc|\.post|\.dev)(?!\d)/g, '$10');
    // Strip leading zeros of numeric components and trailing `.0` release components.
    const m = /^(?:(\d+)!)?(\d+(?:\.\d+)*)(.*)$/.exec(v);
    if (!m)
        return v + local;
    const epoch = m[1] !== undefined && Number(m[1]) !== 0 ? `${Number(m[1])}!` : '';
    const release = m[2].split('.').map((p) => String(BigInt(p)));
    while (release.length > 1 && release[release.length - 1] === '0')
        release.pop();
    const rest = m[3].replace(/\d+/g, (d) => String(BigInt(d)));
    return epoch + release.join('.') + rest + local;
}
/** Do two versions name the same release (loose PEP 440 equality)? */
function sameVersionLoose(a, b) {
    if (a === b)
        return true;
    try {
        if ((0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .versionsEqual */ .At)(a, b))
            return true;
    }
    catch {
        // fall through to the loose comparison
    }
    return canonicalVersionLoose(a) === canonicalVersionLoose(b);
}
const SDIST_EXTS = ['.tar.gz', '.tar.bz2', '.tar.xz', '.tar.zst', '.tgz', '.tbz', '.txz', '.tar.z', '.tar', '.zip'];
/** Last path segment of a file name or URL (drops query and fragment). */
function artifactBasename(fileOrUrl) {
    let s = fileOrUrl;
    const hash = s.indexOf('#');
    if (hash >= 0)
        s = s.slice(0, hash);
    const q = s.indexOf('?');
    if (q >= 0)
        s = s.slice(0, q);
    const slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    const base = slash >= 0 ? s.slice(slash + 1) : s;
    if (!base.includes('%'))
        return base; // the common case; decodeURIComponent is costly per artifact
    try {
        return decodeURIComponent(base);
    }
    catch {
        return base;
    }
}
/** Parse `{name}-{ver}(-{build})?-{py}-{abi}-{plat}.whl`. */
function parseWheelFilename(file) {
    const base = artifactBasename(file);
    if (!base.toLowerCase().endsWith('.whl'))
        return undefined;
    const parts = base.slice(0, -4).split('-');
    if (parts.length !== 5 && parts.length !== 6)
        return undefined;
    const [name, version] = parts;
    if (!name || !version)
        return undefined;
    const out = { kind: 'wheel', name, version, tags: parts.slice(-3).join('-') };
    if (parts.length === 6)
        out.build = parts[2];
    return out;
}
/**
 * Parse an sdist name `{name}-{version}.tar.gz` (or .zip, ...). Legacy sdists keep `-` in the
 * name (`python-dateutil-2.8.2.tar.gz`), so the version starts after the last `-` followed
 * by a digit. With `expectedName`, the split follows that name when the file starts with it.
 */
function parseSdistFilename(file, expectedName) {
    const base = artifactBasename(file);
    const lower = base.toLowerCase();
    const ext = SDIST_EXTS.find((e) => lower.endsWith(e));
    if (!ext)
        return undefined;
    const stem = base.slice(0, base.length - ext.length);
    if (expectedName) {
        const want = normalizeName(expectedName);
        // Try each `-` split point whose prefix normalises to the expected name.
        for (let i = stem.indexOf('-'); i > 0; i = stem.indexOf('-', i + 1)) {
            if (normalizeName(stem.slice(0, i)) === want)
                return { kind: 'sdist', name: stem.slice(0, i), version: stem.slice(i + 1) };
        }
    }
    const m = /^(.+?)-(v?\d.*)$/.exec(stem);
    // Prefer the last `-<digit>` boundary when the name itself has digits after a dash.
    let idx = -1;
    for (let i = stem.lastIndexOf('-'); i > 0; i = stem.lastIndexOf('-', i - 1)) {
        if (/\d/.test(stem[i + 1] ?? '')) {
            idx = i;
            // keep walking left while the left part also ends in a version-looking chunk? no: first from the right wins
            break;
        }
    }
    if (idx > 0)
        return { kind: 'sdist', name: stem.slice(0, idx), version: stem.slice(idx + 1) };
    if (m)
        return { kind: 'sdist', name: m[1], version: m[2] };
    return undefined;
}
/** Parse a wheel or sdist name; undefined for other kinds (eggs, .exe, VCS URLs). */
function parseArtifactFilename(file, expectedName) {
    return parseWheelFilename(file) ?? parseSdistFilename(file, expectedName);
}
const SDIST_EXT_SET = new Set(SDIST_EXTS);
/**
 * `name-version-` (wheel) and `name-version` (sdist stems) as tool-written files spell them,
 * lower-cased, for the (name, version) of the previous call: callers check all artifacts of one
 * package in a row, so one remembered entry answers nearly every call without building a key.
 */
let prefixName;
let prefixVersion;
let wheelPrefix = '';
let sdistStem = '';
let sdistStemEscaped = '';
/** Does a (lower-case or as-written) base name start with the expected name and version? */
function matchesPrefix(base) {
    if (base.endsWith('.whl'))
        return base.startsWith(wheelPrefix);
    // Legacy sdists keep the name as written; PEP 625 ones escape it like wheels.
    if (base.startsWith(sdistStem))
        return SDIST_EXT_SET.has(base.slice(sdistStem.length));
    return base.startsWith(sdistStemEscaped) && SDIST_EXT_SET.has(base.slice(sdistStemEscaped.length));
}
/**
 * Compare a locked (name, version) with an artifact file name. Returns the first
 * disagreement, or undefined when they agree or the file name cannot be parsed.
 * Names compare PEP 503-normalised (wheels escape `-` and `.` as `_`, case is free).
 *
 * A file that starts with the expected prefix matches exactly, so the full parse is skipped \u2014 this
 * runs for every artifact of every package (thousands per lock). Names as written are tried before
 * lower-casing them (they are nearly always lower-case already).
 */
function checkArtifactName(file, name, version) {
    const slash = file.lastIndexOf('/');
    const base = slash >= 0 ? file.slice(slash + 1) : file;
    if (!/[#?%\\]/.test(base)) {
        if (name !== prefixName || version !== prefixVersion) {
            const lowerVersion = version.toLowerCase();
            sdistStem = `${name.toLowerCase()}-${lowerVersion}`;
            sdistStemEscaped = `${name.toLowerCase().replace(/[-_.]+/g, '_')}-${lowerVersion}`;
            wheelPrefix = `${sdistStemEscaped}-`;
            prefixName = name;
            prefixVersion = version;
        }
        if (matchesPrefix(base) || matchesPrefix(base.toLowerCase()))
            return undefined;
    }
    const parsed = parseArtifactFilename(file, name);
    if (!parsed)
        return undefined;
    // Fast paths first: this runs for every artifact of every package (thousands per lock).
    if (parsed.name !== name && normalizeName(parsed.name) !== normalizeName(name)) {
        return { file: artifactBasename(file), field: 'name', expected: normalizeName(name), found: parsed.name };
    }
    // Wheels escape `-` in the version as `_` (local versions mostly).
    const fileVersion = parsed.kind === 'wheel' ? parsed.version.replace(/_/g, '-') : parsed.version;
    if (fileVersion !== version && !sameVersionLoose(fileVersion, version)) {
        return { file: artifactBasename(file), field: 'version', expected: version, found: parsed.version };
    }
    return undefined;
}
const ENV_REF = /^(\$\{[^}]+\}|\$[A-Za-z_][A-Za-z0-9_]*|%\([^)]+\)s?|\{\{[^}]+\}\})$/;
const TOKEN_PREFIX = /^(ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-|gldt-|pypi-|AKIA|xox[abpr]-|sk-)/;
const SECRET_QUERY_KEY = /^(token|access_token|private_token|auth|authorization|password|passwd|pwd|secret|api_key|apikey|key|sig|signature|x-amz-signature|x-goog-signature)$/i;
function isEnvRef(s) {
    return ENV_REF.test(s);
}
/**
 * Detect credentials embedded in a URL: `user:pass@`, a token as the user part
 * (`https://ghp_xxx@github.com`), or a secret query parameter. Environment-variable
 * references (`${TOKEN}`) and plain ssh users (`git@`) are not credentials.
 */
function findUrlCredentials(url) {
    const m = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#@]*)@/.exec(url);
    let masked = url;
    let kind;
    if (m) {
        const userinfo = m[2];
        const colon = userinfo.indexOf(':');
        const user = colon >= 0 ? userinfo.slice(0, colon) : userinfo;
        const pass = colon >= 0 ? userinfo.slice(colon + 1) : '';
        const decodedUser = safeDecode(user);
        const decodedPass = safeDecode(pass);
        if (colon >= 0 && pass !== '' && !isEnvRef(decodedPass)) {
            kind = 'user:password';
            masked = m[1] + (isEnvRef(decodedUser) ? user : user ? `${user}` : '') + ':****@' + url.slice(m[0].length);
        }
        else if (user && !isEnvRef(decodedUser) && (TOKEN_PREFIX.test(decodedUser) || (decodedUser.length >= 20 && /^[A-Za-z0-9_\-.~]+$/.test(decodedUser) && /\d/.test(decodedUser)))) {
            kind = 'token in userinfo';
            masked = m[1] + '****' + (colon >= 0 ? ':' + pass : '') + '@' + url.slice(m[0].length);
        }
    }
    const q = masked.indexOf('?');
    if (q >= 0) {
        const hashAt = masked.indexOf('#', q);
        const query = masked.slice(q + 1, hashAt >= 0 ? hashAt : undefined);
        let hit = false;
        const parts = query.split('&').map((p) => {
            const eq = p.indexOf('=');
            if (eq < 0)
                return p;
            const k = safeDecode(p.slice(0, eq));
            const v = safeDecode(p.slice(eq + 1));
            if (SECRET_QUERY_KEY.test(k) && v !== '' && !isEnvRef(v)) {
                hit = true;
                return p.slice(0, eq) + '=****';
            }
            return p;
        });
        if (hit) {
            kind = kind ?? 'token in query';
            masked = masked.slice(0, q + 1) + parts.join('&') + (hashAt >= 0 ? masked.slice(hashAt) : '');
        }
    }
    return kind ? { masked, kind } : undefined;
}
/** Mask credentials in a URL (unchanged when none are found). */
function maskUrl(url) {
    return findUrlCredentials(url)?.masked ?? url;
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/** A full git (SHA-1, 40 hex) or SHA-256 (64 hex) commit id. */
function isFullCommitSha(ref) {
    return typeof ref === 'string' && /^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(ref);
}
/** The finding for a locked version (or name) that its artifact file disagrees with. */
function artifactMismatchFinding(mm, pkg, lock, fix) {
    return {
        class: 'version-mismatch',
        severity: 'error',
        message: `${pkg}: the locked ${mm.field} disagrees with artifact ${mm.file}.`,
        package: pkg,
        expected: mm.expected,
        found: mm.found,
        lock,
        ...(fix ? { fix } : {}),
    };
}


/***/ }),

/***/ 5459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ parseSpecifiers),
/* harmony export */   $o: () => (/* binding */ isExactPin),
/* harmony export */   At: () => (/* binding */ versionsEqual),
/* harmony export */   IK: () => (/* binding */ specifierContains),
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   as: () => (/* binding */ parseSpecifier),
/* harmony export */   dQ: () => (/* binding */ compareParsed),
/* harmony export */   ib: () => (/* binding */ satisfies),
/* harmony export */   o5: () => (/* binding */ canonicalSpecifiers),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   ri: () => (/* binding */ isValidVersion),
/* harmony export */   u3: () => (/* binding */ poetryToPep440),
/* harmony export */   z7: () => (/* binding */ poetrySatisfies)
/* harmony export */ });
/* unused harmony exports formatVersion, isPrerelease, isPostrelease, compareVersions, formatSpecifier */
/**
 * PEP 440 versions and specifiers (semantics of pypa/packaging), plus Poetry constraint translation.
 *
 * No npm dependency: @renovatebot/pep440 v5 needs node >= 22 and defaults to excluding pre-releases,
 * while resolvers legitimately lock pre-releases, so `satisfies` allows them unless told otherwise.
 */
const VERSION_RE = new RegExp('^\\s*v?' +
    '(?:(?<epoch>[0-9]+)!)?' +
    '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?<pre>[-_.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?' +
    '(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?' +
    '(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?' +
    '(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?' +
    '\\s*$', 'i');
const versionCache = new Map();
/** Parse a PEP 440 version; `null` when invalid. Results are cached (versions repeat a lot in locks). */
function parseVersion(text) {
    const cached = versionCache.get(text);
    if (cached !== undefined)
        return cached;
    const v = parseUncached(text);
    if (versionCache.size > 20000)
        versionCache.clear();
    versionCache.set(text, v);
    return v;
}
function parseUncached(text) {
    const m = VERSION_RE.exec(text);
    if (!m || !m.groups)
        return null;
    const g = m.groups;
    const v = {
        epoch: g.epoch ? Number(g.epoch) : 0,
        release: g.release.split('.').map(Number),
    };
    if (g.pre_l) {
        const l = g.pre_l.toLowerCase();
        const label = l === 'a' || l === 'alpha' ? 'a' : l === 'b' || l === 'beta' ? 'b' : 'rc';
        v.pre = [label, g.pre_n ? Number(g.pre_n) : 0];
    }
    if (g.post)
        v.post = Number(g.post_n1 ?? g.post_n2 ?? 0);
    if (g.dev)
        v.dev = g.dev_n ? Number(g.dev_n) : 0;
    if (g.local)
        v.local = g.local.toLowerCase().split(/[-_.]/).map((s) => (/^[0-9]+$/.test(s) ? Number(s) : s));
    return v;
}
function isValidVersion(text) {
    return parseVersion(text) !== null;
}
/** Canonical string form (packaging's `str(Version(...))`). */
function formatVersion(v) {
    let s = v.epoch ? `${v.epoch}!` : '';
    s += v.release.join('.');
    if (v.pre)
        s += `${v.pre[0]}${v.pre[1]}`;
    if (v.post !== undefined)
        s += `.post${v.post}`;
    if (v.dev !== undefined)
        s += `.dev${v.dev}`;
    if (v.local)
        s += `+${v.local.join('.')}`;
    return s;
}
/** Normalise a version string; returns the input unchanged when it is not PEP 440. */
function normalizeVersion(text) {
    const v = parseVersion(text);
    return v ? formatVersion(v) : text.trim();
}
function isPrerelease(v) {
    return v.pre !== undefined || v.dev !== undefined;
}
function isPostrelease(v) {
    return v.post !== undefined;
}
function baseOf(v) {
    return { epoch: v.epoch, release: v.release };
}
function publicOf(v) {
    if (!v.local)
        return v;
    const { local: _l, ...rest } = v;
    void _l;
    return rest;
}
const PRE_ORDER = { a: 0, b: 1, rc: 2 };
function cmpNum(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function cmpRelease(a, b) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const c = cmpNum(a[i] ?? 0, b[i] ?? 0);
        if (c)
            return c;
    }
    return 0;
}
/** Total order of packaging's `_cmpkey`. */
function compareParsed(a, b) {
    let c = cmpNum(a.epoch, b.epoch);
    if (c)
        return c;
    c = cmpRelease(a.release, b.release);
    if (c)
        return c;
    // pre: a bare dev release sorts before any pre-release; no pre sorts after all pre-releases
    const preKey = (v) => v.pre ? [PRE_ORDER[v.pre[0]], v.pre[1]] : v.post === undefined && v.dev !== undefined ? [-Infinity, 0] : [Infinity, 0];
    const pa = preKey(a);
    const pb = preKey(b);
    c = cmpNum(pa[0], pb[0]) || cmpNum(pa[1], pb[1]);
    if (c)
        return c;
    c = cmpNum(a.post ?? -Infinity, b.post ?? -Infinity);
    if (c)
        return c;
    c = cmpNum(a.dev ?? Infinity, b.dev ?? Infinity);
    if (c)
        return c;
    if (!a.local && !b.local)
        return 0;
    if (!a.local)
        return -1;
    if (!b.local)
        return 1;
    const n = Math.max(a.local.length, b.local.length);
    for (let i = 0; i < n; i++) {
        const x = a.local[i];
        const y = b.local[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (typeof x === 'number' && typeof y === 'number')
            c = cmpNum(x, y);
        else if (typeof x === 'number')
            c = 1; // numeric segments sort after alphanumeric ones
        else if (typeof y === 'number')
            c = -1;
        else
            c = x < y ? -1 : x > y ? 1 : 0;
        if (c)
            return c;
    }
    return 0;
}
/** Compare two version strings; throws on invalid input. */
function compareVersions(a, b) {
    const va = parseVersion(a);
    const vb = parseVersion(b);
    if (!va)
        throw new Error(`invalid PEP 440 version: ${a}`);
    if (!vb)
        throw new Error(`invalid PEP 440 version: ${b}`);
    return compareParsed(va, vb);
}
function versionsEqual(a, b) {
    const va = parseVersion(a);
    const vb = parseVersion(b);
    if (!va || !vb)
        return a.trim().toLowerCase() === b.trim().toLowerCase();
    return compareParsed(va, vb) === 0;
}
const SPEC_RE = /^\s*(~=|===|==|!=|<=|>=|<|>)\s*([^\s,;]+)\s*$/;
/** Parse one specifier clause (`>=1.0`, `==1.2.*`); `null` when invalid. */
function parseSpecifier(text) {
    const m = SPEC_RE.exec(text);
    if (!m)
        return null;
    const op = m[1];
    let version = m[2];
    if (op === '===') {
        const parsed = parseVersion(version);
        return parsed ? { op, version, wildcard: false, parsed } : { op, version, wildcard: false };
    }
    let wildcard = false;
    if (version.endsWith('.*')) {
        if (op !== '==' && op !== '!=')
            return null;
        wildcard = true;
        version = version.slice(0, -2);
    }
    const parsed = parseVersion(version);
    if (!parsed)
        return null;
    if (wildcard && parsed.local)
        return null;
    if (op === '~=' && (parsed.release.length < 2 || parsed.local))
        return null;
    return { op, version, wildcard, parsed };
}
/** Parse a comma-separated specifier set; `null` when any clause is invalid. Empty string = no constraint. */
function parseSpecifiers(text) {
    const trimmed = text.trim();
    if (!trimmed)
        return [];
    const out = [];
    for (const part of trimmed.split(',')) {
        if (!part.trim())
            return null;
        const s = parseSpecifier(part);
        if (!s)
            return null;
        out.push(s);
    }
    return out;
}
function formatSpecifier(s) {
    const v = s.parsed && s.op !== '===' ? formatVersion(s.parsed) : s.version;
    return `${s.op}${v}${s.wildcard ? '.*' : ''}`;
}
/**
 * Canonical text of a specifier set for comparisons: clauses normalised, trailing zeros of the release
 * dropped (PEP 440 equality), sorted, joined with ",". Invalid text is returned trimmed.
 */
function canonicalSpecifiers(text) {
    const specs = parseSpecifiers(text);
    if (!specs)
        return text.replace(/\s+/g, '');
    const keys = specs.map((s) => {
        if (!s.parsed || s.op === '===')
            return `${s.op}${s.version}`;
        const p = s.parsed;
        let release = p.release;
        // `==1.0.*` and `~=1.0` depend on the written precision; other operators do not
        if (!s.wildcard && s.op !== '~=') {
            release = release.slice();
            while (release.length > 1 && release[release.length - 1] === 0)
                release.pop();
        }
        return `${s.op}${formatVersion({ ...p, release })}${s.wildcard ? '.*' : ''}`;
    });
    return [...new Set(keys)].sort().join(',');
}
/** Token split used by packaging for prefix matching: [epoch, ...release, pre, post, dev]. */
function splitTokens(v, padTo = 0) {
    const release = v.release.slice();
    while (release.length < padTo)
        release.push(0);
    const t = [String(v.epoch), ...release.map(String)];
    if (v.pre)
        t.push(`${v.pre[0]}${v.pre[1]}`);
    if (v.post !== undefined)
        t.push(`post${v.post}`);
    if (v.dev !== undefined)
        t.push(`dev${v.dev}`);
    return t;
}
function prefixMatch(candidate, spec) {
    const specTokens = splitTokens(spec);
    const cand = splitTokens(publicOf(candidate), spec.release.length).slice(0, specTokens.length);
    return cand.length === specTokens.length && cand.every((t, i) => t === specTokens[i]);
}
/** Does `candidate` satisfy one clause? Pre-release filtering is the caller's business. */
function specifierContains(spec, candidate) {
    const raw = typeof candidate === 'string' ? candidate : formatVersion(candidate);
    const v = typeof candidate === 'string' ? parseVersion(candidate) : candidate;
    if (spec.op === '===') {
        const want = spec.version.toLowerCase();
        return raw.trim().toLowerCase() === want || (v !== null && formatVersion(v).toLowerCase() === want);
    }
    if (!v || !spec.parsed)
        return false;
    const s = spec.parsed;
    switch (spec.op) {
        case '==':
        case '!=': {
            let eq;
            if (spec.wildcard)
                eq = prefixMatch(v, s);
            else if (s.local)
                eq = compareParsed(v, s) === 0;
            else
                eq = compareParsed(publicOf(v), s) === 0;
            return spec.op === '==' ? eq : !eq;
        }
        case '~=': {
            const prefix = { epoch: s.epoch, release: s.release.slice(0, -1) };
            return compareParsed(publicOf(v), s) >= 0 && prefixMatch(v, prefix);
        }
        case '<=':
            return compareParsed(publicOf(v), s) <= 0;
        case '>=':
            return compareParsed(publicOf(v), s) >= 0;
        case '<':
            if (compareParsed(v, s) >= 0)
                return false;
            if (!isPrerelease(s) && isPrerelease(v) && compareParsed(baseOf(v), baseOf(s)) === 0)
                return false;
            return true;
        case '>':
            if (compareParsed(v, s) <= 0)
                return false;
            if (!isPostrelease(s) && isPostrelease(v) && compareParsed(baseOf(v), baseOf(s)) === 0)
                return false;
            if (v.local && compareParsed(baseOf(v), baseOf(s)) === 0)
                return false;
            return true;
    }
    return false;
}
/**
 * Does `version` satisfy the specifier set (`">=1.0,!=1.3"`, `""` = anything)?
 * Returns false for an invalid version and throws for an invalid specifier set.
 */
function satisfies(version, specifiers, options = {}) {
    const specs = typeof specifiers === 'string' ? parseSpecifiers(specifiers) : specifiers;
    if (!specs)
        throw new Error(`invalid PEP 440 specifier: ${String(specifiers)}`);
    const arbitrary = specs.length > 0 && specs.every((s) => s.op === '===');
    const v = parseVersion(version);
    if (!v)
        return arbitrary && specs.every((s) => specifierContains(s, version));
    if (options.prereleases === false && isPrerelease(v)) {
        const explicit = specs.some((s) => s.op !== '!=' && s.parsed !== undefined && isPrerelease(s.parsed));
        if (!explicit)
            return false;
    }
    return specs.every((s) => specifierContains(s, v));
}
/** True when the specifier set is an exact pin (`==X` without wildcard, or `===X`). */
function isExactPin(specifiers) {
    const specs = parseSpecifiers(specifiers);
    if (!specs || specs.length !== 1)
        return undefined;
    const s = specs[0];
    if (s.op === '===' || (s.op === '==' && !s.wildcard))
        return s.version;
    return undefined;
}
// ---------------------------------------------------------------- Poetry constraints
function bump(release, index) {
    const r = release.slice(0, index + 1);
    while (r.length <= index)
        r.push(0);
    r[index] = (r[index] ?? 0) + 1;
    return r.join('.');
}
/**
 * Translate a Poetry constraint (`^1.2`, `~1.2`, `1.2.*`, `*`, `>=1,<2`, `a || b`) to PEP 440
 * specifier sets, one per `||` alternative (a version satisfies the constraint when it satisfies any).
 * Throws on input that is not a Poetry constraint.
 */
function poetryToPep440(constraint) {
    const alternatives = constraint.split('||').map((s) => s.trim());
    return alternatives.map((alt) => translateAnd(alt, constraint));
}
function translateAnd(alt, whole) {
    const glued = alt.replace(/(\^|~=|~|===|==|!=|>=|<=|>|<|=)\s+/g, '$1');
    const tokens = glued.split(/[\s,]+/).filter(Boolean);
    const out = [];
    for (const token of tokens) {
        const t = translateOne(token);
        if (t === null)
            throw new Error(`invalid Poetry constraint: ${whole}`);
        out.push(...t);
    }
    return out.join(',');
}
function translateOne(token) {
    if (token === '*' || token === 'x' || token === 'X')
        return [];
    let m = /^\^v?(.+)$/.exec(token);
    if (m) {
        const v = parseVersion(m[1]);
        if (!v)
            return null;
        const r = v.release;
        let upper;
        if ((r[0] ?? 0) > 0 || r.length === 1)
            upper = bump(r, 0);
        else if ((r[1] ?? 0) > 0 || r.length === 2)
            upper = bump(r, 1);
        else
            upper = bump(r, 2);
        if (v.epoch)
            upper = `${v.epoch}!${upper}`;
        return [`>=${formatVersion(v)}`, `<${upper}`];
    }
    m = /^~(?!=)v?(.+)$/.exec(token);
    if (m) {
        const v = parseVersion(m[1]);
        if (!v)
            return null;
        const upper = v.release.length === 1 ? bump(v.release, 0) : bump(v.release, 1);
        return [`>=${formatVersion(v)}`, `<${v.epoch ? `${v.epoch}!` : ''}${upper}`];
    }
    m = /^~=v?(.+)$/.exec(token);
    if (m) {
        const v = parseVersion(m[1]);
        if (!v)
            return null;
        if (v.release.length >= 2)
            return [`~=${formatVersion(v)}`];
        return [`>=${formatVersion(v)}`, `<${bump(v.release, 0)}`];
    }
    m = /^(==|!=|=)?v?([0-9]+(?:\.[0-9]+)*)((?:\.[xX*])+)$/.exec(token);
    if (m) {
        const op = m[1] === '!=' ? '!=' : '==';
        return [`${op}${m[2]}.*`];
    }
    m = /^(===|==|!=|>=|<=|>|<|=)?(.+)$/.exec(token);
    if (m) {
        const op = !m[1] || m[1] === '=' ? '==' : m[1];
        const spec = parseSpecifier(`${op}${m[2].replace(/^v(?=\d)/, '')}`);
        return spec ? [formatSpecifier(spec)] : null;
    }
    return null;
}
/** Does `version` satisfy a Poetry constraint? (pre-releases allowed). */
function poetrySatisfies(version, constraint, options = {}) {
    return poetryToPep440(constraint).some((set) => satisfies(version, set, options));
}


/***/ }),

/***/ 4642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MAX_BYTES: () => (/* binding */ DEFAULT_MAX_BYTES),
  TomlLineIndex: () => (/* binding */ TomlLineIndex),
  decodeText: () => (/* binding */ decodeText),
  parseToml: () => (/* binding */ parseToml),
  parseTomlShared: () => (/* binding */ parseTomlShared),
  readManifestBeside: () => (/* binding */ readManifestBeside),
  readProjectFile: () => (/* binding */ readProjectFile),
  readTomlFile: () => (/* binding */ readTomlFile),
  relPath: () => (/* binding */ relPath),
  splitDottedKey: () => (/* binding */ splitDottedKey)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./actions/shared/lockfile/fasttoml.ts
/**
 * A fast path for the TOML that lock tools write (uv.lock, poetry.lock, pdm.lock, pylock.toml):
 * tables, arrays of tables, single-line strings, integers, floats, booleans, arrays and inline
 * tables. Lockfiles are megabytes of exactly that, and a general parser spends most of a cold run
 * on them. Anything outside this subset \u2014 multi-line strings, dates, dotted keys, special numbers,
 * redefinitions, anything invalid \u2014 makes it give up (returns undefined) so the complete parser
 * (smol-toml) decides, with its error messages. It must never accept a document smol-toml rejects
 * or produce a different value: test/shared/lockfile/fasttoml.test.ts checks both on every fixture
 * and on fuzzed mutants.
 */

/** Offset date-times, as uv writes `upload-time` (other date forms: not ours). */
const OFFSET_DATE_TIME = /([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})/y;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
class GiveUp extends Error {
}
const GIVE_UP = new GiveUp();
var C;
(function (C) {
    C[C["Tab"] = 9] = "Tab";
    C[C["LF"] = 10] = "LF";
    C[C["CR"] = 13] = "CR";
    C[C["Space"] = 32] = "Space";
    C[C["Quote"] = 34] = "Quote";
    C[C["Hash"] = 35] = "Hash";
    C[C["Apos"] = 39] = "Apos";
    C[C["Plus"] = 43] = "Plus";
    C[C["Comma"] = 44] = "Comma";
    C[C["Minus"] = 45] = "Minus";
    C[C["Dot"] = 46] = "Dot";
    C[C["Zero"] = 48] = "Zero";
    C[C["Nine"] = 57] = "Nine";
    C[C["Eq"] = 61] = "Eq";
    C[C["UpperA"] = 65] = "UpperA";
    C[C["UpperZ"] = 90] = "UpperZ";
    C[C["LBracket"] = 91] = "LBracket";
    C[C["Backslash"] = 92] = "Backslash";
    C[C["RBracket"] = 93] = "RBracket";
    C[C["Underscore"] = 95] = "Underscore";
    C[C["LowerA"] = 97] = "LowerA";
    C[C["LowerZ"] = 122] = "LowerZ";
    C[C["LBrace"] = 123] = "LBrace";
    C[C["RBrace"] = 125] = "RBrace";
})(C || (C = {}));
function isBareKeyChar(c) {
    return (c >= C.LowerA && c <= C.LowerZ) || (c >= C.UpperA && c <= C.UpperZ) || (c >= C.Zero && c <= C.Nine) || c === C.Minus || c === C.Underscore;
}
/**
 * Prototype of every table: an empty object with a null prototype, so (as in smol-toml's
 * null-prototype tables) no key is inherited and "__proto__" is just a key. Unlike
 * Object.create(null), which V8 keeps in slow dictionary mode, objects made from a shared
 * prototype get fast shapes \u2014 lockfiles hold thousands of small `{ file, hash }` tables.
 */
const TABLE_PROTO = Object.freeze(Object.create(null));
function newTable() {
    return Object.create(TABLE_PROTO);
}
// TOML forbids control characters (other than tab) in strings: these classes stop at them on purpose.
/* eslint-disable no-control-regex */
/** The run of a basic string up to its closing quote with no escape or control character. */
const PLAIN_BASIC = /[^"\\\x00-\x08\x0a-\x1f\x7f]*/y;
/** The run of a literal string up to its closing apostrophe with no control character. */
const PLAIN_LITERAL = /[^'\x00-\x08\x0a-\x1f\x7f]*/y;
/** A bare key. */
const BARE_KEY = /[A-Za-z0-9_-]*/y;
/** In an inline table: `key = "plain string"` and the `,` or `}` after it (the usual artifact entry). */
const STRING_PAIR = /[ \t]*([A-Za-z0-9_-]+)[ \t]*=[ \t]*"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"[ \t]*([,}])/y;
/** A whole `key = "plain string"` line (name, version, description, ... of every package). */
const STRING_LINE = /([A-Za-z0-9_-]+)[ \t]*=[ \t]*"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"[ \t]*\r?\n/y;
/**
 * An array element `{ k1 = "v1", k2 = "v2" }` (poetry.lock's and pdm.lock's artifact entries: thousands
 * per lock) and, when it follows, the comma, newline and indentation before the next element.
 */
const STRING_PAIR_TABLE = /\{[ \t]*([A-Za-z0-9_-]+)[ \t]*=[ \t]*"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"[ \t]*,[ \t]*([A-Za-z0-9_-]+)[ \t]*=[ \t]*"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"[ \t]*\}[ \t]*(?:(,)[ \t]*\r?\n[ \t]*)?/y;
/* eslint-enable no-control-regex */
class Parser {
    s;
    i = 0;
    root = newTable();
    /** Tables created by a header ([a] or [[a]] elements) and tables implied by a header path. */
    explicit = new Set();
    implicit = new Set();
    /** Arrays created by [[a]] headers (as opposed to `a = [...]` values). */
    tableArrays = new Set();
    constructor(s) {
        this.s = s;
    }
    parse() {
        const s = this.s;
        let current = this.root;
        for (;;) {
            this.skipBlankAndComments();
            if (this.i >= s.length)
                return this.root;
            const c = s.charCodeAt(this.i);
            if (c === C.LBracket)
                current = this.header();
            else {
                STRING_LINE.lastIndex = this.i;
                const m = STRING_LINE.exec(s);
                if (m !== null) {
                    const key = m[1];
                    if (current[key] !== undefined)
                        throw GIVE_UP;
                    current[key] = m[2];
                    this.i = STRING_LINE.lastIndex;
                    continue;
                }
                this.keyValue(current);
            }
            this.endOfLine();
        }
    }
    skipSpaces() {
        const s = this.s;
        while (this.i < s.length) {
            const c = s.charCodeAt(this.i);
            if (c !== C.Space && c !== C.Tab)
                return;
            this.i++;
        }
    }
    /** Whitespace, newlines and comments between statements or array elements. */
    skipBlankAndComments() {
        const s = this.s;
        while (this.i < s.length) {
            const c = s.charCodeAt(this.i);
            if (c === C.Space || c === C.Tab || c === C.LF)
                this.i++;
            else if (c === C.CR) {
                if (s.charCodeAt(this.i + 1) !== C.LF)
                    throw GIVE_UP;
                this.i += 2;
            }
            else if (c === C.Hash)
                this.comment();
            else
                return;
        }
    }
    comment() {
        const s = this.s;
        this.i++;
        while (this.i < s.length) {
            const c = s.charCodeAt(this.i);
            if (c === C.LF || c === C.CR)
                return;
            // Control characters other than tab are not allowed in comments.
            if ((c < 32 && c !== C.Tab) || c === 127)
                throw GIVE_UP;
            this.i++;
        }
    }
    /** After a statement: optional spaces and comment, then a newline or the end. */
    endOfLine() {
        this.skipSpaces();
        const s = this.s;
        if (this.i >= s.length)
            return;
        const c = s.charCodeAt(this.i);
        if (c === C.Hash)
            this.comment();
        if (this.i >= s.length)
            return;
        const d = s.charCodeAt(this.i);
        if (d === C.LF)
            this.i++;
        else if (d === C.CR && s.charCodeAt(this.i + 1) === C.LF)
            this.i += 2;
        else
            throw GIVE_UP;
    }
    /** Bare keys seen so far, by length and first character: a lockfile repeats a few dozen keys. */
    keyCache = new Map();
    key() {
        const s = this.s;
        const c = s.charCodeAt(this.i);
        if (c === C.Quote)
            return this.basicString();
        if (c === C.Apos)
            return this.literalString();
        const start = this.i;
        BARE_KEY.lastIndex = start;
        BARE_KEY.test(s);
        const end = BARE_KEY.lastIndex;
        if (end === start)
            throw GIVE_UP;
        this.i = end;
        // Reuse the string of an earlier identical key: no allocation, and it is already internalized.
        const slot = ((end - start) << 8) | (c & 0xff);
        const cached = this.keyCache.get(slot);
        if (cached !== undefined && s.startsWith(cached, start))
            return cached;
        const key = s.slice(start, end);
        this.keyCache.set(slot, key);
        return key;
    }
    /** A key path as in a header: `a.b."c"`, spaces allowed around dots. */
    keyPath() {
        const path = [this.key()];
        for (;;) {
            this.skipSpaces();
            if (this.s.charCodeAt(this.i) !== C.Dot)
                return path;
            this.i++;
            this.skipSpaces();
            path.push(this.key());
        }
    }
    header() {
        const s = this.s;
        const isArray = s.charCodeAt(this.i + 1) === C.LBracket;
        this.i += isArray ? 2 : 1;
        this.skipSpaces();
        const path = this.keyPath();
        this.skipSpaces();
        if (s.charCodeAt(this.i) !== C.RBracket)
            throw GIVE_UP;
        this.i++;
        if (isArray) {
            if (s.charCodeAt(this.i) !== C.RBracket)
                throw GIVE_UP;
            this.i++;
        }
        // Walk to the parent, creating implied tables; descend into the last element of [[arrays]].
        let table = this.root;
        for (let k = 0; k < path.length - 1; k++) {
            const key = path[k];
            const next = table[key];
            if (next === undefined) {
                const created = newTable();
                this.implicit.add(created);
                table[key] = created;
                table = created;
            }
            else if (Array.isArray(next) && this.tableArrays.has(next)) {
                table = next[next.length - 1];
            }
            else if (this.explicit.has(next) || this.implicit.has(next)) {
                table = next;
            }
            else {
                throw GIVE_UP; // a value or inline table: cannot be extended by a header
            }
        }
        const last = path[path.length - 1];
        const existing = table[last];
        if (isArray) {
            const element = newTable();
            this.explicit.add(element);
            if (existing === undefined) {
                const list = [element];
                this.tableArrays.add(list);
                table[last] = list;
            }
            else if (Array.isArray(existing) && this.tableArrays.has(existing)) {
                existing.push(element);
            }
            else {
                throw GIVE_UP;
            }
            return element;
        }
        if (existing === undefined) {
            const created = newTable();
            this.explicit.add(created);
            table[last] = created;
            return created;
        }
        // [a] after [a.b] made `a` implicitly: defining it now is allowed, once.
        if (this.implicit.has(existing)) {
            this.implicit.delete(existing);
            this.explicit.add(existing);
            return existing;
        }
        throw GIVE_UP;
    }
    keyValue(table) {
        const key = this.key();
        this.skipSpaces();
        if (this.s.charCodeAt(this.i) !== C.Eq)
            throw GIVE_UP; // dotted keys and anything else
        this.i++;
        this.skipSpaces();
        const value = this.value();
        if (key in table)
            throw GIVE_UP;
        table[key] = value;
    }
    value() {
        const s = this.s;
        const c = s.charCodeAt(this.i);
        if (c === C.Quote) {
            if (s.charCodeAt(this.i + 1) === C.Quote && s.charCodeAt(this.i + 2) === C.Quote)
                throw GIVE_UP;
            return this.basicString();
        }
        if (c === C.Apos) {
            if (s.charCodeAt(this.i + 1) === C.Apos && s.charCodeAt(this.i + 2) === C.Apos)
                throw GIVE_UP;
            return this.literalString();
        }
        if (c === C.LBracket)
            return this.array();
        if (c === C.LBrace)
            return this.inlineTable();
        if (s.startsWith('true', this.i) && !isBareKeyChar(s.charCodeAt(this.i + 4))) {
            this.i += 4;
            return true;
        }
        if (s.startsWith('false', this.i) && !isBareKeyChar(s.charCodeAt(this.i + 5))) {
            this.i += 5;
            return false;
        }
        return this.number();
    }
    dateTime() {
        OFFSET_DATE_TIME.lastIndex = this.i;
        const m = OFFSET_DATE_TIME.exec(this.s);
        if (!m)
            return undefined;
        const [text, y, mo, d, h, mi, sec, , zone] = m;
        const year = Number(y), month = Number(mo), day = Number(d);
        const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
        const maxDay = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1];
        const offsetOk = zone === 'Z' || (Number(zone.slice(1, 3)) < 24 && Number(zone.slice(4, 6)) < 60);
        if (month < 1 || month > 12 || day < 1 || day > maxDay || Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59 || !offsetOk)
            throw GIVE_UP;
        const after = this.s.charCodeAt(this.i + text.length);
        if (isBareKeyChar(after) || after === C.Dot || after === 58)
            throw GIVE_UP;
        this.i += text.length;
        return new dist/* TomlDate */.PJ(text);
    }
    /** Decimal integers (as BigInt, like smol-toml's integersAsBigInt) and plain floats. */
    number() {
        const s = this.s;
        const date = this.dateTime();
        if (date)
            return date;
        const start = this.i;
        const m = /[+-]?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
        m.lastIndex = start;
        const found = m.exec(s);
        if (!found || found[0].length === 0 || found[0] === '+' || found[0] === '-')
            throw GIVE_UP;
        const end = start + found[0].length;
        const after = s.charCodeAt(end);
        // Underscores, dates, hex/octal/binary, inf/nan, or a bare word: not ours.
        if (isBareKeyChar(after) || after === C.Dot || after === 58 /* : */ || after === C.Plus)
            throw GIVE_UP;
        this.i = end;
        if (found[2] === undefined && found[3] === undefined)
            return BigInt(found[0]);
        return Number(found[0]);
    }
    basicString() {
        const s = this.s;
        const start = this.i + 1;
        // Fast scan (native regex) for the closing quote; escapes take the slow path below.
        PLAIN_BASIC.lastIndex = start;
        PLAIN_BASIC.test(s);
        let i = PLAIN_BASIC.lastIndex;
        if (i >= s.length)
            throw GIVE_UP;
        const stop = s.charCodeAt(i);
        if (stop === C.Quote) {
            this.i = i + 1;
            return s.slice(start, i);
        }
        if (stop !== C.Backslash)
            throw GIVE_UP; // a control character
        let out = s.slice(start, i);
        for (;;) {
            if (i >= s.length)
                throw GIVE_UP;
            const c = s.charCodeAt(i);
            if (c === C.Quote) {
                this.i = i + 1;
                return out;
            }
            if ((c < 32 && c !== C.Tab) || c === 127)
                throw GIVE_UP;
            if (c !== C.Backslash) {
                out += s[i];
                i++;
                continue;
            }
            const e = s[i + 1];
            i += 2;
            switch (e) {
                case '"':
                    out += '"';
                    break;
                case '\\':
                    out += '\\';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'u':
                case 'U': {
                    const len = e === 'u' ? 4 : 8;
                    const hex = s.slice(i, i + len);
                    if (hex.length !== len || !/^[0-9A-Fa-f]+$/.test(hex))
                        throw GIVE_UP;
                    const code = parseInt(hex, 16);
                    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
                        throw GIVE_UP;
                    out += String.fromCodePoint(code);
                    i += len;
                    break;
                }
                default:
                    throw GIVE_UP; // \e, \x (TOML 1.1) and invalid escapes: let the full parser decide
            }
        }
    }
    literalString() {
        const s = this.s;
        const start = this.i + 1;
        PLAIN_LITERAL.lastIndex = start;
        PLAIN_LITERAL.test(s);
        const i = PLAIN_LITERAL.lastIndex;
        if (i >= s.length || s.charCodeAt(i) !== C.Apos)
            throw GIVE_UP;
        this.i = i + 1;
        return s.slice(start, i);
    }
    array() {
        const s = this.s;
        this.i++;
        const list = [];
        for (;;) {
            this.skipBlankAndComments();
            if (this.i >= s.length)
                throw GIVE_UP;
            if (s.charCodeAt(this.i) === C.RBracket) {
                this.i++;
                return list;
            }
            if (s.charCodeAt(this.i) === C.LBrace) {
                STRING_PAIR_TABLE.lastIndex = this.i;
                const m = STRING_PAIR_TABLE.exec(s);
                if (m !== null && m[1] !== m[3]) {
                    const table = newTable();
                    table[m[1]] = m[2];
                    table[m[3]] = m[4];
                    list.push(table);
                    this.i = STRING_PAIR_TABLE.lastIndex;
                    if (m[5] !== undefined)
                        continue; // the comma and the line break are consumed
                }
                else
                    list.push(this.value());
            }
            else
                list.push(this.value());
            this.skipBlankAndComments();
            const c = s.charCodeAt(this.i);
            if (c === C.Comma)
                this.i++;
            else if (c === C.RBracket) {
                this.i++;
                return list;
            }
            else
                throw GIVE_UP;
        }
    }
    /** `{ k = v, ... }` on one line (TOML 1.0); newlines or trailing commas: not ours. */
    inlineTable() {
        const s = this.s;
        this.i++;
        const table = newTable();
        this.skipSpaces();
        if (s.charCodeAt(this.i) === C.RBrace) {
            this.i++;
            return table;
        }
        for (;;) {
            // One native match for the common pair instead of a dozen steps; anything else goes the long way.
            STRING_PAIR.lastIndex = this.i;
            const m = STRING_PAIR.exec(s);
            if (m !== null) {
                const key = m[1];
                if (table[key] !== undefined)
                    throw GIVE_UP; // a redefinition (values are never undefined)
                table[key] = m[2];
                this.i = STRING_PAIR.lastIndex;
                if (m[3] === '}')
                    return table;
                continue;
            }
            this.skipSpaces();
            this.keyValue(table);
            this.skipSpaces();
            const c = s.charCodeAt(this.i);
            if (c === C.Comma) {
                this.i++;
                continue;
            }
            if (c === C.RBrace) {
                this.i++;
                return table;
            }
            throw GIVE_UP;
        }
    }
}
/** Parse lockfile-shaped TOML quickly, or return undefined to defer to the full parser. */
function parseLockToml(text) {
    if (text.charCodeAt(0) === 0xfeff)
        return undefined;
    try {
        return new Parser(text).parse();
    }
    catch (e) {
        if (e === GIVE_UP || e instanceof RangeError)
            return undefined; // RangeError: absurd nesting
        throw e;
    }
}

// EXTERNAL MODULE: ./actions/shared/errors.ts
var errors = __webpack_require__(9223);
;// CONCATENATED MODULE: ./actions/shared/lockfile/toml.ts
/**
 * TOML parsing with user-facing errors, a line index for annotations, and a
 * size/binary-checked file reader.
 */





/** Default cap for files a checker reads (manifests, lockfiles). */
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Path of `file` relative to `workspace`, with `/` separators (for annotations). */
function relPath(workspace, file) {
    const rel = external_node_path_.relative(workspace, file);
    if (!rel || rel.startsWith('..') || external_node_path_.isAbsolute(rel))
        return file.split(external_node_path_.sep).join('/');
    return rel.split(external_node_path_.sep).join('/');
}
/**
 * Read a text file, refusing files over `maxBytes`, binary content (NUL bytes) and
 * invalid UTF-8. A leading BOM is dropped. `displayPath` is used in messages.
 */
function readProjectFile(file, maxBytes = DEFAULT_MAX_BYTES, displayPath = file) {
    let size;
    try {
        const st = (0,external_node_fs_.statSync)(file);
        if (!st.isFile()) {
            throw new errors/* UserError */.yo(`${displayPath} is not a regular file.`, { title: 'unreadable file', location: { file: displayPath } });
        }
        size = st.size;
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            throw err;
        const code = err.code;
        throw new errors/* UserError */.yo(code === 'ENOENT' ? `${displayPath} does not exist.` : `Cannot read ${displayPath}: ${err.message}`, {
            title: code === 'ENOENT' ? 'file not found' : 'unreadable file',
            location: { file: displayPath },
            cause: err,
        });
    }
    if (size > maxBytes) {
        throw new errors/* UserError */.yo(`${displayPath} is ${size} bytes, over the ${maxBytes}-byte limit for a manifest or lockfile.`, {
            title: 'file too large',
            location: { file: displayPath },
            hint: 'Check that the path points at the lockfile, not at a build artifact.',
        });
    }
    let buf;
    try {
        buf = (0,external_node_fs_.readFileSync)(file);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`Cannot read ${displayPath}: ${err.message}`, { title: 'unreadable file', location: { file: displayPath }, cause: err });
    }
    return decodeText(buf, displayPath);
}
/** Decode UTF-8 strictly; NUL bytes or invalid sequences \u2192 UserError. */
function decodeText(buf, displayPath) {
    const nul = buf.indexOf(0);
    if (nul >= 0) {
        throw new errors/* UserError */.yo(`${displayPath} looks binary (NUL byte at offset ${nul}); expected a text file.`, {
            title: 'binary file',
            location: { file: displayPath, line: lineOfOffset(buf, nul) },
        });
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`${displayPath} is not valid UTF-8.`, { title: 'invalid encoding', location: { file: displayPath }, cause: err });
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function lineOfOffset(buf, offset) {
    let line = 1;
    for (let i = 0; i < offset; i++)
        if (buf[i] === 0x0a)
            line++;
    return line;
}
/** Parse TOML with ints as bigint; syntax errors become `UserError('invalid TOML')` with file:line. */
function parseToml(text, displayPath) {
    // Lockfiles take the fast path; anything it does not fully understand goes to smol-toml.
    const fast = parseLockToml(text);
    if (fast)
        return fast;
    try {
        return (0,dist/* parse */.qg)(text, { integersAsBigInt: true });
    }
    catch (err) {
        if (err instanceof dist/* TomlError */.zx) {
            const first = err.message.replace(/^Invalid TOML document: /, '').split('\n')[0] ?? err.message;
            throw new errors/* UserError */.yo(`${displayPath}:${err.line}:${err.column}: ${first}`, {
                title: 'invalid TOML',
                location: { file: displayPath, line: err.line, column: err.column },
                hint: 'Fix the syntax error (or regenerate the file with its tool).',
                cause: err,
            });
        }
        throw new errors/* UserError */.yo(`${displayPath}: ${err.message}`, { title: 'invalid TOML', location: { file: displayPath }, cause: err });
    }
}
let lastShared;
/**
 * parseToml for a lockfile two checkers read in one run (uv.lock: its own check, then the `uv export`
 * beside it): the second parse of the same text is free. The result is shared: callers must not change it.
 */
function parseTomlShared(text, displayPath) {
    if (lastShared?.text === text)
        return lastShared.data;
    const data = parseToml(text, displayPath);
    lastShared = { text, data };
    return data;
}
/** Read and parse a TOML file. */
function readTomlFile(file, displayPath = file, maxBytes) {
    const text = readProjectFile(file, maxBytes, displayPath);
    return { text, data: parseToml(text, displayPath) };
}
/**
 * Scans the text once; answers "which line is X on" questions in O(1)/O(section).
 * Text-based (no AST), robust to multi-line strings and arrays.
 */
class TomlLineIndex {
    text;
    linesCache;
    sectionList = [];
    byPath = new Map();
    arrays = new Map();
    scanned = false;
    // Built on first use: a fresh lockfile yields no findings, so usually no line is ever looked up.
    constructor(text) {
        this.text = text;
    }
    get lines() {
        return (this.linesCache ??= this.text.split(/\r?\n/));
    }
    get sections() {
        this.ensureScanned();
        return this.sectionList;
    }
    ensureScanned() {
        if (this.scanned)
            return;
        this.scanned = true;
        this.scan();
    }
    scan() {
        let current = { path: '', isArray: false, arrayIndex: 0, ownerIndex: -1, line: 0, endLine: this.lines.length, keys: new Map() };
        this.add(current);
        const arrayCounts = new Map();
        let depth = 0; // bracket/brace depth of an open multi-line value
        let mlString = null;
        for (let i = 0; i < this.lines.length; i++) {
            const lineNo = i + 1;
            const raw = this.lines[i];
            if (mlString === null && depth === 0) {
                const t = raw.trimStart();
                if (t.startsWith('[')) {
                    const hdr = parseHeader(t);
                    if (hdr) {
                        current.endLine = lineNo - 1;
                        let arrayIndex = 0;
                        if (hdr.isArray) {
                            arrayIndex = arrayCounts.get(hdr.path) ?? 0;
                            arrayCounts.set(hdr.path, arrayIndex + 1);
                            // A new instance resets counts of nested arrays under it.
                            for (const k of arrayCounts.keys())
                                if (k.startsWith(hdr.path + '.'))
                                    arrayCounts.delete(k);
                        }
                        let ownerIndex = -1;
                        // Longest array-table prefix that is a strict prefix of this path.
                        let best = '';
                        for (const [k, n] of arrayCounts) {
                            if (hdr.path.startsWith(k + '.') && k.length > best.length && !(hdr.isArray && k === hdr.path)) {
                                best = k;
                                ownerIndex = n - 1;
                            }
                        }
                        current = { path: hdr.path, isArray: hdr.isArray, arrayIndex, ownerIndex, line: lineNo, endLine: this.lines.length, keys: new Map() };
                        this.add(current);
                        continue;
                    }
                }
                const key = parseKeyAtLineStart(t);
                if (key !== undefined && !current.keys.has(key))
                    current.keys.set(key, lineNo);
            }
            // Track multi-line strings and open brackets on this line.
            const st = scanLine(raw, mlString, depth);
            mlString = st.mlString;
            depth = st.depth;
        }
        current.endLine = this.lines.length;
    }
    add(s) {
        const list = this.byPath.get(s.path);
        if (list)
            list.push(s);
        else
            this.byPath.set(s.path, [s]);
        this.sectionList.push(s);
        if (s.isArray) {
            const arr = this.arrays.get(s.path);
            if (arr)
                arr[s.arrayIndex] = s;
            else
                this.arrays.set(s.path, Object.assign([], { [s.arrayIndex]: s }));
        }
    }
    /** All sections with this dotted path, in file order. */
    sectionsAt(pathStr) {
        this.ensureScanned();
        return this.byPath.get(pathStr) ?? [];
    }
    /** Line of the `[path]` header (first occurrence), or undefined. */
    tableLine(pathStr) {
        this.ensureScanned();
        const s = this.byPath.get(pathStr)?.[0];
        return s && s.line > 0 ? s.line : undefined;
    }
    /** The `index`-th `[[path]]` section. */
    arrayTable(pathStr, index) {
        this.ensureScanned();
        return this.arrays.get(pathStr)?.[index];
    }
    /** Sub-table `[path]` owned by the `ownerIndex`-th enclosing array table (e.g. `package.dependencies` of package N). */
    subTable(pathStr, ownerIndex) {
        this.ensureScanned();
        return this.byPath.get(pathStr)?.find((s) => s.ownerIndex === ownerIndex);
    }
    /**
     * Line of `key = ...` in table `tablePath`. Also finds a dotted form in a parent
     * table (`[tool]` + `poetry.dependencies = ...`) and a sub-table header `[tablePath.key]`.
     */
    keyLine(tablePath, key) {
        for (const s of this.sectionsAt(tablePath)) {
            const l = s.keys.get(key);
            if (l !== undefined)
                return l;
        }
        const sub = this.tableLine(tablePath ? `${tablePath}.${key}` : key);
        if (sub !== undefined)
            return sub;
        // Dotted keys in an ancestor table: [tool] poetry.dependencies = ...
        const parts = tablePath ? tablePath.split('.') : [];
        for (let cut = parts.length - 1; cut >= 0; cut--) {
            const parent = parts.slice(0, cut).join('.');
            const first = parts[cut];
            for (const s of this.sectionsAt(parent)) {
                const l = s.keys.get(first);
                if (l !== undefined) {
                    const needle = [...parts.slice(cut), key];
                    const hit = this.findLine(s.line === 0 ? 1 : s.line, s.endLine, (ln) => dottedKeyMatches(ln, needle));
                    if (hit !== undefined)
                        return hit;
                }
            }
        }
        return undefined;
    }
    /** Line of `key = ...` inside the `index`-th `[[arrayPath]]`. */
    arrayKeyLine(arrayPath, index, key) {
        const s = this.arrayTable(arrayPath, index);
        return s?.keys.get(key) ?? s?.line;
    }
    /** First line in [from, to] for which `pred` holds. */
    findLine(from, to, pred) {
        const end = Math.min(to, this.lines.length);
        for (let l = Math.max(1, from); l <= end; l++)
            if (pred(this.lines[l - 1]))
                return l;
        return undefined;
    }
    /**
     * Line of a string literal (`"value"` or `'value'`) in [from, to]; e.g. a dependency
     * string inside `dependencies = [ ... ]`. Escaped forms are not decoded.
     */
    stringLine(value, from = 1, to = this.lines.length) {
        const dq = JSON.stringify(value);
        const sq = `'${value}'`;
        return this.findLine(from, to, (ln) => ln.includes(dq) || ln.includes(sq));
    }
    /**
     * Line of a requirement for package `name` inside an array value `key` of table
     * `tablePath` (PEP 508 string starting with the name, compared PEP 503-normalised).
     */
    requirementLine(tablePath, key, name) {
        const start = this.keyLine(tablePath, key);
        if (start === undefined)
            return undefined;
        const want = name.toLowerCase().replace(/[-_.]+/g, '-');
        const end = this.valueEndLine(start);
        return this.findLine(start, end, (ln) => {
            const re = /["']\s*([A-Za-z0-9][A-Za-z0-9._-]*)/g;
            for (let m = re.exec(ln); m; m = re.exec(ln)) {
                if (m[1].toLowerCase().replace(/[-_.]+/g, '-') === want)
                    return true;
            }
            return false;
        });
    }
    /** Last line of a (possibly multi-line) value starting on `line`. */
    valueEndLine(line) {
        let depth = 0;
        let ml = null;
        for (let l = line; l <= this.lines.length; l++) {
            const raw = this.lines[l - 1];
            const text = l === line ? raw.slice(Math.max(0, raw.indexOf('=') + 1)) : raw;
            const st = scanLine(text, ml, depth);
            ml = st.mlString;
            depth = st.depth;
            if (depth <= 0 && ml === null)
                return l;
        }
        return this.lines.length;
    }
}
function dottedKeyMatches(line, parts) {
    const t = line.trimStart();
    const eq = findEq(t);
    if (eq < 0)
        return false;
    const keys = splitDottedKey(t.slice(0, eq));
    if (!keys || keys.length < parts.length)
        return false;
    for (let i = 0; i < parts.length; i++)
        if (keys[i] !== parts[i])
            return false;
    return true;
}
/** Index of the `=` that ends a key (outside quotes), or -1. */
function findEq(t) {
    let q = null;
    for (let i = 0; i < t.length; i++) {
        const c = t[i];
        if (q) {
            if (c === '\\' && q === '"')
                i++;
            else if (c === q)
                q = null;
        }
        else if (c === '"' || c === "'")
            q = c;
        else if (c === '=')
            return i;
        else if (c === '#' || c === '[' || c === '{')
            return -1;
    }
    return -1;
}
/** Split `a."b.c".d` into ['a','b.c','d']; undefined if not a key. */
function splitDottedKey(s) {
    const out = [];
    let i = 0;
    const n = s.length;
    const ws = () => {
        while (i < n && (s[i] === ' ' || s[i] === '\t'))
            i++;
    };
    ws();
    while (i < n) {
        const c = s[i];
        if (c === '"') {
            let j = i + 1;
            let v = '';
            while (j < n && s[j] !== '"') {
                if (s[j] === '\\' && j + 1 < n) {
                    const e = s[j + 1];
                    if (e === 'u' || e === 'U') {
                        const len = e === 'u' ? 4 : 8;
                        v += String.fromCodePoint(parseInt(s.slice(j + 2, j + 2 + len), 16));
                        j += 2 + len;
                        continue;
                    }
                    v += { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', e: '\x1b' }[e] ?? e;
                    j += 2;
                    continue;
                }
                v += s[j];
                j++;
            }
            if (j >= n)
                return undefined;
            out.push(v);
            i = j + 1;
        }
        else if (c === "'") {
            const j = s.indexOf("'", i + 1);
            if (j < 0)
                return undefined;
            out.push(s.slice(i + 1, j));
            i = j + 1;
        }
        else {
            const m = /^[A-Za-z0-9_-]+/.exec(s.slice(i));
            if (!m)
                return undefined;
            out.push(m[0]);
            i += m[0].length;
        }
        ws();
        if (i >= n)
            break;
        if (s[i] !== '.')
            return undefined;
        i++;
        ws();
    }
    return out.length ? out : undefined;
}
function parseHeader(t) {
    const isArray = t.startsWith('[[');
    const open = isArray ? 2 : 1;
    // Find the closing bracket(s) outside quotes.
    let q = null;
    for (let i = open; i < t.length; i++) {
        const c = t[i];
        if (q) {
            if (c === '\\' && q === '"')
                i++;
            else if (c === q)
                q = null;
        }
        else if (c === '"' || c === "'")
            q = c;
        else if (c === ']') {
            if (isArray && t[i + 1] !== ']')
                return undefined;
            const keys = splitDottedKey(t.slice(open, i));
            if (!keys)
                return undefined;
            const rest = t.slice(i + (isArray ? 2 : 1)).trim();
            if (rest && !rest.startsWith('#'))
                return undefined;
            return { path: keys.join('.'), isArray };
        }
    }
    return undefined;
}
/** First component of the key at the start of a line (`a.b = 1` \u2192 `a`). */
function parseKeyAtLineStart(t) {
    if (!t || t.startsWith('#'))
        return undefined;
    const eq = findEq(t);
    if (eq <= 0)
        return undefined;
    const keys = splitDottedKey(t.slice(0, eq));
    return keys?.[0];
}
/** Advance multi-line-string and bracket state over one line. */
function scanLine(line, ml, depth) {
    let i = 0;
    const n = line.length;
    while (i < n) {
        if (ml) {
            const j = line.indexOf(ml, i);
            if (j < 0)
                return { mlString: ml, depth };
            if (ml === '"""') {
                // Skip escaped quotes: count backslashes before j.
                let b = 0;
                for (let k = j - 1; k >= i && line[k] === '\\'; k--)
                    b++;
                if (b % 2 === 1) {
                    i = j + 1;
                    continue;
                }
            }
            // Up to two extra quotes may belong to the content.
            let end = j + 3;
            while (end < n && line[end] === ml[0] && end < j + 5)
                end++;
            i = end;
            ml = null;
            continue;
        }
        const c = line[i];
        if (c === '#')
            break;
        if (c === '"' || c === "'") {
            if (line.startsWith(c.repeat(3), i)) {
                ml = c === '"' ? '"""' : "'''";
                i += 3;
                continue;
            }
            // single-line string
            let j = i + 1;
            while (j < n && line[j] !== c) {
                if (c === '"' && line[j] === '\\')
                    j++;
                j++;
            }
            i = j + 1;
            continue;
        }
        if (c === '[' || c === '{')
            depth++;
        else if (c === ']' || c === '}')
            depth = Math.max(0, depth - 1);
        i++;
    }
    return { mlString: ml, depth };
}
/**
 * The manifest that sits beside a lockfile (pyproject.toml, Pipfile), read as text. When it is
 * missing, records an `invalid-manifest` finding and an inconclusive verdict on `result`, and
 * returns undefined: freshness cannot be judged without it.
 */
function readManifestBeside(lockfile, name, workspace, result) {
    const file = external_node_path_.join(external_node_path_.dirname(lockfile), name);
    const rel = relPath(workspace, file);
    if (!(0,external_node_fs_.existsSync)(file)) {
        result.findings.push({
            class: 'invalid-manifest',
            severity: 'error',
            message: `${rel} not found next to ${relPath(workspace, lockfile)}; freshness cannot be checked.`,
            manifest: { file: rel },
        });
        result.freshness = 'inconclusive';
        result.inconclusiveReason = `${rel} is missing`;
        return undefined;
    }
    result.manifest = file;
    return { path: file, rel, text: readProjectFile(file, undefined, rel) };
}


/***/ }),

/***/ 676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _workflow_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(369);

/** Set step outputs; values are strings on the wire, so numbers and booleans are stringified here. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value !== undefined)
            _workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, String(value));
    }
}


/***/ }),

/***/ 7690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ writeJsonReport)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Write the action's machine-readable report. It lives under RUNNER_TEMP so later steps of the
 * job (or actions/upload-artifact) can read it; the path is returned for the `report` output.
 */
function writeJsonReport(action, data, dir = process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)()) {
    const write = (base) => {
        const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, 'blackbelt');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(folder, { recursive: true });
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, `${action}-report.json`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, JSON.stringify(data, null, 2) + '\n');
        return path;
    };
    try {
        return write(dir);
    }
    catch (e) {
        // A RUNNER_TEMP that is not a writable folder (a self-hosted runner's odd setup) must not fail
        // the step: the report goes to the system temp folder instead, and the `report` output says where.
        if (dir === (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)())
            throw e;
        return write((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)());
    }
}


/***/ }),

/***/ 369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   N4: () => (/* binding */ endGroup),
/* harmony export */   Oh: () => (/* binding */ startGroup),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   yU: () => (/* binding */ ExitCode),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports useSyncStdout, issueCommand, exportVariable, saveState, addPath, setFailed, isDebug, group */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/**
 * The runner's workflow-command protocol (annotations, masking, groups, logs) and file commands
 * (GITHUB_OUTPUT/ENV/STATE/PATH), implemented to the same wire format as @actions/core.
 *
 * Why not import @actions/core: its entry pulls in the OIDC HTTP client (~1 MB bundled), which
 * costs every step ~45 ms of cold start for a feature we never use. test/shared/workflow.test.ts
 * checks that this module writes byte-for-byte what @actions/core writes.
 */




var ExitCode;
(function (ExitCode) {
    ExitCode[ExitCode["Success"] = 0] = "Success";
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return input;
    return JSON.stringify(input);
}
function escapeData(s) {
    return toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
let syncStdout = false;
/**
 * Write logs and workflow commands with fs.writeSync(1) instead of process.stdout: Node then never
 * creates process.stdout (for the runner's pipe, a net.Socket: `net` and the stream modules loaded,
 * ~3\u20135 ms of a cold start). Only for an action whose own code never writes through process.stdout
 * (verify-lockfile) \u2014 mixing the two could reorder lines.
 */
function useSyncStdout() {
    syncStdout = true;
}
const WAIT = new Int32Array(new SharedArrayBuffer(4));
function out(text) {
    if (!syncStdout) {
        process.stdout.write(text);
        return;
    }
    const buf = Buffer.from(text, 'utf8');
    for (let off = 0; off < buf.length;) {
        try {
            off += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(1, buf, off);
        }
        catch (e) {
            const code = e.code;
            if (code === 'EAGAIN')
                Atomics.wait(WAIT, 0, 0, 1); // a non-blocking pipe that is full: wait for the reader
            else if (code === 'EPIPE')
                return; // nobody reads the log any more
            else
                throw e;
        }
    }
}
/** The local CLI (`blackbelt \u2026`) has no runner to interpret commands: print them as plain text. */
function cliText(command, properties, message) {
    const text = toCommandValue(message);
    switch (command) {
        case 'group':
            return `\u2500\u2500 ${text}`;
        case 'endgroup':
        case 'add-mask':
            return undefined;
        case 'debug':
            return process.env.BLACKBELT_DEBUG === '1' ? `debug: ${text}` : undefined;
        case 'error':
        case 'warning':
        case 'notice': {
            const where = properties.file ? `${String(properties.file)}${properties.line ? `:${String(properties.line)}` : ''}: ` : '';
            const title = properties.title ? `${String(properties.title)}: ` : '';
            process.stderr.write(`${command}: ${where}${title}${text}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
            return undefined;
        }
        default:
            return text;
    }
}
/** `::name key=value,...::message` on stdout. */
function issueCommand(command, properties, message) {
    if (process.env.BLACKBELT_CLI === '1') {
        const line = cliText(command, properties, message);
        if (line !== undefined)
            out(line + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
        return;
    }
    const props = Object.entries(properties)
        .filter(([, v]) => v)
        .map(([k, v]) => `${k}=${escapeProperty(v)}`)
        .join(',');
    out(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function fileCommand(kind, message) {
    const path = process.env[`GITHUB_${kind}`];
    if (!path)
        throw new Error(`Unable to find environment variable for file command ${kind}`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        throw new Error(`Missing file at path: ${path}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, `${message}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, { encoding: 'utf8' });
}
function keyValue(key, value) {
    const marker = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    const text = toCommandValue(value);
    if (key.includes(marker) || text.includes(marker))
        throw new Error('Unexpected input: contains the heredoc delimiter');
    return `${key}<<${marker}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${text}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${marker}`;
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return fileCommand('OUTPUT', keyValue(name, value));
    out(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
function exportVariable(name, value) {
    process.env[name] = toCommandValue(value);
    if (process.env.GITHUB_ENV)
        return fileCommand('ENV', keyValue(name, value));
    issueCommand('set-env', { name }, toCommandValue(value));
}
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        return fileCommand('STATE', keyValue(name, value));
    issueCommand('save-state', { name }, toCommandValue(value));
}
function addPath(dir) {
    if (process.env.GITHUB_PATH)
        fileCommand('PATH', dir);
    else
        issueCommand('add-path', {}, dir);
    process.env.PATH = `${dir}${delimiter}${process.env.PATH}`;
}
/** Mask a value in every later log line (the runner consumes the command itself). */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function annotation(level, message, props = {}) {
    const text = message instanceof Error ? message.toString() : message;
    issueCommand(level, Object.keys(props).length
        ? { title: props.title, file: props.file, line: props.startLine, endLine: props.endLine, col: props.startColumn, endColumn: props.endColumn }
        : {}, text);
}
const error = (message, props) => annotation('error', message, props);
const warning = (message, props) => annotation('warning', message, props);
const notice = (message, props) => annotation('notice', message, props);
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
function info(message) {
    out(message + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
async function group(name, fn) {
    startGroup(name);
    try {
        return await fn();
    }
    finally {
        endGroup();
    }
}


/***/ })

};
