/**
 * poetry.lock checker: content-hash freshness exactly as the writing Poetry decides it
 * (1.x, 2.0–2.2, ≥2.3 with [dependency-groups] + fallback), format version, integrity
 * (pins, hashes, artifact names, VCS pins, credentials, dependency edges) and drift details.
 */
import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import type { Finding, LockCheckResult, LockedPackage, ProjectInput } from './types.js';
import { firstHashProblem, malformedHashFinding } from './hashes.js';
import { artifactMismatchFinding, checkArtifactName, findUrlCredentials, isFullCommitSha, normalizeName } from './names.js';
import { compareParsed, parseVersion, poetrySatisfies, poetryToPep440, type Version } from './pep440.js';
import { parseRequirement, pythonVersionsFor } from './pep508.js';
import { pyJsonDumps, PyJsonUnsupportedError } from './pyjson.js';
import { versionTools, type VersionTools } from './version-tools.js';
import { parseToml, readManifestBeside, readProjectFile, relPath, TomlLineIndex, type TomlTable } from './toml.js';

const LEGACY_KEYS = ['dependencies', 'source', 'extras', 'dev-dependencies'] as const;
const RELEVANT_KEYS = [...LEGACY_KEYS, 'group'] as const;
const PROJECT_KEYS = ['requires-python', 'dependencies', 'optional-dependencies'] as const;

export type PoetryHashAlgorithm = 'poetry-1' | 'poetry-2.0' | 'poetry-2.3';

function isTable(v: unknown): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function sub(t: unknown, key: string): TomlTable | undefined {
  if (!isTable(t)) return undefined;
  const v = t[key];
  return isTable(v) ? v : undefined;
}

/** The JSON document Poetry hashes, for one algorithm generation. */
export function poetryHashDocument(pyproject: TomlTable, algorithm: PoetryHashAlgorithm): Record<string, unknown> {
  const toolPoetry = sub(sub(pyproject, 'tool'), 'poetry') ?? {};
  if (algorithm === 'poetry-1') {
    // Locker(local_config=tool.poetry): legacy four always present (null if absent), group when present.
    const doc: Record<string, unknown> = {};
    for (const key of RELEVANT_KEYS) {
      const data = toolPoetry[key];
      if (data === undefined && key === 'group') continue;
      doc[key] = data ?? null;
    }
    return doc;
  }
  const project = sub(pyproject, 'project') ?? {};
  const groups = algorithm === 'poetry-2.3' ? (sub(pyproject, 'dependency-groups') ?? {}) : {};
  const relProject: Record<string, unknown> = {};
  for (const key of PROJECT_KEYS) if (project[key] !== undefined) relProject[key] = project[key];
  const hasProject = Object.keys(relProject).length > 0;
  const hasGroups = Object.keys(groups).length > 0;
  const relPoetry: Record<string, unknown> = {};
  for (const key of RELEVANT_KEYS) {
    const data = toolPoetry[key];
    if (data === undefined && (!(LEGACY_KEYS as readonly string[]).includes(key) || hasProject || hasGroups)) continue;
    relPoetry[key] = data ?? null;
  }
  if (!hasProject && !hasGroups) return relPoetry;
  const doc: Record<string, unknown> = {};
  if (hasProject) doc['project'] = relProject;
  if (hasGroups) doc['dependency-groups'] = groups;
  doc['tool'] = { poetry: relPoetry };
  return doc;
}

/** sha256 hex of `json.dumps(doc, sort_keys=True)` for the given algorithm. */
export function poetryContentHash(pyproject: TomlTable, algorithm: PoetryHashAlgorithm): string {
  return createHash('sha256').update(pyJsonDumps(poetryHashDocument(pyproject, algorithm)), 'utf8').digest('hex');
}

/** Parse `1.8.3` / `2.3.0.dev0` into comparable numeric parts (release only). */
function releaseTuple(v: string): number[] {
  const m = /^(\d+(?:\.\d+)*)/.exec(v);
  return m ? m[1]!.split('.').map(Number) : [];
}

