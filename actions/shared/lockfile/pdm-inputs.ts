/**
 * PDM's `metadata.lock_inputs` (PDM >= 2.28.1, opt-in with `tool.pdm.resolution.lock_inputs = true`),
 * rebuilt from pyproject.toml the way PDM builds it (src/pdm/project/lockfile/freshness.py) and compared
 * with what the lock recorded. PDM compares exact strings; where our rebuilt text may differ from PDM's
 * only by PDM's own normalisation (markers it rewrites, requires-python it reorders) the answer is
 * "unknown", never a guess:
 *  - a named requirement is `name[extras]; marker` without its specifier: the name with runs of
 *    `-_.` as `-` (case kept), extras stripped and sorted, the marker as packaging prints it;
 *  - a URL requirement is `url-sha256:` + sha256 of PDM's line for it;
 *  - requires-python is PDM's PySpecSet text (specifiers sorted), sources lose credentials and
 *    carry sha256 fingerprints of their URLs, resolution is kept without `lock_inputs`.
 */
import { createHash } from 'node:crypto';
import { compareMarkers, markerToString, parseMarker, parseRequirement, requiresPythonToMarker, type MarkerNode, type Requirement } from './pep508.js';
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
  const extras = (m[2] ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)
    .sort();
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

/** Our rebuild of `_requirement_input(requirement)`; undefined when it cannot be rebuilt at all. */
function currentLine(written: string): CurrentLine | 'local' | undefined {
  let req: Requirement;
  try {
    req = parseRequirement(written);
  } catch {
    return undefined; // `-e ./path` and other pip-style lines: PDM's own parser decides
  }
  const head = lineHead(written);
  if (!head) return undefined;
  if (req.url) {
    if (/^file:/i.test(req.url)) return 'local'; // local inputs (file hashes, nested projects)
    // PDM's FileRequirement.as_line(): `name[extras] @ url` (+ fragments, + ` ; marker`). Without
    // extras, fragments or a marker it is the URL line itself; otherwise our text may differ.
    const simple = !req.markerText && !written.includes('[') && !req.url.includes('#');
    const line = `url-sha256:${sha256(simple ? `${pdmProjectName(req.name)} @ ${req.url}` : written.trim())}`;
    return { written, line, certain: simple, head };
  }
  if (URL_RE.test(written)) return { written, line: `url-sha256:${sha256(written.trim())}`, certain: false, head };
  if (!req.marker) return { written, line: head, certain: true, head };
  // packaging prints a marker with double quotes and single spaces. PDM's marker library may rewrite a
  // nested one: when the text differs, compareGroup compares the markers' meaning instead.
  return { written, line: `${head}; ${markerToString(req.marker)}`, certain: printedAsWritten(req.marker), head, marker: req.marker };
}

/**
 * Does PDM print this marker exactly as markerToString does? Checked against PDM 2.29.4: one comparison
 * of a variable other than `extra` (whose value PDM normalises) with a plain ordering or equality
 * operator keeps its order and operands, double-quoted. Anything nested PDM may simplify and reorder.
 */
function printedAsWritten(marker: MarkerNode): boolean {
  if (marker.type !== 'cmp' || !['<', '<=', '>', '>=', '==', '!='].includes(marker.op)) return false;
  const sides = [marker.left, marker.right];
  const variable = sides.find((v) => v.kind === 'var');
  const literal = sides.find((v) => v.kind === 'str');
  return variable !== undefined && literal !== undefined && variable.name !== 'extra' && !/["'*\\]/.test(literal.value);
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
export function compareLockInputs(recorded: unknown, project: TomlTable, settings: TomlTable, current: ReadonlyMap<string, readonly string[]>): InputsComparison {
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
    compareGroup(name, reqs, recStrings, differences, unknown);
  }
  return done();
}

function compareGroup(group: string, written: readonly string[], recorded: readonly string[], differences: InputDifference[], unknown: string[]): void {
  const left = recorded.map(recordedLine);
  const take = (line: string): boolean => {
    const i = left.findIndex((r) => r.line === line);
    if (i < 0) return false;
    left.splice(i, 1);
    return true;
  };
  const open: CurrentLine[] = [];
  for (const w of written) {
    const c = currentLine(w);
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
