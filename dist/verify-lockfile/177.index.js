export const id = 177;
export const ids = [177];
export const modules = {

/***/ 8027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oF: () => (/* binding */ pdmInputGroups),
/* harmony export */   s8: () => (/* binding */ compareLockInputs)
/* harmony export */ });
/* unused harmony exports pdmUrlLine, pdmRequiresPythonText, pdmRecordedSources, pdmMarkerString */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pep508_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5688);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1882);
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5459);
/**
 * PDM's `metadata.lock_inputs` (PDM >= 2.28.1, opt-in with `tool.pdm.resolution.lock_inputs = true`),
 * rebuilt from pyproject.toml the way PDM builds it (src/pdm/project/lockfile/freshness.py) and compared
 * with what the lock recorded. PDM compares exact strings; where our rebuilt text may differ from PDM's
 * only by PDM's own normalisation (markers it rewrites, requires-python it reorders) the answer is
 * "unknown", never a guess:
 *  - a named requirement is `name[extras]; marker` without its specifier: the name with runs of
 *    `-_.` as `-` (case kept), extras deduplicated and sorted, the marker as PDM's marker library
 *    (dep_logic) prints it \u2014 replicated in pdmMarkerString for markers that compare each variable once;
 *  - a URL requirement is `url-sha256:` + sha256 of PDM's line for it (pdmUrlLine);
 *  - requires-python is PDM's PySpecSet text (specifiers sorted), sources lose credentials and
 *    carry sha256 fingerprints of their URLs, resolution is kept without `lock_inputs`.
 */




const URL_RE = /[A-Za-z][A-Za-z0-9+.-]*:\/\//;
const NAME_AND_EXTRAS = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?/;
function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
}
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
/** PDM's `project_name`: runs of `-`, `_`, `.` become `-`; the case is kept. */
function pdmProjectName(name) {
    return name.replace(/[-_.]+/g, '-');
}
/** The `name[extras]` head of PDM's line for a requirement as written. */
function lineHead(text) {
    const m = NAME_AND_EXTRAS.exec(text);
    if (!m)
        return undefined;
    const extras = [
        ...new Set((m[2] ?? '')
            .split(',')
            .map((e) => e.trim())
            .filter(Boolean)),
    ].sort();
    return `${pdmProjectName(m[1])}${extras.length ? `[${extras.join(',')}]` : ''}`;
}
/** Our rebuild of `_requirement_input(requirement)`; undefined when it cannot be rebuilt at all. */
function currentLine(written, opts) {
    let req;
    try {
        req = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRequirement */ .pP)(written);
    }
    catch {
        return undefined; // `-e ./path` and other pip-style lines: PDM's own parser decides
    }
    const head = lineHead(written);
    if (!head)
        return undefined;
    let markerLine = '';
    if (req.markerText)
        markerLine = pdmMarkerString(req.markerText, opts);
    if (req.url) {
        if (/^file:/i.test(req.url))
            return 'local'; // local inputs (file hashes, nested projects)
        const line = markerLine === undefined ? undefined : pdmUrlLine(req.name, written, req.url, markerLine);
        return { written, line: `url-sha256:${sha256(line ?? written.trim())}`, certain: line !== undefined, head };
    }
    if (URL_RE.test(written))
        return { written, line: `url-sha256:${sha256(written.trim())}`, certain: false, head };
    if (!req.marker)
        return { written, line: head, certain: true, head };
    // The marker as dep_logic prints it; where we do not replicate dep_logic, compareGroup compares the
    // markers' meaning instead (a differing meaning is a change, an equal one is unknown).
    if (markerLine !== undefined)
        return { written, line: `${head}; ${markerLine}`, certain: true, head, marker: req.marker };
    return { written, line: `${head}; ${(0,_pep508_js__WEBPACK_IMPORTED_MODULE_1__/* .markerToString */ .hF)(req.marker)}`, certain: false, head, marker: req.marker };
}
/** A fragment's `key=value` pairs as `urllib.parse.parse_qsl` reads them (blank values dropped); undefined when escapes are involved. */
function fragmentPairs(fragment) {
    if (/[%+]/.test(fragment))
        return undefined;
    const out = new Map();
    for (const part of fragment.split('&')) {
        const eq = part.indexOf('=');
        if (eq < 0 || eq === part.length - 1)
            continue;
        out.set(part.slice(0, eq), part.slice(eq + 1));
    }
    return out;
}
/**
 * PDM's `FileRequirement.as_line()` for `name[extras] @ url ; marker` (pdm.models.requirements):
 * `name[extras] @ url-without-fragment[#subdirectory=\u2026][ ; marker]`. The fragment is dropped except
 * subdirectory (so `#sha256=\u2026` changes nothing); for a plain URL an `egg=` fragment renames the
 * requirement (and gives it extras when it has none); a VCS URL keeps its name and its `@ref`
 * (an empty ref is dropped). urlparse lowercases the scheme and drops an empty query. Undefined
 * where we are not sure of PDM's text (escapes, params, a query on a VCS URL, \u2026).
 */
function pdmUrlLine(writtenName, written, url, markerLine) {
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^#?;\s]*)(?:\?([^#;\s]*))?(?:#(\S*))?$/.exec(url);
    if (!m)
        return undefined;
    const scheme = m[1];
    const vcs = /^(?:git|hg|svn|bzr)\+/.test(scheme);
    if (!vcs && scheme.includes('+') && scheme !== scheme.toLowerCase())
        return undefined;
    let rest = m[2];
    const query = m[3] ?? '';
    const frag = fragmentPairs(m[4] ?? '');
    if (!frag)
        return undefined;
    let name = writtenName;
    let extras = [...new Set(((/\[([^\]]*)\]/.exec(written.split('@')[0]) ?? [])[1] ?? '').split(',').map((e) => e.trim()).filter(Boolean))];
    if (vcs) {
        if (query)
            return undefined;
        const slash = rest.indexOf('/');
        const at = slash < 0 ? -1 : rest.indexOf('@', slash);
        if (at >= 0 && at === rest.length - 1)
            rest = rest.slice(0, -1); // an empty ref
    }
    else {
        const egg = frag.get('egg');
        if (egg !== undefined) {
            const e = /^(.+?)(?:\[([^\]]+)\])?$/.exec(egg);
            if (!e)
                return undefined;
            name = e[1];
            if (!extras.length && e[2])
                extras = [...new Set(e[2].split(',').map((x) => x.trim()))];
        }
    }
    const sub = frag.get('subdirectory');
    if (sub !== undefined && !/^[A-Za-z0-9_.\-~/]+$/.test(sub))
        return undefined;
    const projectName = name.replace(/[^A-Za-z0-9]+/g, '-');
    if (!projectName)
        return undefined;
    extras.sort();
    return `${projectName}${extras.length ? `[${extras.join(',')}]` : ''} @ ${scheme.toLowerCase()}://${rest}${query ? `?${query}` : ''}${sub !== undefined ? `#subdirectory=${sub}` : ''}${markerLine ? ` ; ${markerLine}` : ''}`;
}
function recordedLine(line) {
    if (line.startsWith('url-sha256:'))
        return { line, head: '', opaque: true };
    const semi = line.indexOf(';');
    const head = (semi >= 0 ? line.slice(0, semi) : line).trim();
    let marker;
    if (semi >= 0) {
        try {
            marker = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMarker */ .gY)(line.slice(semi + 1).trim());
        }
        catch {
            marker = undefined;
        }
    }
    return { line, head, ...(marker ? { marker } : {}), opaque: false };
}
/** PDM's `str(PySpecSet(text))`: the specifiers without spaces, sorted, comma-joined. */
function pdmRequiresPythonText(text) {
    const parts = [
        ...new Set(text
            .split(',')
            .map((p) => p.replace(/\s+/g, ''))
            .filter(Boolean)),
    ];
    return parts.sort().join(',');
}
const PLAIN_PY_SPEC = /^(?:(?:~=|==|!=|<=|>=|<|>)\d+(?:\.\d+)*|(?:==|!=)\d+(?:\.\d+)*\.\*)$/;
/**
 * Is `text` (pdmRequiresPythonText output) a list that PDM's PySpecSet prints exactly like that: each
 * specifier a plain release (no pre/post/local, `.*` only with ==/!=) and the set not empty (PySpecSet
 * prints an empty range as `<empty>`), shown by a sample Python version inside it.
 */
