export const id = 266;
export const ids = [266];
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

/***/ 4266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony export reportFailure */
/* harmony import */ var _workflow_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(369);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2752);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9223);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6834);




const ISSUES_URL = 'https://github.com/blackbelt-actions/blackbelt/issues';
/**
 * The one entry wrapper every action uses. Whatever `main` throws (an Error, a string, undefined)
 * ends as a failed step with one readable message: user errors get a file:line annotation and no
 * stack; anything else is reported as a bug, with the stack only in debug logs.
 */
async function runAction(name, main) {
    try {
        await main();
    }
    catch (thrown) {
        reportFailure(name, thrown);
    }
    finally {
        if (_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .annotations */ .hk.overflow.length && !_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .annotations */ .hk.overflowInSummary) {
            try {
                new _summary_js__WEBPACK_IMPORTED_MODULE_3__/* .SummaryBuilder */ .CF().overflow(_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .annotations */ .hk.overflow).write();
            }
            catch {
                // The summary file is best effort; the failure is already reported.
            }
        }
    }
}
function reportFailure(name, thrown) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isUserError */ .iU)(thrown)) {
        const message = thrown.hint ? `${thrown.message}\n${thrown.hint}` : thrown.message;
        _annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .annotations */ .hk.fail(message, thrown.location, thrown.title);
        return;
    }
    const text = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeThrown */ .YI)(thrown);
    _annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .annotations */ .hk.fail(`${name} failed unexpectedly: ${text}\nThis looks like a bug in blackbelt. Please report it at ${ISSUES_URL} with this log (re-run with debug logging for the stack trace).`, undefined, `${name}: internal error`);
    if (thrown instanceof Error && thrown.stack) {
        // The runner shows ::debug:: lines only with ACTIONS_STEP_DEBUG; the CLI only with BLACKBELT_DEBUG.
        if (process.env.BLACKBELT_CLI !== '1')
            _workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(thrown.stack);
        else if (process.env.BLACKBELT_DEBUG === '1')
            process.stderr.write(`${thrown.stack}\n`);
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
