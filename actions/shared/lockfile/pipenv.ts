/**
 * Pipfile.lock checker: `_meta.hash.sha256` in both name-normalisation variants
 * (pipenv ≥ 2026.4 canonicalises package keys; older pipenv hashes raw keys), pins,
 * hashes, VCS refs, index names, credentials, and drift details against the Pipfile.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import type { Finding, LockCheckResult, LockedPackage, ProjectInput } from './types.js';
import { firstHashProblem, malformedHashFinding } from './hashes.js';
import { findUrlCredentials, isFullCommitSha, normalizeName } from './names.js';
import { versionTools } from './version-tools.js';
import { pyJsonDumps, PyJsonUnsupportedError, PY_COMPACT_SEPARATORS } from './pyjson.js';
import { parseToml, readManifestBeside, readProjectFile, relPath, TomlLineIndex, type TomlTable } from './toml.js';

export const PIPENV_FIX = 'pipenv lock';
const PIPFILE_SECTIONS = new Set(['source', 'packages', 'dev-packages', 'requires', 'scripts', 'pipfile', 'pipenv']);
export const PIPENV_DEFAULT_SOURCE = { name: 'pypi', url: 'https://pypi.org/simple', verify_ssl: true };

function isTable(v: unknown): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

export type PipenvHashVariant = 'canonical' | 'legacy';

/** Lock category for a Pipfile section. */
export function pipfileCategory(section: string): string {
  return section === 'packages' ? 'default' : section === 'dev-packages' ? 'develop' : section;
}

/** The document pipenv hashes (plette `Pipfile.get_hash`; `canonical` = pipenv ≥ 2026.4 `calculate_hash`). */
export function pipfileHashDocument(pipfile: TomlTable, variant: PipenvHashVariant): Record<string, unknown> {
  const norm = (section: unknown): unknown => {
    if (variant === 'legacy' || !isTable(section)) return section;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(section)) out[normalizeName(k)] = v;
    return out;
  };
  const data: Record<string, unknown> = {
    _meta: { sources: pipfile['source'] ?? [PIPENV_DEFAULT_SOURCE], requires: pipfile['requires'] ?? {} },
    default: norm(pipfile['packages'] ?? {}),
    develop: norm(pipfile['dev-packages'] ?? {}),
  };
  for (const [category, values] of Object.entries(pipfile)) {
    if (PIPFILE_SECTIONS.has(category) || category === 'default' || category === 'develop') continue;
    data[category] = norm(values);
  }
  return data;
}

export function pipfileHash(pipfile: TomlTable, variant: PipenvHashVariant): string {
  return createHash('sha256').update(pyJsonDumps(pipfileHashDocument(pipfile, variant), { separators: PY_COMPACT_SEPARATORS }), 'utf8').digest('hex');
}

/** 1-based line of the first JSON string literal equal to `value` (as json.dump writes it). */
function lineOfString(text: string, value: string): number | undefined {
  const at = text.indexOf(JSON.stringify(value));
  if (at < 0) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Line locator for pipenv's 4-space-indented JSON: category → package → line. */
class JsonLines {
  readonly cats = new Map<string, { line: number; entries: Map<string, number> }>();
  metaHashLine: number | undefined;
  constructor(text: string) {
    const lines = text.split(/\r?\n/);
    let cat: { line: number; entries: Map<string, number> } | undefined;
    for (let i = 0; i < lines.length; i++) {
      const m = /^( *)"((?:[^"\\]|\\.)*)"\s*:/.exec(lines[i]!);
      if (!m) continue;
      const depth = m[1]!.length;
      if (depth === 4) {
        cat = { line: i + 1, entries: new Map() };
        this.cats.set(m[2]!, cat);
      } else if (depth === 8 && cat) {
        if (!cat.entries.has(m[2]!)) cat.entries.set(m[2]!, i + 1);
      } else if (m[2] === 'sha256' && this.metaHashLine === undefined) this.metaHashLine = i + 1;
    }
  }
  entry(cat: string, name: string): number | undefined {
    const c = this.cats.get(cat);
    return c?.entries.get(name) ?? c?.line;
  }
}

