/**
 * pylock.toml (PEP 751) checker: spec validity, artifact names, hashes, VCS commit ids,
 * credentials; freshness only for files written by PDM (`[tool.pdm] hashes`), otherwise
 * inconclusive.
 */
import { UserError } from '../errors.js';
import type { Finding, LockCheckResult, LockedPackage, ProjectInput } from './types.js';
import { digestProblem, malformedHashFinding } from './hashes.js';
import { artifactMismatchFinding, checkArtifactName, findUrlCredentials, isFullCommitSha, normalizeName } from './names.js';
import { pdmContentHash } from './pdm.js';
import { parseMarker } from './pep508.js';
import { PyJsonUnsupportedError } from './pyjson.js';
import { checkExportAgainstUvLock, parseRequirementsHeader, type ExportedPackage } from './requirements.js';
import { parseToml, readManifestBeside, readProjectFile, relPath, TomlLineIndex, type TomlTable } from './toml.js';

function isTable(v: unknown): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

const KNOWN_MINOR = 0;

type Where = number | undefined | (() => number | undefined);

export function checkPylock(input: ProjectInput): LockCheckResult {
  const ws = input.workspace;
  const lockRel = relPath(ws, input.lockfile);
  const text = readProjectFile(input.lockfile, undefined, lockRel);
  const doc = parseToml(text, lockRel);
  const idx = new TomlLineIndex(text);
  const findings: Finding[] = [];
  const result: LockCheckResult = { manager: 'pylock', lockfile: input.lockfile, freshness: 'inconclusive', packages: 0, findings, locked: [] };
  const createdBy = typeof doc['created-by'] === 'string' ? (doc['created-by'] as string) : undefined;
  const lockVersion = doc['lock-version'];
  if (typeof lockVersion === 'string') result.formatVersion = lockVersion;
  const fix = createdBy === 'pdm' ? 'pdm lock' : createdBy === 'uv' ? 'uv export -o pylock.toml' : createdBy ? `regenerate pylock.toml with ${createdBy}` : undefined;
  // Lines are looked up lazily (`Where` thunks): only a finding needs one, and the first lookup
  // indexes the whole file.
  const lineOf = (where: Where): number | undefined => (typeof where === 'function' ? where() : where);
  const invalid = (message: string, where: Where, pkg?: string): void => {
    const f: Finding = { class: 'invalid-lockfile', severity: 'error', message, lock: { file: lockRel, line: lineOf(where) } };
    if (pkg) f.package = pkg;
    if (fix) f.fix = fix;
    findings.push(f);
  };

  // ---- top level ----
  if (typeof lockVersion !== 'string') {
    invalid(`${lockRel} has no lock-version (required by PEP 751).`, 1);
  } else {
    const m = /^(\d+)\.(\d+)$/.exec(lockVersion);
    if (!m || m[1] !== '1') {
      findings.push({ class: 'unsupported-format', severity: 'error', message: `pylock lock-version ${lockVersion} is not supported (installers MUST reject an unknown major version).`, expected: '1.x', found: lockVersion, lock: { file: lockRel, line: idx.keyLine('', 'lock-version') } });
      result.inconclusiveReason = `unsupported lock-version ${lockVersion}`;
      return result;
    }
    if (Number(m[2]) > KNOWN_MINOR) {
      findings.push({ class: 'unsupported-format', severity: 'warning', message: `pylock lock-version ${lockVersion} is newer than 1.${KNOWN_MINOR}; unknown keys may be ignored.`, found: lockVersion, lock: { file: lockRel, line: idx.keyLine('', 'lock-version') } });
    }
  }
  if (!createdBy) invalid(`${lockRel} has no created-by (required by PEP 751).`, 1);
  else result.toolVersion = createdBy;
  for (const key of ['environments', 'extras', 'dependency-groups', 'default-groups'] as const) {
    const v = doc[key];
    if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))) invalid(`${key} must be an array of strings.`, idx.keyLine('', key));
  }
  if (Array.isArray(doc['environments'])) {
    for (const env of doc['environments'] as unknown[]) {
      if (typeof env !== 'string') continue;
      try {
        parseMarker(env);
      } catch (err) {
        invalid(`environments marker does not parse: ${(err as Error).message}`, idx.stringLine(env) ?? idx.keyLine('', 'environments'));
      }
    }
  }
  if (!Array.isArray(doc['packages'])) {
    invalid(`${lockRel} has no [[packages]] array (required by PEP 751).`, 1);
    return result;
  }

  // ---- packages ----
  const distinct = new Set<string>();
  // For a `uv export` output: each package as the uv.lock comparison reads it, with its index here.
  const exported: (ExportedPackage & { index: number })[] = [];
  (doc['packages'] as unknown[]).forEach((p, i) => {
    const sec = () => idx.arrayTable('packages', i);
    const at = (key?: string): number | undefined => (key ? sec()?.keys.get(key) : undefined) ?? sec()?.line;
    if (!isTable(p)) {
      invalid(`packages[${i}] is not a table.`, () => sec()?.line);
      return;
    }
    const rawName = typeof p['name'] === 'string' ? p['name'] : '';
    const name = normalizeName(rawName);
    if (!rawName) {
      invalid(`packages[${i}] has no name.`, () => at());
      return;
    }
    if (rawName !== name) invalid(`Package name "${rawName}" is not normalised (PEP 751 requires "${name}").`, () => at('name'), name);
    const version = typeof p['version'] === 'string' ? p['version'] : undefined;
    const kinds = (['vcs', 'directory', 'archive'] as const).filter((k) => p[k] !== undefined);
    const hasDist = p['sdist'] !== undefined || p['wheels'] !== undefined;
    if (kinds.length + (hasDist ? 1 : 0) !== 1) {
      invalid(`${name}: exactly one of vcs, directory, archive or sdist/wheels must be given (found ${[...kinds, ...(hasDist ? ['sdist/wheels'] : [])].join(', ') || 'none'}).`, () => at(), name);
    }
    if (typeof p['marker'] === 'string') {
      try {
        parseMarker(p['marker']);
      } catch (err) {
        invalid(`${name}: marker does not parse: ${(err as Error).message}`, () => at('marker'), name);
      }
    }
    const lp: LockedPackage = { name, version: version ?? '', source: 'registry' };
    if (typeof p['marker'] === 'string') lp.marker = p['marker'];
    const hashes: string[] = [];
    const checkHashes = (h: unknown, what: string, where: Where): void => {
      if (!isTable(h) || Object.keys(h).length === 0) {
        findings.push({ class: 'missing-hash', severity: 'error', message: `${name}: ${what} has no hashes (PEP 751 requires at least one).`, package: name, expected: 'hashes = { sha256 = "…" }', found: 'none', lock: { file: lockRel, line: lineOf(where) }, ...(fix ? { fix } : {}) });
        return;
      }
      let bad: { problem: NonNullable<ReturnType<typeof digestProblem>>; count: number } | undefined;
      for (const [algo, val] of Object.entries(h)) {
        if (typeof val !== 'string') continue;
        hashes.push(`${algo}:${val}`);
        const problem = digestProblem(algo, val);
        if (problem) bad = { problem: bad?.problem ?? problem, count: (bad?.count ?? 0) + 1 };
      }
      if (bad) findings.push(malformedHashFinding(name, bad.problem, bad.count, { file: lockRel, line: lineOf(where) }, fix));
    };
    const checkUrl = (u: unknown, where: Where): void => {
      if (typeof u !== 'string') return;
      const cred = findUrlCredentials(u);
      if (cred) findings.push({ class: 'credentials-in-url', severity: 'error', message: `${name}: URL carries credentials (${cred.kind}): ${cred.masked}`, package: name, found: cred.masked, lock: { file: lockRel, line: lineOf(where) } });
    };
    checkUrl(p['index'], () => at('index'));
    if (isTable(p['vcs'])) {
      lp.source = 'git';
      const v = p['vcs'];
      const vLine = () => idx.subTable('packages.vcs', i)?.line ?? at('vcs');
      if (typeof v['type'] !== 'string') invalid(`${name}: vcs.type is required.`, vLine, name);
      if (typeof v['url'] !== 'string' && typeof v['path'] !== 'string') invalid(`${name}: vcs needs url or path.`, vLine, name);
      if (!isFullCommitSha(v['commit-id'])) {
        findings.push({ class: 'vcs-not-pinned', severity: 'error', message: `${name}: vcs.commit-id is missing or not a full commit id.`, package: name, expected: 'a 40-hex (or 64-hex) commit-id', found: String(v['commit-id'] ?? '(missing)'), lock: { file: lockRel, line: vLine() }, ...(fix ? { fix } : {}) });
      }
      checkUrl(v['url'], vLine);
    } else if (isTable(p['directory'])) {
      lp.source = 'path';
      if (typeof p['directory']['path'] !== 'string') invalid(`${name}: directory.path is required.`, () => at('directory'), name);
      else lp.path = p['directory']['path'];
    } else if (isTable(p['archive'])) {
      const a = p['archive'];
      lp.source = typeof a['url'] === 'string' ? 'url' : 'path';
      if (lp.source === 'path' && typeof a['path'] === 'string') lp.path = a['path'];
      const aLine = () => idx.subTable('packages.archive', i)?.line ?? at('archive');
      if (typeof a['url'] !== 'string' && typeof a['path'] !== 'string') invalid(`${name}: archive needs url or path.`, aLine, name);
      checkHashes(a['hashes'], 'archive', aLine);
      checkUrl(a['url'], aLine);
    }
    if ((lp.source === 'git' || lp.source === 'path') && !isTable(p['archive']) && version !== undefined) {
      findings.push({ class: 'invalid-lockfile', severity: 'warning', message: `${name}: version should not be given for a source tree (PEP 751).`, package: name, lock: { file: lockRel, line: at('version') } });
    }
    const artifacts: { file: string; line: Where }[] = [];
    if (p['sdist'] !== undefined) {
      const s = p['sdist'];
      const sLine = () => idx.subTable('packages.sdist', i)?.line ?? at('sdist');
      if (!isTable(s)) invalid(`${name}: sdist must be a table.`, sLine, name);
      else {
        if (typeof s['url'] !== 'string' && typeof s['path'] !== 'string') invalid(`${name}: sdist needs url or path.`, sLine, name);
        checkHashes(s['hashes'], 'sdist', sLine);
        checkUrl(s['url'], sLine);
        const fname = typeof s['name'] === 'string' ? s['name'] : typeof s['url'] === 'string' ? s['url'] : typeof s['path'] === 'string' ? s['path'] : undefined;
        if (fname) artifacts.push({ file: fname, line: sLine });
      }
    }
    if (p['wheels'] !== undefined) {
      if (!Array.isArray(p['wheels'])) invalid(`${name}: wheels must be an array.`, () => at('wheels'), name);
      else {
        for (const w of p['wheels'] as unknown[]) {
          if (!isTable(w)) continue;
          const fname = typeof w['name'] === 'string' ? w['name'] : typeof w['url'] === 'string' ? w['url'] : typeof w['path'] === 'string' ? w['path'] : undefined;
          const wLine = () => (fname ? (idx.stringLine(fname, sec()?.line, sec()?.endLine) ?? at('wheels')) : at('wheels'));
          if (typeof w['url'] !== 'string' && typeof w['path'] !== 'string') invalid(`${name}: a wheel needs url or path.`, wLine, name);
          checkHashes(w['hashes'], `wheel ${fname ?? ''}`.trim(), wLine);
          checkUrl(w['url'], wLine);
          if (fname) artifacts.push({ file: fname, line: wLine });
        }
      }
    }
    if (version !== undefined) {
      for (const a of artifacts) {
        const mm = checkArtifactName(a.file, name, version);
        if (mm) {
          findings.push(artifactMismatchFinding(mm, name, { file: lockRel, line: lineOf(a.line) }, fix));
          break;
        }
      }
    }
    if (hashes.length) lp.hashes = hashes;
    result.locked.push(lp);
    exported.push({ name, ...(version !== undefined ? { version } : {}), hashes, text: `${rawName}${version ? `==${version}` : ''}`, line: 0, index: i });
    distinct.add(`${name}@${version ?? ''}`);
  });
  result.packages = distinct.size;

  // ---- freshness ----
  const pdmTool = isTable(doc['tool']) && isTable((doc['tool'] as TomlTable)['pdm']) ? ((doc['tool'] as TomlTable)['pdm'] as TomlTable) : undefined;
  const recorded = pdmTool && isTable(pdmTool['hashes']) ? pdmTool['hashes'] : undefined;
  const header = parseRequirementsHeader(text);
  if (!recorded && createdBy === 'uv' && header.writer === 'uv-export' && header.command) {
    // `uv export --format pylock.toml`: the same comparison with the uv.lock as a requirements.txt export.
    const before = findings.length;
    const uncertain: string[] = [];
    checkExportAgainstUvLock(input, header.command, exported, findings, uncertain, result, lockRel);
    // Lines only for findings: looking one up indexes the whole file, which a fresh run never needs.
    const indexOf = new Map(exported.map((e) => [e.name, e.index]));
    for (const f of findings.slice(before)) {
      if (f.lock?.file === lockRel && !f.lock.line && f.package !== undefined && indexOf.has(f.package)) f.lock.line = idx.arrayTable('packages', indexOf.get(f.package)!)?.line;
    }
    const stale = findings.slice(before).some((f) => f.severity === 'error' && (f.class === 'drift' || f.class === 'version-mismatch'));
    if (stale) result.freshness = 'stale';
    else if (uncertain.length) result.inconclusiveReason = uncertain.join('; ');
    else result.freshness = 'fresh';
    return result;
  }
  if (!recorded) {
    result.inconclusiveReason =
      pdmTool && pdmTool['lock_inputs'] !== undefined
        ? 'pylock.toml written by PDM with lock_inputs; compare with `pdm lock --check`'
        : `pylock.toml written by ${createdBy ?? 'an unknown tool'} records no manifest hash; freshness needs the tool that wrote it`;
    return result;
  }
  const beside = readManifestBeside(input.lockfile, 'pyproject.toml', ws, result);
  if (!beside) return result;
  const { rel: manifestRel } = beside;
  const pyproject = parseToml(beside.text, manifestRel);
  const [algo, value] = Object.entries(recorded).find(([, v]) => typeof v === 'string') ?? [];
  if (!algo || typeof value !== 'string') {
    result.inconclusiveReason = '[tool.pdm] hashes is empty';
    return result;
  }
  let computed: string;
  try {
    computed = pdmContentHash(pyproject, 'dependency-groups', algo);
  } catch (err) {
    if (err instanceof PyJsonUnsupportedError || err instanceof UserError || /digest/i.test((err as Error).message)) {
      result.inconclusiveReason = `cannot compute PDM's content hash: ${(err as Error).message}`;
      return result;
    }
    throw err;
  }
  if (computed === value) {
    result.freshness = 'fresh';
    return result;
  }
  result.freshness = 'stale';
  findings.push({
    class: 'drift',
    severity: 'error',
    message: `${lockRel} does not match ${manifestRel}: the PDM content hash in [tool.pdm] hashes differs.`,
    manifest: { file: manifestRel },
    lock: { file: lockRel, line: idx.keyLine('tool.pdm', 'hashes') ?? idx.tableLine('tool.pdm') },
    expected: `${algo}:${computed}`,
    found: `${algo}:${value}`,
    fix: 'pdm lock  (with lock.format = "pylock"; or pdm export -f pylock -o pylock.toml)',
  });
  return result;
}