function cmpRelease(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const V2 = parseVersion('2')!;
const V23 = parseVersion('2.3.0')!;

/**
 * The writer version as Poetry >= 2.3 reads it (`Locker.is_fresh`): `re.search("Poetry ([^ ]+)")` on the
 * first line (`readline()`, newline included) and `Version.parse`; null when absent or not a version
 * (a tab after it, say), and then Poetry does not fall back to the pre-2.3 hash.
 */
export function poetryHeaderVersion(lockText: string): Version | null {
  const nl = lockText.search(/\r\n|\r|\n/);
  const line = nl < 0 ? lockText : lockText.slice(0, nl) + '\n';
  const m = /Poetry ([^ ]+)/.exec(line);
  return m ? parseVersion(m[1]!) : null;
}

/** Which algorithm the Poetry that wrote a lock used (header version, else lock-version). */
export function poetryAlgorithmFor(toolVersion: string | undefined, lockVersion: string | undefined): PoetryHashAlgorithm {
  const v = toolVersion ? parseVersion(toolVersion) : null;
  if (v) {
    // Poetry's own comparison: 2.3.0.dev0 / 2.3.0a1 sort below 2.3.0, 1!1.0 above it.
    if (compareParsed(v, V2) < 0) return 'poetry-1';
    return compareParsed(v, V23) < 0 ? 'poetry-2.0' : 'poetry-2.3';
  }
  return lockVersion && cmpRelease(releaseTuple(lockVersion), [2, 1]) >= 0 ? 'poetry-2.0' : 'poetry-1';
}

/** Fix command for the Poetry major that wrote the lock. */
export function poetryFixCommand(algorithm: PoetryHashAlgorithm): string {
  return algorithm === 'poetry-1' ? 'poetry lock --no-update' : 'poetry lock';
}

/** `metadata.python-versions` (Poetry syntax) as one PEP 440 set; undefined when `||` or unparsable. */
function poetryPythonToPep440(v: unknown): string | undefined {
  if (typeof v !== 'string' || v.trim() === '' || v.trim() === '*') return undefined;
  try {
    const alts = poetryToPep440(v);
    return alts.length === 1 ? alts[0] : undefined;
  } catch {
    return undefined;
  }
}

/** Does `version` satisfy a Poetry dependency value (string, table, or array of tables)? */
function poetryValueSatisfied(tools: VersionTools, value: unknown, version: string): boolean | undefined {
  const constraints: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string') constraints.push(v);
    else if (isTable(v)) {
      if (typeof v['version'] === 'string') constraints.push(v['version']);
      else if (v['git'] || v['path'] || v['url']) return;
      else constraints.push('*');
    } else if (Array.isArray(v)) v.forEach(collect);
  };
  collect(value);
  if (constraints.length === 0) return undefined;
  let unknown = false;
  for (const c of constraints) {
    let alts: string[];
    try {
      alts = poetryToPep440(c);
    } catch {
      unknown = true;
      continue;
    }
    for (const alt of alts) {
      const r = alt === '' ? true : tools.satisfies(version, alt);
      if (r === true) return true;
      if (r === undefined) unknown = true;
    }
  }
  return unknown ? undefined : false;
}

// ---------------------------------------------------------------------------------------
// PEP 508 string: just the name/extras/specifier/marker split needed for drift details
// ---------------------------------------------------------------------------------------

