export const id = 60;
export const ids = [60];
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

/***/ 3060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkRequirements: () => (/* binding */ checkRequirements),
/* harmony export */   exportSelection: () => (/* binding */ exportSelection),
/* harmony export */   localPathOf: () => (/* binding */ localPathOf),
/* harmony export */   localProjectName: () => (/* binding */ localProjectName),
/* harmony export */   parseCompileCommand: () => (/* binding */ parseCompileCommand),
/* harmony export */   parseRequirementsHeader: () => (/* binding */ parseRequirementsHeader),
/* harmony export */   parseRequirementsText: () => (/* binding */ parseRequirementsText),
/* harmony export */   runnableFix: () => (/* binding */ runnableFix)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1744);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1882);
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5459);
/* harmony import */ var _pep508_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5688);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4642);
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
                out.unpinnedWarnings.push({ name: (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(m[1]), line: start });
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
                e.req = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRequirement */ .pP)(`${egg[1]} @ ${e.target}`);
            }
            catch {
                /* keep as target */
            }
        }
        return e;
    }
    try {
        e.req = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRequirement */ .pP)(text);
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
                out.extras.push((0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(value));
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
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function checkRequirements(input) {
    const file = input.lockfile;
    const rel = (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .relPath */ .nA)(input.workspace, file);
    const text = (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .readProjectFile */ .SI)(file, undefined, rel);
    const header = parseRequirementsHeader(text);
    const parsed = parseRequirementsText(text);
    const manager = header.writer === 'pip-compile' || header.writer === 'unknown' ? 'pip-tools' : 'uv';
    const findings = [];
    const uncertain = [];
    const fix = runnableFix(header.command, file, input.dir);
    const result = { manager, lockfile: file, freshness: 'fresh', packages: 0, findings, locked: [] };
    const loc = (line, endLine) => ({ file: rel, line, ...(endLine && endLine !== line ? { endLine } : {}) });
    // ---- options: credentials
    for (const o of parsed.options) {
        if (!['--index-url', '--extra-index-url', '--find-links', '--trusted-host'].includes(o.name))
            continue;
        const c = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .findUrlCredentials */ .RH)(o.value);
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
        const badHash = (0,_hashes_js__WEBPACK_IMPORTED_MODULE_2__/* .firstHashProblem */ .Ku)(e.hashes);
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
            findings.push((0,_hashes_js__WEBPACK_IMPORTED_MODULE_2__/* .malformedHashFinding */ .p3)(name || e.text, badHash.problem, badHash.count, loc(at), fix));
        }
        if (url) {
            const c = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .findUrlCredentials */ .RH)(url);
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
                if (!(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .isFullCommitSha */ .h2)(ref)) {
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
            const localName = name ? undefined : localProjectName(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(input.lockfile), url);
            if (name || localName)
                pins.push({ entry: e, name: name || localName });
            else if (localPathOf(url) !== undefined)
                unnamedLocal.push(e);
            continue;
        }
        const req = e.req;
        const pinVersion = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_4__/* .isExactPin */ .$o)(req.specifier);
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
                const overlap = envs.some((env) => (!ma || (0,_pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .evaluateMarker */ .UZ)(ma, env)) && (!mb || (0,_pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .evaluateMarker */ .UZ)(mb, env)));
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
        return _pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .MATRIX_PLATFORMS */ .DS.map((p) => (0,_pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .makeEnvironment */ .oV)(`${header.pythonVersion}.0`, p));
    }
    return (0,_pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .environmentMatrix */ .VX)(undefined);
}
/** `X.Y` from a `.python-version` file in `dir` or an ancestor up to `stop`. */
/**
 * The header's command as the user can run it from the project folder: compilers record paths as
 * they were typed, and a lockfile in a sub-folder (`requirements/dev.txt`) whose command names its
 * output bare (`--output-file=dev.txt`) was compiled from inside that folder.
 */
