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

/** Re-run the header command as printed by our fix (or `command`); 'stale' when the lock's content changes. */
function toolVerdict(dir: string, lock: string, pathPrefix = '', command?: string): 'fresh' | 'stale' | undefined {
  if (!HAVE_TOOLS) return undefined;
  const file = path.join(dir, lock);
  const before = readFileSync(file, 'utf8');
  const fix = command ?? runnableFix(parseRequirementsHeader(before).command, file, dir);
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

function verdicts(sample: string, lock: string, edits: Edit[] = [], requireHashes = false, command?: string): { ours: LockCheckResult; tool: 'fresh' | 'stale' | undefined } {
  const dir = copy(sample, edits);
  const ours = checkRequirements({ workspace: dir, dir, lockfile: path.join(dir, lock), requireHashes });
  return { ours, tool: toolVerdict(dir, lock, '', command) };
}

/** Our verdict is `want`; the tool's is `tool` (stale/fresh; our inconclusive compares to either). */
function expectVerdict(sample: string, lock: string, want: 'fresh' | 'stale' | 'inconclusive', tool: 'fresh' | 'stale', edits: Edit[] = [], command?: string): LockCheckResult {
  const r = verdicts(sample, lock, edits, false, command);
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

/**
 * The git repository the pipc-url sample pins (`git+file:///tmp/bb-reqgit-fixture@<sha>`): two commits of
 * a tiny flit package, made with fixed dates so their ids are the ones the sample was compiled against.
 * Only the tool's recompile reads it; our verdict is static.
 */
const GIT_FIXTURE = '/tmp/bb-reqgit-fixture';
const SHA1 = 'e4b7764d072483f67002a3fff3eda89ea6afb273';
const SHA2 = 'd47871f39c899080fbf8cc64a37dd914d0100926';
function gitFixture(): boolean {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@b', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@b', GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z' };
  const script = [
    `rm -rf ${GIT_FIXTURE} && mkdir -p ${GIT_FIXTURE}/src/tinypkg && cd ${GIT_FIXTURE} && git init -q -b main .`,
    `printf '[build-system]\\nrequires = ["flit_core>=3.4"]\\nbuild-backend = "flit_core.buildapi"\\n[project]\\nname = "tinypkg"\\nversion = "0.1.0"\\ndescription = "x"\\ndependencies = ["idna>=3"]\\n' > pyproject.toml`,
    `printf '"""t"""\\n' > src/tinypkg/__init__.py && git add -A && git commit -qm one && git tag v0.1`,
    `sed -i 's/0.1.0/0.2.0/' pyproject.toml && git commit -qam two && git rev-parse v0.1 HEAD`,
  ].join(' && ');
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env });
  return r.status === 0 && r.stdout.trim() === `${SHA1}\n${SHA2}`;
}

