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
/* harmony export */   as: () => (/* binding */ parseSpecifier),
/* harmony export */   dQ: () => (/* binding */ compareParsed),
/* harmony export */   ib: () => (/* binding */ satisfies),
/* harmony export */   o5: () => (/* binding */ canonicalSpecifiers),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   ri: () => (/* binding */ isValidVersion),
/* harmony export */   u3: () => (/* binding */ poetryToPep440),
/* harmony export */   z7: () => (/* binding */ poetrySatisfies)
/* harmony export */ });
/* unused harmony exports formatVersion, normalizeVersion, isPrerelease, isPostrelease, compareVersions, formatSpecifier */
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

/***/ 6367:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
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
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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
        return parse(text, { integersAsBigInt: true });
    }
    catch (err) {
        if (err instanceof TomlError) {
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

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

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
    if (!(0,external_node_fs_.existsSync)(path))
        throw new Error(`Missing file at path: ${path}`);
    (0,external_node_fs_.appendFileSync)(path, `${message}${external_node_os_namespaceObject.EOL}`, { encoding: 'utf8' });
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
var shared_errors = __nccwpck_require__(9223);
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
    if ((0,shared_errors/* isUserError */.iU)(thrown)) {
        const message = thrown.hint ? `${thrown.message}\n${thrown.hint}` : thrown.message;
        annotations.fail(message, thrown.location, thrown.title);
        return;
    }
    const text = (0,shared_errors/* describeThrown */.YI)(thrown);
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
    throw new shared_errors/* UserError */.yo(`Input "${name}" must be true or false, got "${rawInput(name)}".`, { title: `invalid input: ${name}` });
}
function getChoice(name, choices, fallback) {
    const value = rawInput(name).toLowerCase();
    if (!value)
        return fallback;
    if (choices.includes(value))
        return value;
    throw new shared_errors/* UserError */.yo(`Input "${name}" must be one of ${choices.join(', ')}; got "${rawInput(name)}".`, { title: `invalid input: ${name}` });
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
        throw new shared_errors/* UserError */.yo(`Input "${name}" points outside the workspace: "${value}" resolves to ${resolved}, which is not under ${root}.`, {
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

// EXTERNAL MODULE: ./actions/shared/lockfile/names.ts
var names = __nccwpck_require__(1882);
// EXTERNAL MODULE: ./actions/shared/lockfile/toml.ts + 10 modules
var toml = __nccwpck_require__(6367);
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
    const pyproject = (0,external_node_path_.join)(dir, 'pyproject.toml');
    if ((0,external_node_fs_.existsSync)(pyproject)) {
        const text = (0,external_node_fs_.readFileSync)(pyproject, 'utf8');
        if (/^\[tool\.poetry(\.|\])/m.test(text) && !/^\[tool\.(uv|pdm)/m.test(text))
            return { manager: 'poetry', manifest: pyproject, fix: 'poetry lock' };
        if (/^\[tool\.pdm/m.test(text))
            return { manager: 'pdm', manifest: pyproject, fix: 'pdm lock' };
        return { manager: 'uv', manifest: pyproject, fix: 'uv lock' };
    }
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'Pipfile')))
        return { manager: 'pipenv', manifest: (0,external_node_path_.join)(dir, 'Pipfile'), fix: 'pipenv lock' };
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'requirements.in'))) {
        return { manager: 'pip-tools', manifest: (0,external_node_path_.join)(dir, 'requirements.in'), fix: 'pip-compile --generate-hashes requirements.in' };
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
    poetry: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(327), __nccwpck_require__.e(877)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8877))).checkPoetry,
    uv: async () => {
        const { checkUv } = await Promise.all(/* import() */[__nccwpck_require__.e(327), __nccwpck_require__.e(87)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3087));
        return (input) => checkUv(input);
    },
    'pip-tools': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(327), __nccwpck_require__.e(87), __nccwpck_require__.e(60)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3060))).checkRequirements,
    pdm: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(327), __nccwpck_require__.e(177)]).then(__nccwpck_require__.bind(__nccwpck_require__, 177))).checkPdm,
    pipenv: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(327), __nccwpck_require__.e(524)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4524))).checkPipenv,
    pylock: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(327), __nccwpck_require__.e(87), __nccwpck_require__.e(60), __nccwpck_require__.e(177), __nccwpck_require__.e(520)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2520))).checkPylock,
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
        if (dir === (0,external_node_os_namespaceObject.tmpdir)())
            throw e;
        return write((0,external_node_os_namespaceObject.tmpdir)());
    }
}

