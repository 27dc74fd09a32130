/**
 * PDM's `metadata.lock_inputs` (PDM >= 2.28.1, opt-in with `tool.pdm.resolution.lock_inputs = true`),
 * rebuilt from pyproject.toml the way PDM builds it (src/pdm/project/lockfile/freshness.py) and compared
 * with what the lock recorded. PDM compares exact strings; where our rebuilt text may differ from PDM's
 * only by PDM's own normalisation (markers it rewrites, requires-python it reorders) the answer is
 * "unknown", never a guess:
 *  - a named requirement is `name[extras]; marker` without its specifier: the name with runs of
 *    `-_.` as `-` (case kept), extras deduplicated and sorted, the marker as PDM's marker library
 *    (dep_logic) prints it — replicated in pdmMarkerString for markers that compare each variable once;
 *  - a URL requirement is `url-sha256:` + sha256 of PDM's line for it (pdmUrlLine);
 *  - requires-python is PDM's PySpecSet text (specifiers sorted), sources lose credentials and
 *    carry sha256 fingerprints of their URLs, resolution is kept without `lock_inputs`.
 */
import { createHash } from 'node:crypto';
import { compareMarkers, LEGACY_VARIABLES, markerToString, parseMarker, parseRequirement, requiresPythonToMarker, type MarkerNode, type Requirement } from './pep508.js';
import { normalizeName } from './names.js';
import { satisfies } from './pep440.js';
import type { TomlTable } from './toml.js';

export type InputsVerdict = 'equal' | 'different' | 'unknown';

export interface InputDifference {
  /** What differs, for a finding message. */
  message: string;
  group?: string;
  /** The manifest requirement (as written) behind the difference, when there is one. */
  requirement?: string;
  /** The manifest key or table behind it otherwise (`requires-python`, `tool.pdm.source`, …). */
  key?: string;
  expected?: string;
  found?: string;
}

export interface InputsComparison {
  verdict: InputsVerdict;
  differences: InputDifference[];
  /** Why the verdict is unknown (empty otherwise). */
  unknown: string[];
}

const URL_RE = /[A-Za-z][A-Za-z0-9+.-]*:\/\//;
const NAME_AND_EXTRAS = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?/;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function isTable(v: unknown): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** PDM's `project_name`: runs of `-`, `_`, `.` become `-`; the case is kept. */
function pdmProjectName(name: string): string {
  return name.replace(/[-_.]+/g, '-');
}

/** The `name[extras]` head of PDM's line for a requirement as written. */
function lineHead(text: string): string | undefined {
  const m = NAME_AND_EXTRAS.exec(text);
  if (!m) return undefined;
  const extras = [
    ...new Set(
      (m[2] ?? '')
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean),
    ),
  ].sort();
  return `${pdmProjectName(m[1]!)}${extras.length ? `[${extras.join(',')}]` : ''}`;
}

interface CurrentLine {
  /** The requirement as written in pyproject.toml. */
  written: string;
  /** PDM's line as we rebuild it. */
  line: string;
  /** Whether `line` is PDM's exact text (a URL line's fingerprint, a marker PDM prints as written): a differing one is a change. */
  certain: boolean;
  head: string;
  marker?: MarkerNode;
}

interface RecordedLine {
  line: string;
  head: string;
  marker?: MarkerNode;
  opaque: boolean;
}

export interface LineOptions {
  /**
   * Whether a reversed comparison (`"3.9" <= python_version`) appears anywhere PDM parses in the same
   * run (pyproject.toml, pdm.lock): dep_logic caches merged markers by a key that ignores the
   * reversal, so a compound marker may then be printed with its comparisons reversed.
   */
  reversedElsewhere?: boolean;
}

/** Our rebuild of `_requirement_input(requirement)`; undefined when it cannot be rebuilt at all. */
function currentLine(written: string, opts: LineOptions): CurrentLine | 'local' | undefined {
  let req: Requirement;
  try {
    req = parseRequirement(written);
  } catch {
    return undefined; // `-e ./path` and other pip-style lines: PDM's own parser decides
  }
  const head = lineHead(written);
  if (!head) return undefined;
  let markerLine: string | undefined = '';
  if (req.markerText) markerLine = pdmMarkerString(req.markerText, opts);
  if (req.url) {
    if (/^file:/i.test(req.url)) return 'local'; // local inputs (file hashes, nested projects)
    const line = markerLine === undefined ? undefined : pdmUrlLine(req.name, written, req.url, markerLine);
    return { written, line: `url-sha256:${sha256(line ?? written.trim())}`, certain: line !== undefined, head };
  }
  if (URL_RE.test(written)) return { written, line: `url-sha256:${sha256(written.trim())}`, certain: false, head };
  if (!req.marker) return { written, line: head, certain: true, head };
  // The marker as dep_logic prints it; where we do not replicate dep_logic, compareGroup compares the
  // markers' meaning instead (a differing meaning is a change, an equal one is unknown).
  if (markerLine !== undefined) return { written, line: `${head}; ${markerLine}`, certain: true, head, marker: req.marker };
  return { written, line: `${head}; ${markerToString(req.marker)}`, certain: false, head, marker: req.marker };
}

