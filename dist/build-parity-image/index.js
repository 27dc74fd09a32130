import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9223:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 1882:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5459);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 5688:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5459);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1882);
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


/***/ }),

/***/ 4642:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  P9: () => (/* binding */ TomlLineIndex),
  MT: () => (/* binding */ parseToml),
  bN: () => (/* binding */ parseTomlShared),
  i7: () => (/* binding */ readManifestBeside),
  SI: () => (/* binding */ readProjectFile),
  nA: () => (/* binding */ relPath)
});

// UNUSED EXPORTS: DEFAULT_MAX_BYTES, decodeText, readTomlFile, splitDottedKey

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __nccwpck_require__(3292);
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
var errors = __nccwpck_require__(9223);
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

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

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

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

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  PJ: () => (/* reexport */ TomlDate),
  zx: () => (/* reexport */ TomlError),
  qg: () => (/* reexport */ parse)
});

// UNUSED EXPORTS: default, stringify

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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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
            off += (0,external_node_fs_.writeSync)(1, buf, off);
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
            process.stderr.write(`${command}: ${where}${title}${text}${external_node_os_.EOL}`);
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
            out(line + external_node_os_.EOL);
        return;
    }
    const props = Object.entries(properties)
        .filter(([, v]) => v)
        .map(([k, v]) => `${k}=${escapeProperty(v)}`)
        .join(',');
    out(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
function fileCommand(kind, message) {
    const path = process.env[`GITHUB_${kind}`];
    if (!path)
        throw new Error(`Unable to find environment variable for file command ${kind}`);
    if (!(0,external_node_fs_.existsSync)(path))
        throw new Error(`Missing file at path: ${path}`);
    (0,external_node_fs_.appendFileSync)(path, `${message}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
function keyValue(key, value) {
    const marker = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    const text = toCommandValue(value);
    if (key.includes(marker) || text.includes(marker))
        throw new Error('Unexpected input: contains the heredoc delimiter');
    return `${key}<<${marker}${external_node_os_.EOL}${text}${external_node_os_.EOL}${marker}`;
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return fileCommand('OUTPUT', keyValue(name, value));
    out(external_node_os_.EOL);
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
    out(message + external_node_os_.EOL);
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

// EXTERNAL MODULE: ./actions/shared/errors.ts
var errors = __nccwpck_require__(9223);
;// CONCATENATED MODULE: ./actions/shared/summary.ts

/** GitHub rejects a step summary over 1 MiB; stay under it with room for the truncation note. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
/**
 * Escape `*` outside code spans: masked secrets (`user:****@host`) and PEP 440 wildcards
 * (`!=3.0.*,!=3.1.*`) would otherwise turn into bold or italics and lose characters.
 */
function inline(text) {
    return text
        .split(/(`[^`]*`)/)
        .map((part, i) => (i % 2 === 1 ? part : part.replace(/\*/g, '\\*')))
        .join('');
}
/** Escape text for a Markdown table cell (pipes and newlines would break the row); `{ markdown }` as is. */
function cell(value) {
    if (value === null || value === undefined || value === '')
        return ' ';
    if (typeof value === 'object')
        return value.markdown;
    return inline(String(value).replace(/\\/g, '\\\\')).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
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
        return this.table(['', ''], entries.map(([k, v]) => [{ markdown: `**${cell(k)}**` }, v]));
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
    /**
     * Append to $GITHUB_STEP_SUMMARY (no-op when it is not set). Returns the text written. The 1 MiB
     * limit is for the step's whole file, so what earlier writes of the step put there counts too.
     */
    write(path = process.env.GITHUB_STEP_SUMMARY) {
        let text = this.toString();
        let used = 0;
        if (path) {
            try {
                used = (0,external_node_fs_.statSync)(path).size;
            }
            catch {
                // Not there yet: appendFileSync creates it.
            }
        }
        const budget = SUMMARY_LIMIT_BYTES - used;
        if (Buffer.byteLength(text) > budget) {
            // An earlier write of this step already used the budget (and said it truncated): add nothing.
            if (budget <= 0)
                return '';
            text = truncateMarkdown(text, budget);
        }
        if (path)
            (0,external_node_fs_.appendFileSync)(path, text + '\n');
        return text;
    }
}
const TRUNCATION_NOTE = '_Summary truncated at GitHub\'s 1 MiB limit; the JSON report has everything._';
/**
 * Cut Markdown to at most `budget` bytes at a line boundary (never inside a table row or a multi-byte
 * character), close what the cut left open (a code fence, `<details>` blocks) and add a note. The
 * closers and the note use the slack SUMMARY_LIMIT_BYTES keeps below GitHub's limit.
 */
function truncateMarkdown(text, budget) {
    let kept = Buffer.from(text).subarray(0, Math.max(0, budget)).toString('utf8');
    const nl = kept.lastIndexOf('\n');
    kept = nl >= 0 ? kept.slice(0, nl + 1) : '';
    let fence;
    let open = 0;
    for (const line of kept.split('\n')) {
        if (fence) {
            if (line.startsWith(fence))
                fence = undefined;
            continue;
        }
        const f = /^(```|~~~~)/.exec(line);
        if (f) {
            fence = f[1];
            continue;
        }
        open += (line.match(/<details>/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
    }
    const closers = (fence ? `${fence}\n` : '') + '\n</details>\n'.repeat(Math.max(0, open));
    return `${kept}${closers}\n${TRUNCATION_NOTE}\n`;
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
        .replace(/\\\*/g, '*')
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
        if (annotations.overflow.length && !annotations.overflowInSummary) {
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
    if ((0,errors/* isUserError */.iU)(thrown)) {
        const message = thrown.hint ? `${thrown.message}\n${thrown.hint}` : thrown.message;
        annotations.fail(message, thrown.location, thrown.title);
        return;
    }
    const text = (0,errors/* describeThrown */.YI)(thrown);
    annotations.fail(`${name} failed unexpectedly: ${text}\nThis looks like a bug in blackbelt. Please report it at ${ISSUES_URL} with this log (re-run with debug logging for the stack trace).`, undefined, `${name}: internal error`);
    if (thrown instanceof Error && thrown.stack) {
        // The runner shows ::debug:: lines only with ACTIONS_STEP_DEBUG; the CLI only with BLACKBELT_DEBUG.
        if (process.env.BLACKBELT_CLI !== '1')
            debug(thrown.stack);
        else if (process.env.BLACKBELT_DEBUG === '1')
            process.stderr.write(`${thrown.stack}\n`);
    }
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: ./actions/shared/engine-api.ts
/**
 * The Docker Engine API on a local unix socket, for the small calls an action makes many of (image
 * inspect and history, load, save, tag, remove, info, version). Each `docker` CLI call is a Go
 * start-up \u2014 50\u201370 ms of CPU, 20\u201340 ms of wall time \u2014 while a request on the socket takes 1\u20133 ms;
 * a code-only rebuild makes about ten of them.
 *
 * Used only where the endpoint is certainly the one the CLI would talk to: DOCKER_HOST=unix://\u2026, or
 * no DOCKER_HOST, no DOCKER_CONTEXT and no other current context in the CLI's config.json \u2014 then
 * /var/run/docker.sock. Anything else (tcp:// with TLS, ssh://, a context) stays with the CLI, which
 * knows how to reach it. BLACKBELT_DOCKER_API=0 turns this off. Builds, runs, pulls and pushes
 * always go through the CLI (BuildKit sessions, credentials, progress).
 */





const DEFAULT_SOCKET = '/var/run/docker.sock';
/**
 * The unix socket the docker CLI would use with this environment, or undefined when it would use
 * something else (or when that cannot be told for sure).
 */
function localEngineSocket(env) {
    if (env.BLACKBELT_DOCKER_API === '0')
        return undefined;
    const host = env.DOCKER_HOST?.trim();
    if (host) {
        if (!host.startsWith('unix://'))
            return undefined;
        const path = host.slice('unix://'.length);
        return path.startsWith('/') ? path : undefined;
    }
    const context = env.DOCKER_CONTEXT?.trim();
    if (context && context !== 'default')
        return undefined;
    const configDir = env.DOCKER_CONFIG || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.docker');
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(configDir, 'config.json'), 'utf8');
    }
    catch (e) {
        // No config file: the CLI uses the default socket. Unreadable: do not guess.
        return e.code === 'ENOENT' ? DEFAULT_SOCKET : undefined;
    }
    try {
        const current = JSON.parse(text).currentContext;
        if (current !== undefined && current !== '' && current !== 'default')
            return undefined;
    }
    catch {
        return undefined;
    }
    return DEFAULT_SOCKET;
}
/** The socket could not be used at all (missing, refused, no permission): the CLI may still work. */
class EngineUnreachable extends Error {
}
const UNREACHABLE = new Set(['ENOENT', 'ECONNREFUSED', 'EACCES', 'EPERM', 'ENOTSOCK', 'ECONNRESET']);
class EngineApi {
    socketPath;
    constructor(socketPath) {
        this.socketPath = socketPath;
    }
    open(method, path, headers, timeoutMs) {
        const req = (0,external_node_http_.request)({ socketPath: this.socketPath, method, path, headers: { Host: 'docker', ...headers } });
        const response = new Promise((resolve, reject) => {
            req.on('response', resolve);
            req.on('error', (e) => reject(UNREACHABLE.has(e.code ?? '') ? new EngineUnreachable(`${this.socketPath}: ${e.message}`) : e));
            req.setTimeout(timeoutMs, () => req.destroy(new Error(`Docker engine API ${method} ${path}: no answer in ${timeoutMs / 1000} s`)));
        });
        response.catch(() => undefined);
        return { req, response };
    }
    /** One request with an optional small body; the whole reply is read. */
    async call(method, path, options = {}) {
        const headers = {};
        if (options.body) {
            headers['Content-Type'] = options.contentType ?? 'application/json';
            headers['Content-Length'] = String(options.body.length);
        }
        const { req, response } = this.open(method, path, headers, options.timeoutMs ?? 60_000);
        req.end(options.body);
        const res = await response;
        return { status: res.statusCode ?? 0, body: await readAll(res), headers: res.headers };
    }
    /**
     * GET /_ping: is the engine answering, and its version from the `Server: Docker/<version> (<os>)`
     * header. Cheaper than /version, which also gathers its components' versions (took twice as long
     * on Docker 20.10 here).
     */
    async ping() {
        const r = await this.call('GET', '/_ping', { timeoutMs: 30_000 });
        const server = String(r.headers.server ?? '');
        return { ok: r.status === 200, version: /^Docker\/(\S+)/.exec(server)?.[1] ?? '' };
    }
    async json(method, path) {
        const r = await this.call(method, path);
        const text = r.body.toString('utf8');
        if (r.status >= 200 && r.status < 300)
            return { status: r.status, value: (text.trim() ? JSON.parse(text) : undefined), message: '' };
        return { status: r.status, message: errorMessage(text) };
    }
    /**
     * POST /images/load fed from the returned writable (a tar archive). `done` gives what the CLI
     * would: code 0 and its stdout lines ("Loaded image: \u2026") on success, else code 1 and the error.
     */
    load(timeoutMs = 30 * 60_000) {
        const { req, response } = this.open('POST', '/images/load?quiet=1', { 'Content-Type': 'application/x-tar', 'Transfer-Encoding': 'chunked' }, timeoutMs);
        req.on('error', () => undefined); // reported through `done`
        const done = response.then(async (res) => {
            const text = (await readAll(res)).toString('utf8');
            if ((res.statusCode ?? 0) >= 300)
                return { code: 1, stdout: '', stderr: errorMessage(text) };
            return messagesToOutput(text);
        }, (e) => ({ code: 1, stdout: '', stderr: e.message }));
        return { stream: req, done };
    }
    /** GET /images/get: the `docker save` archive of `ref` as a stream. */
    save(ref, timeoutMs = 30 * 60_000) {
        const out = new external_node_stream_.PassThrough();
        const { req, response } = this.open('GET', `/images/get?names=${encodeURIComponent(ref)}`, {}, timeoutMs);
        req.end();
        const done = response.then(async (res) => {
            if ((res.statusCode ?? 0) >= 300) {
                const text = (await readAll(res)).toString('utf8');
                out.end();
                return { code: 1, stderr: errorMessage(text) };
            }
            res.pipe(out);
            return new Promise((resolve) => {
                res.on('end', () => resolve({ code: 0, stderr: '' }));
                res.on('error', (e) => resolve({ code: 1, stderr: e.message }));
                res.on('aborted', () => resolve({ code: 1, stderr: 'the engine closed the connection before the archive ended' }));
            });
        }, (e) => {
            out.end();
            return { code: 1, stderr: e.message };
        });
        return { stream: out, done };
    }
}
/** Path segment for an image reference: names, tags, digests and IDs keep their `/`, `:` and `@`. */
function refPath(ref) {
    return ref.split('/').map(encodeURIComponent).join('/').replace(/%3A/gi, ':').replace(/%40/g, '@');
}
function readAll(res) {
    return new Promise((resolve, reject) => {
        const parts = [];
        res.on('data', (b) => parts.push(b));
        res.on('end', () => resolve(Buffer.concat(parts)));
        res.on('error', reject);
    });
}
/** The engine's `{"message": "..."}` error body, or the text itself. */
function errorMessage(text) {
    try {
        const m = JSON.parse(text).message;
        if (typeof m === 'string')
            return m;
    }
    catch {
        // not JSON
    }
    return text.trim();
}
/** A streamed JSON reply as the CLI shows it: `stream` text to stdout; an `error` message fails it. */
function messagesToOutput(text) {
    let stdout = '';
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        let msg;
        try {
            msg = JSON.parse(line);
        }
        catch {
            stdout += `${line}\n`;
            continue;
        }
        const error = msg.errorDetail?.message || msg.error;
        if (error)
            return { code: 1, stdout, stderr: error };
        if (msg.stream)
            stdout += msg.stream;
        else if (msg.status)
            stdout += `${msg.status}\n`;
    }
    return { code: 0, stdout, stderr: '' };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./actions/shared/exec.ts



/**
 * Run a program with an argv array \u2014 never through a shell, so no input can be interpreted as
 * shell syntax. Never throws for a non-zero exit; a missing program is reported as code 127.
 */
function run(command, args, options = {}) {
    return new Promise((resolvePromise) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
        });
        const out = [];
        const err = [];
        let timedOut = false;
        let settled = false;
        const timer = options.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs)
            : undefined;
        const finish = (code, extraErr = '') => {
            if (settled)
                return;
            settled = true;
            if (timer)
                clearTimeout(timer);
            resolvePromise({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') + extraErr, timedOut });
        };
        child.stdout.on('data', (b) => {
            out.push(b);
            options.onOutput?.(b.toString('utf8'), 'stdout');
        });
        child.stderr.on('data', (b) => {
            err.push(b);
            options.onOutput?.(b.toString('utf8'), 'stderr');
        });
        child.on('error', (e) => finish(e.code === 'ENOENT' ? 127 : 126, `${command}: ${e.message}`));
        child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
        child.stdin.on('error', () => undefined);
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
    });
}
/** Is an executable on PATH? (No shell `which`.) */
async function onPath(command) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
        if (!dir)
            continue;
        try {
            await access(join(dir, command), constants.X_OK);
            return true;
        }
        catch {
            // keep looking
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./actions/shared/docker.ts
/**
 * Talking to a Docker engine through the `docker` CLI (argv only, never a shell). The engine is
 * whatever DOCKER_HOST names (unix socket, tcp://, ssh://). The small image calls go straight to the
 * engine's API when the CLI would talk to a local unix socket (engine-api.ts says when): the same
 * answers without a Go start-up per call.
 *
 * One class per concern:
 *  - DockerClient: runs the CLI with a chosen binary and environment.
 *  - detectBuilder(): buildx (the engine's default builder told from buildx's files when certain, else
 *    asked) \u2192 `DOCKER_BUILDKIT=1 docker build` (pre-23 clients embed BuildKit) \u2192 legacy.
 *  - DockerImages: inspect / exists / pull policy / save+load streams / tag / remove (API or CLI).
 *  - DockerRegistry: login via --password-stdin in a private DOCKER_CONFIG, push, registry digest.
 */







class DockerClient {
    binary;
    extraEnv;
    constructor(binary = 'docker', extraEnv = {}) {
        this.binary = binary;
        this.extraEnv = extraEnv;
    }
    env(extra = {}) {
        const env = { ...process.env };
        for (const [k, v] of Object.entries({ ...this.extraEnv, ...extra })) {
            if (v === undefined)
                delete env[k];
            else
                env[k] = v;
        }
        return env;
    }
    /** A client with more environment (e.g. DOCKER_BUILDKIT=1, a private DOCKER_CONFIG). */
    with(extra) {
        return new DockerClient(this.binary, { ...this.extraEnv, ...extra });
    }
    run(args, options = {}) {
        const { env, ...rest } = options;
        return run(this.binary, args, { ...rest, env: this.env(env) });
    }
    spawn(args) {
        return (0,external_node_child_process_namespaceObject.spawn)(this.binary, args, { env: this.env(), stdio: ['pipe', 'pipe', 'pipe'], shell: false });
    }
    /** The engine's API on the local socket this client's CLI would use, when it is one (engine-api.ts). */
    api() {
        const socket = localEngineSocket(this.env());
        return socket ? new EngineApi(socket) : undefined;
    }
    /**
     * Engine reachable? Throws a UserError naming DOCKER_HOST otherwise. `viaApi`: a local socket's
     * answer is enough (the caller knows the CLI exists); otherwise, and when the socket fails, the CLI
     * is asked, whose error names the cause.
     */
    async ensureEngine(options = {}) {
        const api = options.viaApi ? this.api() : undefined;
        if (api) {
            if (await api.ping().then((r) => r.ok, () => false))
                return;
        }
        const r = await this.run(['version', '--format', '{{.Client.Version}}|{{.Server.Version}}'], { timeoutMs: 30_000 });
        const server = r.stdout.trim().split('|')[1] ?? '';
        if (r.code === 127) {
            throw new errors/* UserError */.yo(`The docker CLI (${this.binary}) was not found.`, { title: 'docker not found', hint: 'Install Docker on the runner, or use a runner image that has it (ubuntu-latest does).' });
        }
        if (r.code !== 0 || !server || server.includes('<no value>')) {
            const where = this.env().DOCKER_HOST || 'the default socket (/var/run/docker.sock)';
            throw new errors/* UserError */.yo(`Cannot reach the Docker engine at ${where}: ${firstLine(r.stderr) || 'no server version reported'}`, {
                title: 'docker engine unreachable',
                hint: 'Start dockerd, or set DOCKER_HOST to a reachable engine (unix://, tcp:// or ssh://).',
            });
        }
    }
}
function firstLine(text) {
    return text.trim().split('\n').find((l) => l.trim())?.trim() ?? '';
}
function majorVersion(version) {
    const m = /^(\d+)/.exec(version.trim());
    return m ? Number(m[1]) : 0;
}
/** Where the docker CLI looks for plugins on Linux after $DOCKER_CONFIG/cli-plugins (docker/cli's defaultSystemPluginDirs). */
const SYSTEM_PLUGIN_DIRS = ['/usr/local/lib/docker/cli-plugins', '/usr/local/libexec/docker/cli-plugins', '/usr/lib/docker/cli-plugins', '/usr/libexec/docker/cli-plugins'];
function isExecutableFile(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
/** A command as the OS would find it: an absolute path as is, else the first executable in PATH. */
function docker_onPath(command, env) {
    if ((0,external_node_path_.isAbsolute)(command))
        return isExecutableFile(command) ? command : undefined;
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter)) {
        if (dir && isExecutableFile((0,external_node_path_.join)(dir, command)))
            return (0,external_node_path_.join)(dir, command);
    }
    return undefined;
}
/**
 * The buildx plugin when it is certain, from files alone, that `docker buildx` would use the
 * engine's own default builder (driver docker) \u2014 the case of a runner or laptop where nobody ran
 * `docker buildx create --use`. Asking buildx costs ~100 ms on every build (the CLI starts, then the
 * plugin twice: its metadata, then the command). Certain means: the CLI talks to a local socket
 * (engine-api.ts), no BUILDX_BUILDER / BUILDX_CONFIG, no extra plugin directories configured, and
 * buildx's store ($DOCKER_CONFIG/buildx) records no selected builder (`current` absent or naming
 * none) and no per-endpoint default (`defaults/` empty): buildx then falls back to the context's
 * builder, whose driver is docker. Anything else, or anything unreadable: undefined (ask buildx).
 */
function defaultBuildxBuilder(env, systemPluginDirs = SYSTEM_PLUGIN_DIRS) {
    if (!localEngineSocket(env) || env.BUILDX_BUILDER || env.BUILDX_CONFIG)
        return undefined;
    const configDir = env.DOCKER_CONFIG || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.docker');
    try {
        const config = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(configDir, 'config.json'), 'utf8'));
        if (config.cliPluginsExtraDirs !== undefined)
            return undefined;
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            return undefined;
    }
    const store = (0,external_node_path_.join)(configDir, 'buildx');
    try {
        const current = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(store, 'current'), 'utf8'));
        if (current === null || typeof current !== 'object' || current.Name !== '')
            return undefined;
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            return undefined;
    }
    try {
        if ((0,external_node_fs_.readdirSync)((0,external_node_path_.join)(store, 'defaults')).length)
            return undefined;
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            return undefined;
    }
    const plugin = [(0,external_node_path_.join)(configDir, 'cli-plugins'), ...systemPluginDirs].map((d) => (0,external_node_path_.join)(d, 'docker-buildx')).find(isExecutableFile);
    return plugin ? { plugin } : undefined;
}
/**
 * Pick how to build. Order: `docker buildx` (any client with the plugin); a pre-23 client with
 * DOCKER_BUILDKIT=1 (its BuildKit is built in; 23+ clients delegate to buildx and fail without it);
 * the legacy builder. BLACKBELT_BUILDER=buildx|buildkit|legacy forces one (tests use it).
 * Extra client binaries to try can be given (e.g. /usr/bin/docker next to a newer one on PATH).
 */
async function detectBuilder(candidates = defaultClients(), options = {}) {
    const forced = process.env.BLACKBELT_BUILDER?.trim().toLowerCase();
    const clients = [...new Set(candidates)].map((b) => new DockerClient(b));
    const primary = clients[0];
    if (!forced || forced === 'buildx') {
        if (options.assume !== false && docker_onPath(primary.binary, primary.env()) && defaultBuildxBuilder(primary.env())) {
            return { kind: 'buildx', client: primary.with({ BUILDX_NO_DEFAULT_ATTESTATIONS: '1' }), driver: 'docker', description: 'docker buildx (builder default, driver docker)', assumed: true };
        }
        for (const client of clients) {
            // One spawn when buildx works (a Go start-up costs 50\u201370 ms of CPU); `buildx version` only tells
            // a missing plugin from an unusable builder, whose own error the build then shows.
            const inspect = await client.run(['buildx', 'inspect'], { timeoutMs: 20_000 });
            if (inspect.code === 0 || (await client.run(['buildx', 'version'], { timeoutMs: 20_000 })).code === 0) {
                const field = (name) => new RegExp(`^${name}:\\s*(\\S+)`, 'im').exec(inspect.stdout)?.[1];
                const driver = field('Driver') ?? 'docker';
                // No default attestations: buildx (\u2265 0.10) adds a provenance manifest whenever the store
                // keeps one (the containerd image store, the docker-container driver), and it records the
                // build's start/finish times and invocation ID \u2014 the pushed index digest would change on
                // every build of the same commit. Older buildx ignores the variable.
                const quiet = client.with({ BUILDX_NO_DEFAULT_ATTESTATIONS: '1' });
                const about = [`builder ${field('Name') ?? '?'}`, `driver ${driver}`, ...(field('BuildKit version') ? [`BuildKit ${field('BuildKit version')}`] : [])];
                return { kind: 'buildx', client: quiet, driver, description: `docker buildx (${about.join(', ')})` };
            }
        }
        if (forced)
            throw new errors/* UserError */.yo('BLACKBELT_BUILDER=buildx but `docker buildx version` fails with every docker client found.', { title: 'buildx not available' });
    }
    if (!forced || forced === 'buildkit') {
        for (const client of clients) {
            const v = await client.run(['version', '--format', '{{.Client.Version}}'], { timeoutMs: 20_000 });
            if (v.code === 0 && majorVersion(v.stdout) > 0 && majorVersion(v.stdout) < 23) {
                return { kind: 'buildkit', client: client.with({ DOCKER_BUILDKIT: '1' }), description: `DOCKER_BUILDKIT=1 ${client.binary} build (client ${v.stdout.trim()})` };
            }
        }
        if (forced)
            throw new errors/* UserError */.yo('BLACKBELT_BUILDER=buildkit needs a docker client older than 23.0 (newer ones need the buildx plugin).', { title: 'BuildKit not available' });
    }
    return { kind: 'legacy', client: primary.with({ DOCKER_BUILDKIT: '0' }), description: `${primary.binary} build (legacy builder)` };
}
/** detectBuilder() with the engine checked reachable (ensureEngine's clear errors); the two probes run side by side. */
async function readyBuilder() {
    const first = new DockerClient(defaultClients()[0]);
    // The socket's answer suffices unless no builder was found (then the CLI itself may be missing:
    // its own check says so).
    const [builder, unreachable] = await Promise.all([detectBuilder(), first.ensureEngine({ viaApi: true }).then(() => undefined, (error) => ({ error }))]);
    if (builder.kind === 'legacy')
        await first.ensureEngine();
    if (builder.client.binary !== first.binary)
        await builder.client.ensureEngine({ viaApi: builder.kind !== 'legacy' });
    else if (unreachable)
        throw unreachable.error;
    return builder;
}
function defaultClients() {
    const list = [process.env.BLACKBELT_DOCKER || 'docker'];
    // Debian's docker.io client; it embeds BuildKit where a newer client on PATH would need buildx.
    if ((0,external_node_fs_.existsSync)('/usr/bin/docker'))
        list.push('/usr/bin/docker');
    return list;
}
/** The BuildKit cache scope the actions use in the GitHub Actions cache (type=gha). */
const GHA_CACHE_SCOPE = 'blackbelt';
/**
 * `--cache-from/--cache-to type=gha` when they can work: a buildx builder that can export a cache (the
 * docker-container driver; the docker driver only on the containerd image store), and the
 * runner's cache service in the environment (ACTIONS_CACHE_URL for the v1 API or ACTIONS_RESULTS_URL
 * for v2, plus ACTIONS_RUNTIME_TOKEN \u2014 what docker/setup-buildx-action exposes; buildx itself reads
 * them and ACTIONS_CACHE_SERVICE_V2). The export has `ignore-error=true`: without it BuildKit fails
 * the whole build when the cache service errors, after the image was built and loaded \u2014 a cache
 * outage must cost the cache, not the build. `enabled: false` (the `cache` input) turns it off.
 */
function ghaCacheFlags(builder, enabled, env = process.env, containerdStore = false) {
    const hasGha = Boolean((env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL) && env.ACTIONS_RUNTIME_TOKEN);
    // The docker driver exports a build cache only on an engine with the containerd image store
    // (fresh Docker 29+ installs, as on GitHub's runners); on the classic store it refuses the flag.
    const canExport = builder.driver === 'docker-container' || (builder.driver === 'docker' && containerdStore);
    if (!enabled || builder.kind !== 'buildx' || !canExport || !hasGha)
        return { from: [], to: [] };
    return { from: [`type=gha,scope=${GHA_CACHE_SCOPE}`], to: [`type=gha,scope=${GHA_CACHE_SCOPE},mode=max,ignore-error=true`] };
}
/** A repository name as the engine records it in RepoDigests: docker.io/library/python \u2192 python. */
function canonicalRepo(repo) {
    const r = repo.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
    return r.startsWith('library/') && registryOf(r) === 'docker.io' ? r.slice('library/'.length) : r;
}
/**
 * The reference to build FROM so that the builder uses the very image that was probed in the engine.
 * The docker driver builds inside the engine and sees its image store: `ref` itself. Every other buildx
 * driver (docker-container, kubernetes, remote) runs its own BuildKit, which resolves FROM in the
 * registry the reference names, never in the engine: `ref` pinned to the digest the engine has for it
 * from that repository (pulled from or pushed to it) \u2014 a tag could have moved since. Undefined when
 * there is no such digest: a base that only exists locally would be looked up on its registry (Docker
 * Hub for a bare name) \u2014 a failure at best, another image than the one probed at worst. A digest the
 * containerd image store lists for a `docker load`ed image is not proof that the registry has it; the
 * pinned FROM then fails in the build with "not found" rather than building from another image.
 */
function builderBaseRef(builder, ref, image) {
    if (builder.kind !== 'buildx' || !builder.driver || builder.driver === 'docker')
        return ref;
    const repo = canonicalRepo(repositoryOf(ref));
    const found = (image.RepoDigests ?? []).find((d) => canonicalRepo(d.split('@')[0]) === repo);
    if (!found)
        return undefined;
    return /@sha256:[0-9a-f]{64}$/.test(ref) ? ref : `${repositoryOf(ref)}@${found.split('@')[1]}`;
}
/**
 * Errors of the gha cache steps in a BuildKit `--progress=plain` log: the import
 * (`#N importing cache manifest from gha:\u2026`) and the export (`#N exporting to GitHub Actions Cache`),
 * each followed by `#N ERROR: <message>` when it failed. Neither fails the build (an import error never
 * does; the export has ignore-error=true), so the action reports them as warnings.
 */
function ghaCacheErrors(log) {
    const out = {};
    const steps = [
        ['import', /^#(\d+) importing cache manifest from gha:/gm],
        ['export', /^#(\d+) exporting to GitHub Actions Cache\s*$/gm],
    ];
    for (const [what, re] of steps) {
        for (const m of log.matchAll(re)) {
            const err = new RegExp(`^#${m[1]} ERROR: (.*)$`, 'm').exec(log);
            if (err)
                out[what] = err[1].trim();
        }
    }
    return out;
}
function buildArgv(builder, req) {
    const argv = builder.kind === 'buildx' ? ['buildx', 'build', '--load'] : ['build'];
    if (builder.kind !== 'legacy')
        argv.push('--progress=plain');
    argv.push('-f', req.dockerfile, '--iidfile', req.iidfile);
    for (const t of req.tags)
        argv.push('-t', t);
    for (const [k, v] of Object.entries(req.buildArgs ?? {}))
        argv.push('--build-arg', `${k}=${v}`);
    for (const [k, v] of Object.entries(req.labels ?? {}))
        argv.push('--label', `${k}=${v}`);
    if (req.target)
        argv.push('--target', req.target);
    if (req.noCache)
        argv.push('--no-cache');
    if (req.network)
        argv.push('--network', req.network);
    if (req.platforms?.length)
        argv.push('--platform', req.platforms.join(','));
    if (builder.kind === 'buildx') {
        for (const c of req.cacheFrom ?? [])
            argv.push('--cache-from', c);
        for (const c of req.cacheTo ?? [])
            argv.push('--cache-to', c);
    }
    argv.push(req.context);
    return argv;
}
class DockerImages {
    client;
    /** The engine API when the CLI would talk to a local socket; dropped (\u2192 CLI) once the socket fails. */
    api;
    constructor(client, options = {}) {
        this.client = client;
        this.api = options.api === false ? undefined : client.api();
    }
    /** Through the API when there is one, else (or when its socket cannot be used) through the CLI. */
    async either(viaApi, viaCli) {
        if (this.api) {
            try {
                return await viaApi(this.api);
            }
            catch (e) {
                if (!(e instanceof EngineUnreachable))
                    throw e;
                this.api = undefined;
            }
        }
        return viaCli();
    }
    /** Which way the calls go now: 'api' until the socket fails (tests check it). */
    get transport() {
        return this.api ? 'api' : 'cli';
    }
    inspect(ref) {
        return this.either(async (api) => {
            const r = await api.json('GET', `/images/${refPath(ref)}/json`);
            return r.status === 200 ? r.value : undefined;
        }, async () => {
            const r = await this.client.run(['image', 'inspect', ref], { timeoutMs: 60_000 });
            if (r.code !== 0)
                return undefined;
            const parsed = JSON.parse(r.stdout);
            return parsed[0];
        });
    }
    /** `docker image history` rows, newest first (sizes in bytes, CreatedBy untruncated). */
    history(ref) {
        return this.either(async (api) => {
            const r = await api.json('GET', `/images/${refPath(ref)}/history`);
            return r.status === 200 && Array.isArray(r.value) ? r.value.map(historyRowOf) : undefined;
        }, async () => {
            const r = await this.client.run(['image', 'history', '--human=false', '--no-trunc', '--format', '{{json .}}', ref], { timeoutMs: 60_000 });
            if (r.code !== 0)
                return undefined;
            return r.stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
        });
    }
    async exists(ref) {
        return (await this.inspect(ref)) !== undefined;
    }
    /**
     * Make sure `ref` is present locally without ever pulling from a remote registry unless allowed:
     * pulls only from 127.0.0.1/localhost registries, or on GitHub-hosted runs (GITHUB_ACTIONS=true
     * and BLACKBELT_NO_PULL is not 1).
     */
    async ensureLocal(ref, what = 'image') {
        const found = await this.inspect(ref);
        if (found)
            return found;
        if (pullAllowed(ref)) {
            const r = await this.client.run(['pull', ref], { timeoutMs: 15 * 60_000 });
            const after = r.code === 0 ? await this.inspect(ref) : undefined;
            if (after)
                return after;
            throw new errors/* UserError */.yo(`The ${what} ${ref} is not present locally and pulling it failed: ${lastLines(r.stderr, 3)}`, {
                title: `${what} not available`,
                hint: 'Check the reference and that the registry is reachable (log in first for private images).',
            });
        }
        throw new errors/* UserError */.yo(`The ${what} ${ref} is not present on the Docker engine, and blackbelt does not pull from remote registries here.`, {
            title: `${what} not found`,
            hint: `Build or load it first (docker image ls), pull it in an earlier step, or use an image from a local registry (127.0.0.1:PORT/...). On GitHub runners pulls are allowed unless BLACKBELT_NO_PULL=1.`,
        });
    }
    store;
    /**
     * Does the engine keep images in the containerd image store (`docker info` driver-type
     * io.containerd.snapshotter.v1; the default of fresh Docker 29+ installs)? Asked once per instance;
     * false when `docker info` fails.
     */
    usesContainerdStore() {
        this.store ??= this.either(async (api) => {
            const r = await api.json('GET', '/info');
            return r.status === 200 && JSON.stringify(r.value?.DriverStatus ?? null).includes('io.containerd.snapshotter');
        }, () => this.client.run(['info', '--format', '{{json .DriverStatus}}'], { timeoutMs: 30_000 }).then((r) => r.code === 0 && r.stdout.includes('io.containerd.snapshotter')));
        return this.store;
    }
    /** `docker save` as a readable stream; the returned promise resolves when the process ends. */
    save(ref) {
        // Streams cannot fall back half-way: a socket that fails here fails the call (callers retry or report).
        if (this.api)
            return this.api.save(ref);
        const child = this.client.spawn(['save', ref]);
        child.stdin.end();
        return { stream: child.stdout, done: waitChild(child) };
    }
    /**
     * `docker load` fed from a writable stream. Its stdout names what it loaded (see loadedImages):
     * the image ID is the config digest on the classic store, a manifest digest on the containerd one.
     */
    load() {
        if (this.api)
            return this.api.load();
        const child = this.client.spawn(['load']);
        const out = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stdin.on('error', () => undefined);
        const done = waitChild(child).then((r) => ({ ...r, stdout: Buffer.concat(out).toString('utf8') }));
        return { stream: child.stdin, done };
    }
    async tag(source, target) {
        const failed = await this.either(async (api) => {
            const repo = repositoryOf(target);
            const tag = target.slice(repo.length + 1) || 'latest';
            const r = await api.json('POST', `/images/${refPath(source)}/tag?repo=${encodeURIComponent(repo)}&tag=${encodeURIComponent(tag)}`);
            return r.status < 300 ? '' : r.message;
        }, async () => {
            const r = await this.client.run(['tag', source, target]);
            return r.code === 0 ? '' : r.stderr.trim();
        });
        if (failed)
            throw new Error(`docker tag ${source} ${target} failed: ${failed}`);
    }
    async remove(ref) {
        await this.either((api) => api.call('DELETE', `/images/${refPath(ref)}?noprune=1`), () => this.client.run(['image', 'rm', '--no-prune', ref]));
    }
}
/**
 * What `docker load` printed it loaded: `Loaded image: REF` (tagged) and `Loaded image ID: sha256:\u2026`
 * (untagged) lines, in order. The containerd image store also prints them for images it names
 * itself, and its IDs are manifest digests \u2014 never assume the ID is the config's digest.
 */
function loadedImages(stdout) {
    const out = [];
    for (const m of stdout.matchAll(/^Loaded image(?: ID)?: (\S+)\s*$/gm))
        out.push(m[1]);
    return [...new Set(out)];
}
/** An API history row as `docker image history --human=false --no-trunc --format '{{json .}}'` prints it. */
function historyRowOf(row) {
    return {
        CreatedAt: new Date((row.Created ?? 0) * 1000).toISOString().replace(/\.000Z$/, 'Z'),
        // The CLI shows tabs as spaces (its formatter replaces them, truncated or not).
        CreatedBy: (row.CreatedBy ?? '').replace(/\t/g, ' '),
        Comment: row.Comment ?? '',
        Size: String(row.Size ?? 0),
    };
}
function waitChild(child) {
    const err = [];
    child.stderr.on('data', (b) => err.push(b));
    return new Promise((resolve) => {
        let settled = false;
        const finish = (code, extra = '') => {
            if (settled)
                return;
            settled = true;
            resolve({ code, stderr: Buffer.concat(err).toString('utf8') + extra });
        };
        child.on('error', (e) => finish(127, e.message));
        child.on('close', (code) => finish(code ?? 1));
    });
}
function lastLines(text, n) {
    return text.trim().split('\n').slice(-n).join('\n');
}
/** Registry host of an image reference (docker.io when none is given). */
function registryOf(ref) {
    const first = ref.split('/')[0];
    if (ref.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost'))
        return first;
    return 'docker.io';
}
function isLocalRegistry(registry) {
    const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return host === '127.0.0.1' || host === 'localhost' || host === '::1';
}
function pullAllowed(ref) {
    if (isLocalRegistry(registryOf(ref)))
        return true;
    return process.env.GITHUB_ACTIONS === 'true' && process.env.BLACKBELT_NO_PULL !== '1';
}
/** Split `repo[:tag][@digest]` \u2192 repository part (tag and digest removed). */
function repositoryOf(ref) {
    const noDigest = ref.split('@')[0];
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    return colon > slash ? noDigest.slice(0, colon) : noDigest;
}
/**
 * Login + push. When credentials are given, a private DOCKER_CONFIG (deleted afterwards) holds
 * them, so the password is never written to the user's ~/.docker/config.json by us, and the
 * password only ever travels on docker's stdin.
 */
class DockerRegistry {
    configDir;
    client;
    constructor(client) {
        this.client = client;
    }
    async login(registry, username, password) {
        this.configDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'blackbelt-docker-'));
        // Keep CLI plugins (buildx) reachable from the private config.
        const pluginsDir = (0,external_node_path_.join)(this.configDir, 'cli-plugins');
        const userPlugins = (0,external_node_path_.join)(process.env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), 'cli-plugins');
        if ((0,external_node_fs_.existsSync)(userPlugins))
            (0,external_node_fs_.symlinkSync)(userPlugins, pluginsDir);
        else
            (0,external_node_fs_.mkdirSync)(pluginsDir);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(this.configDir, 'config.json'), '{}\n', { mode: 0o600 });
        this.client = this.client.with({ DOCKER_CONFIG: this.configDir });
        const r = await this.client.run(['login', '--username', username, '--password-stdin', registry], { input: password + '\n', timeoutMs: 120_000 });
        if (r.code !== 0) {
            const text = scrub(`${r.stderr}\n${r.stdout}`, password);
            throw classifyRegistryError(text, registry, 'log in to');
        }
    }
    async push(ref) {
        const r = await this.client.run(['push', ref], { timeoutMs: 60 * 60_000 });
        const output = `${r.stdout}\n${r.stderr}`;
        if (r.code !== 0)
            throw classifyRegistryError(output, registryOf(ref), 'push to');
        const digest = /digest:\s*(sha256:[0-9a-f]{64})/.exec(output)?.[1];
        if (digest)
            return { digest, output };
        // Older clients: read RepoDigests.
        const inspect = await new DockerImages(this.client).inspect(ref);
        const repo = repositoryOf(ref);
        const rd = inspect?.RepoDigests?.find((d) => d.startsWith(repo + '@'));
        if (!rd)
            throw new Error(`docker push ${ref} succeeded but reported no digest`);
        return { digest: rd.split('@')[1], output };
    }
    /** Log out and delete the private config. Safe to call more than once. */
    async close(registry) {
        if (!this.configDir)
            return;
        if (registry)
            await this.client.run(['logout', registry], { timeoutMs: 30_000 });
        (0,external_node_fs_.rmSync)(this.configDir, { recursive: true, force: true });
        this.configDir = undefined;
    }
}
function scrub(text, secret) {
    return secret ? text.split(secret).join('***') : text;
}
function classifyRegistryError(output, registry, verb) {
    const detail = lastLines(output, 3);
    if (/connection refused|no such host|i\/o timeout|dial tcp|server gave HTTP response to HTTPS|network is unreachable|TLS handshake timeout/i.test(output)) {
        return new errors/* UserError */.yo(`Cannot ${verb} registry ${registry}: it is unreachable. ${detail}`, {
            title: 'registry unreachable',
            hint: 'Check the registry host and port in `image`/`registry`, that it is running, and that the runner can reach it.',
        });
    }
    if (/unauthorized|authentication required|incorrect username or password|401|denied|forbidden/i.test(output)) {
        return new errors/* UserError */.yo(`Cannot ${verb} registry ${registry}: authentication failed. ${detail}`, {
            title: 'registry authentication failed',
            hint: 'Check the `username` and `password` inputs (for ghcr.io use a token with packages:write).',
        });
    }
    return new errors/* UserError */.yo(`Cannot ${verb} registry ${registry}: ${detail}`, { title: 'registry error' });
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
        throw new errors/* UserError */.yo(`Input "${name}" is required but was empty.`, {
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
    throw new errors/* UserError */.yo(`Input "${name}" must be true or false, got "${rawInput(name)}".`, { title: `invalid input: ${name}` });
}
function getChoice(name, choices, fallback) {
    const value = rawInput(name).toLowerCase();
    if (!value)
        return fallback;
    if (choices.includes(value))
        return value;
    throw new UserError(`Input "${name}" must be one of ${choices.join(', ')}; got "${rawInput(name)}".`, { title: `invalid input: ${name}` });
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
    let real = target;
    if (ok && (0,external_node_fs_.existsSync)(target)) {
        const realRoot = (0,external_node_fs_.existsSync)(root) ? (0,external_node_fs_.realpathSync)(root) : root;
        real = (0,external_node_fs_.realpathSync)(target);
        ok = check(real, realRoot);
    }
    if (!ok) {
        // Through a symlink the path itself is under the root: name where it really leads.
        const resolved = real === target ? target : `${target} (through a symlink: ${real})`;
        throw new errors/* UserError */.yo(`Input "${name}" points outside the workspace: "${value}" resolves to ${resolved}, which is not under ${root}.`, {
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
function writeJsonReport(action, data, dir = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)()) {
    const write = (base) => {
        const folder = (0,external_node_path_.join)(base, 'blackbelt');
        (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
        const path = (0,external_node_path_.join)(folder, `${action}-report.json`);
        (0,external_node_fs_.writeFileSync)(path, JSON.stringify(data, null, 2) + '\n');
        return path;
    };
    try {
        return write(dir);
    }
    catch (e) {
        // A RUNNER_TEMP that is not a writable folder (a self-hosted runner's odd setup) must not fail
        // the step: the report goes to the system temp folder instead, and the `report` output says where.
        if (dir === (0,external_node_os_.tmpdir)())
            throw e;
        return write((0,external_node_os_.tmpdir)());
    }
}

;// CONCATENATED MODULE: ./actions/build-parity-image/buildlog.ts
/**
 * Reading build logs: the failing step (BuildKit `> [stage 2/4] RUN \u2026:` / legacy `Step 2/4 : RUN \u2026`
 * / parse errors `line N`), mapped back to a Dockerfile line, and layer reuse (CACHED / Using cache).
 */
function findInstructionLine(dockerfile, instruction) {
    const want = instruction.replace(/\s+/g, ' ').trim();
    const lines = dockerfile.split('\n');
    // Join continuation lines so multi-line RUNs match their first line.
    for (let i = 0; i < lines.length; i++) {
        let text = lines[i];
        let j = i;
        while (text.trimEnd().endsWith('\\') && j + 1 < lines.length)
            text = text.trimEnd().slice(0, -1) + ' ' + lines[++j];
        const norm = text.replace(/\s+/g, ' ').trim();
        if (norm && (norm === want || norm.startsWith(want) || (want.length > 20 && want.startsWith(norm.slice(0, 40)))))
            return i + 1;
    }
    return undefined;
}
function parseBuildFailure(log, dockerfile) {
    const lines = log.split('\n').map((l) => l.replace(/\r$/, ''));
    const parse = /(?:dockerfile parse error|Dockerfile parse error) (?:on )?line (\d+): (.*)$/i.exec(log);
    if (parse)
        return { line: Number(parse[1]), error: `Dockerfile parse error: ${parse[2].trim()}`, excerpt: parse[0] };
    const dfLine = /Dockerfile:(\d+)/.exec(log);
    let step;
    const bk = [...log.matchAll(/^ > \[(?:[^\]]*?\s)?\d+\/\d+\] (.+?):$/gm)].pop();
    if (bk)
        step = bk[1].trim();
    if (!step) {
        const steps = [...log.matchAll(/^Step \d+\/\d+ : (.+)$/gm)];
        if (steps.length)
            step = steps[steps.length - 1][1].trim();
    }
    const errorLines = lines.filter((l) => /^(ERROR|error):|^#\d+ ERROR:|returned a non-zero code|^Error response from daemon|failed to solve/i.test(l.trim()));
    const error = errorLines.length ? errorLines.slice(-2).join('\n') : lines.filter(Boolean).slice(-3).join('\n');
    let line = dfLine ? Number(dfLine[1]) : undefined;
    if (!line && step)
        line = findInstructionLine(dockerfile, step);
    // Output of the failing step: BuildKit prefixes its lines with `#N`; show the last 25 log lines.
    const excerpt = lines.filter((l) => l.trim()).slice(-25).join('\n');
    return { step, line, error, excerpt };
}
/** Steps the builder reused from cache. */
function cachedSteps(log) {
    const out = [];
    // BuildKit: "#7 [deps 3/4] RUN \u2026" \u2026 "#7 CACHED"
    const names = new Map();
    for (const m of log.matchAll(/^#(\d+) (\[.+)$/gm))
        names.set(m[1], m[2].trim());
    for (const m of log.matchAll(/^#(\d+) CACHED$/gm)) {
        const n = names.get(m[1]);
        if (n)
            out.push(n);
    }
    // Legacy: "Step 3/9 : RUN \u2026" followed by " ---> Using cache"
    const lines = log.split('\n');
    for (let i = 0; i < lines.length; i++) {
        if (/^ ---> Using cache/.test(lines[i])) {
            for (let j = i - 1; j >= 0; j--) {
                const s = /^Step \d+\/\d+ : (.+)$/.exec(lines[j]);
                if (s) {
                    out.push(s[1]);
                    break;
                }
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/build-parity-image/tar.ts
const BLOCK = 512;
class ByteReader {
    source;
    buffered = [];
    length = 0;
    ended = false;
    constructor(source) {
        this.source = source;
    }
    async fill(n) {
        while (this.length < n && !this.ended) {
            const next = await this.source.next();
            if (next.done) {
                this.ended = true;
                break;
            }
            const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
            this.buffered.push(chunk);
            this.length += chunk.length;
        }
    }
    /** Exactly n bytes, or fewer only at end of stream. */
    async read(n) {
        await this.fill(n);
        const all = this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered);
        const take = Math.min(n, all.length);
        const out = all.subarray(0, take);
        const rest = all.subarray(take);
        this.buffered = rest.length ? [rest] : [];
        this.length = rest.length;
        return out;
    }
    /** Read and discard everything left in the source. */
    async drain() {
        this.buffered = [];
        this.length = 0;
        while (!this.ended) {
            const next = await this.source.next();
            if (next.done)
                this.ended = true;
        }
    }
    /** Up to n bytes in chunks as they arrive (for streaming large bodies). */
    async *pieces(n) {
        let left = n;
        while (left > 0) {
            if (this.length === 0)
                await this.fill(1);
            if (this.length === 0)
                throw new Error('tar: unexpected end of archive inside an entry');
            const head = this.buffered.shift();
            const take = Math.min(left, head.length);
            if (take < head.length)
                this.buffered.unshift(head.subarray(take));
            this.length -= take;
            left -= take;
            yield head.subarray(0, take);
        }
    }
}
function cString(buf, start, length) {
    const slice = buf.subarray(start, start + length);
    const nul = slice.indexOf(0);
    return slice.subarray(0, nul === -1 ? slice.length : nul).toString('utf8');
}
function parseNumeric(buf, start, length) {
    const field = buf.subarray(start, start + length);
    if (field[0] & 0x80) {
        // GNU base-256
        let value = 0;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + field[i];
        return value;
    }
    const text = cString(buf, start, length).trim();
    return text ? parseInt(text, 8) : 0;
}
function parsePax(data) {
    const out = {};
    let pos = 0;
    while (pos < data.length) {
        const space = data.indexOf(0x20, pos);
        if (space === -1)
            break;
        const len = parseInt(data.subarray(pos, space).toString('utf8'), 10);
        if (!len)
            break;
        const record = data.subarray(space + 1, pos + len - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            out[record.slice(0, eq)] = record.slice(eq + 1);
        pos += len;
    }
    return out;
}
function padding(size) {
    return (BLOCK - (size % BLOCK)) % BLOCK;
}
function isZero(block) {
    for (const b of block)
        if (b !== 0)
            return false;
    return true;
}
async function* readTar(stream) {
    const source = Symbol.asyncIterator in stream ? stream : (async function* () { yield* stream; })();
    const reader = new ByteReader(source[Symbol.asyncIterator]());
    let globalPax = {};
    for (;;) {
        const rawBlocks = [];
        let pax = {};
        let longName;
        let longLink;
        let header;
        for (;;) {
            header = await reader.read(BLOCK);
            if (header.length < BLOCK || isZero(header)) {
                // Drain what follows the end-of-archive blocks (record padding): a producer such as
                // `docker save` does not exit/close until its stdout has been read to the end.
                await reader.drain();
                return;
            }
            rawBlocks.push(Buffer.from(header));
            const type = String.fromCharCode(header[156] || 0x30);
            if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
                const size = parseNumeric(header, 124, 12);
                const data = Buffer.from(await reader.read(size + padding(size)));
                rawBlocks.push(data);
                const body = data.subarray(0, size);
                if (type === 'x')
                    pax = { ...pax, ...parsePax(body) };
                else if (type === 'g')
                    globalPax = { ...globalPax, ...parsePax(body) };
                else if (type === 'L')
                    longName = cString(body, 0, body.length);
                else
                    longLink = cString(body, 0, body.length);
                continue;
            }
            break;
        }
        const merged = { ...globalPax, ...pax };
        const prefix = header.subarray(257, 262).toString('latin1') === 'ustar' ? cString(header, 345, 155) : '';
        const baseName = cString(header, 0, 100);
        const name = merged.path ?? longName ?? (prefix ? `${prefix}/${baseName}` : baseName);
        const size = merged.size !== undefined ? Number(merged.size) : parseNumeric(header, 124, 12);
        const type = String.fromCharCode(header[156] || 0x30);
        let consumed = false;
        const body = async function* () {
            if (consumed)
                throw new Error(`tar: body of ${name} already consumed`);
            consumed = true;
            yield* reader.pieces(size);
            await reader.read(padding(size));
        };
        const entry = {
            name,
            size,
            type: type === '\0' ? '0' : type,
            mode: parseNumeric(header, 100, 8),
            mtime: merged.mtime !== undefined ? Math.floor(Number(merged.mtime)) : parseNumeric(header, 136, 12),
            linkname: merged.linkpath ?? longLink ?? cString(header, 157, 100),
            raw: Buffer.concat(rawBlocks),
            body,
            readAll: async () => {
                const parts = [];
                for await (const p of body())
                    parts.push(Buffer.from(p));
                return Buffer.concat(parts);
            },
        };
        yield entry;
        if (!consumed) {
            consumed = true;
            for await (const _ of reader.pieces(size))
                void _;
            await reader.read(padding(size));
        }
    }
}
function writeOctal(buf, value, start, length) {
    const text = value.toString(8).padStart(length - 1, '0');
    buf.write(text + '\0', start, length, 'latin1');
}
function ustarHeader(name, size, type, mode, mtime, linkname = '') {
    const h = Buffer.alloc(BLOCK);
    h.write(name, 0, 100, 'utf8');
    if (linkname)
        h.write(linkname, 157, 100, 'utf8');
    writeOctal(h, mode, 100, 8);
    writeOctal(h, 0, 108, 8);
    writeOctal(h, 0, 116, 8);
    writeOctal(h, size, 124, 12);
    writeOctal(h, mtime, 136, 12);
    h.write('        ', 148, 8, 'latin1');
    h.write(type, 156, 1, 'latin1');
    h.write('ustar\0', 257, 6, 'latin1');
    h.write('00', 263, 2, 'latin1');
    let sum = 0;
    for (const b of h)
        sum += b;
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1');
    return h;
}
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    const len = Buffer.byteLength(body);
    let total = len + String(len).length;
    if (String(total).length !== String(len).length)
        total = len + String(total).length;
    return `${total}${body}`;
}
/** Header blocks for a regular file (PAX header when the name does not fit ustar's 100 bytes). */
function fileHeader(name, size, mtime = 0, mode = 0o644) {
    return entryHeader({ name, type: 'file', mode, mtime, size });
}
const tarPadding = padding;
const TYPE_FLAG = { file: '0', symlink: '2', dir: '5' };
/** Header blocks of one entry, owned by 0:0; a PAX header carries a path or link target too long for ustar. */
function entryHeader(e) {
    const size = e.type === 'file' ? (e.size ?? 0) : 0;
    const linkname = e.linkname ?? '';
    const longName = Buffer.byteLength(e.name) > 100;
    const longLink = Buffer.byteLength(linkname) > 100;
    const header = ustarHeader(longName ? e.name.slice(0, 100) : e.name, size, TYPE_FLAG[e.type], e.mode, e.mtime, longLink ? linkname.slice(0, 100) : linkname);
    if (!longName && !longLink)
        return header;
    const pax = Buffer.from((longName ? paxRecord('path', e.name) : '') + (longLink ? paxRecord('linkpath', linkname) : ''));
    return Buffer.concat([ustarHeader('PaxHeader', pax.length, 'x', 0o644, e.mtime), pax, Buffer.alloc(padding(pax.length)), header]);
}
class TarWriter {
    out;
    constructor(out) {
        this.out = out;
    }
    async write(data) {
        if (!data.length)
            return;
        // A reader that went away (docker load failed, the engine closed the socket) must fail the
        // write: a destroyed stream never emits 'drain' again.
        const closed = () => new Error(`the archive's reader closed the stream${this.out.errored ? `: ${this.out.errored.message}` : ''}`);
        if (this.out.destroyed)
            throw closed();
        if (!this.out.write(data)) {
            await new Promise((resolve, reject) => {
                const done = () => {
                    this.out.off('drain', onDrain);
                    this.out.off('error', onError);
                    this.out.off('close', onClose);
                };
                const onDrain = () => {
                    done();
                    resolve();
                };
                const onError = (e) => {
                    done();
                    reject(e);
                };
                const onClose = () => {
                    done();
                    reject(closed());
                };
                this.out.once('drain', onDrain);
                this.out.once('error', onError);
                this.out.once('close', onClose);
                if (this.out.destroyed)
                    onClose();
            });
        }
    }
    async addFile(name, data, mtime = 0) {
        await this.write(fileHeader(name, data.length, mtime));
        await this.write(data);
        await this.write(Buffer.alloc(padding(data.length)));
    }
    /** Copy an entry from a reader unchanged (header blocks byte for byte, body streamed). */
    async passthrough(entry) {
        await this.write(entry.raw);
        for await (const piece of entry.body())
            await this.write(piece);
        await this.write(Buffer.alloc(padding(entry.size)));
    }
    /** Write a previously read entry whose body is already in memory. */
    async passthroughBuffered(entry, body) {
        await this.write(entry.raw);
        await this.write(body);
        await this.write(Buffer.alloc(padding(entry.size)));
    }
    async finish() {
        await this.write(Buffer.alloc(BLOCK * 2));
        await new Promise((resolve, reject) => {
            this.out.once('error', reject);
            this.out.end(() => resolve());
        });
    }
}

;// CONCATENATED MODULE: ./actions/build-parity-image/context.ts
/**
 * Staging the build context for the generated Dockerfile:
 *   CTX/Dockerfile, CTX/deps/requirements.txt, CTX/deps/wheels/*.whl, CTX/src.tar (the project under app/)
 * The project is taken with its .dockerignore applied (Docker's rules: last matching pattern
 * wins, `!` re-includes, `**` spans directories, a matched directory excludes its content).
 * `.git` is always left out: its bytes differ between two checkouts of the same commit.
 */





function cleanPattern(p) {
    let t = p.trim().replace(/\\/g, '/');
    while (t.startsWith('./'))
        t = t.slice(2);
    t = t.replace(/^\/+/, '').replace(/\/+$/, '');
    // path.Clean-ish: collapse // and /./
    t = t.replace(/\/{2,}/g, '/').replace(/\/\.\//g, '/');
    return t;
}
function globToRegex(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                // `**` matches any number of directories (including none)
                i++;
                if (glob[i + 1] === '/') {
                    i++;
                    re += '(?:.*/)?';
                }
                else
                    re += '.*';
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const end = glob.indexOf(']', i + 1);
            if (end === -1)
                re += '\\[';
            else {
                let cls = glob.slice(i + 1, end);
                if (cls.startsWith('^') || cls.startsWith('!'))
                    cls = '^' + cls.slice(1);
                re += `[${cls.replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else if (c === '\\' && i + 1 < glob.length) {
            re += glob[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        }
        else
            re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
function parseDockerignore(text) {
    const rules = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const negate = line.startsWith('!');
        const pattern = cleanPattern(negate ? line.slice(1) : line);
        if (!pattern)
            continue;
        rules.push({ negate, regex: globToRegex(pattern), pattern });
    }
    return rules;
}
/** Is `rel` (slash-separated, relative to the context root) excluded? A parent match counts. */
function isIgnored(rel, rules) {
    const parts = rel.split('/');
    let ignored = false;
    for (const rule of rules) {
        let matched = false;
        for (let i = parts.length; i >= 1 && !matched; i--)
            matched = rule.regex.test(parts.slice(0, i).join('/'));
        if (matched)
            ignored = !rule.negate;
    }
    return ignored;
}
/** Could anything below directory `rel` be re-included by a `!` rule? (then we must descend) */
function mayReinclude(rel, rules) {
    return rules.some((r) => r.negate && (r.pattern.startsWith(rel + '/') || r.pattern.includes('*')));
}
const ALWAYS_EXCLUDED = new Set(['.git']);
const CHUNK = 1 << 20;
/**
 * Append file `src` to the open tar `out` after `header(size)`, hashing what is written. A file read
 * whole (up to 1 MiB, the usual source file) gets its exact size; a bigger one must keep the size
 * lstat gave \u2014 one that changes while it is read is an error, not a corrupt tar.
 */
function copyInto(src, statSize, out, hash, header) {
    if (statSize <= CHUNK) {
        const data = (0,external_node_fs_.readFileSync)(src);
        header(data.length);
        hash.update(data);
        (0,external_node_fs_.writeSync)(out, data);
        return data.length;
    }
    header(statSize);
    const fd = (0,external_node_fs_.openSync)(src, 'r');
    const buf = Buffer.allocUnsafe(CHUNK);
    let done = 0;
    try {
        for (let n; done < statSize && (n = (0,external_node_fs_.readSync)(fd, buf, 0, Math.min(CHUNK, statSize - done), done)) > 0; done += n) {
            hash.update(buf.subarray(0, n));
            (0,external_node_fs_.writeSync)(out, buf, 0, n);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    if (done !== statSize)
        throw new errors/* UserError */.yo(`${src} changed size while it was being packed for the image (${statSize} \u2192 ${done} bytes).`, { title: 'source changed during the build', hint: 'Do not write into working-directory while the image is built.' });
    return done;
}
/**
 * Write the project (`from`, .dockerignore applied) as a tar for `ADD src.tar /`: every entry under
 * `app/` (itself 0755), in sorted order, owned by 0:0, modes kept minus group/other write, every mtime = `epoch`
 * (directories too). The builder's own context transfer keeps file mtimes but stamps directories
 * with the transfer time, and clamping them in the image took a RUN step (~0.35 s of every
 * code-only build); a tar that `ADD` unpacks carries every timestamp itself, on every builder.
 * `extra` entries (the console-script wrappers, scripts.ts) follow the project's; `leaveOut` names
 * paths (relative, slash-separated) never packed: a staged context inside the project.
 */
function writeSourceTar(from, tarPath, epoch, extra = [], leaveOut = new Set()) {
    const ignoreFile = (0,external_node_path_.join)(from, '.dockerignore');
    const rules = (0,external_node_fs_.existsSync)(ignoreFile) ? parseDockerignore((0,external_node_fs_.readFileSync)(ignoreFile, 'utf8')) : [];
    const files = [];
    const fd = (0,external_node_fs_.openSync)(tarPath, 'w');
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const put = (b) => {
        if (!b.length)
            return;
        hash.update(b);
        (0,external_node_fs_.writeSync)(fd, b);
    };
    const mode = (st) => st.mode & 0o7777 & ~0o022;
    try {
        // /app itself as COPY would create it (the checkout's own mode may be 0700: a temp dir, a umask)
        put(entryHeader({ name: 'app/', type: 'dir', mode: 0o755, mtime: epoch }));
        const walk = (rel) => {
            for (const name of (0,external_node_fs_.readdirSync)(rel ? (0,external_node_path_.join)(from, rel) : from).sort()) {
                const childRel = rel ? `${rel}/${name}` : name;
                if ((!rel && ALWAYS_EXCLUDED.has(name)) || leaveOut.has(childRel))
                    continue;
                const src = (0,external_node_path_.join)(from, childRel);
                const st = (0,external_node_fs_.lstatSync)(src);
                const ignored = isIgnored(childRel, rules);
                if (st.isDirectory()) {
                    if (ignored && !mayReinclude(childRel, rules))
                        continue;
                    put(entryHeader({ name: `app/${childRel}/`, type: 'dir', mode: mode(st), mtime: epoch }));
                    walk(childRel);
                    continue;
                }
                if (ignored)
                    continue;
                if (st.isSymbolicLink()) {
                    put(entryHeader({ name: `app/${childRel}`, type: 'symlink', mode: 0o777, mtime: epoch, linkname: (0,external_node_fs_.readlinkSync)(src) }));
                }
                else if (st.isFile()) {
                    // Streamed in chunks: a project may carry large data files. The size is the one read.
                    const size = copyInto(src, st.size, fd, hash, (n) => put(entryHeader({ name: `app/${childRel}`, type: 'file', mode: mode(st), mtime: epoch, size: n })));
                    put(Buffer.alloc(tarPadding(size)));
                }
                else
                    continue; // sockets, fifos, devices: not source
                files.push(childRel);
            }
        };
        try {
            walk('');
        }
        catch (e) {
            const err = e;
            if (err.code !== 'EACCES' && err.code !== 'EPERM')
                throw e;
            throw new errors/* UserError */.yo(`Cannot read ${err.path ?? from} to pack the project into the image: permission denied.`, {
                title: 'source not readable',
                hint: 'Make working-directory readable by the runner user, or list what the image does not need in .dockerignore.',
            });
        }
        for (const e of extra) {
            put(entryHeader({ ...e, size: e.data?.length ?? 0 }));
            if (e.data) {
                put(e.data);
                put(Buffer.alloc(tarPadding(e.data.length)));
            }
        }
        put(Buffer.alloc(1024)); // end of archive: two zero blocks
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return { files, sha256: hash.digest('hex') };
}

// EXTERNAL MODULE: ./actions/shared/lockfile/pep508.ts
var pep508 = __nccwpck_require__(5688);
// EXTERNAL MODULE: ./actions/shared/lockfile/pep440.ts
var pep440 = __nccwpck_require__(5459);
;// CONCATENATED MODULE: ./actions/build-parity-image/locked.ts
/**
 * From a parsed lock (LockedPackage[], any manager) to the exact set of distributions one image
 * must contain, and the hashed requirements file that installs it:
 *
 *   name==version --hash=sha256:\u2026 (one line per package, sorted)
 *
 * for the image's interpreter and platform (markers evaluated against the environment probed
 * from the base image), production groups only. Installed with
 * `pip install --require-hashes --no-deps --no-index` so the set is exactly the lock's.
 */





/** Groups that never go into a production image (unless the `groups` input names them). */
const DEV_GROUPS = new Set(['dev', 'develop', 'development', 'dev-packages', 'test', 'tests', 'testing', 'lint', 'linting', 'docs', 'doc', 'typing', 'type', 'ci']);
function normaliseHash(h) {
    const t = h.trim();
    if (/^[a-z0-9]+[:=][0-9a-f]+$/i.test(t))
        return t.replace('=', ':').replace(/^([a-z0-9]+):/i, (_, a) => `${a.toLowerCase()}:`);
    if (/^[0-9a-f]{64}$/i.test(t))
        return `sha256:${t.toLowerCase()}`;
    return t;
}
function inGroups(pkg, wanted, manager) {
    const groups = pkg.groups ?? [];
    if (!groups.length)
        return true;
    if (wanted.length)
        return groups.some((g) => wanted.includes(g) || g === 'main' || g === 'default');
    // pdm.lock lists optional-dependency groups (extras) and dev groups alike: `pdm install --prod` installs "default" only.
    if (manager === 'pdm')
        return groups.includes('default');
    return groups.some((g) => !DEV_GROUPS.has(g.toLowerCase()));
}
function deriveLockedSet(locked, env, options = {}) {
    const excluded = [];
    const chosen = new Map();
    const unsupported = [];
    const unhashed = [];
    const local = new Map();
    for (const pkg of locked) {
        const localPath = pkg.path !== undefined && options.lockDir ? (0,external_node_path_.resolve)(options.lockDir, pkg.path.replace(/^~(?=\/|$)/, (0,external_node_os_.homedir)())) : undefined;
        const isRoot = localPath !== undefined && (localPath === options.lockDir || localPath === options.projectDir);
        if (isRoot || (pkg.source === 'project' && localPath === undefined)) {
            excluded.push({ name: pkg.name, version: pkg.version, reason: 'the project itself (its source is copied, not installed)' });
            continue;
        }
        if (!inGroups(pkg, options.groups ?? [], options.manager)) {
            excluded.push({ name: pkg.name, version: pkg.version, reason: `dependency group ${pkg.groups.join(', ')} (not a production group)` });
            continue;
        }
        if (options.production && pkg.name && !options.production.has(pkg.name)) {
            excluded.push({ name: pkg.name, version: pkg.version, reason: 'only required through dependency markers that are false for this image' });
            continue;
        }
        if (pkg.marker) {
            let applies;
            try {
                applies = (0,pep508/* evaluateMarker */.UZ)(pkg.marker, env, options.markerContext);
            }
            catch {
                applies = true; // a marker we cannot parse: keep the package, pip will evaluate it
            }
            if (!applies) {
                excluded.push({ name: pkg.name, version: pkg.version, reason: `marker \`${pkg.marker}\` is false for this image` });
                continue;
            }
        }
        if (pkg.source === 'path' || pkg.source === 'project') {
            if (localPath === undefined) {
                excluded.push({ name: pkg.name, version: pkg.version, reason: 'local path dependency whose path the lock does not record' });
            }
            else if (!local.has(localPath)) {
                local.set(localPath, { name: pkg.name, version: pkg.version, path: localPath });
            }
            continue;
        }
        if (pkg.source === 'git' || pkg.source === 'url') {
            unsupported.push(`${pkg.name} (${pkg.source})`);
            continue;
        }
        const hashes = (pkg.hashes ?? []).map(normaliseHash).filter(Boolean);
        if (!hashes.length)
            unhashed.push(`${pkg.name}==${pkg.version}`);
        const existing = chosen.get(pkg.name);
        if (existing) {
            if ((0,pep440/* normalizeVersion */.Qj)(existing.version) !== (0,pep440/* normalizeVersion */.Qj)(pkg.version)) {
                throw new errors/* UserError */.yo(`The lock pins ${pkg.name} to both ${existing.version} and ${pkg.version} for this image's environment (python ${env.python_full_version}, ${env.sys_platform}/${env.platform_machine}).`, {
                    title: 'ambiguous lock',
                    hint: 'Re-lock so only one version applies to the image platform, or pick a base image matching the lock\'s markers.',
                });
            }
            for (const h of hashes)
                existing.hashes.add(h);
            continue;
        }
        chosen.set(pkg.name, { name: pkg.name, version: pkg.version, hashes: new Set(hashes), source: pkg.source });
    }
    if (unsupported.length) {
        throw new errors/* UserError */.yo(`These locked packages come from VCS or direct URLs and cannot be installed with hash checking from a wheelhouse: ${unsupported.join(', ')}.`, {
            title: 'unsupported lock source',
            hint: 'Publish them to an index (or build wheels) and lock them by version with hashes.',
        });
    }
    if (unhashed.length) {
        throw new errors/* UserError */.yo(`The lock has no hashes for ${unhashed.length} package(s): ${unhashed.slice(0, 10).join(', ')}${unhashed.length > 10 ? ', \u2026' : ''}. The image installs with --require-hashes.`, {
            title: 'lock without hashes',
            hint: 'Re-lock with hashes (pip-compile --generate-hashes; uv, poetry, pdm and pipenv record them by default).',
        });
    }
    const packages = [...chosen.values()]
        .sort(byName)
        .map((p) => ({ name: p.name, version: p.version, hashes: [...p.hashes].sort() }));
    return { packages, excluded, requirements: requirementsText(packages, options.manager), local: [...local.values()] };
}
/** The set with the local packages' built wheels installed like the rest (by hash). */
function withLocalWheels(derived, built, manager) {
    const packages = [...derived.packages, ...built.map((b) => ({ name: b.name, version: b.version, hashes: b.hashes }))].sort(byName);
    return { ...derived, packages, requirements: requirementsText(packages, manager), local: [] };
}
/** Your own Dockerfile installs local packages its way: parity expects them at the lock's version. */
function withLockedLocals(derived) {
    const named = derived.local.filter((l) => l.name && l.version);
    const excluded = [...derived.excluded, ...derived.local.filter((l) => !(l.name && l.version)).map((l) => ({ name: l.name || l.path, version: l.version, reason: 'local path dependency the lock does not name or version (not compared)' }))];
    const packages = [...derived.packages, ...named.map((l) => ({ name: l.name, version: l.version, hashes: [] }))].sort(byName);
    return { ...derived, packages, excluded, local: [] };
}
function byName(a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function requirementsText(packages, manager) {
    const lines = [`# Generated by blackbelt build-parity-image from the ${manager ?? ''} lock; installed with --require-hashes --no-deps.`.replace('  ', ' ')];
    for (const p of packages) {
        lines.push(`${p.name}==${p.version} \\`);
        p.hashes.forEach((h, i) => lines.push(`    --hash=${h}${i < p.hashes.length - 1 ? ' \\' : ''}`));
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./actions/build-parity-image/environment.ts
/**
 * The image's Python environment, probed once from the base image (`docker run --rm --pull=never
 * --network none --entrypoint python3 BASE -c \u2026`): marker variables, the wheel platform tags its
 * pip accepts (used for `pip download --platform` on the host), and whether pip is there.
 */




const PROBE_ENVIRONMENT = String.raw `
import json, os, platform, sys, sysconfig
impl = sys.implementation
v = impl.version
iv = "%d.%d.%d" % (v.major, v.minor, v.micro)
if v.releaselevel != "final":
    iv += v.releaselevel[0] + str(v.serial)
env = {
    "python_version": "%d.%d" % sys.version_info[:2],
    "python_full_version": platform.python_version(),
    "os_name": os.name, "sys_platform": sys.platform,
    "platform_release": platform.release(), "platform_system": platform.system(),
    "platform_version": platform.version(), "platform_machine": platform.machine(),
    "platform_python_implementation": platform.python_implementation(),
    "implementation_name": impl.name, "implementation_version": iv,
}
platforms, abis, pip_version = [], [], None
try:
    import pip
    pip_version = pip.__version__
    from pip._vendor.packaging import tags
    for t in tags.sys_tags():
        if t.platform not in platforms and t.platform != "any":
            platforms.append(t.platform)
        if t.abi not in abis:
            abis.append(t.abi)
except Exception:
    platforms = [sysconfig.get_platform().replace("-", "_").replace(".", "_")]
print(json.dumps({"env": env, "platforms": platforms, "abis": abis, "pip": pip_version, "executable": sys.executable}))
`.trim();
async function probeEnvironment(client, image, platform) {
    const argv = ['run', '--rm', '--pull=never', '--network', 'none', '--entrypoint', 'python3'];
    if (platform)
        argv.push('--platform', platform);
    argv.push(image, '-c', PROBE_ENVIRONMENT);
    const r = await client.run(argv, { timeoutMs: 120_000 });
    if (r.code !== 0) {
        throw new errors/* UserError */.yo(`Could not run python3 in the base image ${image}: ${lastLines(r.stderr, 3)}`, {
            title: 'base image has no usable python3',
            hint: 'The generated Dockerfile needs a base image with python3 (and pip, for the install step), e.g. python:3.12-slim.',
        });
    }
    const parsed = JSON.parse(r.stdout.trim().split('\n').pop());
    return parsed;
}
/**
 * The probe result is a pure function of the image's content, so it is cached under its image ID:
 * later runs on the same base skip the `docker run` (\u22480.4 s).
 */
async function probeEnvironmentCached(client, image, imageId, cacheRoot, platform) {
    const file = (0,external_node_path_.join)(cacheRoot, 'probes', `${imageId.replace(/^sha256:/, '')}${platform ? `-${platform.replace(/\//g, '_')}` : ''}.json`);
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        // not cached yet (or unreadable): probe
    }
    const py = await probeEnvironment(client, image, platform);
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(cacheRoot, 'probes'), { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, JSON.stringify(py));
    }
    catch {
        // a cache we cannot write is only slower
    }
    return py;
}
/** Short platform label for cache keys and the summary (the most specific tag). */
function platformKey(py) {
    return py.platforms[0] ?? `${py.env.sys_platform}_${py.env.platform_machine}`;
}
/** `pip --python` needs pip \u2265 22.3. */
function pipSupportsPythonFlag(version) {
    if (!version)
        return false;
    const [maj = 0, min = 0] = version.split('.').map((n) => Number.parseInt(n, 10));
    return maj > 22 || (maj === 22 && min >= 3);
}

;// CONCATENATED MODULE: ./actions/build-parity-image/wheelhouse.ts
/**
 * The wheelhouse: every locked wheel, fetched on the host (outside the build) for the image's
 * interpreter and platform, hash-checked by pip, cached on the lock hash.
 *
 *   pip download --no-deps --require-hashes --only-binary=:all: --python-version X.Y
 *                --implementation cp --abi \u2026 --platform \u2026 -d DIR -r requirements.txt
 *
 * Why always (not only when the build has no network): the build then needs no network at all
 * (it runs with --network none), the dependency layer's inputs are exactly the hashed wheels (clean
 * cache keys), and a CI cache of the wheelhouse is cheap. When the host has no pip, the caller
 * falls back to installing from the index inside the build.
 *
 * Cache key: blackbelt-wheels-py<X.Y>-<platform>-<lockhash>; on a miss, the newest wheelhouse with the
 * same interpreter/platform prefix seeds it (restore key / local sibling), so a lock change downloads
 * only the wheels that changed, and the wheelhouse is then trimmed to this lock's. With ACTIONS_CACHE_URL or
 * ACTIONS_RESULTS_URL set, @actions/cache stores it; otherwise a local directory
 * (BLACKBELT_CACHE_DIR, else $XDG_CACHE_HOME/blackbelt, else ~/.cache/blackbelt).
 */









const FIXED_MTIME = 315532800; // 1980-01-01, the zip epoch: deps inputs never depend on the commit
// Finding pip's module is ~4\u00d7 faster than `python -m pip --version` (which imports pip's CLI).
const FIND_PIP = "import importlib.util as u\ns = u.find_spec('pip')\nprint(s.origin if s and s.origin else '')";
async function findHostPip() {
    for (const python of ['python3', 'python']) {
        const r = await run(python, ['-c', FIND_PIP], { timeoutMs: 60_000 });
        const origin = r.code === 0 ? r.stdout.trim() : '';
        if (!origin)
            continue;
        let version = '?';
        try {
            version = /__version__\s*=\s*["']([^"']+)/.exec((0,external_node_fs_.readFileSync)(origin, 'utf8'))?.[1] ?? '?';
        }
        catch {
            // version is informational only
        }
        return { command: python, args: ['-m', 'pip'], version };
    }
    const r = await run('pip3', ['--version'], { timeoutMs: 60_000 });
    if (r.code === 0)
        return { command: 'pip3', args: [], version: /pip (\S+)/.exec(r.stdout)?.[1] ?? '?' };
    return undefined;
}
/** Wheelhouses of one interpreter + platform share this prefix: a new lock starts from the last one. */
function wheelCachePrefix(py) {
    return `blackbelt-wheels-py${py.env.python_version}-${platformKey(py)}-`;
}
function wheelCacheKey(lockHash, py) {
    return `${wheelCachePrefix(py)}${lockHash}`;
}
/** The most recently written local wheelhouse with `prefix` other than `key`, if any. */
function newestSibling(root, prefix, key) {
    if (!(0,external_node_fs_.existsSync)(root))
        return undefined;
    const candidates = (0,external_node_fs_.readdirSync)(root)
        .filter((d) => d.startsWith(prefix) && d !== key)
        .map((d) => ({ d, t: (0,external_node_fs_.statSync)((0,external_node_path_.join)(root, d)).mtimeMs }))
        .sort((a, b) => b.t - a.t);
    return candidates[0]?.d;
}
function localCacheRoot() {
    return process.env.BLACKBELT_CACHE_DIR || (0,external_node_path_.join)(process.env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'blackbelt');
}
function useActionsCache() {
    return Boolean(process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL);
}
function pipDownloadArgs(py, dest, requirementsFile) {
    const impl = py.env.implementation_name === 'pypy' ? 'pp' : py.env.implementation_name === 'cpython' ? 'cp' : 'py';
    const argv = ['download', '--disable-pip-version-check', '--no-input', '--no-deps', '--require-hashes', '--only-binary=:all:', '--python-version', py.env.python_version, '--implementation', impl];
    for (const abi of py.abis)
        argv.push('--abi', abi);
    for (const p of py.platforms)
        argv.push('--platform', p);
    argv.push('-d', dest, '-r', requirementsFile);
    return argv;
}
/**
 * sha256 of every wheel in `dir`, remembered in `dir/.sha256.json` by size and mtime so a warm
 * cache is not re-read (a few hundred MB of wheels take ~1 s to hash).
 */
function wheelHashes(dir) {
    const memoFile = (0,external_node_path_.join)(dir, '.sha256.json');
    let memo = {};
    try {
        memo = JSON.parse((0,external_node_fs_.readFileSync)(memoFile, 'utf8'));
    }
    catch {
        // no memo yet, or unreadable: hash everything
    }
    const out = new Map();
    const next = {};
    let changed = false;
    for (const f of (0,external_node_fs_.readdirSync)(dir).sort()) {
        if (!f.endsWith('.whl'))
            continue;
        const st = (0,external_node_fs_.statSync)((0,external_node_path_.join)(dir, f));
        const known = memo[f];
        const sha256 = known && known.size === st.size && known.mtimeMs === st.mtimeMs ? known.sha256 : (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, f))).digest('hex');
        if (sha256 !== known?.sha256)
            changed = true;
        next[f] = { size: st.size, mtimeMs: st.mtimeMs, sha256 };
        out.set(f, sha256);
    }
    if (changed || Object.keys(memo).length !== Object.keys(next).length) {
        try {
            (0,external_node_fs_.writeFileSync)(memoFile, JSON.stringify(next));
        }
        catch {
            // read-only cache: fine, just slower next time
        }
    }
    return out;
}
/** Wheels get the fixed mtime in the cache itself, so links into the build context carry it. */
function fixMtimes(dir) {
    for (const f of (0,external_node_fs_.readdirSync)(dir)) {
        if (!f.endsWith('.whl'))
            continue;
        const path = (0,external_node_path_.join)(dir, f);
        if ((0,external_node_fs_.statSync)(path).mtimeMs !== FIXED_MTIME * 1000)
            (0,external_node_fs_.utimesSync)(path, FIXED_MTIME, FIXED_MTIME);
    }
    return dir;
}
/**
 * Is there a local wheelhouse that can serve this lock without pip? `lockHash` alone (before the base
 * is probed): any interpreter's; with `py` and `packages`: this key's, covering every package.
 */
function localWheelhouseReady(lockHash, py, packages) {
    if (useActionsCache())
        return false; // on GitHub the wheelhouse comes from @actions/cache, restored later
    const root = (0,external_node_path_.join)(localCacheRoot(), 'wheels');
    try {
        if (!py)
            return (0,external_node_fs_.readdirSync)(root).some((d) => d.endsWith(lockHash));
        const dir = (0,external_node_path_.join)(root, wheelCacheKey(lockHash, py));
        const present = new Set([...wheelHashes(dir).values()].map((h) => `sha256:${h}`));
        return present.size > 0 && coversAll(packages ?? [], present);
    }
    catch {
        return false; // no cache directory yet
    }
}
/** Every package has at least one of its locked hashes among the wheels. */
function coversAll(packages, present) {
    return packages.every((p) => p.hashes.some((h) => present.has(h)));
}
/** Hard link (same inode: no copy, and the cache's fixed mtime comes along), else copy. */
function linkOrCopy(src, dst) {
    try {
        (0,external_node_fs_.linkSync)(src, dst);
    }
    catch {
        (0,external_node_fs_.copyFileSync)(src, dst);
        (0,external_node_fs_.utimesSync)(dst, FIXED_MTIME, FIXED_MTIME);
    }
}
/**
 * Fetch (or restore) the wheelhouse for `requirementsFile`, then copy the wheels whose sha256 the
 * requirements list into `target` with a fixed mtime.
 */
async function prepareWheelhouse(options) {
    const started = Date.now();
    const key = wheelCacheKey(options.lockHash, options.py);
    const prefix = wheelCachePrefix(options.py);
    const actions = options.cache && useActionsCache();
    const localRoot = (0,external_node_path_.join)(localCacheRoot(), 'wheels');
    // @actions/cache versions an entry by its path list: the path must be the same in every job (no
    // mkdtemp, no key in it), or nothing saved could ever be restored.
    const dir = !options.cache ? (0,external_node_path_.join)(options.scratch, 'wheelhouse', key) : actions ? (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'blackbelt-wheelhouse') : (0,external_node_path_.join)(localRoot, key);
    if (actions)
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }); // nothing left from an earlier step
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    let cache = options.cache ? 'miss' : 'disabled';
    let seededFrom;
    let downloaded = 0;
    if (actions) {
        try {
            const cacheModule = await __nccwpck_require__.e(/* import() */ 305).then(__nccwpck_require__.bind(__nccwpck_require__, 4305));
            const matched = await cacheModule.restoreCache([dir], key, [prefix]);
            if (matched === key)
                cache = 'hit-actions';
            else if (matched)
                seededFrom = matched;
        }
        catch (e) {
            warning(`Wheel cache restore failed (continuing without it): ${e.message}`);
        }
    }
    else if (options.cache && !(0,external_node_fs_.readdirSync)(dir).some((f) => f.endsWith('.whl'))) {
        // A lock change usually moves a few packages: start from the last wheelhouse for this
        // interpreter and platform (hard links), so pip fetches only what is new.
        const sibling = newestSibling(localRoot, prefix, key);
        if (sibling) {
            for (const f of (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(localRoot, sibling)))
                if (f.endsWith('.whl'))
                    linkOrCopy((0,external_node_path_.join)(localRoot, sibling, f), (0,external_node_path_.join)(dir, f));
            seededFrom = sibling;
        }
    }
    const wanted = new Set(options.packages.flatMap((p) => p.hashes));
    let wheels = wheelHashes(fixMtimes(dir)); // file name \u2192 sha256
    const present = new Set([...wheels.values()].map((h) => `sha256:${h}`));
    const missing = options.packages.filter((p) => !p.hashes.some((h) => present.has(h)));
    // Every locked package already has a hash-matching wheel here: no pip run at all. (The key pins
    // the interpreter and platform, so these are the wheels pip picked for this image.)
    if (options.cache && !missing.length && !seededFrom) {
        if (cache === 'miss')
            cache = 'hit-local';
    }
    else {
        if (seededFrom)
            cache = 'seeded';
        else if (cache !== 'disabled')
            cache = 'miss';
        // Ask pip only for what is missing: it would otherwise query the index for every locked
        // package (~0.1 s each) even when the wheel is already here.
        const requirements = missing.length === options.packages.length ? options.requirementsFile : (0,external_node_path_.join)(options.scratch, 'requirements-missing.txt');
        if (requirements !== options.requirementsFile)
            (0,external_node_fs_.writeFileSync)(requirements, requirementsText(missing));
        const pip = missing.length ? await options.pip() : undefined;
        if (missing.length && !pip) {
            throw new errors/* UserError */.yo(`${missing.length} locked wheel(s) are not in the wheel cache (${missing.map((p) => p.name).join(', ')}) and there is no pip on the runner to download them.`, {
                title: 'wheelhouse incomplete',
                hint: 'Install Python with pip on the runner (actions/setup-python), or set cache: false to fetch the wheels inside the build.',
            });
        }
        const r = pip ? await run(pip.command, [...pip.args, ...pipDownloadArgs(options.py, dir, requirements)], { timeoutMs: 30 * 60_000 }) : { code: 0, stdout: '', stderr: '' };
        if (r.code !== 0) {
            const text = `${r.stdout}\n${r.stderr}`;
            const tail = text.trim().split('\n').filter((l) => /ERROR|error|No matching|hash/i.test(l)).slice(-6).join('\n') || text.trim().split('\n').slice(-6).join('\n');
            throw new errors/* UserError */.yo(`Downloading the locked wheels for python ${options.py.env.python_version} / ${platformKey(options.py)} failed:\n${tail}`, {
                title: 'wheelhouse download failed',
                hint: /No matching distribution|from versions: none/i.test(text)
                    ? 'A locked package has no wheel for the image\'s Python/platform (sdist-only packages are not built in the image). Use a base image matching the lock, or publish a wheel.'
                    : /DO NOT MATCH THE HASHES/i.test(text)
                        ? 'A downloaded file does not match the lock\'s hash: the index served a different artifact. Re-lock, or check the index configuration.'
                        : 'Check that the host can reach the package index (pip config / PIP_INDEX_URL).',
            });
        }
        const before = wheels;
        wheels = wheelHashes(fixMtimes(dir));
        downloaded = [...wheels.keys()].filter((f) => !before.has(f)).length;
        // Keep exactly this lock's wheels: what a seed brought and the lock no longer wants goes.
        for (const [f, sha256] of wheels) {
            if (wanted.has(`sha256:${sha256}`))
                continue;
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(dir, f));
            wheels.delete(f);
        }
        if (actions) {
            try {
                const cacheModule = await __nccwpck_require__.e(/* import() */ 305).then(__nccwpck_require__.bind(__nccwpck_require__, 4305));
                await cacheModule.saveCache([dir], key);
            }
            catch (e) {
                warning(`Wheel cache save failed (continuing): ${e.message}`);
            }
        }
    }
    (0,external_node_fs_.mkdirSync)(options.target, { recursive: true });
    const files = [];
    for (const [f, sha256] of wheels) {
        if (!wanted.has(`sha256:${sha256}`))
            continue;
        linkOrCopy((0,external_node_path_.join)(dir, f), (0,external_node_path_.join)(options.target, f));
        files.push(f);
    }
    return { dir, key, cache, ...(seededFrom ? { seededFrom } : {}), downloaded, files, ms: Date.now() - started };
}

;// CONCATENATED MODULE: ./actions/build-parity-image/dockerfile.ts

const MANAGER_NOTES = {
    uv: 'uv.lock: [[package]] entries (registry sources, wheel/sdist hashes), resolution markers evaluated for this image; the project itself (virtual/editable) is not installed.',
    poetry: 'poetry.lock: [[package]] entries with files[].hash, main group only (dev groups excluded), markers evaluated for this image.',
    'pip-tools': 'requirements.txt compiled by pip-compile --generate-hashes: pins and --hash lines taken as-is, markers evaluated for this image.',
    pdm: 'pdm.lock: [[package]] entries with files[].hash, default group only, markers evaluated for this image.',
    pipenv: 'Pipfile.lock: the "default" section (not "develop"), hashes and markers evaluated for this image.',
    pylock: 'pylock.toml (PEP 751): [[packages]] with wheels[].hashes, markers evaluated for this image.',
};
function q(value) {
    return JSON.stringify(value);
}
function generateDockerfile(o) {
    const install = o.wheelhouse
        ? '--no-index --find-links /tmp/blackbelt/wheels'
        : '';
    const user = o.user ?? '65534:65534';
    const lines = [
        '# Generated by blackbelt build-parity-image. Print it with `blackbelt build-parity-image --print-dockerfile`.',
        `# Lock: ${o.lockfile} (${o.manager})`,
        `# Requirements derived from the lock: ${MANAGER_NOTES[o.manager]}`,
        '# deps/requirements.txt = name==version --hash=sha256:... for exactly the locked set of this image\'s',
        '# Python and platform; installed with --require-hashes --no-deps, so pip neither resolves nor adds anything.',
        `# The action stages the build context: deps/requirements.txt${o.wheelhouse ? ', deps/wheels/*.whl (the wheelhouse)' : ''} and src.tar`,
        '# (the project under app/, console-script wrappers under opt/venv/bin/; sorted, owned by root, mtimes = the commit time).',
        `ARG BASE_IMAGE=${o.baseImage}`,
        '# Newer BuildKit stamps the image config with it; the source tar already carries it as mtimes.',
        'ARG SOURCE_DATE_EPOCH=0',
        '',
        '# ---- dependencies: built from the lockfile alone (copied before the source), reused on code-only changes',
        'FROM ${BASE_IMAGE} AS deps',
        'ENV PYTHONDONTWRITEBYTECODE=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1',
        'COPY deps/requirements.txt /tmp/blackbelt/requirements.txt',
    ];
    if (o.wheelhouse)
        lines.push('COPY deps/wheels/ /tmp/blackbelt/wheels/');
    lines.push('RUN python3 -m venv --without-pip /opt/venv \\', ` && python3 -m pip --python /opt/venv/bin/python install ${install ? install + ' ' : ''}--require-hashes --no-deps --no-compile \\`, '      -r /tmp/blackbelt/requirements.txt \\', ' && find /opt/venv -name __pycache__ -prune -exec rm -rf {} + \\', ' && mkdir -p /out/opt && cp -a /opt/venv /out/opt/venv \\', ' && chmod -R go-w /out \\', ` && find /out -exec touch -h -d @${FIXED_MTIME} {} +`, '', '# ---- runtime: the base image + the environment + the source; no compilers, no pip in the venv', 'FROM ${BASE_IMAGE}', `ENV VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1${o.srcLayout ? ' PYTHONPATH=/app/src' : ''}`, 'COPY --from=deps /out/ /', '# the project (working-directory, .dockerignore applied) under app/ and its console scripts in /opt/venv/bin,', '# owned by root, every mtime = the commit time', 'ADD src.tar /', 'WORKDIR /app', `USER ${user}`);
    if (o.command.length)
        lines.push(`CMD [${o.command.map(q).join(', ')}]`);
    return lines.join('\n') + '\n';
}
/** `command` input: a JSON array, or words split on whitespace (no shell). */
function parseCommand(text) {
    const t = text.trim();
    if (!t)
        return [];
    if (t.startsWith('[')) {
        const parsed = JSON.parse(t);
        if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string'))
            return parsed;
    }
    return t.split(/\s+/);
}

// EXTERNAL MODULE: ./actions/shared/lockfile/names.ts
var names = __nccwpck_require__(1882);
;// CONCATENATED MODULE: ./actions/build-parity-image/localwheels.ts
/**
 * Local path dependencies \u2014 uv/PDM workspace members, Poetry `path = "../lib"`, Pipfile `{path = "./lib"}`,
 * `-e ./lib` in a requirements file \u2014 carry no hash in any lock and cannot be downloaded. Left out, the
 * image misses code the application imports. They are built into wheels on the runner (`pip wheel
 * --no-deps`, SOURCE_DATE_EPOCH = the commit time, so the same source gives the same archive) and then
 * installed like every locked package: from the wheelhouse, by hash, and compared by parity.
 */








/** `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl` \u2192 its parts (PEP 427). */
function parseWheelName(file) {
    const m = /^([^-]+)-([^-]+)(?:-\d[^-]*)?-([^-]+-[^-]+-[^-]+)\.whl$/.exec((0,external_node_path_.basename)(file));
    return m ? { name: (0,names/* normalizeName */.Pc)(m[1]), version: m[2], tags: m[3] } : undefined;
}
async function buildLocalWheels(pip, locals, target, epoch, scratch) {
    (0,external_node_fs_.mkdirSync)(target, { recursive: true });
    const built = [];
    for (const local of locals) {
        const what = local.name ? `${local.name} (${local.path})` : local.path;
        if (!(0,external_node_fs_.existsSync)(local.path)) {
            throw new errors/* UserError */.yo(`The lock installs the local package ${what}, but that path does not exist.`, { title: 'local dependency missing', hint: 'Check the path in the manifest (relative to the lockfile) and that the checkout contains it.' });
        }
        let wheel;
        if ((0,external_node_fs_.statSync)(local.path).isFile() && local.path.endsWith('.whl')) {
            wheel = local.path;
        }
        else {
            const out = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(scratch, 'local-wheel-'));
            const r = await run(pip.command, [...pip.args, 'wheel', '--no-deps', '--disable-pip-version-check', '--wheel-dir', out, local.path], {
                env: { ...process.env, SOURCE_DATE_EPOCH: String(epoch), PIP_NO_INPUT: '1' },
                timeoutMs: 15 * 60_000,
            });
            const wheels = (0,external_node_fs_.readdirSync)(out).filter((f) => f.endsWith('.whl'));
            if (r.code !== 0 || wheels.length !== 1) {
                throw new errors/* UserError */.yo(`Could not build a wheel of the local package ${what} with \`pip wheel --no-deps\`: ${(r.stderr || r.stdout).trim().split('\n').slice(-4).join(' | ') || `${wheels.length} wheels`}`, {
                    title: 'local dependency does not build',
                    hint: 'It needs a [build-system] in its pyproject.toml (and network on the runner for the build backend).',
                });
            }
            wheel = (0,external_node_path_.join)(out, wheels[0]);
        }
        const parsed = parseWheelName(wheel);
        if (!parsed)
            throw new errors/* UserError */.yo(`${(0,external_node_path_.basename)(wheel)} (built from ${what}) is not a valid wheel file name.`, { title: 'local dependency does not build' });
        if (!parsed.tags.endsWith('-none-any')) {
            throw new errors/* UserError */.yo(`The local package ${what} builds a platform wheel (${parsed.tags}) on the runner, which need not fit the image's Python and platform.`, {
                title: 'local dependency is not pure Python',
                hint: 'Publish it to an index with wheels for the image platform and lock it by version, or use your own Dockerfile.',
            });
        }
        if (local.name && parsed.name !== local.name) {
            throw new errors/* UserError */.yo(`The lock names the local package at ${local.path} ${local.name}, but it builds ${parsed.name}.`, { title: 'local dependency drift', hint: 'Re-lock the project.' });
        }
        if (local.version && (0,pep440/* normalizeVersion */.Qj)(parsed.version) !== (0,pep440/* normalizeVersion */.Qj)(local.version)) {
            throw new errors/* UserError */.yo(`The lock pins the local package ${local.name || parsed.name} at ${local.version}, but its source (${local.path}) now builds ${parsed.version}.`, {
                title: 'local dependency drift',
                hint: 'Re-lock the project so the lock records the version its source has.',
            });
        }
        const file = (0,external_node_path_.basename)(wheel);
        const dest = (0,external_node_path_.join)(target, file);
        (0,external_node_fs_.copyFileSync)(wheel, dest);
        (0,external_node_fs_.utimesSync)(dest, FIXED_MTIME, FIXED_MTIME);
        const hash = (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(dest)).digest('hex');
        built.push({ name: parsed.name, version: parsed.version, hashes: [`sha256:${hash}`], file, path: local.path });
    }
    return built;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __nccwpck_require__(3292);
// EXTERNAL MODULE: ./actions/shared/lockfile/toml.ts + 1 modules
var toml = __nccwpck_require__(4642);
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
                message: `A URL in ${(0,toml/* relPath */.nA)(workspace, manifest)} carries credentials (${cred.kind}): ${cred.masked}. Anyone who can read the repository can use them.`,
                found: cred.masked,
                expected: 'a URL without credentials; pass them through the tool\'s environment variables or keyring',
                manifest: { file: (0,toml/* relPath */.nA)(workspace, manifest), line: i + 1 },
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
    let fd;
    try {
        // The header is at the top: read 2 KiB, not a file that may be megabytes.
        fd = (0,external_node_fs_.openSync)(path, 'r');
        const head = Buffer.alloc(2048);
        const read = (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0);
        return REQUIREMENTS_HEADER.test(head.toString('utf8', 0, read));
    }
    catch {
        return false;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
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
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, name)))
            found.push({ manager: manager, lockfile: (0,external_node_path_.join)(dir, name) });
    }
    const entries = sortedEntries(dir);
    for (const name of entries) {
        if (name === 'pylock.toml' || /^pylock\.[^.]+\.toml$/.test(name))
            found.push({ manager: 'pylock', lockfile: (0,external_node_path_.join)(dir, name) });
    }
    found.push(...compiledRequirements(dir, entries));
    if (entries.includes('requirements')) {
        const sub = (0,external_node_path_.join)(dir, 'requirements');
        found.push(...compiledRequirements(sub, sortedEntries(sub)));
    }
    return found;
}
function sortedEntries(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir).sort();
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
        const path = (0,external_node_path_.join)(dir, name);
        if (names.has(name.replace(/\.txt$/, '.in')) || isGeneratedRequirements(path))
            found.push({ manager: 'pip-tools', lockfile: path });
    }
    return found;
}
/** When no lockfile exists: which manifest is there, and which command would create the lock. */
function manifestWithoutLock(dir) {
    const pyproject = join(dir, 'pyproject.toml');
    if (existsSync(pyproject)) {
        const text = readFileSync(pyproject, 'utf8');
        if (/^\[tool\.poetry(\.|\])/m.test(text) && !/^\[tool\.(uv|pdm)/m.test(text))
            return { manager: 'poetry', manifest: pyproject, fix: 'poetry lock' };
        if (/^\[tool\.pdm/m.test(text))
            return { manager: 'pdm', manifest: pyproject, fix: 'pdm lock' };
        return { manager: 'uv', manifest: pyproject, fix: 'uv lock' };
    }
    if (existsSync(join(dir, 'Pipfile')))
        return { manager: 'pipenv', manifest: join(dir, 'Pipfile'), fix: 'pipenv lock' };
    if (existsSync(join(dir, 'requirements.in'))) {
        return { manager: 'pip-tools', manifest: join(dir, 'requirements.in'), fix: 'pip-compile --generate-hashes requirements.in' };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/shared/lockfile/index.ts



/**
 * Each checker is imported when a lockfile of its format is found: a bundle chunk per format, so a
 * run compiles only the code for the formats it checks (most of the bundle is the six checkers, and
 * compiling it is a good part of a cold start).
 */
const CHECKERS = {
    poetry: async () => (await __nccwpck_require__.e(/* import() */ 877).then(__nccwpck_require__.bind(__nccwpck_require__, 8877))).checkPoetry,
    uv: async () => {
        const { checkUv } = await __nccwpck_require__.e(/* import() */ 87).then(__nccwpck_require__.bind(__nccwpck_require__, 3087));
        return (input) => checkUv(input);
    },
    'pip-tools': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(87), __nccwpck_require__.e(60)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3060))).checkRequirements,
    pdm: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(177), __nccwpck_require__.e(744)]).then(__nccwpck_require__.bind(__nccwpck_require__, 177))).checkPdm,
    pipenv: async () => (await __nccwpck_require__.e(/* import() */ 524).then(__nccwpck_require__.bind(__nccwpck_require__, 4524))).checkPipenv,
    pylock: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(87), __nccwpck_require__.e(60), __nccwpck_require__.e(177), __nccwpck_require__.e(520)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2520))).checkPylock,
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
    const name = basename(path);
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

;// CONCATENATED MODULE: ./actions/build-parity-image/lock.ts
/**
 * Finding and parsing the project's lock for the image: uses the shared lockfile checkers
 * (actions/shared/lockfile) and only needs their `locked` list. For pip-tools requirements files,
 * a small built-in reader is used while the shared checker for them is not registered.
 */









/** PEP 751: install the lock's `default-groups` (without dev groups) and no extras. */
function pylockMarkerContext(text) {
    const doc = (0,dist/* parse */.qg)(text);
    const defaults = Array.isArray(doc['default-groups']) ? doc['default-groups'].filter((g) => typeof g === 'string') : [];
    return { dependencyGroups: defaults.map(names/* normalizeName */.Pc).filter((g) => !DEV_GROUPS.has(g)), extras: [] };
}
function hashFile(path) {
    return (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(path)).digest('hex');
}
/** Minimal reader for `pip-compile --generate-hashes` output: name==version [; marker] --hash=\u2026 */
function parseHashedRequirements(text) {
    const logical = [];
    let current = '';
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)#.*$/, '').trimEnd();
        if (line.endsWith('\\')) {
            current += line.slice(0, -1) + ' ';
            continue;
        }
        current += line;
        if (current.trim())
            logical.push(current.trim());
        current = '';
    }
    if (current.trim())
        logical.push(current.trim());
    const out = [];
    for (const entry of logical) {
        if (entry.startsWith('-'))
            continue; // options (-i, --extra-index-url, -e handled below)
        const hashes = [...entry.matchAll(/--hash[=\s]+([a-z0-9]+:[0-9a-f]+)/gi)].map((m) => m[1]);
        const spec = entry.replace(/--hash[=\s]+\S+/g, '').trim();
        const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*===?\s*([^\s;]+)\s*(?:;\s*(.+))?$/.exec(spec);
        if (!m) {
            if (/@|:\/\//.test(spec))
                out.push({ name: (0,names/* normalizeName */.Pc)(spec.split(/[\s@[;]/)[0]), version: '', source: 'url', hashes });
            continue;
        }
        out.push({ name: (0,names/* normalizeName */.Pc)(m[1]), version: m[3], ...(m[4] ? { marker: m[4].trim() } : {}), source: 'registry', hashes });
    }
    return out;
}
/** Does a dependency edge apply? Without an environment every edge does; an unparsable marker does. */
function edgeApplies(marker, env, extras = []) {
    if (!marker || !env)
        return true;
    try {
        return (0,pep508/* evaluateMarker */.UZ)(marker, env, { extras });
    }
    catch {
        return true;
    }
}
/**
 * uv.lock records dependency groups on the project's entry ([package.dev-dependencies]), not on
 * each package. The production set is what the workspace members' `dependencies` reach (extras
 * they request included), without dev groups. With `env`, edges whose marker is false for that
 * environment are not followed (`tomli; python_version < "3.11"` is not installed on 3.11).
 * Returns undefined when the lock has no root.
 */
function uvProductionNames(text, env) {
    const doc = (0,dist/* parse */.qg)(text);
    const packages = doc.package ?? [];
    const byName = new Map();
    for (const p of packages) {
        const key = (0,names/* normalizeName */.Pc)(p.name);
        byName.set(key, [...(byName.get(key) ?? []), p]);
    }
    const roots = packages.filter((p) => p.source !== undefined && ('virtual' in p.source || 'editable' in p.source));
    if (!roots.length)
        return undefined;
    const seen = new Set();
    const queue = roots.map((r) => ({ name: r.name }));
    while (queue.length) {
        const dep = queue.shift();
        const key = (0,names/* normalizeName */.Pc)(dep.name);
        const extras = (dep.extra ?? []).map((e) => `${key}[${e}]`);
        if (seen.has(key) && extras.every((e) => seen.has(e)))
            continue;
        seen.add(key);
        for (const e of extras)
            seen.add(e);
        for (const p of byName.get(key) ?? []) {
            for (const d of p.dependencies ?? [])
                if (edgeApplies(d.marker, env))
                    queue.push(d);
            for (const e of dep.extra ?? [])
                for (const d of p['optional-dependencies']?.[e] ?? [])
                    if (edgeApplies(d.marker, env, [e]))
                        queue.push(d);
        }
    }
    return new Set([...seen].filter((n) => !n.includes('[')));
}
function poetryEdges(deps, skipOptional) {
    const out = [];
    for (const [name, spec] of Object.entries(deps ?? {})) {
        if ((0,names/* normalizeName */.Pc)(name) === 'python')
            continue;
        for (const s of Array.isArray(spec) ? spec : [spec]) {
            const t = typeof s === 'object' && s !== null ? s : {};
            if (skipOptional && t.optional)
                continue;
            out.push({ name, ...(t.markers ? { marker: t.markers } : {}), ...(t.extras ? { extra: t.extras } : {}) });
        }
    }
    return out;
}
/**
 * poetry.lock before Poetry 2 (lock-version 2.0 from Poetry 1.5\u20131.8) records no groups: every
 * package of every group is in one list. The production set is what [tool.poetry.dependencies]
 * reaches (optional dependencies only through requested extras), like `poetry install --only main`.
 * Returns undefined when there is no [tool.poetry.dependencies].
 */
function poetryMainNames(lockText, pyprojectText, env) {
    const pyproject = (0,dist/* parse */.qg)(pyprojectText);
    const main = pyproject.tool?.poetry?.dependencies;
    if (!main)
        return undefined;
    const doc = (0,dist/* parse */.qg)(lockText);
    const byName = new Map();
    for (const p of doc.package ?? [])
        byName.set((0,names/* normalizeName */.Pc)(p.name), [...(byName.get((0,names/* normalizeName */.Pc)(p.name)) ?? []), p]);
    const seen = new Set();
    const queue = poetryEdges(main, true).filter((d) => edgeApplies(d.marker, env));
    while (queue.length) {
        const dep = queue.shift();
        const key = (0,names/* normalizeName */.Pc)(dep.name);
        const extras = (dep.extra ?? []).map((e) => `${key}[${(0,names/* normalizeName */.Pc)(e)}]`);
        if (seen.has(key) && extras.every((e) => seen.has(e)))
            continue;
        seen.add(key);
        for (const e of extras)
            seen.add(e);
        for (const p of byName.get(key) ?? []) {
            for (const d of poetryEdges(p.dependencies, true))
                if (edgeApplies(d.marker, env))
                    queue.push(d);
            for (const e of dep.extra ?? []) {
                const list = Object.entries(p.extras ?? {}).find(([k]) => (0,names/* normalizeName */.Pc)(k) === (0,names/* normalizeName */.Pc)(e))?.[1] ?? [];
                for (const req of list) {
                    const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?[^;]*(?:;\s*(.+))?$/.exec(req);
                    if (!m)
                        continue;
                    const edge = { name: m[1], ...(m[2] ? { extra: m[2].split(',').map((x) => x.trim()).filter(Boolean) } : {}), ...(m[3] ? { marker: m[3].trim() } : {}) };
                    if (edgeApplies(edge.marker, env, [(0,names/* normalizeName */.Pc)(e)]))
                        queue.push(edge);
                }
            }
        }
    }
    return new Set([...seen].filter((n) => !n.includes('[')));
}
/**
 * Poetry \u2265 2 records a marker per group (`markers = {main = "\u2026", dev = "\u2026"}`): the package is
 * needed in production when one of its production groups' markers holds (a group without an
 * entry applies always). Returns `locked` with `marker` set from the production groups only.
 */
function withPoetryGroupMarkers(locked, lockText) {
    const doc = (0,dist/* parse */.qg)(lockText);
    const markerOf = new Map();
    for (const p of doc.package ?? []) {
        if (typeof p.markers !== 'object' || p.markers === null)
            continue;
        const table = p.markers;
        const production = (p.groups ?? []).filter((g) => !DEV_GROUPS.has(g.toLowerCase()));
        if (!production.length)
            continue;
        const parts = production.map((g) => table[g]);
        markerOf.set(`${(0,names/* normalizeName */.Pc)(p.name)}@${p.version}`, parts.some((m) => typeof m !== 'string') ? undefined : parts.map((m) => `(${m})`).join(' or '));
    }
    return locked.map((p) => {
        const key = `${p.name}@${p.version}`;
        if (!markerOf.has(key))
            return p;
        const marker = markerOf.get(key);
        const { marker: _old, ...rest } = p;
        void _old;
        return marker ? { ...rest, marker } : rest;
    });
}
async function loadLock(dir, workspace, explicit) {
    // The image needs one lock: a top-level requirements*.txt, never a dev.txt or requirements/*.txt
    // that verify-lockfile also checks (those are built only when named by the `lockfile` input).
    const found = detectLockfiles(dir).filter((f) => f.manager !== 'pip-tools' || f.lockfile === explicit || ((0,external_node_path_.resolve)((0,external_node_path_.dirname)(f.lockfile)) === (0,external_node_path_.resolve)(dir) && (0,external_node_path_.basename)(f.lockfile).startsWith('requirements')));
    let chosen = found[0];
    if (explicit)
        chosen = found.find((f) => f.lockfile === explicit) ?? (chosen && { ...chosen, lockfile: explicit });
    if (!chosen) {
        throw new errors/* UserError */.yo(`No lockfile found in ${(0,external_node_path_.relative)(workspace, dir) || '.'}: the image is built from the lock (uv.lock, poetry.lock, pdm.lock, Pipfile.lock, pylock.toml or a pip-compile requirements.txt with hashes).`, {
            title: 'no lockfile',
            hint: 'Commit your lockfile, or set working-directory to the project that has one.',
        });
    }
    const lockHash = hashFile(chosen.lockfile);
    try {
        const result = await checkLockfile(chosen.manager, { workspace, dir, lockfile: chosen.lockfile, requireHashes: true });
        let locked = result.locked;
        let productionFor;
        const pyprojectPath = (0,external_node_path_.join)((0,external_node_path_.dirname)(chosen.lockfile), 'pyproject.toml');
        if (chosen.manager === 'uv' && !locked.some((p) => p.groups?.length)) {
            const text = (0,external_node_fs_.readFileSync)(chosen.lockfile, 'utf8');
            const production = uvProductionNames(text);
            if (production) {
                locked = locked.map((p) => (production.has(p.name) ? p : { ...p, groups: ['dev'] }));
                productionFor = (env) => uvProductionNames(text, env);
            }
        }
        else if (chosen.manager === 'poetry' && locked.some((p) => p.groups?.length)) {
            locked = withPoetryGroupMarkers(locked, (0,external_node_fs_.readFileSync)(chosen.lockfile, 'utf8'));
        }
        else if (chosen.manager === 'poetry' && (0,external_node_fs_.existsSync)(pyprojectPath)) {
            const text = (0,external_node_fs_.readFileSync)(chosen.lockfile, 'utf8');
            const pyproject = (0,external_node_fs_.readFileSync)(pyprojectPath, 'utf8');
            const production = poetryMainNames(text, pyproject);
            if (production) {
                locked = locked.map((p) => (production.has(p.name) ? p : { ...p, groups: ['dev'] }));
                productionFor = (env) => poetryMainNames(text, pyproject, env);
            }
        }
        const markerContext = chosen.manager === 'pylock' ? pylockMarkerContext((0,external_node_fs_.readFileSync)(chosen.lockfile, 'utf8')) : undefined;
        return { manager: chosen.manager, lockfile: chosen.lockfile, locked, lockHash, ...(markerContext ? { markerContext } : {}), ...(productionFor ? { productionFor } : {}) };
    }
    catch (e) {
        if (chosen.manager === 'pip-tools' && (0,errors/* isUserError */.iU)(e) && /not supported/.test(e.message)) {
            return { manager: 'pip-tools', lockfile: chosen.lockfile, locked: parseHashedRequirements((0,external_node_fs_.readFileSync)(chosen.lockfile, 'utf8')), lockHash };
        }
        throw e;
    }
}

;// CONCATENATED MODULE: ./actions/build-parity-image/parity.ts
/**
 * Parity: what is installed in the image equals what the lock says for the image's environment.
 *
 * The image is run with `--entrypoint python3 --network none --pull=never`; the `python3` on the
 * image's PATH (the venv's, for the generated Dockerfile) lists its environment's distributions
 * (importlib.metadata over its own site-packages only, so /app or the system site-packages of a
 * venv never leak in). Each distribution is compared with the derived locked set:
 *  - missing: locked, not installed; extra: installed, not locked; version: both, versions differ.
 *  - pip / setuptools / wheel (the installer's own bootstrap) are tolerated, not "extra", only when
 *    the lock does not mention them AND their version is the one the base interpreter itself ships
 *    (its system pip, or ensurepip's bundled wheels), i.e. they came from the base, not from a
 *    `pip install`. The generated Dockerfile creates the venv --without-pip, so it has none.
 */


const BOOTSTRAP = new Set(['pip', 'setuptools', 'wheel']);
/** Python run inside the image: prints one JSON object. */
const PROBE_INSTALLED = String.raw `
import importlib.metadata as md, json, os, sys, sysconfig
paths = []
for key in ("purelib", "platlib"):
    p = sysconfig.get_paths()[key]
    if p not in paths and os.path.isdir(p):
        paths.append(p)
dists = []
for d in md.distributions(path=paths):
    name = d.metadata["Name"]
    if name:
        dists.append({"name": name, "version": d.version, "installer": (d.read_text("INSTALLER") or "").strip()})
base = {}
try:
    import ensurepip
    try:
        for n, p in ensurepip._get_packages().items():
            base[n] = p.version
    except Exception:
        base["pip"] = ensurepip.version()
except Exception:
    pass
sysdists = {}
try:
    bp = sys.base_prefix
    for d in md.distributions():
        loc = str(getattr(d, "_path", ""))
        if loc.startswith(bp) or "dist-packages" in loc:
            n = d.metadata["Name"]
            if n and not any(loc.startswith(p) for p in paths):
                sysdists[n] = d.version
except Exception:
    pass
for cand in ("/usr/lib/python3/dist-packages", "/usr/local/lib/python%d.%d/site-packages" % sys.version_info[:2]):
    if os.path.isdir(cand) and cand not in paths:
        for d in md.distributions(path=[cand]):
            n = d.metadata["Name"]
            if n:
                sysdists.setdefault(n, d.version)
print(json.dumps({"prefix": sys.prefix, "base_prefix": sys.base_prefix, "paths": paths, "dists": dists, "ensurepip": base, "system": sysdists}))
`.trim();
function sameVersion(a, b) {
    try {
        return (0,pep440/* versionsEqual */.At)(a, b);
    }
    catch {
        return a === b;
    }
}
/**
 * Compare. `lockMentions` is every name the lock mentions at all (any marker / group), used by the
 * bootstrap rule: a bootstrap package the lock mentions anywhere is never tolerated.
 */
function compareParity(expected, probe, lockMentions) {
    const rows = [];
    const installed = new Map();
    for (const d of probe.dists)
        installed.set((0,names/* normalizeName */.Pc)(d.name), d.version);
    const baseVersions = new Map();
    for (const src of [probe.ensurepip, probe.system]) {
        for (const [n, v] of Object.entries(src ?? {})) {
            const key = (0,names/* normalizeName */.Pc)(n);
            if (!baseVersions.has(key))
                baseVersions.set(key, new Set());
            baseVersions.get(key).add(v);
        }
    }
    const want = new Map(expected.map((p) => [(0,names/* normalizeName */.Pc)(p.name), p.version]));
    for (const [name, version] of want) {
        const have = installed.get(name);
        if (have === undefined)
            rows.push({ name, locked: version, status: 'missing' });
        else
            rows.push({ name, locked: version, installed: have, status: sameVersion(have, version) ? 'ok' : 'version' });
    }
    for (const [name, have] of installed) {
        if (want.has(name))
            continue;
        const fromBase = BOOTSTRAP.has(name) && !lockMentions.has(name) && [...(baseVersions.get(name) ?? [])].some((v) => sameVersion(v, have));
        rows.push({ name, installed: have, status: fromBase ? 'from-base' : 'extra' });
    }
    rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const problems = rows.filter((r) => r.status === 'missing' || r.status === 'extra' || r.status === 'version');
    return { pass: problems.length === 0, rows, problems };
}
function describeProblem(r) {
    if (r.status === 'missing')
        return `${r.name} ${r.locked} is locked but not installed`;
    if (r.status === 'extra')
        return `${r.name} ${r.installed} is installed but not in the lock`;
    return `${r.name} is installed at ${r.installed} but locked at ${r.locked}`;
}

;// CONCATENATED MODULE: ./actions/build-parity-image/installed.ts
/**
 * Listing what is installed in an image (the parity probe), and reusing a listing by content.
 *
 * The listing comes from running the image (parity.ts's PROBE_INSTALLED). For the generated
 * Dockerfile it is a pure function of content-addressed inputs, so it can be reused:
 *  - the probe runs isolated (`python3 -I`): no current directory on sys.path, no PYTHON* variables,
 *    no user site \u2014 nothing the source layer (/app) holds can change what it imports or lists;
 *  - it reads the interpreter's own purelib/platlib and the base's system dirs, all of which live in
 *    the base and dependency layers (named by their sha256 diffIDs); the layers above them (the
 *    source tar, WORKDIR) write only /app and console-script wrappers in /opt/venv/bin, never named
 *    python* (scripts.ts), so `python3` is still the dependency layer's interpreter;
 *  - which python3 answers depends on the config's Env (PATH), User and WorkingDir.
 * So two images whose layers below the source layer have the same diffIDs, with the same config and
 * platform, list the same distributions: a code-only rebuild reuses the listing of the image built
 * before it. The comparison with the lock is always recomputed.
 */






async function listInstalled(client, imageId, o) {
    if (o.cacheFile) {
        const cached = readListing(o.cacheFile);
        if (cached)
            return { probe: cached, from: 'reused' };
    }
    const r = await client.run(['run', '--rm', '--pull=never', '--network', 'none', '--entrypoint', 'python3', ...(o.platform ? ['--platform', o.platform] : []), imageId, ...(o.isolated ? ['-I'] : []), '-c', PROBE_INSTALLED], { timeoutMs: 120_000 });
    if (r.code !== 0)
        throw new errors/* UserError */.yo(`Could not list the distributions installed in the image: ${lastLines(r.stderr, 4)}`, { title: 'parity check failed to run' });
    const probe = JSON.parse(r.stdout.trim().split('\n').pop());
    if (o.cacheFile)
        writeListing(o.cacheFile, probe);
    return { probe, from: 'run' };
}
/**
 * The key of a generated image's listing: the diffIDs of its base and dependency layers
 * (`dependencyLayers` of them), the config that picks the interpreter, the platform and the probe
 * itself. The generated Dockerfile's layers above those (source tar, WORKDIR) write only /app and
 * the wrappers in /opt/venv/bin.
 */
function listingKey(image, dependencyLayers, platform) {
    const layers = image.RootFS?.Layers ?? [];
    if (layers.length <= dependencyLayers)
        return undefined;
    const c = image.Config ?? {};
    const identity = {
        probe: PROBE_INSTALLED,
        isolated: true,
        layers: layers.slice(0, dependencyLayers),
        env: c.Env ?? [],
        user: c.User ?? '',
        workdir: c.WorkingDir ?? '',
        os: image.Os ?? '',
        arch: image.Architecture ?? '',
        variant: image.Variant ?? '',
        platform: platform ?? '',
    };
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(identity)).digest('hex');
}
/** Same layers and the same runtime config: a listing of one holds for the other (normalising only rewrites timestamps). */
function sameContents(a, b) {
    const pick = (i) => JSON.stringify([i.RootFS?.Layers ?? [], i.Config?.Env ?? [], i.Config?.User ?? '', i.Config?.WorkingDir ?? '', i.Os ?? '', i.Architecture ?? '', i.Variant ?? '']);
    return pick(a) === pick(b);
}
function listingCacheFile(cacheRoot, key) {
    return (0,external_node_path_.join)(cacheRoot, 'installed', `${key}.json`);
}
function readListing(file) {
    try {
        const p = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return Array.isArray(p.dists) && Array.isArray(p.paths) ? p : undefined;
    }
    catch {
        return undefined; // not listed yet, or unreadable: run the image
    }
}
function writeListing(file, probe) {
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify(probe));
        (0,external_node_fs_.renameSync)(tmp, file); // atomic: a concurrent reader sees the whole listing or none
    }
    catch {
        // a cache we cannot write is only slower
    }
}