/** Line of the first JSON string `value` at or after line `from` (for a finding; falls back to `from`). */
function stringLineAfter(text: string, from: number | undefined, value: string): number | undefined {
  let pos = 0;
  for (let l = 1; l < (from ?? 1) && pos >= 0; l++) pos = text.indexOf('\n', pos) + 1;
  const at = text.indexOf(JSON.stringify(value), Math.max(0, pos));
  return at < 0 ? from : text.slice(0, at).split('\n').length;
}

function jsonErrorLine(text: string, err: Error): number | undefined {
  const pos = /position (\d+)/.exec(err.message);
  if (pos) return text.slice(0, Number(pos[1])).split('\n').length;
  const ln = /line (\d+)/.exec(err.message);
  return ln ? Number(ln[1]) : undefined;
}

const VCS_KEYS = ['git', 'hg', 'svn', 'bzr'] as const;

/** Pipfile keys pipenv turns into PEP 508 markers (`sys_platform = "== 'win32'"`). */
const PIPFILE_MARKER_KEYS = [
  'os_name',
  'sys_platform',
  'platform_machine',
  'platform_python_implementation',
  'platform_release',
  'platform_system',
  'platform_version',
  'python_version',
  'python_full_version',
  'implementation_name',
  'implementation_version',
] as const;

/**
 * The marker of each Pipfile entry, by lock category and canonical name: `markers` plus the
 * marker keys. pipenv drops the marker keys from the lock entry of a package it could not
 * resolve because the marker does not hold on the locking Python. Best effort: an unreadable
 * Pipfile yields an empty map (the freshness check reports it later).
 */
function pipfileMarkers(lockfile: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const file = join(dirname(lockfile), 'Pipfile');
  let pipfile: TomlTable;
  try {
    if (!existsSync(file)) return out;
    pipfile = parseToml(readProjectFile(file, undefined, 'Pipfile'), 'Pipfile');
  } catch {
    return out;
  }
  for (const [section, pkgs] of Object.entries(pipfile)) {
    if (!isTable(pkgs) || (PIPFILE_SECTIONS.has(section) && section !== 'packages' && section !== 'dev-packages')) continue;
    const cat = new Map<string, string>();
    for (const [name, value] of Object.entries(pkgs)) {
      if (!isTable(value)) continue;
      const parts: string[] = [];
      if (typeof value['markers'] === 'string' && value['markers'].trim()) parts.push(value['markers'].trim());
      for (const k of PIPFILE_MARKER_KEYS) if (typeof value[k] === 'string') parts.push(`${k} ${String(value[k]).trim()}`);
      if (parts.length) cat.set(normalizeName(name), parts.join(' and '));
    }
    if (cat.size) out.set(pipfileCategory(section), cat);
  }
  return out;
}