/** Split a PEP 508 string (pep508.parseRequirement; a lenient regex for malformed input). */
export function splitRequirement(req: string): { name: string; specifier: string; marker?: string; url?: string } | undefined {
  try {
    const r = parseRequirement(req);
    return { name: r.name, specifier: r.specifier.replace(/\s+/g, ''), ...(r.markerText ? { marker: r.markerText } : {}), ...(r.url ? { url: r.url } : {}) };
  } catch {
    // fall through
  }
  const m = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/.exec(req);
  if (!m) return undefined;
  let rest = m[3]!;
  let marker: string | undefined;
  const semi = rest.indexOf(';');
  if (semi >= 0) {
    marker = rest.slice(semi + 1).trim();
    rest = rest.slice(0, semi);
  }
  rest = rest.trim();
  if (rest.startsWith('@')) return { name: m[1]!, specifier: '', url: rest.slice(1).trim(), ...(marker ? { marker } : {}) };
  if (rest.startsWith('(') && rest.endsWith(')')) rest = rest.slice(1, -1);
  return { name: m[1]!, specifier: rest.replace(/\s+/g, ''), ...(marker ? { marker } : {}) };
}

// ---------------------------------------------------------------------------------------
// The checker
// ---------------------------------------------------------------------------------------

interface PkgEntry {
  index: number;
  name: string;
  rawName: string;
  version: string;
  table: TomlTable;
}