;// CONCATENATED MODULE: ./actions/build-parity-image/normalise.ts
/**
 * Engine-independent reproducibility: the image the build produced is rewritten so its config no
 * longer carries build-time noise, and its ID (= sha256 of the config bytes) becomes a pure function
 * of the layers and the Dockerfile's settings.
 *
 *   docker save IMAGE \u2192 (config: created / history[].created := SOURCE_DATE_EPOCH,
 *                       drop container, container_config, config.Image, config.Hostname)
 *                     \u2192 docker load
 *
 * Layers pass through untouched, byte for byte, streamed (never held in memory). Works for the classic
 * `docker save` layout (20.10: <id>/layer.tar + <config>.json + manifest.json) and the OCI layout of
 * newer engines (blobs/sha256/\u2026, index.json): we always write back a classic archive driven by
 * manifest.json, which every engine loads.
 *
 * This is needed because BuildKit \u2264 0.11 (engine 20.10 ships 0.8) ignores SOURCE_DATE_EPOCH and
 * the legacy builder stamps container ids; with it, the result does not depend on the engine.
 *
 * The containerd image store (default of fresh Docker 29+ installs) differs: an image ID there is the
 * digest of the image's manifest (or index), not of its config \u2014 so the loaded image is looked up
 * from what `docker load` says it loaded, and checked (timestamps, layers) before it is used; and
 * `docker load` there wants every layer blob in the archive (the config-only load fails, the archive
 * path then streams the layers).
 */



