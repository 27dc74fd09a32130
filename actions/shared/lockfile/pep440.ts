/**
 * PEP 440 versions and specifiers (semantics of pypa/packaging), plus Poetry constraint translation.
 *
 * No npm dependency: @renovatebot/pep440 v5 needs node >= 22 and defaults to excluding pre-releases,
 * while resolvers legitimately lock pre-releases, so `satisfies` allows them unless told otherwise.
 */

export type PreLabel = 'a' | 'b' | 'rc';

export interface Version {
  epoch: number;
  release: number[];
  pre?: [PreLabel, number];
  post?: number;
  dev?: number;
  /** Local segments, lower-cased; numeric segments as numbers. */
  local?: (string | number)[];
}

const VERSION_RE = new RegExp(
  '^\\s*v?' +
    '(?:(?<epoch>[0-9]+)!)?' +
    '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?<pre>[-_.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?' +
    '(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?' +
    '(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?' +
    '(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?' +
    '\\s*$',
  'i',
);

const versionCache = new Map<string, Version | null>();

/** Parse a PEP 440 version; `null` when invalid. Results are cached (versions repeat a lot in locks). */
export function parseVersion(text: string): Version | null {
  const cached = versionCache.get(text);
  if (cached !== undefined) return cached;
  const v = parseUncached(text);
  if (versionCache.size > 20000) versionCache.clear();
  versionCache.set(text, v);
  return v;
}

function parseUncached(text: string): Version | null {
  const m = VERSION_RE.exec(text);
  if (!m || !m.groups) return null;
  const g = m.groups;
  const v: Version = {
    epoch: g.epoch ? Number(g.epoch) : 0,
    release: g.release!.split('.').map(Number),
  };
  if (g.pre_l) {
    const l = g.pre_l.toLowerCase();
    const label: PreLabel = l === 'a' || l === 'alpha' ? 'a' : l === 'b' || l === 'beta' ? 'b' : 'rc';
    v.pre = [label, g.pre_n ? Number(g.pre_n) : 0];
  }
  if (g.post) v.post = Number(g.post_n1 ?? g.post_n2 ?? 0);
  if (g.dev) v.dev = g.dev_n ? Number(g.dev_n) : 0;
  if (g.local) v.local = g.local.toLowerCase().split(/[-_.]/).map((s) => (/^[0-9]+$/.test(s) ? Number(s) : s));
  return v;
}

export function isValidVersion(text: string): boolean {
  return parseVersion(text) !== null;
}

/** Canonical string form (packaging's `str(Version(...))`). */
export function formatVersion(v: Version): string {
  let s = v.epoch ? `${v.epoch}!` : '';
  s += v.release.join('.');
  if (v.pre) s += `${v.pre[0]}${v.pre[1]}`;
  if (v.post !== undefined) s += `.post${v.post}`;
  if (v.dev !== undefined) s += `.dev${v.dev}`;
  if (v.local) s += `+${v.local.join('.')}`;
  return s;
}

/** Normalise a version string; returns the input unchanged when it is not PEP 440. */
export function normalizeVersion(text: string): string {
  const v = parseVersion(text);
  return v ? formatVersion(v) : text.trim();
}

export function isPrerelease(v: Version): boolean {
  return v.pre !== undefined || v.dev !== undefined;
}

export function isPostrelease(v: Version): boolean {
  return v.post !== undefined;
}

function baseOf(v: Version): Version {
  return { epoch: v.epoch, release: v.release };
}

function publicOf(v: Version): Version {
  if (!v.local) return v;
  const { local: _l, ...rest } = v;
  void _l;
  return rest;
}

const PRE_ORDER: Record<PreLabel, number> = { a: 0, b: 1, rc: 2 };

