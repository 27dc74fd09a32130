/**
 * pip-compile / `uv pip compile` option matrix, checked against the real compilers: a sample written by
 * the pinned tool (test/shared/lockfile/data/req/<sample>), an edit to a copy, then our verdict and the
 * tool's. The tool's verdict is the recompile oracle: run the header command exactly as our fix prints
 * it, in the copy (existing pins are kept as preferences), and compare the requirement and option lines
 * before and after. Skipped per case when the tool is absent or cannot resolve (no index).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRequirements, compileDir, parseCompileCommand, parseRequirementsHeader, parseRequirementsText, runnableFix } from '../../../actions/shared/lockfile/requirements.js';
import type { LockCheckResult } from '../../../actions/shared/lockfile/types.js';

const DATA = path.resolve('test/shared/lockfile/data/req');
const BIN = path.resolve('.lab/tools/bin');
const HAVE_TOOLS = existsSync(path.join(BIN, 'pip-compile')) && existsSync(path.join(BIN, 'uv'));
const tmps: string[] = [];
afterAll(() => tmps.forEach((t) => rmSync(t, { recursive: true, force: true })));

type Edit = [file: string, from: string | RegExp, to: string];

function copy(sample: string, edits: Edit[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bb-reqopt-'));
  tmps.push(dir);
  cpSync(path.join(DATA, sample), dir, { recursive: true });
  for (const [file, from, to] of edits) {
    const f = path.join(dir, file);
    const text = readFileSync(f, 'utf8');
    const next = text.replace(from, to);
    expect(next, `${file}: ${String(from)}`).not.toBe(text);
    writeFileSync(f, next);
  }
  return dir;
}

/** The requirement and option lines of a requirements file (comments and annotations dropped). */
function content(text: string): string[] {
  const p = parseRequirementsText(text);
  return [...p.requirements.map((e) => `${e.editable ? '-e ' : ''}${e.text} ${[...e.hashes].sort().join(' ')}`), ...p.options.map((o) => `${o.name} ${o.value}`), ...p.unsafeListed.map((u) => `# unsafe ${u.name}`)].sort();
}

/** Re-run the header command as printed by our fix; 'stale' when the lock's content changes. */
function toolVerdict(dir: string, lock: string, pathPrefix = ''): 'fresh' | 'stale' | undefined {
  if (!HAVE_TOOLS) return undefined;
  const file = path.join(dir, lock);
  const before = readFileSync(file, 'utf8');
  const fix = runnableFix(parseRequirementsHeader(before).command, file, dir);
  if (!fix) return undefined;
  const r = spawnSync('bash', ['-c', fix], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 150_000,
    // no machine-wide find-links; no interpreter downloads; uv resolves as of the samples' date
    env: { ...process.env, PATH: `${BIN}:${pathPrefix}${process.env['PATH']}`, PIP_FIND_LINKS: '', UV_PYTHON_DOWNLOADS: 'never', UV_EXCLUDE_NEWER: '2026-11-01T00:00:00Z' },
  });
  if (r.status !== 0) return undefined;
  const a = content(before);
  const b = content(readFileSync(file, 'utf8'));
  return a.join('\n') === b.join('\n') ? 'fresh' : 'stale';
}

function verdicts(sample: string, lock: string, edits: Edit[] = [], requireHashes = false): { ours: LockCheckResult; tool: 'fresh' | 'stale' | undefined } {
  const dir = copy(sample, edits);
  const ours = checkRequirements({ workspace: dir, dir, lockfile: path.join(dir, lock), requireHashes });
  return { ours, tool: toolVerdict(dir, lock) };
}

/** Our verdict is `want`; the tool's is `tool` (stale/fresh; our inconclusive compares to either). */
function expectVerdict(sample: string, lock: string, want: 'fresh' | 'stale' | 'inconclusive', tool: 'fresh' | 'stale', edits: Edit[] = []): LockCheckResult {
  const r = verdicts(sample, lock, edits);
  const label = `${sample}/${lock} ${JSON.stringify(edits.map((e) => e[2]))}: ${JSON.stringify(r.ours.findings.map((f) => f.message))} ${r.ours.inconclusiveReason ?? ''}`;
  expect(r.ours.freshness, label).toBe(want);
  if (r.tool) expect(r.tool, `tool: ${label}`).toBe(tool);
  return r.ours;
}