const SMALL = 1024 * 1024;
const DROP_AT_END = new Set(['manifest.json', 'repositories', 'index.json', 'oci-layout']);
function rfc3339(epoch) {
    return new Date(epoch * 1000).toISOString().replace(/\.000Z$/, 'Z');
}
/** JSON with object keys sorted at every level (Go's encoding/json order), no whitespace. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort())
            out[key] = sortKeys(value[key]);
        return out;
    }
    return value;
}
/** Top-level config fields kept; the rest (container, container_config, builder info) is build noise. */
const KEPT = ['architecture', 'os', 'variant', 'os.version', 'os.features', 'author', 'docker_version', 'config', 'rootfs', 'history'];
/** Go's zero values: an absent field and a zero one mean the same to every engine. */
function normalise_isZero(v) {
    if (v === null || v === undefined || v === '' || v === false || v === 0)
        return true;
    if (Array.isArray(v))
        return v.length === 0;
    if (typeof v === 'object')
        return Object.keys(v).length === 0;
    return false;
}
function withoutZeros(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => !normalise_isZero(v)));
}
/**
 * The config rewrite itself (pure; unit-tested). Both ways of normalising (from `docker save`, and
 * rebuilt from inspect + history) go through it, so they give the same image ID for the same image.
 */
function normaliseConfig(config, epoch) {
    const ts = rfc3339(epoch);
    const out = {};
    for (const key of KEPT)
        if (!normalise_isZero(config[key]))
            out[key] = JSON.parse(JSON.stringify(config[key]));
    out.created = ts;
    if (Array.isArray(out.history)) {
        out.history = out.history.map((h) => withoutZeros({
            created: ts,
            // The CLI's `docker history` turns tabs into spaces; do the same so both paths agree.
            created_by: typeof h.created_by === 'string' ? h.created_by.replace(/\t/g, ' ') : h.created_by,
            comment: h.comment,
            empty_layer: h.empty_layer === true,
        }));
    }
    const cfg = out.config;
    if (cfg && typeof cfg === 'object') {
        delete cfg.Image;
        delete cfg.Hostname;
        out.config = withoutZeros(cfg);
    }
    return out;
}
/**
 * Rewrite a `docker save` archive (single image) from `input` to `output`.
 * `tags` become the RepoTags of the loaded image.
 */