function plainPythonSpecifiers(text) {
    if (text === '')
        return true;
    const parts = text.split(',');
    if (!parts.every((p) => PLAIN_PY_SPEC.test(p)))
        return false;
    // `>=3` and `>=3.0` are one specifier to PySpecSet, which keeps either spelling: not plain.
    const keys = new Set(parts.map((p) => p.replace(/(?:\.0)+$/, '')));
    if (keys.size !== parts.length)
        return false;
    const samples = new Set();
    for (let major = 2; major <= 4; major++)
        for (let minor = 0; minor <= 30; minor++)
            for (const patch of [0, 1, 50])
                samples.add(`${major}.${minor}.${patch}`);
    for (const p of parts) {
        const v = p.replace(/^[<>=!~]+/, '').replace(/\.\*$/, '');
        samples.add(v);
        samples.add(`${v}.1`);
        samples.add(`${v}.0.1`);
    }
    for (const v of samples) {
        try {
            if ((0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .satisfies */ .ib)(v, text, { prereleases: true }))
                return true;
        }
        catch {
            return false;
        }
    }
    return false;
}
/** Sources as PDM records them: no credentials, URLs as sha256 fingerprints, package lists sorted. */
function pdmRecordedSources(sources) {
    if (!Array.isArray(sources))
        return [];
    return sources.filter(isTable).map((source) => {
        const item = { ...source };
        delete item['username'];
        delete item['password'];
        if (item['url'] !== undefined && item['url'] !== '' && item['url'] !== null)
            item['url'] = `sha256:${sha256(String(item['url']))}`;
        for (const key of ['include_packages', 'exclude_packages']) {
            if (Array.isArray(item[key]))
                item[key] = [...item[key]].sort();
        }
        return sanitize(item);
    });
}
/** `_sanitize_strings`: every string that holds a URL becomes its sha256 fingerprint. */
function sanitize(value) {
    if (Array.isArray(value))
        return value.map(sanitize);
    if (isTable(value))
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sanitize(v)]));
    if (typeof value === 'string' && URL_RE.test(value))
        return `sha256:${sha256(value)}`;
    return value;
}
function hasDate(value) {
    if (value instanceof Date)
        return true; // smol-toml's TomlDate is a Date
    if (Array.isArray(value))
        return value.some(hasDate);
    if (isTable(value))
        return Object.values(value).some(hasDate);
    return false;
}
/** Python `==` on JSON-like values (TOML integers arrive as BigInt, Python compares 1 == 1.0). */
function sameValue(a, b) {
    if ((typeof a === 'bigint' || typeof a === 'number') && (typeof b === 'bigint' || typeof b === 'number'))
        return Number(a) === Number(b);
    if (Array.isArray(a) || Array.isArray(b)) {
        return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
    }
    if (isTable(a) || isTable(b)) {
        if (!isTable(a) || !isTable(b))
            return false;
        const ka = Object.keys(a);
        const kb = Object.keys(b);
        return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue(a[k], b[k]));
    }
    return a === b;
}
/**
 * Every group's requirement strings as PDM's `_resolve_dependencies()` gives them to lock_inputs:
 * group names normalised, "default" always present; a self-reference `<project>[extras]` (the whole
 * item, nothing after the `]`) is replaced by those groups' own requirements, and so is
 * `{include-group = "\u2026"}` in a dependency group \u2014 one level deep, as PDM 2.29 does; a bare
 * `<project>` and `-e` lines of [project] are dropped. A string is returned when PDM itself would
 * refuse the manifest (unknown extra or group, a table where only strings go).
 */
