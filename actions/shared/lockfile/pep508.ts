/**
 * PEP 508 requirements and environment markers: parser, AST, evaluator (packaging semantics),
 * uv-style normalisation, semantic comparison and an environment matrix for universal locks.
 */
import { canonicalSpecifiers, parseSpecifier, parseSpecifiers, parseVersion, satisfies, specifierContains } from './pep440.js';

import { normalizeName } from './names.js';

export { normalizeName };

// ---------------------------------------------------------------- marker AST

export type MarkerOp = '<' | '<=' | '==' | '!=' | '>=' | '>' | '~=' | '===' | 'in' | 'not in';

export type MarkerValue = { kind: 'var'; name: string } | { kind: 'str'; value: string };

export type MarkerNode =
  | { type: 'and' | 'or'; children: MarkerNode[] }
  | { type: 'cmp'; left: MarkerValue; op: MarkerOp; right: MarkerValue };

export const MARKER_VARIABLES = new Set([
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
export const LEGACY_VARIABLES: Record<string, string> = {
  'os.name': 'os_name',
  'sys.platform': 'sys_platform',
  'platform.version': 'platform_version',
  'platform.machine': 'platform_machine',
  'platform.python_implementation': 'platform_python_implementation',
  python_implementation: 'platform_python_implementation',
};

const VERSION_VARIABLES = new Set(['python_version', 'python_full_version', 'implementation_version']);

export class MarkerSyntaxError extends Error {
  constructor(message: string, readonly position: number) {
    super(message);
    this.name = 'MarkerSyntaxError';
  }
}

type Tok = { t: 'str' | 'id' | 'op' | '(' | ')' | 'eof'; v: string; pos: number };

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
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
      if (end < 0) throw new MarkerSyntaxError('unterminated string', i);
      out.push({ t: 'str', v: text.slice(i + 1, end), pos: i });
      i = end + 1;
      continue;
    }
    const op = /^(===|==|!=|<=|>=|~=|<|>)/.exec(text.slice(i));
    if (op) {
      out.push({ t: 'op', v: op[1]!, pos: i });
      i += op[1]!.length;
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
export function parseMarker(text: string): MarkerNode {
  const toks = tokenize(text);
  let p = 0;
  const peek = (): Tok => toks[p]!;
  const next = (): Tok => toks[p++]!;
  const isKw = (kw: string): boolean => peek().t === 'id' && peek().v === kw;

  function parseOr(): MarkerNode {
    const children = [parseAnd()];
    while (isKw('or')) {
      next();
      children.push(parseAnd());
    }
    return children.length === 1 ? children[0]! : { type: 'or', children };
  }
  function parseAnd(): MarkerNode {
    const children = [parseAtom()];
    while (isKw('and')) {
      next();
      children.push(parseAtom());
    }
    return children.length === 1 ? children[0]! : { type: 'and', children };
  }
  function parseValue(): MarkerValue {
    const t = next();
    if (t.t === 'str') return { kind: 'str', value: t.v };
    if (t.t === 'id') {
      const name = LEGACY_VARIABLES[t.v] ?? t.v;
      if (!MARKER_VARIABLES.has(name)) throw new MarkerSyntaxError(`unknown marker variable ${t.v}`, t.pos);
      return { kind: 'var', name };
    }
    throw new MarkerSyntaxError(`expected a marker variable or string, found ${t.v || 'end of input'}`, t.pos);
  }
  function parseAtom(): MarkerNode {
    if (peek().t === '(') {
      next();
      const inner = parseOr();
      const close = next();
      if (close.t !== ')') throw new MarkerSyntaxError('expected )', close.pos);
      return inner;
    }
    const left = parseValue();
    let op: MarkerOp;
    const t = next();
    if (t.t === 'op') op = t.v as MarkerOp;
    else if (t.t === 'id' && t.v === 'in') op = 'in';
    else if (t.t === 'id' && t.v === 'not' && peek().t === 'id' && peek().v === 'in') {
      next();
      op = 'not in';
    } else throw new MarkerSyntaxError(`expected a comparison operator, found ${t.v || 'end of input'}`, t.pos);
    const right = parseValue();
    if (left.kind === right.kind) throw new MarkerSyntaxError('a marker compares a variable with a string', t.pos);
    return { type: 'cmp', left, op, right };
  }
  const node = parseOr();
  if (peek().t !== 'eof') throw new MarkerSyntaxError(`unexpected ${peek().v}`, peek().pos);
  return node;
}

// ---------------------------------------------------------------- serialisation

function quote(s: string, q: '"' | "'"): string {
  if (!s.includes(q)) return `${q}${s}${q}`;
  const other = q === '"' ? "'" : '"';
  return `${other}${s}${other}`;
}

/** Serialise a marker (packaging style with double quotes, or uv style with single quotes). */
export function markerToString(node: MarkerNode, quoteChar: '"' | "'" = '"'): string {
  const val = (v: MarkerValue): string => (v.kind === 'var' ? v.name : quote(v.value, quoteChar));
  const go = (n: MarkerNode, parent: 'and' | 'or' | null): string => {
    if (n.type === 'cmp') return `${val(n.left)} ${n.op} ${val(n.right)}`;
    const s = n.children.map((c) => go(c, n.type)).join(` ${n.type} `);
    return parent !== null && parent !== n.type ? `(${s})` : s;
  };
  return go(node, null);
}

// ---------------------------------------------------------------- evaluation

export interface MarkerEnvironment {
  python_version: string;
  python_full_version: string;
  os_name: string;
  sys_platform: string;
  platform_release: string;
  platform_system: string;
  platform_version: string;
  platform_machine: string;
  platform_python_implementation: string;
  implementation_name: string;
  implementation_version: string;
}

export interface MarkerContext {
  /** Active extras (normalised) for `extra == '...'` and PEP 751 `'x' in extras`. */
  extras?: Iterable<string>;
  /** Active dependency groups (normalised) for PEP 751 `'g' in dependency_groups`. */
  dependencyGroups?: Iterable<string>;
}

function stringOp(lhs: string, op: MarkerOp, rhs: string): boolean {
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
function evalOp(lhs: string, op: MarkerOp, rhs: string, versionVar: boolean): boolean {
  if (op !== 'in' && op !== 'not in') {
    const spec = parseSpecifier(`${op}${rhs}`);
    if (spec) {
      const v = parseVersion(lhs);
      if (v) return specifierContains(spec, v);
      if (op === '===') return stringOp(lhs, op, rhs);
      if (versionVar) return false;
    }
  }
  return stringOp(lhs, op, rhs);
}

function toSet(values: Iterable<string> | undefined): Set<string> {
  const s = new Set<string>();
  if (values) for (const v of values) s.add(normalizeName(v));
  return s;
}

/** Evaluate a marker against one environment. */
export function evaluateMarker(node: MarkerNode | string, env: MarkerEnvironment, ctx: MarkerContext = {}): boolean {
  const tree = typeof node === 'string' ? parseMarker(node) : node;
  const extras = toSet(ctx.extras);
  const groups = toSet(ctx.dependencyGroups);
  const go = (n: MarkerNode): boolean => {
    if (n.type !== 'cmp') return n.type === 'and' ? n.children.every(go) : n.children.some(go);
    const varSide = n.left.kind === 'var' ? n.left.name : (n.right as { name: string }).name;
    const literal = n.left.kind === 'str' ? n.left.value : (n.right as { value: string }).value;
    if (varSide === 'extra') {
      // `extra` holds one value at a time; with a set of active extras, `==` means membership
      const want = normalizeName(literal);
      if (n.op === '==' || n.op === '===') return extras.has(want);
      if (n.op === '!=') return !extras.has(want);
      return false;
    }
    if (varSide === 'extras' || varSide === 'dependency_groups') {
      const set = varSide === 'extras' ? extras : groups;
      const want = normalizeName(literal);
      if (n.left.kind === 'str' && n.op === 'in') return set.has(want);
      if (n.left.kind === 'str' && n.op === 'not in') return !set.has(want);
      return false;
    }
    const envValue = (env as unknown as Record<string, string>)[varSide] ?? '';
    const lhs = n.left.kind === 'var' ? envValue : literal;
    const rhs = n.left.kind === 'var' ? literal : envValue;
    return evalOp(lhs, n.op, rhs, VERSION_VARIABLES.has(varSide));
  };
  return go(tree);
}

// ---------------------------------------------------------------- requirements

export interface Requirement {
  /** Name as written. */
  name: string;
  /** PEP 503 normalised name. */
  normalizedName: string;
  /** Normalised, sorted extras. */
  extras: string[];
  /** Specifier set text as written (parentheses removed), "" for none. */
  specifier: string;
  url?: string;
  marker?: MarkerNode;
  markerText?: string;
}

export class RequirementSyntaxError extends Error {
  constructor(message: string, readonly text: string) {
    super(`${message}: ${text}`);
    this.name = 'RequirementSyntaxError';
  }
}

const NAME_RE = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*/;

/** Parse a PEP 508 requirement string; throws RequirementSyntaxError. */
export function parseRequirement(text: string): Requirement {
  let rest = text;
  const nm = NAME_RE.exec(rest);
  if (!nm) throw new RequirementSyntaxError('expected a package name', text);
  const name = nm[1]!;
  rest = rest.slice(nm[0].length);
  let extras: string[] = [];
  if (rest.startsWith('[')) {
    const end = rest.indexOf(']');
    if (end < 0) throw new RequirementSyntaxError('unterminated extras', text);
    const inner = rest.slice(1, end).trim();
    extras = inner ? inner.split(',').map((e) => e.trim()) : [];
    if (extras.some((e) => !/^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(e))) {
      throw new RequirementSyntaxError('invalid extra name', text);
    }
    extras = [...new Set(extras.map(normalizeName))].sort();
    rest = rest.slice(end + 1).trimStart();
  }
  let specifier = '';
  let url: string | undefined;
  let markerText: string | undefined;
  if (rest.startsWith('@')) {
    rest = rest.slice(1).trimStart();
    // the URL ends at whitespace; a marker follows as " ; ..."
    const m = /^(\S+)(?:\s+;\s*(.*))?\s*$/s.exec(rest);
    if (!m) throw new RequirementSyntaxError('expected a URL after @', text);
    url = m[1]!;
    if (url.endsWith(';') && m[2] === undefined) throw new RequirementSyntaxError('a marker after a URL needs a space before ;', text);
    markerText = m[2]?.trim();
  } else {
    const semi = rest.indexOf(';');
    let spec = semi >= 0 ? rest.slice(0, semi) : rest;
    markerText = semi >= 0 ? rest.slice(semi + 1).trim() : undefined;
    spec = spec.trim();
    if (spec.startsWith('(')) {
      if (!spec.endsWith(')')) throw new RequirementSyntaxError('unbalanced parentheses', text);
      spec = spec.slice(1, -1).trim();
    }
    if (spec && !parseSpecifiers(spec)) throw new RequirementSyntaxError('invalid version specifier', text);
    specifier = spec;
  }
  const req: Requirement = { name, normalizedName: normalizeName(name), extras, specifier };
  if (url !== undefined) req.url = url;
  if (markerText !== undefined && markerText !== '') {
    try {
      req.marker = parseMarker(markerText);
    } catch (e) {
      throw new RequirementSyntaxError(`invalid marker (${(e as Error).message})`, text);
    }
    req.markerText = markerText;
  } else if (markerText === '') {
    throw new RequirementSyntaxError('empty marker', text);
  }
  return req;
}

// ---------------------------------------------------------------- uv normalisation

function bumpMinor(v: string): string | null {
  const p = parseVersion(v);
  if (!p || p.release.length !== 2 || p.pre || p.post !== undefined || p.dev !== undefined || p.local) return null;
  return `${p.release[0]}.${p.release[1]! + 1}`;
}

/**
 * uv's rewrite of `python_version` comparisons into `python_full_version` ones
 * (`> 'X.Y'` → `>= 'X.(Y+1)'`, `<= 'X.Y'` → `< 'X.(Y+1)'`, `== 'X.Y'` → `== 'X.Y.*'`), with the
 * variable put on the left. Everything else is returned unchanged.
 */
export function rewritePythonVersion(node: MarkerNode): MarkerNode {
  if (node.type !== 'cmp') return { type: node.type, children: node.children.map(rewritePythonVersion) };
  let { left, op, right } = node;
  if (left.kind === 'str' && right.kind === 'var' && op !== 'in' && op !== 'not in' && op !== '~=' && op !== '===') {
    const flip: Record<string, MarkerOp> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };
    [left, right] = [right, left];
    op = flip[op]!;
  }
  if (left.kind !== 'var' || left.name !== 'python_version' || right.kind !== 'str') return { type: 'cmp', left, op, right };
  const v = right.value;
  const full = { kind: 'var', name: 'python_full_version' } as const;
  const str = (value: string): MarkerValue => ({ kind: 'str', value });
  const up = bumpMinor(v);
  if (up === null) return { type: 'cmp', left, op, right };
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

// ---------------------------------------------------------------- environments

export interface PlatformSpec {
  sys_platform: string;
  platform_system: string;
  os_name: string;
  platform_machine: string;
}

export const MATRIX_PLATFORMS: readonly PlatformSpec[] = [
  { sys_platform: 'linux', platform_system: 'Linux', os_name: 'posix', platform_machine: 'x86_64' },
  { sys_platform: 'linux', platform_system: 'Linux', os_name: 'posix', platform_machine: 'aarch64' },
  { sys_platform: 'darwin', platform_system: 'Darwin', os_name: 'posix', platform_machine: 'arm64' },
  { sys_platform: 'darwin', platform_system: 'Darwin', os_name: 'posix', platform_machine: 'x86_64' },
  { sys_platform: 'win32', platform_system: 'Windows', os_name: 'nt', platform_machine: 'AMD64' },
];

export const LATEST_PYTHON_MINOR = 14;

export function makeEnvironment(pythonFullVersion: string, platform: PlatformSpec): MarkerEnvironment {
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
export function pythonVersionsFor(requiresPython?: string): string[] {
  const out: string[] = [];
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

function safeSatisfies(v: string, spec: string): boolean {
  try {
    return satisfies(v, spec);
  } catch {
    return true;
  }
}

/** Every CPython 3.x minor allowed by requires-python (up to 3.14) × the five platforms. */
export function environmentMatrix(requiresPython?: string): MarkerEnvironment[] {
  const envs: MarkerEnvironment[] = [];
  for (const v of pythonVersionsFor(requiresPython)) for (const p of MATRIX_PLATFORMS) envs.push(makeEnvironment(v, p));
  return envs;
}

/** True when the marker holds in at least one environment (no marker = always). */
export function applicableSomewhere(marker: MarkerNode | string | undefined, envs: readonly MarkerEnvironment[], ctx: MarkerContext = {}): boolean {
  if (marker === undefined || marker === '') return true;
  const tree = typeof marker === 'string' ? parseMarker(marker) : marker;
  return envs.some((e) => evaluateMarker(tree, e, ctx));
}

// ---------------------------------------------------------------- semantic comparison

function collect(node: MarkerNode, out: Map<string, Set<string>>): void {
  if (node.type !== 'cmp') {
    node.children.forEach((c) => collect(c, out));
    return;
  }
  const v = node.left.kind === 'var' ? node.left.name : (node.right as { name: string }).name;
  const s = node.left.kind === 'str' ? node.left.value : (node.right as { value: string }).value;
  let set = out.get(v);
  if (!set) out.set(v, (set = new Set()));
  set.add(s);
  for (const piece of s.split(/[\s,]+/)) if (piece) set.add(piece);
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

export type MarkerComparison = 'equal' | 'different' | 'unknown';

/**
 * Compare two markers semantically, restricted to Python versions allowed by `requiresPython`
 * (uv drops clauses implied by requires-python). Samples every boundary version mentioned and every
 * literal mentioned for the other variables. 'unknown' when a difference involves variables whose
 * semantics are not modelled exactly, or when the sample space is too large.
 */
export function compareMarkers(a: MarkerNode | undefined, b: MarkerNode | undefined, requiresPython?: string): MarkerComparison {
  // Neither side has a marker (most requirements): both hold everywhere, nothing to sample.
  if (!a && !b) return 'equal';
  const values = new Map<string, Set<string>>();
  if (a) collect(a, values);
  if (b) collect(b, values);
  // python versions: every minor 2.7, 3.0..3.20, each boundary literal and its neighbours
  const pyVersions = new Set<string>(['2.7.18']);
  for (let m = 0; m <= 20; m++) for (const p of [0, 1, 50]) pyVersions.add(`3.${m}.${p}`);
  for (const key of ['python_version', 'python_full_version', 'implementation_version']) {
    for (const lit of values.get(key) ?? []) {
      const v = parseVersion(lit.replace(/\.\*$/, ''));
      if (!v) continue;
      const r = [...v.release, 0, 0].slice(0, 3);
      for (const d of [-1, 0, 1]) {
        const patch = r[2]! + d;
        if (patch >= 0) pyVersions.add(`${r[0]}.${r[1]}.${patch}`);
      }
      pyVersions.add(`${r[0]}.${r[1]! + 1}.0`);
      if (r[1]! > 0) pyVersions.add(`${r[0]}.${r[1]! - 1}.99`);
    }
  }
  const pythons = [...pyVersions].filter((v) => !requiresPython || safeSatisfies(v, requiresPython));
  const others = [...values.keys()].filter((k) => !['python_version', 'python_full_version', 'implementation_version'].includes(k));
  const domains = others.map((k) => [...(values.get(k) ?? []), '\u0000other'] as string[]);
  let size = pythons.length;
  for (const d of domains) size *= d.length;
  if (size > 200000) return 'unknown';
  const simple = [...values.keys()].every((k) => SIMPLE_VARIABLES.has(k));
  const base = makeEnvironment('3.12.0', MATRIX_PLATFORMS[0]!);
  const idx = domains.map(() => 0);
  for (;;) {
    const assign: Record<string, string> = {};
    let extra: string[] = [];
    let extrasSet: string[] = [];
    let groups: string[] = [];
    others.forEach((k, i) => {
      const val = domains[i]![idx[i]!]!;
      if (k === 'extra') extra = val === '\u0000other' ? [] : [val];
      else if (k === 'extras') extrasSet = val === '\u0000other' ? [] : [val];
      else if (k === 'dependency_groups') groups = val === '\u0000other' ? [] : [val];
      else assign[k] = val === '\u0000other' ? '' : val;
    });
    for (const py of pythons) {
      const env: MarkerEnvironment = { ...base, ...assign, python_full_version: py, python_version: py.split('.').slice(0, 2).join('.') };
      if (!('implementation_version' in assign)) env.implementation_version = py;
      const ctx: MarkerContext = { extras: [...extra, ...extrasSet], dependencyGroups: groups };
      const ra = a ? evaluateMarker(a, env, ctx) : true;
      const rb = b ? evaluateMarker(b, env, ctx) : true;
      if (ra !== rb) return simple ? 'different' : 'unknown';
    }
    let i = 0;
    while (i < idx.length) {
      idx[i]!++;
      if (idx[i]! < domains[i]!.length) break;
      idx[i] = 0;
      i++;
    }
    if (i >= idx.length) break;
  }
  return 'equal';
}

/** Convert a requires-python specifier set into a python_full_version marker (for group requires-python). */
export function requiresPythonToMarker(requiresPython: string): MarkerNode | undefined {
  const specs = parseSpecifiers(requiresPython);
  if (!specs || specs.length === 0) return undefined;
  const children: MarkerNode[] = specs.map((s) => ({
    type: 'cmp',
    left: { kind: 'var', name: 'python_full_version' },
    op: s.op,
    right: { kind: 'str', value: `${s.version}${s.wildcard ? '.*' : ''}` },
  }));
  return children.length === 1 ? children[0] : { type: 'and', children };
}

/** AND two optional markers. */
export function andMarkers(a: MarkerNode | undefined, b: MarkerNode | undefined): MarkerNode | undefined {
  if (!a) return b;
  if (!b) return a;
  const kids = (n: MarkerNode): MarkerNode[] => (n.type === 'and' ? n.children : [n]);
  return { type: 'and', children: [...kids(a), ...kids(b)] };
}

const NEGATED_OP: Partial<Record<MarkerOp, MarkerOp>> = {
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
export function negateMarker(node: MarkerNode): MarkerNode | undefined {
  if (node.type !== 'cmp') {
    const kids = node.children.map(negateMarker);
    if (kids.some((k) => k === undefined)) return undefined;
    return { type: node.type === 'and' ? 'or' : 'and', children: kids as MarkerNode[] };
  }
  const op = NEGATED_OP[node.op];
  if (op === undefined) return undefined;
  // ordering of non-version strings is not a total order in PEP 508: do not negate it
  if (['<', '<=', '>', '>='].includes(node.op)) {
    const v = node.left.kind === 'var' ? node.left.name : node.right.kind === 'var' ? node.right.name : '';
    if (!VERSION_VARIABLES.has(v)) return undefined;
  }
  return { ...node, op };
}

/** OR markers (one stays itself). */
export function orMarkers(nodes: MarkerNode[]): MarkerNode {
  return nodes.length === 1 ? nodes[0]! : { type: 'or', children: nodes };
}

/** Canonical text of a requirement for set comparisons (name, extras, specifier, url, marker text). */
export function requirementKey(req: Requirement): string {
  const marker = req.marker ? markerToString(rewritePythonVersion(req.marker), "'") : '';
  return `${req.normalizedName}[${req.extras.join(',')}]${canonicalSpecifiers(req.specifier)}@${req.url ?? ''};${marker}`;
}