async function normaliseArchive(input, output, epoch, tags, options = {}) {
    const writer = new TarWriter(output);
    const held = new Map();
    for await (const entry of readTar(input)) {
        const small = entry.type === '0' && entry.size <= SMALL && (!entry.name.includes('/') || entry.name.startsWith('blobs/'));
        if (small) {
            held.set(entry.name, { entry, body: await entry.readAll() });
        }
        else if (options.layers !== false) {
            await writer.passthrough(entry);
        }
        // else: left unread (the reader skips it) \u2014 the engine already has these layers.
    }
    const manifestFile = held.get('manifest.json');
    if (!manifestFile)
        throw new Error('docker save archive has no manifest.json');
    const manifest = JSON.parse(manifestFile.body.toString('utf8'));
    if (manifest.length !== 1)
        throw new Error(`expected one image in the archive, found ${manifest.length}`);
    const [image] = manifest;
    const configFile = held.get(image.Config);
    if (!configFile)
        throw new Error(`config ${image.Config} missing from the archive`);
    const config = normaliseConfig(JSON.parse(configFile.body.toString('utf8')), epoch);
    const raw = Buffer.from(canonicalJson(config));
    const hex = (0,external_node_crypto_.createHash)('sha256').update(raw).digest('hex');
    const configName = `${hex}.json`;
    for (const [name, { entry, body }] of held) {
        if (DROP_AT_END.has(name) || name === image.Config || name === configName)
            continue;
        await writer.passthroughBuffered(entry, body);
    }
    await writer.addFile(configName, raw, epoch);
    const newManifest = [{ Config: configName, RepoTags: tags.length ? tags : null, Layers: image.Layers }];
    await writer.addFile('manifest.json', Buffer.from(JSON.stringify(newManifest)), epoch);
    await writer.finish();
    return { imageId: `sha256:${hex}`, config };
}
// Instructions that only change the config: never a layer, whichever builder wrote them (the legacy
// builder prefixes them with the current SHELL and `#(nop)`).
const METADATA_ONLY = /^(?:\S+(?: -\S+)* #\(nop\)\s+)?(?:ENV|LABEL|USER|CMD|ENTRYPOINT|EXPOSE|ARG|STOPSIGNAL|HEALTHCHECK|SHELL|ONBUILD|VOLUME|MAINTAINER)\b/;
/**
 * Which history entries own a layer. `docker history` does not say (its Size is 0 both for an
 * empty_layer entry and for a layer with no bytes, e.g. WORKDIR), so: metadata-only instructions
 * own none, entries with bytes own one, and the rest is settled by the layer count \u2014 or not at all.
 */
function layerOwners(rows, layerCount) {
    const kind = rows.map((r) => (METADATA_ONLY.test(r.CreatedBy) ? 'empty' : Number(r.Size) > 0 ? 'layer' : 'unknown'));
    const layers = kind.filter((k) => k === 'layer').length;
    const unknown = kind.filter((k) => k === 'unknown').length;
    if (layers === layerCount)
        return kind.map((k) => k === 'layer');
    if (layers + unknown === layerCount)
        return kind.map((k) => k !== 'empty');
    return undefined;
}
/**
 * The image config rebuilt from `docker image inspect` + `docker image history` (oldest first),
 * without streaming any layer out of the engine. Undefined when the history cannot be matched to
 * the layers unambiguously.
 */
function configFromInspect(inspect, oldestFirst) {
    const diffIds = inspect.RootFS?.Layers ?? [];
    const owners = layerOwners(oldestFirst, diffIds.length);
    if (!owners || !inspect.Config)
        return undefined;
    return {
        architecture: inspect.Architecture,
        os: inspect.Os,
        variant: inspect.Variant,
        'os.version': inspect.OsVersion,
        author: inspect.Author,
        docker_version: inspect.DockerVersion,
        config: inspect.Config,
        rootfs: { type: 'layers', diff_ids: diffIds },
        history: oldestFirst.map((r, i) => ({ created_by: r.CreatedBy, comment: r.Comment, empty_layer: !owners[i] })),
    };
}
/** The builder already wrote SOURCE_DATE_EPOCH as the creation time (BuildKit \u2265 0.11): nothing to rewrite. */
function builderHonouredEpoch(inspect, newestFirst, epoch) {
    const at = (s) => (s ? Date.parse(s) / 1000 : NaN);
    return at(inspect.Created) === epoch && !inspect.Container && newestFirst.length > 0 && at(newestFirst[0].CreatedAt) === epoch;
}
/**
 * Make the image ID a pure function of the build inputs, the cheapest way the engine allows:
 *
 *   builder  the builder honoured SOURCE_DATE_EPOCH (modern BuildKit): keep its image as is;
 *   config   rebuild the config from inspect + history and `docker load` just that config (the
 *            engine has every layer): ~0.2 s whatever the image size;
 *   archive  docker save | normalise | docker load (the engine's image store wants whole archives,
 *            or the history is ambiguous): streams every layer, ~1 s per 100 MB.
 *
 * `config` and `archive` write the same normalised config, hence the same image ID.
 */
async function normaliseImage(images, ref, epoch, tags, built) {
    const inspect = built ?? (await inspectBuilt(images, ref, tags));
    const builtId = inspect.Id; // the engine's own ID of the built image, whichever store
    const newestFirst = await images.history(builtId);
    if (newestFirst && builderHonouredEpoch(inspect, newestFirst, epoch))
        return { imageId: builtId, builtId, by: 'builder', inspect };
    const rebuilt = newestFirst ? configFromInspect(inspect, [...newestFirst].reverse()) : undefined;
    if (rebuilt) {
        const viaConfig = await loadNormalisedConfig(images, rebuilt, epoch, tags).catch(() => undefined);
        if (viaConfig)
            return { ...viaConfig, builtId, by: 'config' };
    }
    return { ...(await normaliseViaArchive(images, builtId, epoch, tags)), builtId, by: 'archive' };
}
/** The image a build produced, by the iidfile's ID or, failing that, by the build's tags. */
async function inspectBuilt(images, ref, tags) {
    // buildx --iidfile names the config digest when no attestation is kept; the containerd image store
    // cannot resolve that (its IDs are manifest digests). The build's tags name the same image.
    let inspect = await images.inspect(ref);
    for (let i = 0; !inspect && i < tags.length; i++)
        inspect = await images.inspect(tags[i]);
    if (!inspect)
        throw new Error(`built image ${ref} is not in the engine`);
    return inspect;
}
/** `docker load` of an archive holding only the normalised config and a manifest; verified by inspect. */
async function loadNormalisedConfig(images, config, epoch, tags) {
    const normalised = normaliseConfig(config, epoch);
    const raw = Buffer.from(canonicalJson(normalised));
    const hex = (0,external_node_crypto_.createHash)('sha256').update(raw).digest('hex');
    const diffIds = normalised.rootfs?.diff_ids ?? [];
    const load = images.load();
    const writer = new TarWriter(load.stream);
    await writer.addFile(`${hex}.json`, raw, epoch);
    // Layer paths are read only for layers the engine lacks; it has them all (it built the image).
    const manifest = [{ Config: `${hex}.json`, RepoTags: tags.length ? tags : null, Layers: diffIds.map((d) => `${d.replace(/^sha256:/, '')}/layer.tar`) }];
    await writer.addFile('manifest.json', Buffer.from(JSON.stringify(manifest)), epoch);
    await writer.finish();
    const loaded = await load.done;
    if (loaded.code !== 0)
        return undefined;
    const after = await findLoaded(images, `sha256:${hex}`, loaded.stdout, tags, diffIds, epoch);
    if (!after)
        return undefined;
    return { imageId: after.Id, configDigest: `sha256:${hex}`, config: normalised, inspect: after };
}
/**
 * The image a `docker load` of a normalised config made: by config digest (classic store: that is
 * its ID), else what the load reported, else the tags; accepted only with the normalised creation
 * time and exactly the expected layers (a tag may still name an older image).
 */
async function findLoaded(images, configDigest, loadStdout, tags, diffIds, epoch) {
    const created = rfc3339(epoch);
    const seen = new Set();
    for (const ref of [configDigest, ...loadedImages(loadStdout), ...tags]) {
        if (seen.has(ref))
            continue;
        seen.add(ref);
        const found = await images.inspect(ref);
        const layers = found?.RootFS?.Layers ?? [];
        if (found && found.Created === created && layers.length === diffIds.length && layers.every((l, i) => l === diffIds[i]))
            return found;
    }
    return undefined;
}
/**
 * docker save REF | normalise | docker load, tagging the result with `tags`.
 *
 * The engine that saved the image has all its layers, and `docker load` (classic image store) only
 * reads a layer file when the layer is missing \u2014 so the archive we load carries just the new config
 * and manifest: ~50 ms instead of re-importing every layer (~1 s for a 150 MB base). The containerd
 * image store insists on every blob: it gets the full archive straight away (its `docker save` of a
 * 150 MB image alone takes ~5 s), and any other engine that refuses the short one on a second attempt.
 */
async function normaliseViaArchive(images, ref, epoch, tags) {
    if (await images.usesContainerdStore())
        return saveNormaliseLoad(images, ref, epoch, tags, true);
    try {
        return await saveNormaliseLoad(images, ref, epoch, tags, false);
    }
    catch {
        return saveNormaliseLoad(images, ref, epoch, tags, true);
    }
}
async function saveNormaliseLoad(images, ref, epoch, tags, layers) {
    const save = images.save(ref);
    const load = images.load();
    let result;
    try {
        result = await normaliseArchive(save.stream, load.stream, epoch, tags, { layers });
    }
    catch (e) {
        load.stream.destroy();
        const saved = await save.done;
        throw new Error(`normalising ${ref} failed: ${e.message}${saved.code ? ` (docker save: ${saved.stderr.trim()})` : ''}`);
    }
    const [saved, loaded] = await Promise.all([save.done, load.done]);
    if (saved.code !== 0)
        throw new Error(`docker save ${ref} failed: ${saved.stderr.trim()}`);
    if (loaded.code !== 0)
        throw new Error(`docker load failed: ${loaded.stderr.trim()}`);
    const diffIds = result.config.rootfs?.diff_ids ?? [];
    const found = await findLoaded(images, result.imageId, loaded.stdout, tags, diffIds, epoch);
    if (!found)
        throw new Error(`docker load succeeded but the normalised image (config ${result.imageId}) is not in the engine; docker load said: ${loaded.stdout.trim() || '(nothing)'}`);
    return { ...result, imageId: found.Id, configDigest: result.imageId, inspect: found };
}

;// CONCATENATED MODULE: ./actions/build-parity-image/provenance.ts
/**
 * Commit facts and OCI labels: SOURCE_DATE_EPOCH from the commit time, revision, source URL.
 */


/** Remove credentials from a remote URL (https://user:token@host/\u2026 \u2192 https://host/\u2026). */
function stripCredentials(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}
/** git@github.com:acme/x.git \u2192 https://github.com/acme/x */
function remoteToHttps(url) {
    const scp = /^[^@/]+@([^:/]+):(.+?)(\.git)?$/.exec(url);
    if (scp)
        return `https://${scp[1]}/${scp[2]}`;
    return stripCredentials(url).replace(/\.git$/, '');
}
async function readCommit(dir, fallbackEpoch) {
    const git = async (...args) => {
        const r = await run('git', ['-C', dir, ...args], { timeoutMs: 30_000 });
        return r.code === 0 ? r.stdout.trim() : undefined;
    };
    // One git start-up for both (each is ~5\u201310 ms); the remote, when needed, beside it.
    const onGitHub = Boolean(process.env.GITHUB_SERVER_URL && process.env.GITHUB_REPOSITORY);
    const [head, remote] = await Promise.all([git('log', '-1', '--format=%ct%n%H'), onGitHub ? undefined : git('remote', 'get-url', 'origin')]);
    const [ct, headSha] = (head ?? '').split('\n');
    const sha = headSha || process.env.GITHUB_SHA || undefined;
    let epoch;
    let epochSource;
    if (ct && /^\d+$/.test(ct)) {
        epoch = Number(ct);
        epochSource = 'git';
    }
    else if (fallbackEpoch && /^\d+$/.test(fallbackEpoch)) {
        epoch = Number(fallbackEpoch);
        epochSource = 'input';
    }
    else if (process.env.SOURCE_DATE_EPOCH && /^\d+$/.test(process.env.SOURCE_DATE_EPOCH)) {
        epoch = Number(process.env.SOURCE_DATE_EPOCH);
        epochSource = 'env';
    }
    else {
        epoch = 0;
        epochSource = 'default';
    }
    let source;
    if (onGitHub)
        source = `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}`;
    else if (remote)
        source = remoteToHttps(remote);
    return { sha, epoch, epochSource, source };
}
function imageLabels(commit, lockHash, manager) {
    const labels = {
        'org.opencontainers.image.created': rfc3339(commit.epoch),
    };
    if (commit.sha)
        labels['org.opencontainers.image.revision'] = commit.sha;
    if (commit.source)
        labels['org.opencontainers.image.source'] = commit.source;
    labels['dev.blackbelt.lock-hash'] = lockHash;
    labels['dev.blackbelt.manager'] = manager;
    return labels;
}

;// CONCATENATED MODULE: ./actions/build-parity-image/scripts.ts
/**
 * The project's console scripts on PATH. The generated Dockerfile copies the project to /app and does
 * not install it (that would need its build backend, and a new wheel for every code change), so
 * nothing would create its commands: `command: myservice` would not be found. The action writes, into
 * the source tar, one small wrapper per [project.scripts] / [tool.poetry.scripts] entry in
 * /opt/venv/bin \u2014 what pip would generate \u2014 that puts the project on sys.path and calls the entry point.
 * Names the venv itself uses (python*, activate*) are refused: the parity probe runs `python3`.
 */


const ENTRY_POINT = /^\s*([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)\s*:\s*([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)\s*(?:\[[^\]]*\])?\s*$/;
const SCRIPT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const VENV_OWN = /^(python(\d+(\.\d+)?)?|activate(\..*)?|Activate\.ps1|pydoc.*)$/i;
function table(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
/** Console scripts declared in pyproject.toml ([project.scripts] first, then Poetry's own table). */
function consoleScripts(pyprojectText, displayPath) {
    const doc = (0,toml/* parseToml */.MT)(pyprojectText, displayPath);
    const declared = new Map();
    const poetry = table(table(table(doc.tool)?.poetry)?.scripts);
    for (const [name, value] of Object.entries(poetry ?? {}))
        declared.set(name, value);
    // PEP 621 wins where both name a script (Poetry 2 reads [project.scripts] when [project] exists).
    for (const [name, value] of Object.entries(table(table(doc.project)?.scripts) ?? {}))
        declared.set(name, value);
    const found = { scripts: [], skipped: [] };
    for (const [name, value] of [...declared].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const spec = typeof value === 'string' ? value : typeof table(value)?.callable === 'string' ? table(value).callable : undefined;
        if (spec === undefined) {
            found.skipped.push({ name, why: table(value)?.type === 'file' ? 'a file script (Poetry type = "file"): run it by path' : 'not a "module:function" string' });
            continue;
        }
        if (!SCRIPT_NAME.test(name)) {
            found.skipped.push({ name, why: 'not a valid command name' });
            continue;
        }
        if (VENV_OWN.test(name)) {
            found.skipped.push({ name, why: 'the venv has a file of that name (the interpreter or its activate scripts)' });
            continue;
        }
        const m = ENTRY_POINT.exec(spec);
        if (!m) {
            found.skipped.push({ name, why: `"${spec}" is not an entry point (module:object)` });
            continue;
        }
        found.scripts.push({ name, target: `${m[1]}:${m[2]}`, module: m[1], attribute: m[2] });
    }
    return found;
}
/** The wrapper pip would write, plus the project's own place on sys.path (a script's sys.path[0] is its bin dir). */
function wrapperText(s, projectPath) {
    const [head, ...rest] = s.attribute.split('.');
    return [
        '#!/opt/venv/bin/python',
        `# ${s.name} = "${s.target}" (console script of the project in /app, written by blackbelt build-parity-image)`,
        'import sys',
        `if ${JSON.stringify(projectPath)} not in sys.path:`,
        `    sys.path.insert(0, ${JSON.stringify(projectPath)})`,
        `from ${s.module} import ${head}`,
        "if __name__ == '__main__':",
        `    sys.exit(${[head, ...rest].join('.')}())`,
        '',
    ].join('\n');
}
/** Tar entries for the wrappers: the bin dir chain as the dependency layer has it, then one file per script. */
function scriptEntries(scripts, projectPath, epoch, dirMtime) {
    if (!scripts.length)
        return [];
    const dirs = ['opt/', 'opt/venv/', 'opt/venv/bin/'].map((name) => ({ name, type: 'dir', mode: 0o755, mtime: dirMtime }));
    return [...dirs, ...scripts.map((s) => ({ name: `opt/venv/bin/${s.name}`, type: 'file', mode: 0o755, mtime: epoch, data: Buffer.from(wrapperText(s, projectPath)) }))];
}
/** consoleScripts() for the action: a pyproject.toml that does not parse is the user's error to fix, with its place. */
function projectScripts(pyprojectText, displayPath) {
    if (pyprojectText === undefined)
        return { scripts: [], skipped: [] };
    try {
        return consoleScripts(pyprojectText, displayPath);
    }
    catch (e) {
        if (e instanceof errors/* UserError */.yo)
            throw e;
        throw new errors/* UserError */.yo(`${displayPath}: ${e instanceof Error ? e.message : String(e)}`, { title: 'invalid pyproject.toml', location: { file: displayPath } });
    }
}

;// CONCATENATED MODULE: ./actions/build-parity-image/main.ts
/**
 * build-parity-image: build the image from the lockfile, make it reproducible (normalised config,
 * SOURCE_DATE_EPOCH from the commit), verify that what is installed equals the lock, optionally run
 * tests in it and push it by digest.
 */
























function readInputs() {
    // The secret first: nothing below may log it.
    const password = getString('password');
    if (password)
        setSecret(password);
    const buildArgs = {};
    for (const line of getList('build-args', { commas: false })) {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new errors/* UserError */.yo(`build-args entry "${line}" is not NAME=value.`, { title: 'invalid input: build-args' });
        buildArgs[line.slice(0, eq).trim()] = line.slice(eq + 1);
    }
    let command;
    try {
        command = parseCommand(getString('command'));
    }
    catch {
        throw new errors/* UserError */.yo('Input "command" must be words separated by spaces or a JSON array of strings.', { title: 'invalid input: command' });
    }
    return {
        workingDirectory: getWorkspacePath('working-directory'),
        image: getRequired('image', 'ghcr.io/acme/api'),
        tags: getList('tags'),
        dockerfile: getString('dockerfile'),
        baseImage: getString('base-image', 'python:3.12-slim'),
        push: getBoolean('push', false),
        registry: getString('registry'),
        username: getString('username'),
        password,
        cache: getBoolean('cache', true),
        verifyParity: getBoolean('verify-parity', true),
        testCommand: getString('test-command').split(/\s+/).filter(Boolean),
        buildArgs,
        platforms: getList('platforms'),
        command,
        printDockerfile: getBoolean('print-dockerfile', false),
        // Anywhere the user names (e.g. ${{ runner.temp }}/context); relative paths are from the workspace.
        stageContext: getString('stage-context') ? (0,external_node_path_.resolve)(workspaceRoot(), getString('stage-context')) : '',
        sourceDateEpoch: getString('source-date-epoch'),
        noCache: getBoolean('no-cache', false),
    };
}
class Timer {
    phases = [];
    last = Date.now();
    mark(name) {
        const now = Date.now();
        this.phases.push([name, now - this.last]);
        this.last = now;
    }
}
function fullTags(image, tags, sha) {
    const repo = repositoryOf(image);
    const explicitTag = image.includes(':') && image.lastIndexOf(':') > image.lastIndexOf('/') ? image : undefined;
    const out = [];
    if (explicitTag)
        out.push(explicitTag);
    else
        out.push(`${repo}:${sha ? sha.slice(0, 7) : 'latest'}`);
    for (const t of tags)
        out.push(t.includes('/') || t.includes(':') ? t : `${repo}:${t}`);
    return [...new Set(out)];
}
/** The FROM reference for this builder (builderBaseRef), or the error saying why there is none. */
function baseFor(builder, baseImage, base) {
    const fromRef = builderBaseRef(builder, baseImage, base);
    if (fromRef)
        return fromRef;
    throw new errors/* UserError */.yo(`The base image ${baseImage} is in the Docker engine, but not from its registry (no digest of ${repositoryOf(baseImage)}), and the buildx builder uses the ${builder.driver} driver: its BuildKit resolves FROM in the registry, not in the engine's image store, so it would build from another image or fail.`, {
        title: 'base image not in a registry',
        hint: `Push the base image to a registry the builder can reach and pass that reference (pinned: ${repositoryOf(baseImage)}@sha256:\u2026), or build with the docker driver (docker buildx use default).`,
    });
}
/** A promise awaited later: its rejection must not count as unhandled in the meantime. */
function settleLater(p) {
    p.catch(() => undefined);
    return p;
}
function hasSrcLayout(dir) {
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'src')) && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'src', '__init__.py'));
}
async function runBuild(builder, args, cwd) {
    startGroup(`build: ${builder.description}`);
    const r = await builder.client.run(args, { cwd, timeoutMs: 60 * 60_000, onOutput: (chunk) => process.stdout.write(chunk) });
    endGroup();
    return { code: r.code, log: `${r.stdout}\n${r.stderr}` };
}
async function main() {
    const timer = new Timer();
    const inputs = readInputs();
    const workspace = workspaceRoot();
    const dir = inputs.workingDirectory;
    const generated = !inputs.dockerfile;
    const userDockerfile = generated ? undefined : (0,external_node_path_.join)(dir, inputs.dockerfile);
    if (inputs.stageContext && !generated) {
        throw new errors/* UserError */.yo('stage-context writes the build context of the generated Dockerfile; with your own Dockerfile, your repository is the context.', { title: 'invalid input: stage-context', hint: 'Leave dockerfile empty, or drop stage-context.' });
    }
    if (inputs.stageContext && (0,external_node_fs_.existsSync)(inputs.stageContext) && (0,external_node_fs_.readdirSync)(inputs.stageContext).length) {
        throw new errors/* UserError */.yo(`stage-context ${relativeToWorkspace(inputs.stageContext)} is not empty: the staged context must hold only what the action writes.`, { title: 'invalid input: stage-context', hint: 'Name a new or empty directory.' });
    }
    if (userDockerfile && !(0,external_node_fs_.existsSync)(userDockerfile)) {
        throw new errors/* UserError */.yo(`Dockerfile ${relativeToWorkspace(userDockerfile)} does not exist.`, { title: 'dockerfile not found', hint: 'Set `dockerfile` relative to working-directory, or leave it empty to generate one from the lockfile.' });
    }
    // Independent start-up work runs side by side: each is a process spawn of 50\u2013150 ms.
    const engineReady = inputs.printDockerfile ? undefined : settleLater(readyBuilder());
    // Finding pip is a Python start-up (20\u2013100 ms of CPU beside the engine probes): started once, and
    // only when something may need it \u2014 not when this lock's wheels are already in the local cache.
    let pipProbe;
    const hostPipLater = () => (pipProbe ??= settleLater(findHostPip()));
    // The commit (git) is read while the lock is parsed.
    const commitRead = inputs.printDockerfile ? undefined : settleLater(readCommit(dir, inputs.sourceDateEpoch));
    const lock = await loadLock(dir, workspace);
    if (generated && !(inputs.cache && localWheelhouseReady(lock.lockHash)))
        void hostPipLater();
    const lockRel = relativeToWorkspace(lock.lockfile);
    const srcLayout = hasSrcLayout(dir);
    // With pip on the runner the wheels come from a wheelhouse; the Dockerfile says which. Awaited only
    // when needed: finding pip (a Python start-up) runs beside the engine checks and the base probe.
    const generatedDockerfile = (wheelhouse) => generateDockerfile({ manager: lock.manager, lockfile: (0,external_node_path_.relative)(dir, lock.lockfile), baseImage: inputs.baseImage, command: inputs.command, wheelhouse, srcLayout });
    if (inputs.printDockerfile) {
        process.stdout.write(generated ? generatedDockerfile(Boolean(await hostPipLater())) : (0,external_node_fs_.readFileSync)(userDockerfile, 'utf8'));
        return;
    }
    let dockerfileText = generated ? '' : (0,external_node_fs_.readFileSync)(userDockerfile, 'utf8');
    let useWheelhouse = false;
    timer.mark('lock');
    const commit = await commitRead;
    if (commit.epochSource !== 'git') {
        annotations.notice(`SOURCE_DATE_EPOCH=${commit.epoch} comes from ${commit.epochSource === 'default' ? 'the default (0)' : `the ${commit.epochSource}`}, not from the commit time: ${dir} is not a git checkout.`, undefined, 'SOURCE_DATE_EPOCH');
    }
    const labels = imageLabels(commit, lock.lockHash, lock.manager);
    const tags = fullTags(inputs.image, inputs.tags, commit.sha);
    let builder = await engineReady;
    const client = builder.client;
    const images = new DockerImages(client);
    // Asked now (one `docker info`, remembered), needed by the build: does the gha cache apply to the docker driver?
    if (builder.kind === 'buildx' && builder.driver === 'docker' && inputs.cache)
        void images.usesContainerdStore();
    if (inputs.platforms.length > 1) {
        throw new errors/* UserError */.yo(`One platform at a time: the image is loaded into the engine to be verified (got ${inputs.platforms.join(', ')}).`, { title: 'invalid input: platforms', hint: 'Use a matrix over platforms.' });
    }
    const platform = inputs.platforms[0];
    timer.mark('engine');
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || '/tmp', 'blackbelt-build-'));
    let py;
    let base;
    let derived;
    let wheelhouse;
    let contextDir = dir;
    let consoleScripts = [];
    let removingBuilt; // the pre-normalisation image, removed while the rest goes on
    let dockerfilePath = userDockerfile;
    const buildArgs = { ...inputs.buildArgs, SOURCE_DATE_EPOCH: String(commit.epoch) };
    const deriveFor = (env) => deriveLockedSet(lock.locked, env, { manager: lock.manager, markerContext: lock.markerContext, production: lock.productionFor?.(env), lockDir: (0,external_node_path_.dirname)(lock.lockfile), projectDir: dir });
    try {
        if (generated) {
            if (!/@sha256:[0-9a-f]{64}$/.test(inputs.baseImage)) {
                annotations.warning(`base-image ${inputs.baseImage} is not pinned by digest: the same commit can build a different image when the tag moves. Pin it as ${repositoryOf(inputs.baseImage)}@sha256:\u2026`, undefined, 'base image not pinned');
            }
            base = await images.ensureLocal(inputs.baseImage, 'base image');
            const fromRef = baseFor(builder, inputs.baseImage, base);
            // A builder with its own BuildKit resolves FROM in the registry: pin it to what was probed here.
            if (fromRef !== inputs.baseImage)
                buildArgs.BASE_IMAGE = fromRef;
            py = await probeEnvironmentCached(client, inputs.baseImage, base.Id, localCacheRoot(), platform);
            if (!pipSupportsPythonFlag(py.pip)) {
                throw new errors/* UserError */.yo(`The base image ${inputs.baseImage} has ${py.pip ? `pip ${py.pip}` : 'no pip'}; the generated Dockerfile installs into a pip-less venv with \`pip --python\` (pip \u2265 22.3).`, {
                    title: 'base image pip too old',
                    hint: 'Use a base image with python3 and pip \u2265 22.3 (python:3.11-slim or newer, Debian bookworm python3-pip).',
                });
            }
            derived = deriveFor(py.env);
            // A wheelhouse in the local cache that covers the lock needs no pip (a code-only rebuild).
            useWheelhouse = (inputs.cache && localWheelhouseReady(lock.lockHash, py, derived.packages)) || Boolean(await hostPipLater());
            dockerfileText = generatedDockerfile(useWheelhouse);
            timer.mark('probe base');
            contextDir = inputs.stageContext || (0,external_node_path_.join)(scratch, 'context');
            const depsDir = (0,external_node_path_.join)(contextDir, 'deps');
            (0,external_node_fs_.mkdirSync)(depsDir, { recursive: true });
            const reqFile = (0,external_node_path_.join)(depsDir, 'requirements.txt');
            (0,external_node_fs_.writeFileSync)(reqFile, derived.requirements);
            if (derived.local.length && !useWheelhouse)
                throw localNeedPip(derived.local);
            if (useWheelhouse) {
                wheelhouse = await prepareWheelhouse({ pip: hostPipLater, py, lockHash: lock.lockHash, requirementsFile: reqFile, packages: derived.packages, target: (0,external_node_path_.join)(depsDir, 'wheels'), cache: inputs.cache, scratch });
                info(`wheelhouse: ${wheelhouse.files.length} wheel(s), cache ${wheelhouse.cache} (${wheelhouse.key}${wheelhouse.seededFrom ? `, from ${wheelhouse.seededFrom}` : ''}), ${wheelhouse.downloaded} downloaded, ${wheelhouse.ms} ms`);
            }
            else {
                annotations.notice('No pip on the host: the locked wheels are fetched from the index inside the build (hash-checked). Install Python on the runner for air-gapped builds and a wheel cache.', undefined, 'wheelhouse skipped');
            }
            if (derived.local.length) {
                // After the wheelhouse (which keeps only the lock's downloads): workspace members and other local packages.
                const hostPip = await hostPipLater();
                if (!hostPip)
                    throw localNeedPip(derived.local);
                const built = await buildLocalWheels(hostPip, derived.local, (0,external_node_path_.join)(depsDir, 'wheels'), commit.epoch, scratch);
                info(`local packages built into wheels: ${built.map((b) => `${b.name} ${b.version}`).join(', ')}`);
                derived = withLocalWheels(derived, built, lock.manager);
                (0,external_node_fs_.writeFileSync)(reqFile, derived.requirements);
            }
            (0,external_node_fs_.utimesSync)(reqFile, ...contentTimes((0,external_node_crypto_.createHash)('sha256').update(derived.requirements).digest('hex')));
            const staged = (0,external_node_path_.relative)(dir, contextDir);
            const inside = inputs.stageContext && staged && !staged.startsWith('..') && !(0,external_node_path_.isAbsolute)(staged) ? new Set([staged.split(external_node_path_.sep).join('/')]) : new Set();
            consoleScripts = writeSource(dir, (0,external_node_path_.join)(contextDir, 'src.tar'), commit.epoch, srcLayout, inside);
            dockerfilePath = (0,external_node_path_.join)(contextDir, 'Dockerfile');
            (0,external_node_fs_.writeFileSync)(dockerfilePath, dockerfileText);
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(contextDir, '.dockerignore'), 'Dockerfile\n');
            timer.mark('wheelhouse + context');
            if (inputs.stageContext) {
                reportStaged(contextDir, buildArgs, useWheelhouse, lock.lockHash, consoleScripts);
                return;
            }
        }
        // ---- build
        const iidfile = (0,external_node_path_.join)(scratch, 'iid');
        const buildWith = async (b) => {
            const containerdStore = b.kind === 'buildx' && b.driver === 'docker' && inputs.cache ? await images.usesContainerdStore() : false;
            const cacheFlags = ghaCacheFlags(b, inputs.cache, process.env, containerdStore);
            const argv = buildArgv(b, {
                context: contextDir,
                dockerfile: dockerfilePath,
                tags,
                buildArgs,
                labels,
                iidfile,
                noCache: inputs.noCache,
                platforms: platform ? [platform] : [],
                network: generated && useWheelhouse ? 'none' : undefined,
                cacheFrom: cacheFlags.from,
                cacheTo: cacheFlags.to,
            });
            return { ...(await runBuild(b, argv, contextDir)), cacheFlags };
        };
        let built = await buildWith(builder);
        if (built.code !== 0 && builder.assumed) {
            // The builder was told from buildx's files: ask buildx itself before believing the failure.
            const checked = await detectBuilder(undefined, { assume: false });
            if (checked.kind !== builder.kind || checked.driver !== builder.driver) {
                annotations.notice(`The build failed with the default buildx builder; ${checked.description} is the one to use: building again with it.`, undefined, 'builder re-detected');
                builder = checked;
                // The assumed builder (driver docker) builds FROM the base as given; only another driver needs it pinned.
                if (generated && base) {
                    const fromRef = baseFor(builder, inputs.baseImage, base);
                    if (fromRef !== inputs.baseImage)
                        buildArgs.BASE_IMAGE = fromRef;
                }
                built = await buildWith(builder);
            }
        }
        const cacheFlags = built.cacheFlags;
        if (built.code !== 0)
            throw buildError(built.log, dockerfileText, userDockerfile, generated, inputs.baseImage);
        const rawId = (0,external_node_fs_.readFileSync)(iidfile, 'utf8').trim();
        const reused = cachedSteps(built.log);
        const ghaCache = cacheFlags.to.length ? { scope: GHA_CACHE_SCOPE, ...ghaCacheErrors(built.log) } : undefined;
        if (ghaCache?.import)
            annotations.warning(`The BuildKit layer cache could not be read from the GitHub Actions cache (type=gha, scope=${GHA_CACHE_SCOPE}): ${ghaCache.import}. The build went on without it.`, undefined, 'gha cache import failed');
        if (ghaCache?.export)
            annotations.warning(`The BuildKit layer cache could not be written to the GitHub Actions cache (type=gha, scope=${GHA_CACHE_SCOPE}): ${ghaCache.export}. The image is built; the next run may rebuild its layers.`, undefined, 'gha cache export failed');
        timer.mark('build');
        // ---- reproducible: normalise the config, while the built image is listed for parity
        const builtImage = await inspectBuilt(images, rawId, tags);
        const baseLayers = base?.RootFS?.Layers ?? [];
        // Normalising rewrites only timestamps (checked below), so the listing of the built image holds
        // for the normalised one: both run side by side. A generated image's listing is reused when its
        // layers below the source layer were listed before (installed.ts says why that is exact).
        const key = generated && inputs.cache ? listingKey(builtImage, baseLayers.length + 1, platform) : undefined;
        const listOptions = { platform, isolated: generated, cacheFile: key ? listingCacheFile(localCacheRoot(), key) : undefined };
        const listing = inputs.verifyParity ? settleLater(listInstalled(client, builtImage.Id, listOptions)) : undefined;
        const normalised = await normaliseImage(images, rawId, commit.epoch, tags, builtImage).catch(async (e) => {
            await listing?.catch(() => undefined);
            throw e;
        });
        const imageId = normalised.imageId;
        const inspect = normalised.inspect ?? (await images.inspect(imageId));
        if (!inspect)
            throw new Error(`normalised image ${imageId} is not in the engine after docker load`);
        const layers = inspect.RootFS?.Layers ?? [];
        const depsLayer = generated ? layers[baseLayers.length] : undefined;
        const sourceLayer = generated ? layers[baseLayers.length + 1] : undefined;
        timer.mark('normalise');
        // ---- parity
        const listed = await listing?.then((value) => ({ value }), (error) => ({ error }));
        // The pre-normalisation image, once nothing runs it (by the engine's own ID: on the containerd store the iidfile's config digest does not resolve).
        if (normalised.builtId !== imageId)
            removingBuilt = settleLater(images.remove(normalised.builtId));
        if (listed && 'error' in listed)
            throw listed.error;
        let installed = listed?.value;
        let parity;
        if (installed) {
            if (!sameContents(builtImage, inspect))
                installed = await listInstalled(client, imageId, { ...listOptions, cacheFile: undefined });
            if (!py)
                py = await probeEnvironment(client, imageId, platform);
            if (!derived)
                derived = withLockedLocals(deriveFor(py.env));
            parity = compareParity(derived.packages, installed.probe, new Set(lock.locked.map((p) => p.name)));
            timer.mark('parity');
        }
        // ---- test-command
        let testResult;
        if (inputs.testCommand.length && (!parity || parity.pass)) {
            const [entry, ...rest] = inputs.testCommand;
            startGroup(`test-command: ${inputs.testCommand.join(' ')}`);
            const r = await client.run(['run', '--rm', '--pull=never', '--network', 'none', '--entrypoint', entry, ...(platform ? ['--platform', platform] : []), imageId, ...rest], { timeoutMs: 60 * 60_000, onOutput: (c) => process.stdout.write(c) });
            endGroup();
            testResult = { code: r.code, output: `${r.stdout}${r.stderr}` };
            timer.mark('test-command');
        }
        // ---- push
        let digest = imageId;
        let imageRef = tags[0];
        let pushed = false;
        const parityOk = !parity || parity.pass;
        const testsOk = !testResult || testResult.code === 0;
        if (inputs.push && parityOk && testsOk) {
            const registry = inputs.registry || registryOf(tags[0]);
            const reg = new DockerRegistry(client);
            try {
                if (inputs.username || inputs.password) {
                    if (!inputs.username || !inputs.password)
                        throw new errors/* UserError */.yo('Give both `username` and `password` to log in (or neither to use the runner\'s existing docker login).', { title: 'incomplete credentials' });
                    await reg.login(registry, inputs.username, inputs.password);
                }
                const first = await reg.push(tags[0]);
                for (const t of tags.slice(1))
                    await reg.push(t);
                digest = first.digest;
                imageRef = `${repositoryOf(tags[0])}@${digest}`;
                pushed = true;
            }
            finally {
                await reg.close(inputs.username ? registry : undefined);
            }
            timer.mark('push');
        }
        // ---- outputs, report, summary
        const report = {
            image: inputs.image,
            imageRef,
            digest,
            imageId,
            pushed,
            tags,
            labels,
            sourceDateEpoch: commit.epoch,
            sourceDateEpochFrom: commit.epochSource,
            lock: { manager: lock.manager, file: lockRel, hash: lock.lockHash },
            dockerfile: generated ? 'generated' : relativeToWorkspace(userDockerfile),
            baseImage: generated ? inputs.baseImage : undefined,
            builder: { kind: builder.kind, driver: builder.driver, description: builder.description },
            ghaCache,
            environment: py ? { python: py.env.python_full_version, platform: platformKey(py), machine: py.env.platform_machine } : undefined,
            consoleScripts: consoleScripts.map((c) => ({ name: c.name, target: c.target })),
            wheelhouse: wheelhouse ? { key: wheelhouse.key, cache: wheelhouse.cache, seededFrom: wheelhouse.seededFrom, downloaded: wheelhouse.downloaded, wheels: wheelhouse.files, ms: wheelhouse.ms } : undefined,
            layers: { all: layers, dependencies: depsLayer, source: sourceLayer, reusedSteps: reused, buildImageId: rawId },
            parity: parity ? { pass: parity.pass, rows: parity.rows, listing: installed.from } : undefined,
            excluded: derived?.excluded ?? [],
            testCommand: testResult ? { argv: inputs.testCommand, exitCode: testResult.code } : undefined,
            normalisedBy: normalised.by,
            timingsMs: Object.fromEntries(timer.phases),
        };
        const reportPath = writeJsonReport('build-parity-image', report);
        setOutputs({
            'image-ref': imageRef,
            digest,
            'image-id': imageId,
            'lock-hash': lock.lockHash,
            parity: parity ? (parity.pass ? 'pass' : 'fail') : 'skipped',
            report: reportPath,
        });
        writeSummary(report, parity, derived, testResult);
        if (parity && !parity.pass) {
            for (const p of parity.problems.slice(0, 8))
                annotations.error(describeProblem(p), { file: lockRel }, `parity: ${p.status}`);
            throw new errors/* UserError */.yo(`The image does not match ${lockRel}: ${parity.problems.map((p) => `${p.name} (${p.status})`).join(', ')}.`, {
                title: 'environment parity failed',
                location: { file: lockRel },
                hint: 'Install exactly the locked set (pip install --require-hashes --no-deps -r <requirements from the lock>), and nothing after it; the summary lists each difference.',
            });
        }
        if (testResult && testResult.code !== 0) {
            throw new errors/* UserError */.yo(`test-command \`${inputs.testCommand.join(' ')}\` failed in the built image with exit code ${testResult.code}:\n${lastLines(testResult.output, 40)}`, { title: 'test-command failed' });
        }
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
        await removingBuilt?.catch(() => undefined);
    }
}
/**
 * A context file's mtime as a function of its content. A constant mtime would be wrong: BuildKit
 * syncs the context incrementally and skips files whose size and mtime match its previous copy, so a
 * lock change that keeps the file's size (structlog==26.1.0 \u2192 25.5.0) would build from the old
 * requirements. Same content \u2192 same mtime (cache reuse), new content \u2192 re-sent.
 */