describe('direct URL requirements, VCS refs and === pins (pip-compile 7, uv pip compile): same verdict as re-running the header command', () => {
  // pipc-url: six @ <wheel URL>#sha256, tinypkg @ git+file:///tmp/bb-reqgit-fixture@<sha1>, urllib3===2.0.0a4
  // compiled by pip-compile (requirements.txt; hashed.txt with --generate-hashes) and uv pip compile (uv.txt).
  const LOCKS = ['requirements.txt', 'hashed.txt', 'uv.txt'];
  let haveGit: boolean | undefined;
  const expectUrl = (lock: string, want: 'fresh' | 'stale' | 'inconclusive', tool: 'fresh' | 'stale', edits: Edit[]): LockCheckResult => {
    const dir = copy('pipc-url', edits);
    if (lock === 'hashed.txt' && edits.length && !edits.some((e) => e[0] === 'hashed.txt')) writeFileSync(path.join(dir, lock), readFileSync(path.join(dir, lock), 'utf8').replace('urllib3===', 'urllib3=='));
    const ours = checkRequirements({ workspace: dir, dir, lockfile: path.join(dir, lock), requireHashes: false });
    const label = `${lock} ${JSON.stringify(edits.map((e) => e[2]))}: ${JSON.stringify(ours.findings.map((f) => f.message))} ${ours.inconclusiveReason ?? ''}`;
    expect(ours.freshness, label).toBe(want);
    haveGit ??= HAVE_TOOLS && gitFixture();
    const real = haveGit ? toolVerdict(dir, lock) : undefined;
    if (real) expect(real, `tool: ${label}`).toBe(tool);
    return ours;
  };
  const wheel17 = 'b7/ce/149a00dd41f10bc29e5921b496af8b574d8413afcd5e30dfa0ed46c2cc5e/six-1.17.0-py2.py3-none-any.whl#sha256=4721f391ed90541fddacab5acf947aa0d3dc7d27b2e1e8eda2be8970586c3274';
  const wheel16 = /d9\/5a\/\w+\/six-1\.16\.0-py2\.py3-none-any\.whl#sha256=\w+/;

  it('a fresh lock: no error, fresh (the unhashable git pin in a hashed file is not a missing hash)', () => {
    for (const lock of ['requirements.txt', 'uv.txt']) {
      const r = expectUrl(lock, 'fresh', 'fresh', []);
      expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
    // pip-compile --generate-hashes wrote urllib3===2.0.0a4 on the first compile and writes == over the
    // file: not decided (was a false fresh); the == it writes then is fresh
    const first = expectUrl('hashed.txt', 'inconclusive', 'stale', []);
    expect(first.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(first.inconclusiveReason).toContain('urllib3===2.0.0a4');
    expectUrl('hashed.txt', 'fresh', 'fresh', [['hashed.txt', 'urllib3===2.0.0a4', 'urllib3==2.0.0a4']]);
  });

  it('a changed wheel URL, a changed commit, a URL replaced by a version range: stale (were a false fresh)', () => {
    for (const lock of LOCKS) {
      const r = expectUrl(lock, 'stale', 'stale', [['requirements.in', wheel16, wheel17]]);
      expect(r.findings[0]).toMatchObject({ class: 'drift', package: 'six', manifest: { file: 'requirements.in', line: 1 } });
      expectUrl(lock, 'stale', 'stale', [['requirements.in', SHA1, SHA2]]);
      const idx = expectUrl(lock, 'stale', 'stale', [['requirements.in', /^six @ .*$/m, 'six>=1.16']]);
      expect(idx.findings[0]?.expected).toBe('six>=1.16');
    }
  });

  it('a branch or tag ref: pip-compile copies it (stale against the commit), uv writes the commit it points at now (a branch or tag: inconclusive)', () => {
    expectUrl('requirements.txt', 'stale', 'stale', [['requirements.in', `@${SHA1}`, '@main']]);
    expectUrl('hashed.txt', 'stale', 'stale', [['requirements.in', `@${SHA1}`, '@v0.1']]);
    // uv writes @<sha2> for main: a change now, and the same text as a fresh lock's until main moves on
    const r = expectUrl('uv.txt', 'inconclusive', 'stale', [['requirements.in', `@${SHA1}`, '@main']]);
    expect(r.inconclusiveReason).toContain('uv resolves the reference @main');
    // a tag: here it names the pinned commit (uv writes the same line), but a tag edited in the input
    // (v0.1 → v0.2) would look exactly like this without the repository: not decided, never fresh
    const tag = expectUrl('uv.txt', 'inconclusive', 'fresh', [['requirements.in', `@${SHA1}`, '@v0.1']]);
    expect(tag.inconclusiveReason).toContain('pin the commit in the input');
  });

  it('the same repository written differently (trailing slash): not decided', () => {
    for (const lock of LOCKS) expectUrl(lock, 'inconclusive', 'stale', [['requirements.in', 'bb-reqgit-fixture@', 'bb-reqgit-fixture/@']]);
  });

  it('=== in the input: pip-compile writes ===, uv writes ==; an input that no longer asks for === changes the pip-compile pin', () => {
    for (const lock of ['requirements.txt', 'uv.txt']) {
      const pc = lock !== 'uv.txt';
      expectUrl(lock, pc ? 'stale' : 'fresh', pc ? 'stale' : 'fresh', [['requirements.in', 'urllib3===2.0.0a4', 'urllib3>=2.0.0a1']]);
    }
    const r = expectUrl('requirements.txt', 'stale', 'stale', [['requirements.txt', 'urllib3===2.0.0a4', 'urllib3==2.0.0a4']]);
    expect(r.findings[0]).toMatchObject({ package: 'urllib3', expected: 'urllib3===2.0.0a4' });
  });

  it('pre-release pins: kept by a recompile while the input allows them (both tools keep the pin as a preference)', () => {
    for (const lock of ['requirements.txt', 'uv.txt']) {
      // pip-compile writes == once the input has no ===: compare with the == pin
      const eq: Edit[] = lock === 'uv.txt' ? [] : [['requirements.txt', 'urllib3===2.0.0a4', 'urllib3==2.0.0a4']];
      expectUrl(lock, 'fresh', 'fresh', [...eq, ['requirements.in', 'urllib3===2.0.0a4', 'urllib3<2.0.0a5']]);
      expectUrl(lock, 'fresh', 'fresh', [...eq, ['requirements.in', 'urllib3===2.0.0a4', 'urllib3>=1.26']]);
      expectUrl(lock, 'stale', 'stale', [...eq, ['requirements.in', 'urllib3===2.0.0a4', 'urllib3<2']]);
      expectUrl(lock, 'stale', 'stale', [...eq, ['requirements.in', 'urllib3===2.0.0a4', 'urllib3!=2.0.0a4']]);
    }
  });
});

describe('layered requirements (dev.in with -c requirements.txt)', () => {
  it('a pin bumped in the constraint file without recompiling dev.txt is stale (pip-compile and uv rewrite the shared pin)', () => {
    for (const lock of ['dev.txt', 'uvdev.txt']) {
      expectVerdict('pipc-layered', lock, 'fresh', 'fresh');
      const r = expectVerdict('pipc-layered', lock, 'stale', 'stale', [['requirements.txt', 'idna==3.7', 'idna==3.6']]);
      expect(r.findings.map((f) => [f.package, f.expected])).toEqual([['idna', 'idna==3.6']]);
      // a constraint on a package dev.txt does not pin changes nothing
      expectVerdict('pipc-layered', lock, 'fresh', 'fresh', [['requirements.txt', /$/, 'six==1.17.0\n']]);
    }
  });
});

describe('--no-header output: the command is unknown, the `# via -r` inputs are not', () => {
  const commands: Record<string, string> = { 'requirements.txt': 'pip-compile -q --no-header --strip-extras requirements.in', 'uv.txt': 'uv pip compile -q --no-header requirements.in -o uv.txt' };
  it('never fresh; a pin its annotated inputs (and what they include) no longer allow is stale, with a fix marked as a guess', () => {
    for (const lock of ['requirements.txt', 'uv.txt']) {
      const fresh = expectVerdict('pipc-noheader', lock, 'inconclusive', 'fresh', [], commands[lock]);
      expect(fresh.findings).toEqual([]);
      expect(fresh.inconclusiveReason).toContain('no header');
      const r = expectVerdict('pipc-noheader', lock, 'stale', 'stale', [['requirements.in', 'requests>=2.28', 'requests>=2.28,<2.30']], commands[lock]);
      expect(r.findings[0]).toMatchObject({ class: 'drift', package: 'requests', manifest: { file: 'requirements.in', line: 2 } });
      expect(r.findings[0]?.fix).toBe(
        `pip-compile --no-header --output-file=${lock} requirements.in (a guess: ${lock} records no command, so add the options it was compiled with, or use \`uv pip compile --no-header requirements.in -o ${lock}\` if uv wrote it)`,
      );
      expectVerdict('pipc-noheader', lock, 'stale', 'stale', [['constraints.txt', 'urllib3<3', 'urllib3<2']], commands[lock]);
      // a requirement added: a recompile adds it, but an unknown option could leave it out — not decided
      expectVerdict('pipc-noheader', lock, 'inconclusive', 'stale', [['requirements.in', 'attrs\n', 'attrs\nsix\n']], commands[lock]);
    }
  });
});