export async function checkPoetry(input: ProjectInput): Promise<LockCheckResult> {
  const ws = input.workspace;
  const lockRel = relPath(ws, input.lockfile);
  const lockText = readProjectFile(input.lockfile, undefined, lockRel);
  const lock = parseToml(lockText, lockRel);
  const idx = new TomlLineIndex(lockText);
  const findings: Finding[] = [];

  const firstLine = lockText.slice(0, lockText.indexOf('\n') >>> 0);
  const toolVersion = /Poetry ([^ \s]+)/.exec(firstLine)?.[1];
  const metadata = sub(lock, 'metadata');
  const lockVersion = typeof metadata?.['lock-version'] === 'string' ? (metadata['lock-version'] as string) : undefined;
  const algorithm = poetryAlgorithmFor(toolVersion, lockVersion);
  const fix = poetryFixCommand(algorithm);
  // Line lookups are functions: only a finding needs one, and the first lookup indexes the file.
  const metaLine = (): number | undefined => idx.tableLine('metadata');

  const result: LockCheckResult = {
    manager: 'poetry',
    lockfile: input.lockfile,
    freshness: 'inconclusive',
    packages: 0,
    findings,
    locked: [],
  };
  if (toolVersion) result.toolVersion = toolVersion;
  if (lockVersion) result.formatVersion = lockVersion;

  if (!metadata) {
    throw new UserError(`${lockRel} has no [metadata] table; it is not a poetry.lock or is truncated.`, {
      title: 'invalid lockfile',
      location: { file: lockRel },
      // Which Poetry wrote it is unknown: `poetry lock` regenerates it in 1.x and 2.x alike (1.x's
      // --no-update keeps pins, and there are none to keep; 2.x no longer has the flag).
      hint: `Regenerate it with \`${toolVersion || lockVersion ? fix : 'poetry lock'}\`.`,
    });
  }

  // ---- format version ----
  const lv = releaseTuple(lockVersion ?? '1.0');
  let formatSupported = true;
  if (lv[0] === undefined || lv[0] < 1 || lv[0] >= 3) {
    formatSupported = false;
    findings.push({
      class: 'unsupported-format',
      severity: 'error',
      message: `poetry.lock format ${lockVersion} is not readable by any known Poetry (reads >=1,<3).`,
      found: lockVersion ?? '(none)',
      expected: '1.x or 2.x',
      lock: { file: lockRel, line: idx.keyLine('metadata', 'lock-version') ?? metaLine() },
      fix,
    });
  } else if (cmpRelease(lv, [2, 1]) > 0) {
    findings.push({
      class: 'unsupported-format',
      severity: 'warning',
      message: `poetry.lock format ${lockVersion} is newer than the newest this checker knows (2.1); results may be incomplete.`,
      found: lockVersion,
      expected: '<= 2.1',
      lock: { file: lockRel, line: idx.keyLine('metadata', 'lock-version') ?? metaLine() },
    });
  }

  // ---- packages ----
  const pkgs: PkgEntry[] = [];
  const rawPkgs = Array.isArray(lock['package']) ? (lock['package'] as unknown[]) : [];
  rawPkgs.forEach((p, i) => {
    if (!isTable(p)) return;
    const rawName = typeof p['name'] === 'string' ? p['name'] : '';
    const version = typeof p['version'] === 'string' ? p['version'] : '';
    pkgs.push({ index: i, name: normalizeName(rawName), rawName, version, table: p });
  });
  const byName = new Map<string, PkgEntry[]>();
  for (const p of pkgs) {
    const l = byName.get(p.name);
    if (l) l.push(p);
    else byName.set(p.name, [p]);
  }
  const metaFiles = sub(metadata, 'files');
  const metaHashes = sub(metadata, 'hashes');
  const pkgLine = (p: PkgEntry, key = 'name'): number | undefined => idx.arrayKeyLine('package', p.index, key);
  const tools: VersionTools = versionTools;
  const requiresPython = poetryPythonToPep440(metadata['python-versions']);

  const distinct = new Set<string>();
  for (const p of pkgs) {
    distinct.add(`${p.name}@${p.version}`);
    const t = p.table;
    const source = sub(t, 'source');
    const sourceType = typeof source?.['type'] === 'string' ? (source['type'] as string) : undefined;
    const kind: LockedPackage['source'] =
      sourceType === 'git' ? 'git' : sourceType === 'directory' || sourceType === 'file' ? 'path' : sourceType === 'url' ? 'url' : 'registry';
    const develop = t['develop'] === true;
    const localPath = kind === 'path' && typeof source?.['url'] === 'string' ? (source['url'] as string) : undefined;

    // Files: lock 2.x per package; 1.x [metadata.files]; oldest [metadata.hashes].
    let files: { file?: string; hash?: string }[] = [];
    if (Array.isArray(t['files'])) files = (t['files'] as unknown[]).filter(isTable) as { file?: string; hash?: string }[];
    else if (metaFiles && Array.isArray(metaFiles[p.rawName] ?? metaFiles[p.name])) {
      files = ((metaFiles[p.rawName] ?? metaFiles[p.name]) as unknown[]).filter(isTable) as { file?: string; hash?: string }[];
    } else if (metaHashes && Array.isArray(metaHashes[p.rawName] ?? metaHashes[p.name])) {
      files = ((metaHashes[p.rawName] ?? metaHashes[p.name]) as unknown[]).filter((h) => typeof h === 'string').map((h) => ({ hash: h as string }));
    }
    // One pass (thousands of artifacts per lock): the hashes, and whether any artifact lacks one.
    const hashes: string[] = [];
    let unhashed = false;
    for (const f of files) {
      const h = f.hash;
      if (typeof h === 'string' && h !== '') hashes.push(h);
      if (!h) unhashed = true;
    }

    const lp: LockedPackage = { name: p.name, version: p.version, source: kind };
    const markers = t['markers'];
    if (typeof markers === 'string') lp.marker = markers;
    if (Array.isArray(t['groups'])) lp.groups = (t['groups'] as unknown[]).filter((g): g is string => typeof g === 'string');
    else if (typeof t['category'] === 'string') lp.groups = [t['category'] as string];
    if (hashes.length) lp.hashes = hashes;
    if (localPath !== undefined) lp.path = localPath;
    result.locked.push(lp);

    // Exact pin.
    if (!p.version || /[<>=!~^*,|]/.test(p.version)) {
      findings.push({
        class: 'unpinned',
        severity: 'error',
        message: `${p.name} is not pinned to one exact version in ${lockRel}.`,
        package: p.name,
        found: p.version || '(no version)',
        expected: 'an exact version',
        lock: { file: lockRel, line: pkgLine(p, 'version') },
        fix,
      });
    }

    // VCS pins.
    if (sourceType === 'git') {
      const resolved = source?.['resolved_reference'];
      if (!isFullCommitSha(resolved)) {
        findings.push({
          class: 'vcs-not-pinned',
          severity: 'error',
          message: `${p.name} comes from git but is not pinned to a full commit SHA.`,
          package: p.name,
          found: typeof resolved === 'string' ? resolved : String(source?.['reference'] ?? '(no resolved_reference)'),
          expected: 'a 40-hex (or 64-hex) commit id in resolved_reference',
          lock: { file: lockRel, line: idx.subTable('package.source', p.index)?.line ?? pkgLine(p) },
          fix,
        });
      }
    }

    // Hashes.
    const exempt = sourceType === 'git' || sourceType === 'directory' || develop;
    if (input.requireHashes && !exempt) {
      const missing = files.length === 0 || unhashed;
      if (missing) {
        findings.push({
          class: 'missing-hash',
          severity: 'error',
          message:
            files.length === 0
              ? `${p.name} ${p.version} has no artifact hashes in ${lockRel}.`
              : `${p.name} ${p.version} has artifacts without a hash in ${lockRel}.`,
          package: p.name,
          expected: 'a sha256 hash for every artifact',
          found: `${hashes.length} of ${files.length} files hashed`,
          lock: { file: lockRel, line: pkgLine(p, 'files') ?? pkgLine(p) },
          fix,
        });
      }
    }

    const badHash = firstHashProblem(hashes);
    if (badHash) {
      const section = idx.arrayTable('package', p.index);
      findings.push(malformedHashFinding(p.name, badHash.problem, badHash.count, { file: lockRel, line: idx.stringLine(badHash.hash, section?.line, section?.endLine) ?? pkgLine(p) }, fix));
    }

    // Version ↔ artifact names.
    for (const f of files) {
      if (typeof f.file !== 'string') continue;
      const mm = checkArtifactName(f.file, p.rawName || p.name, p.version);
      if (mm) {
        const section = idx.arrayTable('package', p.index);
        findings.push(artifactMismatchFinding(mm, p.name, { file: lockRel, line: idx.stringLine(f.file, section?.line, section?.endLine) ?? pkgLine(p) }, fix));
        break;
      }
    }

    // Credentials.
    const url = source?.['url'];
    if (typeof url === 'string') {
      const cred = findUrlCredentials(url);
      if (cred) {
        findings.push({
          class: 'credentials-in-url',
          severity: 'error',
          message: `${p.name}: source URL carries credentials (${cred.kind}): ${cred.masked}`,
          package: p.name,
          found: cred.masked,
          expected: 'a URL without credentials (use poetry config http-basic / environment variables)',
          lock: { file: lockRel, line: idx.subTable('package.source', p.index)?.keys.get('url') ?? pkgLine(p) },
        });
      }
    }
  }
  result.packages = distinct.size;

  // ---- dependency edges ----
  const depLine = (index: number, key: string): number | undefined => {
    const section = idx.subTable('package.dependencies', index);
    return section?.keys.get(key) ?? section?.line;
  };
  for (const p of pkgs) {
    const deps = sub(p.table, 'dependencies');
    if (!deps) continue;
    for (const [depRaw, spec] of Object.entries(deps)) {
      const depName = normalizeName(depRaw);
      if (byName.has(depName)) continue;
      const specs = Array.isArray(spec) ? spec : [spec];
      const allOptional = specs.every((s) => isTable(s) && s['optional'] === true);
      if (allOptional) continue; // only locked when some package requests the extra
      const conditional = specs.every((s) => isTable(s) && (typeof s['markers'] === 'string' || typeof s['python'] === 'string'));
      let applies: boolean | undefined = true;
      if (conditional) {
        applies = false;
        for (const s of specs as TomlTable[]) {
          let r: boolean | undefined = true;
          if (typeof s['python'] === 'string') {
            const py = s['python'];
            const versions = pythonVersionsFor(requiresPython);
            r = versions.some((v) => {
              try {
                return poetrySatisfies(v, py);
              } catch {
                return true;
              }
            });
          }
          if (r !== false && typeof s['markers'] === 'string') r = tools.markerApplies?.(s['markers'], requiresPython);
          if (r !== false) {
            applies = r;
            break;
          }
        }
      }
      if (applies === false) continue;
      findings.push({
        class: 'dangling-dependency',
        severity: applies === true ? 'error' : 'notice',
        message:
          applies === true
            ? `${p.name} depends on ${depName}, which is not in ${lockRel}.`
            : `${p.name} depends on ${depName} under a marker, and ${depName} is not in ${lockRel} (marker not evaluated).`,
        package: depName,
        expected: `a [[package]] entry for ${depName}`,
        found: 'none',
        lock: { file: lockRel, line: depLine(p.index, depRaw) ?? pkgLine(p) },
        fix,
      });
    }
  }

  // ---- manifest & freshness ----
  const beside = readManifestBeside(input.lockfile, 'pyproject.toml', ws, result);
  if (!beside) return result;
  const { rel: manifestRel, text: manText } = beside;
  const pyproject = parseToml(manText, manifestRel);
  const recorded = metadata['content-hash'];
  const hashLine = (): number | undefined => idx.keyLine('metadata', 'content-hash') ?? metaLine();

  if (!formatSupported) {
    result.freshness = 'inconclusive';
    result.inconclusiveReason = `unsupported poetry.lock format ${lockVersion}`;
    return result;
  }
  if (typeof recorded !== 'string' || recorded === '') {
    result.freshness = 'stale';
    findings.push({
      class: 'drift',
      severity: 'error',
      message: `${lockRel} has no content-hash; Poetry treats it as out of date.`,
      lock: { file: lockRel, line: metaLine() },
      expected: 'metadata.content-hash',
      found: '(missing)',
      fix,
    });
    return result;
  }

  let hashes: Record<PoetryHashAlgorithm, string>;
  try {
    hashes = {
      'poetry-1': poetryContentHash(pyproject, 'poetry-1'),
      'poetry-2.0': poetryContentHash(pyproject, 'poetry-2.0'),
      'poetry-2.3': poetryContentHash(pyproject, 'poetry-2.3'),
    };
  } catch (err) {
    if (err instanceof PyJsonUnsupportedError) {
      result.freshness = 'inconclusive';
      result.inconclusiveReason = `a hashed pyproject value cannot be JSON-serialised (${err.message}); Poetry itself would fail`;
      findings.push({
        class: 'inconclusive',
        severity: 'warning',
        message: `Cannot compute Poetry's content-hash: ${err.message}.`,
        manifest: { file: manifestRel },
      });
      return result;
    }
    throw err;
  }

  // What the writing Poetry says (≥2.3 also accepts the pre-2.3 hash when the header is older).
  const writerFresh = recorded === hashes[algorithm];
  // What a current Poetry (≥2.3) says about this lock: the pre-2.3 hash only when the header names a version below 2.3.
  const header = poetryHeaderVersion(lockText);
  const headerBefore23 = header !== null && compareParsed(header, V23) < 0;
  const modernFresh = recorded === hashes['poetry-2.3'] || (headerBefore23 && recorded === hashes['poetry-2.0']);
  if (writerFresh && !modernFresh && algorithm !== 'poetry-1') {
    // A 2.x lock whose header Poetry cannot read: fresh for 2.0–2.2, stale for ≥2.3 (which hashes [dependency-groups]).
    result.freshness = 'inconclusive';
    result.inconclusiveReason = `${lockRel} matches the content-hash of Poetry 2.0–2.2 but its first line names no Poetry version that Poetry >= 2.3 can read, so Poetry >= 2.3 (which also hashes [dependency-groups]) reports it as stale`;
    findings.push({
      class: 'tool-version-skew',
      severity: 'warning',
      message: `${lockRel} is fresh for Poetry 2.0–2.2 but stale for Poetry >= 2.3: its header has no readable Poetry version, so the pre-2.3 content-hash is not accepted.`,
      lock: { file: lockRel, line: 1 },
      expected: hashes['poetry-2.3'],
      found: recorded,
      fix: 'poetry lock',
    });
    return result;
  }

  if (writerFresh || modernFresh) {
    result.freshness = 'fresh';
    if (writerFresh && !modernFresh) {
      findings.push({
        class: 'tool-version-skew',
        severity: 'warning',
        message: `${lockRel} is fresh for Poetry ${toolVersion ?? '1.x'}, but Poetry >= 2 hashes [project] too and will report it as stale.`,
        lock: { file: lockRel, line: hashLine() },
        expected: hashes['poetry-2.3'],
        found: recorded,
        fix: 'poetry lock',
      });
    } else if (!writerFresh && modernFresh) {
      findings.push({
        class: 'tool-version-skew',
        severity: 'notice',
        message: `${lockRel} matches the Poetry >= 2 content-hash, not the one Poetry ${toolVersion ?? '(unknown)'} from its header would compute.`,
        lock: { file: lockRel, line: hashLine() },
        expected: hashes[algorithm],
        found: recorded,
      });
    }
    return result;
  }

  result.freshness = 'stale';
  const drift = poetryDrift(pyproject, manText, manifestRel, byName, idx, lockRel, fix, tools, algorithm);
  const definite = drift.filter((f) => f.severity === 'error');
  if (definite.length) findings.push(...definite);
  else {
    const sections = algorithm === 'poetry-1' ? '[tool.poetry] dependencies/source/extras/dev-dependencies/group' : '[project] requires-python/dependencies/optional-dependencies, [tool.poetry] dependencies/source/extras/group' + (algorithm === 'poetry-2.3' ? ', [dependency-groups]' : '');
    // No single requirement explains the new hash: point at the first hashed section there is.
    const mIdx = new TomlLineIndex(manText);
    const hashedLine = (algorithm === 'poetry-1' ? ['tool.poetry.dependencies', 'tool.poetry'] : ['project', 'tool.poetry.dependencies', 'dependency-groups', 'tool.poetry']).map((t) => mIdx.tableLine(t)).find((l) => l !== undefined);
    findings.push({
      class: 'drift',
      severity: 'error',
      message: `pyproject.toml changed significantly since ${lockRel} was last generated (hashed: ${sections}).`,
      manifest: { file: manifestRel, line: hashedLine },
      lock: { file: lockRel, line: hashLine() },
      expected: hashes[algorithm],
      found: recorded,
      fix,
    });
    findings.push(...drift);
  }
  return result;
}

