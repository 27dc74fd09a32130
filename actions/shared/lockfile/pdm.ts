/**
 * pdm.lock checker: content_hash freshness per lock_version (overrides → resolution key,
 * raw dev-dependencies → merged [dependency-groups], 2.28.1 workspace hash), lock_inputs
 * comparison (pdm-inputs.ts), integrity (pins, hashes, artifact names, VCS revisions,
 * credentials, dependency edges) and drift details.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../errors.js';
import type { Finding, LockCheckResult, LockedPackage, ProjectInput } from './types.js';
import { firstHashProblem, malformedHashFinding } from './hashes.js';
import { artifactMismatchFinding, checkArtifactName, findUrlCredentials, isFullCommitSha, normalizeName, pdmNormalizeName } from './names.js';
import { andMarkers, compareMarkers, parseMarker, parseRequirement, type Requirement } from './pep508.js';
import { compareLockInputs, pdmInputGroups } from './pdm-inputs.js';
import { versionTools } from './version-tools.js';
import { pyJsonDumps, PyJsonUnsupportedError } from './pyjson.js';
import { parseToml, readManifestBeside, readProjectFile, relPath, TomlLineIndex, type TomlTable } from './toml.js';

export /** The name a PEP 508 requirement starts with (as pep508's parser reads it). */
const LEADING_NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;
const PDM_FIX = 'pdm lock';
/** A marker comparison with the value first (`"3.9" <= python_version`), also inside TOML escapes. */
const REVERSED_COMPARISON = /["'][^"'\n]*["']\s*(?:===|==|!=|<=|>=|~=|<|>|not\s+in\b|in\b)\s*[A-Za-z_]/;
/** Newest lock_version this checker knows (PDM 2.28.1+). */
export const PDM_KNOWN_LOCK_VERSION = [4, 5, 1] as const;
/** The PDM that writes PDM_KNOWN_LOCK_VERSION, and what its `pdm lock --check` says of a lock_version it cannot read. */
export const PDM_KNOWN_TOOL = 'PDM 2.29.4';
export const PDM_INCOMPATIBLE = 'Lockfile is not compatible with PDM';