function cmpNum(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cmpRelease(a: number[], b: number[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = cmpNum(a[i] ?? 0, b[i] ?? 0);
    if (c) return c;
  }
  return 0;
}

/** Total order of packaging's `_cmpkey`. */
export function compareParsed(a: Version, b: Version): number {
  let c = cmpNum(a.epoch, b.epoch);
  if (c) return c;
  c = cmpRelease(a.release, b.release);
  if (c) return c;
  // pre: a bare dev release sorts before any pre-release; no pre sorts after all pre-releases
  const preKey = (v: Version): [number, number] =>
    v.pre ? [PRE_ORDER[v.pre[0]], v.pre[1]] : v.post === undefined && v.dev !== undefined ? [-Infinity, 0] : [Infinity, 0];
  const pa = preKey(a);
  const pb = preKey(b);
  c = cmpNum(pa[0], pb[0]) || cmpNum(pa[1], pb[1]);
  if (c) return c;
  c = cmpNum(a.post ?? -Infinity, b.post ?? -Infinity);
  if (c) return c;
  c = cmpNum(a.dev ?? Infinity, b.dev ?? Infinity);
  if (c) return c;
  if (!a.local && !b.local) return 0;
  if (!a.local) return -1;
  if (!b.local) return 1;
  const n = Math.max(a.local.length, b.local.length);
  for (let i = 0; i < n; i++) {
    const x = a.local[i];
    const y = b.local[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') c = cmpNum(x, y);
    else if (typeof x === 'number') c = 1; // numeric segments sort after alphanumeric ones
    else if (typeof y === 'number') c = -1;
    else c = x < y ? -1 : x > y ? 1 : 0;
    if (c) return c;
  }
  return 0;
}

/** Compare two version strings; throws on invalid input. */
export function compareVersions(a: string, b: string): number {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  if (!va) throw new Error(`invalid PEP 440 version: ${a}`);
  if (!vb) throw new Error(`invalid PEP 440 version: ${b}`);
  return compareParsed(va, vb);
}

export function versionsEqual(a: string, b: string): boolean {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  if (!va || !vb) return a.trim().toLowerCase() === b.trim().toLowerCase();
  return compareParsed(va, vb) === 0;
}

// ---------------------------------------------------------------- specifiers

export type Operator = '~=' | '==' | '!=' | '<=' | '>=' | '<' | '>' | '===';

export interface Specifier {
  op: Operator;
  /** Version text as written (without the `.*` suffix). */
  version: string;
  wildcard: boolean;
  /** Parsed version (undefined for `===` with a non-PEP 440 value). */
  parsed?: Version;
}

const SPEC_RE = /^\s*(~=|===|==|!=|<=|>=|<|>)\s*([^\s,;]+)\s*$/;

/** Parse one specifier clause (`>=1.0`, `==1.2.*`); `null` when invalid. */
export function parseSpecifier(text: string): Specifier | null {
  const m = SPEC_RE.exec(text);
  if (!m) return null;
  const op = m[1] as Operator;
  let version = m[2]!;
  if (op === '===') {
    const parsed = parseVersion(version);
    return parsed ? { op, version, wildcard: false, parsed } : { op, version, wildcard: false };
  }
  let wildcard = false;
  if (version.endsWith('.*')) {
    if (op !== '==' && op !== '!=') return null;
    wildcard = true;
    version = version.slice(0, -2);
  }
  const parsed = parseVersion(version);
  if (!parsed) return null;
  if (wildcard && parsed.local) return null;
  if (op === '~=' && (parsed.release.length < 2 || parsed.local)) return null;
  return { op, version, wildcard, parsed };
}

/** Parse a comma-separated specifier set; `null` when any clause is invalid. Empty string = no constraint. */
export function parseSpecifiers(text: string): Specifier[] | null {
  const trimmed = text.trim();
  if (!trimmed) return [];
  const out: Specifier[] = [];
  for (const part of trimmed.split(',')) {
    if (!part.trim()) return null;
    const s = parseSpecifier(part);
    if (!s) return null;
    out.push(s);
  }
  return out;
}

export function formatSpecifier(s: Specifier): string {
  const v = s.parsed && s.op !== '===' ? formatVersion(s.parsed) : s.version;
  return `${s.op}${v}${s.wildcard ? '.*' : ''}`;
}

/**
 * Canonical text of a specifier set for comparisons: clauses normalised, trailing zeros of the release
 * dropped (PEP 440 equality), sorted, joined with ",". Invalid text is returned trimmed.
 */
export function canonicalSpecifiers(text: string): string {
  const specs = parseSpecifiers(text);
  if (!specs) return text.replace(/\s+/g, '');
  const keys = specs.map((s) => {
    if (!s.parsed || s.op === '===') return `${s.op}${s.version}`;
    const p = s.parsed;
    let release = p.release;
    // `==1.0.*` and `~=1.0` depend on the written precision; other operators do not
    if (!s.wildcard && s.op !== '~=') {
      release = release.slice();
      while (release.length > 1 && release[release.length - 1] === 0) release.pop();
    }
    return `${s.op}${formatVersion({ ...p, release })}${s.wildcard ? '.*' : ''}`;
  });
  return [...new Set(keys)].sort().join(',');
}

/** Token split used by packaging for prefix matching: [epoch, ...release, pre, post, dev]. */
function splitTokens(v: Version, padTo = 0): string[] {
  const release = v.release.slice();
  while (release.length < padTo) release.push(0);
  const t = [String(v.epoch), ...release.map(String)];
  if (v.pre) t.push(`${v.pre[0]}${v.pre[1]}`);
  if (v.post !== undefined) t.push(`post${v.post}`);
  if (v.dev !== undefined) t.push(`dev${v.dev}`);
  return t;
}

function prefixMatch(candidate: Version, spec: Version): boolean {
  const specTokens = splitTokens(spec);
  const cand = splitTokens(publicOf(candidate), spec.release.length).slice(0, specTokens.length);
  return cand.length === specTokens.length && cand.every((t, i) => t === specTokens[i]);
}

/** Does `candidate` satisfy one clause? Pre-release filtering is the caller's business. */
export function specifierContains(spec: Specifier, candidate: Version | string): boolean {
  const raw = typeof candidate === 'string' ? candidate : formatVersion(candidate);
  const v = typeof candidate === 'string' ? parseVersion(candidate) : candidate;
  if (spec.op === '===') {
    const want = spec.version.toLowerCase();
    return raw.trim().toLowerCase() === want || (v !== null && formatVersion(v).toLowerCase() === want);
  }
  if (!v || !spec.parsed) return false;
  const s = spec.parsed;
  switch (spec.op) {
    case '==':
    case '!=': {
      let eq: boolean;
      if (spec.wildcard) eq = prefixMatch(v, s);
      else if (s.local) eq = compareParsed(v, s) === 0;
      else eq = compareParsed(publicOf(v), s) === 0;
      return spec.op === '==' ? eq : !eq;
    }
    case '~=': {
      const prefix: Version = { epoch: s.epoch, release: s.release.slice(0, -1) };
      return compareParsed(publicOf(v), s) >= 0 && prefixMatch(v, prefix);
    }
    case '<=':
      return compareParsed(publicOf(v), s) <= 0;
    case '>=':
      return compareParsed(publicOf(v), s) >= 0;
    case '<':
      if (compareParsed(v, s) >= 0) return false;
      if (!isPrerelease(s) && isPrerelease(v) && compareParsed(baseOf(v), baseOf(s)) === 0) return false;
      return true;
    case '>':
      if (compareParsed(v, s) <= 0) return false;
      if (!isPostrelease(s) && isPostrelease(v) && compareParsed(baseOf(v), baseOf(s)) === 0) return false;
      if (v.local && compareParsed(baseOf(v), baseOf(s)) === 0) return false;
      return true;
  }
  return false;
}

export interface SatisfiesOptions {
  /** Accept pre-releases (default true: locked pre-releases are legitimate). */
  prereleases?: boolean;
}

/**
 * Does `version` satisfy the specifier set (`">=1.0,!=1.3"`, `""` = anything)?
 * Returns false for an invalid version and throws for an invalid specifier set.
 */
export function satisfies(version: string, specifiers: string | Specifier[], options: SatisfiesOptions = {}): boolean {
  const specs = typeof specifiers === 'string' ? parseSpecifiers(specifiers) : specifiers;
  if (!specs) throw new Error(`invalid PEP 440 specifier: ${String(specifiers)}`);
  const arbitrary = specs.length > 0 && specs.every((s) => s.op === '===');
  const v = parseVersion(version);
  if (!v) return arbitrary && specs.every((s) => specifierContains(s, version));
  if (options.prereleases === false && isPrerelease(v)) {
    const explicit = specs.some((s) => s.op !== '!=' && s.parsed !== undefined && isPrerelease(s.parsed));
    if (!explicit) return false;
  }
  return specs.every((s) => specifierContains(s, v));
}

/** True when the specifier set is an exact pin (`==X` without wildcard, or `===X`). */
export function isExactPin(specifiers: string): string | undefined {
  const specs = parseSpecifiers(specifiers);
  if (!specs || specs.length !== 1) return undefined;
  const s = specs[0]!;
  if (s.op === '===' || (s.op === '==' && !s.wildcard)) return s.version;
  return undefined;
}

// ---------------------------------------------------------------- Poetry constraints

function bump(release: number[], index: number): string {
  const r = release.slice(0, index + 1);
  while (r.length <= index) r.push(0);
  r[index] = (r[index] ?? 0) + 1;
  return r.join('.');
}

/**
 * Translate a Poetry constraint (`^1.2`, `~1.2`, `1.2.*`, `*`, `>=1,<2`, `a || b`) to PEP 440
 * specifier sets, one per `||` alternative (a version satisfies the constraint when it satisfies any).
 * Throws on input that is not a Poetry constraint.
 */
export function poetryToPep440(constraint: string): string[] {
  const alternatives = constraint.split('||').map((s) => s.trim());
  return alternatives.map((alt) => translateAnd(alt, constraint));
}

function translateAnd(alt: string, whole: string): string {
  const glued = alt.replace(/(\^|~=|~|===|==|!=|>=|<=|>|<|=)\s+/g, '$1');
  const tokens = glued.split(/[\s,]+/).filter(Boolean);
  const out: string[] = [];
  for (const token of tokens) {
    const t = translateOne(token);
    if (t === null) throw new Error(`invalid Poetry constraint: ${whole}`);
    out.push(...t);
  }
  return out.join(',');
}

function translateOne(token: string): string[] | null {
  if (token === '*' || token === 'x' || token === 'X') return [];
  let m = /^\^v?(.+)$/.exec(token);
  if (m) {
    const v = parseVersion(m[1]!);
    if (!v) return null;
    const r = v.release;
    let upper: string;
    if ((r[0] ?? 0) > 0 || r.length === 1) upper = bump(r, 0);
    else if ((r[1] ?? 0) > 0 || r.length === 2) upper = bump(r, 1);
    else upper = bump(r, 2);
    if (v.epoch) upper = `${v.epoch}!${upper}`;
    return [`>=${formatVersion(v)}`, `<${upper}`];
  }
  m = /^~(?!=)v?(.+)$/.exec(token);
  if (m) {
    const v = parseVersion(m[1]!);
    if (!v) return null;
    const upper = v.release.length === 1 ? bump(v.release, 0) : bump(v.release, 1);
    return [`>=${formatVersion(v)}`, `<${v.epoch ? `${v.epoch}!` : ''}${upper}`];
  }
  m = /^~=v?(.+)$/.exec(token);
  if (m) {
    const v = parseVersion(m[1]!);
    if (!v) return null;
    if (v.release.length >= 2) return [`~=${formatVersion(v)}`];
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
    const spec = parseSpecifier(`${op}${m[2]!.replace(/^v(?=\d)/, '')}`);
    return spec ? [formatSpecifier(spec)] : null;
  }
  return null;
}

/** Does `version` satisfy a Poetry constraint? (pre-releases allowed). */
export function poetrySatisfies(version: string, constraint: string, options: SatisfiesOptions = {}): boolean {
  return poetryToPep440(constraint).some((set) => satisfies(version, set, options));
}
