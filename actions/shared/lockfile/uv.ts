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
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../errors.js';
import { firstHashProblem, malformedHashFinding } from './hashes.js';
import { checkArtifactName, findUrlCredentials, isFullCommitSha, maskUrl, normalizeName } from './names.js';
import { canonicalSpecifiers, parseSpecifiers, versionsEqual } from './pep440.js';
import {
  andMarkers,
  applicableSomewhere,
  compareMarkers,
  environmentMatrix,
  markerToString,
  negateMarker,
  orMarkers,
  parseMarker,
  parseRequirement,
  requiresPythonToMarker,
  rewritePythonVersion,
  type MarkerEnvironment,
  type MarkerNode,
} from './pep508.js';
import { parseToml, parseTomlShared, readProjectFile, relPath, TomlLineIndex, type TomlSection, type TomlTable } from './toml.js';
import type { SourceLocation } from '../errors.js';
import type { Finding, LockCheckResult, LockedPackage, ProjectInput } from './types.js';

export const UV_LOCK_VERSION = 1;
/** Revisions whose semantics this checker knows (4 = metadata-free preview lock). */
export const UV_SUPPORTED_REVISIONS = [1, 2, 3, 5] as const;
const FIX = 'uv lock';

export interface UvCheckOptions {
  /** Environment for UV_EXCLUDE_NEWER / UV_RESOLUTION / UV_PRERELEASE / UV_FORK_STRATEGY (default process.env). */
  env?: Record<string, string | undefined>;
}

// ---------------------------------------------------------------- small helpers