export function checkPipenv(input: ProjectInput): LockCheckResult {
  const ws = input.workspace;
  const lockRel = relPath(ws, input.lockfile);
  const lockText = readProjectFile(input.lockfile, undefined, lockRel);
  let lock: unknown;
  try {
    lock = JSON.parse(lockText);
  } catch (err) {
    throw new UserError(`${lockRel} is not valid JSON: ${(err as Error).message}`, {
      title: 'invalid JSON',
      location: { file: lockRel, line: jsonErrorLine(lockText, err as Error) },
      hint: `Regenerate it with \`${PIPENV_FIX}\`.`,
      cause: err,
    });
  }
  if (!isTable(lock) || !isTable(lock['_meta'])) {
    throw new UserError(`${lockRel} has no _meta object; it is not a Pipfile.lock.`, { title: 'invalid lockfile', location: { file: lockRel, line: 1 }, hint: `Regenerate it with \`${PIPENV_FIX}\`.` });
  }
  const meta = lock['_meta'] as TomlTable;
  const jl = new JsonLines(lockText);
  const findings: Finding[] = [];
  const spec = meta['pipfile-spec'];
  const result: LockCheckResult = { manager: 'pipenv', lockfile: input.lockfile, freshness: 'inconclusive', packages: 0, findings, locked: [] };
  if (spec !== undefined) result.formatVersion = String(spec);
  const metaLine = jl.cats.get('_meta')?.line;
  let formatOk = true;
  if (spec !== 6) {
    formatOk = false;
    findings.push({
      class: 'unsupported-format',
      severity: 'error',
      message: `Pipfile.lock pipfile-spec ${String(spec ?? '(missing)')} is not supported (expected 6).`,
      expected: '6',
      found: String(spec ?? '(missing)'),
      lock: { file: lockRel, line: metaLine },
      fix: PIPENV_FIX,
    });
  }

  // Sources.
  const sources = Array.isArray(meta['sources']) ? (meta['sources'] as unknown[]).filter(isTable) : [];
  const sourceNames = new Set(sources.map((s) => s['name']).filter((n): n is string => typeof n === 'string'));
  for (const s of sources) {
    if (typeof s['url'] !== 'string') continue;
    const cred = findUrlCredentials(s['url']);
    if (cred) {
      findings.push({
        class: 'credentials-in-url',
        severity: 'error',
        message: `Source ${String(s['name'] ?? '')} URL carries credentials (${cred.kind}): ${cred.masked}`,
        found: cred.masked,
        expected: 'a URL with ${ENV_VAR} references instead of literal credentials',
        lock: { file: lockRel, line: lineOfString(lockText, s['url']) ?? metaLine },
        // The lock copies the Pipfile's [[source]]: fix it there, then relock.
        fix: PIPENV_FIX,
      });
    }
  }

  // Packages.
  let declaredMarkers: Map<string, Map<string, string>> | undefined;
  const distinct = new Set<string>();
  const versionsByCat = new Map<string, Map<string, string>>();
  for (const [cat, entries] of Object.entries(lock)) {
    if (cat === '_meta' || !isTable(entries)) continue;
    const catVersions = new Map<string, string>();
    versionsByCat.set(cat, catVersions);
    for (const [rawName, e] of Object.entries(entries)) {
      if (!isTable(e)) continue;
      const name = normalizeName(rawName);
      const at = { file: lockRel, line: jl.entry(cat, rawName) };
      const vcs = VCS_KEYS.find((k) => typeof e[k] === 'string');
      const isPath = typeof e['path'] === 'string' || typeof e['file'] === 'string' || e['editable'] === true;
      const version = typeof e['version'] === 'string' ? e['version'] : '';
      const exact = /^===?\s*[^,;<>!~=*\s]+$/.test(version) && !version.endsWith('.*');
      const bare = version.replace(/^===?\s*/, '');
      const hashes = Array.isArray(e['hashes']) ? (e['hashes'] as unknown[]).filter((h): h is string => typeof h === 'string') : [];
      if (!vcs && !isPath) {
        distinct.add(`${name}@${bare}`);
        catVersions.set(name, bare);
      }
      const lp: LockedPackage = { name, version: bare, source: vcs ? 'git' : isPath ? 'path' : typeof e['file'] === 'string' ? 'url' : 'registry', groups: [cat] };
      if (typeof e['markers'] === 'string') lp.marker = e['markers'];
      if (hashes.length) lp.hashes = hashes;
      if (typeof e['path'] === 'string') lp.path = e['path'];
      else if (typeof e['file'] === 'string' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(e['file'])) lp.path = e['file'];
      result.locked.push(lp);
      // pipenv writes the Pipfile specifier instead of a pin ("*", or "==" glued to it:
      // "==>=0.4") for a package whose marker does not hold on the locking Python: it is skipped
      // there, but installs unpinned where the marker holds. The lock keeps `markers` only when
      // the Pipfile used `markers =`; marker keys (`sys_platform = "== 'win32'"`) are dropped.
      const specAsVersion = version.trim() === '*' || /^==\s*(?:[<>!~]|==)/.test(version);
      let unresolvedMarker: string | undefined;
      if (!vcs && !isPath && !exact && specAsVersion) {
        if (typeof e['markers'] === 'string') unresolvedMarker = e['markers'];
        else unresolvedMarker = (declaredMarkers ??= pipfileMarkers(input.lockfile)).get(cat)?.get(name);
      }
      const unresolvedByMarker = unresolvedMarker !== undefined;
      if (!vcs && !isPath && !exact) {
        findings.push({
          class: 'unpinned',
          severity: unresolvedByMarker ? 'warning' : 'error',
          message: unresolvedByMarker
            ? `${name} in "${cat}" was not resolved (its marker ${unresolvedMarker} does not hold on the Python that locked); where the marker holds it installs unpinned and unhashed` +
              (typeof e['markers'] === 'string' ? '.' : '; the lock does not record that marker.')
            : `${name} in "${cat}" is not pinned with == in ${lockRel}.`,
          package: name,
          expected: '==<version>',
          found: version || '(no version)',
          lock: at,
          fix: PIPENV_FIX,
        });
      }
      if (vcs && !isFullCommitSha(e['ref'])) {
        findings.push({ class: 'vcs-not-pinned', severity: 'error', message: `${name} comes from ${vcs} but its ref is not a full commit SHA.`, package: name, expected: 'a 40-hex (or 64-hex) ref', found: String(e['ref'] ?? '(no ref)'), lock: at, fix: PIPENV_FIX });
      }
      if (input.requireHashes && !vcs && !isPath && !unresolvedByMarker && hashes.length === 0) {
        findings.push({ class: 'missing-hash', severity: 'error', message: `${name} ${bare} in "${cat}" has no hashes in ${lockRel}.`, package: name, expected: 'at least one sha256 hash', found: 'none', lock: at, fix: PIPENV_FIX });
      }
      const badHash = firstHashProblem(hashes);
      if (badHash) findings.push(malformedHashFinding(name, badHash.problem, badHash.count, { file: lockRel, line: stringLineAfter(lockText, at.line, badHash.hash) }, PIPENV_FIX));
      if (typeof e['index'] === 'string' && sourceNames.size && !sourceNames.has(e['index'])) {
        findings.push({ class: 'invalid-lockfile', severity: 'error', message: `${name} names index "${e['index']}", which is not a declared source.`, package: name, expected: [...sourceNames].join(', '), found: e['index'], lock: at, fix: PIPENV_FIX });
      }
      for (const k of [...VCS_KEYS, 'file'] as const) {
        if (typeof e[k] !== 'string') continue;
        const cred = findUrlCredentials(e[k] as string);
        if (cred) findings.push({ class: 'credentials-in-url', severity: 'error', message: `${name}: ${k} URL carries credentials (${cred.kind}): ${cred.masked}`, package: name, found: cred.masked, lock: at });
      }
    }
  }
  result.packages = distinct.size;
  const def = versionsByCat.get('default');
  const dev = versionsByCat.get('develop');
  if (def && dev) {
    for (const [n, v] of dev) {
      const d = def.get(n);
      if (d !== undefined && d !== v) {
        findings.push({ class: 'version-mismatch', severity: 'warning', message: `${n} is locked at ${d} in "default" but ${v} in "develop".`, package: n, expected: d, found: v, lock: { file: lockRel, line: jl.entry('develop', n) }, fix: PIPENV_FIX });
      }
    }
  }

  // Pipfile & freshness.
  const beside = readManifestBeside(input.lockfile, 'Pipfile', ws, result);
  if (!beside) return result;
  const { rel: pipfileRel, text: pText } = beside;
  const pipfile = parseToml(pText, pipfileRel);
  if (!formatOk) {
    result.inconclusiveReason = `unsupported pipfile-spec ${String(spec)}`;
    return result;
  }
  const recorded = isTable(meta['hash']) && typeof meta['hash']['sha256'] === 'string' ? (meta['hash']['sha256'] as string) : '';
  let canonical: string;
  let legacy: string;
  try {
    canonical = pipfileHash(pipfile, 'canonical');
    legacy = pipfileHash(pipfile, 'legacy');
  } catch (err) {
    if (err instanceof PyJsonUnsupportedError) {
      result.inconclusiveReason = `cannot compute the Pipfile hash: ${err.message}`;
      findings.push({ class: 'inconclusive', severity: 'warning', message: `Cannot compute the Pipfile hash: ${err.message}.`, manifest: { file: pipfileRel } });
      return result;
    }
    throw err;
  }
  const hashAt = { file: lockRel, line: jl.metaHashLine ?? metaLine };
  if (recorded && (recorded === canonical || recorded === legacy)) {
    result.freshness = 'fresh';
    if (canonical !== legacy) {
      if (recorded === legacy) {
        findings.push({
          class: 'tool-version-skew',
          severity: 'warning',
          message: `${lockRel} matches the pre-2026.4 pipenv hash (raw package names); pipenv >= 2026.4 canonicalises names and will report it as out of date.`,
          lock: hashAt,
          expected: canonical,
          found: recorded,
          fix: PIPENV_FIX,
        });
      } else {
        findings.push({
          class: 'tool-version-skew',
          severity: 'notice',
          message: `${lockRel} matches the pipenv >= 2026.4 hash (canonical package names); older pipenv would report it as out of date.`,
          lock: hashAt,
          expected: legacy,
          found: recorded,
        });
      }
    }
    return result;
  }
  result.freshness = 'stale';
  const drift = pipenvDrift(pipfile, pText, pipfileRel, lock as TomlTable, jl, lockRel);
  const definite = drift.filter((f) => f.severity === 'error');
  if (definite.length) findings.push(...definite);
  else {
    findings.push({
      class: 'drift',
      severity: 'error',
      message: `${lockRel} is out of date: the Pipfile hash differs (hashed: [[source]], [requires], [packages], [dev-packages] and custom categories).`,
      manifest: { file: pipfileRel },
      lock: hashAt,
      expected: canonical,
      found: recorded || '(missing)',
      fix: PIPENV_FIX,
    });
    findings.push(...drift);
  }
  return result;
}