/** A fragment's `key=value` pairs as `urllib.parse.parse_qsl` reads them (blank values dropped); undefined when escapes are involved. */
function fragmentPairs(fragment: string): Map<string, string> | undefined {
  if (/[%+]/.test(fragment)) return undefined;
  const out = new Map<string, string>();
  for (const part of fragment.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0 || eq === part.length - 1) continue;
    out.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return out;
}

/**
 * PDM's `FileRequirement.as_line()` for `name[extras] @ url ; marker` (pdm.models.requirements):
 * `name[extras] @ url-without-fragment[#subdirectory=…][ ; marker]`. The fragment is dropped except
 * subdirectory (so `#sha256=…` changes nothing); for a plain URL an `egg=` fragment renames the
 * requirement (and gives it extras when it has none); a VCS URL keeps its name and its `@ref`
 * (an empty ref is dropped). urlparse lowercases the scheme and drops an empty query. Undefined
 * where we are not sure of PDM's text (escapes, params, a query on a VCS URL, …).
 */
export function pdmUrlLine(writtenName: string, written: string, url: string, markerLine: string): string | undefined {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^#?;\s]*)(?:\?([^#;\s]*))?(?:#(\S*))?$/.exec(url);
  if (!m) return undefined;
  const scheme = m[1]!;
  const vcs = /^(?:git|hg|svn|bzr)\+/.test(scheme);
  if (!vcs && scheme.includes('+') && scheme !== scheme.toLowerCase()) return undefined;
  let rest = m[2]!;
  const query = m[3] ?? '';
  const frag = fragmentPairs(m[4] ?? '');
  if (!frag) return undefined;
  let name = writtenName;
  let extras = [...new Set(((/\[([^\]]*)\]/.exec(written.split('@')[0]!) ?? [])[1] ?? '').split(',').map((e) => e.trim()).filter(Boolean))];
  if (vcs) {
    if (query) return undefined;
    const slash = rest.indexOf('/');
    const at = slash < 0 ? -1 : rest.indexOf('@', slash);
    if (at >= 0 && at === rest.length - 1) rest = rest.slice(0, -1); // an empty ref
  } else {
    const egg = frag.get('egg');
    if (egg !== undefined) {
      const e = /^(.+?)(?:\[([^\]]+)\])?$/.exec(egg);
      if (!e) return undefined;
      name = e[1]!;
      if (!extras.length && e[2]) extras = [...new Set(e[2].split(',').map((x) => x.trim()))];
    }
  }
  const sub = frag.get('subdirectory');
  if (sub !== undefined && !/^[A-Za-z0-9_.\-~/]+$/.test(sub)) return undefined;
  const projectName = name.replace(/[^A-Za-z0-9]+/g, '-');
  if (!projectName) return undefined;
  extras.sort();
  return `${projectName}${extras.length ? `[${extras.join(',')}]` : ''} @ ${scheme.toLowerCase()}://${rest}${query ? `?${query}` : ''}${sub !== undefined ? `#subdirectory=${sub}` : ''}${markerLine ? ` ; ${markerLine}` : ''}`;
}

function recordedLine(line: string): RecordedLine {
  if (line.startsWith('url-sha256:')) return { line, head: '', opaque: true };
  const semi = line.indexOf(';');
  const head = (semi >= 0 ? line.slice(0, semi) : line).trim();
  let marker: MarkerNode | undefined;
  if (semi >= 0) {
    try {
      marker = parseMarker(line.slice(semi + 1).trim());
    } catch {
      marker = undefined;
    }
  }
  return { line, head, ...(marker ? { marker } : {}), opaque: false };
}

/** PDM's `str(PySpecSet(text))`: the specifiers without spaces, sorted, comma-joined. */
export function pdmRequiresPythonText(text: string): string {
  const parts = [
    ...new Set(
      text
        .split(',')
        .map((p) => p.replace(/\s+/g, ''))
        .filter(Boolean),
    ),
  ];
  return parts.sort().join(',');
}

const PLAIN_PY_SPEC = /^(?:(?:~=|==|!=|<=|>=|<|>)\d+(?:\.\d+)*|(?:==|!=)\d+(?:\.\d+)*\.\*)$/;

/**
 * Is `text` (pdmRequiresPythonText output) a list that PDM's PySpecSet prints exactly like that: each
 * specifier a plain release (no pre/post/local, `.*` only with ==/!=) and the set not empty (PySpecSet
 * prints an empty range as `<empty>`), shown by a sample Python version inside it.
 */