function pdmInputGroups(pyproject) {
    const project = isTable(pyproject['project']) ? pyproject['project'] : {};
    const projectName = typeof project['name'] === 'string' ? (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(project['name']) : undefined;
    const metadata = new Map();
    const optional = isTable(project['optional-dependencies']) ? project['optional-dependencies'] : {};
    for (const [k, v] of Object.entries(optional))
        metadata.set((0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(k), Array.isArray(v) ? v : []);
    if (metadata.has('default'))
        return '"default" is not allowed as an optional-dependencies name';
    metadata.set('default', Array.isArray(project['dependencies']) ? project['dependencies'] : []);
    const dev = new Map();
    const groupsTable = isTable(pyproject['dependency-groups']) ? pyproject['dependency-groups'] : {};
    for (const [k, v] of Object.entries(groupsTable)) {
        const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(k);
        if (dev.has(name))
            return `dependency group "${k}" is declared twice`;
        dev.set(name, Array.isArray(v) ? [...v] : []);
    }
    const tool = isTable(pyproject['tool']) && isTable(pyproject['tool']['pdm']) ? pyproject['tool']['pdm'] : {};
    const legacy = isTable(tool['dev-dependencies']) ? tool['dev-dependencies'] : {};
    for (const [k, v] of Object.entries(legacy)) {
        const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(k);
        dev.set(name, [...(dev.get(name) ?? []), ...(Array.isArray(v) ? v : [])]);
    }
    if (dev.has('default'))
        return '"default" is not allowed as a dependency group name';
    const own = new Map();
    for (const group of [...metadata.keys(), ...dev.keys()]) {
        const inMetadata = metadata.has(group);
        const reqs = [];
        const referred = new Set();
        for (const item of (inMetadata ? metadata.get(group) : dev.get(group)) ?? []) {
            if (typeof item === 'string') {
                const m = /^(.+?)(?:\[([^\]]+)\])?$/s.exec(item);
                if (m && projectName !== undefined && (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(m[1]) === projectName) {
                    for (const extra of (m[2] ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
                        const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(extra);
                        if (!metadata.has(name) && (inMetadata || !dev.has(name)))
                            return `"${item}" refers to a group that does not exist`;
                        referred.add(name);
                    }
                    continue;
                }
                if (inMetadata && item.startsWith('-e '))
                    continue;
                reqs.push(item);
            }
            else if (!inMetadata && isTable(item) && Object.keys(item).length === 1 && typeof item['include-group'] === 'string') {
                const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(item['include-group']);
                if (!dev.has(name))
                    return `include-group "${item['include-group']}" names no dependency group`;
                referred.add(name);
            }
            else
                return `an item of group "${group}" is neither a requirement nor an include-group table`;
        }
        own.set(group, { reqs, referred });
    }
    // Cycles make PDM stop with an error.
    const visiting = new Set();
    const done = new Set();
    const cyclic = (g) => {
        if (done.has(g))
            return false;
        if (visiting.has(g))
            return true;
        visiting.add(g);
        for (const r of own.get(g)?.referred ?? [])
            if (cyclic(r))
                return true;
        visiting.delete(g);
        done.add(g);
        return false;
    };
    for (const g of own.keys())
        if (cyclic(g))
            return `group "${g}" includes itself`;
    const out = new Map();
    for (const [group, { reqs, referred }] of own) {
        const all = [...reqs];
        for (const r of referred)
            all.push(...(own.get(r)?.reqs ?? []));
        out.set(group, all);
    }
    return out;
}
/**
 * Compare the project's current lock inputs with the recorded ones. `groups` are the locked groups
 * as PDM names them (default, extras, dependency groups); `settings` is `[tool.pdm]`.
 */
function compareLockInputs(recorded, project, settings, current, opts = {}) {
    const differences = [];
    const unknown = [];
    const done = () => ({ verdict: differences.length ? 'different' : unknown.length ? 'unknown' : 'equal', differences, unknown });
    if (!isTable(recorded) || !isTable(recorded['project'])) {
        differences.push({ message: 'metadata.lock_inputs has no project table' });
        return done();
    }
    const extraTop = Object.keys(recorded).filter((k) => k !== 'project');
    if (extraTop.length)
        unknown.push(`workspace inputs (${extraTop.join(', ')}) are not rebuilt statically`);
    const rec = recorded['project'];
    const known = new Set(['groups', 'requires-python', 'resolution', 'sources']);
    const extraKeys = Object.keys(rec).filter((k) => !known.has(k));
    if (extraKeys.length)
        unknown.push(`recorded inputs ${extraKeys.join(', ')} are not rebuilt statically`);
    // requires-python
    const rpText = typeof project['requires-python'] === 'string' ? project['requires-python'] : '';
    const rpCurrent = pdmRequiresPythonText(rpText);
    const rpRecorded = rec['requires-python'];
    if (typeof rpRecorded !== 'string')
        differences.push({ message: 'requires-python is not recorded', key: 'requires-python', expected: rpCurrent });
    else if (rpCurrent !== rpRecorded) {
        let semantic = 'unknown';
        try {
            semantic = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_1__/* .compareMarkers */ .F5)(rpCurrent ? (0,_pep508_js__WEBPACK_IMPORTED_MODULE_1__/* .requiresPythonToMarker */ .cP)(rpCurrent) : undefined, rpRecorded ? (0,_pep508_js__WEBPACK_IMPORTED_MODULE_1__/* .requiresPythonToMarker */ .cP)(rpRecorded) : undefined);
        }
        catch {
            semantic = 'unknown';
        }
        // PDM compares the two texts: once both are plain specifier lists (PySpecSet prints those as
        // written, sorted), a textual difference is a change even when the ranges are equal (>=3.9 / >=3.9.0).
        if (semantic === 'different' || (plainPythonSpecifiers(rpCurrent) && plainPythonSpecifiers(rpRecorded)))
            differences.push({ message: `requires-python is "${rpText}", the lock was made for "${rpRecorded}"`, key: 'requires-python', expected: rpCurrent, found: rpRecorded });
        else
            unknown.push(`requires-python "${rpText}" and the recorded "${rpRecorded}" are written differently`);
    }
    // sources
    const sources = pdmRecordedSources(settings['source']);
    if (!('sources' in rec) || !sameValue(sources, rec['sources'])) {
        if (hasDate(settings['source']))
            unknown.push('[[tool.pdm.source]] holds dates');
        else
            differences.push({ message: '[[tool.pdm.source]] differs from the sources the lock was made with', key: 'tool.pdm.source' });
    }
    // resolution (without lock_inputs itself)
    const resolution = { ...(isTable(settings['resolution']) ? settings['resolution'] : {}) };
    delete resolution['lock_inputs'];
    const resolutionNow = sanitize(resolution);
    if (!('resolution' in rec) || !sameValue(resolutionNow, rec['resolution'])) {
        if (hasDate(resolution))
            unknown.push('[tool.pdm.resolution] holds dates (PDM records them in Python isoformat)');
        else
            differences.push({ message: '[tool.pdm.resolution] differs from the resolution settings the lock was made with', key: 'tool.pdm.resolution' });
    }
    // groups
    const recGroups = rec['groups'];
    if (!isTable(recGroups)) {
        differences.push({ message: 'metadata.lock_inputs.project.groups is missing' });
        return done();
    }
    for (const name of current.keys())
        if (!(name in recGroups))
            differences.push({ message: `group "${name}" is not among the recorded lock inputs`, group: name, expected: name, found: Object.keys(recGroups).join(', ') || '(none)' });
    for (const name of Object.keys(recGroups))
        if (!current.has(name))
            differences.push({ message: `group "${name}" was recorded in the lock inputs and is no longer declared`, group: name, expected: '(absent)', found: name });
    for (const [name, reqs] of current) {
        const recList = recGroups[name];
        if (!Array.isArray(recList))
            continue;
        const recStrings = recList.filter((x) => typeof x === 'string');
        // PDM first compares the counts (`_requirements_match`); ours is PDM's unless a workspace adds members to "default".
        if (!('workspace' in settings) && reqs.length !== recStrings.length) {
            differences.push({ message: `group "${name}" has ${reqs.length} requirement(s), the lock inputs recorded ${recStrings.length}`, group: name, expected: String(reqs.length), found: String(recStrings.length) });
            continue;
        }
        compareGroup(name, reqs, recStrings, differences, unknown, opts);
    }
    return done();
}
function compareGroup(group, written, recorded, differences, unknown, opts) {
    const left = recorded.map(recordedLine);
    const take = (line) => {
        const i = left.findIndex((r) => r.line === line);
        if (i < 0)
            return false;
        left.splice(i, 1);
        return true;
    };
    const open = [];
    for (const w of written) {
        const c = currentLine(w, opts);
        if (c === 'local') {
            unknown.push(`${w.trim()} is a local path: PDM records its files' hashes`);
            // Its recorded entry is an opaque fingerprint: set one aside so the counts still compare.
            const i = left.findIndex((r) => r.opaque);
            if (i >= 0)
                left.splice(i, 1);
            continue;
        }
        if (c === undefined) {
            unknown.push(`"${w.trim()}" is not parsed statically`);
            const i = left.findIndex((r) => r.opaque);
            if (i >= 0)
                left.splice(i, 1);
            continue;
        }
        if (!take(c.line))
            open.push(c);
    }
    for (const c of open) {
        if (c.line.startsWith('url-sha256:')) {
            // A URL line whose fingerprint we computed from PDM's exact text: a recorded one that differs is a change.
            const i = left.findIndex((r) => r.opaque);
            if (c.certain || i < 0)
                differences.push({ message: `${c.written.trim()} in "${group}" is not among the recorded lock inputs`, group, requirement: c.written });
            else
                unknown.push(`${c.written.trim()} may be written differently from PDM's line for it`);
            if (i >= 0)
                left.splice(i, 1);
            continue;
        }
        const i = left.findIndex((r) => !r.opaque && r.head === c.head);
        if (i < 0) {
            differences.push({ message: `${c.written.trim()} in "${group}" is not among the recorded lock inputs`, group, requirement: c.written, expected: c.line, found: 'not recorded' });
            continue;
        }
        const r = left[i];
        left.splice(i, 1);
        let same;
        try {
            same = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_1__/* .compareMarkers */ .F5)(c.marker, r.marker);
        }
        catch {
            same = 'unknown';
        }
        // PDM compares the lines as text: a marker PDM prints as we do that reads differently is a change.
        if (same === 'different' || c.certain)
            differences.push({ message: `the marker of ${c.written.trim()} in "${group}" differs from the recorded "${r.line}"`, group, requirement: c.written, expected: c.line, found: r.line });
        else
            unknown.push(`${c.written.trim()}: PDM may print its marker differently from "${r.line}"`);
    }
    for (const r of left) {
        differences.push({ message: `"${r.opaque ? 'a URL requirement' : r.line}" was recorded in "${group}" and is no longer required`, group, expected: '(absent)', found: r.line });
    }
}
class DepLogicUnknown extends Error {
}
const ANY = { k: 'any' };
const EMPTY = { k: 'empty' };
const REFLECT = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=', '===': '===', '~=': '~=', in: 'in', 'not in': 'not in' };
function dlEq(a, b) {
    if (a === b)
        return true;
    if (a.k !== b.k)
        return false;
    if (a.k === 'me' && b.k === 'me')
        return a.name === b.name && a.op === b.op && a.value === b.value;
    if ((a.k === 'multi' || a.k === 'union') && (b.k === 'multi' || b.k === 'union'))
        return a.ms.length === b.ms.length && a.ms.every((m, i) => dlEq(m, b.ms[i]));
    return true; // any/any, empty/empty
}
const dlIn = (list, x) => list.some((m) => dlEq(m, x));
const listEq = (a, b) => a.length === b.length && a.every((m, i) => dlEq(m, b[i]));
class DLBudget {
    steps = 0;
    tick() {
        if (++this.steps > 20000)
            throw new DepLogicUnknown('marker too large to normalise statically');
    }
}
function flatten(items, kind) {
    const out = [];
    for (const item of items) {
        if (item.k === kind) {
            for (const sub of flatten(item.ms, kind))
                if (!dlIn(out, sub))
                    out.push(sub);
        }
        else if (!dlIn(out, item))
            out.push(item);
    }
    return out;
}
const mk = (kind, ms) => ({ k: kind, ms: flatten(ms, kind) });
function complexity(m) {
    if (m.k === 'multi' || m.k === 'union')
        return m.ms.map(complexity).reduce((s, c) => [s[0] + c[0], s[1] + c[1]], [0, 0]);
    return [1, 1];
}
function dlAnd(x, y, b) {
    b.tick();
    if (x.k === 'any')
        return y;
    if (x.k === 'empty')
        return x;
    if (x.k === 'me') {
        if (y.k === 'me') {
            if (dlEq(x, y))
                return x; // same leaf: _merge_single_markers keeps the first
            if (x.name === y.name)
                throw new DepLogicUnknown('two comparisons of one variable');
            return mk('multi', [x, y]);
        }
        if (y.k === 'any')
            return x;
        if (y.k === 'empty')
            throw new DepLogicUnknown('empty marker');
        return intersection([y, x], b); // NotImplemented \u2192 y.__rand__(x)
    }
    return intersection([x, y], b);
}
function dlOr(x, y, b) {
    b.tick();
    if (x.k === 'any')
        return x;
    if (x.k === 'empty')
        return y;
    if (x.k === 'me') {
        if (y.k === 'me') {
            if (dlEq(x, y))
                return x;
            if (x.name === y.name)
                throw new DepLogicUnknown('two comparisons of one variable');
            return mk('union', [x, y]);
        }
        if (y.k === 'any')
            return y;
        if (y.k === 'empty')
            throw new DepLogicUnknown('empty marker');
        return union([y, x], b);
    }
    return union([x, y], b);
}
/** Python's set difference/intersection keeps no order; the results PDM uses from them are single markers, which do not depend on it. */
function setMinus(a, bs) {
    return a.filter((m) => !dlIn(bs, m));
}
function simplifyPair(self, other, b) {
    if (dlIn(self.ms, other))
        return other;
    if (other.k !== self.k)
        return null;
    const ours = self.ms;
    const theirs = other.ms;
    if (ours.every((m) => dlIn(theirs, m)))
        return self;
    if (theirs.every((m) => dlIn(ours, m)))
        return other;
    const shared = ours.filter((m) => dlIn(theirs, m));
    if (!shared.length)
        return null;
    const u1 = setMinus(ours, theirs);
    const u2 = setMinus(theirs, ours);
    const combine = (p, q) => (self.k === 'multi' ? dlOr(mk('multi', p), mk('multi', q), b) : dlAnd(mk('union', p), mk('union', q), b));
    const r = combine(u1, u2);
    const accepted = (m) => m.k === 'me' || (self.k === 'multi' ? m.k === 'any' : m.k === 'empty');
    // Python iterates the sets in hash order: make sure the outcome does not depend on it.
    if (accepted(r) !== accepted(combine([...u1].reverse(), [...u2].reverse())))
        throw new DepLogicUnknown('result depends on set order');
    if (!accepted(r))
        return null;
    const common = ours.filter((m) => dlIn(shared, m));
    return self.k === 'multi' ? dlAnd(r, mk('multi', common), b) : dlOr(r, mk('union', common), b);
}
function ofMarkers(kind, markers, b) {
    const neutral = kind === 'multi' ? 'any' : 'empty';
    const absorbing = kind === 'multi' ? 'empty' : 'any';
    let next = flatten(markers, kind);
    let old;
    while (old === undefined || !listEq(old, next)) {
        b.tick();
        old = next;
        next = [];
        for (const marker of old) {
            if (dlIn(next, marker) || marker.k === neutral)
                continue;
            let merged = false;
            for (let i = 0; i < next.length; i++) {
                const mark = next[i];
                if (mark.k === 'me') {
                    const nm = kind === 'multi' ? dlAnd(mark, marker, b) : dlOr(mark, marker, b);
                    if (nm.k === absorbing)
                        return nm;
                    if (nm.k === 'me') {
                        next[i] = nm;
                        merged = true;
                        break;
                    }
                }
                else if (mark.k === (kind === 'multi' ? 'union' : 'multi')) {
                    const r = simplifyPair(mark, marker, b);
                    if (r !== null) {
                        next[i] = r;
                        merged = true;
                        break;
                    }
                }
            }
            if (merged) {
                next = flatten(next, kind);
                continue;
            }
            next.push(marker);
        }
    }
    if (next.some((m) => m.k === absorbing))
        return absorbing === 'any' ? ANY : EMPTY;
    if (!next.length)
        return neutral === 'any' ? ANY : EMPTY;
    if (next.length === 1)
        return next[0];
    return { k: kind, ms: next };
}
function product(lists) {
    let out = [[]];
    for (const l of lists)
        out = out.flatMap((p) => l.map((x) => [...p, x]));
    return out;
}
function cnf(m, b) {
    b.tick();
    if (m.k === 'union') {
        const subs = m.ms.map((x) => cnf(x, b)).map((c) => (c.k === 'multi' ? c.ms : [c]));
        return ofMarkers('multi', product(subs).map((c) => ofMarkers('union', c, b)), b);
    }
    if (m.k === 'multi')
        return ofMarkers('multi', m.ms.map((x) => cnf(x, b)), b);
    return m;
}
function dnf(m, b) {
    b.tick();
    if (m.k === 'multi') {
        const subs = m.ms.map((x) => dnf(x, b)).map((c) => (c.k === 'union' ? c.ms : [c]));
        return ofMarkers('union', product(subs).map((c) => ofMarkers('multi', c, b)), b);
    }
    if (m.k === 'union')
        return ofMarkers('union', m.ms.map((x) => dnf(x, b)), b);
    return m;
}
function intersection(ms, b) {
    return dnf(mk('multi', ms), b);
}
function union(ms, b) {
    let un = mk('union', ms);
    while ((un.k === 'multi' || un.k === 'union') && un.ms.length === 1)
        un = un.ms[0];
    const conj = cnf(un, b);
    if (conj.k !== 'multi')
        return conj;
    const disj = dnf(conj, b);
    if (disj.k !== 'union')
        return disj;
    let best = disj;
    for (const c of [conj, un]) {
        const [a, bb] = complexity(c);
        const [x, y] = complexity(best);
        if (a < x || (a === x && bb < y))
            best = c;
    }
    return best;
}
function dlString(m) {
    switch (m.k) {
        case 'any':
            return '';
        case 'empty':
            return '<empty>';
        case 'me':
            return m.rev ? `"${m.value}" ${REFLECT[m.op]} ${m.name}` : `${m.name} ${m.op} "${m.value}"`;
        case 'multi':
            return m.ms.map((x) => (x.k === 'me' || x.k === 'multi' ? dlString(x) : `(${dlString(x)})`)).join(' and ');
        case 'union':
            return m.ms.map(dlString).join(' or ');
    }
}
const PY_VARS = new Set(['python_version', 'python_full_version']);
/** packaging's marker grammar, keeping the parentheses (dep_logic builds a parenthesised group on its own). */
function parsePList(text) {
    const toks = [];
    const re = /\s*(?:("[^"]*"|'[^']*')|(\(|\))|(===|==|!=|<=|>=|~=|<|>)|([A-Za-z_][A-Za-z0-9_.]*))/y;
    let i = 0;
    while (i < text.length) {
        if (/^\s*$/.test(text.slice(i)))
            break;
        re.lastIndex = i;
        const m = re.exec(text);
        if (!m)
            throw new DepLogicUnknown('marker not tokenised');
        toks.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
        i = re.lastIndex;
    }
    let p = 0;
    const isStr = (t) => t !== undefined && /^["']/.test(t);
    const value = () => {
        const t = toks[p++];
        if (isStr(t))
            return { str: t.slice(1, -1) };
        if (t !== undefined && /^[A-Za-z_]/.test(t) && !['and', 'or', 'in', 'not'].includes(t))
            return { name: _pep508_js__WEBPACK_IMPORTED_MODULE_1__/* .LEGACY_VARIABLES */ .kB[t] ?? t };
        throw new DepLogicUnknown('marker value');
    };
    const atom = () => {
        if (toks[p] === '(') {
            p++;
            const inner = list();
            if (toks[p++] !== ')')
                throw new DepLogicUnknown('marker parentheses');
            return inner;
        }
        const l = value();
        let op = toks[p++];
        if (op === 'not' && toks[p] === 'in') {
            p++;
            op = 'not in';
        }
        else if (op === undefined || !(/^[<>=!~]/.test(op) || op === 'in'))
            throw new DepLogicUnknown('marker operator');
        const r = value();
        if (l.name !== undefined && r.str !== undefined)
            return { name: l.name, op, value: r.str, rev: false };
        if (l.str !== undefined && r.name !== undefined)
            return { name: r.name, op: REFLECT[op], value: l.str, rev: true };
        throw new DepLogicUnknown('marker comparison');
    };
    const list = () => {
        const out = [atom()];
        while (toks[p] === 'and' || toks[p] === 'or')
            out.push(toks[p++], atom());
        return out;
    };
    const out = list();
    if (p !== toks.length)
        throw new DepLogicUnknown('marker trailing text');
    return out;
}
/**
 * `str(requirement.marker)` as PDM 2.29.4 prints it (`text` is the marker as written, already accepted
 * by parseMarker), or undefined where we do not replicate dep_logic: two comparisons of one variable
 * (dep_logic merges them), a reversed comparison among others, extras/dependency_groups sets, quotes
 * or backslashes in a value, a python version that is not a plain release.
 */
function pdmMarkerString(text, opts = {}) {
    try {
        const tree = parsePList(text);
        const leaves = [];
        const collect = (l) => {
            for (const x of l)
                if (Array.isArray(x))
                    collect(x);
                else if (typeof x !== 'string')
                    leaves.push(x);
        };
        collect(tree);
        if (leaves.length > 12 || (leaves.length > 1 && opts.reversedElsewhere))
            return undefined;
        // One comparison per variable (the same comparison repeated is fine: dep_logic keeps one).
        const names = new Map();
        for (const leaf of leaves) {
            const key = PY_VARS.has(leaf.name) ? 'python' : leaf.name;
            const signature = `${leaf.name} ${leaf.op} ${leaf.name === 'extra' ? (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(leaf.value) : leaf.value}`;
            if ((names.has(key) && names.get(key) !== signature) || leaf.name === 'extras' || leaf.name === 'dependency_groups')
                return undefined;
            names.set(key, signature);
            if (/["'\\]/.test(leaf.value))
                return undefined;
            if (PY_VARS.has(leaf.name) && (!/^\d+(?:\.\d+)*$/.test(leaf.value) || !['<', '<=', '>', '>=', '==', '!='].includes(leaf.op)))
                return undefined;
            if (leaves.length > 1 && leaf.rev)
                return undefined; // dep_logic's caches may flip a reversed comparison
        }
        const budget = new DLBudget();
        // dep_logic's _build_markers: each "and" run is folded with `&` from AnyMarker, the runs joined with MarkerUnion.of.
        const build = (l) => {
            const groups = [ANY];
            for (const x of l) {
                if (x === 'or')
                    groups.push(ANY);
                else if (x === 'and')
                    continue;
                else {
                    const m = Array.isArray(x) ? build(x) : { k: 'me', name: x.name, op: x.op, value: x.name === 'extra' ? (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(x.value) : x.value, rev: x.rev };
                    groups[groups.length - 1] = dlAnd(groups[groups.length - 1], m, budget);
                }
            }
            return ofMarkers('union', groups, budget);
        };
        return dlString(build(tree));
    }
    catch (e) {
        if (e instanceof DepLogicUnknown)
            return undefined;
        throw e;
    }
}


/***/ }),

/***/ 177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LEADING_NAME: () => (/* binding */ LEADING_NAME),
/* harmony export */   PDM_INCOMPATIBLE: () => (/* binding */ PDM_INCOMPATIBLE),
/* harmony export */   PDM_KNOWN_LOCK_VERSION: () => (/* binding */ PDM_KNOWN_LOCK_VERSION),
/* harmony export */   PDM_KNOWN_TOOL: () => (/* binding */ PDM_KNOWN_TOOL),
/* harmony export */   checkPdm: () => (/* binding */ checkPdm),
/* harmony export */   pdmContentHash: () => (/* binding */ pdmContentHash),
/* harmony export */   pdmDevDependencies: () => (/* binding */ pdmDevDependencies),
/* harmony export */   pdmHashDocument: () => (/* binding */ pdmHashDocument),
/* harmony export */   pdmVariantsFor: () => (/* binding */ pdmVariantsFor),
/* harmony export */   pdmWorkspaceMembers: () => (/* binding */ pdmWorkspaceMembers)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9223);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1744);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1882);
/* harmony import */ var _pep508_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5688);
/* harmony import */ var _pdm_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8027);
/* harmony import */ var _version_tools_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5996);
/* harmony import */ var _pyjson_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3569);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6367);
/**
 * pdm.lock checker: content_hash freshness per lock_version (overrides \u2192 resolution key,
 * raw dev-dependencies \u2192 merged [dependency-groups], 2.28.1 workspace hash), lock_inputs
 * comparison (pdm-inputs.ts), integrity (pins, hashes, artifact names, VCS revisions,
 * credentials, dependency edges) and drift details.
 */