function isTable(v: unknown): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function tbl(t: unknown, key: string): TomlTable | undefined {
  if (!isTable(t)) return undefined;
  const v = t[key];
  return isTable(v) ? v : undefined;
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function num(v: unknown): number | undefined {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return v;
  return undefined;
}

/** A requirement as recorded (or expected) in uv's metadata, reduced to what we compare. */
interface Req {
  name: string;
  extras: string[];
  specifier: string;
  marker?: MarkerNode;
  /** Source descriptor: `index:<url>`, `path:<kind>:<abs>`, `url:<url>`, `git:<url>#<ref>`; '' = registry. */
  source: string;
  /** The comparison of this entry's source cannot be trusted (source lists, git URL shapes, ...). */
  fuzzySource?: boolean;
  /** The local source's kind (editable / directory / virtual) is what uv 0.13 records, so another kind for the same path is a change. */
  exactKind?: boolean;
  /** Another source an older uv recorded for the same entry (a path source without [build-system] was virtual): at best unsure. */
  altSource?: string;
  /** uv's expansion of this requirement (marker-scoped sources) could not be modelled: any difference is inconclusive. */
  unmodelled?: boolean;
  /** Display text for messages. */
  display: string;
  line?: number;
}

function coreKey(r: Req): string {
  return `${r.name}[${r.extras.join(',')}]${canonicalSpecifiers(r.specifier)}`;
}

interface Ctx {
  input: ProjectInput;
  lockDir: string;
  lockRel: string;
  findings: Finding[];
  uncertain: string[];
  env: Record<string, string | undefined>;
  projects: Map<string, LocalProject | undefined>;
}

// ---------------------------------------------------------------- glob for workspace members

function segmentRegex(seg: string): RegExp {
  let re = '^';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = seg.indexOf(']', i);
      if (end < 0) re += '\\[';
      else {
        re += `[${seg.slice(i + 1, end).replace(/^!/, '^')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`${re}$`);
}

function listDirs(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
      .map((d) => d.name);
  } catch {
    return [];
  }
}

/** Expand a workspace glob (`packages/*`, `libs/**`, `tools/cli`) relative to `root`. */
export function expandGlob(root: string, pattern: string): string[] {
  const segs = pattern.replace(/\\/g, '/').split('/').filter((s) => s && s !== '.');
  let current = [root];
  for (const seg of segs) {
    const next: string[] = [];
    for (const dir of current) {
      if (seg === '**') {
        const stack = [dir];
        while (stack.length) {
          const d = stack.pop()!;
          next.push(d);
          for (const c of listDirs(d)) stack.push(path.join(d, c));
        }
      } else if (/[*?[]/.test(seg)) {
        const re = segmentRegex(seg);
        for (const c of listDirs(dir)) if (re.test(c)) next.push(path.join(dir, c));
      } else if (seg === '..') next.push(path.dirname(dir));
      else next.push(path.join(dir, seg));
    }
    current = next;
  }
  return [...new Set(current)].sort();
}

// ---------------------------------------------------------------- pyproject model

interface LocalProject {
  dir: string;
  file: string;
  rel: string;
  data: TomlTable;
  lines: TomlLineIndex;
}

function readPyproject(ctx: Ctx, dir: string): LocalProject | undefined {
  const cached = ctx.projects.get(dir);
  if (cached !== undefined || ctx.projects.has(dir)) return cached;
  const p = readPyprojectUncached(ctx, dir);
  ctx.projects.set(dir, p);
  return p;
}

function readPyprojectUncached(ctx: Ctx, dir: string): LocalProject | undefined {
  const file = path.join(dir, 'pyproject.toml');
  if (!existsSync(file)) return undefined;
  const rel = relPath(ctx.input.workspace, file);
  const text = readProjectFile(file, undefined, rel);
  let data: TomlTable;
  try {
    data = parseToml(text, rel);
  } catch (err) {
    if (err instanceof UserError) {
      ctx.findings.push({ class: 'invalid-manifest', severity: 'error', message: err.message, manifest: err.location ?? { file: rel } });
      return { dir, file, rel, data: {}, lines: new TomlLineIndex(text) };
    }
    throw err;
  }
  return { dir, file, rel, data, lines: new TomlLineIndex(text) };
}

interface SourceSpec {
  raw: unknown;
}

/** Where a requirement is declared: uv applies `extra = ` / `group = ` scoped sources only there. */
interface ReqScope {
  extra?: string;
  group?: string;
}

/** A marker that never holds (uv drops lowered requirements whose marker is false). */
const NEVER: MarkerNode = { type: 'cmp', left: { kind: 'var', name: 'python_full_version' }, op: '<', right: { kind: 'str', value: '0' } };
/** Does the marker never hold (independently of requires-python)? undefined = cannot tell. */
function markerIsFalse(m: MarkerNode | undefined): boolean | undefined {
  if (!m) return false;
  const c = compareMarkers(m, NEVER);
  return c === 'equal' ? true : c === 'different' ? false : undefined;
}

/**
 * A URL as uv compares it: parsed like the `url` crate (scheme and host lower-cased, default
 * port dropped, `.` segments resolved) with http(s) credentials removed; the trailing slash is significant.
 * `exact` is false where uv's lock-time normalisation differs from its comparison (an upper-case
 * scheme or repeated trailing slashes: not equal for `--check`, but a re-lock writes the same text).
 */
function canonicalUrl(raw: string): { href: string; exact: boolean } {
  let href: string;
  try {
    const u = new URL(raw.trim());
    // uv strips credentials from http(s) URLs; an ssh user name (`git@`) is part of the URL
    if (u.protocol === 'http:' || u.protocol === 'https:') {
      u.username = '';
      u.password = '';
    }
    href = u.href;
  } catch {
    return { href: raw, exact: false };
  }
  const exact = /^[a-z][a-z0-9+.-]*:/.test(raw.trim()) && !/\/\/+$/.test(raw.trim().replace(/^[a-z]+:\/\/\/?/i, ''));
  return { href, exact };
}

/** Git source descriptor: repository URL exactly as parsed (`.git` and slashes count), reference kind and value, subdirectory. */
function gitSource(repo: string, kind: string, ref: string, subdirectory: string | undefined): { source: string; exact: boolean } {
  const { href, exact: urlExact } = canonicalUrl(repo);
  const exact = urlExact && !/[?#]/.test(repo);
  return { source: `git:${exact ? '' : '~'}${href}|${kind}${ref ? `=${ref}` : ''}|${subdirectory ?? ''}`, exact };
}

/** PEP 508 `git+https://host/repo@ref#subdirectory=x` (uv records a PEP 508 ref as `rev`). */
function pep508Git(u: string): { source: string; exact: boolean } {
  const hash = u.indexOf('#');
  const frag = hash >= 0 ? u.slice(hash + 1) : '';
  const noFrag = hash >= 0 ? u.slice(0, hash) : u;
  const sub = /(?:^|&)subdirectory=([^&]*)/.exec(frag)?.[1];
  const schemeEnd = noFrag.indexOf('://');
  const pathStart = schemeEnd >= 0 ? noFrag.indexOf('/', schemeEnd + 3) : -1;
  const at = noFrag.lastIndexOf('@');
  const hasRef = pathStart >= 0 && at > pathStart;
  const g = gitSource(hasRef ? noFrag.slice(0, at) : noFrag, hasRef ? 'rev' : '', hasRef ? decodeURIComponent(noFrag.slice(at + 1)) : '', sub);
  const exact = g.exact && !/[?]/.test(noFrag) && (frag === '' || /^subdirectory=[^&]*$/.test(frag));
  return { source: exact ? g.source : g.source.replace(/^git:~?/, 'git:~'), exact };
}

/** Build the requirement(s) as uv records them from a PEP 508 string and `tool.uv.sources`. */
function expectedReq(
  ctx: Ctx,
  text: string,
  extraMarker: MarkerNode | undefined,
  sources: Map<string, SourceSpec>,
  indexes: Map<string, string>,
  project: LocalProject,
  members: Map<string, LocalProject>,
  line: number | undefined,
  scope: ReqScope = {},
): Req[] {
  let parsed;
  try {
    parsed = parseRequirement(text);
  } catch (err) {
    ctx.findings.push({
      class: 'invalid-manifest',
      severity: 'error',
      message: `${project.rel}: ${(err as Error).message}`,
      manifest: { file: project.rel, line },
    });
    return [];
  }
  const req: Req = {
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
      const g = pep508Git(u.slice(4));
      req.source = g.source;
      if (!g.exact) req.fuzzySource = true;
    } else if (u.startsWith('file:')) {
      req.source = `path:?:${path.resolve(fileUrlPath(u))}`;
      req.fuzzySource = true;
    } else req.source = `url:${stripFragment(u)}`;
  }
  const src = sources.get(req.name);
  if (!src) return [req];
  const list = Array.isArray(src.raw) ? src.raw : [src.raw];
  if (!list.length || !list.every(isTable)) {
    req.fuzzySource = true;
    req.source = 'list';
    return [req];
  }
  const projectName = normalizeName(str(tbl(project.data, 'project')?.name) ?? '');
  // uv: only the sources scoped to this requirement's extra / group (or unscoped) apply
  const applicable = list.filter(
    (s) =>
      (s.extra === undefined || (scope.extra !== undefined && typeof s.extra === 'string' && normalizeName(s.extra) === scope.extra)) &&
      (s.group === undefined || (scope.group !== undefined && typeof s.group === 'string' && normalizeName(s.group) === scope.group)),
  );
  if (!applicable.length) return [req];
  const out: Req[] = [];
  const covered: MarkerNode[] = [];
  let coversAll = false;
  let unmodelled = false;
  for (const s of applicable) {
    let sm: MarkerNode | undefined;
    if (typeof s.marker === 'string') {
      try {
        sm = parseMarker(s.marker);
      } catch {
        ctx.uncertain.push(`cannot parse the marker of the tool.uv.sources entry for ${req.name}`);
        unmodelled = true;
      }
    }
    if (sm) covered.push(sm);
    else coversAll = true;
    const lowered: Req = { ...req, marker: andMarkers(sm, req.marker), source: '', fuzzySource: false };
    lowerSource(lowered, s, indexes, project, members);
    if (typeof s.extra === 'string' || typeof s.group === 'string') {
      lowered.source += `|conflict:${projectName}:${typeof s.extra === 'string' ? `extra:${scope.extra}` : `group:${scope.group}`}`;
    }
    const f = markerIsFalse(lowered.marker);
    if (f === undefined) unmodelled = true;
    if (f !== true) out.push(lowered);
  }
  if (!coversAll) {
    const neg = negateMarker(orMarkers(covered));
    if (!neg) unmodelled = true;
    else {
      const rest: Req = { ...req, marker: andMarkers(neg, req.marker) };
      const f = markerIsFalse(rest.marker);
      if (f === undefined) unmodelled = true;
      if (f !== true) out.push(rest);
    }
  }
  if (unmodelled) for (const r of out) r.unmodelled = true;
  return out;
}

/** Fill `req.source` from one `tool.uv.sources` entry. */
function lowerSource(req: Req, s: TomlTable, indexes: Map<string, string>, project: LocalProject, members: Map<string, LocalProject>): void {
  if (s.workspace === true) {
    const m = members.get(req.name);
    if (m) {
      // uv 0.13: a member that is not a package (tool.uv.package = false) is recorded as virtual,
      // else editable unless the source says editable = false (then directory). A member without
      // [build-system] is a package in uv 0.13 but was virtual in older releases.
      const pkg = tbl(tbl(m.data, 'tool'), 'uv')?.package;
      const kind = pkg === false ? 'virtual' : s.editable === false ? 'directory' : 'editable';
      req.source = `path:${kind}:${m.dir}`;
      req.exactKind = true;
      if (pkg === undefined && !isTable(m.data['build-system'])) req.altSource = `path:virtual:${m.dir}`;
    } else req.fuzzySource = true;
  } else if (typeof s.path === 'string') {
    const abs = path.resolve(project.dir, s.path);
    let kind = 'path';
    try {
      // uv 0.13: a directory is editable only with editable = true, virtual with package = false,
      // else a (non-editable) directory, with or without [build-system]
      if (statSync(abs).isDirectory()) kind = s.editable === true ? 'editable' : s.package === false ? 'virtual' : 'directory';
    } catch {
      kind = '?';
    }
    req.source = `path:${kind}:${abs}`;
    if (kind === '?' || [...members.values()].some((m) => m.dir === abs)) req.fuzzySource = true; // a member by path: uv rejects it now
    else {
      req.exactKind = true;
      if (kind === 'directory' && s.package === undefined && !hasBuildSystem(abs)) req.altSource = `path:virtual:${abs}`;
    }
  } else if (typeof s.index === 'string') {
    const url = indexes.get(s.index);
    if (url) {
      const c = canonicalUrl(url);
      // `~`: never string-equal to a recorded URL, so an inexact form is at best "unsure"
      req.source = `index:${c.exact ? '' : '~'}${c.href}`;
      if (!c.exact) req.fuzzySource = true;
    } else req.fuzzySource = true;
  } else if (typeof s.git === 'string') {
    const kind = s.rev !== undefined ? 'rev' : s.tag !== undefined ? 'tag' : s.branch !== undefined ? 'branch' : '';
    const ref = str(s.rev) ?? str(s.tag) ?? str(s.branch) ?? '';
    const g = gitSource(s.git, kind, ref, str(s.subdirectory));
    req.source = g.source;
    if (!g.exact || s.subdirectory !== undefined) req.fuzzySource = true;
  } else if (typeof s.url === 'string') {
    // uv rejects a fragment here ("Fragments are not allowed"): never equal, at best unsure
    req.source = `url:${s.url.includes('#') ? '~' : ''}${stripFragment(s.url)}`;
    if (s.url.includes('#')) req.fuzzySource = true;
  } else req.fuzzySource = true;
}

/**
 * tool.uv.dependency-metadata against [[manifest.dependency-metadata]] (uv 0.13): a set of entries
 * keyed by normalised name and version (PEP 440 equality); `requires-dist` and `provides-extras`
 * are ordered lists, each requirement compared parsed (markers semantically), requires-python as
 * a specifier set.
 */
function compareDependencyMetadata(exp: unknown[], rec: unknown[]): { kind: 'same' | 'differs' | 'unsure'; what?: string } {
  let unsure: string | undefined;
  const known = new Set(['name', 'version', 'requires-dist', 'requires-python', 'provides-extras']);
  const entries = (list: unknown[]): TomlTable[] | undefined => (list.every((e) => isTable(e) && typeof e.name === 'string' && Object.keys(e).every((k) => known.has(k))) ? (list as TomlTable[]) : undefined);
  const e = entries(exp);
  const r = entries(rec);
  if (!e || !r) return { kind: 'unsure', what: 'an entry with keys we do not model' };
  const left = [...r];
  for (const x of e) {
    const name = normalizeName(x.name as string);
    const v = str(x.version);
    const i = left.findIndex((y) => normalizeName(y.name as string) === name && (v === undefined ? y.version === undefined : typeof y.version === 'string' && versionsEqual(v, y.version)));
    if (i < 0) return { kind: 'differs', what: `${name}${v ? ` ${v}` : ''} is not recorded` };
    const y = left.splice(i, 1)[0]!;
    const rpX = str(x['requires-python']);
    const rpY = str(y['requires-python']);
    if ((rpX === undefined) !== (rpY === undefined)) return { kind: 'differs', what: `requires-python of ${name}` };
    if (rpX !== undefined && rpY !== undefined && canonicalSpecifiers(rpX) !== canonicalSpecifiers(rpY)) return { kind: 'differs', what: `requires-python of ${name}` };
    const strings = (l: unknown): string[] | undefined => (l === undefined ? [] : Array.isArray(l) && l.every((s) => typeof s === 'string') ? (l as string[]) : undefined);
    const pe = [strings(x['provides-extras']), strings(y['provides-extras'])];
    if (!pe[0] || !pe[1]) unsure ??= `provides-extras of ${name}`;
    else if (pe[0].map(normalizeName).join('\0') !== pe[1].map(normalizeName).join('\0')) return { kind: 'differs', what: `provides-extras of ${name}` };
    const rd = [strings(x['requires-dist']), strings(y['requires-dist'])];
    if (!rd[0] || !rd[1]) {
      unsure ??= `requires-dist of ${name}`;
      continue;
    }
    if (rd[0].length !== rd[1].length) return { kind: 'differs', what: `requires-dist of ${name}` };
    for (let k = 0; k < rd[0].length; k++) {
      let a, b;
      try {
        a = parseRequirement(rd[0][k]!);
        b = parseRequirement(rd[1][k]!);
      } catch {
        unsure ??= `requires-dist of ${name}`;
        continue;
      }
      if (a.normalizedName !== b.normalizedName || a.extras.join(',') !== b.extras.join(',')) return { kind: 'differs', what: `requires-dist of ${name}` };
      if (a.url !== b.url) {
        unsure ??= `requires-dist of ${name}`;
        continue;
      }
      if (canonicalSpecifiers(a.specifier) !== canonicalSpecifiers(b.specifier)) return { kind: 'differs', what: `requires-dist of ${name}` };
      const m = compareMarkers(a.marker, b.marker);
      if (m === 'different') return { kind: 'differs', what: `requires-dist of ${name}` };
      if (m !== 'equal') unsure ??= `requires-dist of ${name}`;
    }
  }
  if (left.length) return { kind: 'differs', what: `${normalizeName(left[0]!.name as string)} is no longer declared` };
  return unsure ? { kind: 'unsure', what: unsure } : { kind: 'same' };
}

/** Whether the directory's pyproject.toml declares a [build-system] (true when it cannot be read: no older-uv alternative then). */
function hasBuildSystem(dir: string): boolean {
  try {
    return isTable(parseToml(readFileSync(path.join(dir, 'pyproject.toml'), 'utf8'), 'pyproject.toml')['build-system']);
  } catch {
    return true;
  }
}

function fileUrlPath(u: string): string {
  try {
    return new URL(u).pathname;
  } catch {
    return u.replace(/^file:\/\//, '');
  }
}
function stripFragment(u: string): string {
  const i = u.indexOf('#');
  return i >= 0 ? u.slice(0, i) : u;
}

/** Reduce a requires-dist / manifest entry of uv.lock to a Req. */
/** `line` is looked up on first read: only a finding reads it, and the first lookup indexes the lock. */
function lockedReq(ctx: Ctx, entry: unknown, line: () => number | undefined): Req | undefined {
  if (!isTable(entry) || typeof entry.name !== 'string') return undefined;
  const req: Req = {
    name: normalizeName(entry.name),
    extras: arr(entry.extras).filter((e): e is string => typeof e === 'string').map(normalizeName).sort(),
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
    } catch {
      ctx.uncertain.push(`cannot parse the marker ${JSON.stringify(marker)} recorded for ${req.name}`);
    }
    req.display += ` ; ${marker}`;
  }
  const root = ctx.lockDir;
  if (typeof entry.index === 'string') req.source = `index:${canonicalUrl(entry.index).href}`;
  else if (typeof entry.editable === 'string') req.source = `path:editable:${path.resolve(root, entry.editable)}`;
  else if (typeof entry.directory === 'string') req.source = `path:directory:${path.resolve(root, entry.directory)}`;
  else if (typeof entry.virtual === 'string') req.source = `path:virtual:${path.resolve(root, entry.virtual)}`;
  else if (typeof entry.path === 'string') req.source = `path:path:${path.resolve(root, entry.path)}`;
  else if (typeof entry.url === 'string') req.source = `url:${stripFragment(entry.url)}`;
  else if (typeof entry.git === 'string') {
    const g = entry.git;
    const q = g.indexOf('?');
    const params = new URLSearchParams(q >= 0 ? stripFragment(g.slice(q + 1)) : '');
    const kind = ['rev', 'tag', 'branch'].find((k) => params.has(k)) ?? '';
    req.source = gitSource(stripFragment(q >= 0 ? g.slice(0, q) : g), kind, kind ? (params.get(kind) ?? '') : '', params.get('subdirectory') ?? undefined).source;
    // query parameters we do not model: compare loosely
    if ([...params.keys()].some((k) => !['rev', 'tag', 'branch', 'subdirectory'].includes(k))) req.fuzzySource = true;
  }
  const conflict = tbl(entry, 'conflict');
  if (conflict) {
    const pkg = normalizeName(str(conflict.package) ?? '');
    const which = typeof conflict.extra === 'string' ? `extra:${normalizeName(conflict.extra)}` : typeof conflict.group === 'string' ? `group:${normalizeName(conflict.group)}` : '?';
    req.source += `|conflict:${pkg}:${which}`;
  }
  return req;
}

function sourceMatches(a: Req, b: Req): 'yes' | 'no' | 'unsure' {
  if (a.source === b.source) return 'yes';
  if (a.fuzzySource || b.fuzzySource) {
    // same target path with a different kind, or a source shape we do not model exactly
    return 'unsure';
  }
  if (a.altSource === b.source || b.altSource === a.source) return 'unsure';
  const pa = /^path:([^:]*):(.*)$/.exec(a.source);
  const pb = /^path:([^:]*):(.*)$/.exec(b.source);
  // the same path recorded with another kind: a change when we know which kind uv records
  if (pa && pb && pa[2] === pb[2]) return a.exactKind || b.exactKind ? 'no' : 'unsure';
  return 'no';
}

function describeSource(source: string): string {
  const c = /^(.*)\|conflict:([^:]*):(extra|group):(.*)$/.exec(source);
  const s = c ? c[1]! : source;
  const scope = c ? ` (for ${c[3]} ${c[4]} of ${c[2]})` : '';
  return describeSourceKind(s) + scope;
}
function describeSourceKind(s: string): string {
  if (!s) return 'the default index';
  const m = /^path:([^:]*):(.*)$/.exec(s);
  if (m) return `${m[1]} ${m[2]}`;
  const g = /^git:~?([^|]*)\|([^|]*)\|(.*)$/.exec(s);
  if (g) return maskUrl(`${g[1]}${g[2] ? ` (${g[2]})` : ''}${g[3] ? ` subdirectory ${g[3]}` : ''}`);
  return maskUrl(s.replace(/^(index|url):~?/, ''));
}

interface CompareLabels {
  what: string; // e.g. "ws-root dependencies", "group dev of liba"
  manifestFile?: string;
  lockLine?: number;
  pkg?: string;
}

/** Compare expected (manifest) and recorded (lock) requirement lists as uv would (sets). */
function compareReqs(ctx: Ctx, expectedIn: Req[], recordedIn: Req[], requiresPython: string | undefined, labels: CompareLabels): void {
  // uv compares sets: identical entries (after normalisation) collapse
  const dedupe = (list: Req[]): Req[] => {
    const out: Req[] = [];
    for (const r of list) {
      const dup = out.find((o) => coreKey(o) === coreKey(r) && o.source === r.source && compareMarkers(o.marker, r.marker, requiresPython) === 'equal');
      if (dup) dup.unmodelled ||= r.unmodelled;
      else out.push(r);
    }
    return out;
  };
  const expected = dedupe(expectedIn);
  const recorded = dedupe(recordedIn);
  // names whose expansion (marker-scoped sources) we could not model: a difference is inconclusive
  const unsure = new Set(expected.filter((r) => r.unmodelled).map((r) => r.name));
  const findings = {
    push(f: Finding): void {
      if (f.package !== undefined && unsure.has(f.package)) ctx.uncertain.push(`the tool.uv.sources expansion of ${f.package} in ${labels.what} is not modelled exactly`);
      else ctx.findings.push(f);
    },
  };
  const byCore = new Map<string, { exp: Req[]; rec: Req[] }>();
  const slot = (k: string): { exp: Req[]; rec: Req[] } => {
    let s = byCore.get(k);
    if (!s) byCore.set(k, (s = { exp: [], rec: [] }));
    return s;
  };
  for (const r of expected) slot(coreKey(r)).exp.push(r);
  for (const r of recorded) slot(coreKey(r)).rec.push(r);
  const unmatchedExp: Req[] = [];
  const unmatchedRec: Req[] = [];
  for (const { exp, rec } of byCore.values()) {
    const recLeft = rec.slice();
    const expLeft: Req[] = [];
    for (const e of exp) {
      // exact partner: same source and semantically equal marker
      let idx = recLeft.findIndex((r) => sourceMatches(e, r) === 'yes' && compareMarkers(e.marker, r.marker, requiresPython) === 'equal');
      if (idx < 0) idx = recLeft.findIndex((r) => sourceMatches(e, r) !== 'no' && compareMarkers(e.marker, r.marker, requiresPython) !== 'different');
      if (idx < 0) {
        expLeft.push(e);
        continue;
      }
      const r = recLeft.splice(idx, 1)[0]!;
      const sm = sourceMatches(e, r);
      const mm = compareMarkers(e.marker, r.marker, requiresPython);
      if (sm === 'unsure') ctx.uncertain.push(`the source of ${e.name} in ${labels.what} (${describeSource(e.source)} vs ${describeSource(r.source)}) cannot be compared statically`);
      if (mm === 'unknown') ctx.uncertain.push(`the marker of ${e.name} in ${labels.what} uses variables whose comparison is not modelled exactly`);
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
        findings.push({
          class: 'drift',
          severity: 'error',
          package: e.name,
          message: `The source of ${e.name} in ${labels.what} changed since uv.lock was written.`,
          expected: describeSource(e.source),
          found: describeSource(r.source),
          ...loc,
          fix: FIX,
        });
      } else {
        const em = e.marker ? markerToString(rewritePythonVersion(e.marker), "'") : '(none)';
        const rm = r.marker ? markerToString(r.marker, "'") : '(none)';
        findings.push({
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
      findings.push({
        class: 'drift',
        severity: 'error',
        package: e.name,
        message: `The requirement on ${e.name} in ${labels.what} changed since uv.lock was written.`,
        expected: e.display,
        found: r.display,
        ...loc,
        fix: FIX,
      });
    } else {
      findings.push({
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
    findings.push({
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

function locs(ctx: Ctx, labels: CompareLabels, e: Req | undefined, r: Req | undefined): { manifest?: SourceLocation; lock?: SourceLocation } {
  const out: { manifest?: SourceLocation; lock?: SourceLocation } = {};
  if (labels.manifestFile) out.manifest = { file: labels.manifestFile, ...(e?.line ? { line: e.line } : {}) };
  const line = r?.line ?? labels.lockLine;
  out.lock = { file: ctx.lockRel, ...(line ? { line } : {}) };
  return out;
}

// ---------------------------------------------------------------- lock model

interface LockPkg {
  index: number;
  name: string;
  version?: string;
  source: TomlTable;
  sourceKind: LockedPackage['source'];
  data: TomlTable;
  line: number;
  resolutionMarkers?: MarkerNode;
}

function sourceKind(source: TomlTable): LockedPackage['source'] {
  if ('registry' in source) return 'registry';
  if ('git' in source) return 'git';
  if ('url' in source) return 'url';
  if ('editable' in source || 'directory' in source || 'virtual' in source) return 'project';
  if ('path' in source) return 'path';
  return 'registry';
}

/** Line of `{ name = "x"` (optionally containing `needle`) within a line range of the lock. */
function entryLine(lines: TomlLineIndex, from: number, to: number, name: string, needle?: string): number | undefined {
  const re = new RegExp(`name = "${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`);
  return lines.findLine(from, to, (l) => re.test(l) && (needle === undefined || l.includes(needle)));
}

// ---------------------------------------------------------------- main entry

export function checkUv(input: ProjectInput, options: UvCheckOptions = {}): LockCheckResult {
  const lockDir = path.dirname(input.lockfile);
  const lockRel = relPath(input.workspace, input.lockfile);
  const text = readProjectFile(input.lockfile, undefined, lockRel);
  const lock = parseTomlShared(text, lockRel);
  const lines = new TomlLineIndex(text);
  const ctx: Ctx = { input, lockDir, lockRel, findings: [], uncertain: [], env: options.env ?? process.env, projects: new Map() };
  const result: LockCheckResult = {
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
      throw new UserError(`${lockRel} has neither \`version\` nor [[package]] entries; it is not a uv.lock or is truncated.`, {
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
  } else if (revision === 4) {
    ctx.uncertain.push('uv.lock revision 4 is the metadata-free preview format; recorded inputs cannot be compared statically (run `uv lock --check`)');
  } else if (revision > 5) {
    ctx.findings.push({
      class: 'unsupported-format',
      severity: 'notice',
      message: `${lockRel} has revision ${revision}, newer than the revisions this checker knows (1–3, 5).`,
      found: String(revision),
      lock: { file: lockRel, line: lines.keyLine('', 'revision') ?? 1 },
    });
    ctx.uncertain.push(`uv.lock revision ${revision} is newer than this checker knows`);
  }

  // ---- packages
  const requiresPython = str(lock['requires-python']);
  const pkgs: LockPkg[] = [];
  arr(lock.package).forEach((p, i) => {
    if (!isTable(p) || typeof p.name !== 'string') {
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
    const lp: LockPkg = {
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
    const rm = arr(p['resolution-markers']).filter((m): m is string => typeof m === 'string');
    if (rm.length) {
      try {
        const nodes = rm.map((m) => parseMarker(m));
        lp.resolutionMarkers = nodes.length === 1 ? nodes[0] : { type: 'or', children: nodes };
      } catch {
        /* ignored: marker problems are reported on edges */
      }
    }
    pkgs.push(lp);
  });
  const seen = new Set<string>();
  for (const p of pkgs) {
    seen.add(`${p.name}@${p.version ?? ''}`);
    const lp: LockedPackage = { name: p.name, version: p.version ?? '', source: p.sourceKind };
    // Local sources carry their path; virtual members get none (no build system, nothing to install, like the root project).
    const local = str(p.source.editable) ?? str(p.source.directory) ?? str(p.source.path);
    if (local !== undefined) lp.path = local;
    const rm = arr(p.data['resolution-markers']).filter((m): m is string => typeof m === 'string');
    if (rm.length) lp.marker = rm.length === 1 ? rm[0]! : rm.map((m) => `(${m})`).join(' or ');
    const hashes = artifacts(p.data)
      .map((a) => str(a.hash))
      .filter((h): h is string => !!h);
    if (hashes.length) lp.hashes = hashes;
    result.locked.push(lp);
  }
  result.packages = seen.size;

  integrity(ctx, pkgs, lines, requiresPython);

  if (!formatBlocks) {
    try {
      recordedInputs(ctx, lock, pkgs, lines, requiresPython, result);
    } catch (err) {
      if (err instanceof UserError) throw err;
      ctx.uncertain.push(`internal error while comparing recorded inputs: ${(err as Error).message}`);
    }
  }

  const drift = ctx.findings.some((f) => f.class === 'drift' || (f.class === 'invalid-lockfile' && f.severity === 'error'));
  if (formatBlocks) {
    result.freshness = 'inconclusive';
    result.inconclusiveReason = `uv.lock format version ${String(version)} is not supported by this checker; run \`uv lock --check\`.`;
  } else if (drift) result.freshness = 'stale';
  else if (ctx.uncertain.length) {
    result.freshness = 'inconclusive';
    result.inconclusiveReason = [...new Set(ctx.uncertain)].slice(0, 5).join('; ');
  }
  return result;
}

function artifacts(p: TomlTable): TomlTable[] {
  const out: TomlTable[] = [];
  const sdist = tbl(p, 'sdist');
  if (sdist) out.push(sdist);
  for (const w of arr(p.wheels)) if (isTable(w)) out.push(w);
  return out;
}

// ---------------------------------------------------------------- integrity

function integrity(ctx: Ctx, pkgs: LockPkg[], lines: TomlLineIndex, requiresPython: string | undefined): void {
  const { lockRel } = ctx;
  const byName = new Map<string, LockPkg[]>();
  for (const p of pkgs) {
    const l = byName.get(p.name);
    if (l) l.push(p);
    else byName.set(p.name, [p]);
  }
  let envs: MarkerEnvironment[] | undefined;
  const envsFor = (): MarkerEnvironment[] => (envs ??= environmentMatrix(requiresPython));
  const reportedCred = new Set<string>();
  const cred = (url: string, p: LockPkg, where: () => number): void => {
    const c = findUrlCredentials(url);
    if (!c || reportedCred.has(c.masked)) return;
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
    const end = (): number => lines.arrayTable('package', p.index)?.endLine ?? p.line;
    const kind = p.sourceKind;
    // credentials
    for (const v of Object.values(p.source)) if (typeof v === 'string') cred(v, p, () => lines.findLine(p.line, end(), (l) => l.startsWith('source')) ?? p.line);
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
      if (!loc) continue;
      const line = (): number => lines.findLine(p.line, end(), (l) => l.includes(loc)) ?? p.line;
      if (a.url) cred(loc, p, line);
      if (p.version !== undefined) {
        const mm = checkArtifactName(loc, p.name, p.version);
        if (mm) {
          ctx.findings.push({
            class: 'version-mismatch',
            severity: 'error',
            package: p.name,
            message:
              mm.field === 'version'
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
    const badHash = firstHashProblem(arts.map((a) => str(a.hash)).filter((h): h is string => !!h));
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
          message:
            arts.length === 0
              ? `${p.name} ${p.version ?? ''} has no sdist or wheels recorded, so nothing can be hash-checked.`
              : `${p.name} ${p.version ?? ''} has ${missing.length} artifact(s) without a hash (index without hashes or --find-links).`,
          lock: { file: lockRel, line: p.line },
          fix: 'Use an index that serves hashes, then run `uv lock --refresh`.',
        });
      }
    }
    // dependency edges
    const edgeLists: [string, unknown[], string | undefined][] = [['dependencies', arr(p.data.dependencies), undefined]];
    for (const [k, v] of Object.entries(tbl(p.data, 'optional-dependencies') ?? {})) edgeLists.push([`optional-dependencies.${k}`, arr(v), k]);
    for (const [k, v] of Object.entries(tbl(p.data, 'dev-dependencies') ?? {})) edgeLists.push([`dev-dependencies.${k}`, arr(v), undefined]);
    for (const [where, edges] of edgeLists) {
      for (const e of edges) {
        if (!isTable(e) || typeof e.name !== 'string') continue;
        const name = normalizeName(e.name);
        let candidates = byName.get(name) ?? [];
        const ev = str(e.version);
        if (ev !== undefined) candidates = candidates.filter((c) => c.version !== undefined && versionsEqual(c.version, ev));
        const es = tbl(e, 'source');
        if (es && candidates.length > 1) {
          const sj = JSON.stringify(Object.entries(es).sort());
          const f = candidates.filter((c) => JSON.stringify(Object.entries(c.source).sort()) === sj);
          if (f.length) candidates = f;
        }
        if (candidates.length === 1) continue;
        const edgeName = e.name;
        const line = (): number => entryLine(lines, p.line, end(), edgeName, ev) ?? p.line;
        if (candidates.length === 0) {
          // an edge that can never apply is harmless
          const m = str(e.marker);
          let applies = true;
          try {
            const node = andMarkers(m ? parseMarker(m) : undefined, p.resolutionMarkers);
            applies = applicableSomewhere(node, envsFor(), { extras: [] }) || (m?.includes('extra') ?? false);
          } catch {
            applies = true;
          }
          if (!applies) continue;
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
        } else {
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

// ---------------------------------------------------------------- recorded inputs

/** Line range of a part of the lock, computed only when a finding needs a line. */
type LineRange = () => [from: number, to: number];

function reqList(ctx: Ctx, entries: unknown, lines: TomlLineIndex, range: LineRange): Req[] {
  const out: Req[] = [];
  for (const e of arr(entries)) {
    const name = isTable(e) ? str(e.name) : undefined;
    const r = lockedReq(ctx, e, () => (name ? entryLine(lines, ...range(), name) : undefined));
    if (r) out.push(r);
  }
  return out;
}

/** Fields uv 0.13.9 refuses in uv.toml ("only applicable in the context of a project"): uv fails. */
const PROJECT_ONLY_FIELDS = ['environments', 'required-environments', 'conflicts', 'sources', 'dev-dependencies', 'default-groups', 'package', 'workspace', 'managed', 'dependency-groups', 'build-backend'];

function settingsOf(ctx: Ctx, root: LocalProject | undefined): { settings: TomlTable; file: string } {
  const uvToml = path.join(ctx.lockDir, 'uv.toml');
  if (existsSync(uvToml)) {
    const rel = relPath(ctx.input.workspace, uvToml);
    const settings = parseToml(readProjectFile(uvToml, undefined, rel), rel);
    const refused = PROJECT_ONLY_FIELDS.filter((k) => k in settings);
    if (refused.length) {
      ctx.findings.push({
        class: 'invalid-manifest',
        severity: 'error',
        message: `${rel} sets ${refused.join(', ')}, which uv allows only in pyproject.toml; uv refuses to read it.`,
        manifest: { file: rel },
      });
      ctx.uncertain.push(`${rel} sets project-only fields (${refused.join(', ')}); uv fails to parse it`);
    }
    return { settings, file: rel };
  }
  return { settings: tbl(tbl(root?.data, 'tool'), 'uv') ?? {}, file: root?.rel ?? 'pyproject.toml' };
}

function parseExcludeNewer(v: string): number | undefined {
  // RFC 3339 allows a lower-case `t` and `z`
  const t = v.trim().replace(/^(\d{4}-\d{2}-\d{2})t/, '$1T').replace(/z$/, 'Z');
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

/** A bound of a release-only version range: the release, inclusive or not; undefined = unbounded. */
interface RBound {
  v: number[];
  inc: boolean;
}
interface RInterval {
  lo?: RBound;
  hi?: RBound;
}
function cmpRelease(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d < 0 ? -1 : 1;
  }
  return 0;
}
/** Compare two lower bounds (undefined = -inf): -1 when `a` admits more. */
function cmpLo(a: RBound | undefined, b: RBound | undefined): number {
  if (!a || !b) return !a && !b ? 0 : !a ? -1 : 1;
  const c = cmpRelease(a.v, b.v);
  return c || (a.inc === b.inc ? 0 : a.inc ? -1 : 1);
}
/** Compare two upper bounds (undefined = +inf): 1 when `a` admits more. */
function cmpHi(a: RBound | undefined, b: RBound | undefined): number {
  if (!a || !b) return !a && !b ? 0 : !a ? 1 : -1;
  const c = cmpRelease(a.v, b.v);
  return c || (a.inc === b.inc ? 0 : a.inc ? 1 : -1);
}
function intervalEmpty(i: RInterval): boolean {
  if (!i.lo || !i.hi) return false;
  const c = cmpRelease(i.lo.v, i.hi.v);
  return c > 0 || (c === 0 && !(i.lo.inc && i.hi.inc));
}
function intersectRanges(a: RInterval[], b: RInterval[]): RInterval[] {
  const out: RInterval[] = [];
  for (const x of a) {
    for (const y of b) {
      const i: RInterval = { lo: cmpLo(x.lo, y.lo) >= 0 ? x.lo : y.lo, hi: cmpHi(x.hi, y.hi) <= 0 ? x.hi : y.hi };
      if (!intervalEmpty(i)) out.push(i);
    }
  }
  return out.sort((p, q) => cmpLo(p.lo, q.lo));
}
function bump(release: number[]): number[] {
  const r = release.slice();
  r[r.length - 1] = (r[r.length - 1] ?? 0) + 1;
  return r;
}
/**
 * A requires-python specifier set as uv's `RequiresPythonRange` sees it: release-only semantics
 * (pre-releases, post and dev parts dropped), reduced to its bounding range. undefined = not modelled.
 */
function requiresPythonBounds(text: string): RInterval | undefined {
  const specs = parseSpecifiers(text);
  if (!specs) return undefined;
  let set: RInterval[] = [{}];
  for (const s of specs) {
    if (!s.parsed || s.op === '===' || s.parsed.epoch !== 0) return undefined;
    const v = s.parsed.release;
    let r: RInterval[];
    if (s.op === '>=') r = [{ lo: { v, inc: true } }];
    else if (s.op === '>') r = [{ lo: { v, inc: false } }];
    else if (s.op === '<=') r = [{ hi: { v, inc: true } }];
    else if (s.op === '<') r = [{ hi: { v, inc: false } }];
    else if (s.op === '~=') r = [{ lo: { v, inc: true }, hi: { v: bump(v.slice(0, -1)), inc: false } }];
    else if (s.op === '==') r = s.wildcard ? [{ lo: { v, inc: true }, hi: { v: bump(v), inc: false } }] : [{ lo: { v, inc: true }, hi: { v, inc: true } }];
    else r = s.wildcard ? [{ hi: { v, inc: false } }, { lo: { v: bump(v), inc: true } }] : [{ hi: { v, inc: false } }, { lo: { v, inc: false } }];
    set = intersectRanges(set, r);
  }
  if (!set.length) return undefined;
  let hi = set[0]!.hi;
  for (const i of set) if (cmpHi(i.hi, hi) > 0) hi = i.hi;
  return { lo: set[0]!.lo, hi };
}

/**
 * uv compares requires-python by its bounding range only (`RequiresPythonRange`): `>=3.9,!=3.9.1`
 * equals `>=3.9`, `~=3.9` does not (upper bound 4). Several members: the intersection of their ranges.
 */
function requiresPythonEqual(recorded: string, declared: string[]): boolean | undefined {
  const rec = requiresPythonBounds(recorded);
  const exp = requiresPythonBounds(declared.join(','));
  if (!rec || !exp) return undefined;
  return cmpLo(rec.lo, exp.lo) === 0 && cmpHi(rec.hi, exp.hi) === 0;
}

function recordedInputs(ctx: Ctx, lock: TomlTable, pkgs: LockPkg[], lines: TomlLineIndex, requiresPython: string | undefined, result: LockCheckResult): void {
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
  // Options (resolution, indexes, exclude-newer, dependency-metadata) come from uv.toml when there is
  // one; the project fields recorded in [manifest] and the environments always come from the
  // pyproject's [tool.uv] (uv 0.13.9 ignores uv.toml's constraint/override/build-constraint and
  // exclude-dependencies for the lock, and rejects environments there).
  const { settings, file: settingsFile } = settingsOf(ctx, root);
  const manifest = tbl(lock, 'manifest') ?? {};
  // Lock lines are looked up only for findings: the first lookup indexes the whole lock.
  const manifestLine = (): number | undefined => lines.tableLine('manifest');

  // ---- workspace members
  const members = new Map<string, LocalProject>();
  const rootProject = tbl(root.data, 'project');
  if (rootProject && typeof rootProject.name === 'string') members.set(normalizeName(rootProject.name), root);
  const ws = tbl(rootUv, 'workspace');
  const excludes = arr(ws?.exclude).filter((e): e is string => typeof e === 'string');
  const excluded = new Set(excludes.flatMap((e) => expandGlob(lockDir, e)));
  for (const pattern of arr(ws?.members)) {
    if (typeof pattern !== 'string') continue;
    for (const dir of expandGlob(lockDir, pattern)) {
      if (excluded.has(dir) || dir === lockDir) continue;
      if (!existsSync(path.join(dir, 'pyproject.toml'))) {
        // uv skips an empty directory, but fails on any other match without a pyproject.toml
        let entries: string[] = [];
        try {
          entries = readdirSync(dir);
        } catch {
          /* not a directory */
        }
        if (entries.length) {
          const rel = relPath(ctx.input.workspace, dir);
          ctx.findings.push({
            class: 'invalid-manifest',
            severity: 'error',
            message: `Workspace member ${rel} (matched by ${pattern}) has no pyproject.toml; uv refuses to lock or check the workspace.`,
            manifest: { file: root.rel, line: root.lines.keyLine('tool.uv.workspace', 'members') },
          });
          ctx.uncertain.push(`workspace member ${rel} is missing a pyproject.toml (uv fails)`);
        }
        continue;
      }
      const m = readPyproject(ctx, dir);
      const proj = tbl(m?.data, 'project');
      if (!m || !proj || typeof proj.name !== 'string') {
        ctx.uncertain.push(`workspace member ${relPath(ctx.input.workspace, dir)} has no readable [project] name`);
        continue;
      }
      members.set(normalizeName(proj.name), m);
    }
  }
  const recordedMembers = arr(manifest.members).filter((m): m is string => typeof m === 'string').map(normalizeName);
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
    .filter((r): r is string => !!r);
  if (!rps.length) {
    if (requiresPython) ctx.uncertain.push('no workspace member declares requires-python, so uv derives it from the interpreter');
  } else if (requiresPython) {
    const eq = requiresPythonEqual(requiresPython, rps);
    if (eq === false) {
      ctx.findings.push({
        class: 'drift',
        severity: 'error',
        message: 'requires-python changed since uv.lock was written.',
        expected: rps.join(' ∩ '),
        found: requiresPython,
        manifest: { file: root.rel, line: root.lines.keyLine('project', 'requires-python') },
        lock: { file: lockRel, line: lines.keyLine('', 'requires-python') },
        fix: FIX,
      });
    } else if (eq === undefined) ctx.uncertain.push('requires-python could not be compared');
  } else {
    ctx.findings.push({
      class: 'drift',
      severity: 'error',
      message: 'The project declares requires-python, but uv.lock records none.',
      expected: rps.join(' ∩ '),
      found: '(absent)',
      manifest: { file: root.rel, line: root.lines.keyLine('project', 'requires-python') },
      lock: { file: lockRel, line: 1 },
      fix: FIX,
    });
  }
  const simplifyRp = requiresPython;

  // ---- options
  const opts = tbl(lock, 'options') ?? {};
  const optLine = (): number | undefined => lines.tableLine('options');
  const optionCheck = (label: string, lockKey: string, envKey: string, settingKey: string, dflt: string): void => {
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
    if (span !== undefined) ctx.uncertain.push('exclude-newer is a relative span; uv ignores spans that merely ticked forward');
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
    } else if (reqRaw !== undefined && recRaw === undefined) {
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
    } else if (reqRaw !== undefined && recRaw !== undefined) {
      const a = parseExcludeNewer(reqRaw);
      const b = parseExcludeNewer(recRaw);
      if (a === undefined || b === undefined) {
        if (reqRaw.trim() !== recRaw.trim()) ctx.uncertain.push(`exclude-newer values ${reqRaw} and ${recRaw} cannot be compared`);
      } else if (a < b) {
        // uv 0.13 keeps a lock resolved with an older cutoff when the requested one is later
        // (it neither re-resolves nor rewrites the recorded value); an earlier cutoff is a change
        ctx.findings.push({
          class: 'drift',
          severity: 'error',
          message: 'exclude-newer moved earlier than the cutoff uv.lock was resolved with.',
          expected: reqRaw,
          found: recRaw,
          manifest: { file: settingsFile, line: root.lines.keyLine('tool.uv', 'exclude-newer') },
          lock: { file: lockRel, line: lines.keyLine('options', 'exclude-newer') ?? optLine() },
          fix: FIX,
        });
      }
    }
    if (tbl(opts, 'exclude-newer-package') || settings['exclude-newer-package'] !== undefined) {
      compareExcludeNewerPackage(ctx, tbl(opts, 'exclude-newer-package') ?? {}, settings['exclude-newer-package'], settingsFile, root, lines);
    }
  }

  // ---- registries: every registry a locked package comes from must still be a configured index
  checkRegistries(ctx, pkgs, settings, settingsFile, root, members, lines);

  // ---- environments / conflicts
  // uv compares the lists in order (each marker simplified against requires-python): a reordered list is a change
  const markerListCheck = (lockKey: string, settingKey: string): void => {
    const rec = arr(lock[lockKey]).filter((m): m is string => typeof m === 'string');
    // uv also accepts a single marker string for tool.uv.environments / required-environments
    const raw = rootUv[settingKey];
    const exp = (typeof raw === 'string' ? [raw] : arr(raw)).filter((m): m is string => typeof m === 'string');
    if (!rec.length && !exp.length) return;
    const drift = (): void => {
      ctx.findings.push({
        class: 'drift',
        severity: 'error',
        message: `tool.uv.${settingKey} changed since uv.lock was written.`,
        expected: exp.join(' | ') || '(none)',
        found: rec.join(' | ') || '(none)',
        manifest: { file: root.rel, line: root.lines.keyLine('tool.uv', settingKey) },
        lock: { file: lockRel, line: lines.keyLine('', lockKey) ?? 1 },
        fix: FIX,
      });
    };
    if (rec.length !== exp.length) return drift();
    let unknown = false;
    for (let i = 0; i < exp.length; i++) {
      let c: 'equal' | 'different' | 'unknown';
      try {
        c = compareMarkers(parseMarker(exp[i]!), parseMarker(rec[i]!), simplifyRp);
      } catch {
        c = 'unknown';
      }
      if (c === 'different') return drift();
      if (c === 'unknown') unknown = true;
    }
    if (unknown) ctx.uncertain.push(`tool.uv.${settingKey} may differ from the lock's ${lockKey}`);
  };
  markerListCheck('supported-markers', 'environments');
  markerListCheck('required-markers', 'required-environments');
  {
    // uv compares conflicts as an ordered list of sets of {package, extra | group}
    const rec = arr(lock.conflicts);
    const declaring = [...members.values()].filter((m) => tbl(tbl(m.data, 'tool'), 'uv')?.conflicts !== undefined);
    const exp = arr(rootUv.conflicts);
    const itemKey = (item: unknown, pkg: string | undefined): string | undefined => {
      if (!isTable(item)) return undefined;
      const p = typeof item.package === 'string' ? normalizeName(item.package) : pkg;
      if (p === undefined) return undefined;
      if (typeof item.extra === 'string' && item.group === undefined) return `${p}:extra:${normalizeName(item.extra)}`;
      if (typeof item.group === 'string' && item.extra === undefined) return `${p}:group:${normalizeName(item.group)}`;
      if (item.extra === undefined && item.group === undefined) return `${p}:project`;
      return undefined;
    };
    const setKey = (set: unknown, pkg: string | undefined): string | undefined => {
      const keys = arr(set).map((i) => itemKey(i, pkg));
      if (!Array.isArray(set) || keys.some((k) => k === undefined)) return undefined;
      return [...new Set(keys)].sort().join(' & ');
    };
    const rootName = rootProject && typeof rootProject.name === 'string' ? normalizeName(rootProject.name) : undefined;
    const expKeys = exp.map((s) => setKey(s, rootName));
    const recKeys = rec.map((s) => setKey(s, undefined));
    const modelled =
      declaring.every((m) => m === root) && // conflicts of several members: the merge order is not modelled
      
      !expKeys.includes(undefined) &&
      !recKeys.includes(undefined);
    const differs = expKeys.length !== recKeys.length || expKeys.some((k, i) => k !== recKeys[i]);
    if (modelled && differs) {
      ctx.findings.push({
        class: 'drift',
        severity: 'error',
        message: 'tool.uv.conflicts changed since uv.lock was written.',
        expected: expKeys.join(' | ') || '(none)',
        found: recKeys.join(' | ') || '(none)',
        manifest: { file: root.rel, line: root.lines.keyLine('tool.uv', 'conflicts') },
        lock: { file: lockRel, line: lines.keyLine('', 'conflicts') ?? 1 },
        fix: FIX,
      });
    } else if ((rec.length || declaring.length) && !modelled) ctx.uncertain.push('tool.uv.conflicts are not compared in detail');
  }

  // ---- manifest requirement sets
  const memberSources = (m: LocalProject): Map<string, SourceSpec> => {
    const out = new Map<string, SourceSpec>();
    const add = (t: TomlTable | undefined): void => {
      for (const [k, v] of Object.entries(t ?? {})) out.set(normalizeName(k), { raw: v });
    };
    if (m !== root && members.has(normalizeName(str(tbl(m.data, 'project')?.name) ?? ''))) add(tbl(rootUv, 'sources'));
    add(tbl(tbl(tbl(m.data, 'tool'), 'uv'), 'sources'));
    return out;
  };
  const indexesOf = (m: LocalProject): Map<string, string> => {
    const out = new Map<string, string>();
    for (const t of [settings, tbl(tbl(m.data, 'tool'), 'uv') ?? {}]) {
      for (const ix of arr(t.index)) if (isTable(ix) && typeof ix.name === 'string' && typeof ix.url === 'string') out.set(ix.name, ix.url);
    }
    return out;
  };
  const manifestSet = (lockKey: string, settingKey: string): void => {
    const strings = arr(rootUv[settingKey]).filter((s): s is string => typeof s === 'string');
    const keyLine = root.lines.keyLine('tool.uv', settingKey);
    const exp = strings
      .flatMap((s) => expectedReq(ctx, s, undefined, new Map(), new Map(), root, members, keyLine !== undefined ? (root.lines.stringLine(s, keyLine) ?? keyLine) : undefined))
      // uv drops the extras of a constraint (`idna[x]<4` is recorded as `idna<4`); overrides keep theirs
      .map((r) => (lockKey === 'constraints' && r.extras.length ? { ...r, extras: [] } : r));
    const rec = reqList(ctx, manifest[lockKey], lines, () => {
      const sec = manifestLine() ?? 1;
      return [sec, lines.sectionsAt('manifest')[0]?.endLine ?? sec];
    });
    if (!exp.length && !rec.length) return;
    compareReqs(ctx, exp, rec, simplifyRp, {
      what: `tool.uv.${settingKey}`,
      manifestFile: root.rel,
      get lockLine() {
        return manifestLine();
      },
    });
  };
  manifestSet('constraints', 'constraint-dependencies');
  manifestSet('overrides', 'override-dependencies');
  manifestSet('build-constraints', 'build-constraint-dependencies');
  {
    const exp = new Set(arr(rootUv['exclude-dependencies']).filter((s): s is string => typeof s === 'string').map((s) => normalizeName(s.split(/[\s;[<>=!~]/)[0] ?? s)));
    const rec = new Set(
      arr(manifest.excludes)
        .map((e) => (typeof e === 'string' ? e : isTable(e) ? (str(e.name) ?? '') : ''))
        .filter(Boolean)
        .map(normalizeName),
    );
    if ([...exp].some((e) => !rec.has(e)) || [...rec].some((e) => !exp.has(e))) {
      ctx.findings.push({
        class: 'drift',
        severity: 'error',
        message: 'tool.uv.exclude-dependencies changed since uv.lock was written.',
        expected: [...exp].join(', ') || '(none)',
        found: [...rec].join(', ') || '(none)',
        manifest: { file: root.rel, line: root.lines.keyLine('tool.uv', 'exclude-dependencies') },
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
    } else {
      const verdict = compareDependencyMetadata(arr(settings['dependency-metadata']), arr(manifest['dependency-metadata']));
      if (verdict.kind === 'differs') {
        ctx.findings.push({
          class: 'drift',
          severity: 'error',
          message: `tool.uv.dependency-metadata changed since uv.lock was written (${verdict.what}).`,
          manifest: { file: settingsFile, line: root.lines.keyLine('tool.uv', 'dependency-metadata') ?? root.lines.tableLine('tool.uv.dependency-metadata') },
          lock: { file: lockRel, line: lines.tableLine('manifest.dependency-metadata') ?? manifestLine() ?? 1 },
          fix: FIX,
        });
      } else if (verdict.kind === 'unsure') ctx.uncertain.push(`tool.uv.dependency-metadata: ${verdict.what} is not compared exactly`);
    }
  }
  // a non-project workspace root: its dependency groups live in [manifest.dependency-groups]
  if (!rootProject) {
    const exp = expectedGroups(ctx, root, new Map(), indexesOf(root), members);
    const recT = tbl(manifest, 'dependency-groups') ?? {};
    const range: LineRange = () => {
      const sec = lines.tableLine('manifest.dependency-groups') ?? manifestLine() ?? 1;
      return [sec, lines.sectionsAt('manifest.dependency-groups')[0]?.endLine ?? sec];
    };
    compareGroups(ctx, exp, recT, lines, range, simplifyRp, root, 'the workspace root');
  }

  // ---- local packages (members and path dependencies)
  const byName = new Map<string, LockPkg[]>();
  for (const p of pkgs) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
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
    if (p.sourceKind !== 'project') continue;
    const rel = str(p.source.editable) ?? str(p.source.directory) ?? str(p.source.virtual) ?? '.';
    const dir = path.resolve(lockDir, rel);
    const local = members.get(p.name)?.dir === dir ? members.get(p.name)! : readPyproject(ctx, dir);
    if (!local) {
      ctx.uncertain.push(`cannot read ${relPath(ctx.input.workspace, path.join(dir, 'pyproject.toml'))} for local package ${p.name}`);
      continue;
    }
    compareLocalPackage(ctx, p, local, lines, simplifyRp, memberSources(local), indexesOf(local), members);
  }
}

function groupMarker(ctx: Ctx, m: LocalProject, group: string): MarkerNode | undefined {
  const g = tbl(tbl(tbl(tbl(m.data, 'tool'), 'uv'), 'dependency-groups'), group);
  const rp = str(g?.['requires-python']);
  if (!rp) return undefined;
  const node = requiresPythonToMarker(rp);
  if (!node) ctx.uncertain.push(`cannot interpret requires-python of dependency group ${group}`);
  return node;
}

function expectedGroups(ctx: Ctx, m: LocalProject, sources: Map<string, SourceSpec>, indexes: Map<string, string>, members: Map<string, LocalProject>): Map<string, Req[]> {
  const raw = tbl(m.data, 'dependency-groups') ?? {};
  const groups = new Map<string, { key: string; items: unknown[] }>();
  for (const [k, v] of Object.entries(raw)) groups.set(normalizeName(k), { key: k, items: arr(v) });
  /** A group's entries with include-group flattened (uv flattens before lowering with the outer group's sources). */
  interface Item {
    text: string;
    marker?: MarkerNode;
    line?: number;
  }
  const flat = new Map<string, Item[]>();
  const resolve = (g: string, stack: string[]): Item[] => {
    const cached = flat.get(g);
    if (cached) return cached;
    const entry = groups.get(g);
    if (!entry) return [];
    if (stack.includes(g)) {
      ctx.findings.push({
        class: 'invalid-manifest',
        severity: 'error',
        message: `Dependency group ${g} includes itself (${[...stack, g].join(' → ')}).`,
        manifest: { file: m.rel, line: m.lines.keyLine('dependency-groups', entry.key) },
      });
      return [];
    }
    const gm = groupMarker(ctx, m, g);
    const items: Item[] = [];
    const keyLine = m.lines.keyLine('dependency-groups', entry.key);
    for (const item of entry.items) {
      if (typeof item === 'string') {
        const line = keyLine !== undefined ? (m.lines.stringLine(item, keyLine) ?? keyLine) : undefined;
        items.push({ text: item, marker: gm, line });
      } else if (isTable(item) && typeof item['include-group'] === 'string') {
        const inc = resolve(normalizeName(item['include-group']), [...stack, g]);
        items.push(...inc.map((r) => ({ ...r, marker: andMarkers(r.marker, gm) })));
      }
    }
    flat.set(g, items);
    return items;
  };
  for (const g of groups.keys()) resolve(g, []);
  // legacy tool.uv.dev-dependencies merge into `dev` (uv keeps a set: duplicates collapse)
  const legacy = arr(tbl(tbl(m.data, 'tool'), 'uv')?.['dev-dependencies']).filter((s): s is string => typeof s === 'string');
  if (legacy.length) {
    const keyLine = m.lines.keyLine('tool.uv', 'dev-dependencies');
    const extra = legacy.map((s) => ({ text: s, line: keyLine !== undefined ? (m.lines.stringLine(s, keyLine) ?? keyLine) : undefined }));
    flat.set('dev', [...(flat.get('dev') ?? []), ...extra]);
  }
  const out = new Map<string, Req[]>();
  for (const [g, items] of flat) {
    out.set(
      g,
      items.flatMap((it) => expectedReq(ctx, it.text, it.marker, sources, indexes, m, members, it.line, { group: g })),
    );
  }
  return out;
}

function compareGroups(
  ctx: Ctx,
  exp: Map<string, Req[]>,
  recT: TomlTable,
  lines: TomlLineIndex,
  range: LineRange,
  rp: string | undefined,
  m: LocalProject,
  owner: string,
): void {
  const rec = new Map<string, Req[]>();
  for (const [k, v] of Object.entries(recT)) {
    rec.set(
      normalizeName(k),
      reqList(ctx, v, lines, () => {
        const [from, to] = range();
        return [lines.findLine(from, to, (l) => l.startsWith(`${k} =`)) ?? from, to];
      }),
    );
  }
  const names = new Set([...exp.keys(), ...rec.keys()]);
  for (const g of names) {
    const e = exp.get(g) ?? [];
    const r = rec.get(g) ?? [];
    // uv records an empty group (`empty = []`) too: a group present on one side only is a change
    if (!e.length && !r.length && exp.has(g) === rec.has(g)) continue;
    if (!rec.has(g)) {
      ctx.findings.push({
        class: 'drift',
        severity: 'error',
        message: `Dependency group ${g} of ${owner} is not recorded in uv.lock (added after locking).`,
        expected: e.map((x) => x.display).join(', ') || '(empty)',
        found: '(absent)',
        manifest: { file: m.rel, line: m.lines.keyLine('dependency-groups', g) ?? m.lines.keyLine('tool.uv', 'dev-dependencies') },
        lock: { file: ctx.lockRel, line: range()[0] },
        fix: FIX,
      });
      continue;
    }
    if (!exp.has(g) && !r.length) {
      ctx.findings.push({
        class: 'drift',
        severity: 'error',
        message: `uv.lock records an empty dependency group ${g} of ${owner}, which the manifest no longer declares.`,
        expected: '(absent)',
        found: '(empty)',
        manifest: { file: m.rel },
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

function compareLocalPackage(
  ctx: Ctx,
  p: LockPkg,
  m: LocalProject,
  lines: TomlLineIndex,
  rp: string | undefined,
  sources: Map<string, SourceSpec>,
  indexes: Map<string, string>,
  members: Map<string, LocalProject>,
): void {
  const project = tbl(m.data, 'project');
  if (!project) {
    ctx.uncertain.push(`${m.rel} has no [project] table (legacy or non-PEP 621 metadata needs a build)`);
    return;
  }
  const dynamic = arr(project.dynamic).filter((d): d is string => typeof d === 'string');
  // Lock lines only for findings (the first lookup indexes the whole lock).
  const end = (): number => lines.arrayTable('package', p.index)?.endLine ?? p.line;
  const meta = (): TomlSection | undefined => lines.subTable('package.metadata', p.index);
  const metaLine = (): number => meta()?.line ?? p.line;
  const metaEnd = (): number => meta()?.endLine ?? end();
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
  if (!dynamic.includes('version') && pv !== undefined && p.version === undefined) {
    // uv writes no version for a package whose version is dynamic
    ctx.findings.push({
      class: 'drift',
      severity: 'error',
      package: p.name,
      message: `${p.name} now has a static version (${pv}), but uv.lock records it as dynamic (no version).`,
      expected: pv,
      found: '(dynamic)',
      manifest: { file: m.rel, line: m.lines.keyLine('project', 'version') },
      lock: { file: ctx.lockRel, line: p.line },
      fix: FIX,
    });
  } else if (dynamic.includes('version') && p.version !== undefined) {
    ctx.uncertain.push(`${m.rel} declares a dynamic version, but uv.lock records ${p.name} ${p.version}; uv builds the package to compare`);
  }
  const isMember = members.get(p.name)?.dir === m.dir;
  const uvT = tbl(tbl(m.data, 'tool'), 'uv') ?? {};
  if (isMember) {
    // uv records a member as `virtual` (not a package) or `editable`: tool.uv.package, else (for the
    // root project) [build-system]; another member without [build-system] stays a package (uv 0.13)
    const isRoot = m.dir === ctx.lockDir;
    const explicit = typeof uvT.package === 'boolean' ? uvT.package : undefined;
    const hasBuild = isTable(m.data['build-system']);
    const isPackage = explicit ?? hasBuild;
    const recorded = 'virtual' in p.source ? 'virtual' : 'editable' in p.source ? 'editable' : undefined;
    const definite = isRoot || explicit !== undefined;
    if (recorded !== undefined && !definite && recorded === 'virtual' && hasBuild) {
      ctx.uncertain.push(`workspace member ${p.name} has a [build-system] but uv.lock records it as virtual`);
    } else if (recorded !== undefined && definite && (recorded === 'editable') !== isPackage) {
      ctx.findings.push({
        class: 'drift',
        severity: 'error',
        package: p.name,
        message: `${p.name} is now ${isPackage ? 'a package (built and installed)' : 'virtual (not built)'}, but uv.lock records it as ${recorded}.`,
        expected: isPackage ? 'editable' : 'virtual',
        found: recorded,
        manifest: {
          file: m.rel,
          line: typeof uvT.package === 'boolean' ? m.lines.keyLine('tool.uv', 'package') : (m.lines.tableLine('build-system') ?? m.lines.tableLine('project')),
        },
        lock: { file: ctx.lockRel, line: lines.findLine(p.line, end(), (l) => l.startsWith('source =')) ?? p.line },
        fix: FIX,
      });
    }
    // default-groups: recorded on the member's [[package]] unless it is the default ["dev"]
    const groupsKey = (v: unknown): string | undefined => {
      if (v === undefined) return 'dev';
      if (v === 'all') return '"all"';
      if (!Array.isArray(v) || !v.every((g) => typeof g === 'string')) return undefined;
      return [...new Set(v.map((g) => normalizeName(g)))].sort().join(', ');
    };
    const expDg = groupsKey(uvT['default-groups']);
    const recDg = groupsKey(p.data['default-groups']);
    if (expDg === undefined || recDg === undefined) ctx.uncertain.push(`the default-groups of ${p.name} cannot be compared`);
    else if (expDg !== recDg) {
      const finding: Finding = {
        class: 'drift',
        severity: 'error',
        package: p.name,
        message: `tool.uv.default-groups of ${p.name} changed since uv.lock was written.`,
        expected: expDg === '' ? '[]' : expDg,
        found: recDg === '' ? '[]' : recDg,
        manifest: { file: m.rel, line: m.lines.keyLine('tool.uv', 'default-groups') ?? m.lines.tableLine('tool.uv') },
        lock: { file: ctx.lockRel, line: lines.findLine(p.line, end(), (l) => l.startsWith('default-groups')) ?? p.line },
        fix: FIX,
      };
      if (m.dir === ctx.lockDir) ctx.findings.push(finding);
      else ctx.uncertain.push(`tool.uv.default-groups of workspace member ${p.name} may differ from uv.lock`);
    }
  }
  if (dynamic.includes('dependencies') || dynamic.includes('optional-dependencies')) {
    ctx.uncertain.push(`${m.rel} declares dynamic ${dynamic.filter((d) => d.includes('dependencies')).join(' and ')}; uv builds the package to read them`);
    return;
  }
  const metaT = tbl(p.data, 'metadata') ?? {};
  // requires-dist
  const exp: Req[] = [];
  const depLine = m.lines.keyLine('project', 'dependencies');
  for (const s of arr(project.dependencies)) {
    if (typeof s !== 'string') continue;
    exp.push(...expectedReq(ctx, s, undefined, sources, indexes, m, members, depLine !== undefined ? (m.lines.stringLine(s, depLine) ?? depLine) : undefined));
  }
  const optional = tbl(project, 'optional-dependencies') ?? {};
  for (const [extra, list] of Object.entries(optional)) {
    const em: MarkerNode = { type: 'cmp', left: { kind: 'var', name: 'extra' }, op: '==', right: { kind: 'str', value: normalizeName(extra) } };
    const kl = m.lines.keyLine('project.optional-dependencies', extra);
    for (const s of arr(list)) {
      if (typeof s !== 'string') continue;
      exp.push(...expectedReq(ctx, s, em, sources, indexes, m, members, kl !== undefined ? (m.lines.stringLine(s, kl) ?? kl) : undefined, { extra: normalizeName(extra) }));
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
  const recExtras = new Set(arr(metaT['provides-extras']).filter((e): e is string => typeof e === 'string').map(normalizeName));
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

  // group-requires-python: [tool.uv.dependency-groups] requires-python, per group with its includes
  // (recorded for workspace members only; a path dependency's groups carry it in their markers)
  if (isMember) compareGroupRequiresPython(ctx, p, m, lines);

  // requires-dev
  const expGroups = expectedGroups(ctx, m, sources, indexes, members);
  const devRange: LineRange = () => {
    const devSec = lines.subTable('package.metadata.requires-dev', p.index);
    return [devSec?.line ?? metaLine(), devSec?.endLine ?? metaEnd()];
  };
  compareGroups(ctx, expGroups, tbl(metaT, 'requires-dev') ?? {}, lines, devRange, rp, m, p.name);
}

/**
 * `[package.group-requires-python]` of a member: for each dependency group whose own or included
 * groups set `tool.uv.dependency-groups.<g>.requires-python`, the specifiers of all of them (uv joins
 * and sorts them: `dev = ">=3.8,>=3.10,<3.14"`). uv compares the table: a group added, removed or
 * changed there is a change even when the markers of requires-dev do not show it.
 */
function compareGroupRequiresPython(ctx: Ctx, p: LockPkg, m: LocalProject, lines: TomlLineIndex): void {
  const raw = tbl(m.data, 'dependency-groups') ?? {};
  const includes = new Map<string, string[]>();
  for (const [k, v] of Object.entries(raw)) {
    includes.set(
      normalizeName(k),
      arr(v)
        .filter((i): i is TomlTable => isTable(i) && typeof i['include-group'] === 'string')
        .map((i) => normalizeName(i['include-group'] as string)),
    );
  }
  const own = new Map<string, string>();
  for (const [k, v] of Object.entries(tbl(tbl(tbl(m.data, 'tool'), 'uv'), 'dependency-groups') ?? {})) {
    const rp = isTable(v) ? str(v['requires-python']) : undefined;
    if (rp !== undefined) own.set(normalizeName(k), rp);
  }
  const recT = tbl(p.data, 'group-requires-python') ?? {};
  if (!own.size && !Object.keys(recT).length) return;
  const expected = new Map<string, string[]>();
  for (const g of includes.keys()) {
    const seen = new Set<string>();
    const stack = [g];
    const specs: string[] = [];
    while (stack.length) {
      const x = stack.pop()!;
      if (seen.has(x)) continue;
      seen.add(x);
      const rp = own.get(x);
      if (rp !== undefined) specs.push(rp);
      stack.push(...(includes.get(x) ?? []));
    }
    if (specs.length) expected.set(g, specs);
  }
  const recorded = new Map<string, string>();
  for (const [k, v] of Object.entries(recT)) if (typeof v === 'string') recorded.set(normalizeName(k), v);
  const clauses = (s: string): string[] => s.split(',').map((c) => c.trim()).filter(Boolean);
  for (const g of new Set([...expected.keys(), ...recorded.keys()])) {
    const e = expected.get(g);
    const r = recorded.get(g);
    let differs = e === undefined || r === undefined;
    if (e !== undefined && r !== undefined) {
      const expText = e.join(',');
      if (canonicalSpecifiers(expText) !== canonicalSpecifiers(r)) differs = true;
      else if (clauses(expText).length !== clauses(r).length) {
        ctx.uncertain.push(`the requires-python of dependency group ${g} of ${p.name} repeats a specifier; its comparison is not modelled`);
      }
    }
    if (!differs) continue;
    ctx.findings.push({
      class: 'drift',
      severity: 'error',
      package: p.name,
      message: `The requires-python of dependency group ${g} of ${p.name} changed since uv.lock was written.`,
      expected: e?.join(',') ?? '(none)',
      found: r ?? '(none)',
      manifest: { file: m.rel, line: m.lines.tableLine('tool.uv.dependency-groups') ?? m.lines.tableLine(`tool.uv.dependency-groups.${g}`) },
      lock: { file: ctx.lockRel, line: lines.subTable('package.group-requires-python', p.index)?.line ?? p.line },
      fix: FIX,
    });
  }
}

const PYPI_SIMPLE = 'https://pypi.org/simple';
const INDEX_ENV = ['UV_INDEX', 'UV_DEFAULT_INDEX', 'UV_INDEX_URL', 'UV_EXTRA_INDEX_URL', 'UV_FIND_LINKS', 'UV_NO_INDEX'];

/**
 * uv's `Lock::satisfies` rejects a lock whose registry packages come from an index that is no longer
 * configured (`MissingRemoteIndex`): the allowed set is every `[[tool.uv.index]]` (explicit ones too),
 * `index-url`, `extra-index-url`, `find-links`, and PyPI unless a default index replaces it or
 * `no-index` is set; URLs compare parsed, without credentials (a trailing slash counts). Indexes set
 * through the environment or declared by other members make a miss inconclusive.
 */
function checkRegistries(
  ctx: Ctx,
  pkgs: LockPkg[],
  settings: TomlTable,
  settingsFile: string,
  root: LocalProject,
  members: Map<string, LocalProject>,
  lines: TomlLineIndex,
): void {
  const registries = pkgs.filter((p) => typeof p.source.registry === 'string');
  if (!registries.length) return;
  const allowed = new Set<string>();
  let replacesDefault = false;
  let pathIndex = false;
  const add = (u: unknown): void => {
    if (typeof u !== 'string') return;
    if (!/^https?:\/\//i.test(u.trim())) {
      pathIndex = true;
      return;
    }
    allowed.add(canonicalUrl(u).href);
  };
  // no-index disables every index, [[tool.uv.index]] included; find-links stay
  const noIndex = settings['no-index'] === true;
  if (!noIndex) {
    for (const ix of arr(settings.index)) {
      if (!isTable(ix)) continue;
      add(ix.url);
      if (ix.default === true) replacesDefault = true;
    }
    if (settings['index-url'] !== undefined) {
      add(settings['index-url']);
      replacesDefault = true;
    }
    for (const u of arr(settings['extra-index-url'])) add(u);
  }
  for (const u of arr(settings['find-links'])) add(u);
  // what could also allow (or disallow) an index: the environment, other members' index tables
  const envSet = INDEX_ENV.filter((k) => ctx.env[k] !== undefined && ctx.env[k] !== '');
  // a default index (or no-index) from the environment replaces PyPI as well; its URLs are allowed
  if (!noIndex && !replacesDefault && !envSet.some((k) => ['UV_DEFAULT_INDEX', 'UV_INDEX_URL', 'UV_NO_INDEX'].includes(k))) allowed.add(canonicalUrl(PYPI_SIMPLE).href);
  for (const k of envSet) for (const part of (ctx.env[k] ?? '').split(/[\s,]+/)) add(part.replace(/^[A-Za-z0-9_.-]+=/, ''));
  const otherIndexes = [...members.values()].some((m) => m !== root && arr(tbl(tbl(m.data, 'tool'), 'uv')?.index).length > 0);
  const reported = new Set<string>();
  for (const p of registries) {
    const raw = p.source.registry as string;
    if (!/^https?:\/\//i.test(raw)) {
      ctx.uncertain.push(`${p.name} comes from a local index (${raw}); local indexes are not compared`);
      continue;
    }
    const href = canonicalUrl(raw).href;
    if (allowed.has(href) || reported.has(href)) continue;
    if (envSet.length || otherIndexes || pathIndex) {
      ctx.uncertain.push(`${p.name} comes from ${maskUrl(raw)}, which the project's settings do not list (${envSet.length ? `indexes set through ${envSet.join(', ')}` : otherIndexes ? 'other workspace members declare indexes' : 'local indexes are not compared'})`);
      reported.add(href);
      continue;
    }
    reported.add(href);
    ctx.findings.push({
      class: 'drift',
      severity: 'error',
      package: p.name,
      message: `${p.name} is locked from ${maskUrl(raw)}, which is no longer a configured index (uv re-resolves). If the workflow configures that index through the environment (UV_INDEX_URL, UV_DEFAULT_INDEX, UV_INDEX) or a user-level uv.toml, give this step the same setting.`,
      expected: [...allowed].map(maskUrl).join(', ') || '(no index)',
      found: maskUrl(raw),
      manifest: { file: settingsFile, line: root.lines.tableLine('tool.uv.index') ?? root.lines.keyLine('tool.uv', 'index-url') ?? root.lines.keyLine('tool.uv', 'no-index') },
      lock: { file: ctx.lockRel, line: lines.findLine(p.line, p.line + 4, (l) => l.startsWith('source =')) ?? p.line },
      fix: FIX,
    });
  }
}

/**
 * tool.uv.exclude-newer-package against [options.exclude-newer-package] (uv 0.13.9, observed): per
 * package, `false` (no cutoff) counts as the latest cutoff; a requested cutoff at or after the recorded
 * one keeps the lock, an earlier one, a removed entry or a new dated entry is a change; a new `false`
 * entry is not.
 */
function compareExcludeNewerPackage(ctx: Ctx, recT: TomlTable, reqRaw: unknown, settingsFile: string, root: LocalProject, lines: TomlLineIndex): void {
  if (ctx.env.UV_EXCLUDE_NEWER_PACKAGE) {
    ctx.uncertain.push('UV_EXCLUDE_NEWER_PACKAGE is set; its form is not compared');
    return;
  }
  if (reqRaw !== undefined && !isTable(reqRaw)) {
    ctx.uncertain.push('tool.uv.exclude-newer-package is not a table');
    return;
  }
  const value = (v: unknown): number | undefined => (v === false ? Infinity : typeof v === 'string' ? parseExcludeNewer(v) : undefined);
  const norm = (t: TomlTable): Map<string, unknown> => new Map(Object.entries(t).map(([k, v]) => [normalizeName(k), v]));
  const rec = norm(recT);
  const req = norm(reqRaw ?? {});
  const changed: string[] = [];
  for (const name of new Set([...rec.keys(), ...req.keys()])) {
    const r = rec.get(name);
    const q = req.get(name);
    if (r === undefined) {
      if (q === false) continue;
      changed.push(`${name} added`);
      continue;
    }
    if (q === undefined) {
      changed.push(`${name} removed`);
      continue;
    }
    const rv = value(r);
    const qv = value(q);
    if (rv === undefined || qv === undefined) {
      ctx.uncertain.push(`exclude-newer-package of ${name} (${String(q)} vs ${String(r)}) cannot be compared`);
      continue;
    }
    if (qv < rv) changed.push(`${name} moved earlier`);
  }
  if (!changed.length) return;
  ctx.findings.push({
    class: 'drift',
    severity: 'error',
    message: `tool.uv.exclude-newer-package changed since uv.lock was written (${changed.join(', ')}).`,
    manifest: { file: settingsFile, line: root.lines.keyLine('tool.uv', 'exclude-newer-package') ?? root.lines.tableLine('tool.uv.exclude-newer-package') },
    lock: { file: ctx.lockRel, line: lines.tableLine('options.exclude-newer-package') ?? lines.tableLine('options') ?? 1 },
    fix: FIX,
  });
}

// ---------------------------------------------------------------- `uv export` markers

/** What a `uv export` selects from the root project (as parsed from its command line). */
export interface UvExportScope {
  /** Normalised name of the exported project (the lock's root package). */
  root: string;
  /** The project's own dependencies are exported (false for `--only-group` / `--only-dev`). */
  dependencies: boolean;
  /** Extras of the root project: `all` for `--all-extras`. */
  extras: 'all' | string[];
  /** Dependency groups of the root project, after defaults and `--no-group`. */
  groups: string[];
}

/** A pin of an export (requirements.txt line or pylock package) with the marker written there. */
export interface UvExportPin {
  name: string;
  version: string;
  /** The marker text after `;` (undefined: none). */
  marker?: string;
}

export interface UvExportMarkerMismatch {
  name: string;
  version: string;
  /** The marker a fresh `uv export` writes, semantically (our rendering, not uv's text); '(none)' = no marker. */
  expected: string;
  found: string;
}

/**
 * The environment markers `uv export` writes for each package of the lock, semantically: for every
 * package, the disjunction over the paths from the root project of the conjunction of the edge
 * markers recorded in uv.lock (extras followed as their own nodes). Keyed by `name==version`;
 * undefined value = no marker. Returns undefined (no verdict) for locks this does not model:
 * conflicts, several members, supported-markers, ambiguous edges, unparseable markers.
 */
export function uvExportMarkers(lock: TomlTable, scope: UvExportScope): Map<string, MarkerNode | undefined> | undefined {
  if (arr(lock.conflicts).length || arr(lock['supported-markers']).length) return undefined;
  const manifest = tbl(lock, 'manifest') ?? {};
  if (arr(manifest.members).length > 1) return undefined;
  const requiresPython = str(lock['requires-python']);
  const packages = arr(lock.package).filter(isTable);
  const byName = new Map<string, TomlTable[]>();
  for (const p of packages) if (typeof p.name === 'string') byName.set(normalizeName(p.name), [...(byName.get(normalizeName(p.name)) ?? []), p]);
  const key = (p: TomlTable): string => `${normalizeName(p.name as string)}==${str(p.version) ?? ''}`;
  const roots = (byName.get(scope.root) ?? []).filter((p) => {
    const s = tbl(p, 'source');
    return s?.editable === '.' || s?.virtual === '.';
  });
  if (roots.length !== 1) return undefined;
  const root = roots[0]!;
  const target = (e: TomlTable): TomlTable | undefined | null => {
    if (typeof e.name !== 'string') return null;
    let c = byName.get(normalizeName(e.name)) ?? [];
    const v = str(e.version);
    if (v !== undefined) c = c.filter((p) => typeof p.version === 'string' && versionsEqual(p.version, v));
    const es = tbl(e, 'source');
    if (es && c.length > 1) {
      const sj = JSON.stringify(Object.entries(es).sort());
      c = c.filter((p) => JSON.stringify(Object.entries(tbl(p, 'source') ?? {}).sort()) === sj);
    }
    return c.length === 1 ? c[0] : c.length === 0 ? undefined : null;
  };
  // node = package or package[extra]; reach = disjunction of the path markers (undefined = always)
  const reach = new Map<string, MarkerNode | undefined>();
  const pkgOf = new Map<string, TomlTable>();
  const queue: [node: string, pkg: TomlTable, marker: MarkerNode | undefined][] = [];
  // Most edges repeat a handful of marker texts (`sys_platform == 'win32'`): parse each once.
  const parsed = new Map<string, MarkerNode>();
  const parseOnce = (text: string): MarkerNode => parsed.get(text) ?? parsed.set(text, parseMarker(text)).get(text)!;
  let budget = 20000;
  let failed = false;
  const visit = (edges: unknown[], from: MarkerNode | undefined): void => {
    for (const e of edges) {
      if (!isTable(e)) continue;
      const p = target(e);
      if (p === undefined) continue; // a dangling edge: integrity reports it
      if (p === null) {
        failed = true;
        return;
      }
      let m: MarkerNode | undefined;
      try {
        m = typeof e.marker === 'string' ? parseOnce(e.marker) : undefined;
      } catch {
        failed = true;
        return;
      }
      const through = andMarkers(from, m);
      queue.push([key(p), p, through]);
      for (const x of arr(e.extra)) if (typeof x === 'string') queue.push([`${key(p)}[${normalizeName(x)}]`, p, through]);
    }
  };
  const rootOpt = tbl(root, 'optional-dependencies') ?? {};
  const rootDev = tbl(root, 'dev-dependencies') ?? {};
  if (scope.dependencies) {
    visit(arr(root.dependencies), undefined);
    for (const [x, list] of Object.entries(rootOpt)) if (scope.extras === 'all' || scope.extras.includes(normalizeName(x))) visit(arr(list), undefined);
  }
  for (const [g, list] of Object.entries(rootDev)) if (scope.groups.includes(normalizeName(g))) visit(arr(list), undefined);
  const rootKey = key(root);
  for (let head = 0; head < queue.length && !failed; head++) {
    if (--budget < 0) return undefined;
    const [node, pkg, m] = queue[head]!;
    if (node === rootKey || node.startsWith(`${rootKey}[`)) continue; // the project itself: `-e .`, never marked
    let next: MarkerNode | undefined;
    if (reach.has(node)) {
      const old = reach.get(node);
      if (old === undefined) continue; // already unconditional
      if (m === undefined) next = undefined;
      else if (m === old || markerToString(m) === markerToString(old)) continue; // the same condition again: nothing new
      else {
        const merged = orMarkers([old, m]);
        const c = compareMarkers(merged, old, requiresPython);
        if (c === 'unknown') return undefined;
        if (c === 'equal') continue;
        next = merged;
      }
    } else next = m;
    reach.set(node, next);
    pkgOf.set(node, pkg);
    const extra = /\[([^\]]*)\]$/.exec(node)?.[1];
    if (extra === undefined) visit(arr(pkg.dependencies), next);
    else {
      // an extra node reaches its base package and the extra's dependencies
      queue.push([key(pkg), pkg, next]);
      for (const [x, list] of Object.entries(tbl(pkg, 'optional-dependencies') ?? {})) if (normalizeName(x) === extra) visit(arr(list), next);
    }
  }
  if (failed) return undefined;
  const out = new Map<string, MarkerNode | undefined>();
  for (const [node, m] of reach) if (!node.includes('[')) out.set(node, m);
  return out;
}

/**
 * Compare the markers of an export's pins with what a fresh `uv export` of the lock writes (see
 * uvExportMarkers). `mismatches`: pins whose marker differs semantically (stale export); `unsure`:
 * reasons a pin could not be compared. undefined: the lock is not modelled (no verdict at all).
 */
export function checkUvExportMarkers(lock: TomlTable, scope: UvExportScope, pins: UvExportPin[]): { mismatches: UvExportMarkerMismatch[]; unsure: string[] } | undefined {
  const expected = uvExportMarkers(lock, scope);
  if (!expected) return undefined;
  const requiresPython = str(lock['requires-python']);
  const mismatches: UvExportMarkerMismatch[] = [];
  const unsure: string[] = [];
  const keysByName = new Map<string, string[]>();
  for (const k of expected.keys()) {
    const name = k.slice(0, k.indexOf('=='));
    keysByName.set(name, [...(keysByName.get(name) ?? []), k]);
  }
  for (const pin of pins) {
    const name = normalizeName(pin.name);
    const k = keysByName.get(name)?.find((x) => versionsEqual(x.slice(x.indexOf('==') + 2), pin.version));
    if (k === undefined) continue; // not in the selection: the name comparison reports it
    const want = expected.get(k);
    let found: MarkerNode | undefined;
    try {
      found = pin.marker?.trim() ? parseMarker(pin.marker) : undefined;
    } catch {
      unsure.push(`the marker of ${name} in the export cannot be parsed`);
      continue;
    }
    // Written as we would write it: equal without sampling environments (most pins).
    if (want && found && markerToString(want, "'") === markerToString(found, "'")) continue;
    const c = compareMarkers(want, found, requiresPython);
    if (c === 'unknown') unsure.push(`the marker of ${name} uses variables whose comparison is not modelled exactly`);
    else if (c === 'different') {
      mismatches.push({ name, version: pin.version, expected: want ? markerToString(want, "'") : '(none)', found: pin.marker?.trim() || '(none)' });
    }
  }
  return { mismatches, unsure };
}