describe('requirements.txt option matrix: same verdict as re-running the header command', () => {
  it('setup.cfg / setup.py sources (pip-compile, uv): never stale on a fresh lock, the pins named `(setup.cfg)` are not "removed"', () => {
    for (const lock of ['cfg.txt', 'uvcfg.txt']) {
      const r = expectVerdict('pipc-setupcfg', lock, 'inconclusive', 'fresh');
      expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(r.inconclusiveReason).toContain('need a build to read');
    }
  });

  it('a pyproject.toml with dynamic dependencies is read in part: inconclusive, not stale', () => {
    const dir = copy('pipc-pyproject', [['pyproject.toml', /dependencies = \[\n {2}"requests>=2.28",\n\]\n/, 'dynamic = ["dependencies"]\n']]);
    writeFileSync(path.join(dir, 'pyproject.toml'), `${readFileSync(path.join(dir, 'pyproject.toml'), 'utf8')}\n[tool.setuptools.dynamic]\ndependencies = { file = ["deps.txt"] }\n`);
    writeFileSync(path.join(dir, 'deps.txt'), 'requests>=2.28\n');
    const r = checkRequirements({ workspace: dir, dir, lockfile: path.join(dir, 'requirements.txt'), requireHashes: false });
    expect(r.freshness).toBe('inconclusive');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const tool = toolVerdict(dir, 'requirements.txt');
    if (tool) expect(tool).toBe('fresh');
  });

  it('--unsafe-package: a direct requirement pip-compile lists as unsafe (commented out) is not missing', () => {
    const r = expectVerdict('pipc-unsafe', 'up.txt', 'fresh', 'fresh');
    expect(r.findings).toEqual([]);
    expect(parseRequirementsText(readFileSync(path.join(DATA, 'pipc-unsafe/plain.txt'), 'utf8')).unsafeListed.map((u) => u.name)).toEqual(['pip']);
    // setuptools added to the input: pip-compile lists it in the unsafe block, a change of the file
    expectVerdict('pipc-unsafe', 'plain.txt', 'stale', 'stale', [['requirements.in', 'six\n', 'six\nsetuptools\n']]);
  });

  it('--no-annotate (pip-compile and uv): a requirement removed from the input cannot be told from a dependency', () => {
    for (const lock of ['noann.txt', 'uvnoann.txt']) {
      expectVerdict('pipc-noann', lock, 'inconclusive', 'stale', [['requirements.in', /^attrs.*\n/m, '']]);
      // still stale when the input asks for more than the pin
      expectVerdict('pipc-noann', lock, 'stale', 'stale', [['requirements.in', 'requests>=2.28', 'requests>=2.28,<2.30']]);
    }
  });

  it('-e . and -e ./lib: the local projects\' own dependencies are inputs (pip-compile and uv)', () => {
    for (const lock of ['requirements.txt', 'uv.txt']) {
      expectVerdict('pipc-local', lock, 'fresh', 'fresh');
      const removed = expectVerdict('pipc-local', lock, 'stale', 'stale', [['lib/pyproject.toml', '"attrs>=22"', '']]);
      expect(removed.findings.find((f) => f.package === 'attrs')?.message).toContain('lib/pyproject.toml (flib)');
      expectVerdict('pipc-local', lock, 'stale', 'stale', [['lib/pyproject.toml', '"attrs>=22"', '"attrs>=22", "idna"']]);
      expectVerdict('pipc-local', lock, 'stale', 'stale', [['pyproject.toml', '"six>=1.16"', '']]);
      // a local project whose dependencies need a build: not decided
      const dyn = copy('pipc-local', [['lib/pyproject.toml', 'dependencies = ["attrs>=22"]', 'dynamic = ["dependencies"]\n\n[tool.setuptools.dynamic]\ndependencies = { file = ["deps.txt"] }']]);
      writeFileSync(path.join(dyn, 'lib/deps.txt'), 'attrs>=22\n');
      const r = checkRequirements({ workspace: dyn, dir: dyn, lockfile: path.join(dyn, lock), requireHashes: false });
      expect(r.freshness).toBe('inconclusive');
      expect(r.inconclusiveReason).toContain('need a build to read');
      const tool = toolVerdict(dyn, lock);
      if (tool) expect(tool).toBe('fresh');
    }
  });

  it('--output-file into another folder, run from the inputs\' folder: inputs found, the fix cds there', () => {
    const dir = path.join(DATA, 'pipc-outdir');
    expect(runnableFix(parseRequirementsHeader(readFileSync(path.join(dir, 'out/main.txt'), 'utf8')).command, path.join(dir, 'out/main.txt'), dir)).toBe('cd reqs && pip-compile --output-file=../out/main.txt --strip-extras main.in');
    expectVerdict('pipc-outdir', 'out/main.txt', 'fresh', 'fresh');
    const r = expectVerdict('pipc-outdir', 'out/main.txt', 'stale', 'stale', [['reqs/common/deep/core.in', 'packaging>=23\n', '']]);
    expect(r.findings.map((f) => f.package)).toEqual(['packaging']);
  });

  it('--index-url / --extra-index-url in a .in: one added is stale; one the lock has and no input declares is inconclusive', () => {
    expectVerdict('pipc-index', 'c.txt', 'fresh', 'fresh');
    expectVerdict('pipc-index', 'c.txt', 'inconclusive', 'stale', [['idx.in', /^--extra-index-url.*\n/m, '']]);
    const added = expectVerdict('pipc-index', 'e.txt', 'stale', 'stale', [['requirements.in', 'six\n', '--extra-index-url https://pypi.org/simple/\nsix\n']]);
    expect(added.findings[0]).toMatchObject({ class: 'drift', expected: '--extra-index-url https://pypi.org/simple/', manifest: { file: 'requirements.in', line: 1 } });
  });

  it('--pip-args with a quoted value is one argument (header command parsed as a shell word list)', () => {
    expect(parseCompileCommand("pip-compile --output-file=e.txt --pip-args='--retries 3 --timeout 30' --strip-extras").sources).toEqual([]);
    expect(parseCompileCommand('uv pip compile "my reqs.in" -o out\\ dir/r.txt').sources).toEqual(['my reqs.in']);
    expect(parseCompileCommand('uv pip compile "my reqs.in" -o out\\ dir/r.txt').outputFile).toBe('out dir/r.txt');
    expect(parseCompileCommand('pip-compile requirements\\dev.in').sources).toEqual(['requirements\\dev.in']);
    expectVerdict('pipc-index', 'e.txt', 'fresh', 'fresh');
  });

  it('uv pip compile --universal does not read .python-version; a fork in the lock shows an older Python was in range', () => {
    // uni.txt was compiled on Python 3.11 (tomli, python_version < "3.11", is out of its range), uni39.txt
    // on 3.9 (forks at python_full_version < '3.10'). uv takes the range from the interpreter it runs on
    // or --python-version, never from .python-version, and the file does not record it.
    for (const pv of [undefined, '3.9\n', '3.12\n']) {
      const dir = copy('uvpc-universal', []);
      if (pv) writeFileSync(path.join(dir, '.python-version'), pv);
      const r = checkRequirements({ workspace: dir, dir, lockfile: path.join(dir, 'uni.txt'), requireHashes: false });
      expect(r.freshness, pv).toBe('fresh');
    }
    const older: Edit[] = [['requirements.in', 'attrs\n', 'attrs\nexceptiongroup ; python_version < "3.11"\n']];
    // compiled on 3.11: a requirement for older Pythons only is outside the range (the tool on 3.11 agrees)
    expectVerdict('uvpc-universal', 'uni.txt', 'fresh', 'fresh', older);
    // compiled on 3.9 (the lock forks below 3.10): it is missing
    const dir = copy('uvpc-universal', older);
    const r = checkRequirements({ workspace: dir, dir, lockfile: path.join(dir, 'uni39.txt'), requireHashes: false });
    expect(r.freshness).toBe('stale');
    expect(r.findings.map((f) => f.package)).toEqual(['exceptiongroup']);
    const py39 = '/root/.pyenv/versions/3.9.18/bin';
    if (existsSync(py39)) {
      const tool = toolVerdict(dir, 'uni39.txt', `${py39}:`);
      if (tool) expect(tool).toBe('stale');
      const same = toolVerdict(copy('uvpc-universal', []), 'uni39.txt', `${py39}:`);
      if (same) expect(same).toBe('fresh');
    }
    // one that applies on the newest Python is missing whatever the range
    expectVerdict('uvpc-universal', 'uni.txt', 'stale', 'stale', [['requirements.in', 'attrs\n', 'attrs\nsix ; python_version >= "3.8"\n']]);
  });

  it('require-hashes on a file without hashes: a missing-hash finding whose fix writes them (pip-compile and uv)', () => {
    const pc = verdicts('pipc-unsafe', 'plain.txt', [], true).ours;
    expect(pc.findings.filter((f) => f.class === 'missing-hash').map((f) => f.fix)).toEqual([
      'pip-compile --output-file=plain.txt --strip-extras --generate-hashes',
      'pip-compile --output-file=plain.txt --strip-extras --generate-hashes',
    ]);
    const uv = verdicts('pipc-local', 'uv.txt', [], true).ours;
    expect(uv.findings.find((f) => f.class === 'missing-hash')?.fix).toBe('uv pip compile requirements.in -o uv.txt --generate-hashes');
    if (!HAVE_TOOLS) return;
    // the printed fix writes the hashes
    const dir = copy('pipc-unsafe', []);
    const r = spawnSync('bash', ['-c', pc.findings[0]!.fix!], { cwd: dir, encoding: 'utf8', timeout: 150_000, env: { ...process.env, PATH: `${BIN}:${process.env['PATH']}`, PIP_FIND_LINKS: '' } });
    if (r.status !== 0) return;
    const after = checkRequirements({ workspace: dir, dir, lockfile: path.join(dir, 'plain.txt'), requireHashes: true });
    expect(after.findings.filter((f) => f.class === 'missing-hash')).toEqual([]);
  });

  it('uv pip compile without -o (redirected): the fix writes the file, from the folder it ran in', () => {
    const dir = copy('uvpc-universal', []);
    const text = readFileSync(path.join(dir, 'uni.txt'), 'utf8').replace(' --universal -o uni.txt', ' --universal');
    writeFileSync(path.join(dir, 'sub.txt'), text);
    expect(compileDir('uv pip compile requirements.in --universal', path.join(dir, 'sub.txt'), dir)).toEqual({ dir, stdout: true });
    expect(runnableFix('uv pip compile requirements.in --universal', path.join(dir, 'sub.txt'), dir)).toBe('uv pip compile requirements.in --universal -o sub.txt');
  });
});