;// CONCATENATED MODULE: ./actions/verify-lockfile/checkrun.ts


/** GitHub accepts at most 50 annotations per check-run request; more go in follow-up updates. */
const ANNOTATIONS_PER_REQUEST = 50;
/** An API that accepts the connection and never answers must not hold the job (fetch waits 5 min). */
const REQUEST_TIMEOUT_MS = 15_000;
/**
 * Head commit of the pull request this workflow runs for: undefined when it is not a PR, or the
 * reason the event payload could not give it (the check run cannot be published; say why).
 */
function pullRequestHeadSha() {
    const event = process.env.GITHUB_EVENT_NAME ?? '';
    if (!['pull_request', 'pull_request_target', 'merge_group'].includes(event))
        return undefined;
    const path = process.env.GITHUB_EVENT_PATH;
    if (!path)
        return { unreadable: 'GITHUB_EVENT_PATH is not set' };
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        return { unreadable: `the event payload ${path} could not be read (${e.message.split('\n')[0]})` };
    }
    const sha = payload?.pull_request?.head?.sha ?? payload?.merge_group?.head_sha;
    if (typeof sha === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha))
        return sha;
    return { unreadable: `the ${event} event payload ${path} names no head commit` };
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
/** Why the API refused (or could not be reached), in words that point at the right fix. */
function whyNotPublished(e, baseUrl) {
    const err = e;
    const detail = (err.message ?? String(e)).split('\n')[0].slice(0, 200);
    // Octokit answers 500 for a request that never got a response (refused, DNS, timeout): no `response`.
    if (!err.response) {
        const timedOut = err.name === 'TimeoutError' || /timeout|aborted/i.test(detail);
        return `the GitHub API at ${baseUrl} ${timedOut ? `did not answer within ${REQUEST_TIMEOUT_MS / 1000} s` : `could not be reached (${detail})`}.`;
    }
    if (err.status === 401)
        return `the github-token was rejected (HTTP 401: ${detail}).`;
    if (err.status === 403 || err.status === 404) {
        return `HTTP ${err.status} (${detail}): the workflow needs \`permissions: checks: write\` (fork pull requests never get it).`;
    }
    return `the GitHub API at ${baseUrl} answered HTTP ${err.status ?? '?'} (${detail}).`;
}
/**
 * Publish the findings as a named check run on the PR head commit, so branch protection can require
 * it. Never fails the step: without a token or `checks: write`, say so and rely on job annotations.
 */