function plainPythonSpecifiers(text: string): boolean {
  if (text === '') return true;
  const parts = text.split(',');
  if (!parts.every((p) => PLAIN_PY_SPEC.test(p))) return false;
  // `>=3` and `>=3.0` are one specifier to PySpecSet, which keeps either spelling: not plain.
  const keys = new Set(parts.map((p) => p.replace(/(?:\.0)+$/, '')));
  if (keys.size !== parts.length) return false;
  const samples = new Set<string>();
  for (let major = 2; major <= 4; major++) for (let minor = 0; minor <= 30; minor++) for (const patch of [0, 1, 50]) samples.add(`${major}.${minor}.${patch}`);
  for (const p of parts) {
    const v = p.replace(/^[<>=!~]+/, '').replace(/\.\*$/, '');
    samples.add(v);
    samples.add(`${v}.1`);
    samples.add(`${v}.0.1`);
  }
  for (const v of samples) {
    try {
      if (satisfies(v, text, { prereleases: true })) return true;
    } catch {
      return false;
    }
  }
  return false;
}

/** Sources as PDM records them: no credentials, URLs as sha256 fingerprints, package lists sorted. */
export function pdmRecordedSources(sources: unknown): unknown[] {
  if (!Array.isArray(sources)) return [];
  return sources.filter(isTable).map((source) => {
    const item: Record<string, unknown> = { ...source };
    delete item['username'];
    delete item['password'];
    if (item['url'] !== undefined && item['url'] !== '' && item['url'] !== null) item['url'] = `sha256:${sha256(String(item['url']))}`;
    for (const key of ['include_packages', 'exclude_packages']) {
      if (Array.isArray(item[key])) item[key] = [...(item[key] as unknown[])].sort();
    }
    return sanitize(item);
  });
}

/** `_sanitize_strings`: every string that holds a URL becomes its sha256 fingerprint. */
function sanitize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sanitize);
  if (isTable(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sanitize(v)]));
  if (typeof value === 'string' && URL_RE.test(value)) return `sha256:${sha256(value)}`;
  return value;
}

function hasDate(value: unknown): boolean {
  if (value instanceof Date) return true; // smol-toml's TomlDate is a Date
  if (Array.isArray(value)) return value.some(hasDate);
  if (isTable(value)) return Object.values(value).some(hasDate);
  return false;
}

