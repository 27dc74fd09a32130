export const id = 327;
export const ids = [327];
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

/***/ 5688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DS: () => (/* binding */ MATRIX_PLATFORMS),
/* harmony export */   F5: () => (/* binding */ compareMarkers),
/* harmony export */   H$: () => (/* binding */ negateMarker),
/* harmony export */   T4: () => (/* binding */ LATEST_PYTHON_MINOR),
/* harmony export */   UZ: () => (/* binding */ evaluateMarker),
/* harmony export */   VX: () => (/* binding */ environmentMatrix),
/* harmony export */   ZZ: () => (/* binding */ orMarkers),
/* harmony export */   bS: () => (/* binding */ applicableSomewhere),
/* harmony export */   cP: () => (/* binding */ requiresPythonToMarker),
/* harmony export */   fh: () => (/* binding */ pythonVersionsFor),
/* harmony export */   gY: () => (/* binding */ parseMarker),
/* harmony export */   hF: () => (/* binding */ markerToString),
/* harmony export */   kB: () => (/* binding */ LEGACY_VARIABLES),
/* harmony export */   lv: () => (/* binding */ rewritePythonVersion),
/* harmony export */   oV: () => (/* binding */ makeEnvironment),
/* harmony export */   pP: () => (/* binding */ parseRequirement),
/* harmony export */   xO: () => (/* binding */ andMarkers)
/* harmony export */ });
/* unused harmony exports MARKER_VARIABLES, MarkerSyntaxError, RequirementSyntaxError, requirementKey */
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5459);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1882);
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
/** Pre-PEP 508 spellings of marker variables (packaging still accepts and rewrites them). */
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
        const spec = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSpecifier */ .as)(`${op}${rhs}`);
        if (spec) {
            const v = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(lhs);
            if (v)
                return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .specifierContains */ .IK)(spec, v);
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
            s.add((0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeName */ .Pc)(v));
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
            const want = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeName */ .Pc)(literal);
            if (n.op === '==' || n.op === '===')
                return extras.has(want);
            if (n.op === '!=')
                return !extras.has(want);
            return false;
        }
        if (varSide === 'extras' || varSide === 'dependency_groups') {
            const set = varSide === 'extras' ? extras : groups;
            const want = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeName */ .Pc)(literal);
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
        extras = [...new Set(extras.map(_names_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeName */ .Pc))].sort();
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
        if (spec && !(0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSpecifiers */ .$h)(spec))
            throw new RequirementSyntaxError('invalid version specifier', text);
        specifier = spec;
    }
    const req = { name, normalizedName: (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeName */ .Pc)(name), extras, specifier };
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
    const p = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(v);
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
        return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .satisfies */ .ib)(v, spec);
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
            const v = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(lit.replace(/\.\*$/, ''));
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
    const specs = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSpecifiers */ .$h)(requiresPython);
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
const NEGATED_OP = {
    '==': '!=',
    '!=': '==',
    in: 'not in',
    'not in': 'in',
    '<': '>=',
    '>=': '<',
    '>': '<=',
    '<=': '>',
};
/** The complement of a marker (De Morgan), or undefined when a clause cannot be negated exactly. */
function negateMarker(node) {
    if (node.type !== 'cmp') {
        const kids = node.children.map(negateMarker);
        if (kids.some((k) => k === undefined))
            return undefined;
        return { type: node.type === 'and' ? 'or' : 'and', children: kids };
    }
    const op = NEGATED_OP[node.op];
    if (op === undefined)
        return undefined;
    // ordering of non-version strings is not a total order in PEP 508: do not negate it
    if (['<', '<=', '>', '>='].includes(node.op)) {
        const v = node.left.kind === 'var' ? node.left.name : node.right.kind === 'var' ? node.right.name : '';
        if (!VERSION_VARIABLES.has(v))
            return undefined;
    }
    return { ...node, op };
}
/** OR markers (one stays itself). */
function orMarkers(nodes) {
    return nodes.length === 1 ? nodes[0] : { type: 'or', children: nodes };
}
/** Canonical text of a requirement for set comparisons (name, extras, specifier, url, marker text). */
function requirementKey(req) {
    const marker = req.marker ? markerToString(rewritePythonVersion(req.marker), "'") : '';
    return `${req.normalizedName}[${req.extras.join(',')}]${canonicalSpecifiers(req.specifier)}@${req.url ?? ''};${marker}`;
}


/***/ })

};