async function publishCheckRun(input) {
    const headSha = pullRequestHeadSha();
    if (!headSha)
        return 'skipped';
    if (typeof headSha !== 'string') {
        notice(`The "${input.name}" check run was not published: ${headSha.unreadable}. Findings are in this job's annotations.`);
        return 'skipped';
    }
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!input.token || !owner || !repo) {
        notice(`No github-token: the "${input.name}" check run was not published; findings are in this job's annotations.`);
        return 'skipped';
    }
    const baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
    const annotations = input.findings.filter((f) => f.lock?.file || f.manifest?.file).map(toCheckAnnotation);
    const output = (batch) => ({ title: input.title, summary: input.summary.slice(0, 65_000), annotations: batch });
    // Per request (merged deeply), so the proxy-aware fetch @actions/github sets up is kept.
    const request = () => ({ signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    try {
        // Loaded only here: octokit is a large share of the bundle and most runs are not pull requests.
        // Inside the try: loading it reads GITHUB_API_URL and throws on a malformed one.
        const { getOctokit } = await __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413));
        const octokit = getOctokit(input.token, { baseUrl });
        const created = await octokit.rest.checks.create({
            request: request(),
            owner,
            repo,
            name: input.name,
            head_sha: headSha,
            status: 'completed',
            conclusion: input.conclusion,
            output: output(annotations.slice(0, ANNOTATIONS_PER_REQUEST)),
        });
        for (let i = ANNOTATIONS_PER_REQUEST; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
            await octokit.rest.checks.update({ owner, repo, check_run_id: created.data.id, output: output(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST)), request: request() });
        }
        info(`Published check run "${input.name}" (${input.conclusion}) on ${headSha.slice(0, 12)}.`);
        return 'published';
    }
    catch (e) {
        notice(`Could not publish the "${input.name}" check run: ${whyNotPublished(e, baseUrl)} Findings are reported as job annotations instead.`);
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
/**
 * What each tool prints when the lock is out of date. A non-zero exit alone is no verdict: a tool that
 * crashed (a Python traceback), was too old for the flag (exit 2, usage), was killed, or could not
 * resolve offline (uv: "No solution found \u2026 network was disabled") says nothing about the lock.
 */
const STALE_OUTPUT = {
    // uv lock --check: "The lockfile at `uv.lock` needs to be updated, but `--check` was provided."
    uv: /needs to be updated/i,
    // Poetry 1.x and 2.x: "pyproject.toml changed significantly since poetry.lock was last generated";
    // before 1.6: "poetry.lock is not consistent with pyproject.toml".
    poetry: /changed significantly since|not consistent with pyproject/i,
    // pdm lock --check: "Lockfile doesn't satisfy the project requirements"; older: "Lock file hash doesn't match".
    pdm: /doesn'?t satisfy the project|hash doesn'?t match|may be outdated|not up[ -]to[ -]date/i,
    // pipenv verify: "Pipfile.lock is out-of-date. Run $ pipenv lock to update." (older: "\u2026 out of date")
    pipenv: /out[ -]of[ -]date/i,
};
/** The verdict a native check's exit code and output support. */
function nativeVerdict(manager, exitCode, output) {
    if (exitCode === 0)
        return 'fresh';
    return STALE_OUTPUT[manager]?.test(output) ? 'stale' : 'unavailable';
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
    const verdict = nativeVerdict(manager, result.code, result.stdout + '\n' + result.stderr);
    if (verdict !== 'unavailable')
        return { command, verdict, exitCode: result.code, output };
    // Crashed, killed or refused the arguments: no verdict. Say how, with the tool's most telling line.
    const how = result.code >= 128 ? 'was killed' : `exited ${result.code} without saying the lock is out of date`;
    return { command, verdict, exitCode: result.code, output: `${command[0]} ${how}${output ? `: ${verdictLine(output)}` : ''}\n${output}`.trimEnd() };
}

;// CONCATENATED MODULE: ./actions/verify-lockfile/targets.ts








/**
 * Which lockfiles a run checks: named by the inputs, detected in working-directory, or (a uv
 * workspace member) the workspace root's uv.lock \u2014 and, when there is none, the finding or error that
 * says what is there instead.
 */
/** Which lockfiles to check, from the inputs; a clear error when there is nothing to check. */
async function selectTargets(dir, manager, lockfileInput) {
    if (lockfileInput) {
        // Several lockfiles, one per line (`lockfile: |` block): each is checked, as auto would check them.
        const entries = [...new Set(lockfileInput.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#')))];
        const targets = entries.map((entry) => selectGiven(dir, manager, entry));
        return targets.filter((t, i) => targets.findIndex((o) => o.lockfile === t.lockfile) === i);
    }
    const found = detectLockfiles(dir).filter((d) => manager === 'auto' || d.manager === manager);
    for (const d of found)
        confineDetected(d.lockfile);
    if (!found.length && (manager === 'auto' || manager === 'uv')) {
        // A uv workspace member has no lock of its own: uv locks the whole workspace in the root's uv.lock.
        const root = await uvWorkspaceRoot(dir);
        if (root && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'uv.lock'))) {
            confineDetected((0,external_node_path_.join)(root, 'uv.lock'));
            return [{ manager: 'uv', lockfile: (0,external_node_path_.join)(root, 'uv.lock') }];
        }
    }
    return found;
}
/** One lockfile named by the `lockfile` input (relative to working-directory, or absolute). */
function selectGiven(dir, manager, lockfileInput) {
    // An absolute path is taken as is (confined to the workspace like any other), not glued to working-directory.
    const path = confinePath('lockfile', (0,external_node_path_.isAbsolute)(lockfileInput) ? lockfileInput : (0,external_node_path_.join)(relativeToWorkspace(dir), lockfileInput));
    if (!(0,external_node_fs_.existsSync)(path)) {
        throw new shared_errors/* UserError */.yo(`Lockfile ${relativeToWorkspace(path)} does not exist.`, {
            title: 'lockfile not found',
            hint: 'Check the `lockfile` input: it is relative to `working-directory`.',
        });
    }
    if ((0,external_node_fs_.statSync)(path).isDirectory()) {
        throw new shared_errors/* UserError */.yo(`The \`lockfile\` input names a folder, ${relativeToWorkspace(path)}; it takes the lockfile's path.`, {
            title: 'invalid input: lockfile',
            hint: 'Point `lockfile` at the file (e.g. requirements/prod.txt), or set `working-directory` to the folder and leave `lockfile` empty.',
        });
    }
    const byName = managerForPath(path);
    // A lockfile whose name says which tool wrote it, checked as another tool's lock, would only give
    // a pile of meaningless findings (requirements files and pylock are shared by several tools).
    if (manager !== 'auto' && byName && byName !== manager && !['pip-tools', 'pylock'].includes(byName)) {
        throw new shared_errors/* UserError */.yo(`${relativeToWorkspace(path)} is a ${byName} lockfile, but the \`manager\` input says ${manager}.`, {
            title: 'invalid input: manager',
            location: { file: relativeToWorkspace(path) },
            hint: `Set \`manager: ${byName}\` (or \`auto\`), or point \`lockfile\` at the ${manager} lockfile.`,
        });
    }
    const detected = manager === 'auto' ? byName : manager;
    if (!detected) {
        throw new shared_errors/* UserError */.yo(`Cannot tell which tool wrote ${relativeToWorkspace(path)}.`, {
            title: 'unknown lockfile format',
            location: { file: relativeToWorkspace(path) },
            hint: `Set the \`manager\` input to one of ${MANAGERS.join(', ')}.`,
        });
    }
    return { manager: detected, lockfile: path };
}
/**
 * A lockfile found in the checkout that is a symlink leading out of it is refused, like a `lockfile`
 * input that does: the action reads nothing outside the workspace.
 */
function confineDetected(lockfile) {
    const root = workspaceRoot();
    let real;
    let realRoot;
    try {
        real = (0,external_node_fs_.realpathSync)(lockfile);
        realRoot = (0,external_node_fs_.realpathSync)(root);
    }
    catch {
        return; // a dangling symlink: the checker reports the unreadable file
    }
    const rel = (0,external_node_path_.relative)(realRoot, real);
    if (rel === '..' || rel.startsWith('..' + external_node_path_.sep) || (0,external_node_path_.isAbsolute)(rel)) {
        throw new shared_errors/* UserError */.yo(`${relativeToWorkspace(lockfile)} is a symlink to ${real}, outside the workspace; it is not read.`, {
            title: 'lockfile outside the workspace',
            location: { file: relativeToWorkspace(lockfile) },
            hint: 'Commit the lockfile itself (or a symlink to a file inside the repository).',
        });
    }
}
/**
 * The folders from `dir` up to the checkout root (`top`), nearest first, whose pyproject.toml may
 * declare a uv workspace (a text test: the TOML reader is loaded only when one does), with that text.
 */
function workspaceCandidates(dir, top) {
    const found = [];
    for (let folder = dir;; folder = (0,external_node_path_.dirname)(folder)) {
        const rel = (0,external_node_path_.relative)(top, folder);
        if (rel === '..' || rel.startsWith('..' + external_node_path_.sep) || (0,external_node_path_.isAbsolute)(rel))
            break;
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(folder, 'pyproject.toml'), 'utf8');
        }
        catch {
            /* no pyproject.toml here */
        }
        if (text !== undefined && /^\s*\[\s*tool\s*\.\s*uv\s*\.\s*workspace\s*\]|^\s*\[\s*tool\s*\.\s*uv\s*\][^[]*\bworkspace\s*=/m.test(text))
            found.push({ folder, text });
        if (folder === (0,external_node_path_.dirname)(folder))
            break;
    }
    return found;
}
/**
 * The root of the uv workspace `dir` is a member of, found as uv finds it: the nearest parent (inside
 * the checkout) whose pyproject.toml has [tool.uv.workspace], when its `members` globs include `dir`
 * and its `exclude` globs do not. Undefined when `dir` is no member (or is a workspace root itself).
 */