function runnableFix(command, lockfile, projectDir) {
    if (!command)
        return command;
    const lockDir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(lockfile);
    if (node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(lockDir) === node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(projectDir))
        return command;
    const out = parseCompileCommand(command).outputFile;
    if (!out || out === '-' || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(out))
        return command;
    if (node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(projectDir, out) === node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(lockfile))
        return command;
    if (node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(lockDir, out) !== node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(lockfile))
        return command;
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(projectDir, lockDir).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    return `cd ${/^[\w./-]+$/.test(rel) ? rel : JSON.stringify(rel)} && ${command}`;
}
function pythonVersionFile(dir, stop) {
    for (let d = dir;; d = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d)) {
        const f = node_path__WEBPACK_IMPORTED_MODULE_1__.join(d, '.python-version');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f)) {
            const m = /^\s*(?:cpython-|python)?(\d+\.\d+)/m.exec((0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .readProjectFile */ .SI)(f, 4096));
            return m?.[1];
        }
        if (d === stop || node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d) === d || !d.startsWith(stop))
            return undefined;
    }
}
function resolveNear(candidates, p) {
    for (const base of candidates) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(base, p);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(abs))
            return abs;
    }
    return undefined;
}
function collectInputs(input, file, constraint, cmd, out, uncertain, findings, seen) {
    if (seen.has(file))
        return;
    seen.add(file);
    const rel = (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .relPath */ .nA)(input.workspace, file);
    const base = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file);
    if (base === 'pyproject.toml') {
        const text = (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .readProjectFile */ .SI)(file, undefined, rel);
        const data = (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .parseToml */ .MT)(text, rel);
        const project = isTable(data.project) ? data.project : undefined;
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
                    out.push({ req: (0,_pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRequirement */ .pP)(s), file: rel, line: lineOf(s), constraint });
                }
                catch (err) {
                    findings.push({ class: 'invalid-manifest', severity: 'error', message: `${rel}: ${err.message}`, manifest: { file: rel, line: lineOf(s) } });
                }
            }
        };
        add(project.dependencies);
        const optional = isTable(project['optional-dependencies']) ? project['optional-dependencies'] : {};
        for (const [k, v] of Object.entries(optional))
            if (cmd.allExtras || cmd.extras.includes((0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(k)))
                add(v);
        const groups = isTable(data['dependency-groups']) ? data['dependency-groups'] : {};
        for (const g of cmd.groups) {
            const name = g.includes(':') ? g.slice(g.lastIndexOf(':') + 1) : g;
            const key = Object.keys(groups).find((k) => (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(k) === (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(name));
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
    const text = (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .readProjectFile */ .SI)(file, undefined, rel);
    const parsed = parseRequirementsText(text);
    for (const e of parsed.requirements) {
        if (e.error) {
            findings.push({ class: 'invalid-manifest', severity: 'error', message: `${rel}:${e.line}: ${e.error}`, manifest: { file: rel, line: e.line } });
            continue;
        }
        const localName = e.req ? undefined : localProjectName(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), e.target);
        if (e.req)
            out.push({ req: e.req, file: rel, line: e.line, constraint });
        else if (localName)
            out.push({ req: (0,_pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRequirement */ .pP)(localName), file: rel, line: e.line, constraint });
        else
            uncertain.push(`${rel}:${e.line}: ${e.text} has no package name`);
    }
    for (const inc of parsed.includes) {
        const target = resolveNear([node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file)], inc.path);
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
    const fix = runnableFix(header.command, input.lockfile, input.dir);
    const cmd = parseCompileCommand(header.command ?? '');
    const txtDir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(input.lockfile);
    const bases = [txtDir, input.dir, input.workspace];
    let sources = cmd.sources.filter((s) => s !== '-');
    if (cmd.sources.includes('-'))
        uncertain.push('the header command read requirements from stdin');
    if (!sources.length) {
        const def = ['requirements.in', 'setup.py', 'pyproject.toml'].find((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(txtDir, f)));
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
    // Every input the header names was read: a `-r` file it no longer reaches is no longer an input.
    removedInputs(input, inputs, byName, seen, bases, findings, rel, fix, uncertain.length === 0);
    directPinsMatchInputs(inputs, byName, header, cmd, pythonVersionFile(txtDir, input.workspace), findings, rel, fix);
    for (const inp of inputs) {
        const { req } = inp;
        const name = req.normalizedName;
        const pinsFor = byName.get(name) ?? [];
        const applies = req.marker ? (0,_pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .applicableSomewhere */ .bS)(req.marker, envs, { extras: cmd.extras }) : true;
        if (!pinsFor.length) {
            if (inp.constraint || !applies)
                continue;
            if (req.marker && cmd.universal) {
                // the universal range starts at the compiling interpreter (or --python-version); without it,
                // only a requirement that applies on the newest Python is certainly missing
                const lower = cmd.pythonVersion ?? pythonVersionFile(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(input.lockfile), input.workspace);
                const uenvs = lower ? (0,_pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .environmentMatrix */ .VX)(`>=${lower}`) : (0,_pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .environmentMatrix */ .VX)(`>=3.${_pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .LATEST_PYTHON_MINOR */ .T4}`);
                if (!(0,_pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .applicableSomewhere */ .bS)(req.marker, uenvs, { extras: cmd.extras }))
                    continue;
            }
            else if (req.marker) {
                const everywhere = envs.every((env) => (0,_pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .evaluateMarker */ .UZ)(req.marker, env, { extras: cmd.extras }));
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
                const together = envs.some((env) => (!req.marker || (0,_pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .evaluateMarker */ .UZ)(req.marker, env, { extras: cmd.extras })) && (!pm || (0,_pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .evaluateMarker */ .UZ)(pm, env)));
                if (!together)
                    continue;
            }
            let ok;
            try {
                ok = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_4__/* .parseVersion */ .ot)(p.version) !== null ? (0,_pep440_js__WEBPACK_IMPORTED_MODULE_4__/* .satisfies */ .ib)(p.version, req.specifier) : true;
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
/** `uv export` options that do not change which packages are listed. */
const EXPORT_NEUTRAL = new Set(['--format', '-o', '--output-file', '--locked', '--frozen', '--offline', '--no-hashes', '--no-header', '--no-annotate', '-q', '--quiet', '-v', '--verbose', '--no-editable', '--project', '--directory', '--python', '-p', '--no-progress', '--native-tls', '--color', '--cache-dir', '--no-cache', '--dev']);
const EXPORT_WITH_VALUE = new Set(['--format', '-o', '--output-file', '--project', '--directory', '--python', '-p', '--color', '--cache-dir', '--extra', '--group', '--only-group', '--no-group', '--no-emit-package']);
/**
 * The package names `uv export` (requirements.txt) lists for the recorded command: everything reachable
 * in uv.lock from the project's dependencies, the selected extras and dependency groups (default groups
 * unless `--no-dev`/`--no-default-groups`; `--only-*`, `--group`, `--all-groups`, `--extra`,
 * `--all-extras`, `--no-group`), following `dependencies` and the extras each edge asks for. Markers are
 * not evaluated (the export keeps them). Undefined \u2014 no verdict \u2014 for a workspace, `--package`,
 * `--prune`, `--script` or any option not known here.
 */
function exportSelection(command, lock, pyproject) {
    const argv = shellSplit(command);
    if (argv[0] !== 'uv' || argv[1] !== 'export')
        return undefined;
    const groups = new Set();
    const noGroups = new Set();
    const extras = new Set();
    let allExtras = false;
    let allGroups = false;
    let noDefault = false;
    let noDev = false;
    let only;
    for (let i = 2; i < argv.length; i++) {
        const raw = argv[i];
        const eq = raw.indexOf('=');
        const name = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw;
        const value = raw.startsWith('--') && eq > 0 ? raw.slice(eq + 1) : EXPORT_WITH_VALUE.has(name) ? argv[++i] : undefined;
        if (name === '--extra' && value)
            extras.add((0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(value));
        else if (name === '--all-extras')
            allExtras = true;
        else if (name === '--group' && value)
            groups.add((0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(value));
        else if (name === '--only-group' && value) {
            only = 'group';
            groups.add((0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(value));
        }
        else if (name === '--no-group' && value)
            noGroups.add((0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(value));
        else if (name === '--all-groups')
            allGroups = true;
        else if (name === '--no-default-groups')
            noDefault = true;
        else if (name === '--no-dev')
            noDev = true;
        else if (name === '--only-dev')
            only = 'dev';
        else if (name === '--no-emit-project')
            continue; // the project's own `-e .` line only
        else if (!name.startsWith('-'))
            return undefined; // a positional argument: not an export we know
        else if (!EXPORT_NEUTRAL.has(name))
            return undefined;
    }
    const manifest = isTable(lock['manifest']) ? lock['manifest'] : {};
    if (Array.isArray(manifest['members']) && manifest['members'].length > 1)
        return undefined;
    const project = isTable(pyproject['project']) ? pyproject['project'] : undefined;
    if (!project || typeof project['name'] !== 'string')
        return undefined;
    const rootName = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(project['name']);
    const packages = new Map();
    for (const p of Array.isArray(lock['package']) ? lock['package'] : []) {
        if (isTable(p) && typeof p['name'] === 'string')
            (packages.get((0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(p['name'])) ?? packages.set((0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(p['name']), []).get((0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(p['name']))).push(p);
    }
    const root = packages.get(rootName)?.find((p) => isTable(p['source']) && (p['source']['editable'] === '.' || p['source']['virtual'] === '.'));
    if (!root)
        return undefined;
    const devTable = isTable(root['dev-dependencies']) ? root['dev-dependencies'] : {};
    const optTable = isTable(root['optional-dependencies']) ? root['optional-dependencies'] : {};
    // Default groups: [tool.uv] default-groups, else "dev".
    const toolUv = isTable(pyproject['tool']) && isTable(pyproject['tool']['uv']) ? pyproject['tool']['uv'] : {};
    const declared = toolUv['default-groups'];
    let defaults;
    if (declared === 'all')
        defaults = Object.keys(devTable).map(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc);
    else if (Array.isArray(declared))
        defaults = declared.filter((g) => typeof g === 'string').map(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc);
    else if (declared === undefined)
        defaults = ['dev'];
    else
        return undefined;
    const selectedGroups = new Set();
    if (only === 'dev')
        selectedGroups.add('dev');
    else if (only === 'group')
        for (const g of groups)
            selectedGroups.add(g);
    else {
        if (!noDefault)
            for (const g of defaults)
                if (!(noDev && g === 'dev'))
                    selectedGroups.add(g);
        for (const g of groups)
            selectedGroups.add(g);
        if (allGroups)
            for (const g of Object.keys(devTable))
                selectedGroups.add((0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(g));
    }
    for (const g of noGroups)
        selectedGroups.delete(g);
    if (noDev)
        selectedGroups.delete('dev');
    const edges = (v) => (Array.isArray(v) ? v.filter(isTable) : []);
    const start = [];
    if (!only) {
        start.push(...edges(root['dependencies']));
        for (const [extra, list] of Object.entries(optTable))
            if (allExtras || extras.has((0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(extra)))
                start.push(...edges(list));
    }
    for (const [group, list] of Object.entries(devTable))
        if (selectedGroups.has((0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(group)))
            start.push(...edges(list));
    const names = new Set();
    const seen = new Set();
    const queue = [...start];
    while (queue.length) {
        const edge = queue.pop();
        if (typeof edge['name'] !== 'string')
            continue;
        const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(edge['name']);
        const wanted = Array.isArray(edge['extra']) ? edge['extra'].filter((x) => typeof x === 'string').map(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc) : [];
        const key = `${name}[${wanted.join(',')}]`;
        if (seen.has(key))
            continue;
        seen.add(key);
        if (name !== rootName)
            names.add(name);
        for (const p of packages.get(name) ?? []) {
            queue.push(...edges(p['dependencies']));
            const opt = isTable(p['optional-dependencies']) ? p['optional-dependencies'] : {};
            for (const x of wanted)
                for (const [k, list] of Object.entries(opt))
                    if ((0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(k) === x)
                        queue.push(...edges(list));
        }
    }
    return { names, roots: new Set([rootName]) };
}
function checkAgainstUvLock(input, header, pins, findings, uncertain, result, rel) {
    const fix = runnableFix(header.command, input.lockfile, input.dir) ?? 'uv export --format requirements-txt -o requirements.txt';
    const cmd = parseCompileCommand(header.command ?? '');
    const txtDir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(input.lockfile);
    const candidates = [cmd.project ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(txtDir, cmd.project) : undefined, cmd.project ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(input.dir, cmd.project) : undefined, txtDir, input.dir, input.workspace].filter((d) => !!d);
    let lockPath;
    for (let d of candidates) {
        // a project inside a workspace: the lock lives at the workspace root
        for (let k = 0; k < 8; k++) {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(d, 'uv.lock'))) {
                lockPath = node_path__WEBPACK_IMPORTED_MODULE_1__.join(d, 'uv.lock');
                break;
            }
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d);
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
    const lockRel = (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .relPath */ .nA)(input.workspace, lockPath);
    result.manifest = lockPath;
    const lock = (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .parseToml */ .MT)((0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .readProjectFile */ .SI)(lockPath, undefined, lockRel), lockRel);
    const locked = new Map();
    for (const p of Array.isArray(lock.package) ? lock.package : []) {
        if (!isTable(p) || typeof p.name !== 'string')
            continue;
        const hashes = new Set();
        const arts = [p.sdist, ...(Array.isArray(p.wheels) ? p.wheels : [])];
        for (const a of arts)
            if (isTable(a) && typeof a.hash === 'string')
                hashes.add(a.hash.toLowerCase());
        const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(p.name);
        locked.set(name, [...(locked.get(name) ?? []), { version: typeof p.version === 'string' ? p.version : undefined, hashes, source: isTable(p.source) ? p.source : {} }]);
    }
    // What a fresh `uv export` with the recorded options would list: missing or extra names are stale.
    const pyprojectPath = node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(lockPath), 'pyproject.toml');
    const selection = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(pyprojectPath) ? exportSelection(header.command ?? '', lock, (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .parseToml */ .MT)((0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .readProjectFile */ .SI)(pyprojectPath, undefined, (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .relPath */ .nA)(input.workspace, pyprojectPath)), (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .relPath */ .nA)(input.workspace, pyprojectPath))) : undefined;
    if (selection) {
        const pinned = new Set(pins.map((p) => p.name));
        for (const name of [...selection.names].sort()) {
            if (pinned.has(name))
                continue;
            findings.push({
                class: 'drift',
                severity: 'error',
                package: name,
                message: `${lockRel} has ${name} in what \`${header.command}\` exports, but ${rel} does not list it (exported before the last \`uv lock\`).`,
                expected: name,
                found: '(absent)',
                lock: { file: rel },
                manifest: { file: lockRel },
                fix,
            });
        }
        for (const pin of pins) {
            if (selection.names.has(pin.name) || selection.roots.has(pin.name) || !locked.has(pin.name))
                continue;
            findings.push({
                class: 'drift',
                severity: 'error',
                package: pin.name,
                message: `${rel} lists ${pin.name}, which ${lockRel} no longer has in what \`${header.command}\` exports (exported before the last \`uv lock\`).`,
                expected: '(absent)',
                found: pin.entry.text,
                lock: { file: rel, line: pin.entry.line },
                manifest: { file: lockRel },
                fix,
            });
        }
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
        const match = entries.find((x) => x.version !== undefined && (0,_pep440_js__WEBPACK_IMPORTED_MODULE_4__/* .versionsEqual */ .At)(x.version, pin.version));
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
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(baseDir, local), 'pyproject.toml');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return undefined;
    try {
        const project = (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .parseToml */ .MT)((0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .readProjectFile */ .SI)(file), file)['project'];
        const name = project && typeof project === 'object' ? project['name'] : undefined;
        return typeof name === 'string' && name ? (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(name) : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * A pin the compiler wrote only for the inputs (`# via` names nothing but `-r` files) carries what
 * those inputs said: their marker (pip-compile and `uv pip compile` copy it onto the pin) and, unless
 * extras are stripped, their extras. A pin that says otherwise was compiled from a different input.
 */
function directPinsMatchInputs(inputs, byName, header, cmd, universalFloor, findings, rel, fix) {
    const command = header.command ?? '';
    // Extras on pins: kept with --no-strip-extras, or when the file shows some (pip-tools < 8 default).
    const keepsExtras = !/--strip-extras\b/.test(command) && (/--no-strip-extras\b/.test(command) || [...byName.values()].some((ps) => ps.some((p) => (p.entry.req?.extras.length ?? 0) > 0)));
    const byInput = new Map();
    for (const i of inputs)
        if (!i.constraint)
            (byInput.get(i.req.normalizedName) ?? byInput.set(i.req.normalizedName, []).get(i.req.normalizedName)).push(i);
    for (const [name, reqs] of byInput) {
        const pins = byName.get(name) ?? [];
        if (pins.length !== 1 || reqs.some((r) => r.req.url))
            continue;
        const pin = pins[0];
        const via = pin.entry.via ?? [];
        if (!pin.entry.req || via.length === 0 || !via.every((v) => /^-r\s/.test(v)))
            continue;
        const first = reqs[0];
        // pip-compile copies the marker as written; `uv pip compile --universal` drops what its lowest Python
        // (the compiling one, or --python-version) makes always true \u2014 compared from there, or, when that is
        // not known, on the newest Python only. Plain `uv pip compile` evaluates markers: not compared.
        const markerRange = header.writer === 'pip-compile' ? null : cmd.universal ? `>=${cmd.pythonVersion ?? universalFloor ?? `3.${_pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .LATEST_PYTHON_MINOR */ .T4}`}` : undefined;
        if (reqs.length === 1 && markerRange !== undefined) {
            let same;
            try {
                same = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_5__/* .compareMarkers */ .F5)(first.req.marker, pin.entry.req.marker, markerRange ?? undefined);
            }
            catch {
                same = 'unknown';
            }
            if (same === 'different') {
                findings.push({
                    class: 'drift',
                    severity: 'error',
                    package: name,
                    message: `${rel} pins ${name} for ${first.file} under ${pin.entry.req.markerText ? `the marker "${pin.entry.req.markerText}"` : 'no marker'}, but ${first.file} now says ${first.req.markerText ? `"${first.req.markerText}"` : 'no marker'} (changed after compiling).`,
                    expected: first.req.markerText ?? '(no marker)',
                    found: pin.entry.req.markerText ?? '(no marker)',
                    manifest: { file: first.file, line: first.line },
                    lock: { file: rel, line: pin.entry.line },
                    ...(fix ? { fix } : {}),
                });
                continue;
            }
        }
        if (keepsExtras) {
            const wanted = [...new Set(reqs.flatMap((r) => r.req.extras))].sort();
            const pinned = [...new Set(pin.entry.req.extras)].sort();
            if (wanted.join(',') !== pinned.join(',')) {
                findings.push({
                    class: 'drift',
                    severity: 'error',
                    package: name,
                    message: `${rel} pins ${name}${pinned.length ? `[${pinned.join(',')}]` : ''}, but ${first.file} asks for ${name}${wanted.length ? `[${wanted.join(',')}]` : ''} (extras changed after compiling: the packages an extra pulls in differ).`,
                    expected: wanted.length ? `[${wanted.join(',')}]` : '(no extras)',
                    found: pinned.length ? `[${pinned.join(',')}]` : '(no extras)',
                    manifest: { file: first.file, line: first.line },
                    lock: { file: rel, line: pin.entry.line },
                    ...(fix ? { fix } : {}),
                });
            }
        }
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
function removedInputs(input, inputs, byName, seen, bases, findings, rel, fix, complete) {
    const required = new Set(inputs.filter((i) => !i.constraint).map((i) => i.req.normalizedName));
    // A `# via -r` file: read (an input), dropped (it exists, but no input includes it any more \u2014 only
    // when every input was read), or unknown (not found: never decided).
    const fileState = (f) => {
        const abs = resolveNear(bases, f);
        if (!abs)
            return undefined;
        if (seen.has(abs))
            return { state: 'read', rel: (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .relPath */ .nA)(input.workspace, abs) };
        return complete ? { state: 'dropped', rel: (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .relPath */ .nA)(input.workspace, abs) } : undefined;
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
                    const named = fileState(file[2]);
                    if (!named)
                        decided = false;
                    else if (file[1] === 'r')
                        why.inputs.push(named.state === 'read' ? named.rel : `${named.rel} (no longer included)`);
                }
                else if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(v))
                    why.packages.push((0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(v));
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


/***/ })

};