/** Python `==` on JSON-like values (TOML integers arrive as BigInt, Python compares 1 == 1.0). */
function sameValue(a: unknown, b: unknown): boolean {
  if ((typeof a === 'bigint' || typeof a === 'number') && (typeof b === 'bigint' || typeof b === 'number')) return Number(a) === Number(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (isTable(a) || isTable(b)) {
    if (!isTable(a) || !isTable(b)) return false;
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
 * `{include-group = "…"}` in a dependency group — one level deep, as PDM 2.29 does; a bare
 * `<project>` and `-e` lines of [project] are dropped. A string is returned when PDM itself would
 * refuse the manifest (unknown extra or group, a table where only strings go).
 */
export function pdmInputGroups(pyproject: TomlTable): Map<string, string[]> | string {
  const project = isTable(pyproject['project']) ? pyproject['project'] : {};
  const projectName = typeof project['name'] === 'string' ? normalizeName(project['name']) : undefined;
  const metadata = new Map<string, unknown[]>();
  const optional = isTable(project['optional-dependencies']) ? project['optional-dependencies'] : {};
  for (const [k, v] of Object.entries(optional)) metadata.set(normalizeName(k), Array.isArray(v) ? v : []);
  if (metadata.has('default')) return '"default" is not allowed as an optional-dependencies name';
  metadata.set('default', Array.isArray(project['dependencies']) ? project['dependencies'] : []);
  const dev = new Map<string, unknown[]>();
  const groupsTable = isTable(pyproject['dependency-groups']) ? pyproject['dependency-groups'] : {};
  for (const [k, v] of Object.entries(groupsTable)) {
    const name = normalizeName(k);
    if (dev.has(name)) return `dependency group "${k}" is declared twice`;
    dev.set(name, Array.isArray(v) ? [...v] : []);
  }
  const tool = isTable(pyproject['tool']) && isTable(pyproject['tool']['pdm']) ? pyproject['tool']['pdm'] : {};
  const legacy = isTable(tool['dev-dependencies']) ? tool['dev-dependencies'] : {};
  for (const [k, v] of Object.entries(legacy)) {
    const name = normalizeName(k);
    dev.set(name, [...(dev.get(name) ?? []), ...(Array.isArray(v) ? v : [])]);
  }
  if (dev.has('default')) return '"default" is not allowed as a dependency group name';

  const own = new Map<string, { reqs: string[]; referred: Set<string> }>();
  for (const group of [...metadata.keys(), ...dev.keys()]) {
    const inMetadata = metadata.has(group);
    const reqs: string[] = [];
    const referred = new Set<string>();
    for (const item of (inMetadata ? metadata.get(group) : dev.get(group)) ?? []) {
      if (typeof item === 'string') {
        const m = /^(.+?)(?:\[([^\]]+)\])?$/s.exec(item);
        if (m && projectName !== undefined && normalizeName(m[1]!) === projectName) {
          for (const extra of (m[2] ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
            const name = normalizeName(extra);
            if (!metadata.has(name) && (inMetadata || !dev.has(name))) return `"${item}" refers to a group that does not exist`;
            referred.add(name);
          }
          continue;
        }
        if (inMetadata && item.startsWith('-e ')) continue;
        reqs.push(item);
      } else if (!inMetadata && isTable(item) && Object.keys(item).length === 1 && typeof item['include-group'] === 'string') {
        const name = normalizeName(item['include-group']);
        if (!dev.has(name)) return `include-group "${item['include-group']}" names no dependency group`;
        referred.add(name);
      } else return `an item of group "${group}" is neither a requirement nor an include-group table`;
    }
    own.set(group, { reqs, referred });
  }
  // Cycles make PDM stop with an error.
  const visiting = new Set<string>();
  const done = new Set<string>();
  const cyclic = (g: string): boolean => {
    if (done.has(g)) return false;
    if (visiting.has(g)) return true;
    visiting.add(g);
    for (const r of own.get(g)?.referred ?? []) if (cyclic(r)) return true;
    visiting.delete(g);
    done.add(g);
    return false;
  };
  for (const g of own.keys()) if (cyclic(g)) return `group "${g}" includes itself`;
  const out = new Map<string, string[]>();
  for (const [group, { reqs, referred }] of own) {
    const all = [...reqs];
    for (const r of referred) all.push(...(own.get(r)?.reqs ?? []));
    out.set(group, all);
  }
  return out;
}

/**
 * Compare the project's current lock inputs with the recorded ones. `groups` are the locked groups
 * as PDM names them (default, extras, dependency groups); `settings` is `[tool.pdm]`.
 */
export function compareLockInputs(recorded: unknown, project: TomlTable, settings: TomlTable, current: ReadonlyMap<string, readonly string[]>, opts: LineOptions = {}): InputsComparison {
  const differences: InputDifference[] = [];
  const unknown: string[] = [];
  const done = (): InputsComparison => ({ verdict: differences.length ? 'different' : unknown.length ? 'unknown' : 'equal', differences, unknown });

  if (!isTable(recorded) || !isTable(recorded['project'])) {
    differences.push({ message: 'metadata.lock_inputs has no project table' });
    return done();
  }
  const extraTop = Object.keys(recorded).filter((k) => k !== 'project');
  if (extraTop.length) unknown.push(`workspace inputs (${extraTop.join(', ')}) are not rebuilt statically`);
  const rec = recorded['project'];
  const known = new Set(['groups', 'requires-python', 'resolution', 'sources']);
  const extraKeys = Object.keys(rec).filter((k) => !known.has(k));
  if (extraKeys.length) unknown.push(`recorded inputs ${extraKeys.join(', ')} are not rebuilt statically`);

  // requires-python
  const rpText = typeof project['requires-python'] === 'string' ? project['requires-python'] : '';
  const rpCurrent = pdmRequiresPythonText(rpText);
  const rpRecorded = rec['requires-python'];
  if (typeof rpRecorded !== 'string') differences.push({ message: 'requires-python is not recorded', key: 'requires-python', expected: rpCurrent });
  else if (rpCurrent !== rpRecorded) {
    let semantic: 'equal' | 'different' | 'unknown' = 'unknown';
    try {
      semantic = compareMarkers(rpCurrent ? requiresPythonToMarker(rpCurrent) : undefined, rpRecorded ? requiresPythonToMarker(rpRecorded) : undefined);
    } catch {
      semantic = 'unknown';
    }
    // PDM compares the two texts: once both are plain specifier lists (PySpecSet prints those as
    // written, sorted), a textual difference is a change even when the ranges are equal (>=3.9 / >=3.9.0).
    if (semantic === 'different' || (plainPythonSpecifiers(rpCurrent) && plainPythonSpecifiers(rpRecorded))) differences.push({ message: `requires-python is "${rpText}", the lock was made for "${rpRecorded}"`, key: 'requires-python', expected: rpCurrent, found: rpRecorded });
    else unknown.push(`requires-python "${rpText}" and the recorded "${rpRecorded}" are written differently`);
  }

  // sources
  const sources = pdmRecordedSources(settings['source']);
  if (!('sources' in rec) || !sameValue(sources, rec['sources'])) {
    if (hasDate(settings['source'])) unknown.push('[[tool.pdm.source]] holds dates');
    else differences.push({ message: '[[tool.pdm.source]] differs from the sources the lock was made with', key: 'tool.pdm.source' });
  }

  // resolution (without lock_inputs itself)
  const resolution: Record<string, unknown> = { ...(isTable(settings['resolution']) ? settings['resolution'] : {}) };
  delete resolution['lock_inputs'];
  const resolutionNow = sanitize(resolution);
  if (!('resolution' in rec) || !sameValue(resolutionNow, rec['resolution'])) {
    if (hasDate(resolution)) unknown.push('[tool.pdm.resolution] holds dates (PDM records them in Python isoformat)');
    else differences.push({ message: '[tool.pdm.resolution] differs from the resolution settings the lock was made with', key: 'tool.pdm.resolution' });
  }

  // groups
  const recGroups = rec['groups'];
  if (!isTable(recGroups)) {
    differences.push({ message: 'metadata.lock_inputs.project.groups is missing' });
    return done();
  }
  for (const name of current.keys()) if (!(name in recGroups)) differences.push({ message: `group "${name}" is not among the recorded lock inputs`, group: name, expected: name, found: Object.keys(recGroups).join(', ') || '(none)' });
  for (const name of Object.keys(recGroups)) if (!current.has(name)) differences.push({ message: `group "${name}" was recorded in the lock inputs and is no longer declared`, group: name, expected: '(absent)', found: name });
  for (const [name, reqs] of current) {
    const recList = recGroups[name];
    if (!Array.isArray(recList)) continue;
    const recStrings = recList.filter((x): x is string => typeof x === 'string');
    // PDM first compares the counts (`_requirements_match`); ours is PDM's unless a workspace adds members to "default".
    if (!('workspace' in settings) && reqs.length !== recStrings.length) {
      differences.push({ message: `group "${name}" has ${reqs.length} requirement(s), the lock inputs recorded ${recStrings.length}`, group: name, expected: String(reqs.length), found: String(recStrings.length) });
      continue;
    }
    compareGroup(name, reqs, recStrings, differences, unknown, opts);
  }
  return done();
}

function compareGroup(group: string, written: readonly string[], recorded: readonly string[], differences: InputDifference[], unknown: string[], opts: LineOptions): void {
  const left = recorded.map(recordedLine);
  const take = (line: string): boolean => {
    const i = left.findIndex((r) => r.line === line);
    if (i < 0) return false;
    left.splice(i, 1);
    return true;
  };
  const open: CurrentLine[] = [];
  for (const w of written) {
    const c = currentLine(w, opts);
    if (c === 'local') {
      unknown.push(`${w.trim()} is a local path: PDM records its files' hashes`);
      // Its recorded entry is an opaque fingerprint: set one aside so the counts still compare.
      const i = left.findIndex((r) => r.opaque);
      if (i >= 0) left.splice(i, 1);
      continue;
    }
    if (c === undefined) {
      unknown.push(`"${w.trim()}" is not parsed statically`);
      const i = left.findIndex((r) => r.opaque);
      if (i >= 0) left.splice(i, 1);
      continue;
    }
    if (!take(c.line)) open.push(c);
  }
  for (const c of open) {
    if (c.line.startsWith('url-sha256:')) {
      // A URL line whose fingerprint we computed from PDM's exact text: a recorded one that differs is a change.
      const i = left.findIndex((r) => r.opaque);
      if (c.certain || i < 0) differences.push({ message: `${c.written.trim()} in "${group}" is not among the recorded lock inputs`, group, requirement: c.written });
      else unknown.push(`${c.written.trim()} may be written differently from PDM's line for it`);
      if (i >= 0) left.splice(i, 1);
      continue;
    }
    const i = left.findIndex((r) => !r.opaque && r.head === c.head);
    if (i < 0) {
      differences.push({ message: `${c.written.trim()} in "${group}" is not among the recorded lock inputs`, group, requirement: c.written, expected: c.line, found: 'not recorded' });
      continue;
    }
    const r = left[i]!;
    left.splice(i, 1);
    let same: 'equal' | 'different' | 'unknown';
    try {
      same = compareMarkers(c.marker, r.marker);
    } catch {
      same = 'unknown';
    }
    // PDM compares the lines as text: a marker PDM prints as we do that reads differently is a change.
    if (same === 'different' || c.certain) differences.push({ message: `the marker of ${c.written.trim()} in "${group}" differs from the recorded "${r.line}"`, group, requirement: c.written, expected: c.line, found: r.line });
    else unknown.push(`${c.written.trim()}: PDM may print its marker differently from "${r.line}"`);
  }
  for (const r of left) {
    differences.push({ message: `"${r.opaque ? 'a URL requirement' : r.line}" was recorded in "${group}" and is no longer required`, group, expected: '(absent)', found: r.line });
  }
}

// ---------------------------------------------------------------- PDM's marker text (dep_logic 0.7)

/**
 * A port of the part of dep_logic's marker algebra (parse_marker, `&`, `|`, MultiMarker.of,
 * MarkerUnion.of, cnf/dnf, union_simplify/intersect_simplify, str) that PDM 2.29.4 runs on a
 * requirement's marker, restricted to markers whose comparisons all name different variables
 * (python_version and python_full_version count as one). There, two comparisons never merge into
 * one and each comparison is an independent atom, so the algebra is structural and deterministic:
 * `a and b` stays `a and b`, but `a and (b or c)` becomes `b and a or c and a` and
 * `a and (b and c)` becomes `b and c and a`. Checked against dep_logic itself on random markers.
 */
type DL =
  | { k: 'any' }
  | { k: 'empty' }
  | { k: 'me'; name: string; op: string; value: string; rev: boolean }
  | { k: 'multi' | 'union'; ms: DL[] };

class DepLogicUnknown extends Error {}

const ANY: DL = { k: 'any' };
const EMPTY: DL = { k: 'empty' };
const REFLECT: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=', '===': '===', '~=': '~=', in: 'in', 'not in': 'not in' };

function dlEq(a: DL, b: DL): boolean {
  if (a === b) return true;
  if (a.k !== b.k) return false;
  if (a.k === 'me' && b.k === 'me') return a.name === b.name && a.op === b.op && a.value === b.value;
  if ((a.k === 'multi' || a.k === 'union') && (b.k === 'multi' || b.k === 'union')) return a.ms.length === b.ms.length && a.ms.every((m, i) => dlEq(m, b.ms[i]!));
  return true; // any/any, empty/empty
}
const dlIn = (list: readonly DL[], x: DL): boolean => list.some((m) => dlEq(m, x));
const listEq = (a: readonly DL[], b: readonly DL[]): boolean => a.length === b.length && a.every((m, i) => dlEq(m, b[i]!));

class DLBudget {
  steps = 0;
  tick(): void {
    if (++this.steps > 20000) throw new DepLogicUnknown('marker too large to normalise statically');
  }
}

function flatten(items: readonly DL[], kind: 'multi' | 'union'): DL[] {
  const out: DL[] = [];
  for (const item of items) {
    if (item.k === kind) {
      for (const sub of flatten(item.ms, kind)) if (!dlIn(out, sub)) out.push(sub);
    } else if (!dlIn(out, item)) out.push(item);
  }
  return out;
}
const mk = (kind: 'multi' | 'union', ms: readonly DL[]): DL => ({ k: kind, ms: flatten(ms, kind) });

function complexity(m: DL): [number, number] {
  if (m.k === 'multi' || m.k === 'union') return m.ms.map(complexity).reduce((s, c) => [s[0] + c[0], s[1] + c[1]], [0, 0] as [number, number]);
  return [1, 1];
}

function dlAnd(x: DL, y: DL, b: DLBudget): DL {
  b.tick();
  if (x.k === 'any') return y;
  if (x.k === 'empty') return x;
  if (x.k === 'me') {
    if (y.k === 'me') {
      if (dlEq(x, y)) return x; // same leaf: _merge_single_markers keeps the first
      if (x.name === y.name) throw new DepLogicUnknown('two comparisons of one variable');
      return mk('multi', [x, y]);
    }
    if (y.k === 'any') return x;
    if (y.k === 'empty') throw new DepLogicUnknown('empty marker');
    return intersection([y, x], b); // NotImplemented → y.__rand__(x)
  }
  return intersection([x, y], b);
}

function dlOr(x: DL, y: DL, b: DLBudget): DL {
  b.tick();
  if (x.k === 'any') return x;
  if (x.k === 'empty') return y;
  if (x.k === 'me') {
    if (y.k === 'me') {
      if (dlEq(x, y)) return x;
      if (x.name === y.name) throw new DepLogicUnknown('two comparisons of one variable');
      return mk('union', [x, y]);
    }
    if (y.k === 'any') return y;
    if (y.k === 'empty') throw new DepLogicUnknown('empty marker');
    return union([y, x], b);
  }
  return union([x, y], b);
}

/** Python's set difference/intersection keeps no order; the results PDM uses from them are single markers, which do not depend on it. */
function setMinus(a: readonly DL[], bs: readonly DL[]): DL[] {
  return a.filter((m) => !dlIn(bs, m));
}

function simplifyPair(self: DL & { k: 'multi' | 'union' }, other: DL, b: DLBudget): DL | null {
  if (dlIn(self.ms, other)) return other;
  if (other.k !== self.k) return null;
  const ours = self.ms;
  const theirs = (other as { ms: DL[] }).ms;
  if (ours.every((m) => dlIn(theirs, m))) return self;
  if (theirs.every((m) => dlIn(ours, m))) return other;
  const shared = ours.filter((m) => dlIn(theirs, m));
  if (!shared.length) return null;
  const u1 = setMinus(ours, theirs);
  const u2 = setMinus(theirs, ours);
  const combine = (p: DL[], q: DL[]): DL => (self.k === 'multi' ? dlOr(mk('multi', p), mk('multi', q), b) : dlAnd(mk('union', p), mk('union', q), b));
  const r = combine(u1, u2);
  const accepted = (m: DL): boolean => m.k === 'me' || (self.k === 'multi' ? m.k === 'any' : m.k === 'empty');
  // Python iterates the sets in hash order: make sure the outcome does not depend on it.
  if (accepted(r) !== accepted(combine([...u1].reverse(), [...u2].reverse()))) throw new DepLogicUnknown('result depends on set order');
  if (!accepted(r)) return null;
  const common = ours.filter((m) => dlIn(shared, m));
  return self.k === 'multi' ? dlAnd(r, mk('multi', common), b) : dlOr(r, mk('union', common), b);
}

function ofMarkers(kind: 'multi' | 'union', markers: readonly DL[], b: DLBudget): DL {
  const neutral = kind === 'multi' ? 'any' : 'empty';
  const absorbing = kind === 'multi' ? 'empty' : 'any';
  let next = flatten(markers, kind);
  let old: DL[] | undefined;
  while (old === undefined || !listEq(old, next)) {
    b.tick();
    old = next;
    next = [];
    for (const marker of old) {
      if (dlIn(next, marker) || marker.k === neutral) continue;
      let merged = false;
      for (let i = 0; i < next.length; i++) {
        const mark = next[i]!;
        if (mark.k === 'me') {
          const nm = kind === 'multi' ? dlAnd(mark, marker, b) : dlOr(mark, marker, b);
          if (nm.k === absorbing) return nm;
          if (nm.k === 'me') {
            next[i] = nm;
            merged = true;
            break;
          }
        } else if (mark.k === (kind === 'multi' ? 'union' : 'multi')) {
          const r = simplifyPair(mark as DL & { k: 'multi' | 'union' }, marker, b);
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
  if (next.some((m) => m.k === absorbing)) return absorbing === 'any' ? ANY : EMPTY;
  if (!next.length) return neutral === 'any' ? ANY : EMPTY;
  if (next.length === 1) return next[0]!;
  return { k: kind, ms: next };
}

function product(lists: readonly DL[][]): DL[][] {
  let out: DL[][] = [[]];
  for (const l of lists) out = out.flatMap((p) => l.map((x) => [...p, x]));
  return out;
}

function cnf(m: DL, b: DLBudget): DL {
  b.tick();
  if (m.k === 'union') {
    const subs = m.ms.map((x) => cnf(x, b)).map((c) => (c.k === 'multi' ? c.ms : [c]));
    return ofMarkers('multi', product(subs).map((c) => ofMarkers('union', c, b)), b);
  }
  if (m.k === 'multi') return ofMarkers('multi', m.ms.map((x) => cnf(x, b)), b);
  return m;
}

function dnf(m: DL, b: DLBudget): DL {
  b.tick();
  if (m.k === 'multi') {
    const subs = m.ms.map((x) => dnf(x, b)).map((c) => (c.k === 'union' ? c.ms : [c]));
    return ofMarkers('union', product(subs).map((c) => ofMarkers('multi', c, b)), b);
  }
  if (m.k === 'union') return ofMarkers('union', m.ms.map((x) => dnf(x, b)), b);
  return m;
}

function intersection(ms: readonly DL[], b: DLBudget): DL {
  return dnf(mk('multi', ms), b);
}

function union(ms: readonly DL[], b: DLBudget): DL {
  let un: DL = mk('union', ms);
  while ((un.k === 'multi' || un.k === 'union') && un.ms.length === 1) un = un.ms[0]!;
  const conj = cnf(un, b);
  if (conj.k !== 'multi') return conj;
  const disj = dnf(conj, b);
  if (disj.k !== 'union') return disj;
  let best: DL = disj;
  for (const c of [conj, un]) {
    const [a, bb] = complexity(c);
    const [x, y] = complexity(best);
    if (a < x || (a === x && bb < y)) best = c;
  }
  return best;
}

function dlString(m: DL): string {
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
type Atom = { name: string; op: string; value: string; rev: boolean };
/** packaging's parse result: atoms and parenthesised lists joined by "and"/"or". */
type PList = (Atom | PList | 'and' | 'or')[];

/** packaging's marker grammar, keeping the parentheses (dep_logic builds a parenthesised group on its own). */
function parsePList(text: string): PList {
  const toks: string[] = [];
  const re = /\s*(?:("[^"]*"|'[^']*')|(\(|\))|(===|==|!=|<=|>=|~=|<|>)|([A-Za-z_][A-Za-z0-9_.]*))/y;
  let i = 0;
  while (i < text.length) {
    if (/^\s*$/.test(text.slice(i))) break;
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) throw new DepLogicUnknown('marker not tokenised');
    toks.push(m[1] ?? m[2] ?? m[3] ?? m[4]!);
    i = re.lastIndex;
  }
  let p = 0;
  const isStr = (t: string | undefined): boolean => t !== undefined && /^["']/.test(t);
  const value = (): { str?: string; name?: string } => {
    const t = toks[p++];
    if (isStr(t)) return { str: t!.slice(1, -1) };
    if (t !== undefined && /^[A-Za-z_]/.test(t) && !['and', 'or', 'in', 'not'].includes(t)) return { name: LEGACY_VARIABLES[t] ?? t };
    throw new DepLogicUnknown('marker value');
  };
  const atom = (): Atom | PList => {
    if (toks[p] === '(') {
      p++;
      const inner = list();
      if (toks[p++] !== ')') throw new DepLogicUnknown('marker parentheses');
      return inner;
    }
    const l = value();
    let op = toks[p++];
    if (op === 'not' && toks[p] === 'in') {
      p++;
      op = 'not in';
    } else if (op === undefined || !(/^[<>=!~]/.test(op) || op === 'in')) throw new DepLogicUnknown('marker operator');
    const r = value();
    if (l.name !== undefined && r.str !== undefined) return { name: l.name, op, value: r.str, rev: false };
    if (l.str !== undefined && r.name !== undefined) return { name: r.name, op: REFLECT[op]!, value: l.str, rev: true };
    throw new DepLogicUnknown('marker comparison');
  };
  const list = (): PList => {
    const out: PList = [atom()];
    while (toks[p] === 'and' || toks[p] === 'or') out.push(toks[p++] as 'and' | 'or', atom());
    return out;
  };
  const out = list();
  if (p !== toks.length) throw new DepLogicUnknown('marker trailing text');
  return out;
}

/**
 * `str(requirement.marker)` as PDM 2.29.4 prints it (`text` is the marker as written, already accepted
 * by parseMarker), or undefined where we do not replicate dep_logic: two comparisons of one variable
 * (dep_logic merges them), a reversed comparison among others, extras/dependency_groups sets, quotes
 * or backslashes in a value, a python version that is not a plain release.
 */
export function pdmMarkerString(text: string, opts: LineOptions = {}): string | undefined {
  try {
    const tree = parsePList(text);
    const leaves: Atom[] = [];
    const collect = (l: PList): void => {
      for (const x of l) if (Array.isArray(x)) collect(x);
      else if (typeof x !== 'string') leaves.push(x);
    };
    collect(tree);
    if (leaves.length > 12 || (leaves.length > 1 && opts.reversedElsewhere)) return undefined;
    // One comparison per variable (the same comparison repeated is fine: dep_logic keeps one).
    const names = new Map<string, string>();
    for (const leaf of leaves) {
      const key = PY_VARS.has(leaf.name) ? 'python' : leaf.name;
      const signature = `${leaf.name} ${leaf.op} ${leaf.name === 'extra' ? normalizeName(leaf.value) : leaf.value}`;
      if ((names.has(key) && names.get(key) !== signature) || leaf.name === 'extras' || leaf.name === 'dependency_groups') return undefined;
      names.set(key, signature);
      if (/["'\\]/.test(leaf.value)) return undefined;
      if (PY_VARS.has(leaf.name) && (!/^\d+(?:\.\d+)*$/.test(leaf.value) || !['<', '<=', '>', '>=', '==', '!='].includes(leaf.op))) return undefined;
      if (leaves.length > 1 && leaf.rev) return undefined; // dep_logic's caches may flip a reversed comparison
    }
    const budget = new DLBudget();
    // dep_logic's _build_markers: each "and" run is folded with `&` from AnyMarker, the runs joined with MarkerUnion.of.
    const build = (l: PList): DL => {
      const groups: DL[] = [ANY];
      for (const x of l) {
        if (x === 'or') groups.push(ANY);
        else if (x === 'and') continue;
        else {
          const m: DL = Array.isArray(x) ? build(x) : { k: 'me', name: x.name, op: x.op, value: x.name === 'extra' ? normalizeName(x.value) : x.value, rev: x.rev };
          groups[groups.length - 1] = dlAnd(groups[groups.length - 1]!, m, budget);
        }
      }
      return ofMarkers('union', groups, budget);
    };
    return dlString(build(tree));
  } catch (e) {
    if (e instanceof DepLogicUnknown) return undefined;
    throw e;
  }
}
