import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./actions/shared/workflow.ts
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
            off += (0,external_node_fs_namespaceObject.writeSync)(1, buf, off);
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
            process.stderr.write(`${command}: ${where}${title}${text}${external_node_os_namespaceObject.EOL}`);
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
            out(line + external_node_os_namespaceObject.EOL);
        return;
    }
    const props = Object.entries(properties)
        .filter(([, v]) => v)
        .map(([k, v]) => `${k}=${escapeProperty(v)}`)
        .join(',');
    out(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
function fileCommand(kind, message) {
    const path = process.env[`GITHUB_${kind}`];
    if (!path)
        throw new Error(`Unable to find environment variable for file command ${kind}`);
    if (!(0,external_node_fs_namespaceObject.existsSync)(path))
        throw new Error(`Missing file at path: ${path}`);
    (0,external_node_fs_namespaceObject.appendFileSync)(path, `${message}${external_node_os_namespaceObject.EOL}`, { encoding: 'utf8' });
}
function keyValue(key, value) {
    const marker = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    const text = toCommandValue(value);
    if (key.includes(marker) || text.includes(marker))
        throw new Error('Unexpected input: contains the heredoc delimiter');
    return `${key}<<${marker}${external_node_os_namespaceObject.EOL}${text}${external_node_os_namespaceObject.EOL}${marker}`;
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return fileCommand('OUTPUT', keyValue(name, value));
    out(external_node_os_namespaceObject.EOL);
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
    out(message + external_node_os_namespaceObject.EOL);
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

;// CONCATENATED MODULE: ./actions/shared/annotations.ts

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
        process.exitCode = ExitCode.Failure;
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
        error(a.message, props);
    else if (a.level === 'warning')
        warning(a.message, props);
    else
        notice(a.message, props);
}
/** One emitter per process: every module of an action shares the step's caps. */
const annotations = new AnnotationEmitter();

;// CONCATENATED MODULE: ./actions/shared/errors.ts
/**
 * A problem the user can fix: bad input, a broken lockfile, an unreachable registry.
 * The entry wrapper prints it as one annotation with no stack trace.
 */
class errors_UserError extends Error {
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
    return value instanceof errors_UserError;
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

;// CONCATENATED MODULE: ./actions/shared/summary.ts

/** GitHub rejects a step summary over 1 MiB; stay under it with room for the truncation note. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
/** Escape text for a Markdown table cell (pipes and newlines would break the row). */
function cell(value) {
    if (value === null || value === undefined || value === '')
        return ' ';
    return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** Markdown job-summary builder: GitHub renders it, and the CLI turns it into terminal text. */
class SummaryBuilder {
    parts = [];
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(level)} ${text}\n`);
        return this;
    }
    paragraph(text) {
        this.parts.push(`${text}\n`);
        return this;
    }
    list(items) {
        if (items.length)
            this.parts.push(items.map((i) => `- ${i}`).join('\n') + '\n');
        return this;
    }
    table(headers, rows) {
        const lines = [`| ${headers.map(cell).join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`];
        for (const row of rows)
            lines.push(`| ${headers.map((_, i) => cell(row[i])).join(' | ')} |`);
        this.parts.push(lines.join('\n') + '\n');
        return this;
    }
    /** Key/value table, the usual "what happened" block. */
    facts(entries) {
        return this.table(['', ''], entries.map(([k, v]) => [`**${k}**`, v]));
    }
    details(summary, body) {
        const inner = typeof body === 'string' ? body : body.toString();
        this.parts.push(`<details><summary>${summary}</summary>\n\n${inner}\n</details>\n`);
        return this;
    }
    code(text, lang = '') {
        const fence = text.includes('```') ? '~~~~' : '```';
        this.parts.push(`${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}\n`);
        return this;
    }
    /** Annotations GitHub would have dropped (over the per-step cap) still reach the reader here. */
    overflow(annotations) {
        if (!annotations.length)
            return this;
        return this.details(`${annotations.length} more finding(s) not shown as annotations (GitHub keeps 10 per type per step)`, new SummaryBuilder().table(['level', 'where', 'message'], annotations.map((a) => [a.level, a.location?.file ? `${a.location.file}${a.location.line ? `:${a.location.line}` : ''}` : '', a.title ? `${a.title}: ${a.message}` : a.message])));
    }
    toString() {
        return this.parts.join('\n');
    }
    /** Append to $GITHUB_STEP_SUMMARY (no-op when it is not set). Returns the text written. */
    write(path = process.env.GITHUB_STEP_SUMMARY) {
        let text = this.toString();
        if (Buffer.byteLength(text) > SUMMARY_LIMIT_BYTES) {
            text = Buffer.from(text).subarray(0, SUMMARY_LIMIT_BYTES).toString('utf8') +
                '\n\n_Summary truncated at GitHub\'s 1 MiB limit; the JSON report has everything._\n';
        }
        if (path)
            (0,external_node_fs_namespaceObject.appendFileSync)(path, text + '\n');
        return text;
    }
}
/** Render summary Markdown as plain terminal text (for the local CLI). */
function markdownToTerminal(markdown) {
    const out = [];
    let tableRows = [];
    const flushTable = () => {
        if (!tableRows.length)
            return;
        const widths = tableRows[0].map((_, i) => Math.max(...tableRows.map((r) => (r[i] ?? '').length)));
        for (const r of tableRows)
            out.push('  ' + r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
        tableRows = [];
    };
    let inCode = false;
    for (const raw of markdown.split('\n')) {
        const line = raw.trimEnd();
        if (/^(```|~~~~)/.test(line)) {
            flushTable();
            inCode = !inCode;
            continue;
        }
        if (inCode) {
            out.push(`    ${line}`);
            continue;
        }
        if (/^\|.*\|$/.test(line)) {
            if (/^\|(\s*-+\s*\|)+$/.test(line))
                continue;
            const cells = line.slice(1, -1).split(/(?<!\\)\|/).map((c) => plain(c.trim()));
            if (cells.every((c) => c === ''))
                continue;
            tableRows.push(cells);
            continue;
        }
        flushTable();
        const heading = /^(#{1,6})\s+(.*)$/.exec(line);
        if (heading) {
            const text = plain(heading[2]);
            out.push('', text, (heading[1].length === 1 ? '=' : '-').repeat(text.length));
            continue;
        }
        const details = /^<details><summary>(.*)<\/summary>$/.exec(line);
        if (details) {
            out.push(`\u25b8 ${plain(details[1])}`);
            continue;
        }
        if (line === '</details>')
            continue;
        out.push(plain(line));
    }
    flushTable();
    return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
function plain(text) {
    return text
        .replace(/<br>/g, ' / ')
        .replace(/<[^>]+>/g, '')
        .replace(/\*\*(.*?)\*\*/g, '$1')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\\\|/g, '|')
        .replace(/\\\\/g, '\\');
}

;// CONCATENATED MODULE: ./actions/shared/runner.ts




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
        if (annotations.overflow.length) {
            try {
                new SummaryBuilder().overflow(annotations.overflow).write();
            }
            catch {
                // The summary file is best effort; the failure is already reported.
            }
        }
    }
}
function reportFailure(name, thrown) {
    if (isUserError(thrown)) {
        const message = thrown.hint ? `${thrown.message}\n${thrown.hint}` : thrown.message;
        annotations.fail(message, thrown.location, thrown.title);
        return;
    }
    const text = describeThrown(thrown);
    annotations.fail(`${name} failed unexpectedly: ${text}\nThis looks like a bug in blackbelt. Please report it at ${ISSUES_URL} with this log (re-run with debug logging for the stack trace).`, undefined, `${name}: internal error`);
    if (thrown instanceof Error && thrown.stack) {
        // The runner shows ::debug:: lines only with ACTIONS_STEP_DEBUG; the CLI only with BLACKBELT_DEBUG.
        if (process.env.BLACKBELT_CLI !== '1')
            debug(thrown.stack);
        else if (process.env.BLACKBELT_DEBUG === '1')
            process.stderr.write(`${thrown.stack}\n`);
    }
}