const LEADING_NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;
const PDM_FIX = 'pdm lock';
/** A marker comparison with the value first (`"3.9" <= python_version`), also inside TOML escapes. */
const REVERSED_COMPARISON = /["'][^"'\n]*["']\s*(?:===|==|!=|<=|>=|~=|<|>|not\s+in\b|in\b)\s*[A-Za-z_]/;
/** Newest lock_version this checker knows (PDM 2.28.1+). */
const PDM_KNOWN_LOCK_VERSION = [4, 5, 1];
/** The PDM that writes PDM_KNOWN_LOCK_VERSION, and what its `pdm lock --check` says of a lock_version it cannot read. */
const PDM_KNOWN_TOOL = 'PDM 2.29.4';
const PDM_INCOMPATIBLE = 'Lockfile is not compatible with PDM';
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function sub(t, key) {
    if (!isTable(t))
        return undefined;
    const v = t[key];
    return isTable(v) ? v : undefined;
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
    const dg = sub(pyproject, 'dependency-groups') ?? {};
    for (const [g, deps] of Object.entries(dg)) {
        const key = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(g);
        if (Object.prototype.hasOwnProperty.call(groups, key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`The group ${key} is duplicated in dependency-groups`, { title: 'invalid pyproject.toml' });
        }
        groups[key] = Array.isArray(deps) ? [...deps] : [];
    }
    const dev = sub(sub(sub(pyproject, 'tool'), 'pdm'), 'dev-dependencies') ?? {};
    for (const [g, deps] of Object.entries(dev)) {
        const key = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(g);
        (groups[key] ??= []).push(...(Array.isArray(deps) ? deps : []));
    }
    return groups;
}
/** The document PDM hashes (`PyProject.content_hash`). */
function pdmHashDocument(pyproject, variant) {
    const project = sub(pyproject, 'project') ?? {};
    const settings = sub(sub(pyproject, 'tool'), 'pdm') ?? {};
    const resolution = sub(settings, 'resolution') ?? {};
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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algo).update((0,_pyjson_js__WEBPACK_IMPORTED_MODULE_9__/* .pyJsonDumps */ .dv)(pdmHashDocument(pyproject, variant)), 'utf8').digest('hex');
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
    const ws = sub(sub(pyproject, 'tool'), 'pdm')?.['workspace'];
    const patterns = isTable(ws) && Array.isArray(ws['members']) ? ws['members'].filter((p) => typeof p === 'string') : [];
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
                        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(d).filter((e) => !e.startsWith('.') || seg.startsWith('.'));
                    }
                    catch {
                        entries = [];
                    }
                    for (const e of entries)
                        if (re.test(e))
                            next.push(node_path__WEBPACK_IMPORTED_MODULE_2__.join(d, e));
                }
                else
                    next.push(node_path__WEBPACK_IMPORTED_MODULE_2__.join(d, seg));
            }
            dirs = next;
        }
        for (const d of dirs) {
            try {
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(d).isDirectory() && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(d, 'pyproject.toml')))
                    found.add(node_path__WEBPACK_IMPORTED_MODULE_2__.relative(root, d).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'));
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
    const lockRel = (0,_toml_js__WEBPACK_IMPORTED_MODULE_10__.relPath)(ws, input.lockfile);
    const lockText = (0,_toml_js__WEBPACK_IMPORTED_MODULE_10__.readProjectFile)(input.lockfile, undefined, lockRel);
    const lock = (0,_toml_js__WEBPACK_IMPORTED_MODULE_10__.parseToml)(lockText, lockRel);
    const idx = new _toml_js__WEBPACK_IMPORTED_MODULE_10__.TomlLineIndex(lockText);
    const findings = [];
    const metadata = sub(lock, 'metadata');
    if (!metadata) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${lockRel} has no [metadata] table; it is not a pdm.lock or is truncated.`, {
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
    // ---- format version (PDM's Lockfile.compatibility: major must match, minor must not be newer) ----
    let formatOk = true;
    const lv = tuple(lockVersion || '0');
    const known = PDM_KNOWN_LOCK_VERSION.join('.');
    const newer = lockVersion !== '' && (lv[0] > PDM_KNOWN_LOCK_VERSION[0] || (lv[0] === PDM_KNOWN_LOCK_VERSION[0] && (lv[1] ?? 0) > PDM_KNOWN_LOCK_VERSION[1]));
    if (newer) {
        // Written by a PDM newer than any we know: only that PDM can say whether it is fresh. Not an
        // error (it may be the lock that PDM just wrote), but PDM 2.29.4 cannot read it.
        formatOk = false;
        findings.push({
            class: 'unsupported-format',
            severity: 'warning',
            message: `pdm.lock lock_version ${lockVersion} was written by a PDM newer than ${PDM_KNOWN_TOOL} (which reads lock_version 4.x up to ${known}); \`pdm lock --check\` of ${PDM_KNOWN_TOOL} stops with "${PDM_INCOMPATIBLE}". Check it with the PDM version that wrote it, or upgrade PDM.`,
            found: lockVersion,
            expected: `4.x <= ${known}`,
            lock: { file: lockRel, line: lvLine() },
        });
    }
    else if (!lockVersion || lv[0] !== PDM_KNOWN_LOCK_VERSION[0]) {
        formatOk = false;
        findings.push({
            class: 'unsupported-format',
            severity: 'error',
            message: `${lockVersion ? `pdm.lock lock_version ${lockVersion} is older than PDM 2 reads (4.x)` : `${lockRel} has no lock_version`}; \`pdm lock --check\` of ${PDM_KNOWN_TOOL} stops with "${PDM_INCOMPATIBLE}". Regenerate it with \`${PDM_FIX}\`.`,
            found: lockVersion || '(none)',
            expected: `4.x <= ${known}`,
            lock: { file: lockRel, line: lvLine() },
            fix: PDM_FIX,
        });
    }
    else if (cmp(lv, PDM_KNOWN_LOCK_VERSION) > 0) {
        findings.push({
            class: 'unsupported-format',
            severity: 'warning',
            message: `pdm.lock lock_version ${lockVersion} is newer than the newest this checker knows (${known}).`,
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
        if (!isTable(p))
            return;
        pkgs.push({
            index: i,
            name: (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc)(typeof p['name'] === 'string' ? p['name'] : ''),
            version: typeof p['version'] === 'string' ? p['version'] : '',
            extras: Array.isArray(p['extras']) ? p['extras'].filter((e) => typeof e === 'string').map(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc) : [],
            table: p,
        });
    });
    const byName = new Map();
    for (const p of pkgs)
        (byName.get(p.name) ?? byName.set(p.name, []).get(p.name)).push(p);
    const line = (p, key = 'name') => idx.arrayKeyLine('package', p.index, key);
    const targets = Array.isArray(metadata['targets']) ? metadata['targets'].filter(isTable) : [];
    const lockRequiresPython = targets.map((t) => t['requires_python']).find((r) => typeof r === 'string');
    const distinct = new Set();
    for (const p of pkgs) {
        const t = p.table;
        const vcs = VCS_KEYS.find((k) => typeof t[k] === 'string');
        const isPath = typeof t['path'] === 'string' || t['editable'] === true;
        const isUrl = typeof t['url'] === 'string';
        if (p.extras.length === 0)
            distinct.add(`${p.name}@${p.version}`);
        const files = Array.isArray(t['files']) ? t['files'].filter(isTable) : [];
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
        if (vcs && !(0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .isFullCommitSha */ .h2)(t['revision'])) {
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
        const badHash = (0,_hashes_js__WEBPACK_IMPORTED_MODULE_4__/* .firstHashProblem */ .Ku)(hashes);
        if (badHash) {
            const section = idx.arrayTable('package', p.index);
            findings.push((0,_hashes_js__WEBPACK_IMPORTED_MODULE_4__/* .malformedHashFinding */ .p3)(p.name, badHash.problem, badHash.count, { file: lockRel, line: idx.stringLine(badHash.hash, section?.line, section?.endLine) ?? line(p) }, PDM_FIX));
        }
        for (const f of files) {
            const fname = typeof f.file === 'string' ? f.file : typeof f.url === 'string' ? f.url : undefined;
            if (!fname)
                continue;
            const mm = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .checkArtifactName */ .CN)(fname, p.name, p.version);
            if (mm) {
                const section = idx.arrayTable('package', p.index);
                findings.push((0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .artifactMismatchFinding */ .q_)(mm, p.name, { file: lockRel, line: idx.stringLine(fname, section?.line, section?.endLine) ?? line(p) }, PDM_FIX));
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
            const cred = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .findUrlCredentials */ .RH)(u);
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
            if (lead && byName.has((0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc)(lead[1])))
                continue;
            let req;
            try {
                req = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRequirement */ .pP)(d);
            }
            catch {
                continue;
            }
            if (byName.has(req.normalizedName))
                continue;
            let applies = true;
            if (req.markerText)
                applies = _version_tools_js__WEBPACK_IMPORTED_MODULE_8__/* .versionTools */ .g.markerApplies?.(req.markerText, lockRequiresPython, p.extras);
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
    const root = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(input.lockfile);
    const beside = (0,_toml_js__WEBPACK_IMPORTED_MODULE_10__.readManifestBeside)(input.lockfile, 'pyproject.toml', ws, result);
    if (!beside)
        return result;
    const { rel: manifestRel, text: manText } = beside;
    const pyproject = (0,_toml_js__WEBPACK_IMPORTED_MODULE_10__.parseToml)(manText, manifestRel);
    const mIdx = new _toml_js__WEBPACK_IMPORTED_MODULE_10__.TomlLineIndex(manText);
    // `[tool.pdm.resolution] excludes`: PDM drops those dependencies when locking, so no entry is expected.
    const excluded = pdmResolution(sub(sub(pyproject, 'tool'), 'pdm') ?? {}).excludes;
    for (let i = findings.length - 1; i >= 0; i--) {
        const f = findings[i];
        if (f.class === 'dangling-dependency' && f.package !== undefined && excluded.has(f.package))
            findings.splice(i, 1);
    }
    // Groups recorded vs declared (PDM locks only the selected groups).
    const lockedGroups = Array.isArray(metadata['groups']) ? metadata['groups'].filter((g) => typeof g === 'string') : undefined;
    const declared = declaredGroups(pyproject);
    if (lockedGroups) {
        const have = new Set(lockedGroups.map((g) => (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(g)));
        const missing = declared.filter((g) => !(g.name === 'default' && g.reqs.length === 0) && !have.has((0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(g.name)));
        // One command that locks the missing groups and keeps the locked ones (`-G` replaces the selection).
        const wanted = [...new Set([...lockedGroups.filter((g) => g !== 'default'), ...missing.map((g) => g.name).filter((g) => g !== 'default')])];
        const lockMissing = `pdm lock ${wanted.map((g) => `-G ${g}`).join(' ')}`.trim();
        for (const g of declared) {
            if (g.name === 'default' && g.reqs.length === 0)
                continue;
            if (!have.has((0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(g.name))) {
                findings.push({
                    class: 'drift',
                    severity: 'warning',
                    message: `Group "${g.name}" is declared in ${manifestRel} but not locked in ${lockRel} (metadata.groups); it cannot be installed from the lock.`,
                    manifest: { file: manifestRel, line: mIdx.keyLine(g.table, g.key) ?? mIdx.tableLine(g.table) },
                    lock: { file: lockRel, line: idx.keyLine('metadata', 'groups') ?? metaLine() },
                    expected: g.name,
                    found: lockedGroups.join(', ') || '(none)',
                    fix: lockMissing,
                });
            }
        }
    }
    if (!formatOk) {
        result.inconclusiveReason = `unsupported pdm.lock format ${lockVersion || '(none)'}: ${PDM_KNOWN_TOOL}'s \`pdm lock --check\` says "${PDM_INCOMPATIBLE}"`;
        return result;
    }
    const lockInputs = metadata['lock_inputs'];
    const settings = sub(sub(pyproject, 'tool'), 'pdm') ?? {};
    const lockInputsEnabled = sub(settings, 'resolution')?.['lock_inputs'] === true;
    const hashLine = () => idx.keyLine('metadata', 'content_hash') ?? metaLine();
    if ('lock_inputs' in metadata) {
        // A comparison written value-first anywhere PDM parses (see LineOptions.reversedElsewhere).
        const reversedElsewhere = [manText, lockText].some((t) => REVERSED_COMPARISON.test(t));
        return finishLockInputs(result, lockInputs, pyproject, byName, { lockRel, manifestRel, mIdx, idx, declared, lockRequiresPython, lockedGroups, targets, reversedElsewhere });
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
        // The writer's generation(s), then the current one (PDM >= 2.20 hashes only that, whatever lock_version says).
        const variants = pdmVariantsFor(lockVersion);
        if (!variants.includes('dependency-groups'))
            variants.push('dependency-groups');
        computed = variants.map((variant) => {
            let hex = pdmContentHash(pyproject, variant, algo);
            if (isWorkspace) {
                const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algo).update(hex, 'utf8');
                for (const mem of members) {
                    const mp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, mem, 'pyproject.toml');
                    const mText = (0,_toml_js__WEBPACK_IMPORTED_MODULE_10__.readProjectFile)(mp, undefined, (0,_toml_js__WEBPACK_IMPORTED_MODULE_10__.relPath)(ws, mp));
                    h.update('\0').update(mem, 'utf8').update('\0').update(pdmContentHash((0,_toml_js__WEBPACK_IMPORTED_MODULE_10__.parseToml)(mText, (0,_toml_js__WEBPACK_IMPORTED_MODULE_10__.relPath)(ws, mp)), variant, algo), 'utf8');
                }
                hex = h.digest('hex');
            }
            return { variant, hex };
        });
    }
    catch (err) {
        if (err instanceof _pyjson_js__WEBPACK_IMPORTED_MODULE_9__/* .PyJsonUnsupportedError */ .vM || (err instanceof Error && /digest|hash/i.test(err.message) && !(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo))) {
            result.inconclusiveReason = `cannot compute PDM's content_hash: ${err.message}`;
            findings.push({ class: 'inconclusive', severity: 'warning', message: `Cannot compute PDM's content_hash: ${err.message}.`, manifest: { file: manifestRel } });
            return result;
        }
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo) {
            findings.push({ class: 'invalid-manifest', severity: 'error', message: `${manifestRel}: ${err.message}`, manifest: { file: manifestRel, line: mIdx.tableLine('dependency-groups') } });
            result.inconclusiveReason = err.message;
            return result;
        }
        throw err;
    }
    const match = computed.find((c) => c.hex === recordedHex);
    if (match) {
        result.freshness = 'fresh';
        const current = computed.find((c) => c.variant === 'dependency-groups');
        if (current.hex !== recordedHex) {
            findings.push({
                class: 'tool-version-skew',
                severity: 'warning',
                message: `${lockRel} is fresh for the PDM that wrote it (lock_version ${lockVersion}), but PDM >= 2.20 hashes pyproject.toml differently (the whole [tool.pdm.resolution], [dependency-groups] merged with dev-dependencies) and reports it as out of date.`,
                lock: { file: lockRel, line: hashLine() },
                expected: `${algo}:${current.hex}`,
                found: recorded,
                fix: PDM_FIX,
            });
        }
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
    const project = sub(pyproject, 'project') ?? {};
    const strs = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
    out.push({ name: 'default', table: 'project', key: 'dependencies', reqs: strs(project['dependencies']) });
    for (const [k, list] of Object.entries(sub(project, 'optional-dependencies') ?? {}))
        out.push({ name: k, table: 'project.optional-dependencies', key: k, reqs: strs(list) });
    const seen = new Map();
    for (const [k, list] of Object.entries(sub(pyproject, 'dependency-groups') ?? {})) {
        const g = { name: (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(k), table: 'dependency-groups', key: k, reqs: strs(list) };
        seen.set(g.name, g);
        out.push(g);
    }
    for (const [k, list] of Object.entries(sub(sub(sub(pyproject, 'tool'), 'pdm'), 'dev-dependencies') ?? {})) {
        const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(k);
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
/**
 * `[tool.pdm.resolution]` excludes (normalised names) and overrides (name \u2192 the specifier PDM uses instead
 * of any requirement on that name; undefined for a URL override, compared by source only).
 */
function pdmResolution(settings) {
    const resolution = sub(settings, 'resolution') ?? {};
    const excludes = new Set();
    for (const x of Array.isArray(resolution['excludes']) ? resolution['excludes'] : [])
        if (typeof x === 'string')
            excludes.add((0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc)(x));
    const overrides = new Map();
    for (const [k, v] of Object.entries(sub(resolution, 'overrides') ?? {})) {
        if (typeof v !== 'string')
            continue;
        // pdm.utils.get_requirement_from_override: a URL, a specifier set, else a bare version (`==value`)
        const value = v.trim();
        overrides.set((0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc)(k), /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? undefined : value === '' || /^[<>=!~]/.test(value) ? value : `==${value}`);
    }
    return { excludes, overrides };
}
function pdmDrift(pyproject, declared, lockedGroups, byName, ctx) {
    const out = [];
    const project = sub(pyproject, 'project') ?? {};
    const rootName = typeof project['name'] === 'string' ? (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc)(project['name']) : '';
    const requiresPython = typeof project['requires-python'] === 'string' ? project['requires-python'] : ctx.lockRequiresPython;
    const have = lockedGroups ? new Set(lockedGroups.map((g) => (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(g))) : undefined;
    const { excludes, overrides } = pdmResolution(sub(sub(pyproject, 'tool'), 'pdm') ?? {});
    for (const g of declared) {
        if (have && !have.has((0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(g.name)))
            continue; // not selected when locking
        for (const r of g.reqs) {
            let req;
            try {
                req = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRequirement */ .pP)(r);
            }
            catch {
                continue; // `-e ./path` style or malformed: not compared
            }
            if (req.normalizedName === rootName || excludes.has(req.normalizedName))
                continue;
            const mline = ctx.mIdx.requirementLine(g.table, g.key, req.name) ?? ctx.mIdx.keyLine(g.table, g.key);
            const locked = (byName.get(req.normalizedName) ?? []).filter((p) => p.extras.length === 0);
            if (locked.length === 0) {
                const applies = req.markerText ? _version_tools_js__WEBPACK_IMPORTED_MODULE_8__/* .versionTools */ .g.markerApplies?.(req.markerText, requiresPython, g.name === 'default' ? [] : [g.name]) : true;
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
            // an override replaces the requirement's specifier (a URL override: the source decides, not compared)
            const specifier = overrides.has(req.normalizedName) ? overrides.get(req.normalizedName) : req.specifier;
            if (!specifier || req.url)
                continue;
            const results = locked.map((p) => _version_tools_js__WEBPACK_IMPORTED_MODULE_8__/* .versionTools */ .g.satisfies(p.version, specifier));
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
                expected: specifier === req.specifier ? r : `${req.normalizedName}${specifier} (override)`,
                found: p.version,
                fix: PDM_FIX,
            });
        }
    }
    return out;
}
/**
 * `lock_inputs` freshness (PDM \u2265 2.28.1), as PDM decides it: the inputs rebuilt from pyproject.toml
 * must equal the recorded ones (pdm-inputs.ts), and every requirement of a locked group must be met by
 * locked packages of that group whose versions satisfy its current specifier. Stale on any definite
 * difference; fresh only when everything is shown equal; otherwise inconclusive, with the reason.
 */
function finishLockInputs(result, lockInputs, pyproject, byName, ctx) {
    const findings = result.findings;
    const lockLine = ctx.idx.keyLine('metadata', 'lock_inputs') ?? ctx.idx.tableLine('metadata.lock_inputs.project') ?? ctx.idx.tableLine('metadata');
    const project = sub(pyproject, 'project') ?? {};
    const settings = sub(sub(pyproject, 'tool'), 'pdm') ?? {};
    const resolved = (0,_pdm_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .pdmInputGroups */ .oF)(pyproject);
    if (typeof resolved === 'string') {
        result.freshness = 'inconclusive';
        result.inconclusiveReason = `PDM would not read the groups of ${ctx.manifestRel}: ${resolved}`;
        findings.push({ class: 'inconclusive', severity: 'warning', message: `${ctx.manifestRel}: ${resolved}; \`pdm lock --check\` decides.`, manifest: { file: ctx.manifestRel } });
        return result;
    }
    const comparison = (0,_pdm_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .compareLockInputs */ .s8)(lockInputs, project, settings, resolved, { reversedElsewhere: ctx.reversedElsewhere });
    const manifestLineOf = (requirement, group, key) => {
        if (key !== undefined)
            return ctx.mIdx.keyLine('project', key) ?? ctx.mIdx.tableLine(key === 'requires-python' ? 'project' : key);
        for (const g of ctx.declared) {
            if (group !== undefined && (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(g.name) !== group)
                continue;
            if (requirement !== undefined && g.reqs.includes(requirement)) {
                const name = LEADING_NAME.exec(requirement)?.[1];
                return (name ? ctx.mIdx.requirementLine(g.table, g.key, name) : undefined) ?? ctx.mIdx.keyLine(g.table, g.key);
            }
        }
        const g = ctx.declared.find((d) => (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(d.name) === group);
        return g ? (ctx.mIdx.keyLine(g.table, g.key) ?? ctx.mIdx.tableLine(g.table)) : undefined;
    };
    const stale = comparison.differences.map((d) => ({
        class: 'drift',
        severity: 'error',
        message: `${ctx.manifestRel} no longer matches the inputs ${ctx.lockRel} was locked from: ${d.message}.`,
        manifest: { file: ctx.manifestRel, line: manifestLineOf(d.requirement, d.group, d.key) },
        lock: { file: ctx.lockRel, line: lockLine },
        ...(d.expected !== undefined ? { expected: d.expected } : {}),
        ...(d.found !== undefined ? { found: d.found } : {}),
        fix: PDM_FIX,
    }));
    // Locked versions must satisfy the current specifiers (PDM checks them even when the inputs match).
    stale.push(...pdmDrift(pyproject, ctx.declared, ctx.lockedGroups, byName, ctx).filter((f) => f.severity === 'error' && f.found !== 'not locked'));
    if (stale.length) {
        result.freshness = 'stale';
        findings.push(...stale);
        return result;
    }
    const unknown = [...comparison.unknown];
    if (comparison.verdict === 'equal') {
        const coverage = lockedRequirementsCovered(settings, resolved, ctx.lockedGroups, byName, ctx.lockRequiresPython, ctx.targets);
        if (coverage.missing.length) {
            result.freshness = 'stale';
            for (const m of coverage.missing) {
                findings.push({
                    class: 'drift',
                    severity: 'error',
                    message: `${m.name} is required by ${ctx.manifestRel} (${m.group}) but ${ctx.lockRel} has no ${m.name} package in that group.`,
                    package: m.name,
                    manifest: { file: ctx.manifestRel, line: manifestLineOf(m.written, m.group, undefined) },
                    lock: { file: ctx.lockRel, line: ctx.idx.keyLine('metadata', 'groups') ?? ctx.idx.tableLine('metadata') },
                    expected: m.written.trim(),
                    found: 'not locked',
                    fix: PDM_FIX,
                });
            }
            return result;
        }
        unknown.push(...coverage.why);
    }
    if (unknown.length === 0) {
        result.freshness = 'fresh';
        return result;
    }
    result.freshness = 'inconclusive';
    result.inconclusiveReason = `pdm.lock records lock_inputs (PDM \u2265 2.28.1): ${unknown[0]}${unknown.length > 1 ? ` (and ${unknown.length - 1} more)` : ''}; run \`pdm lock --check\``;
    return result;
}
/**
 * PDM's second step for lock_inputs: each requirement of a locked group is met by locked packages of
 * that group. Returns the requirements without a marker that no package of their group meets (stale)
 * and why the others cannot be shown statically (both empty: shown). A requirement with a marker and
 * no package is only fine when its marker holds nowhere under the lock's requires-python.
 */
function lockedRequirementsCovered(settings, groups, lockedGroups, byName, lockRequiresPython, targets) {
    const why = [];
    const missing = [];
    // One requires-python per target (a target without one: every Python); none recorded: PDM says stale anyway.
    const targetPythons = targets.length ? targets.map((t) => (typeof t['requires_python'] === 'string' && t['requires_python'] !== '' ? t['requires_python'] : undefined)) : [lockRequiresPython];
    const { excludes, overrides } = pdmResolution(settings);
    const selected = (lockedGroups ?? ['default']).map((g) => (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(g));
    for (const group of selected) {
        for (const written of groups.get(group) ?? []) {
            let req;
            try {
                req = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRequirement */ .pP)(written);
            }
            catch {
                why.push(`"${written.trim()}" is not parsed statically`);
                continue;
            }
            if (excludes.has(req.normalizedName))
                continue; // PDM skips excluded requirements
            if (overrides.has(req.normalizedName) && overrides.get(req.normalizedName) === undefined) {
                why.push(`${req.normalizedName} is overridden by a URL in [tool.pdm.resolution] overrides`);
                continue;
            }
            const packages = (byName.get(req.normalizedName) ?? []).filter((p) => {
                const g = p.table['groups'];
                return !Array.isArray(g) || g.some((x) => typeof x === 'string' && (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .pdmNormalizeName */ .ag)(x) === group);
            });
            if (packages.length === 0) {
                // No marker: its region is every target, and no locked package covers it (PDM: stale).
                if (!req.marker) {
                    missing.push({ name: req.normalizedName, group, written });
                    continue;
                }
                const applies = req.markerText ? _version_tools_js__WEBPACK_IMPORTED_MODULE_8__/* .versionTools */ .g.markerApplies?.(req.markerText, lockRequiresPython, []) : true;
                if (applies !== false)
                    why.push(`${req.normalizedName} (${group}) has no locked package of that group`);
                continue;
            }
            const covered = packages.some((p) => {
                const m = p.table['marker'];
                if (typeof m !== 'string' || m.trim() === '')
                    return true;
                try {
                    const pm = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .parseMarker */ .gY)(m);
                    if (req.marker && (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .compareMarkers */ .F5)(pm, req.marker) === 'equal')
                        return true;
                    // PDM: the package marker covers the requirement's region in every target, i.e. the
                    // requirement's marker implies it within the target's requires-python (a lock made with
                    // `--python` marks every package with that range). Several versions: each must satisfy.
                    if (!allSatisfy(packages, overrides.has(req.normalizedName) ? overrides.get(req.normalizedName) : req.specifier, req.url))
                        return false;
                    return targetPythons.every((rp) => (0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .compareMarkers */ .F5)((0,_pep508_js__WEBPACK_IMPORTED_MODULE_6__/* .andMarkers */ .xO)(req.marker, pm), req.marker, rp) === 'equal');
                }
                catch {
                    return false;
                }
            });
            if (!covered)
                why.push(`the markers of the locked ${req.normalizedName} packages are not compared with the requirement's`);
        }
    }
    return { why, missing };
}
/** Every locked version satisfies the (effective) specifier; a URL requirement is not compared here. */
function allSatisfy(packages, specifier, url) {
    if (url !== undefined || specifier === undefined)
        return false;
    if (specifier === '')
        return true;
    return packages.every((p) => _version_tools_js__WEBPACK_IMPORTED_MODULE_8__/* .versionTools */ .g.satisfies(p.version, specifier) === true);
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