function pipenvDrift(pipfile: TomlTable, pText: string, pipfileRel: string, lock: TomlTable, jl: JsonLines, lockRel: string): Finding[] {
  const out: Finding[] = [];
  const pIdx = new TomlLineIndex(pText);
  const requires = isTable(pipfile['requires']) ? pipfile['requires'] : {};
  const pyver = typeof requires['python_full_version'] === 'string' ? `==${requires['python_full_version']}` : typeof requires['python_version'] === 'string' ? `==${requires['python_version']}.*` : undefined;
  for (const [section, pkgs] of Object.entries(pipfile)) {
    if (!isTable(pkgs) || (PIPFILE_SECTIONS.has(section) && section !== 'packages' && section !== 'dev-packages')) continue;
    const cat = pipfileCategory(section);
    const catEntries = isTable(lock[cat]) ? (lock[cat] as TomlTable) : {};
    const locked = new Map<string, { raw: string; e: TomlTable }>();
    for (const [raw, e] of Object.entries(catEntries)) if (isTable(e)) locked.set(normalizeName(raw), { raw, e });
    for (const [rawName, value] of Object.entries(pkgs)) {
      const name = normalizeName(rawName);
      const mline = pIdx.keyLine(section, rawName);
      const spec = typeof value === 'string' ? value : isTable(value) && typeof value['version'] === 'string' ? value['version'] : '*';
      const markers = isTable(value) && typeof value['markers'] === 'string' ? value['markers'] : undefined;
      const l = locked.get(name);
      if (!l) {
        const applies = markers ? versionTools.markerApplies?.(markers, pyver) : true;
        if (applies === false) continue;
        out.push({
          class: 'drift',
          severity: applies === true ? 'error' : 'warning',
          message: `${name} is in [${section}] of ${pipfileRel} but not in "${cat}" of ${lockRel}.`,
          package: name,
          manifest: { file: pipfileRel, line: mline },
          lock: { file: lockRel, line: jl.cats.get(cat)?.line },
          expected: `${rawName} ${spec}`,
          found: 'not locked',
          fix: PIPENV_FIX,
        });
        continue;
      }
      const v = typeof l.e['version'] === 'string' ? l.e['version'].replace(/^===?\s*/, '') : '';
      if (!v || spec.trim() === '*' || spec.trim() === '') continue;
      const ok = versionTools.satisfies(v, spec);
      if (ok === false) {
        out.push({
          class: 'drift',
          severity: 'error',
          message: `${name} ${v} in ${lockRel} does not satisfy "${spec}" from [${section}].`,
          package: name,
          manifest: { file: pipfileRel, line: mline },
          lock: { file: lockRel, line: jl.entry(cat, l.raw) },
          expected: spec,
          found: v,
          fix: PIPENV_FIX,
        });
      }
    }
  }
  return out;
}