;// CONCATENATED MODULE: ./actions/shared/inputs.ts



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
        throw new UserError(`Input "${name}" is required but was empty.`, {
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
    throw new errors_UserError(`Input "${name}" must be true or false, got "${rawInput(name)}".`, { title: `invalid input: ${name}` });
}
function getChoice(name, choices, fallback) {
    const value = rawInput(name).toLowerCase();
    if (!value)
        return fallback;
    if (choices.includes(value))
        return value;
    throw new errors_UserError(`Input "${name}" must be one of ${choices.join(', ')}; got "${rawInput(name)}".`, { title: `invalid input: ${name}` });
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
    return (0,external_node_path_.resolve)(process.env.GITHUB_WORKSPACE || process.cwd());
}
/**
 * Resolve a user path inside the workspace. Paths that escape it (`..`, absolute paths elsewhere,
 * symlinks pointing out) are refused: an action must not read or write outside the checkout.
 */
function confinePath(name, value, root = workspaceRoot()) {
    const target = (0,external_node_path_.resolve)(root, value);
    const check = (abs, base) => {
        const rel = (0,external_node_path_.relative)(base, abs);
        return rel === '' || (!rel.startsWith('..' + external_node_path_.sep) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
    };
    let ok = check(target, root);
    if (ok && (0,external_node_fs_namespaceObject.existsSync)(target)) {
        const realRoot = (0,external_node_fs_namespaceObject.existsSync)(root) ? (0,external_node_fs_namespaceObject.realpathSync)(root) : root;
        ok = check((0,external_node_fs_namespaceObject.realpathSync)(target), realRoot);
    }
    if (!ok) {
        throw new errors_UserError(`Input "${name}" points outside the workspace: "${value}" resolves to ${target}, which is not under ${root}.`, {
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
    const rel = (0,external_node_path_.relative)(root, path);
    return rel.split(external_node_path_.sep).join('/') || '.';
}

;// CONCATENATED MODULE: ./actions/shared/lockfile/detect.ts


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
    try {
        const head = (0,external_node_fs_namespaceObject.readFileSync)(path, { encoding: 'utf8', flag: 'r' }).slice(0, 2048);
        return REQUIREMENTS_HEADER.test(head);
    }
    catch {
        return false;
    }
}
/**
 * Every lockfile in a project directory, in a stable order. Requirements files count only when a
 * locking tool wrote them (or a requirements.in sits beside them): a hand-written requirements.txt
 * is a manifest, not a lock.
 */
function detectLockfiles(dir) {
    const found = [];
    for (const [manager, name] of Object.entries(DEFAULT_LOCKFILE)) {
        if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_.join)(dir, name)))
            found.push({ manager: manager, lockfile: (0,external_node_path_.join)(dir, name) });
    }
    let entries = [];
    try {
        entries = (0,external_node_fs_namespaceObject.readdirSync)(dir).sort();
    }
    catch {
        return found;
    }
    for (const name of entries) {
        if (name === 'pylock.toml' || /^pylock\.[^.]+\.toml$/.test(name))
            found.push({ manager: 'pylock', lockfile: (0,external_node_path_.join)(dir, name) });
    }
    for (const name of entries) {
        if (!/^requirements.*\.txt$/.test(name))
            continue;
        const path = (0,external_node_path_.join)(dir, name);
        const source = (0,external_node_path_.join)(dir, name.replace(/\.txt$/, '.in'));
        if (isGeneratedRequirements(path) || (0,external_node_fs_namespaceObject.existsSync)(source))
            found.push({ manager: 'pip-tools', lockfile: path });
    }
    return found;
}
/** When no lockfile exists: which manifest is there, and which command would create the lock. */
function manifestWithoutLock(dir) {
    const pyproject = (0,external_node_path_.join)(dir, 'pyproject.toml');
    if ((0,external_node_fs_namespaceObject.existsSync)(pyproject)) {
        const text = (0,external_node_fs_namespaceObject.readFileSync)(pyproject, 'utf8');
        if (/^\[tool\.poetry(\.|\])/m.test(text) && !/^\[tool\.(uv|pdm)/m.test(text))
            return { manager: 'poetry', manifest: pyproject, fix: 'poetry lock' };
        if (/^\[tool\.pdm/m.test(text))
            return { manager: 'pdm', manifest: pyproject, fix: 'pdm lock' };
        return { manager: 'uv', manifest: pyproject, fix: 'uv lock' };
    }
    if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_.join)(dir, 'Pipfile')))
        return { manager: 'pipenv', manifest: (0,external_node_path_.join)(dir, 'Pipfile'), fix: 'pipenv lock' };
    if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_.join)(dir, 'requirements.in'))) {
        return { manager: 'pip-tools', manifest: (0,external_node_path_.join)(dir, 'requirements.in'), fix: 'pip-compile --generate-hashes requirements.in' };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/shared/lockfile/pep440.ts
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
function pep440_canonicalSpecifiers(text) {
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

;// CONCATENATED MODULE: ./actions/shared/lockfile/names.ts

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
        if (versionsEqual(a, b))
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

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

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
const fasttoml_BARE_KEY = /[A-Za-z0-9_-]*/y;
/** In an inline table: `key = "plain string"` and the `,` or `}` after it (the usual artifact entry). */
const STRING_PAIR = /[ \t]*([A-Za-z0-9_-]+)[ \t]*=[ \t]*"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"[ \t]*([,}])/y;
/** A whole `key = "plain string"` line (name, version, description, ... of every package). */
const STRING_LINE = /([A-Za-z0-9_-]+)[ \t]*=[ \t]*"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"[ \t]*\r?\n/y;
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
        fasttoml_BARE_KEY.lastIndex = start;
        fasttoml_BARE_KEY.test(s);
        const end = fasttoml_BARE_KEY.lastIndex;
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
        return new TomlDate(text);
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
        const st = (0,external_node_fs_namespaceObject.statSync)(file);
        if (!st.isFile()) {
            throw new errors_UserError(`${displayPath} is not a regular file.`, { title: 'unreadable file', location: { file: displayPath } });
        }
        size = st.size;
    }
    catch (err) {
        if (err instanceof errors_UserError)
            throw err;
        const code = err.code;
        throw new errors_UserError(code === 'ENOENT' ? `${displayPath} does not exist.` : `Cannot read ${displayPath}: ${err.message}`, {
            title: code === 'ENOENT' ? 'file not found' : 'unreadable file',
            location: { file: displayPath },
            cause: err,
        });
    }
    if (size > maxBytes) {
        throw new errors_UserError(`${displayPath} is ${size} bytes, over the ${maxBytes}-byte limit for a manifest or lockfile.`, {
            title: 'file too large',
            location: { file: displayPath },
            hint: 'Check that the path points at the lockfile, not at a build artifact.',
        });
    }
    let buf;
    try {
        buf = (0,external_node_fs_namespaceObject.readFileSync)(file);
    }
    catch (err) {
        throw new errors_UserError(`Cannot read ${displayPath}: ${err.message}`, { title: 'unreadable file', location: { file: displayPath }, cause: err });
    }
    return decodeText(buf, displayPath);
}
/** Decode UTF-8 strictly; NUL bytes or invalid sequences \u2192 UserError. */
function decodeText(buf, displayPath) {
    const nul = buf.indexOf(0);
    if (nul >= 0) {
        throw new errors_UserError(`${displayPath} looks binary (NUL byte at offset ${nul}); expected a text file.`, {
            title: 'binary file',
            location: { file: displayPath, line: lineOfOffset(buf, nul) },
        });
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    }
    catch (err) {
        throw new errors_UserError(`${displayPath} is not valid UTF-8.`, { title: 'invalid encoding', location: { file: displayPath }, cause: err });
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
        return parse(text, { integersAsBigInt: true });
    }
    catch (err) {
        if (err instanceof TomlError) {
            const first = err.message.replace(/^Invalid TOML document: /, '').split('\n')[0] ?? err.message;
            throw new errors_UserError(`${displayPath}:${err.line}:${err.column}: ${first}`, {
                title: 'invalid TOML',
                location: { file: displayPath, line: err.line, column: err.column },
                hint: 'Fix the syntax error (or regenerate the file with its tool).',
                cause: err,
            });
        }
        throw new errors_UserError(`${displayPath}: ${err.message}`, { title: 'invalid TOML', location: { file: displayPath }, cause: err });
    }
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
    if (!(0,external_node_fs_namespaceObject.existsSync)(file)) {
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
        text = (0,external_node_fs_namespaceObject.readFileSync)(manifest, 'utf8');
    }
    catch {
        return [];
    }
    const findings = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^\s*#/.test(line) || !line.includes('://'))
            continue;
        for (const match of line.matchAll(URL_IN_TEXT)) {
            const cred = findUrlCredentials(match[1]);
            if (!cred)
                continue;
            findings.push({
                class: 'credentials-in-url',
                severity: 'error',
                message: `A URL in ${relPath(workspace, manifest)} carries credentials (${cred.kind}): ${cred.masked}. Anyone who can read the repository can use them.`,
                found: cred.masked,
                expected: 'a URL without credentials; pass them through the tool\'s environment variables or keyring',
                manifest: { file: relPath(workspace, manifest), line: i + 1 },
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

;// CONCATENATED MODULE: ./actions/shared/lockfile/hashes.ts
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
/** First malformed hash of a list, and how many are malformed. */
function firstHashProblem(hashes) {
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

;// CONCATENATED MODULE: ./actions/shared/lockfile/pep508.ts
/**
 * PEP 508 requirements and environment markers: parser, AST, evaluator (packaging semantics),
 * uv-style normalisation, semantic comparison and an environment matrix for universal locks.
 */



const MARKER_VARIABLES = new Set([
    'python_version',
    'python_full_version',
    'os_name',
    'sys_platform',
    'platform_release',
    'platform_system',
    'platform_version',
    'platform_machine',
    'platform_python_implementation',
    'implementation_name',
    'implementation_version',
    'extra',
    'extras',
    'dependency_groups',
]);
const LEGACY_VARIABLES = {
    'os.name': 'os_name',
    'sys.platform': 'sys_platform',
    'platform.version': 'platform_version',
    'platform.machine': 'platform_machine',
    'platform.python_implementation': 'platform_python_implementation',
    python_implementation: 'platform_python_implementation',
};
const VERSION_VARIABLES = new Set(['python_version', 'python_full_version', 'implementation_version']);
class MarkerSyntaxError extends Error {
    position;
    constructor(message, position) {
        super(message);
        this.position = position;
        this.name = 'MarkerSyntaxError';
    }
}
function tokenize(text) {
    const out = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        if (c === '(' || c === ')') {
            out.push({ t: c, v: c, pos: i });
            i++;
            continue;
        }
        if (c === '"' || c === "'") {
            const end = text.indexOf(c, i + 1);
            if (end < 0)
                throw new MarkerSyntaxError('unterminated string', i);
            out.push({ t: 'str', v: text.slice(i + 1, end), pos: i });
            i = end + 1;
            continue;
        }
        const op = /^(===|==|!=|<=|>=|~=|<|>)/.exec(text.slice(i));
        if (op) {
            out.push({ t: 'op', v: op[1], pos: i });
            i += op[1].length;
            continue;
        }
        const id = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(text.slice(i));
        if (id) {
            out.push({ t: 'id', v: id[0], pos: i });
            i += id[0].length;
            continue;
        }
        throw new MarkerSyntaxError(`unexpected character ${JSON.stringify(c)}`, i);
    }
    out.push({ t: 'eof', v: '', pos: text.length });
    return out;
}
/** Parse a marker expression; throws MarkerSyntaxError. */
function parseMarker(text) {
    const toks = tokenize(text);
    let p = 0;
    const peek = () => toks[p];
    const next = () => toks[p++];
    const isKw = (kw) => peek().t === 'id' && peek().v === kw;
    function parseOr() {
        const children = [parseAnd()];
        while (isKw('or')) {
            next();
            children.push(parseAnd());
        }
        return children.length === 1 ? children[0] : { type: 'or', children };
    }
    function parseAnd() {
        const children = [parseAtom()];
        while (isKw('and')) {
            next();
            children.push(parseAtom());
        }
        return children.length === 1 ? children[0] : { type: 'and', children };
    }
    function parseValue() {
        const t = next();
        if (t.t === 'str')
            return { kind: 'str', value: t.v };
        if (t.t === 'id') {
            const name = LEGACY_VARIABLES[t.v] ?? t.v;
            if (!MARKER_VARIABLES.has(name))
                throw new MarkerSyntaxError(`unknown marker variable ${t.v}`, t.pos);
            return { kind: 'var', name };
        }
        throw new MarkerSyntaxError(`expected a marker variable or string, found ${t.v || 'end of input'}`, t.pos);
    }
    function parseAtom() {
        if (peek().t === '(') {
            next();
            const inner = parseOr();
            const close = next();
            if (close.t !== ')')
                throw new MarkerSyntaxError('expected )', close.pos);
            return inner;
        }
        const left = parseValue();
        let op;
        const t = next();
        if (t.t === 'op')
            op = t.v;
        else if (t.t === 'id' && t.v === 'in')
            op = 'in';
        else if (t.t === 'id' && t.v === 'not' && peek().t === 'id' && peek().v === 'in') {
            next();
            op = 'not in';
        }
        else
            throw new MarkerSyntaxError(`expected a comparison operator, found ${t.v || 'end of input'}`, t.pos);
        const right = parseValue();
        if (left.kind === right.kind)
            throw new MarkerSyntaxError('a marker compares a variable with a string', t.pos);
        return { type: 'cmp', left, op, right };
    }
    const node = parseOr();
    if (peek().t !== 'eof')
        throw new MarkerSyntaxError(`unexpected ${peek().v}`, peek().pos);
    return node;
}
// ---------------------------------------------------------------- serialisation
function quote(s, q) {
    if (!s.includes(q))
        return `${q}${s}${q}`;
    const other = q === '"' ? "'" : '"';
    return `${other}${s}${other}`;
}
/** Serialise a marker (packaging style with double quotes, or uv style with single quotes). */
function markerToString(node, quoteChar = '"') {
    const val = (v) => (v.kind === 'var' ? v.name : quote(v.value, quoteChar));
    const go = (n, parent) => {
        if (n.type === 'cmp')
            return `${val(n.left)} ${n.op} ${val(n.right)}`;
        const s = n.children.map((c) => go(c, n.type)).join(` ${n.type} `);
        return parent !== null && parent !== n.type ? `(${s})` : s;
    };
    return go(node, null);
}
function stringOp(lhs, op, rhs) {
    switch (op) {
        case '==':
        case '===':
            return lhs === rhs;
        case '!=':
            return lhs !== rhs;
        case '<':
            return lhs < rhs;
        case '<=':
            return lhs <= rhs;
        case '>':
            return lhs > rhs;
        case '>=':
            return lhs >= rhs;
        case 'in':
            return rhs.includes(lhs);
        case 'not in':
            return !rhs.includes(lhs);
        default:
            return false; // `~=` on non-versions is undefined in packaging
    }
}
/** packaging's `_eval_op`: try a PEP 440 specifier built from the right-hand side, else compare strings. */
function evalOp(lhs, op, rhs, versionVar) {
    if (op !== 'in' && op !== 'not in') {
        const spec = parseSpecifier(`${op}${rhs}`);
        if (spec) {
            const v = parseVersion(lhs);
            if (v)
                return specifierContains(spec, v);
            if (op === '===')
                return stringOp(lhs, op, rhs);
            if (versionVar)
                return false;
        }
    }
    return stringOp(lhs, op, rhs);
}
function toSet(values) {
    const s = new Set();
    if (values)
        for (const v of values)
            s.add(normalizeName(v));
    return s;
}
/** Evaluate a marker against one environment. */
function evaluateMarker(node, env, ctx = {}) {
    const tree = typeof node === 'string' ? parseMarker(node) : node;
    const extras = toSet(ctx.extras);
    const groups = toSet(ctx.dependencyGroups);
    const go = (n) => {
        if (n.type !== 'cmp')
            return n.type === 'and' ? n.children.every(go) : n.children.some(go);
        const varSide = n.left.kind === 'var' ? n.left.name : n.right.name;
        const literal = n.left.kind === 'str' ? n.left.value : n.right.value;
        if (varSide === 'extra') {
            // `extra` holds one value at a time; with a set of active extras, `==` means membership
            const want = normalizeName(literal);
            if (n.op === '==' || n.op === '===')
                return extras.has(want);
            if (n.op === '!=')
                return !extras.has(want);
            return false;
        }
        if (varSide === 'extras' || varSide === 'dependency_groups') {
            const set = varSide === 'extras' ? extras : groups;
            const want = normalizeName(literal);
            if (n.left.kind === 'str' && n.op === 'in')
                return set.has(want);
            if (n.left.kind === 'str' && n.op === 'not in')
                return !set.has(want);
            return false;
        }
        const envValue = env[varSide] ?? '';
        const lhs = n.left.kind === 'var' ? envValue : literal;
        const rhs = n.left.kind === 'var' ? literal : envValue;
        return evalOp(lhs, n.op, rhs, VERSION_VARIABLES.has(varSide));
    };
    return go(tree);
}
class RequirementSyntaxError extends Error {
    text;
    constructor(message, text) {
        super(`${message}: ${text}`);
        this.text = text;
        this.name = 'RequirementSyntaxError';
    }
}
const NAME_RE = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*/;
/** Parse a PEP 508 requirement string; throws RequirementSyntaxError. */
function parseRequirement(text) {
    let rest = text;
    const nm = NAME_RE.exec(rest);
    if (!nm)
        throw new RequirementSyntaxError('expected a package name', text);
    const name = nm[1];
    rest = rest.slice(nm[0].length);
    let extras = [];
    if (rest.startsWith('[')) {
        const end = rest.indexOf(']');
        if (end < 0)
            throw new RequirementSyntaxError('unterminated extras', text);
        const inner = rest.slice(1, end).trim();
        extras = inner ? inner.split(',').map((e) => e.trim()) : [];
        if (extras.some((e) => !/^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(e))) {
            throw new RequirementSyntaxError('invalid extra name', text);
        }
        extras = [...new Set(extras.map(normalizeName))].sort();
        rest = rest.slice(end + 1).trimStart();
    }
    let specifier = '';
    let url;
    let markerText;
    if (rest.startsWith('@')) {
        rest = rest.slice(1).trimStart();
        // the URL ends at whitespace; a marker follows as " ; ..."
        const m = /^(\S+)(?:\s+;\s*(.*))?\s*$/s.exec(rest);
        if (!m)
            throw new RequirementSyntaxError('expected a URL after @', text);
        url = m[1];
        if (url.endsWith(';') && m[2] === undefined)
            throw new RequirementSyntaxError('a marker after a URL needs a space before ;', text);
        markerText = m[2]?.trim();
    }
    else {
        const semi = rest.indexOf(';');
        let spec = semi >= 0 ? rest.slice(0, semi) : rest;
        markerText = semi >= 0 ? rest.slice(semi + 1).trim() : undefined;
        spec = spec.trim();
        if (spec.startsWith('(')) {
            if (!spec.endsWith(')'))
                throw new RequirementSyntaxError('unbalanced parentheses', text);
            spec = spec.slice(1, -1).trim();
        }
        if (spec && !parseSpecifiers(spec))
            throw new RequirementSyntaxError('invalid version specifier', text);
        specifier = spec;
    }
    const req = { name, normalizedName: normalizeName(name), extras, specifier };
    if (url !== undefined)
        req.url = url;
    if (markerText !== undefined && markerText !== '') {
        try {
            req.marker = parseMarker(markerText);
        }
        catch (e) {
            throw new RequirementSyntaxError(`invalid marker (${e.message})`, text);
        }
        req.markerText = markerText;
    }
    else if (markerText === '') {
        throw new RequirementSyntaxError('empty marker', text);
    }
    return req;
}
// ---------------------------------------------------------------- uv normalisation
function bumpMinor(v) {
    const p = parseVersion(v);
    if (!p || p.release.length !== 2 || p.pre || p.post !== undefined || p.dev !== undefined || p.local)
        return null;
    return `${p.release[0]}.${p.release[1] + 1}`;
}
/**
 * uv's rewrite of `python_version` comparisons into `python_full_version` ones
 * (`> 'X.Y'` \u2192 `>= 'X.(Y+1)'`, `<= 'X.Y'` \u2192 `< 'X.(Y+1)'`, `== 'X.Y'` \u2192 `== 'X.Y.*'`), with the
 * variable put on the left. Everything else is returned unchanged.
 */
function rewritePythonVersion(node) {
    if (node.type !== 'cmp')
        return { type: node.type, children: node.children.map(rewritePythonVersion) };
    let { left, op, right } = node;
    if (left.kind === 'str' && right.kind === 'var' && op !== 'in' && op !== 'not in' && op !== '~=' && op !== '===') {
        const flip = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };
        [left, right] = [right, left];
        op = flip[op];
    }
    if (left.kind !== 'var' || left.name !== 'python_version' || right.kind !== 'str')
        return { type: 'cmp', left, op, right };
    const v = right.value;
    const full = { kind: 'var', name: 'python_full_version' };
    const str = (value) => ({ kind: 'str', value });
    const up = bumpMinor(v);
    if (up === null)
        return { type: 'cmp', left, op, right };
    switch (op) {
        case '>':
            return { type: 'cmp', left: full, op: '>=', right: str(up) };
        case '>=':
            return { type: 'cmp', left: full, op: '>=', right: str(v) };
        case '<':
            return { type: 'cmp', left: full, op: '<', right: str(v) };
        case '<=':
            return { type: 'cmp', left: full, op: '<', right: str(up) };
        case '==':
            return { type: 'cmp', left: full, op: '==', right: str(`${v}.*`) };
        case '!=':
            return { type: 'cmp', left: full, op: '!=', right: str(`${v}.*`) };
        default:
            return { type: 'cmp', left, op, right };
    }
}
const MATRIX_PLATFORMS = [
    { sys_platform: 'linux', platform_system: 'Linux', os_name: 'posix', platform_machine: 'x86_64' },
    { sys_platform: 'linux', platform_system: 'Linux', os_name: 'posix', platform_machine: 'aarch64' },
    { sys_platform: 'darwin', platform_system: 'Darwin', os_name: 'posix', platform_machine: 'arm64' },
    { sys_platform: 'darwin', platform_system: 'Darwin', os_name: 'posix', platform_machine: 'x86_64' },
    { sys_platform: 'win32', platform_system: 'Windows', os_name: 'nt', platform_machine: 'AMD64' },
];
const LATEST_PYTHON_MINOR = 14;
function makeEnvironment(pythonFullVersion, platform) {
    const parts = pythonFullVersion.split('.');
    return {
        python_version: `${parts[0]}.${parts[1]}`,
        python_full_version: pythonFullVersion,
        implementation_version: pythonFullVersion,
        implementation_name: 'cpython',
        platform_python_implementation: 'CPython',
        platform_release: '',
        platform_version: '',
        ...platform,
    };
}
/**
 * Python versions (one per 3.x minor, from the lower bound of requires-python up to 3.14) that satisfy
 * `requiresPython`; the lowest allowed patch of each minor is used.
 */
function pythonVersionsFor(requiresPython) {
    const out = [];
    for (let minor = 0; minor <= LATEST_PYTHON_MINOR; minor++) {
        for (const patch of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 99]) {
            const v = `3.${minor}.${patch}`;
            if (!requiresPython || safeSatisfies(v, requiresPython)) {
                out.push(v);
                break;
            }
        }
    }
    return out;
}
function safeSatisfies(v, spec) {
    try {
        return satisfies(v, spec);
    }
    catch {
        return true;
    }
}
/** Every CPython 3.x minor allowed by requires-python (up to 3.14) \u00d7 the five platforms. */
function environmentMatrix(requiresPython) {
    const envs = [];
    for (const v of pythonVersionsFor(requiresPython))
        for (const p of MATRIX_PLATFORMS)
            envs.push(makeEnvironment(v, p));
    return envs;
}
/** True when the marker holds in at least one environment (no marker = always). */
function applicableSomewhere(marker, envs, ctx = {}) {
    if (marker === undefined || marker === '')
        return true;
    const tree = typeof marker === 'string' ? parseMarker(marker) : marker;
    return envs.some((e) => evaluateMarker(tree, e, ctx));
}
// ---------------------------------------------------------------- semantic comparison
function collect(node, out) {
    if (node.type !== 'cmp') {
        node.children.forEach((c) => collect(c, out));
        return;
    }
    const v = node.left.kind === 'var' ? node.left.name : node.right.name;
    const s = node.left.kind === 'str' ? node.left.value : node.right.value;
    let set = out.get(v);
    if (!set)
        out.set(v, (set = new Set()));
    set.add(s);
    for (const piece of s.split(/[\s,]+/))
        if (piece)
            set.add(piece);
}
/** Variables whose semantics this module models exactly (string equality / PEP 440 ranges). */
const SIMPLE_VARIABLES = new Set([
    'python_version',
    'python_full_version',
    'sys_platform',
    'platform_system',
    'os_name',
    'platform_machine',
    'implementation_name',
    'platform_python_implementation',
    'extra',
]);
/**
 * Compare two markers semantically, restricted to Python versions allowed by `requiresPython`
 * (uv drops clauses implied by requires-python). Samples every boundary version mentioned and every
 * literal mentioned for the other variables. 'unknown' when a difference involves variables whose
 * semantics are not modelled exactly, or when the sample space is too large.
 */
function compareMarkers(a, b, requiresPython) {
    // Neither side has a marker (most requirements): both hold everywhere, nothing to sample.
    if (!a && !b)
        return 'equal';
    const values = new Map();
    if (a)
        collect(a, values);
    if (b)
        collect(b, values);
    // python versions: every minor 2.7, 3.0..3.20, each boundary literal and its neighbours
    const pyVersions = new Set(['2.7.18']);
    for (let m = 0; m <= 20; m++)
        for (const p of [0, 1, 50])
            pyVersions.add(`3.${m}.${p}`);
    for (const key of ['python_version', 'python_full_version', 'implementation_version']) {
        for (const lit of values.get(key) ?? []) {
            const v = parseVersion(lit.replace(/\.\*$/, ''));
            if (!v)
                continue;
            const r = [...v.release, 0, 0].slice(0, 3);
            for (const d of [-1, 0, 1]) {
                const patch = r[2] + d;
                if (patch >= 0)
                    pyVersions.add(`${r[0]}.${r[1]}.${patch}`);
            }
            pyVersions.add(`${r[0]}.${r[1] + 1}.0`);
            if (r[1] > 0)
                pyVersions.add(`${r[0]}.${r[1] - 1}.99`);
        }
    }
    const pythons = [...pyVersions].filter((v) => !requiresPython || safeSatisfies(v, requiresPython));
    const others = [...values.keys()].filter((k) => !['python_version', 'python_full_version', 'implementation_version'].includes(k));
    const domains = others.map((k) => [...(values.get(k) ?? []), '\u0000other']);
    let size = pythons.length;
    for (const d of domains)
        size *= d.length;
    if (size > 200000)
        return 'unknown';
    const simple = [...values.keys()].every((k) => SIMPLE_VARIABLES.has(k));
    const base = makeEnvironment('3.12.0', MATRIX_PLATFORMS[0]);
    const idx = domains.map(() => 0);
    for (;;) {
        const assign = {};
        let extra = [];
        let extrasSet = [];
        let groups = [];
        others.forEach((k, i) => {
            const val = domains[i][idx[i]];
            if (k === 'extra')
                extra = val === '\u0000other' ? [] : [val];
            else if (k === 'extras')
                extrasSet = val === '\u0000other' ? [] : [val];
            else if (k === 'dependency_groups')
                groups = val === '\u0000other' ? [] : [val];
            else
                assign[k] = val === '\u0000other' ? '' : val;
        });
        for (const py of pythons) {
            const env = { ...base, ...assign, python_full_version: py, python_version: py.split('.').slice(0, 2).join('.') };
            if (!('implementation_version' in assign))
                env.implementation_version = py;
            const ctx = { extras: [...extra, ...extrasSet], dependencyGroups: groups };
            const ra = a ? evaluateMarker(a, env, ctx) : true;
            const rb = b ? evaluateMarker(b, env, ctx) : true;
            if (ra !== rb)
                return simple ? 'different' : 'unknown';
        }
        let i = 0;
        while (i < idx.length) {
            idx[i]++;
            if (idx[i] < domains[i].length)
                break;
            idx[i] = 0;
            i++;
        }
        if (i >= idx.length)
            break;
    }
    return 'equal';
}
/** Convert a requires-python specifier set into a python_full_version marker (for group requires-python). */
function requiresPythonToMarker(requiresPython) {
    const specs = parseSpecifiers(requiresPython);
    if (!specs || specs.length === 0)
        return undefined;
    const children = specs.map((s) => ({
        type: 'cmp',
        left: { kind: 'var', name: 'python_full_version' },
        op: s.op,
        right: { kind: 'str', value: `${s.version}${s.wildcard ? '.*' : ''}` },
    }));
    return children.length === 1 ? children[0] : { type: 'and', children };
}
/** AND two optional markers. */
function andMarkers(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    const kids = (n) => (n.type === 'and' ? n.children : [n]);
    return { type: 'and', children: [...kids(a), ...kids(b)] };
}
/** Canonical text of a requirement for set comparisons (name, extras, specifier, url, marker text). */
function requirementKey(req) {
    const marker = req.marker ? markerToString(rewritePythonVersion(req.marker), "'") : '';
    return `${req.normalizedName}[${req.extras.join(',')}]${canonicalSpecifiers(req.specifier)}@${req.url ?? ''};${marker}`;
}

;// CONCATENATED MODULE: ./actions/shared/lockfile/pyjson.ts
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
const pyjson_HEX = '0123456789abcdef';
function hex4(code) {
    return pyjson_HEX[(code >> 12) & 15] + pyjson_HEX[(code >> 8) & 15] + pyjson_HEX[(code >> 4) & 15] + pyjson_HEX[code & 15];
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

;// CONCATENATED MODULE: ./actions/shared/lockfile/poetry.ts
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
    return (0,external_node_crypto_.createHash)('sha256').update(pyJsonDumps(poetryHashDocument(pyproject, algorithm)), 'utf8').digest('hex');
}
/** Parse `1.8.3` / `2.3.0.dev0` into comparable numeric parts (release only). */
function releaseTuple(v) {
    const m = /^(\d+(?:\.\d+)*)/.exec(v);
    return m ? m[1].split('.').map(Number) : [];
}
function poetry_cmpRelease(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
/** Which algorithm the Poetry that wrote a lock used (header version, else lock-version). */
function poetryAlgorithmFor(toolVersion, lockVersion) {
    if (toolVersion) {
        const t = releaseTuple(toolVersion);
        // A pre-release of 2.3.0 (2.3.0.dev0) sorts below 2.3.0 in Poetry's own comparison.
        const isPre = /[a-z]/i.test(toolVersion.replace(/^\d+(\.\d+)*/, ''));
        if (poetry_cmpRelease(t, [2]) < 0)
            return 'poetry-1';
        if (poetry_cmpRelease(t, [2, 3]) < 0 || (isPre && poetry_cmpRelease(t, [2, 3, 0]) === 0))
            return 'poetry-2.0';
        return 'poetry-2.3';
    }
    return lockVersion && poetry_cmpRelease(releaseTuple(lockVersion), [2, 1]) >= 0 ? 'poetry-2.0' : 'poetry-1';
}
/** Fix command for the Poetry major that wrote the lock. */
function poetryFixCommand(algorithm) {
    return algorithm === 'poetry-1' ? 'poetry lock --no-update' : 'poetry lock';
}
const matrixCache = new Map();
// Locks repeat a few markers many times (`python_version < "3.11"` on a dozen edges): each answer once.
const appliesCache = new Map();
/** PEP 440 satisfaction (pre-releases allowed) and PEP 508 applicability over the env matrix. */
const versionTools = {
    satisfies(version, specifier) {
        try {
            return satisfies(version, specifier, { prereleases: true });
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
            envs = environmentMatrix(requiresPython);
        }
        catch {
            envs = environmentMatrix();
        }
        matrixCache.set(key, envs);
    }
    try {
        return applicableSomewhere(marker, envs, extras ? { extras } : {});
    }
    catch {
        return undefined;
    }
}
/** `metadata.python-versions` (Poetry syntax) as one PEP 440 set; undefined when `||` or unparsable. */
function poetryPythonToPep440(v) {
    if (typeof v !== 'string' || v.trim() === '' || v.trim() === '*')
        return undefined;
    try {
        const alts = poetryToPep440(v);
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
            alts = poetryToPep440(c);
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
        const r = parseRequirement(req);
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
    const lockRel = relPath(ws, input.lockfile);
    const lockText = readProjectFile(input.lockfile, undefined, lockRel);
    const lock = parseToml(lockText, lockRel);
    const idx = new TomlLineIndex(lockText);
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
        throw new errors_UserError(`${lockRel} has no [metadata] table; it is not a poetry.lock or is truncated.`, {
            title: 'invalid lockfile',
            location: { file: lockRel },
            hint: `Regenerate it with \`${fix}\`.`,
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
    else if (poetry_cmpRelease(lv, [2, 1]) > 0) {
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
        pkgs.push({ index: i, name: normalizeName(rawName), rawName, version, table: p });
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
    const tools = versionTools;
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
        const hashes = files.map((f) => f.hash).filter((h) => typeof h === 'string' && h !== '');
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
            if (!isFullCommitSha(resolved)) {
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
            const missing = files.length === 0 || files.some((f) => !f.hash);
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
        const badHash = firstHashProblem(hashes);
        if (badHash) {
            const section = idx.arrayTable('package', p.index);
            findings.push(malformedHashFinding(p.name, badHash.problem, badHash.count, { file: lockRel, line: idx.stringLine(badHash.hash, section?.line, section?.endLine) ?? pkgLine(p) }, fix));
        }
        // Version \u2194 artifact names.
        for (const f of files) {
            if (typeof f.file !== 'string')
                continue;
            const mm = checkArtifactName(f.file, p.rawName || p.name, p.version);
            if (mm) {
                const section = idx.arrayTable('package', p.index);
                findings.push(artifactMismatchFinding(mm, p.name, { file: lockRel, line: idx.stringLine(f.file, section?.line, section?.endLine) ?? pkgLine(p) }, fix));
                break;
            }
        }
        // Credentials.
        const url = source?.['url'];
        if (typeof url === 'string') {
            const cred = findUrlCredentials(url);
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
            const depName = normalizeName(depRaw);
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
                        const versions = pythonVersionsFor(requiresPython);
                        r = versions.some((v) => {
                            try {
                                return poetrySatisfies(v, py);
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
    const beside = readManifestBeside(input.lockfile, 'pyproject.toml', ws, result);
    if (!beside)
        return result;
    const { rel: manifestRel, text: manText } = beside;
    const pyproject = parseToml(manText, manifestRel);
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
        if (err instanceof PyJsonUnsupportedError) {
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
    // What a current Poetry (\u22652.3) says about this lock.
    const headerBefore23 = toolVersion ? algorithm !== 'poetry-2.3' : false;
    const modernFresh = recorded === hashes['poetry-2.3'] || (headerBefore23 && recorded === hashes['poetry-2.0']);
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
        findings.push({
            class: 'drift',
            severity: 'error',
            message: `pyproject.toml changed significantly since ${lockRel} was last generated (hashed: ${sections}).`,
            manifest: { file: manifestRel },
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
    const mIdx = new TomlLineIndex(manText);
    const reqs = [];
    const project = sub(pyproject, 'project');
    const toolPoetry = sub(sub(pyproject, 'tool'), 'poetry');
    const rootName = typeof project?.['name'] === 'string' ? normalizeName(project['name']) : typeof toolPoetry?.['name'] === 'string' ? normalizeName(toolPoetry['name']) : '';
    const addPep508List = (list, table, key, where) => {
        if (!Array.isArray(list))
            return;
        for (const r of list) {
            if (typeof r !== 'string')
                continue;
            const s = splitRequirement(r);
            if (!s)
                continue;
            reqs.push({ name: normalizeName(s.name), value: s.specifier, pep508: r, line: mIdx.requirementLine(table, key, s.name) ?? mIdx.keyLine(table, key), where });
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
            reqs.push({ name: normalizeName(name), value, line: mIdx.keyLine(table, name) ?? mIdx.tableLine(table), where });
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

;// CONCATENATED MODULE: ./actions/shared/lockfile/pdm.ts
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
function pdm_isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function pdm_sub(t, key) {
    if (!pdm_isTable(t))
        return undefined;
    const v = t[key];
    return pdm_isTable(v) ? v : undefined;
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
    const dg = pdm_sub(pyproject, 'dependency-groups') ?? {};
    for (const [g, deps] of Object.entries(dg)) {
        const key = pdmNormalizeName(g);
        if (Object.prototype.hasOwnProperty.call(groups, key)) {
            throw new errors_UserError(`The group ${key} is duplicated in dependency-groups`, { title: 'invalid pyproject.toml' });
        }
        groups[key] = Array.isArray(deps) ? [...deps] : [];
    }
    const dev = pdm_sub(pdm_sub(pdm_sub(pyproject, 'tool'), 'pdm'), 'dev-dependencies') ?? {};
    for (const [g, deps] of Object.entries(dev)) {
        const key = pdmNormalizeName(g);
        (groups[key] ??= []).push(...(Array.isArray(deps) ? deps : []));
    }
    return groups;
}
/** The document PDM hashes (`PyProject.content_hash`). */
function pdmHashDocument(pyproject, variant) {
    const project = pdm_sub(pyproject, 'project') ?? {};
    const settings = pdm_sub(pdm_sub(pyproject, 'tool'), 'pdm') ?? {};
    const resolution = pdm_sub(settings, 'resolution') ?? {};
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
    return (0,external_node_crypto_.createHash)(algo).update(pyJsonDumps(pdmHashDocument(pyproject, variant)), 'utf8').digest('hex');
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
    const ws = pdm_sub(pdm_sub(pyproject, 'tool'), 'pdm')?.['workspace'];
    const patterns = pdm_isTable(ws) && Array.isArray(ws['members']) ? ws['members'].filter((p) => typeof p === 'string') : [];
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
                        entries = (0,external_node_fs_namespaceObject.readdirSync)(d).filter((e) => !e.startsWith('.') || seg.startsWith('.'));
                    }
                    catch {
                        entries = [];
                    }
                    for (const e of entries)
                        if (re.test(e))
                            next.push(external_node_path_.join(d, e));
                }
                else
                    next.push(external_node_path_.join(d, seg));
            }
            dirs = next;
        }
        for (const d of dirs) {
            try {
                if ((0,external_node_fs_namespaceObject.statSync)(d).isDirectory() && (0,external_node_fs_namespaceObject.existsSync)(external_node_path_.join(d, 'pyproject.toml')))
                    found.add(external_node_path_.relative(root, d).split(external_node_path_.sep).join('/'));
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
    const lockRel = relPath(ws, input.lockfile);
    const lockText = readProjectFile(input.lockfile, undefined, lockRel);
    const lock = parseToml(lockText, lockRel);
    const idx = new TomlLineIndex(lockText);
    const findings = [];
    const metadata = pdm_sub(lock, 'metadata');
    if (!metadata) {
        throw new errors_UserError(`${lockRel} has no [metadata] table; it is not a pdm.lock or is truncated.`, {
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
        if (!pdm_isTable(p))
            return;
        pkgs.push({
            index: i,
            name: normalizeName(typeof p['name'] === 'string' ? p['name'] : ''),
            version: typeof p['version'] === 'string' ? p['version'] : '',
            extras: Array.isArray(p['extras']) ? p['extras'].filter((e) => typeof e === 'string').map(normalizeName) : [],
            table: p,
        });
    });
    const byName = new Map();
    for (const p of pkgs)
        (byName.get(p.name) ?? byName.set(p.name, []).get(p.name)).push(p);
    const line = (p, key = 'name') => idx.arrayKeyLine('package', p.index, key);
    const targets = Array.isArray(metadata['targets']) ? metadata['targets'].filter(pdm_isTable) : [];
    const lockRequiresPython = targets.map((t) => t['requires_python']).find((r) => typeof r === 'string');
    const distinct = new Set();
    for (const p of pkgs) {
        const t = p.table;
        const vcs = VCS_KEYS.find((k) => typeof t[k] === 'string');
        const isPath = typeof t['path'] === 'string' || t['editable'] === true;
        const isUrl = typeof t['url'] === 'string';
        if (p.extras.length === 0)
            distinct.add(`${p.name}@${p.version}`);
        const files = Array.isArray(t['files']) ? t['files'].filter(pdm_isTable) : [];
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
        if (vcs && !isFullCommitSha(t['revision'])) {
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
        const badHash = firstHashProblem(hashes);
        if (badHash) {
            const section = idx.arrayTable('package', p.index);
            findings.push(malformedHashFinding(p.name, badHash.problem, badHash.count, { file: lockRel, line: idx.stringLine(badHash.hash, section?.line, section?.endLine) ?? line(p) }, PDM_FIX));
        }
        for (const f of files) {
            const fname = typeof f.file === 'string' ? f.file : typeof f.url === 'string' ? f.url : undefined;
            if (!fname)
                continue;
            const mm = checkArtifactName(fname, p.name, p.version);
            if (mm) {
                const section = idx.arrayTable('package', p.index);
                findings.push(artifactMismatchFinding(mm, p.name, { file: lockRel, line: idx.stringLine(fname, section?.line, section?.endLine) ?? line(p) }, PDM_FIX));
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
            const cred = findUrlCredentials(u);
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
            if (lead && byName.has(normalizeName(lead[1])))
                continue;
            let req;
            try {
                req = parseRequirement(d);
            }
            catch {
                continue;
            }
            if (byName.has(req.normalizedName))
                continue;
            let applies = true;
            if (req.markerText)
                applies = versionTools.markerApplies?.(req.markerText, lockRequiresPython, p.extras);
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
    const root = external_node_path_.dirname(input.lockfile);
    const beside = readManifestBeside(input.lockfile, 'pyproject.toml', ws, result);
    if (!beside)
        return result;
    const { rel: manifestRel, text: manText } = beside;
    const pyproject = parseToml(manText, manifestRel);
    const mIdx = new TomlLineIndex(manText);
    // Groups recorded vs declared (PDM locks only the selected groups).
    const lockedGroups = Array.isArray(metadata['groups']) ? metadata['groups'].filter((g) => typeof g === 'string') : undefined;
    const declared = declaredGroups(pyproject);
    if (lockedGroups) {
        const have = new Set(lockedGroups.map((g) => pdmNormalizeName(g)));
        for (const g of declared) {
            if (g.name === 'default' && g.reqs.length === 0)
                continue;
            if (!have.has(pdmNormalizeName(g.name))) {
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
    const settings = pdm_sub(pdm_sub(pyproject, 'tool'), 'pdm') ?? {};
    const lockInputsEnabled = pdm_sub(settings, 'resolution')?.['lock_inputs'] === true;
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
                const h = (0,external_node_crypto_.createHash)(algo).update(hex, 'utf8');
                for (const mem of members) {
                    const mp = external_node_path_.join(root, mem, 'pyproject.toml');
                    const mText = readProjectFile(mp, undefined, relPath(ws, mp));
                    h.update('\0').update(mem, 'utf8').update('\0').update(pdmContentHash(parseToml(mText, relPath(ws, mp)), variant, algo), 'utf8');
                }
                hex = h.digest('hex');
            }
            return { variant, hex };
        });
    }
    catch (err) {
        if (err instanceof PyJsonUnsupportedError || (err instanceof Error && /digest|hash/i.test(err.message) && !(err instanceof errors_UserError))) {
            result.inconclusiveReason = `cannot compute PDM's content_hash: ${err.message}`;
            findings.push({ class: 'inconclusive', severity: 'warning', message: `Cannot compute PDM's content_hash: ${err.message}.`, manifest: { file: manifestRel } });
            return result;
        }
        if (err instanceof errors_UserError) {
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
    const project = pdm_sub(pyproject, 'project') ?? {};
    const strs = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
    out.push({ name: 'default', table: 'project', key: 'dependencies', reqs: strs(project['dependencies']) });
    for (const [k, list] of Object.entries(pdm_sub(project, 'optional-dependencies') ?? {}))
        out.push({ name: k, table: 'project.optional-dependencies', key: k, reqs: strs(list) });
    const seen = new Map();
    for (const [k, list] of Object.entries(pdm_sub(pyproject, 'dependency-groups') ?? {})) {
        const g = { name: pdmNormalizeName(k), table: 'dependency-groups', key: k, reqs: strs(list) };
        seen.set(g.name, g);
        out.push(g);
    }
    for (const [k, list] of Object.entries(pdm_sub(pdm_sub(pdm_sub(pyproject, 'tool'), 'pdm'), 'dev-dependencies') ?? {})) {
        const name = pdmNormalizeName(k);
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
    const project = pdm_sub(pyproject, 'project') ?? {};
    const rootName = typeof project['name'] === 'string' ? normalizeName(project['name']) : '';
    const requiresPython = typeof project['requires-python'] === 'string' ? project['requires-python'] : ctx.lockRequiresPython;
    const have = lockedGroups ? new Set(lockedGroups.map((g) => pdmNormalizeName(g))) : undefined;
    for (const g of declared) {
        if (have && !have.has(pdmNormalizeName(g.name)))
            continue; // not selected when locking
        for (const r of g.reqs) {
            let req;
            try {
                req = parseRequirement(r);
            }
            catch {
                continue; // `-e ./path` style or malformed: not compared
            }
            if (req.normalizedName === rootName)
                continue;
            const mline = ctx.mIdx.requirementLine(g.table, g.key, req.name) ?? ctx.mIdx.keyLine(g.table, g.key);
            const locked = (byName.get(req.normalizedName) ?? []).filter((p) => p.extras.length === 0);
            if (locked.length === 0) {
                const applies = req.markerText ? versionTools.markerApplies?.(req.markerText, requiresPython, g.name === 'default' ? [] : [g.name]) : true;
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
            const results = locked.map((p) => versionTools.satisfies(p.version, req.specifier));
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
    const proj = pdm_sub(lockInputs, 'project');
    const groups = pdm_sub(proj, 'groups');
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
        const recNames = new Set(rec.filter((x) => typeof x === 'string' && !x.startsWith('url-sha256:')).map((x) => normalizeName(/^[A-Za-z0-9._-]+/.exec(x)?.[0] ?? x)));
        for (const r of g.reqs) {
            let req;
            try {
                req = parseRequirement(r);
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
    const project = pdm_sub(pyproject, 'project') ?? {};
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

;// CONCATENATED MODULE: ./actions/shared/lockfile/pipenv.ts
/**
 * Pipfile.lock checker: `_meta.hash.sha256` in both name-normalisation variants
 * (pipenv \u2265 2026.4 canonicalises package keys; older pipenv hashes raw keys), pins,
 * hashes, VCS refs, index names, credentials, and drift details against the Pipfile.
 */







const PIPENV_FIX = 'pipenv lock';
const PIPFILE_SECTIONS = new Set(['source', 'packages', 'dev-packages', 'requires', 'scripts', 'pipfile', 'pipenv']);
const PIPENV_DEFAULT_SOURCE = { name: 'pypi', url: 'https://pypi.org/simple', verify_ssl: true };
function pipenv_isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
/** Lock category for a Pipfile section. */
function pipfileCategory(section) {
    return section === 'packages' ? 'default' : section === 'dev-packages' ? 'develop' : section;
}
/** The document pipenv hashes (plette `Pipfile.get_hash`; `canonical` = pipenv \u2265 2026.4 `calculate_hash`). */
function pipfileHashDocument(pipfile, variant) {
    const norm = (section) => {
        if (variant === 'legacy' || !pipenv_isTable(section))
            return section;
        const out = {};
        for (const [k, v] of Object.entries(section))
            out[normalizeName(k)] = v;
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
    return (0,external_node_crypto_.createHash)('sha256').update(pyJsonDumps(pipfileHashDocument(pipfile, variant), { separators: PY_COMPACT_SEPARATORS }), 'utf8').digest('hex');
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
const pipenv_VCS_KEYS = ['git', 'hg', 'svn', 'bzr'];
function checkPipenv(input) {
    const ws = input.workspace;
    const lockRel = relPath(ws, input.lockfile);
    const lockText = readProjectFile(input.lockfile, undefined, lockRel);
    let lock;
    try {
        lock = JSON.parse(lockText);
    }
    catch (err) {
        throw new errors_UserError(`${lockRel} is not valid JSON: ${err.message}`, {
            title: 'invalid JSON',
            location: { file: lockRel, line: jsonErrorLine(lockText, err) },
            hint: `Regenerate it with \`${PIPENV_FIX}\`.`,
            cause: err,
        });
    }
    if (!pipenv_isTable(lock) || !pipenv_isTable(lock['_meta'])) {
        throw new errors_UserError(`${lockRel} has no _meta object; it is not a Pipfile.lock.`, { title: 'invalid lockfile', location: { file: lockRel, line: 1 }, hint: `Regenerate it with \`${PIPENV_FIX}\`.` });
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
    const sources = Array.isArray(meta['sources']) ? meta['sources'].filter(pipenv_isTable) : [];
    const sourceNames = new Set(sources.map((s) => s['name']).filter((n) => typeof n === 'string'));
    for (const s of sources) {
        if (typeof s['url'] !== 'string')
            continue;
        const cred = findUrlCredentials(s['url']);
        if (cred) {
            findings.push({
                class: 'credentials-in-url',
                severity: 'error',
                message: `Source ${String(s['name'] ?? '')} URL carries credentials (${cred.kind}): ${cred.masked}`,
                found: cred.masked,
                expected: 'a URL with ${ENV_VAR} references instead of literal credentials',
                lock: { file: lockRel, line: metaLine },
            });
        }
    }
    // Packages.
    const distinct = new Set();
    const versionsByCat = new Map();
    for (const [cat, entries] of Object.entries(lock)) {
        if (cat === '_meta' || !pipenv_isTable(entries))
            continue;
        const catVersions = new Map();
        versionsByCat.set(cat, catVersions);
        for (const [rawName, e] of Object.entries(entries)) {
            if (!pipenv_isTable(e))
                continue;
            const name = normalizeName(rawName);
            const at = { file: lockRel, line: jl.entry(cat, rawName) };
            const vcs = pipenv_VCS_KEYS.find((k) => typeof e[k] === 'string');
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
            // pipenv writes `"version": "*"` without hashes for a package whose marker does not hold
            // on the locking Python: it is skipped there, but installs unpinned where the marker holds.
            const unresolvedByMarker = version.trim() === '*' && typeof e['markers'] === 'string';
            if (!vcs && !isPath && !exact) {
                findings.push({
                    class: 'unpinned',
                    severity: unresolvedByMarker ? 'warning' : 'error',
                    message: unresolvedByMarker
                        ? `${name} in "${cat}" was not resolved (its marker ${String(e['markers'])} does not hold on the Python that locked); where the marker holds it installs unpinned and unhashed.`
                        : `${name} in "${cat}" is not pinned with == in ${lockRel}.`,
                    package: name,
                    expected: '==<version>',
                    found: version || '(no version)',
                    lock: at,
                    fix: PIPENV_FIX,
                });
            }
            if (vcs && !isFullCommitSha(e['ref'])) {
                findings.push({ class: 'vcs-not-pinned', severity: 'error', message: `${name} comes from ${vcs} but its ref is not a full commit SHA.`, package: name, expected: 'a 40-hex (or 64-hex) ref', found: String(e['ref'] ?? '(no ref)'), lock: at, fix: PIPENV_FIX });
            }
            if (input.requireHashes && !vcs && !isPath && !unresolvedByMarker && hashes.length === 0) {
                findings.push({ class: 'missing-hash', severity: 'error', message: `${name} ${bare} in "${cat}" has no hashes in ${lockRel}.`, package: name, expected: 'at least one sha256 hash', found: 'none', lock: at, fix: PIPENV_FIX });
            }
            const badHash = firstHashProblem(hashes);
            if (badHash)
                findings.push(malformedHashFinding(name, badHash.problem, badHash.count, { file: lockRel, line: stringLineAfter(lockText, at.line, badHash.hash) }, PIPENV_FIX));
            if (typeof e['index'] === 'string' && sourceNames.size && !sourceNames.has(e['index'])) {
                findings.push({ class: 'invalid-lockfile', severity: 'error', message: `${name} names index "${e['index']}", which is not a declared source.`, package: name, expected: [...sourceNames].join(', '), found: e['index'], lock: at, fix: PIPENV_FIX });
            }
            for (const k of [...pipenv_VCS_KEYS, 'file']) {
                if (typeof e[k] !== 'string')
                    continue;
                const cred = findUrlCredentials(e[k]);
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
    const beside = readManifestBeside(input.lockfile, 'Pipfile', ws, result);
    if (!beside)
        return result;
    const { rel: pipfileRel, text: pText } = beside;
    const pipfile = parseToml(pText, pipfileRel);
    if (!formatOk) {
        result.inconclusiveReason = `unsupported pipfile-spec ${String(spec)}`;
        return result;
    }
    const recorded = pipenv_isTable(meta['hash']) && typeof meta['hash']['sha256'] === 'string' ? meta['hash']['sha256'] : '';
    let canonical;
    let legacy;
    try {
        canonical = pipfileHash(pipfile, 'canonical');
        legacy = pipfileHash(pipfile, 'legacy');
    }
    catch (err) {
        if (err instanceof PyJsonUnsupportedError) {
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
    const pIdx = new TomlLineIndex(pText);
    const requires = pipenv_isTable(pipfile['requires']) ? pipfile['requires'] : {};
    const pyver = typeof requires['python_full_version'] === 'string' ? `==${requires['python_full_version']}` : typeof requires['python_version'] === 'string' ? `==${requires['python_version']}.*` : undefined;
    for (const [section, pkgs] of Object.entries(pipfile)) {
        if (!pipenv_isTable(pkgs) || (PIPFILE_SECTIONS.has(section) && section !== 'packages' && section !== 'dev-packages'))
            continue;
        const cat = pipfileCategory(section);
        const catEntries = pipenv_isTable(lock[cat]) ? lock[cat] : {};
        const locked = new Map();
        for (const [raw, e] of Object.entries(catEntries))
            if (pipenv_isTable(e))
                locked.set(normalizeName(raw), { raw, e });
        for (const [rawName, value] of Object.entries(pkgs)) {
            const name = normalizeName(rawName);
            const mline = pIdx.keyLine(section, rawName);
            const spec = typeof value === 'string' ? value : pipenv_isTable(value) && typeof value['version'] === 'string' ? value['version'] : '*';
            const markers = pipenv_isTable(value) && typeof value['markers'] === 'string' ? value['markers'] : undefined;
            const l = locked.get(name);
            if (!l) {
                const applies = markers ? versionTools.markerApplies?.(markers, pyver) : true;
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
            const ok = versionTools.satisfies(v, spec);
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

;// CONCATENATED MODULE: ./actions/shared/lockfile/pylock.ts
/**
 * pylock.toml (PEP 751) checker: spec validity, artifact names, hashes, VCS commit ids,
 * credentials; freshness only for files written by PDM (`[tool.pdm] hashes`), otherwise
 * inconclusive.
 */







function pylock_isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
const KNOWN_MINOR = 0;
function checkPylock(input) {
    const ws = input.workspace;
    const lockRel = relPath(ws, input.lockfile);
    const text = readProjectFile(input.lockfile, undefined, lockRel);
    const doc = parseToml(text, lockRel);
    const idx = new TomlLineIndex(text);
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
                parseMarker(env);
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
        if (!pylock_isTable(p)) {
            invalid(`packages[${i}] is not a table.`, () => sec()?.line);
            return;
        }
        const rawName = typeof p['name'] === 'string' ? p['name'] : '';
        const name = normalizeName(rawName);
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
                parseMarker(p['marker']);
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
            if (!pylock_isTable(h) || Object.keys(h).length === 0) {
                findings.push({ class: 'missing-hash', severity: 'error', message: `${name}: ${what} has no hashes (PEP 751 requires at least one).`, package: name, expected: 'hashes = { sha256 = "\u2026" }', found: 'none', lock: { file: lockRel, line: lineOf(where) }, ...(fix ? { fix } : {}) });
                return;
            }
            let bad;
            for (const [algo, val] of Object.entries(h)) {
                if (typeof val !== 'string')
                    continue;
                hashes.push(`${algo}:${val}`);
                const problem = digestProblem(algo, val);
                if (problem)
                    bad = { problem: bad?.problem ?? problem, count: (bad?.count ?? 0) + 1 };
            }
            if (bad)
                findings.push(malformedHashFinding(name, bad.problem, bad.count, { file: lockRel, line: lineOf(where) }, fix));
        };
        const checkUrl = (u, where) => {
            if (typeof u !== 'string')
                return;
            const cred = findUrlCredentials(u);
            if (cred)
                findings.push({ class: 'credentials-in-url', severity: 'error', message: `${name}: URL carries credentials (${cred.kind}): ${cred.masked}`, package: name, found: cred.masked, lock: { file: lockRel, line: lineOf(where) } });
        };
        checkUrl(p['index'], () => at('index'));
        if (pylock_isTable(p['vcs'])) {
            lp.source = 'git';
            const v = p['vcs'];
            const vLine = () => idx.subTable('packages.vcs', i)?.line ?? at('vcs');
            if (typeof v['type'] !== 'string')
                invalid(`${name}: vcs.type is required.`, vLine, name);
            if (typeof v['url'] !== 'string' && typeof v['path'] !== 'string')
                invalid(`${name}: vcs needs url or path.`, vLine, name);
            if (!isFullCommitSha(v['commit-id'])) {
                findings.push({ class: 'vcs-not-pinned', severity: 'error', message: `${name}: vcs.commit-id is missing or not a full commit id.`, package: name, expected: 'a 40-hex (or 64-hex) commit-id', found: String(v['commit-id'] ?? '(missing)'), lock: { file: lockRel, line: vLine() }, ...(fix ? { fix } : {}) });
            }
            checkUrl(v['url'], vLine);
        }
        else if (pylock_isTable(p['directory'])) {
            lp.source = 'path';
            if (typeof p['directory']['path'] !== 'string')
                invalid(`${name}: directory.path is required.`, () => at('directory'), name);
            else
                lp.path = p['directory']['path'];
        }
        else if (pylock_isTable(p['archive'])) {
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
        if ((lp.source === 'git' || lp.source === 'path') && !pylock_isTable(p['archive']) && version !== undefined) {
            findings.push({ class: 'invalid-lockfile', severity: 'warning', message: `${name}: version should not be given for a source tree (PEP 751).`, package: name, lock: { file: lockRel, line: at('version') } });
        }
        const artifacts = [];
        if (p['sdist'] !== undefined) {
            const s = p['sdist'];
            const sLine = () => idx.subTable('packages.sdist', i)?.line ?? at('sdist');
            if (!pylock_isTable(s))
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
                    if (!pylock_isTable(w))
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
                const mm = checkArtifactName(a.file, name, version);
                if (mm) {
                    findings.push(artifactMismatchFinding(mm, name, { file: lockRel, line: lineOf(a.line) }, fix));
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
    const pdmTool = pylock_isTable(doc['tool']) && pylock_isTable(doc['tool']['pdm']) ? doc['tool']['pdm'] : undefined;
    const recorded = pdmTool && pylock_isTable(pdmTool['hashes']) ? pdmTool['hashes'] : undefined;
    if (!recorded) {
        result.inconclusiveReason =
            pdmTool && pdmTool['lock_inputs'] !== undefined
                ? 'pylock.toml written by PDM with lock_inputs; compare with `pdm lock --check`'
                : `pylock.toml written by ${createdBy ?? 'an unknown tool'} records no manifest hash; freshness needs the tool that wrote it`;
        return result;
    }
    const beside = readManifestBeside(input.lockfile, 'pyproject.toml', ws, result);
    if (!beside)
        return result;
    const { rel: manifestRel } = beside;
    const pyproject = parseToml(beside.text, manifestRel);
    const [algo, value] = Object.entries(recorded).find(([, v]) => typeof v === 'string') ?? [];
    if (!algo || typeof value !== 'string') {
        result.inconclusiveReason = '[tool.pdm] hashes is empty';
        return result;
    }
    let computed;
    try {
        computed = pdmContentHash(pyproject, 'dependency-groups', algo);
    }
    catch (err) {
        if (err instanceof PyJsonUnsupportedError || err instanceof errors_UserError || /digest/i.test(err.message)) {
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

;// CONCATENATED MODULE: ./actions/shared/lockfile/requirements.ts
/**
 * requirements.txt written by pip-compile, `uv pip compile` or `uv export`.
 *
 * None of these tools records its inputs, so freshness is heuristic: every `.in` (or pyproject)
 * requirement must be satisfied by its pin (PEP 440 with pre-releases, markers over the environment
 * matrix), every pin must be exact, hashes all-or-nothing. A `uv export` file is a deterministic
 * function of uv.lock and is cross-checked against it (versions and artifact hashes).
 */







/** Detect the tool that wrote a requirements file from its header comment. */
function parseRequirementsHeader(text) {
    const lines = text.split(/\r?\n/, 40);
    const header = { writer: 'unknown' };
    let expectCommand = false;
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        if (!l.startsWith('#')) {
            if (l.trim() === '')
                continue;
            break;
        }
        let m = /autogenerated by pip-compile with [Pp]ython (\d+\.\d+)/.exec(l);
        if (m) {
            header.writer = 'pip-compile';
            header.pythonVersion = m[1];
            expectCommand = true;
            continue;
        }
        if (/autogenerated by pip-compile/.test(l)) {
            header.writer = 'pip-compile';
            expectCommand = true;
            continue;
        }
        if (/This file was autogenerated by uv via the following command/.test(l)) {
            header.writer = 'uv-pip-compile';
            expectCommand = true;
            continue;
        }
        m = /^#\s{2,}(\S.*)$/.exec(l);
        if (m && expectCommand && header.command === undefined) {
            header.command = m[1].trim();
            header.commandLine = i + 1;
            if (header.writer !== 'pip-compile')
                header.writer = /^uv\s+export\b/.test(header.command) ? 'uv-export' : 'uv-pip-compile';
        }
    }
    return header;
}
const OPTION_ALIASES = {
    '-i': '--index-url',
    '-f': '--find-links',
    '-r': '--requirement',
    '-c': '--constraint',
    '-e': '--editable',
};
/** Parse a requirements file (pip syntax: continuations, options, hashes, comments). */
function parseRequirementsText(text) {
    const out = { requirements: [], options: [], includes: [], unpinnedWarnings: [] };
    const raw = text.split(/\r?\n/);
    let inWarning = false;
    let inVia = false; // inside a multi-line `# via` block of the last requirement
    const viaItems = (text) => text.split(',').map((v) => v.trim()).filter(Boolean);
    for (let i = 0; i < raw.length; i++) {
        const start = i + 1;
        let logical = raw[i];
        const last = out.requirements[out.requirements.length - 1];
        const via = /^\s+#\s*via\b(.*)$/.exec(logical);
        if (via && last) {
            last.via = viaItems(via[1]);
            inVia = last.via.length === 0;
            continue;
        }
        if (inVia) {
            const item = /^\s+#\s{2,}(\S.*?)\s*$/.exec(logical);
            if (item && last) {
                last.via.push(item[1]);
                continue;
            }
            inVia = false;
        }
        if (/^#\s*WARNING:.*(not pinned|unsafe|require the following package)/i.test(logical)) {
            inWarning = true;
            continue;
        }
        if (inWarning) {
            const m = /^#\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(==.*)?$/.exec(logical);
            if (m && !/^#\s+via\b/.test(logical))
                out.unpinnedWarnings.push({ name: normalizeName(m[1]), line: start });
            if (logical.trim() === '')
                inWarning = false;
            if (!logical.startsWith('#'))
                inWarning = false;
            else
                continue;
        }
        // A line whose end (before trailing whitespace) is `\` continues on the next one. Joined piece by
        // piece: re-testing the growing line with /\\\s*$/ was quadratic on long lines (fuzz regression).
        const pieces = [logical];
        let tail = logical.trimEnd();
        while (tail.endsWith('\\') && i + 1 < raw.length) {
            while (pieces.length > 1 && pieces[pieces.length - 1].trim() === '')
                pieces.pop();
            const kept = pieces.pop().trimEnd().slice(0, -1);
            const next = raw[++i];
            pieces.push(kept, ' ', next);
            tail = next.trim() ? next.trimEnd() : kept.trimEnd();
        }
        logical = pieces.join('');
        const end = i + 1;
        // comments: `#` at line start or after whitespace
        const line = logical.replace(/(^|\s)#.*$/, '').trim();
        if (!line)
            continue;
        if (line.startsWith('-')) {
            const m = /^(--?[A-Za-z-]+)(?:[=\s]\s*(.*))?$/.exec(line);
            if (!m)
                continue;
            const name = OPTION_ALIASES[m[1]] ?? m[1];
            const value = (m[2] ?? '').trim();
            if (name === '--requirement' || name === '--constraint') {
                out.includes.push({ kind: name === '--requirement' ? 'requirement' : 'constraint', path: value, line: start });
            }
            else if (name === '--editable') {
                const { rest, hashes } = splitHashes(value);
                out.requirements.push(entryFor(rest, start, end, true, hashes));
            }
            else
                out.options.push({ name, value, line: start });
            continue;
        }
        const { rest, hashes } = splitHashes(line);
        const entry = entryFor(rest, start, end, false, hashes);
        const inlineVia = /\s#\s*via\s+(.+)$/.exec(logical); // --annotation-style line
        if (inlineVia)
            entry.via = viaItems(inlineVia[1]);
        out.requirements.push(entry);
    }
    return out;
}
function splitHashes(line) {
    const hashes = [];
    const rest = line
        .replace(/\s--hash[=\s]\s*(\S+)/g, (_m, h) => {
        hashes.push(h);
        return ' ';
    })
        .replace(/\s--(?:config-settings|global-option|install-option)[=\s]\s*\S+/g, ' ')
        .trim();
    return { rest, hashes };
}
function entryFor(text, line, endLine, editable, hashes) {
    const e = { line, endLine, text, editable, hashes };
    const looksLikeTarget = /^(\.|\/|~|[A-Za-z][A-Za-z0-9+.-]*:\/\/|git\+|hg\+|svn\+|bzr\+|file:)/.test(text);
    if (looksLikeTarget) {
        const egg = /#egg=([A-Za-z0-9._-]+)/.exec(text);
        e.target = text.split(/\s*;\s*/)[0];
        if (egg) {
            try {
                e.req = parseRequirement(`${egg[1]} @ ${e.target}`);
            }
            catch {
                /* keep as target */
            }
        }
        return e;
    }
    try {
        e.req = parseRequirement(text);
    }
    catch (err) {
        e.error = err.message;
    }
    return e;
}
// ---------------------------------------------------------------- command-line parsing
const VALUE_OPTIONS = new Set([
    '-o',
    '--output-file',
    '--extra',
    '-c',
    '--constraint',
    '--constraints',
    '--override',
    '--overrides',
    '-p',
    '--python',
    '--python-version',
    '--python-platform',
    '-i',
    '--index-url',
    '--default-index',
    '--index',
    '--extra-index-url',
    '-f',
    '--find-links',
    '--group',
    '--only-group',
    '--exclude-newer',
    '--resolution',
    '--prerelease',
    '--pip-args',
    '--cache-dir',
    '-P',
    '--upgrade-package',
    '--unsafe-package',
    '--annotation-style',
    '--custom-compile-command',
    '--only-binary',
    '--no-binary',
    '--no-emit-package',
    '--format',
    '--project',
    '--directory',
    '--package',
    '--all-packages',
    '--build-constraint',
    '-b',
    '--config-file',
    '--index-strategy',
    '--keyring-provider',
    '--fork-strategy',
    '--torch-backend',
    '--emit-index-annotation',
    '--no-emit-project',
]);
// options in VALUE_OPTIONS that are in fact flags for uv export
const FLAG_EXCEPTIONS = new Set(['--all-packages', '--emit-index-annotation', '--no-emit-project']);
function shellSplit(cmd) {
    const out = [];
    const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
    for (let m = re.exec(cmd); m; m = re.exec(cmd))
        out.push(m[1] ?? m[2] ?? m[3]);
    return out;
}
/** Read source files and relevant flags from a header command line. */
function parseCompileCommand(command) {
    const argv = shellSplit(command);
    const out = { sources: [], extras: [], allExtras: false, groups: [], generateHashes: false, universal: false, constraints: [] };
    let i = argv[0] === 'uv' ? (argv[1] === 'pip' ? 3 : 2) : 1;
    for (; i < argv.length; i++) {
        const a = argv[i];
        if (a.startsWith('-')) {
            const eq = a.indexOf('=');
            const name = eq > 0 ? a.slice(0, eq) : a;
            let value;
            if (eq > 0)
                value = a.slice(eq + 1);
            else if (VALUE_OPTIONS.has(name) && !FLAG_EXCEPTIONS.has(name))
                value = argv[++i];
            else if (/^-[a-zA-Z]./.test(a) && VALUE_OPTIONS.has(a.slice(0, 2)))
                value = a.slice(2);
            const n = /^-[a-zA-Z]./.test(a) && eq < 0 && VALUE_OPTIONS.has(a.slice(0, 2)) ? a.slice(0, 2) : name;
            if (n === '-o' || n === '--output-file')
                out.outputFile = value;
            else if (n === '--extra' && value)
                out.extras.push(normalizeName(value));
            else if (n === '--all-extras')
                out.allExtras = true;
            else if ((n === '--group' || n === '--only-group') && value)
                out.groups.push(value);
            else if (n === '--generate-hashes')
                out.generateHashes = true;
            else if (n === '--universal')
                out.universal = true;
            else if ((n === '--project' || n === '--directory') && value)
                out.project = value;
            else if ((n === '--python-version' || n === '-p' || n === '--python') && value && /^\d+\.\d+/.test(value))
                out.pythonVersion = /^\d+\.\d+/.exec(value)[0];
            else if ((n === '-c' || n === '--constraint' || n === '--constraints') && value)
                out.constraints.push(value);
            continue;
        }
        out.sources.push(a);
    }
    return out;
}
function requirements_isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function checkRequirements(input) {
    const file = input.lockfile;
    const rel = relPath(input.workspace, file);
    const text = readProjectFile(file, undefined, rel);
    const header = parseRequirementsHeader(text);
    const parsed = parseRequirementsText(text);
    const manager = header.writer === 'pip-compile' || header.writer === 'unknown' ? 'pip-tools' : 'uv';
    const findings = [];
    const uncertain = [];
    const fix = header.command;
    const result = { manager, lockfile: file, freshness: 'fresh', packages: 0, findings, locked: [] };
    const loc = (line, endLine) => ({ file: rel, line, ...(endLine && endLine !== line ? { endLine } : {}) });
    // ---- options: credentials
    for (const o of parsed.options) {
        if (!['--index-url', '--extra-index-url', '--find-links', '--trusted-host'].includes(o.name))
            continue;
        const c = findUrlCredentials(o.value);
        if (c) {
            findings.push({
                class: 'credentials-in-url',
                severity: 'error',
                message: `${o.name} in ${rel} carries credentials (${c.kind}): ${c.masked}.`,
                found: c.masked,
                lock: loc(o.line),
                fix: 'Pass the index credentials through the environment (PIP_INDEX_URL, keyring) instead of the file.',
            });
        }
    }
    // ---- pins
    const pins = [];
    const unnamedLocal = []; // `-e ./lib`: named by its own metadata only
    const hashed = parsed.requirements.some((r) => r.hashes.length > 0);
    let textLines;
    for (const e of parsed.requirements) {
        if (e.error) {
            findings.push({ class: 'invalid-lockfile', severity: 'error', message: `${rel}:${e.line}: ${e.error}`, lock: loc(e.line, e.endLine), ...(fix ? { fix } : {}) });
            continue;
        }
        const name = e.req?.normalizedName ?? '';
        const url = e.req?.url ?? e.target;
        const badHash = firstHashProblem(e.hashes);
        if (badHash) {
            // The line of the bad --hash itself (continuation lines), split only when there is a finding.
            textLines ??= text.split(/\r?\n/);
            let at = e.line;
            for (let l = e.line; l <= e.endLine; l++) {
                if (textLines[l - 1]?.includes(badHash.hash)) {
                    at = l;
                    break;
                }
            }
            findings.push(malformedHashFinding(name || e.text, badHash.problem, badHash.count, loc(at), fix));
        }
        if (url) {
            const c = findUrlCredentials(url);
            if (c) {
                findings.push({
                    class: 'credentials-in-url',
                    severity: 'error',
                    package: name || undefined,
                    message: `A requirement URL in ${rel} carries credentials (${c.kind}): ${c.masked}.`,
                    found: c.masked,
                    lock: loc(e.line, e.endLine),
                });
            }
        }
        if (e.editable || url) {
            const vcs = /^(git|hg|svn|bzr)\+/.test(url ?? '');
            if (vcs && !e.editable) {
                const ref = /@([^@#/]+)(?:#.*)?$/.exec(url.replace(/^[a-z+]+:\/\/[^/]*@/, ''))?.[1];
                if (!isFullCommitSha(ref)) {
                    findings.push({
                        class: 'vcs-not-pinned',
                        severity: 'warning',
                        package: name || undefined,
                        message: `${name || url} is installed from ${url.split('+')[0]} without a full commit SHA, so the installed code can change; the compiler copies the reference from its input.`,
                        fix: 'Pin the commit in the input file (`name @ git+URL@<40-hex sha>`) and recompile.',
                        expected: '@<40-hex commit>',
                        found: ref ?? '(no ref)',
                        lock: loc(e.line, e.endLine),
                    });
                }
            }
            else if (!vcs && !e.editable && hashed && !e.hashes.length) {
                findings.push({
                    class: 'missing-hash',
                    severity: 'error',
                    package: name || undefined,
                    message: `${name || url} has no --hash although other lines do (pip --require-hashes rejects the file).`,
                    lock: loc(e.line, e.endLine),
                    ...(fix ? { fix } : {}),
                });
            }
            if (e.editable && hashed && manager === 'pip-tools') {
                findings.push({
                    class: 'missing-hash',
                    severity: 'warning',
                    package: name || undefined,
                    message: `Editable requirement ${e.text} cannot be hash-checked; pip refuses it in --require-hashes mode.`,
                    lock: loc(e.line, e.endLine),
                });
            }
            const localName = name ? undefined : localProjectName(external_node_path_.dirname(input.lockfile), url);
            if (name || localName)
                pins.push({ entry: e, name: name || localName });
            else if (localPathOf(url) !== undefined)
                unnamedLocal.push(e);
            continue;
        }
        const req = e.req;
        const pinVersion = isExactPin(req.specifier);
        if (pinVersion === undefined) {
            findings.push({
                class: 'unpinned',
                severity: 'error',
                package: name,
                message: `${req.name} is not pinned to one exact version (${req.specifier || 'no specifier'}).`,
                expected: '==<version>',
                found: req.specifier || '(none)',
                lock: loc(e.line, e.endLine),
                ...(fix ? { fix } : {}),
            });
        }
        if (!e.hashes.length && (hashed || input.requireHashes)) {
            findings.push({
                class: 'missing-hash',
                severity: 'error',
                package: name,
                message: hashed ? `${req.name} has no --hash although other lines do (pip --require-hashes rejects the file).` : `${req.name} has no --hash (require-hashes is on).`,
                lock: loc(e.line, e.endLine),
                ...(fix ? { fix: header.writer === 'pip-compile' && !/--generate-hashes/.test(fix) ? `${fix} --generate-hashes` : fix } : {}),
            });
        }
        pins.push({ entry: e, name, ...(pinVersion !== undefined ? { version: pinVersion } : {}) });
    }
    for (const w of parsed.unpinnedWarnings) {
        findings.push({
            class: 'unpinned',
            severity: 'warning',
            package: w.name,
            message: `${w.name} is listed as not pinned (commented out by pip-compile); installs will take whatever version is present.`,
            lock: loc(w.line),
            fix: fix ? (/--allow-unsafe/.test(fix) ? fix : `${fix} --allow-unsafe`) : 'pip-compile --allow-unsafe',
        });
    }
    // ---- duplicates must have disjoint markers
    const envs = matrixFor(header);
    const byName = new Map();
    for (const p of pins)
        byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
    for (const [name, list] of byName) {
        if (list.length < 2)
            continue;
        for (let a = 0; a < list.length; a++) {
            for (let b = a + 1; b < list.length; b++) {
                const ma = list[a].entry.req?.marker;
                const mb = list[b].entry.req?.marker;
                const overlap = envs.some((env) => (!ma || evaluateMarker(ma, env)) && (!mb || evaluateMarker(mb, env)));
                if (overlap) {
                    findings.push({
                        class: 'invalid-lockfile',
                        severity: 'error',
                        package: name,
                        message: `${name} is pinned twice with overlapping markers (lines ${list[a].entry.line} and ${list[b].entry.line}).`,
                        found: `${list[a].entry.text} | ${list[b].entry.text}`,
                        lock: loc(list[b].entry.line),
                        ...(fix ? { fix } : {}),
                    });
                }
            }
        }
    }
    for (const p of pins) {
        const lp = { name: p.name, version: p.version ?? '', source: p.entry.editable ? 'path' : p.entry.req?.url ? 'url' : 'registry' };
        if (p.entry.req?.markerText)
            lp.marker = p.entry.req.markerText;
        if (p.entry.hashes.length)
            lp.hashes = p.entry.hashes;
        const local = localPathOf(p.entry.req?.url ?? p.entry.target);
        if (local !== undefined) {
            lp.source = 'path';
            lp.path = local;
        }
        result.locked.push(lp);
    }
    for (const e of unnamedLocal) {
        const lp = { name: '', version: '', source: 'path', path: localPathOf(e.target) };
        if (e.req?.markerText)
            lp.marker = e.req.markerText;
        result.locked.push(lp);
    }
    result.packages = new Set(pins.map((p) => `${p.name}@${p.version ?? ''}`)).size;
    // ---- inputs
    if (header.writer === 'uv-export') {
        checkAgainstUvLock(input, header, pins, findings, uncertain, result, rel);
    }
    else if (header.writer === 'pip-compile' || header.writer === 'uv-pip-compile') {
        checkAgainstInputs(input, header, byName, envs, findings, uncertain, result, rel);
    }
    else {
        uncertain.push(`${rel} has no pip-compile or uv header, so its inputs are unknown`);
    }
    if (findings.some((f) => f.class === 'drift' || f.class === 'version-mismatch'))
        result.freshness = 'stale';
    else if (uncertain.length) {
        result.freshness = 'inconclusive';
        result.inconclusiveReason = [...new Set(uncertain)].slice(0, 5).join('; ');
    }
    return result;
}
function matrixFor(header) {
    if (header.writer === 'pip-compile' && header.pythonVersion) {
        return MATRIX_PLATFORMS.map((p) => makeEnvironment(`${header.pythonVersion}.0`, p));
    }
    return environmentMatrix(undefined);
}
/** `X.Y` from a `.python-version` file in `dir` or an ancestor up to `stop`. */
function pythonVersionFile(dir, stop) {
    for (let d = dir;; d = external_node_path_.dirname(d)) {
        const f = external_node_path_.join(d, '.python-version');
        if ((0,external_node_fs_namespaceObject.existsSync)(f)) {
            const m = /^\s*(?:cpython-|python)?(\d+\.\d+)/m.exec(readProjectFile(f, 4096));
            return m?.[1];
        }
        if (d === stop || external_node_path_.dirname(d) === d || !d.startsWith(stop))
            return undefined;
    }
}
function resolveNear(candidates, p) {
    for (const base of candidates) {
        const abs = external_node_path_.resolve(base, p);
        if ((0,external_node_fs_namespaceObject.existsSync)(abs))
            return abs;
    }
    return undefined;
}
function collectInputs(input, file, constraint, cmd, out, uncertain, findings, seen) {
    if (seen.has(file))
        return;
    seen.add(file);
    const rel = relPath(input.workspace, file);
    const base = external_node_path_.basename(file);
    if (base === 'pyproject.toml') {
        const text = readProjectFile(file, undefined, rel);
        const data = parseToml(text, rel);
        const project = requirements_isTable(data.project) ? data.project : undefined;
        if (!project) {
            uncertain.push(`${rel} has no [project] table`);
            return;
        }
        const dynamic = Array.isArray(project.dynamic) ? project.dynamic : [];
        if (dynamic.includes('dependencies') || dynamic.includes('optional-dependencies'))
            uncertain.push(`${rel} declares dynamic dependencies`);
        const lines = text.split(/\r?\n/);
        const lineOf = (s) => {
            const i = lines.findIndex((l) => l.includes(JSON.stringify(s)) || l.includes(`'${s}'`));
            return i >= 0 ? i + 1 : 1;
        };
        const add = (list) => {
            for (const s of Array.isArray(list) ? list : []) {
                if (typeof s !== 'string')
                    continue;
                try {
                    out.push({ req: parseRequirement(s), file: rel, line: lineOf(s), constraint });
                }
                catch (err) {
                    findings.push({ class: 'invalid-manifest', severity: 'error', message: `${rel}: ${err.message}`, manifest: { file: rel, line: lineOf(s) } });
                }
            }
        };
        add(project.dependencies);
        const optional = requirements_isTable(project['optional-dependencies']) ? project['optional-dependencies'] : {};
        for (const [k, v] of Object.entries(optional))
            if (cmd.allExtras || cmd.extras.includes(normalizeName(k)))
                add(v);
        const groups = requirements_isTable(data['dependency-groups']) ? data['dependency-groups'] : {};
        for (const g of cmd.groups) {
            const name = g.includes(':') ? g.slice(g.lastIndexOf(':') + 1) : g;
            const key = Object.keys(groups).find((k) => normalizeName(k) === normalizeName(name));
            if (key)
                add(groups[key].filter((x) => typeof x === 'string'));
            else
                uncertain.push(`dependency group ${g} not found in ${rel}`);
        }
        return;
    }
    if (base === 'setup.py' || base === 'setup.cfg' || !/\.(in|txt)$/.test(base)) {
        uncertain.push(`${rel} is not a requirements or pyproject file; its requirements need a build to read`);
        return;
    }
    const text = readProjectFile(file, undefined, rel);
    const parsed = parseRequirementsText(text);
    for (const e of parsed.requirements) {
        if (e.error) {
            findings.push({ class: 'invalid-manifest', severity: 'error', message: `${rel}:${e.line}: ${e.error}`, manifest: { file: rel, line: e.line } });
            continue;
        }
        const localName = e.req ? undefined : localProjectName(external_node_path_.dirname(file), e.target);
        if (e.req)
            out.push({ req: e.req, file: rel, line: e.line, constraint });
        else if (localName)
            out.push({ req: parseRequirement(localName), file: rel, line: e.line, constraint });
        else
            uncertain.push(`${rel}:${e.line}: ${e.text} has no package name`);
    }
    for (const inc of parsed.includes) {
        const target = resolveNear([external_node_path_.dirname(file)], inc.path);
        if (!target) {
            findings.push({
                class: 'invalid-manifest',
                severity: 'error',
                message: `${rel}:${inc.line} includes ${inc.path}, which does not exist.`,
                manifest: { file: rel, line: inc.line },
            });
            continue;
        }
        collectInputs(input, target, constraint || inc.kind === 'constraint', cmd, out, uncertain, findings, seen);
    }
}
function checkAgainstInputs(input, header, byName, envs, findings, uncertain, result, rel) {
    const fix = header.command;
    const cmd = parseCompileCommand(header.command ?? '');
    const txtDir = external_node_path_.dirname(input.lockfile);
    const bases = [txtDir, input.dir, input.workspace];
    let sources = cmd.sources.filter((s) => s !== '-');
    if (cmd.sources.includes('-'))
        uncertain.push('the header command read requirements from stdin');
    if (!sources.length) {
        const def = ['requirements.in', 'setup.py', 'pyproject.toml'].find((f) => (0,external_node_fs_namespaceObject.existsSync)(external_node_path_.join(txtDir, f)));
        if (def)
            sources = [def];
        else {
            uncertain.push(`cannot find the input of ${rel} (no source in the header command and no requirements.in beside it)`);
            return;
        }
    }
    const inputs = [];
    const seen = new Set();
    for (const s of sources) {
        const abs = resolveNear(bases, s);
        if (!abs) {
            uncertain.push(`the source ${s} named in the header of ${rel} was not found`);
            continue;
        }
        result.manifest ??= abs;
        collectInputs(input, abs, false, cmd, inputs, uncertain, findings, seen);
    }
    for (const c of cmd.constraints) {
        const abs = resolveNear(bases, c);
        if (abs)
            collectInputs(input, abs, true, cmd, inputs, uncertain, findings, seen);
    }
    removedInputs(input, inputs, byName, seen, bases, findings, rel, fix);
    for (const inp of inputs) {
        const { req } = inp;
        const name = req.normalizedName;
        const pinsFor = byName.get(name) ?? [];
        const applies = req.marker ? applicableSomewhere(req.marker, envs, { extras: cmd.extras }) : true;
        if (!pinsFor.length) {
            if (inp.constraint || !applies)
                continue;
            if (req.marker && cmd.universal) {
                // the universal range starts at the compiling interpreter (or --python-version); without it,
                // only a requirement that applies on the newest Python is certainly missing
                const lower = cmd.pythonVersion ?? pythonVersionFile(external_node_path_.dirname(input.lockfile), input.workspace);
                const uenvs = lower ? environmentMatrix(`>=${lower}`) : environmentMatrix(`>=3.${LATEST_PYTHON_MINOR}`);
                if (!applicableSomewhere(req.marker, uenvs, { extras: cmd.extras }))
                    continue;
            }
            else if (req.marker) {
                const everywhere = envs.every((env) => evaluateMarker(req.marker, env, { extras: cmd.extras }));
                if (!everywhere) {
                    uncertain.push(`${name} (${inp.file}:${inp.line}) has a marker and is not pinned; it may not apply on the platform that compiled ${rel}`);
                    continue;
                }
            }
            findings.push({
                class: 'drift',
                severity: 'error',
                package: name,
                message: `${inp.file} requires ${req.name}, but ${rel} does not pin it (added after compiling).`,
                expected: `${req.name}${req.specifier}`,
                found: '(absent)',
                manifest: { file: inp.file, line: inp.line },
                lock: { file: rel },
                ...(fix ? { fix } : {}),
            });
            continue;
        }
        if (req.url) {
            const urlPin = pinsFor.find((p) => p.entry.req?.url !== undefined || p.entry.target !== undefined);
            if (!urlPin) {
                findings.push({
                    class: 'drift',
                    severity: 'error',
                    package: name,
                    message: `${inp.file} requires ${req.name} from ${req.url}, but ${rel} pins it from an index.`,
                    expected: req.url,
                    found: pinsFor.map((p) => p.entry.text).join(' | '),
                    manifest: { file: inp.file, line: inp.line },
                    lock: { file: rel, line: pinsFor[0].entry.line },
                    ...(fix ? { fix } : {}),
                });
            }
            continue;
        }
        for (const p of pinsFor) {
            if (p.version === undefined)
                continue;
            const pm = p.entry.req?.marker;
            if (req.marker || pm) {
                const together = envs.some((env) => (!req.marker || evaluateMarker(req.marker, env, { extras: cmd.extras })) && (!pm || evaluateMarker(pm, env)));
                if (!together)
                    continue;
            }
            let ok;
            try {
                ok = parseVersion(p.version) !== null ? satisfies(p.version, req.specifier) : true;
            }
            catch {
                uncertain.push(`cannot evaluate ${req.specifier} from ${inp.file}:${inp.line}`);
                continue;
            }
            if (!ok) {
                findings.push({
                    class: 'drift',
                    severity: 'error',
                    package: name,
                    message: `${rel} pins ${req.name}==${p.version}, which does not satisfy ${req.specifier} from ${inp.file}${inp.constraint ? ' (constraint)' : ''}.`,
                    expected: `${req.name}${req.specifier}`,
                    found: `==${p.version}`,
                    manifest: { file: inp.file, line: inp.line },
                    lock: { file: rel, line: p.entry.line },
                    ...(fix ? { fix } : {}),
                });
            }
        }
    }
}
function checkAgainstUvLock(input, header, pins, findings, uncertain, result, rel) {
    const fix = header.command ?? 'uv export --format requirements-txt -o requirements.txt';
    const cmd = parseCompileCommand(header.command ?? '');
    const txtDir = external_node_path_.dirname(input.lockfile);
    const candidates = [cmd.project ? external_node_path_.resolve(txtDir, cmd.project) : undefined, cmd.project ? external_node_path_.resolve(input.dir, cmd.project) : undefined, txtDir, input.dir, input.workspace].filter((d) => !!d);
    let lockPath;
    for (let d of candidates) {
        // a project inside a workspace: the lock lives at the workspace root
        for (let k = 0; k < 8; k++) {
            if ((0,external_node_fs_namespaceObject.existsSync)(external_node_path_.join(d, 'uv.lock'))) {
                lockPath = external_node_path_.join(d, 'uv.lock');
                break;
            }
            const parent = external_node_path_.dirname(d);
            if (parent === d || !parent.startsWith(input.workspace))
                break;
            d = parent;
        }
        if (lockPath)
            break;
    }
    if (!lockPath) {
        uncertain.push(`no uv.lock found for the uv export output ${rel}`);
        return;
    }
    const lockRel = relPath(input.workspace, lockPath);
    result.manifest = lockPath;
    const lock = parseToml(readProjectFile(lockPath, undefined, lockRel), lockRel);
    const locked = new Map();
    for (const p of Array.isArray(lock.package) ? lock.package : []) {
        if (!requirements_isTable(p) || typeof p.name !== 'string')
            continue;
        const hashes = new Set();
        const arts = [p.sdist, ...(Array.isArray(p.wheels) ? p.wheels : [])];
        for (const a of arts)
            if (requirements_isTable(a) && typeof a.hash === 'string')
                hashes.add(a.hash.toLowerCase());
        const name = normalizeName(p.name);
        locked.set(name, [...(locked.get(name) ?? []), { version: typeof p.version === 'string' ? p.version : undefined, hashes, source: requirements_isTable(p.source) ? p.source : {} }]);
    }
    for (const pin of pins) {
        const entries = locked.get(pin.name);
        const e = pin.entry;
        if (!entries) {
            findings.push({
                class: 'drift',
                severity: 'error',
                package: pin.name,
                message: `${rel} pins ${pin.name}, which ${lockRel} does not contain (export older or newer than the lock).`,
                found: e.text,
                lock: { file: rel, line: e.line },
                manifest: { file: lockRel },
                fix,
            });
            continue;
        }
        if (pin.version === undefined)
            continue;
        const match = entries.find((x) => x.version !== undefined && versionsEqual(x.version, pin.version));
        if (!match) {
            findings.push({
                class: 'version-mismatch',
                severity: 'error',
                package: pin.name,
                message: `${rel} pins ${pin.name}==${pin.version}, but ${lockRel} locks ${entries.map((x) => x.version ?? '?').join(', ')}.`,
                expected: entries.map((x) => x.version ?? '?').join(', '),
                found: pin.version,
                lock: { file: rel, line: e.line },
                manifest: { file: lockRel },
                fix,
            });
            continue;
        }
        const bad = e.hashes.filter((h) => !match.hashes.has(h.toLowerCase()));
        if (bad.length) {
            findings.push({
                class: 'version-mismatch',
                severity: 'error',
                package: pin.name,
                message: `${rel} lists ${bad.length} hash(es) for ${pin.name}==${pin.version} that ${lockRel} does not record.`,
                expected: `one of the ${match.hashes.size} artifact hashes in ${lockRel}`,
                found: bad[0],
                lock: { file: rel, line: e.line, endLine: e.endLine },
                manifest: { file: lockRel },
                fix,
            });
        }
    }
}
/** The local path a requirement target names (`./lib`, `/abs/lib`, `file:lib`, `file:///abs/lib`), or undefined for URLs and VCS. */
function localPathOf(target) {
    if (!target)
        return undefined;
    const t = target.split('#')[0].trim();
    if (/^file:/i.test(t)) {
        const rest = t.replace(/^file:(\/\/(localhost)?)?/i, '');
        try {
            return decodeURIComponent(rest) || '.';
        }
        catch {
            return rest;
        }
    }
    return /^(\.|\/|~)/.test(t) ? t : undefined;
}
/**
 * The name a local path requirement (`-e ./packages/corelib`) has: its pyproject.toml's [project].name,
 * read statically (the compilers name it the same way, from its metadata). Undefined when it is not a
 * local directory with a static PEP 621 name (setup.py-only projects need a build to say).
 */
function localProjectName(baseDir, target) {
    const local = localPathOf(target);
    if (local === undefined || local.startsWith('~'))
        return undefined;
    const file = external_node_path_.join(external_node_path_.resolve(baseDir, local), 'pyproject.toml');
    if (!(0,external_node_fs_namespaceObject.existsSync)(file))
        return undefined;
    try {
        const project = parseToml(readProjectFile(file), file)['project'];
        const name = project && typeof project === 'object' ? project['name'] : undefined;
        return typeof name === 'string' && name ? normalizeName(name) : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Requirements removed from the input after compiling, and what only they pulled in. The compiler's
 * `# via` says why each pin is there: `-r <input>` (the input asked for it), a package name (that
 * package depends on it), `-c <constraints>` (limits a version, adds nothing). A pin is left over when
 * the input no longer asks for it and every reason is gone: each `-r` is an input this check read,
 * each package named is itself left over (to a fixpoint), at least one reason is not a `-c`. Anything
 * else in `via` (`app (pyproject.toml)`, an unread file) keeps the pin: never decided by this rule.
 */
function removedInputs(input, inputs, byName, seen, bases, findings, rel, fix) {
    const required = new Set(inputs.filter((i) => !i.constraint).map((i) => i.req.normalizedName));
    const readFile = (f) => {
        const abs = resolveNear(bases, f);
        return abs && seen.has(abs) ? relPath(input.workspace, abs) : undefined;
    };
    // name \u2192 the inputs (direct) or packages (transitive) a pin was there for, when every reason is readable
    const candidates = new Map();
    for (const [name, pins] of byName) {
        if (required.has(name))
            continue;
        for (const p of pins) {
            const why = { pin: p, inputs: [], packages: [] };
            let decided = (p.entry.via ?? []).length > 0;
            for (const v of p.entry.via ?? []) {
                const file = /^-([rc])\s+(.+)$/.exec(v);
                if (file) {
                    const named = readFile(file[2]);
                    if (!named)
                        decided = false;
                    else if (file[1] === 'r')
                        why.inputs.push(named);
                }
                else if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(v))
                    why.packages.push(normalizeName(v));
                else
                    decided = false;
            }
            if (!decided || why.inputs.length + why.packages.length === 0)
                continue;
            candidates.set(name, why);
            break;
        }
    }
    // Left over: the largest set of candidates each of which is there only for removed inputs or other
    // members \u2014 a greatest fixpoint, so a dependency cycle (sphinx \u2194 sphinxcontrib-*) goes as a whole,
    // while one reason outside the set (a required package, an unread file, an unpinned name) keeps it.
    const leftover = new Map(candidates);
    for (let changed = true; changed;) {
        changed = false;
        for (const [name, why] of leftover) {
            if (why.packages.every((p) => leftover.has(p)))
                continue;
            leftover.delete(name);
            changed = true;
        }
    }
    for (const [name, { pin, inputs: named, packages }] of leftover) {
        const message = named.length
            ? `${rel} pins ${name} because ${named.join(' and ')} required it when it was compiled (# via), but ${named.length > 1 ? 'they no longer do' : 'it no longer does'} (removed after compiling)${packages.length ? `, and ${packages.join(', ')} ${packages.length > 1 ? 'are' : 'is'} left over too` : ''}.`
            : `${rel} pins ${name} only for ${packages.join(', ')} (# via), ${packages.length > 1 ? 'which are' : 'which is'} no longer required: a recompile drops it.`;
        findings.push({
            class: 'drift',
            severity: 'error',
            package: name,
            message,
            expected: '(absent)',
            found: pin.entry.text,
            ...(named.length ? { manifest: { file: named[0] } } : {}),
            lock: { file: rel, line: pin.entry.line },
            ...(fix ? { fix } : {}),
        });
    }
}

;// CONCATENATED MODULE: ./actions/shared/lockfile/uv.ts
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
function uv_isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function tbl(t, key) {
    if (!uv_isTable(t))
        return undefined;
    const v = t[key];
    return uv_isTable(v) ? v : undefined;
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
function trimSlash(u) {
    return u.replace(/\/+$/, '');
}
function coreKey(r) {
    return `${r.name}[${r.extras.join(',')}]${pep440_canonicalSpecifiers(r.specifier)}`;
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
        return (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true })
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
                        stack.push(external_node_path_.join(d, c));
                }
            }
            else if (/[*?[]/.test(seg)) {
                const re = segmentRegex(seg);
                for (const c of listDirs(dir))
                    if (re.test(c))
                        next.push(external_node_path_.join(dir, c));
            }
            else if (seg === '..')
                next.push(external_node_path_.dirname(dir));
            else
                next.push(external_node_path_.join(dir, seg));
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
    const file = external_node_path_.join(dir, 'pyproject.toml');
    if (!(0,external_node_fs_namespaceObject.existsSync)(file))
        return undefined;
    const rel = relPath(ctx.input.workspace, file);
    const text = readProjectFile(file, undefined, rel);
    let data;
    try {
        data = parseToml(text, rel);
    }
    catch (err) {
        if (err instanceof errors_UserError) {
            ctx.findings.push({ class: 'invalid-manifest', severity: 'error', message: err.message, manifest: err.location ?? { file: rel } });
            return { dir, file, rel, data: {}, lines: new TomlLineIndex(text) };
        }
        throw err;
    }
    return { dir, file, rel, data, lines: new TomlLineIndex(text) };
}
/** Build the requirement as uv records it from a PEP 508 string and `tool.uv.sources`. */
function expectedReq(ctx, text, extraMarker, sources, indexes, project, members, line) {
    let parsed;
    try {
        parsed = parseRequirement(text);
    }
    catch (err) {
        ctx.findings.push({
            class: 'invalid-manifest',
            severity: 'error',
            message: `${project.rel}: ${err.message}`,
            manifest: { file: project.rel, line },
        });
        return undefined;
    }
    const req = {
        name: parsed.normalizedName,
        extras: parsed.extras,
        specifier: parsed.specifier,
        marker: andMarkers(parsed.marker, extraMarker),
        source: '',
        display: text,
        line,
    };
    if (parsed.url !== undefined) {
        const u = parsed.url;
        if (u.startsWith('git+')) {
            req.source = gitDescriptor(u.slice(4));
            req.fuzzySource = true;
        }
        else if (u.startsWith('file:')) {
            req.source = `path:?:${external_node_path_.resolve(fileUrlPath(u))}`;
            req.fuzzySource = true;
        }
        else
            req.source = `url:${stripFragment(u)}`;
    }
    const src = sources.get(req.name);
    if (src) {
        const s = src.raw;
        if (Array.isArray(s) || !uv_isTable(s)) {
            req.fuzzySource = true;
            req.source = 'list';
        }
        else {
            if (s.marker !== undefined || s.extra !== undefined || s.group !== undefined)
                req.fuzzySource = true;
            if (s.workspace === true) {
                const m = members.get(req.name);
                if (m)
                    req.source = `path:${s.editable === false ? 'directory' : 'editable'}:${m.dir}`;
                else
                    req.fuzzySource = true;
            }
            else if (typeof s.path === 'string') {
                const abs = external_node_path_.resolve(project.dir, s.path);
                let kind = 'path';
                try {
                    if ((0,external_node_fs_namespaceObject.statSync)(abs).isDirectory())
                        kind = s.editable === true ? 'editable' : s.package === false ? 'virtual' : 'directory';
                }
                catch {
                    kind = '?';
                }
                if (kind === 'directory' && s.editable === undefined)
                    req.fuzzySource = true; // editable default varies by uv version
                req.source = `path:${kind}:${abs}`;
            }
            else if (typeof s.index === 'string') {
                const url = indexes.get(s.index);
                if (url)
                    req.source = `index:${trimSlash(url)}`;
                else
                    req.fuzzySource = true;
            }
            else if (typeof s.git === 'string') {
                const ref = str(s.rev) ?? str(s.tag) ?? str(s.branch) ?? '';
                req.source = `git:${normalizeGitUrl(s.git)}#${ref}`;
                if (s.subdirectory !== undefined)
                    req.fuzzySource = true;
            }
            else if (typeof s.url === 'string') {
                req.source = `url:${stripFragment(s.url)}`;
            }
            else
                req.fuzzySource = true;
        }
    }
    return req;
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
function normalizeGitUrl(u) {
    return stripFragment(u)
        .replace(/^git\+/, '')
        .replace(/\?.*$/, '')
        .replace(/\.git$/, '')
        .replace(/\/+$/, '')
        .replace(/^(\w+:\/\/)[^@/]*@/, '$1');
}
function gitDescriptor(u) {
    // PEP 508 `git+https://host/repo@ref`
    const noFrag = stripFragment(u);
    const at = noFrag.lastIndexOf('@');
    const slash = noFrag.lastIndexOf('/');
    const ref = at > slash ? noFrag.slice(at + 1) : '';
    const base = at > slash ? noFrag.slice(0, at) : noFrag;
    return `git:${normalizeGitUrl(base)}#${ref}`;
}
/** Reduce a requires-dist / manifest entry of uv.lock to a Req. */
/** `line` is looked up on first read: only a finding reads it, and the first lookup indexes the lock. */
function lockedReq(ctx, entry, line) {
    if (!uv_isTable(entry) || typeof entry.name !== 'string')
        return undefined;
    const req = {
        name: normalizeName(entry.name),
        extras: arr(entry.extras).filter((e) => typeof e === 'string').map(normalizeName).sort(),
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
            req.marker = parseMarker(marker);
        }
        catch {
            ctx.uncertain.push(`cannot parse the marker ${JSON.stringify(marker)} recorded for ${req.name}`);
        }
        req.display += ` ; ${marker}`;
    }
    const root = ctx.lockDir;
    if (typeof entry.index === 'string')
        req.source = `index:${trimSlash(entry.index)}`;
    else if (typeof entry.editable === 'string')
        req.source = `path:editable:${external_node_path_.resolve(root, entry.editable)}`;
    else if (typeof entry.directory === 'string')
        req.source = `path:directory:${external_node_path_.resolve(root, entry.directory)}`;
    else if (typeof entry.virtual === 'string')
        req.source = `path:virtual:${external_node_path_.resolve(root, entry.virtual)}`;
    else if (typeof entry.path === 'string')
        req.source = `path:path:${external_node_path_.resolve(root, entry.path)}`;
    else if (typeof entry.url === 'string')
        req.source = `url:${stripFragment(entry.url)}`;
    else if (typeof entry.git === 'string') {
        const q = /[?&](?:rev|tag|branch)=([^&#]+)/.exec(entry.git);
        req.source = `git:${normalizeGitUrl(entry.git)}#${q ? decodeURIComponent(q[1]) : ''}`;
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
    const pa = /^path:([^:]*):(.*)$/.exec(a.source);
    const pb = /^path:([^:]*):(.*)$/.exec(b.source);
    if (pa && pb && pa[2] === pb[2])
        return 'unsure';
    return 'no';
}
function describeSource(s) {
    if (!s)
        return 'the default index';
    const m = /^path:([^:]*):(.*)$/.exec(s);
    if (m)
        return `${m[1]} ${m[2]}`;
    return maskUrl(s.replace(/^(index|url|git):/, ''));
}
/** Compare expected (manifest) and recorded (lock) requirement lists as uv would (sets). */
function compareReqs(ctx, expected, recorded, requiresPython, labels) {
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
            let idx = recLeft.findIndex((r) => sourceMatches(e, r) === 'yes' && compareMarkers(e.marker, r.marker, requiresPython) === 'equal');
            if (idx < 0)
                idx = recLeft.findIndex((r) => sourceMatches(e, r) !== 'no' && compareMarkers(e.marker, r.marker, requiresPython) !== 'different');
            if (idx < 0) {
                expLeft.push(e);
                continue;
            }
            const r = recLeft.splice(idx, 1)[0];
            const sm = sourceMatches(e, r);
            const mm = compareMarkers(e.marker, r.marker, requiresPython);
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
                ctx.findings.push({
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
                const em = e.marker ? markerToString(rewritePythonVersion(e.marker), "'") : '(none)';
                const rm = r.marker ? markerToString(r.marker, "'") : '(none)';
                ctx.findings.push({
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
            ctx.findings.push({
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
            ctx.findings.push({
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
        ctx.findings.push({
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
    const lockDir = external_node_path_.dirname(input.lockfile);
    const lockRel = relPath(input.workspace, input.lockfile);
    const text = readProjectFile(input.lockfile, undefined, lockRel);
    const lock = parseToml(text, lockRel);
    const lines = new TomlLineIndex(text);
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
            throw new errors_UserError(`${lockRel} has neither \`version\` nor [[package]] entries; it is not a uv.lock or is truncated.`, {
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
        if (!uv_isTable(p) || typeof p.name !== 'string') {
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
            name: normalizeName(p.name),
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
                const nodes = rm.map((m) => parseMarker(m));
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
            if (err instanceof errors_UserError)
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
        if (uv_isTable(w))
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
    const envsFor = () => (envs ??= environmentMatrix(requiresPython));
    const reportedCred = new Set();
    const cred = (url, p, where) => {
        const c = findUrlCredentials(url);
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
            if (!isFullCommitSha(frag)) {
                ctx.findings.push({
                    class: 'vcs-not-pinned',
                    severity: 'error',
                    package: p.name,
                    message: `${p.name} comes from git without a full commit SHA in the source URL.`,
                    expected: '#<40-hex commit>',
                    found: maskUrl(g),
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
                const mm = checkArtifactName(loc, p.name, p.version);
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
        const badHash = firstHashProblem(arts.map((a) => str(a.hash)).filter((h) => !!h));
        if (badHash) {
            const line = lines.findLine(p.line, end(), (l) => l.includes(badHash.hash)) ?? p.line;
            ctx.findings.push(malformedHashFinding(p.name, badHash.problem, badHash.count, { file: lockRel, line }, 'uv lock --refresh'));
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
                if (!uv_isTable(e) || typeof e.name !== 'string')
                    continue;
                const name = normalizeName(e.name);
                let candidates = byName.get(name) ?? [];
                const ev = str(e.version);
                if (ev !== undefined)
                    candidates = candidates.filter((c) => c.version !== undefined && versionsEqual(c.version, ev));
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
                        const node = andMarkers(m ? parseMarker(m) : undefined, p.resolutionMarkers);
                        applies = applicableSomewhere(node, envsFor(), { extras: [] }) || (m?.includes('extra') ?? false);
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
        const name = uv_isTable(e) ? str(e.name) : undefined;
        const r = lockedReq(ctx, e, () => (name ? entryLine(lines, ...range(), name) : undefined));
        if (r)
            out.push(r);
    }
    return out;
}
function settingsOf(ctx, root) {
    const uvToml = external_node_path_.join(ctx.lockDir, 'uv.toml');
    if ((0,external_node_fs_namespaceObject.existsSync)(uvToml)) {
        const rel = relPath(ctx.input.workspace, uvToml);
        return { settings: parseToml(readProjectFile(uvToml, undefined, rel), rel), file: rel };
    }
    return { settings: tbl(tbl(root?.data, 'tool'), 'uv') ?? {}, file: root?.rel ?? 'pyproject.toml' };
}
function parseExcludeNewer(v) {
    const t = v.trim();
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
function requiresPythonEqual(a, bs) {
    try {
        const samples = new Set(['2.7.18']);
        for (let m = 0; m <= 25; m++)
            for (const p of [0, 1, 5, 50])
                samples.add(`3.${m}.${p}`);
        for (const s of [a, ...bs])
            for (const lit of s.match(/\d+(\.\d+)*/g) ?? []) {
                const parts = lit.split('.').map(Number);
                const [x, y = 0, z = 0] = parts;
                for (const d of [-1, 0, 1])
                    if (z + d >= 0)
                        samples.add(`${x}.${y}.${z + d}`);
                samples.add(`${x}.${y + 1}.0`);
            }
        for (const v of samples)
            if (satisfies(v, a) !== bs.every((b) => satisfies(v, b)))
                return false;
        return true;
    }
    catch {
        return undefined;
    }
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
    const { settings, file: settingsFile } = settingsOf(ctx, root);
    const manifest = tbl(lock, 'manifest') ?? {};
    // Lock lines are looked up only for findings: the first lookup indexes the whole lock.
    const manifestLine = () => lines.tableLine('manifest');
    // ---- workspace members
    const members = new Map();
    const rootProject = tbl(root.data, 'project');
    if (rootProject && typeof rootProject.name === 'string')
        members.set(normalizeName(rootProject.name), root);
    const ws = tbl(rootUv, 'workspace');
    const excludes = arr(ws?.exclude).filter((e) => typeof e === 'string');
    const excluded = new Set(excludes.flatMap((e) => expandGlob(lockDir, e)));
    for (const pattern of arr(ws?.members)) {
        if (typeof pattern !== 'string')
            continue;
        for (const dir of expandGlob(lockDir, pattern)) {
            if (excluded.has(dir) || dir === lockDir)
                continue;
            if (!(0,external_node_fs_namespaceObject.existsSync)(external_node_path_.join(dir, 'pyproject.toml')))
                continue;
            const m = readPyproject(ctx, dir);
            const proj = tbl(m?.data, 'project');
            if (!m || !proj || typeof proj.name !== 'string') {
                ctx.uncertain.push(`workspace member ${relPath(ctx.input.workspace, dir)} has no readable [project] name`);
                continue;
            }
            members.set(normalizeName(proj.name), m);
        }
    }
    const recordedMembers = arr(manifest.members).filter((m) => typeof m === 'string').map(normalizeName);
    const expectedMembers = [...members.keys()].sort();
    const singleProject = expectedMembers.length === 1 && rootProject !== undefined;
    if (recordedMembers.length || !singleProject) {
        const rec = new Set(recordedMembers.length ? recordedMembers : rootProject && typeof rootProject.name === 'string' ? [normalizeName(rootProject.name)] : []);
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
            else if (a !== b) {
                ctx.findings.push({
                    class: 'drift',
                    severity: 'error',
                    message: 'exclude-newer changed since uv.lock was written.',
                    expected: reqRaw,
                    found: recRaw,
                    manifest: { file: settingsFile, line: root.lines.keyLine('tool.uv', 'exclude-newer') },
                    lock: { file: lockRel, line: lines.keyLine('options', 'exclude-newer') ?? optLine() },
                    fix: FIX,
                });
            }
        }
        if (tbl(opts, 'exclude-newer-package') || tbl(settings, 'exclude-newer-package')) {
            if (JSON.stringify(tbl(opts, 'exclude-newer-package') ?? {}) !== JSON.stringify(tbl(settings, 'exclude-newer-package') ?? {})) {
                ctx.uncertain.push('exclude-newer-package settings differ in form and are not compared exactly');
            }
        }
    }
    // ---- environments / conflicts
    const markerListCheck = (lockKey, settingKey) => {
        const rec = arr(lock[lockKey]).filter((m) => typeof m === 'string');
        const exp = arr(settings[settingKey]).filter((m) => typeof m === 'string');
        if (!rec.length && !exp.length)
            return;
        if (!rec.length || !exp.length) {
            ctx.findings.push({
                class: 'drift',
                severity: 'error',
                message: `tool.uv.${settingKey} changed since uv.lock was written.`,
                expected: exp.join(' | ') || '(none)',
                found: rec.join(' | ') || '(none)',
                manifest: { file: settingsFile, line: root.lines.keyLine('tool.uv', settingKey) },
                lock: { file: lockRel, line: lines.keyLine('', lockKey) ?? 1 },
                fix: FIX,
            });
            return;
        }
        try {
            const or = (ms) => {
                const nodes = ms.map((m) => parseMarker(m));
                return nodes.length === 1 ? nodes[0] : { type: 'or', children: nodes };
            };
            const c = compareMarkers(or(exp), or(rec), simplifyRp);
            if (c !== 'equal')
                ctx.uncertain.push(`tool.uv.${settingKey} may differ from the lock's ${lockKey}`);
        }
        catch {
            ctx.uncertain.push(`tool.uv.${settingKey} could not be parsed`);
        }
    };
    markerListCheck('supported-markers', 'environments');
    markerListCheck('required-markers', 'required-environments');
    {
        const rec = arr(lock.conflicts);
        const exp = arr(settings.conflicts);
        if (rec.length !== exp.length) {
            ctx.findings.push({
                class: 'drift',
                severity: 'error',
                message: 'tool.uv.conflicts changed since uv.lock was written.',
                expected: `${exp.length} conflict set(s)`,
                found: `${rec.length} conflict set(s)`,
                manifest: { file: settingsFile, line: root.lines.keyLine('tool.uv', 'conflicts') },
                lock: { file: lockRel, line: lines.keyLine('', 'conflicts') ?? 1 },
                fix: FIX,
            });
        }
        else if (rec.length)
            ctx.uncertain.push('tool.uv.conflicts are not compared in detail');
    }
    // ---- manifest requirement sets
    const memberSources = (m) => {
        const out = new Map();
        const add = (t) => {
            for (const [k, v] of Object.entries(t ?? {}))
                out.set(normalizeName(k), { raw: v });
        };
        if (m !== root && members.has(normalizeName(str(tbl(m.data, 'project')?.name) ?? '')))
            add(tbl(rootUv, 'sources'));
        add(tbl(tbl(tbl(m.data, 'tool'), 'uv'), 'sources'));
        return out;
    };
    const indexesOf = (m) => {
        const out = new Map();
        for (const t of [settings, tbl(tbl(m.data, 'tool'), 'uv') ?? {}]) {
            for (const ix of arr(t.index))
                if (uv_isTable(ix) && typeof ix.name === 'string' && typeof ix.url === 'string')
                    out.set(ix.name, ix.url);
        }
        return out;
    };
    const manifestSet = (lockKey, settingKey) => {
        const strings = arr(settings[settingKey]).filter((s) => typeof s === 'string');
        const keyLine = root.lines.keyLine('tool.uv', settingKey);
        const exp = strings
            .map((s) => expectedReq(ctx, s, undefined, new Map(), new Map(), root, members, keyLine !== undefined ? (root.lines.stringLine(s, keyLine) ?? keyLine) : undefined))
            .filter((r) => !!r);
        const rec = reqList(ctx, manifest[lockKey], lines, () => {
            const sec = manifestLine() ?? 1;
            return [sec, lines.sectionsAt('manifest')[0]?.endLine ?? sec];
        });
        if (!exp.length && !rec.length)
            return;
        compareReqs(ctx, exp, rec, simplifyRp, {
            what: `tool.uv.${settingKey}`,
            manifestFile: settingsFile,
            get lockLine() {
                return manifestLine();
            },
        });
    };
    manifestSet('constraints', 'constraint-dependencies');
    manifestSet('overrides', 'override-dependencies');
    manifestSet('build-constraints', 'build-constraint-dependencies');
    {
        const exp = new Set(arr(settings['exclude-dependencies']).filter((s) => typeof s === 'string').map((s) => normalizeName(s.split(/[\s;[<>=!~]/)[0] ?? s)));
        const rec = new Set(arr(manifest.excludes)
            .map((e) => (typeof e === 'string' ? e : uv_isTable(e) ? (str(e.name) ?? '') : ''))
            .filter(Boolean)
            .map(normalizeName));
        if ([...exp].some((e) => !rec.has(e)) || [...rec].some((e) => !exp.has(e))) {
            ctx.findings.push({
                class: 'drift',
                severity: 'error',
                message: 'tool.uv.exclude-dependencies changed since uv.lock was written.',
                expected: [...exp].join(', ') || '(none)',
                found: [...rec].join(', ') || '(none)',
                manifest: { file: settingsFile, line: root.lines.keyLine('tool.uv', 'exclude-dependencies') },
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
        else
            ctx.uncertain.push('tool.uv.dependency-metadata is not compared in detail');
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
        const dir = external_node_path_.resolve(lockDir, rel);
        const local = members.get(p.name)?.dir === dir ? members.get(p.name) : readPyproject(ctx, dir);
        if (!local) {
            ctx.uncertain.push(`cannot read ${relPath(ctx.input.workspace, external_node_path_.join(dir, 'pyproject.toml'))} for local package ${p.name}`);
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
    const node = requiresPythonToMarker(rp);
    if (!node)
        ctx.uncertain.push(`cannot interpret requires-python of dependency group ${group}`);
    return node;
}
function expectedGroups(ctx, m, sources, indexes, members) {
    const raw = tbl(m.data, 'dependency-groups') ?? {};
    const groups = new Map();
    for (const [k, v] of Object.entries(raw))
        groups.set(normalizeName(k), { key: k, items: arr(v) });
    const out = new Map();
    const resolve = (g, stack) => {
        const cached = out.get(g);
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
        const reqs = [];
        const keyLine = m.lines.keyLine('dependency-groups', entry.key);
        for (const item of entry.items) {
            if (typeof item === 'string') {
                const line = keyLine !== undefined ? (m.lines.stringLine(item, keyLine) ?? keyLine) : undefined;
                const r = expectedReq(ctx, item, gm, sources, indexes, m, members, line);
                if (r)
                    reqs.push(r);
            }
            else if (uv_isTable(item) && typeof item['include-group'] === 'string') {
                const inc = resolve(normalizeName(item['include-group']), [...stack, g]);
                reqs.push(...inc.map((r) => ({ ...r, marker: andMarkers(r.marker, gm) })));
            }
        }
        out.set(g, reqs);
        return reqs;
    };
    for (const g of groups.keys())
        resolve(g, []);
    // legacy tool.uv.dev-dependencies merge into `dev`
    const legacy = arr(tbl(tbl(m.data, 'tool'), 'uv')?.['dev-dependencies']).filter((s) => typeof s === 'string');
    if (legacy.length) {
        const keyLine = m.lines.keyLine('tool.uv', 'dev-dependencies');
        const extra = legacy
            .map((s) => expectedReq(ctx, s, undefined, sources, indexes, m, members, keyLine !== undefined ? (m.lines.stringLine(s, keyLine) ?? keyLine) : undefined))
            .filter((r) => !!r);
        out.set('dev', [...(out.get('dev') ?? []), ...extra]);
    }
    return out;
}
function compareGroups(ctx, exp, recT, lines, range, rp, m, owner) {
    const rec = new Map();
    for (const [k, v] of Object.entries(recT)) {
        rec.set(normalizeName(k), reqList(ctx, v, lines, () => {
            const [from, to] = range();
            return [lines.findLine(from, to, (l) => l.startsWith(`${k} =`)) ?? from, to];
        }));
    }
    const names = new Set([...exp.keys(), ...rec.keys()]);
    for (const g of names) {
        const e = exp.get(g) ?? [];
        const r = rec.get(g) ?? [];
        if (!e.length && !r.length)
            continue;
        if (!rec.has(g) && e.length) {
            ctx.findings.push({
                class: 'drift',
                severity: 'error',
                message: `Dependency group ${g} of ${owner} is not recorded in uv.lock (added after locking).`,
                expected: e.map((x) => x.display).join(', '),
                found: '(absent)',
                manifest: { file: m.rel, line: m.lines.keyLine('dependency-groups', g) ?? m.lines.keyLine('tool.uv', 'dev-dependencies') },
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
    const pname = typeof project.name === 'string' ? normalizeName(project.name) : undefined;
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
    if (!dynamic.includes('version') && pv !== undefined && p.version !== undefined && !versionsEqual(pv, p.version)) {
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
        const r = expectedReq(ctx, s, undefined, sources, indexes, m, members, depLine !== undefined ? (m.lines.stringLine(s, depLine) ?? depLine) : undefined);
        if (r)
            exp.push(r);
    }
    const optional = tbl(project, 'optional-dependencies') ?? {};
    for (const [extra, list] of Object.entries(optional)) {
        const em = { type: 'cmp', left: { kind: 'var', name: 'extra' }, op: '==', right: { kind: 'str', value: normalizeName(extra) } };
        const kl = m.lines.keyLine('project.optional-dependencies', extra);
        for (const s of arr(list)) {
            if (typeof s !== 'string')
                continue;
            const r = expectedReq(ctx, s, em, sources, indexes, m, members, kl !== undefined ? (m.lines.stringLine(s, kl) ?? kl) : undefined);
            if (r)
                exp.push(r);
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
    const expExtras = new Set(Object.keys(optional).map(normalizeName));
    const recExtras = new Set(arr(metaT['provides-extras']).filter((e) => typeof e === 'string').map(normalizeName));
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
    // requires-dev
    const expGroups = expectedGroups(ctx, m, sources, indexes, members);
    const devRange = () => {
        const devSec = lines.subTable('package.metadata.requires-dev', p.index);
        return [devSec?.line ?? metaLine(), devSec?.endLine ?? metaEnd()];
    };
    compareGroups(ctx, expGroups, tbl(metaT, 'requires-dev') ?? {}, lines, devRange, rp, m, p.name);
}

;// CONCATENATED MODULE: ./actions/shared/lockfile/index.ts










const CHECKERS = {
    poetry: checkPoetry,
    uv: (input) => checkUv(input),
    'pip-tools': checkRequirements,
    pdm: checkPdm,
    pipenv: checkPipenv,
    pylock: checkPylock,
};
/** Check one lockfile with the checker for its manager. */
async function checkLockfile(manager, input) {
    const result = await CHECKERS[manager](input);
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
    if (name.endsWith('.txt') && isGeneratedRequirements(path))
        return 'pip-tools';
    if (name.endsWith('.txt'))
        return 'pip-tools';
    return undefined;
}

;// CONCATENATED MODULE: ./actions/shared/lockfile/types.ts
const MANAGERS = ['poetry', 'uv', 'pip-tools', 'pdm', 'pipenv', 'pylock'];

;// CONCATENATED MODULE: ./actions/shared/outputs.ts

/** Set step outputs; values are strings on the wire, so numbers and booleans are stringified here. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value !== undefined)
            setOutput(name, String(value));
    }
}

;// CONCATENATED MODULE: ./actions/shared/report.ts



/**
 * Write the action's machine-readable report. It lives under RUNNER_TEMP so later steps of the
 * job (or actions/upload-artifact) can read it; the path is returned for the `report` output.
 */
function writeJsonReport(action, data, dir = process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)()) {
    const folder = (0,external_node_path_.join)(dir, 'blackbelt');
    (0,external_node_fs_namespaceObject.mkdirSync)(folder, { recursive: true });
    const path = (0,external_node_path_.join)(folder, `${action}-report.json`);
    (0,external_node_fs_namespaceObject.writeFileSync)(path, JSON.stringify(data, null, 2) + '\n');
    return path;
}

;// CONCATENATED MODULE: ./actions/verify-lockfile/checkrun.ts


/** GitHub accepts at most 50 annotations per check-run request; more go in follow-up updates. */
const ANNOTATIONS_PER_REQUEST = 50;
/** Head commit of the pull request this workflow runs for, or undefined when it is not a PR. */
function pullRequestHeadSha() {
    const event = process.env.GITHUB_EVENT_NAME ?? '';
    if (!['pull_request', 'pull_request_target', 'merge_group'].includes(event))
        return undefined;
    const path = process.env.GITHUB_EVENT_PATH;
    if (!path)
        return undefined;
    try {
        const payload = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
        return payload.pull_request?.head?.sha ?? payload.merge_group?.head_sha;
    }
    catch {
        return undefined;
    }
}
function toCheckAnnotation(f) {
    const where = f.lock?.file ? f.lock : f.manifest;
    const details = [f.message, f.expected !== undefined ? `expected: ${f.expected}` : '', f.found !== undefined ? `found: ${f.found}` : '', f.fix ? `fix: ${f.fix}` : '']
        .filter(Boolean)
        .join('\n');
    return {
        path: where?.file ?? '.',
        start_line: where?.line ?? 1,
        end_line: where?.endLine ?? where?.line ?? 1,
        annotation_level: f.severity === 'error' ? 'failure' : f.severity === 'warning' ? 'warning' : 'notice',
        title: f.package ? `${f.class}: ${f.package}` : f.class,
        message: details,
    };
}
/**
 * Publish the findings as a named check run on the PR head commit, so branch protection can require
 * it. Never fails the step: without a token or `checks: write`, say so and rely on job annotations.
 */
async function publishCheckRun(input) {
    const headSha = pullRequestHeadSha();
    if (!headSha)
        return 'skipped';
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!input.token || !owner || !repo) {
        notice(`No github-token: the "${input.name}" check run was not published; findings are in this job's annotations.`);
        return 'skipped';
    }
    // Loaded only here: octokit is a large share of the bundle and most runs are not pull requests.
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413));
    const octokit = getOctokit(input.token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com' });
    const annotations = input.findings.filter((f) => f.lock?.file || f.manifest?.file).map(toCheckAnnotation);
    const output = (batch) => ({ title: input.title, summary: input.summary.slice(0, 65_000), annotations: batch });
    try {
        const created = await octokit.rest.checks.create({
            owner,
            repo,
            name: input.name,
            head_sha: headSha,
            status: 'completed',
            conclusion: input.conclusion,
            output: output(annotations.slice(0, ANNOTATIONS_PER_REQUEST)),
        });
        for (let i = ANNOTATIONS_PER_REQUEST; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
            await octokit.rest.checks.update({ owner, repo, check_run_id: created.data.id, output: output(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST)) });
        }
        info(`Published check run "${input.name}" (${input.conclusion}) on ${headSha.slice(0, 12)}.`);
        return 'published';
    }
    catch (e) {
        const status = e.status;
        notice(`Could not publish the "${input.name}" check run${status ? ` (HTTP ${status})` : ''}: the workflow needs \`permissions: checks: write\` ` +
            `(fork pull requests never get it). Findings are reported as job annotations instead.`);
        return 'denied';
    }
}

;// CONCATENATED MODULE: ./actions/verify-lockfile/native.ts
/** The manager's own freshness check, run offline where the tool allows it. */
function nativeCommand(manager, lockfileName) {
    switch (manager) {
        case 'uv':
            return ['uv', 'lock', '--check', '--offline'];
        case 'poetry':
            return ['poetry', 'check', '--lock'];
        case 'pdm':
            return ['pdm', 'lock', '--check', ...(lockfileName === 'pdm.lock' ? [] : ['--lockfile', lockfileName])];
        case 'pipenv':
            return ['pipenv', 'verify'];
        default:
            // pip-compile has no check mode (pip-tools#882) and would need the index; pylock has no standard check.
            return undefined;
    }
}
/** The command that rewrites the lock, for the tool version that wrote it. */
function nativeFix(manager, toolVersion) {
    switch (manager) {
        case 'uv':
            return 'uv lock';
        case 'poetry':
            return /^1\./.test(toolVersion ?? '') ? 'poetry lock --no-update' : 'poetry lock';
        case 'pdm':
            return 'pdm lock';
        case 'pipenv':
            return 'pipenv lock';
        default:
            return undefined;
    }
}
/** The tool's most telling line: its verdict, not the interpreter banner it prints first. */
function verdictLine(output) {
    const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
    return lines.find((l) => /needs to be updated|out of date|not consistent|changed significantly|outdated|mismatch|error/i.test(l)) ?? lines[0] ?? '';
}
function shouldRunNative(mode, result) {
    if (mode === 'never')
        return false;
    if (mode === 'always')
        return true;
    return result.freshness === 'inconclusive';
}
async function runNativeCheck(manager, projectDir, lockfileName) {
    const command = nativeCommand(manager, lockfileName);
    if (!command)
        return undefined;
    // Loaded here, not at start-up: child_process costs every run a few ms, and most never spawn.
    const { onPath, run } = await __nccwpck_require__.e(/* import() */ 93).then(__nccwpck_require__.bind(__nccwpck_require__, 3093));
    if (!(await onPath(command[0]))) {
        return { command, verdict: 'unavailable', exitCode: 127, output: `${command[0]} is not on PATH` };
    }
    const result = await run(command[0], command.slice(1), {
        cwd: projectDir,
        timeoutMs: 120_000,
        // Keep the tools offline and quiet; never let them prompt.
        env: { ...process.env, UV_OFFLINE: '1', PIPENV_NOSPIN: '1', PIPENV_YES: '1', NO_COLOR: '1', PDM_CHECK_UPDATE: 'false', POETRY_NO_INTERACTION: '1' },
    });
    const output = (result.stdout + '\n' + result.stderr)
        .split('\n')
        .map((l) => l.trimEnd())
        .filter(Boolean)
        .slice(0, 12)
        .join('\n');
    if (result.timedOut)
        return { command, verdict: 'unavailable', exitCode: result.code, output: `timed out after 120 s\n${output}` };
    return { command, verdict: result.code === 0 ? 'fresh' : 'stale', exitCode: result.code, output };
}

;// CONCATENATED MODULE: ./actions/verify-lockfile/main.ts















function sha256File(path) {
    return (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_namespaceObject.readFileSync)(path)).digest('hex');
}
/** Which lockfiles to check, from the inputs; a clear error when there is nothing to check. */
function selectTargets(dir, manager, lockfileInput) {
    if (lockfileInput) {
        const path = confinePath('lockfile', (0,external_node_path_.join)(relativeToWorkspace(dir), lockfileInput));
        if (!(0,external_node_fs_namespaceObject.existsSync)(path)) {
            throw new errors_UserError(`Lockfile ${relativeToWorkspace(path)} does not exist.`, {
                title: 'lockfile not found',
                hint: 'Check the `lockfile` input: it is relative to `working-directory`.',
            });
        }
        const detected = manager === 'auto' ? managerForPath(path) : manager;
        if (!detected) {
            throw new errors_UserError(`Cannot tell which tool wrote ${relativeToWorkspace(path)}.`, {
                title: 'unknown lockfile format',
                location: { file: relativeToWorkspace(path) },
                hint: `Set the \`manager\` input to one of ${MANAGERS.join(', ')}.`,
            });
        }
        return [{ manager: detected, lockfile: path }];
    }
    const found = detectLockfiles(dir).filter((d) => manager === 'auto' || d.manager === manager);
    return found;
}
function missingLockResult(dir, manager) {
    const hint = manifestWithoutLock(dir);
    if (!hint || (manager !== 'auto' && hint.manager !== manager && manager !== 'pip-tools')) {
        const wanted = manager === 'auto' ? 'a lockfile (uv.lock, poetry.lock, pdm.lock, Pipfile.lock, pylock.toml or a pip-compile requirements.txt)' : `a ${manager} lockfile`;
        throw new errors_UserError(`No Python project found in ${relativeToWorkspace(dir)}: expected ${wanted} next to its manifest (pyproject.toml, Pipfile or requirements.in).`, {
            title: 'no lockfile',
            hint: 'Set `working-directory` to the folder holding the project, or `lockfile` to the lockfile path.',
        });
    }
    const effective = manager === 'auto' ? hint.manager : manager;
    const manifestRel = relativeToWorkspace(hint.manifest);
    const lockName = effective === 'pip-tools' ? 'requirements.txt' : effective === 'pylock' ? 'pylock.toml' : DEFAULT_LOCKFILE[effective];
    // The command that creates the lock for the manager asked for (the manifest's guess when auto).
    const create = effective === hint.manager ? hint.fix : effective === 'pip-tools' ? 'pip-compile --generate-hashes requirements.in' : (nativeFix(effective) ?? hint.fix);
    return {
        manager: effective,
        lockfile: (0,external_node_path_.join)(dir, lockName),
        manifest: hint.manifest,
        freshness: 'stale',
        packages: 0,
        locked: [],
        findings: [
            {
                class: 'missing-lockfile',
                severity: 'error',
                message: `${manifestRel} has no lockfile: builds resolve dependencies afresh each time and are not reproducible.`,
                manifest: { file: manifestRel, line: 1 },
                fix: `${create}  (then commit ${lockName})`,
            },
        ],
    };
}
function findingText(f) {
    const parts = [f.message];
    if (f.expected !== undefined || f.found !== undefined)
        parts.push(`Expected ${f.expected ?? '\u2014'}, found ${f.found ?? '\u2014'}.`);
    if (f.manifest?.file && f.lock?.file)
        parts.push(`Manifest: ${f.manifest.file}${f.manifest.line ? `:${f.manifest.line}` : ''}.`);
    if (f.fix)
        parts.push(`Fix: ${f.fix}`);
    return parts.join(' ');
}
function where(loc) {
    return loc?.file ? `${loc.file}${loc.line ? `:${loc.line}` : ''}` : '';
}
function summarize(verified, allFindings) {
    const s = new SummaryBuilder();
    const errors = allFindings.filter((f) => f.severity === 'error').length;
    const undecided = !errors && verified.some((v) => !v.inSync);
    s.heading(errors ? `\u274c verify-lockfile: ${errors} problem(s)` : undecided ? '\u26a0\ufe0f verify-lockfile: verdict inconclusive' : '\u2705 verify-lockfile: lockfile verified');
    s.table(['lockfile', 'manager', 'written by', 'packages', 'verdict', 'lock hash'], verified.map((v) => [
        `\`${relativeToWorkspace(v.result.lockfile)}\``,
        v.result.manager,
        v.result.toolVersion ?? (v.result.formatVersion ? `lock format ${v.result.formatVersion}` : ''),
        v.result.packages,
        v.inSync ? 'in sync' : v.result.freshness === 'inconclusive' && !v.native ? 'inconclusive' : 'out of sync',
        `\`${v.lockHash.slice(0, 12)}\``,
    ]));
    for (const v of verified) {
        if (v.result.inconclusiveReason)
            s.paragraph(`**${relativeToWorkspace(v.result.lockfile)}**: static verdict inconclusive \u2014 ${v.result.inconclusiveReason}`);
        if (v.native) {
            s.details(`Native check \`${v.native.command.join(' ')}\`: ${v.native.verdict} (exit ${v.native.exitCode})`, new SummaryBuilder().code(v.native.output || '(no output)'));
        }
    }
    if (allFindings.length) {
        s.heading('Findings', 3);
        s.table(['severity', 'class', 'package', 'lock', 'manifest', 'expected', 'found', 'fix'], allFindings.map((f) => [f.severity, f.class, f.package ?? '', where(f.lock), where(f.manifest), f.expected ?? '', f.found ?? '', f.fix ? `\`${f.fix}\`` : '']));
        s.paragraph(allFindings.map((f) => `- ${f.message}`).join('\n'));
    }
    return s;
}
async function verifyProject(options) {
    const workspace = workspaceRoot();
    const targets = selectTargets(options.dir, options.manager, options.lockfile);
    if (!targets.length) {
        const result = missingLockResult(options.dir, options.manager);
        return [{ result, lockHash: '', inSync: false }];
    }
    const verified = [];
    for (const target of targets) {
        const result = await checkLockfile(target.manager, { workspace, dir: (0,external_node_path_.dirname)(target.lockfile), lockfile: target.lockfile, requireHashes: options.requireHashes });
        const lockHash = sha256File(target.lockfile);
        let native;
        let inSync = result.freshness === 'fresh';
        if (shouldRunNative(options.native, result)) {
            native = await runNativeCheck(target.manager, (0,external_node_path_.dirname)(target.lockfile), (0,external_node_path_.basename)(target.lockfile));
            if (native && native.verdict !== 'unavailable') {
                if (result.freshness === 'inconclusive') {
                    inSync = native.verdict === 'fresh';
                    if (!inSync) {
                        result.findings.push({
                            class: 'drift',
                            severity: 'error',
                            message: `${native.command.join(' ')} reports the lockfile out of date: ${verdictLine(native.output)}`,
                            lock: { file: relativeToWorkspace(target.lockfile) },
                            fix: result.findings.find((f) => f.fix)?.fix ?? nativeFix(target.manager, result.toolVersion),
                        });
                    }
                }
                else if ((native.verdict === 'fresh') !== inSync) {
                    result.findings.push({
                        class: 'inconclusive',
                        severity: 'warning',
                        message: `The native check (${native.command.join(' ')}) says "${native.verdict}" but the static check says "${result.freshness}"; the stricter verdict stands.`,
                        lock: { file: relativeToWorkspace(target.lockfile) },
                    });
                    inSync = false;
                }
            }
            else if (result.freshness === 'inconclusive') {
                result.findings.push({
                    class: 'inconclusive',
                    severity: 'warning',
                    message: `Static verdict inconclusive (${result.inconclusiveReason ?? 'see summary'}) and the native check could not run${native ? `: ${native.output}` : ''}.`,
                    lock: { file: relativeToWorkspace(target.lockfile) },
                });
            }
        }
        else if (result.freshness === 'inconclusive') {
            result.findings.push({
                class: 'inconclusive',
                severity: 'warning',
                message: `Static verdict inconclusive: ${result.inconclusiveReason ?? 'unknown reason'}. Set native-check: always (with the tool installed) for a definite verdict.`,
                lock: { file: relativeToWorkspace(target.lockfile) },
            });
        }
        if (result.findings.some((f) => f.severity === 'error' && f.class === 'drift'))
            inSync = false;
        verified.push({ result, lockHash, native, inSync });
    }
    return verified;
}
/** Combined cache key when several lockfiles were checked: stable in path order. */
function combinedHash(verified) {
    if (verified.length === 1)
        return verified[0].lockHash;
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const v of verified)
        h.update(`${relativeToWorkspace(v.result.lockfile)}\0${v.lockHash}\n`);
    return h.digest('hex');
}
async function main() {
    const dir = getWorkspacePath('working-directory', '.');
    if (!(0,external_node_fs_namespaceObject.existsSync)(dir) || !(0,external_node_fs_namespaceObject.statSync)(dir).isDirectory()) {
        throw new errors_UserError(`working-directory "${getString('working-directory', '.')}" is not a directory in the workspace.`, {
            title: 'invalid input: working-directory',
            hint: 'Check out the repository first (actions/checkout) and point working-directory at the Python project.',
        });
    }
    const manager = getChoice('manager', ['auto', ...MANAGERS], 'auto');
    const requireHashes = getBoolean('require-hashes', true);
    const native = getChoice('native-check', ['auto', 'always', 'never'], 'auto');
    const token = getString('github-token');
    if (token)
        setSecret(token);
    const checkName = getString('check-name', 'lockfile');
    const verified = await verifyProject({ dir, manager, lockfile: getString('lockfile'), requireHashes, native });
    const findings = verified.flatMap((v) => v.result.findings);
    for (const f of findings) {
        const title = f.package ? `${f.class}: ${f.package}` : f.class;
        annotations.add({ level: f.severity, message: findingText(f), title, location: f.lock?.file ? f.lock : f.manifest });
    }
    const inSync = verified.every((v) => v.inSync);
    const packages = verified.reduce((n, v) => n + v.result.packages, 0);
    const report = writeJsonReport('verify-lockfile', {
        tool: 'blackbelt/verify-lockfile',
        inSync,
        lockfiles: verified.map((v) => ({
            manager: v.result.manager,
            lockfile: relativeToWorkspace(v.result.lockfile),
            manifest: v.result.manifest ? relativeToWorkspace(v.result.manifest) : undefined,
            toolVersion: v.result.toolVersion,
            formatVersion: v.result.formatVersion,
            lockHash: v.lockHash,
            packages: v.result.packages,
            freshness: v.result.freshness,
            inconclusiveReason: v.result.inconclusiveReason,
            native: v.native,
            inSync: v.inSync,
        })),
        findings,
    });
    setOutputs({
        manager: [...new Set(verified.map((v) => v.result.manager))].join(','),
        lockfile: verified.map((v) => relativeToWorkspace(v.result.lockfile)).join(','),
        'lock-hash': combinedHash(verified),
        packages,
        'in-sync': inSync,
        report,
    });
    const summary = summarize(verified, findings);
    summary.write();
    const errors = findings.filter((f) => f.severity === 'error');
    await publishCheckRun({
        token,
        name: checkName,
        conclusion: errors.length ? 'failure' : 'success',
        title: errors.length ? `${errors.length} lockfile problem(s)` : `Lockfile verified (${packages} packages)`,
        summary: summary.toString(),
        findings,
    });
    if (errors.length) {
        // The step's last word: how many, where, and every distinct fix \u2014 not a repeat of the first finding.
        const files = [...new Set(errors.map((f) => f.lock?.file ?? f.manifest?.file).filter(Boolean))];
        const fixes = [...new Set(errors.map((f) => f.fix).filter(Boolean))];
        annotations.fail(`${errors.length} lockfile problem${errors.length === 1 ? '' : 's'} in ${files.join(', ') || relativeToWorkspace(dir)}` +
            `${annotations.overflow.length ? ' (the job summary lists all of them)' : ''}.` +
            (fixes.length ? ` To fix: ${fixes.join('; ')}` : ''), undefined, 'verify-lockfile failed');
    }
    else if (inSync) {
        info(`\u2713 ${verified.map((v) => relativeToWorkspace(v.result.lockfile)).join(', ')}: ${packages} packages, in sync.`);
    }
    else {
        info('No errors, but the verdict is inconclusive (see the warning): in-sync is false.');
    }
}

;// CONCATENATED MODULE: ./actions/verify-lockfile/index.ts
// Entry point bundled into dist/verify-lockfile/index.js: everything thrown ends in one readable failure.



// Nothing here writes through process.stdout: the log goes out with write(2), and Node never builds the stream.
useSyncStdout();
void runAction('verify-lockfile', main);