async function uvWorkspaceRoot(dir) {
    const target = (0,external_node_path_.resolve)(dir);
    // Most folders without a lockfile are in no uv workspace (an empty checkout, a typo): decided without
    // loading the TOML reader and uv's checker (a third of a cold start).
    const candidates = workspaceCandidates(target, workspaceRoot());
    if (!candidates.length)
        return undefined;
    const [{ parseToml }, { expandGlob }] = await Promise.all([Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6367)), Promise.all(/* import() */[__nccwpck_require__.e(327), __nccwpck_require__.e(87)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3087))]);
    for (const { folder, text } of candidates) {
        let ws;
        try {
            const data = parseToml(text, relativeToWorkspace((0,external_node_path_.join)(folder, 'pyproject.toml')));
            ws = data.tool?.uv?.workspace;
        }
        catch {
            continue;
        }
        if (!ws || typeof ws !== 'object')
            continue;
        if (folder === target)
            return undefined; // a workspace root itself
        const table = ws;
        const globs = (v) => (Array.isArray(v) ? v.filter((g) => typeof g === 'string') : []);
        const members = new Set(globs(table.members).flatMap((g) => expandGlob(folder, g)));
        const excluded = new Set(globs(table.exclude).flatMap((g) => expandGlob(folder, g)));
        return members.has(target) && !excluded.has(target) ? folder : undefined;
    }
    return undefined;
}
function missingLockResult(dir, manager) {
    // A lockfile committed as a symlink whose target is not in the checkout is not "no lockfile".
    for (const [lockManager, name] of Object.entries(DEFAULT_LOCKFILE)) {
        if (manager !== 'auto' && manager !== lockManager)
            continue;
        const path = (0,external_node_path_.join)(dir, name);
        let target;
        try {
            if ((0,external_node_fs_.lstatSync)(path).isSymbolicLink())
                target = (0,external_node_fs_.readlinkSync)(path);
        }
        catch {
            continue;
        }
        if (target !== undefined) {
            throw new shared_errors/* UserError */.yo(`${relativeToWorkspace(path)} is a symlink to ${target}, which does not exist.`, {
                title: 'broken lockfile symlink',
                location: { file: relativeToWorkspace(path) },
                hint: 'Commit the lockfile itself, or check out what the symlink points to before this step.',
            });
        }
    }
    const hint = manifestWithoutLock(dir);
    if (!hint || (manager !== 'auto' && hint.manager !== manager && manager !== 'pip-tools')) {
        const others = detectLockfiles(dir);
        if (others.length) {
            // A project is here, just not one of the asked-for tool: say what was found, not "no project".
            throw new shared_errors/* UserError */.yo(`No ${manager} lockfile in ${relativeToWorkspace(dir)}; found ${others.map((d) => `${relativeToWorkspace(d.lockfile)} (${d.manager})`).join(', ')}.`, {
                title: 'invalid input: manager',
                hint: `Set \`manager: ${others[0].manager}\` (or \`auto\` to check every lockfile), or \`lockfile\` to the path of the ${manager} lockfile.`,
            });
        }
        const wanted = manager === 'auto' ? 'a lockfile (uv.lock, poetry.lock, pdm.lock, Pipfile.lock, pylock.toml or a pip-compile requirements.txt)' : `a ${manager} lockfile`;
        // A monorepo: the projects are in sub-folders. Name them, so the fix is one edit away.
        const below = projectsBelow(dir, manager);
        throw new shared_errors/* UserError */.yo(`No Python project found in ${relativeToWorkspace(dir)}: expected ${wanted} next to its manifest (pyproject.toml, Pipfile or requirements.in).`, {
            title: 'no lockfile',
            hint: below.length
                ? `Lockfiles were found in sub-folders: ${below.map((d) => `${relativeToWorkspace(d.lockfile)} (${d.manager})`).join(', ')}. Set \`working-directory\` to the project's folder (one step, or a matrix entry, per project).`
                : 'Set `working-directory` to the folder holding the project, or `lockfile` to the lockfile path.',
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
/** Lockfiles in the sub-folders of `dir` (a few levels down, first 10), for a monorepo root with none of its own. */
function projectsBelow(dir, manager) {
    const found = [];
    const skip = new Set(['node_modules', '__pycache__', 'site-packages', 'dist', 'build']);
    const walk = (folder, depth) => {
        if (depth > 3 || found.length >= 10)
            return;
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries.filter((x) => x.isDirectory() && !x.name.startsWith('.') && !skip.has(x.name)).sort((a, b) => a.name.localeCompare(b.name))) {
            const sub = (0,external_node_path_.join)(folder, e.name);
            const here = detectLockfiles(sub).filter((d) => manager === 'auto' || d.manager === manager);
            found.push(...here.slice(0, 10 - found.length));
            if (!here.length)
                walk(sub, depth + 1);
        }
    };
    walk(dir, 1);
    return found;
}

;// CONCATENATED MODULE: ./actions/verify-lockfile/main.ts















function sha256File(path) {
    return (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(path)).digest('hex');
}
function firstLine(text) {
    return text.split('\n')[0] ?? '';
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
/** A fix command as code; a fix that is prose with its own `code` spans stays prose (nested backticks break the cell). */
function codeCell(fix) {
    if (!fix)
        return '';
    return fix.includes('`') ? fix : `\`${fix}\``;
}
/**
 * Findings listed in the job summary. Beyond it the summary would only grow towards GitHub's 1 MiB
 * cap (and be cut mid-table); the JSON report (output `report`) lists every finding.
 */
const SUMMARY_FINDINGS = 500;
function summarize(verified, allFindings, reportPath) {
    const s = new SummaryBuilder();
    const errors = allFindings.filter((f) => f.severity === 'error').length;
    const undecided = !errors && verified.some((v) => !v.inSync);
    s.heading(errors ? `\u274c verify-lockfile: ${errors} problem(s)` : undecided ? '\u26a0\ufe0f verify-lockfile: verdict inconclusive' : '\u2705 verify-lockfile: lockfile verified');
    s.table(['lockfile', 'manager', 'written by', 'packages', 'verdict', 'lock hash'], verified.map((v) => [
        `\`${relativeToWorkspace(v.result.lockfile)}\``,
        v.result.manager,
        v.result.toolVersion ?? v.result.writtenBy ?? (v.result.formatVersion ? `lock format ${v.result.formatVersion}` : ''),
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
        // Errors first, so a cut never hides an error behind warnings.
        const rank = { error: 0, warning: 1, notice: 2 };
        const shown = [...allFindings].sort((a, b) => rank[a.severity] - rank[b.severity]).slice(0, SUMMARY_FINDINGS);
        s.heading('Findings', 3);
        s.table(['severity', 'class', 'package', 'lock', 'manifest', 'expected', 'found', 'fix'], shown.map((f) => [f.severity, f.class, f.package ?? '', where(f.lock), where(f.manifest), f.expected ?? '', f.found ?? '', codeCell(f.fix)]));
        s.paragraph(shown.map((f) => `- ${inline(f.message)}`).join('\n'));
        if (shown.length < allFindings.length) {
            s.paragraph(`_${allFindings.length - shown.length} more finding(s) not listed here; the JSON report \`${reportPath}\` (output \`report\`) has all ${allFindings.length}._`);
        }
    }
    return s;
}
async function verifyProject(options) {
    const workspace = workspaceRoot();
    const targets = await selectTargets(options.dir, options.manager, options.lockfile);
    if (!targets.length) {
        const result = missingLockResult(options.dir, options.manager);
        return [{ result, lockHash: '', inSync: false }];
    }
    const verified = [];
    for (const target of targets) {
        // dir is the project (working-directory), not the lockfile's folder: a `lockfile: requirements/prod.txt`
        // names its sources relative to where the tool ran, and the checkers look there too.
        const result = await checkLockfile(target.manager, { workspace, dir: options.dir, lockfile: target.lockfile, requireHashes: options.requireHashes });
        const lockHash = sha256File(target.lockfile);
        let native;
        let inSync = result.freshness === 'fresh';
        if (shouldRunNative(options.native, result)) {
            // pdm takes the lock's path (--lockfile) and runs in the project; the others want the lock beside the manifest.
            const cwd = target.manager === 'pdm' ? options.dir : (0,external_node_path_.dirname)(target.lockfile);
            native = await runNativeCheck(target.manager, cwd, (0,external_node_path_.relative)(cwd, target.lockfile).split(external_node_path_.sep).join('/'));
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
                    message: `Static verdict inconclusive (${result.inconclusiveReason ?? 'see summary'}) and ${native ? `the native check could not run: ${firstLine(native.output)}` : `${target.manager} has no offline check of its own to settle it`}.`,
                    lock: { file: relativeToWorkspace(target.lockfile) },
                });
            }
            else if (options.native === 'always') {
                // Asked for explicitly: say that it did not happen, rather than a silent "verified".
                result.findings.push({
                    class: 'inconclusive',
                    severity: native ? 'warning' : 'notice',
                    message: `native-check: always, but ${native ? `${native.command.join(' ')} could not run: ${firstLine(native.output)}` : `${target.manager} has no native check`}; the static verdict (${result.freshness}) stands.`,
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
/**
 * Locked packages across every lockfile checked, each name+version once: a uv export beside its
 * uv.lock, or a dev.txt constrained to requirements.txt, does not count the shared pins twice.
 */
function distinctPackages(verified) {
    if (verified.length === 1)
        return verified[0].result.packages;
    const seen = new Set();
    let uncounted = 0;
    for (const { result } of verified) {
        if (!result.locked.length)
            uncounted += result.packages;
        // A local project has no version in an export (`-e .`) but one in uv.lock: count it by name.
        for (const p of result.locked)
            seen.add(p.source === 'path' || p.source === 'project' ? `local:${p.name || p.path}` : `${p.name}@${p.version}`);
    }
    return seen.size + uncounted;
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
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        throw new shared_errors/* UserError */.yo(`working-directory "${getString('working-directory', '.')}" is not a directory in the workspace.`, {
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
    const packages = distinctPackages(verified);
    const report = writeJsonReport('verify-lockfile', {
        tool: 'blackbelt/verify-lockfile',
        inSync,
        lockfiles: verified.map((v) => ({
            manager: v.result.manager,
            lockfile: relativeToWorkspace(v.result.lockfile),
            manifest: v.result.manifest ? relativeToWorkspace(v.result.manifest) : undefined,
            toolVersion: v.result.toolVersion,
            writtenBy: v.result.writtenBy,
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
    const summary = summarize(verified, findings, report);
    try {
        summary.write();
        // The summary lists the findings GitHub's annotation cap drops: no second table from the entry wrapper.
        annotations.overflowInSummary = true;
    }
    catch (e) {
        // The job summary is a convenience: an unwritable GITHUB_STEP_SUMMARY must not hide the verdict.
        warning(`Could not write the job summary (${e.message.split('\n')[0]}); the findings are in the annotations and ${report}.`);
    }
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
            `${annotations.overflow.length ? (findings.length > SUMMARY_FINDINGS ? ` (the job summary lists the first ${SUMMARY_FINDINGS}, the JSON report ${report} all of them)` : ' (the job summary lists all of them)') : ''}.` +
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