interface ManifestReq {
  name: string;
  /** Poetry-syntax value or PEP 508 specifier. */
  value: unknown;
  pep508?: string;
  line: number | undefined;
  where: string;
}

function poetryDrift(
  pyproject: TomlTable,
  manText: string,
  manifestRel: string,
  byName: Map<string, PkgEntry[]>,
  lockIdx: TomlLineIndex,
  lockRel: string,
  fix: string,
  tools: VersionTools | undefined,
  algorithm: PoetryHashAlgorithm,
): Finding[] {
  const mIdx = new TomlLineIndex(manText);
  const reqs: ManifestReq[] = [];
  const project = sub(pyproject, 'project');
  const toolPoetry = sub(sub(pyproject, 'tool'), 'poetry');
  const rootName = typeof project?.['name'] === 'string' ? normalizeName(project['name']) : typeof toolPoetry?.['name'] === 'string' ? normalizeName(toolPoetry['name'] as string) : '';
  const addPep508List = (list: unknown, table: string, key: string, where: string): void => {
    if (!Array.isArray(list)) return;
    for (const r of list) {
      if (typeof r !== 'string') continue;
      const s = splitRequirement(r);
      if (!s) continue;
      reqs.push({ name: normalizeName(s.name), value: s.specifier, pep508: r, line: mIdx.requirementLine(table, key, s.name) ?? mIdx.keyLine(table, key), where });
    }
  };
  if (algorithm !== 'poetry-1' && project) {
    addPep508List(project['dependencies'], 'project', 'dependencies', '[project].dependencies');
    const opt = sub(project, 'optional-dependencies');
    if (opt) for (const [extra, list] of Object.entries(opt)) addPep508List(list, 'project.optional-dependencies', extra, `[project.optional-dependencies].${extra}`);
  }
  if (algorithm === 'poetry-2.3') {
    const groups = sub(pyproject, 'dependency-groups');
    if (groups) for (const [g, list] of Object.entries(groups)) addPep508List(list, 'dependency-groups', g, `[dependency-groups].${g}`);
  }
  const addPoetryTable = (t: TomlTable | undefined, table: string, where: string): void => {
    if (!t) return;
    for (const [name, value] of Object.entries(t)) {
      if (name.toLowerCase() === 'python') continue;
      reqs.push({ name: normalizeName(name), value, line: mIdx.keyLine(table, name) ?? mIdx.tableLine(table), where });
    }
  };
  addPoetryTable(sub(toolPoetry, 'dependencies'), 'tool.poetry.dependencies', '[tool.poetry.dependencies]');
  addPoetryTable(sub(toolPoetry, 'dev-dependencies'), 'tool.poetry.dev-dependencies', '[tool.poetry.dev-dependencies]');
  const groups = sub(toolPoetry, 'group');
  if (groups) for (const [g, gt] of Object.entries(groups)) addPoetryTable(sub(gt, 'dependencies'), `tool.poetry.group.${g}.dependencies`, `[tool.poetry.group.${g}.dependencies]`);

  const out: Finding[] = [];
  for (const r of reqs) {
    if (r.name === rootName) continue;
    const locked = byName.get(r.name);
    if (!locked) {
      // A requirement limited by a marker may legitimately be absent; only report when
      // it is unconditional (or the marker can be evaluated and applies).
      const marker = r.pep508 ? splitRequirement(r.pep508)?.marker : isTable(r.value) && typeof r.value['markers'] === 'string' ? r.value['markers'] : undefined;
      const pythonOnly = isTable(r.value) && typeof r.value['python'] === 'string';
      if ((marker || pythonOnly) && !tools?.markerApplies) {
        out.push({
          class: 'drift',
          severity: 'warning',
          message: `${r.name} is required by ${r.where} (under a marker that was not evaluated) but is not in ${lockRel}.`,
          package: r.name,
          manifest: { file: manifestRel, line: r.line },
          expected: r.pep508 ?? `${r.name} ${typeof r.value === 'string' ? r.value : JSON.stringify(r.value)}`,
          found: 'not locked',
          fix,
        });
        continue;
      }
      out.push({
        class: 'drift',
        severity: 'error',
        message: `${r.name} is required by ${r.where} but is not in ${lockRel}.`,
        package: r.name,
        manifest: { file: manifestRel, line: r.line },
        expected: r.pep508 ?? `${r.name} ${typeof r.value === 'string' ? r.value : (isTable(r.value) && typeof r.value['version'] === 'string' ? r.value['version'] : '')}`.trim(),
        found: 'not locked',
        fix,
      });
      continue;
    }
    if (!tools) continue;
    let ok: boolean | undefined;
    for (const l of locked) {
      const sat = r.pep508 !== undefined ? (r.value === '' ? true : tools.satisfies(l.version, String(r.value))) : poetryValueSatisfied(tools, r.value, l.version);
      if (sat === true) {
        ok = true;
        break;
      }
      if (sat === false) ok = false;
    }
    if (ok === false) {
      const l = locked[0]!;
      out.push({
        class: 'drift',
        severity: 'error',
        message: `${r.name} ${l.version} in ${lockRel} does not satisfy ${r.where}.`,
        package: r.name,
        manifest: { file: manifestRel, line: r.line },
        lock: { file: lockRel, line: lockIdx.arrayKeyLine('package', l.index, 'version') },
        expected: r.pep508 ?? (typeof r.value === 'string' ? r.value : isTable(r.value) ? String(r.value['version'] ?? '') : JSON.stringify(r.value)),
        found: l.version,
        fix,
      });
    }
  }
  return out;
}