function isTable(v: unknown): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function sub(t: unknown, key: string): TomlTable | undefined {
  if (!isTable(t)) return undefined;
  const v = t[key];
  return isTable(v) ? v : undefined;
}
function tuple(v: string): number[] {
  return v.split('.').map((p) => Number.parseInt(p, 10) || 0);
}
function cmp(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** Content-hash generations of PDM. */
export type PdmHashVariant =
  | 'overrides' // PDM < 2.16 (lock_version < 4.4.2): "overrides" key, raw tool.pdm.dev-dependencies
  | 'resolution' // PDM 2.16–2.19: "resolution" key, raw tool.pdm.dev-dependencies
  | 'dependency-groups'; // PDM ≥ 2.20: "resolution" key, [dependency-groups] merged with dev-dependencies

/** The dev-dependencies mapping PDM ≥ 2.20 hashes (`PyProject.dev_dependencies`). */
export function pdmDevDependencies(pyproject: TomlTable): Record<string, unknown[]> {
  const groups: Record<string, unknown[]> = {};
  const dg = sub(pyproject, 'dependency-groups') ?? {};
  for (const [g, deps] of Object.entries(dg)) {
    const key = pdmNormalizeName(g);
    if (Object.prototype.hasOwnProperty.call(groups, key)) {
      throw new UserError(`The group ${key} is duplicated in dependency-groups`, { title: 'invalid pyproject.toml' });
    }
    groups[key] = Array.isArray(deps) ? [...deps] : [];
  }
  const dev = sub(sub(sub(pyproject, 'tool'), 'pdm'), 'dev-dependencies') ?? {};
  for (const [g, deps] of Object.entries(dev)) {
    const key = pdmNormalizeName(g);
    (groups[key] ??= []).push(...(Array.isArray(deps) ? deps : []));
  }
  return groups;
}

/** The document PDM hashes (`PyProject.content_hash`). */
export function pdmHashDocument(pyproject: TomlTable, variant: PdmHashVariant): Record<string, unknown> {
  const project = sub(pyproject, 'project') ?? {};
  const settings = sub(sub(pyproject, 'tool'), 'pdm') ?? {};
  const resolution = sub(settings, 'resolution') ?? {};
  const doc: Record<string, unknown> = {
    sources: settings['source'] ?? [],
    dependencies: project['dependencies'] ?? [],
    'dev-dependencies': variant === 'dependency-groups' ? pdmDevDependencies(pyproject) : (settings['dev-dependencies'] ?? {}),
    'optional-dependencies': project['optional-dependencies'] ?? {},
    'requires-python': project['requires-python'] ?? '',
  };
  if (variant === 'overrides') doc['overrides'] = resolution['overrides'] ?? {};
  else doc['resolution'] = settings['resolution'] ?? {};
  return doc;
}

export function pdmContentHash(pyproject: TomlTable, variant: PdmHashVariant, algo = 'sha256'): string {
  return createHash(algo).update(pyJsonDumps(pdmHashDocument(pyproject, variant)), 'utf8').digest('hex');
}

/** Which variants a lock_version can have been written with (newest first). */
export function pdmVariantsFor(lockVersion: string): PdmHashVariant[] {
  const v = tuple(lockVersion);
  if (cmp(v, [4, 4, 2]) < 0) return ['overrides'];
  if (cmp(v, [4, 5, 0]) < 0) return ['resolution'];
  if (cmp(v, [4, 5, 1]) < 0) return ['dependency-groups', 'resolution']; // 4.5.0: PDM 2.17–2.28.0
  return ['dependency-groups'];
}

/** Workspace members of a PDM workspace root (`[tool.pdm.workspace] members`), sorted by POSIX path. */
export function pdmWorkspaceMembers(root: string, pyproject: TomlTable): { members: string[]; unsupported?: string } {
  const ws = sub(sub(pyproject, 'tool'), 'pdm')?.['workspace'];
  const patterns = isTable(ws) && Array.isArray(ws['members']) ? (ws['members'] as unknown[]).filter((p): p is string => typeof p === 'string') : [];
  const found = new Set<string>();
  for (const pattern of patterns) {
    const segs = pattern.split('/').filter((s) => s !== '' && s !== '.');
    if (segs.some((s) => s === '**' || /[?[]/.test(s))) return { members: [], unsupported: pattern };
    let dirs = [root];
    for (const seg of segs) {
      const next: string[] = [];
      for (const d of dirs) {
        if (seg.includes('*')) {
          const re = new RegExp('^' + seg.split('*').map((x) => x.replace(/[.+^${}()|\\]/g, '\\$&')).join('[^/]*') + '$');
          let entries: string[] = [];
          try {
            entries = readdirSync(d).filter((e) => !e.startsWith('.') || seg.startsWith('.'));
          } catch {
            entries = [];
          }
          for (const e of entries) if (re.test(e)) next.push(path.join(d, e));
        } else next.push(path.join(d, seg));
      }
      dirs = next;
    }
    for (const d of dirs) {
      try {
        if (statSync(d).isDirectory() && existsSync(path.join(d, 'pyproject.toml'))) found.add(path.relative(root, d).split(path.sep).join('/'));
      } catch {
        // not a member
      }
    }
  }
  return { members: [...found].sort() };
}

interface PkgEntry {
  index: number;
  name: string;
  version: string;
  extras: string[];
  table: TomlTable;
}

const VCS_KEYS = ['git', 'hg', 'svn', 'bzr'] as const;

export async function checkPdm(input: ProjectInput): Promise<LockCheckResult> {
  const ws = input.workspace;
  const lockRel = relPath(ws, input.lockfile);
  const lockText = readProjectFile(input.lockfile, undefined, lockRel);
  const lock = parseToml(lockText, lockRel);
  const idx = new TomlLineIndex(lockText);
  const findings: Finding[] = [];
  const metadata = sub(lock, 'metadata');
  if (!metadata) {
    throw new UserError(`${lockRel} has no [metadata] table; it is not a pdm.lock or is truncated.`, {
      title: 'invalid lockfile',
      location: { file: lockRel },
      hint: `Regenerate it with \`${PDM_FIX}\`.`,
    });
  }
  const lockVersion = typeof metadata['lock_version'] === 'string' ? (metadata['lock_version'] as string) : '';
  const result: LockCheckResult = { manager: 'pdm', lockfile: input.lockfile, freshness: 'inconclusive', packages: 0, findings, locked: [] };
  if (lockVersion) result.formatVersion = lockVersion;
  // Line lookups are functions: they are only needed when there is a finding to place.
  const metaLine = (): number | undefined => idx.tableLine('metadata');
  const lvLine = (): number | undefined => idx.keyLine('metadata', 'lock_version') ?? metaLine();

  // ---- format version (PDM's Lockfile.compatibility: major must match, minor must not be newer) ----
  let formatOk = true;
  const lv = tuple(lockVersion || '0');
  const known = PDM_KNOWN_LOCK_VERSION.join('.');
  const newer = lockVersion !== '' && (lv[0]! > PDM_KNOWN_LOCK_VERSION[0] || (lv[0] === PDM_KNOWN_LOCK_VERSION[0] && (lv[1] ?? 0) > PDM_KNOWN_LOCK_VERSION[1]));
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
  } else if (!lockVersion || lv[0] !== PDM_KNOWN_LOCK_VERSION[0]) {
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
  } else if (cmp(lv, PDM_KNOWN_LOCK_VERSION) > 0) {
    findings.push({
      class: 'unsupported-format',
      severity: 'warning',
      message: `pdm.lock lock_version ${lockVersion} is newer than the newest this checker knows (${known}).`,
      found: lockVersion,
      lock: { file: lockRel, line: lvLine() },
    });
  }
  const v = tuple(lockVersion || '0');
  result.toolVersion = cmp(v, [4, 5, 1]) >= 0 ? '>=2.28.1' : cmp(v, [4, 5, 0]) >= 0 ? '2.17–2.28.0' : cmp(v, [4, 4, 2]) >= 0 ? '2.16' : cmp(v, [4, 4, 1]) >= 0 ? '2.13–2.15' : undefined;
  if (result.toolVersion === undefined) delete result.toolVersion;

  // ---- packages ----
  const pkgs: PkgEntry[] = [];
  (Array.isArray(lock['package']) ? (lock['package'] as unknown[]) : []).forEach((p, i) => {
    if (!isTable(p)) return;
    pkgs.push({
      index: i,
      name: normalizeName(typeof p['name'] === 'string' ? p['name'] : ''),
      version: typeof p['version'] === 'string' ? p['version'] : '',
      extras: Array.isArray(p['extras']) ? (p['extras'] as unknown[]).filter((e): e is string => typeof e === 'string').map(normalizeName) : [],
      table: p,
    });
  });
  const byName = new Map<string, PkgEntry[]>();
  for (const p of pkgs) (byName.get(p.name) ?? byName.set(p.name, []).get(p.name)!).push(p);
  const line = (p: PkgEntry, key = 'name'): number | undefined => idx.arrayKeyLine('package', p.index, key);
  const targets = Array.isArray(metadata['targets']) ? (metadata['targets'] as unknown[]).filter(isTable) : [];
  const lockRequiresPython = targets.map((t) => t['requires_python']).find((r): r is string => typeof r === 'string');

  const distinct = new Set<string>();
  for (const p of pkgs) {
    const t = p.table;
    const vcs = VCS_KEYS.find((k) => typeof t[k] === 'string');
    const isPath = typeof t['path'] === 'string' || t['editable'] === true;
    const isUrl = typeof t['url'] === 'string';
    if (p.extras.length === 0) distinct.add(`${p.name}@${p.version}`);
    const files = Array.isArray(t['files']) ? ((t['files'] as unknown[]).filter(isTable) as { file?: string; url?: string; hash?: string }[]) : [];
    const hashes = files.map((f) => f.hash).filter((h): h is string => typeof h === 'string' && h !== '');
    if (p.extras.length === 0) {
      const lp: LockedPackage = { name: p.name, version: p.version, source: vcs ? 'git' : isPath ? 'path' : isUrl ? 'url' : 'registry' };
      if (typeof t['marker'] === 'string') lp.marker = t['marker'];
      if (Array.isArray(t['groups'])) lp.groups = (t['groups'] as unknown[]).filter((g): g is string => typeof g === 'string');
      if (hashes.length) lp.hashes = hashes;
      if (typeof t['path'] === 'string') lp.path = t['path'];
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
    if (vcs && !isFullCommitSha(t['revision'])) {
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
    const badHash = firstHashProblem(hashes);
    if (badHash) {
      const section = idx.arrayTable('package', p.index);
      findings.push(malformedHashFinding(p.name, badHash.problem, badHash.count, { file: lockRel, line: idx.stringLine(badHash.hash, section?.line, section?.endLine) ?? line(p) }, PDM_FIX));
    }
    for (const f of files) {
      const fname = typeof f.file === 'string' ? f.file : typeof f.url === 'string' ? f.url : undefined;
      if (!fname) continue;
      const mm = checkArtifactName(fname, p.name, p.version);
      if (mm) {
        const section = idx.arrayTable('package', p.index);
        findings.push(artifactMismatchFinding(mm, p.name, { file: lockRel, line: idx.stringLine(fname, section?.line, section?.endLine) ?? line(p) }, PDM_FIX));
        break;
      }
    }
    const urls: [string, string][] = [];
    for (const k of [...VCS_KEYS, 'url'] as const) if (typeof t[k] === 'string') urls.push([k, t[k] as string]);
    for (const f of files) if (typeof f.url === 'string') urls.push(['files', f.url]);
    for (const [k, u] of urls) {
      const cred = findUrlCredentials(u);
      if (!cred) continue;
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
    const deps = Array.isArray(p.table['dependencies']) ? (p.table['dependencies'] as unknown[]) : [];
    for (const d of deps) {
      if (typeof d !== 'string') continue;
      // The edge is satisfied when its leading name is locked: no need to parse the whole requirement
      // (parseRequirement's name is exactly this identifier; a malformed rest is skipped either way).
      const lead = LEADING_NAME.exec(d);
      if (lead && byName.has(normalizeName(lead[1]!))) continue;
      let req: Requirement;
      try {
        req = parseRequirement(d);
      } catch {
        continue;
      }
      if (byName.has(req.normalizedName)) continue;
      let applies: boolean | undefined = true;
      if (req.markerText) applies = versionTools.markerApplies?.(req.markerText, lockRequiresPython, p.extras);
      if (applies === false) continue;
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
  const root = path.dirname(input.lockfile);
  const beside = readManifestBeside(input.lockfile, 'pyproject.toml', ws, result);
  if (!beside) return result;
  const { rel: manifestRel, text: manText } = beside;
  const pyproject = parseToml(manText, manifestRel);
  const mIdx = new TomlLineIndex(manText);
  // `[tool.pdm.resolution] excludes`: PDM drops those dependencies when locking, so no entry is expected.
  const excluded = pdmResolution(sub(sub(pyproject, 'tool'), 'pdm') ?? {}).excludes;
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i]!;
    if (f.class === 'dangling-dependency' && f.package !== undefined && excluded.has(f.package)) findings.splice(i, 1);
  }

  // Groups recorded vs declared (PDM locks only the selected groups).
  const lockedGroups = Array.isArray(metadata['groups']) ? (metadata['groups'] as unknown[]).filter((g): g is string => typeof g === 'string') : undefined;
  const declared = declaredGroups(pyproject);
  if (lockedGroups) {
    const have = new Set(lockedGroups.map((g) => pdmNormalizeName(g)));
    const missing = declared.filter((g) => !(g.name === 'default' && g.reqs.length === 0) && !have.has(pdmNormalizeName(g.name)));
    // One command that locks the missing groups and keeps the locked ones (`-G` replaces the selection).
    const wanted = [...new Set([...lockedGroups.filter((g) => g !== 'default'), ...missing.map((g) => g.name).filter((g) => g !== 'default')])];
    const lockMissing = `pdm lock ${wanted.map((g) => `-G ${g}`).join(' ')}`.trim();
    for (const g of declared) {
      if (g.name === 'default' && g.reqs.length === 0) continue;
      if (!have.has(pdmNormalizeName(g.name))) {
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
  const hashLine = (): number | undefined => idx.keyLine('metadata', 'content_hash') ?? metaLine();

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

  const recorded = typeof metadata['content_hash'] === 'string' ? (metadata['content_hash'] as string) : '';
  if (!recorded) {
    result.freshness = 'stale';
    findings.push({ class: 'drift', severity: 'error', message: `${lockRel} has no content_hash; PDM treats it as out of date.`, lock: { file: lockRel, line: metaLine() }, expected: 'metadata.content_hash', found: '(missing)', fix: PDM_FIX });
    return result;
  }
  const colon = recorded.indexOf(':');
  const algo = colon > 0 ? recorded.slice(0, colon) : 'md5';
  const recordedHex = colon > 0 ? recorded.slice(colon + 1) : recorded;
  let computed: { variant: PdmHashVariant; hex: string }[];
  try {
    const isWorkspace = Boolean(settings['workspace']) && cmp(v, [4, 5, 1]) >= 0;
    let members: string[] = [];
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
    if (!variants.includes('dependency-groups')) variants.push('dependency-groups');
    computed = variants.map((variant) => {
      let hex = pdmContentHash(pyproject, variant, algo);
      if (isWorkspace) {
        const h = createHash(algo).update(hex, 'utf8');
        for (const mem of members) {
          const mp = path.join(root, mem, 'pyproject.toml');
          const mText = readProjectFile(mp, undefined, relPath(ws, mp));
          h.update('\0').update(mem, 'utf8').update('\0').update(pdmContentHash(parseToml(mText, relPath(ws, mp)), variant, algo), 'utf8');
        }
        hex = h.digest('hex');
      }
      return { variant, hex };
    });
  } catch (err) {
    if (err instanceof PyJsonUnsupportedError || (err instanceof Error && /digest|hash/i.test(err.message) && !(err instanceof UserError))) {
      result.inconclusiveReason = `cannot compute PDM's content_hash: ${err.message}`;
      findings.push({ class: 'inconclusive', severity: 'warning', message: `Cannot compute PDM's content_hash: ${err.message}.`, manifest: { file: manifestRel } });
      return result;
    }
    if (err instanceof UserError) {
      findings.push({ class: 'invalid-manifest', severity: 'error', message: `${manifestRel}: ${err.message}`, manifest: { file: manifestRel, line: mIdx.tableLine('dependency-groups') } });
      result.inconclusiveReason = err.message;
      return result;
    }
    throw err;
  }
  const match = computed.find((c) => c.hex === recordedHex);
  if (match) {
    result.freshness = 'fresh';
    const current = computed.find((c) => c.variant === 'dependency-groups')!;
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
  if (definite.length) findings.push(...definite);
  else {
    findings.push({
      class: 'drift',
      severity: 'error',
      message: `${lockRel} does not match ${manifestRel}: content_hash differs (hashed: [project] dependencies/optional-dependencies/requires-python, dependency groups, [tool.pdm] source/resolution).`,
      manifest: { file: manifestRel },
      lock: { file: lockRel, line: hashLine() },
      expected: `${algo}:${computed[0]!.hex}`,
      found: recorded,
      fix: PDM_FIX,
    });
    findings.push(...drift);
  }
  return result;
}

interface DeclaredGroup {
  name: string;
  table: string;
  key: string;
  reqs: string[];
}

function declaredGroups(pyproject: TomlTable): DeclaredGroup[] {
  const out: DeclaredGroup[] = [];
  const project = sub(pyproject, 'project') ?? {};
  const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  out.push({ name: 'default', table: 'project', key: 'dependencies', reqs: strs(project['dependencies']) });
  for (const [k, list] of Object.entries(sub(project, 'optional-dependencies') ?? {})) out.push({ name: k, table: 'project.optional-dependencies', key: k, reqs: strs(list) });
  const seen = new Map<string, DeclaredGroup>();
  for (const [k, list] of Object.entries(sub(pyproject, 'dependency-groups') ?? {})) {
    const g = { name: pdmNormalizeName(k), table: 'dependency-groups', key: k, reqs: strs(list) };
    seen.set(g.name, g);
    out.push(g);
  }
  for (const [k, list] of Object.entries(sub(sub(sub(pyproject, 'tool'), 'pdm'), 'dev-dependencies') ?? {})) {
    const name = pdmNormalizeName(k);
    const existing = seen.get(name);
    if (existing) existing.reqs.push(...strs(list));
    else {
      const g = { name, table: 'tool.pdm.dev-dependencies', key: k, reqs: strs(list) };
      seen.set(name, g);
      out.push(g);
    }
  }
  return out;
}

/**
 * `[tool.pdm.resolution]` excludes (normalised names) and overrides (name → the specifier PDM uses instead
 * of any requirement on that name; undefined for a URL override, compared by source only).
 */
function pdmResolution(settings: TomlTable): { excludes: Set<string>; overrides: Map<string, string | undefined> } {
  const resolution = sub(settings, 'resolution') ?? {};
  const excludes = new Set<string>();
  for (const x of Array.isArray(resolution['excludes']) ? resolution['excludes'] : []) if (typeof x === 'string') excludes.add(normalizeName(x));
  const overrides = new Map<string, string | undefined>();
  for (const [k, v] of Object.entries(sub(resolution, 'overrides') ?? {})) {
    if (typeof v !== 'string') continue;
    // pdm.utils.get_requirement_from_override: a URL, a specifier set, else a bare version (`==value`)
    const value = v.trim();
    overrides.set(normalizeName(k), /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? undefined : value === '' || /^[<>=!~]/.test(value) ? value : `==${value}`);
  }
  return { excludes, overrides };
}

interface Ctx {
  lockRel: string;
  manifestRel: string;
  mIdx: TomlLineIndex;
  idx: TomlLineIndex;
  lockRequiresPython: string | undefined;
}

function pdmDrift(pyproject: TomlTable, declared: DeclaredGroup[], lockedGroups: string[] | undefined, byName: Map<string, PkgEntry[]>, ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  const project = sub(pyproject, 'project') ?? {};
  const rootName = typeof project['name'] === 'string' ? normalizeName(project['name']) : '';
  const requiresPython = typeof project['requires-python'] === 'string' ? project['requires-python'] : ctx.lockRequiresPython;
  const have = lockedGroups ? new Set(lockedGroups.map((g) => pdmNormalizeName(g))) : undefined;
  const { excludes, overrides } = pdmResolution(sub(sub(pyproject, 'tool'), 'pdm') ?? {});
  for (const g of declared) {
    if (have && !have.has(pdmNormalizeName(g.name))) continue; // not selected when locking
    for (const r of g.reqs) {
      let req: Requirement;
      try {
        req = parseRequirement(r);
      } catch {
        continue; // `-e ./path` style or malformed: not compared
      }
      if (req.normalizedName === rootName || excludes.has(req.normalizedName)) continue;
      const mline = ctx.mIdx.requirementLine(g.table, g.key, req.name) ?? ctx.mIdx.keyLine(g.table, g.key);
      const locked = (byName.get(req.normalizedName) ?? []).filter((p) => p.extras.length === 0);
      if (locked.length === 0) {
        const applies = req.markerText ? versionTools.markerApplies?.(req.markerText, requiresPython, g.name === 'default' ? [] : [g.name]) : true;
        if (applies === false) continue;
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
      if (!specifier || req.url) continue;
      const results = locked.map((p) => versionTools.satisfies(p.version, specifier));
      if (results.some((x) => x === true) || results.some((x) => x === undefined)) continue;
      const p = locked[0]!;
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
 * `lock_inputs` freshness (PDM ≥ 2.28.1), as PDM decides it: the inputs rebuilt from pyproject.toml
 * must equal the recorded ones (pdm-inputs.ts), and every requirement of a locked group must be met by
 * locked packages of that group whose versions satisfy its current specifier. Stale on any definite
 * difference; fresh only when everything is shown equal; otherwise inconclusive, with the reason.
 */
function finishLockInputs(
  result: LockCheckResult,
  lockInputs: unknown,
  pyproject: TomlTable,
  byName: Map<string, PkgEntry[]>,
  ctx: Ctx & { declared: DeclaredGroup[]; lockedGroups: string[] | undefined; targets: readonly TomlTable[]; reversedElsewhere: boolean },
): LockCheckResult {
  const findings = result.findings;
  const lockLine = ctx.idx.keyLine('metadata', 'lock_inputs') ?? ctx.idx.tableLine('metadata.lock_inputs.project') ?? ctx.idx.tableLine('metadata');
  const project = sub(pyproject, 'project') ?? {};
  const settings = sub(sub(pyproject, 'tool'), 'pdm') ?? {};
  const resolved = pdmInputGroups(pyproject);
  if (typeof resolved === 'string') {
    result.freshness = 'inconclusive';
    result.inconclusiveReason = `PDM would not read the groups of ${ctx.manifestRel}: ${resolved}`;
    findings.push({ class: 'inconclusive', severity: 'warning', message: `${ctx.manifestRel}: ${resolved}; \`pdm lock --check\` decides.`, manifest: { file: ctx.manifestRel } });
    return result;
  }
  const comparison = compareLockInputs(lockInputs, project, settings, resolved, { reversedElsewhere: ctx.reversedElsewhere });
  const manifestLineOf = (requirement: string | undefined, group: string | undefined, key: string | undefined): number | undefined => {
    if (key !== undefined) return ctx.mIdx.keyLine('project', key) ?? ctx.mIdx.tableLine(key === 'requires-python' ? 'project' : key);
    for (const g of ctx.declared) {
      if (group !== undefined && pdmNormalizeName(g.name) !== group) continue;
      if (requirement !== undefined && g.reqs.includes(requirement)) {
        const name = LEADING_NAME.exec(requirement)?.[1];
        return (name ? ctx.mIdx.requirementLine(g.table, g.key, name) : undefined) ?? ctx.mIdx.keyLine(g.table, g.key);
      }
    }
    const g = ctx.declared.find((d) => pdmNormalizeName(d.name) === group);
    return g ? (ctx.mIdx.keyLine(g.table, g.key) ?? ctx.mIdx.tableLine(g.table)) : undefined;
  };
  const stale: Finding[] = comparison.differences.map((d) => ({
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
  result.inconclusiveReason = `pdm.lock records lock_inputs (PDM ≥ 2.28.1): ${unknown[0]}${unknown.length > 1 ? ` (and ${unknown.length - 1} more)` : ''}; run \`pdm lock --check\``;
  return result;
}

/**
 * PDM's second step for lock_inputs: each requirement of a locked group is met by locked packages of
 * that group. Returns the requirements without a marker that no package of their group meets (stale)
 * and why the others cannot be shown statically (both empty: shown). A requirement with a marker and
 * no package is only fine when its marker holds nowhere under the lock's requires-python.
 */
function lockedRequirementsCovered(
  settings: TomlTable,
  groups: ReadonlyMap<string, readonly string[]>,
  lockedGroups: string[] | undefined,
  byName: Map<string, PkgEntry[]>,
  lockRequiresPython: string | undefined,
  targets: readonly TomlTable[],
): { why: string[]; missing: { name: string; group: string; written: string }[] } {
  const why: string[] = [];
  const missing: { name: string; group: string; written: string }[] = [];
  // One requires-python per target (a target without one: every Python); none recorded: PDM says stale anyway.
  const targetPythons = targets.length ? targets.map((t) => (typeof t['requires_python'] === 'string' && t['requires_python'] !== '' ? t['requires_python'] : undefined)) : [lockRequiresPython];
  const { excludes, overrides } = pdmResolution(settings);
  const selected = (lockedGroups ?? ['default']).map((g) => pdmNormalizeName(g));
  for (const group of selected) {
    for (const written of groups.get(group) ?? []) {
      let req: Requirement;
      try {
        req = parseRequirement(written);
      } catch {
        why.push(`"${written.trim()}" is not parsed statically`);
        continue;
      }
      if (excludes.has(req.normalizedName)) continue; // PDM skips excluded requirements
      if (overrides.has(req.normalizedName) && overrides.get(req.normalizedName) === undefined) {
        why.push(`${req.normalizedName} is overridden by a URL in [tool.pdm.resolution] overrides`);
        continue;
      }
      const packages = (byName.get(req.normalizedName) ?? []).filter((p) => {
        const g = p.table['groups'];
        return !Array.isArray(g) || g.some((x) => typeof x === 'string' && pdmNormalizeName(x) === group);
      });
      if (packages.length === 0) {
        // No marker: its region is every target, and no locked package covers it (PDM: stale).
        if (!req.marker) {
          missing.push({ name: req.normalizedName, group, written });
          continue;
        }
        const applies = req.markerText ? versionTools.markerApplies?.(req.markerText, lockRequiresPython, []) : true;
        if (applies !== false) why.push(`${req.normalizedName} (${group}) has no locked package of that group`);
        continue;
      }
      const covered = packages.some((p) => {
        const m = p.table['marker'];
        if (typeof m !== 'string' || m.trim() === '') return true;
        try {
          const pm = parseMarker(m);
          if (req.marker && compareMarkers(pm, req.marker) === 'equal') return true;
          // PDM: the package marker covers the requirement's region in every target, i.e. the
          // requirement's marker implies it within the target's requires-python (a lock made with
          // `--python` marks every package with that range). Several versions: each must satisfy.
          if (!allSatisfy(packages, overrides.has(req.normalizedName) ? overrides.get(req.normalizedName) : req.specifier, req.url)) return false;
          return targetPythons.every((rp) => compareMarkers(andMarkers(req.marker, pm), req.marker, rp) === 'equal');
        } catch {
          return false;
        }
      });
      if (!covered) why.push(`the markers of the locked ${req.normalizedName} packages are not compared with the requirement's`);
    }
  }
  return { why, missing };
}

/** Every locked version satisfies the (effective) specifier; a URL requirement is not compared here. */
function allSatisfy(packages: readonly PkgEntry[], specifier: string | undefined, url: string | undefined): boolean {
  if (url !== undefined || specifier === undefined) return false;
  if (specifier === '') return true;
  return packages.every((p) => versionTools.satisfies(p.version, specifier) === true);
}