function contentTimes(sha256hex) {
    const t = FIXED_MTIME + parseInt(sha256hex.slice(0, 6), 16);
    return [t, t];
}
/** The project and its console-script wrappers as the source tar (context.ts, scripts.ts); returns the scripts. */
function writeSource(dir, tarPath, epoch, srcLayout, leaveOut) {
    const pyprojectPath = (0,external_node_path_.join)(dir, 'pyproject.toml');
    const pyprojectRel = relativeToWorkspace(pyprojectPath);
    const found = projectScripts((0,external_node_fs_.existsSync)(pyprojectPath) ? (0,external_node_fs_.readFileSync)(pyprojectPath, 'utf8') : undefined, pyprojectRel);
    for (const k of found.skipped)
        annotations.warning(`Console script \`${k.name}\` is not put on PATH: ${k.why}.`, { file: pyprojectRel }, 'console script skipped');
    const written = writeSourceTar(dir, tarPath, epoch, scriptEntries(found.scripts, srcLayout ? '/app/src' : '/app', epoch, FIXED_MTIME), leaveOut);
    (0,external_node_fs_.utimesSync)(tarPath, ...contentTimes(written.sha256));
    return found.scripts;
}
/** stage-context: say how to build what was written, and stop. */
function reportStaged(dir, buildArgs, offline, lockHash, scripts) {
    const argv = ['docker', 'buildx', 'build', ...(offline ? ['--network', 'none'] : []), ...Object.entries(buildArgs).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]), '-t', 'IMAGE', dir];
    const command = argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`)).join(' ');
    info(`build context staged in ${dir}; build it with:\n  ${command}`);
    const shown = relativeToWorkspace(dir).startsWith('..') ? dir : relativeToWorkspace(dir); // outside the workspace: as given
    setOutputs({ 'lock-hash': lockHash, context: dir });
    new SummaryBuilder()
        .heading('build-parity-image: build context staged')
        .paragraph(`The generated Dockerfile and its context (deps/requirements.txt${offline ? ', deps/wheels/' : ''}, src.tar${scripts.length ? ` with ${scripts.length} console script(s)` : ''}) are in \`${shown}\`. Nothing was built, so nothing was verified: build it, then check parity by building with this action.`)
        .code(command, 'sh')
        .write();
}
function localNeedPip(local) {
    return new errors/* UserError */.yo(`The lock installs local path dependencies (${local.map((l) => l.name || l.path).join(', ')}), which are built into wheels on the runner: that needs Python with pip on the runner.`, {
        title: 'local dependencies need pip',
        hint: 'Add actions/setup-python before this step (GitHub runners have python3 and pip by default).',
    });
}
function buildError(log, dockerfile, userDockerfile, generated, baseImage) {
    const f = parseBuildFailure(log, dockerfile);
    const file = userDockerfile ? relativeToWorkspace(userDockerfile) : undefined;
    const where = f.line ? `${file ?? 'generated Dockerfile'}:${f.line}` : (file ?? 'the generated Dockerfile');
    const dfLines = dockerfile.split('\n');
    const context = f.line ? dfLines.slice(Math.max(0, f.line - 2), f.line + 1).map((l, i) => `${Math.max(1, f.line - 1) + i} | ${l}`).join('\n') : '';
    const missingBase = /pull access denied|repository does not exist|not found: manifest unknown|failed to resolve source metadata|no such host|dial tcp/i.test(log);
    return new errors/* UserError */.yo(`docker build failed at ${where}${f.step ? ` (${f.step})` : ''}: ${f.error}\n${context ? `${context}\n` : ''}--- build log (last lines) ---\n${f.excerpt}`, {
        title: 'docker build failed',
        location: file ? { file, line: f.line } : undefined,
        hint: missingBase
            ? `A FROM image could not be resolved without a registry (base ${baseImage}). Make it present locally first.`
            : generated
                ? 'The generated Dockerfile failed: run with --print-dockerfile to see it; a locked package may need a newer pip or a different base image.'
                : 'Fix the failing instruction; the build log above shows its output.',
    });
}
function ghaFact(gha) {
    if (!gha)
        return [];
    const part = (what, err) => (err ? `\u26a0\ufe0f ${what} failed (${err})` : `${what} ok`);
    return [['layer cache', `GitHub Actions cache, type=gha scope=${gha.scope}: ${part('import', gha.import)}, ${part('export', gha.export)}`]];
}
const REPRODUCIBLE_BY = {
    builder: 'the builder (it honoured SOURCE_DATE_EPOCH: image kept as built)',
    config: 'a config rewrite (timestamps := SOURCE_DATE_EPOCH; rebuilt from inspect + history, no layer re-exported)',
    archive: 'a config rewrite through docker save/load (the engine needed the whole archive)',
};
function writeSummary(report, parity, derived, testResult) {
    const s = new SummaryBuilder().heading('build-parity-image');
    const layers = report.layers;
    const wh = report.wheelhouse;
    const lock = report.lock;
    const scripts = report.consoleScripts;
    s.facts([
        ['image-ref', `\`${report.imageRef}\`${report.pushed ? '' : ' (local tag only: not pushed)'}`],
        ['digest', `\`${report.digest}\`${report.pushed ? ' (registry manifest digest)' : ' (image ID: not pushed, so there is no registry digest)'}`],
        ['image-id', `\`${report.imageId}\``],
        ['lock', `${lock.file} (${lock.manager}), sha256 ${lock.hash.slice(0, 16)}\u2026`],
        ['SOURCE_DATE_EPOCH', `${report.sourceDateEpoch} (${rfc3339(report.sourceDateEpoch)}, from ${report.sourceDateEpochFrom})`],
        ['builder', report.builder.description],
        ...ghaFact(report.ghaCache),
        ['reproducible by', REPRODUCIBLE_BY[report.normalisedBy]],
        ['parity', parity ? (parity.pass ? '\u2705 pass' : `\u274c fail (${parity.problems.length} difference(s))`) : 'skipped'],
        ['test-command', testResult ? (testResult.code === 0 ? '\u2705 passed' : `\u274c exit ${testResult.code}`) : 'none'],
        ...(scripts.length ? [['console scripts', scripts.map((c) => `\`${c.name}\` \u2192 ${c.target}`).join(', ')]] : []),
    ]);
    s.heading('Layer reuse', 3);
    const reuse = [];
    if (layers.dependencies)
        reuse.push(`dependency layer \`${layers.dependencies.slice(0, 19)}\u2026\`${layers.reusedSteps.some((st) => /\bdeps\b|pip --python/.test(st)) ? ' (reused from cache)' : ''}`);
    if (layers.source)
        reuse.push(`source layer \`${layers.source.slice(0, 19)}\u2026\``);
    if (wh)
        reuse.push(`wheelhouse: ${wh.wheels.length} wheel(s), cache ${wh.cache} (\`${wh.key}\`${wh.seededFrom ? `, started from \`${wh.seededFrom}\`` : ''}), ${wh.downloaded} downloaded`);
    reuse.push(`${layers.reusedSteps.length} build step(s) reused from cache`);
    s.list(reuse);
    s.heading('Labels', 3).table(['label', 'value'], Object.entries(report.labels));
    if (parity) {
        s.heading('Parity: installed vs locked', 3);
        const listing = report.parity?.listing;
        s.paragraph(listing === 'reused'
            ? 'Installed set: the listing of identical dependency layers (same sha256 diffIDs below the source layer, same config), taken by running an earlier build; only the source layer differs, and the isolated probe cannot see it.'
            : 'Installed set: listed by running this image (`python3` from its PATH, importlib.metadata over its site-packages).');
        if (parity.problems.length)
            s.table(['package', 'problem', 'locked', 'installed'], parity.problems.map((p) => [p.name, p.status, p.locked ?? '\u2014', p.installed ?? '\u2014']));
        s.details(`all ${parity.rows.length} distribution(s)`, new SummaryBuilder().table(['package', 'status', 'locked', 'installed'], parity.rows.map((p) => [p.name, p.status, p.locked ?? '\u2014', p.installed ?? '\u2014'])));
    }
    if (derived?.excluded.length)
        s.details(`${derived.excluded.length} locked package(s) not in this image`, new SummaryBuilder().table(['package', 'version', 'why'], derived.excluded.map((e) => [e.name, e.version, e.reason])));
    s.heading('Timings', 3).table(['phase', 'ms'], Object.entries(report.timingsMs));
    s.write();
}

;// CONCATENATED MODULE: ./actions/build-parity-image/index.ts
// Entry point bundled into dist/build-parity-image/index.js: everything thrown ends in one readable failure.


void runAction('build-parity-image', main);

