import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { checkUv, expandGlob } from '../../../actions/shared/lockfile/uv.js';
import type { LockCheckResult } from '../../../actions/shared/lockfile/types.js';

const DATA = path.resolve('test/shared/lockfile/data/uv');
// uv's recorded exclude-newer for these samples came from the environment, as in CI
const ENV = { UV_EXCLUDE_NEWER: '2026-10-01' };
const UV = [path.resolve('.lab/tools/bin/uv'), '/tmp/vl-tools/bin/uv'].find((p) => existsSync(p));

const tmps: string[] = [];
afterAll(() => tmps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function copy(sample: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bb-uv-'));
  tmps.push(dir);
  cpSync(path.join(DATA, sample), dir, { recursive: true });
  return dir;
}

function check(root: string, sub = '.', opts: { requireHashes?: boolean; env?: Record<string, string | undefined> } = {}): LockCheckResult {
  const dir = path.join(root, sub);
  return checkUv({ workspace: root, dir, lockfile: path.join(dir, 'uv.lock'), requireHashes: opts.requireHashes ?? true }, { env: opts.env ?? ENV });
}

/** uv's own verdict (`uv lock --check --offline`), when a uv binary is available. */
function uvVerdict(dir: string): 'fresh' | 'stale' | undefined {
  if (!UV) return undefined;
  const r = spawnSync(UV, ['lock', '--check', '--offline', '-q'], { cwd: dir, env: { ...process.env, ...ENV }, encoding: 'utf8' });
  return r.status === 0 ? 'fresh' : 'stale';
}

function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  expect(next, `edit of ${file} applied`).not.toBe(text);
  writeFileSync(file, next);
}

describe('uv.lock: real locks are fresh', () => {
  it.each([
    ['single', '.', 'revision 5 (uv 0.13.9), forks, extras, groups with include-group'],
    ['single-rev3', '.', 'revision 3 (uv 0.11.3)'],
    ['virtual', '.', 'single virtual project'],
    ['workspace', 'ws', 'workspace: members glob, path source outside, index/url sources, legacy dev-dependencies'],
  ])('%s is fresh (%s)', (sample, sub) => {
    const root = copy(sample);
    const r = check(root, sub);
    expect(r.findings).toEqual([]);
    expect(r.freshness).toBe('fresh');
    expect(r.manager).toBe('uv');
    expect(r.packages).toBeGreaterThan(0);
  });

  it('reports format version and the locked packages', () => {
    const r = check(copy('single'));
    expect(r.formatVersion).toBe('1.5');
    expect(r.packages).toBe(29);
    const numpy = r.locked.filter((p) => p.name === 'numpy');
    expect(numpy.length).toBe(4);
    expect(numpy.every((p) => p.marker && p.hashes && p.hashes.length > 0)).toBe(true);
  });
});

describe('uv.lock: mutations agree with `uv lock --check`', () => {
  it('a bumped dependency in pyproject is stale', () => {
    const root = copy('single');
    edit(path.join(root, 'pyproject.toml'), '"requests>=2.28"', '"requests>=2.30"');
    const r = check(root);
    expect(r.freshness).toBe('stale');
    const f = r.findings.find((x) => x.class === 'drift')!;
    expect(f).toMatchObject({ package: 'requests', expected: 'requests>=2.30', found: 'requests>=2.28', fix: 'uv lock' });
    expect(f.manifest).toEqual({ file: 'pyproject.toml', line: 6 });
    expect(f.lock?.file).toBe('uv.lock');
    expect(readFileSync(path.join(root, 'uv.lock'), 'utf8').split('\n')[f.lock!.line! - 1]).toContain('name = "requests"');
    const uv = uvVerdict(root);
    if (uv) expect(uv).toBe('stale');
  });

  it('a reformatted pyproject is fresh', () => {
    const root = copy('single');
    const py = path.join(root, 'pyproject.toml');
    edit(py, /dependencies = \[\n[\s\S]*?\n\]/, `dependencies = ['numpy >= 1.24', "tomli >=2; python_version<'3.11'",
      "click [dev] >=8, !=8.1.0",  'requests>=2.28.0', "attrs>=23;python_version>'3.9'"]`);
    const r = check(root);
    expect(r.findings).toEqual([]);
    expect(r.freshness).toBe('fresh');
    const uv = uvVerdict(root);
    if (uv) expect(uv).toBe('fresh');
  });

  it('a hand-edited locked version (sdist only): uv says fresh (uv#9396), we report version-mismatch', () => {
    const root = copy('virtual');
    const lock = path.join(root, 'uv.lock');
    edit(lock, 'name = "six"\nversion = "1.17.0"', 'name = "six"\nversion = "1.16.0"');
    edit(lock, /wheels = \[\n[^\]]*\]\n/, '');
    const r = check(root);
    expect(r.freshness).toBe('fresh');
    const f = r.findings.filter((x) => x.class === 'version-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ package: 'six', severity: 'error', expected: '1.16.0', found: '1.17.0', lock: { file: 'uv.lock' } });
    expect(readFileSync(lock, 'utf8').split('\n')[f[0]!.lock!.line! - 1]).toMatch(/^sdist = .*six-1\.17\.0\.tar\.gz/);
    const uv = uvVerdict(root);
    if (uv) expect(uv).toBe('fresh');
  });

  it('a hand-edited locked version with wheels: uv 0.13 refuses to parse the lock; we report version-mismatch', () => {
    const root = copy('single');
    edit(path.join(root, 'uv.lock'), 'name = "attrs"\nversion = "26.1.0"', 'name = "attrs"\nversion = "26.2.0"');
    const r = check(root);
    const f = r.findings.filter((x) => x.class === 'version-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ package: 'attrs', severity: 'error', expected: '26.2.0', found: '26.1.0' });
    const uv = uvVerdict(root);
    if (uv) expect(uv).toBe('stale'); // "Failed to parse uv.lock ... inconsistent version"
  });

  it('a changed marker, removed group entry, new extra, project version bump are stale', () => {
    const cases: [string, string, string][] = [
      ["tomli>=2 ; python_version < '3.11'", "tomli>=2 ; python_version <= '3.11'", 'tomli'],
      ['dev = ["pytest>=8", {include-group = "lint"}]', 'dev = [{include-group = "lint"}]', 'pytest'],
      ['fast = ["orjson>=3.9"]', 'fast = ["orjson>=3.9"]\nslow = ["six"]', 'six'],
      ['version = "0.1.0"', 'version = "0.1.1"', 'demo-app'],
      ['requires-python = ">=3.9"', 'requires-python = ">=3.10"', ''],
    ];
    for (const [from, to, pkg] of cases) {
      const root = copy('single');
      edit(path.join(root, 'pyproject.toml'), from, to);
      const r = check(root);
      expect(r.freshness, to).toBe('stale');
      if (pkg) expect(r.findings.some((f) => f.class === 'drift' && (f.package === pkg || f.message.includes(pkg))), to).toBe(true);
      const uv = uvVerdict(root);
      if (uv) expect(uv, to).toBe('stale');
    }
  });

  it('exclude-newer: the lock records the cutoff uv was run with', () => {
    const root = copy('virtual');
    expect(check(root, '.', { env: {} }).freshness).toBe('stale');
    expect(check(root, '.', { env: { UV_EXCLUDE_NEWER: '2026-09-01' } }).freshness).toBe('stale');
    expect(check(root, '.', { env: { UV_EXCLUDE_NEWER: '2026-10-02T00:00:00Z' } }).freshness).toBe('fresh');
  });

  it('workspace: adding a member or changing a member dependency is stale', () => {
    const root = copy('workspace');
    edit(path.join(root, 'ws/packages/liba/pyproject.toml'), '"attrs"', '"attrs>=25"');
    const r = check(root, 'ws');
    expect(r.freshness).toBe('stale');
    expect(r.findings[0]).toMatchObject({ package: 'attrs', manifest: { file: 'ws/packages/liba/pyproject.toml', line: 5 } });
    const root2 = copy('workspace');
    cpSync(path.join(root2, 'ws/packages/liba'), path.join(root2, 'ws/packages/libc'), { recursive: true });
    edit(path.join(root2, 'ws/packages/libc/pyproject.toml'), 'name = "liba"', 'name = "libc"');
    const r2 = check(root2, 'ws');
    expect(r2.freshness).toBe('stale');
    expect(r2.findings.some((f) => f.message.includes('added: libc'))).toBe(true);
    const uv = uvVerdict(path.join(root2, 'ws'));
    if (uv) expect(uv).toBe('stale');
  });
});

describe('uv.lock: inconclusive instead of guessing', () => {
  it('dynamic dependencies', () => {
    const root = copy('single');
    edit(path.join(root, 'pyproject.toml'), 'version = "0.1.0"', 'version = "0.1.0"\ndynamic = ["dependencies"]');
    const r = check(root);
    expect(r.freshness).toBe('inconclusive');
    expect(r.inconclusiveReason).toMatch(/dynamic/);
  });
  it('revision 4 (metadata-free preview) and unknown versions', () => {
    const root = copy('virtual');
    edit(path.join(root, 'uv.lock'), 'revision = 5', 'revision = 4');
    expect(check(root).freshness).toBe('inconclusive');
    edit(path.join(root, 'uv.lock'), 'version = 1\n', 'version = 2\n');
    const r = check(root);
    expect(r.freshness).toBe('inconclusive');
    expect(r.findings[0]?.class).toBe('unsupported-format');
  });
  it('markers using variables not modelled exactly', () => {
    const root = copy('virtual');
    edit(path.join(root, 'pyproject.toml'), '"six"', `"six; platform_release >= '5'"`);
    edit(path.join(root, 'uv.lock'), 'requires-dist = [{ name = "six" }]', `requires-dist = [{ name = "six", marker = "platform_release >= '6'" }]`);
    const r = check(root);
    expect(r.freshness).toBe('inconclusive');
  });
});

describe('uv.lock: integrity', () => {
  it('dangling edges, git pins, credentials, missing hashes', () => {
    const root = copy('virtual');
    const lock = path.join(root, 'uv.lock');
    edit(lock, 'dependencies = [\n    { name = "six" },\n]', 'dependencies = [\n    { name = "six" },\n    { name = "ghost" },\n    { name = "winonly", marker = "sys_platform == \'emscripten\'" },\n]');
    edit(lock, /source = \{ registry = "https:\/\/pypi.org\/simple" \}/, 'source = { registry = "https://user:s3cret@pypi.example.com/simple" }');
    edit(lock, /sdist = \{[^\n]*\n/, 'sdist = { url = "https://files.example.com/six-1.17.0.tar.gz", size = 1 }\n');
    writeFileSync(lock, readFileSync(lock, 'utf8') + '\n[[package]]\nname = "gitdep"\nversion = "1.0"\nsource = { git = "https://github.com/a/b?branch=main#main" }\n');
    const r = check(root, '.', { requireHashes: true });
    const classes = r.findings.map((f) => f.class).sort();
    // the registry is no longer a configured index either: uv re-resolves (drift), credentials masked
    expect(classes).toEqual(['credentials-in-url', 'dangling-dependency', 'drift', 'missing-hash', 'vcs-not-pinned']);
    const cred = r.findings.find((f) => f.class === 'credentials-in-url')!;
    expect(cred.message).not.toContain('s3cret');
    expect(JSON.stringify(r.findings)).not.toContain('s3cret');
    expect(r.findings.find((f) => f.class === 'dangling-dependency')!.package).toBe('p2');
    expect(r.findings.find((f) => f.class === 'missing-hash')!.severity).toBe('error');
  });
});

// Speed is measured in bench/verify-lockfile, not asserted here; this checks a big lock works.
describe('uv.lock: a large lock', () => {
  it('checks a 300-package lock with marker edges', () => {
    const root = copy('virtual');
    const lock = path.join(root, 'uv.lock');
    let text = readFileSync(lock, 'utf8');
    let deps = '';
    for (let i = 0; i < 300; i++) {
      const n = `pkg${i}`;
      deps += `    { name = "${n}" },\n`;
      text += `\n[[package]]\nname = "${n}"\nversion = "1.${i}.0"\nsource = { registry = "https://pypi.org/simple" }\ndependencies = [\n    { name = "six" },\n    { name = "pkg${(i + 1) % 300}", marker = "python_full_version < '3.13' and sys_platform == 'linux'" },\n]\nsdist = { url = "https://files.pythonhosted.org/packages/x/${n}-1.${i}.0.tar.gz", hash = "sha256:${'a'.repeat(64)}", size = 1 }\nwheels = [\n    { url = "https://files.pythonhosted.org/packages/x/${n}-1.${i}.0-py3-none-any.whl", hash = "sha256:${'b'.repeat(64)}", size = 1 },\n]\n`;
    }
    text = text.replace('dependencies = [\n    { name = "six" },\n]', `dependencies = [\n    { name = "six" },\n${deps}]`);
    writeFileSync(lock, text);
    const r = check(root);
    expect(r.packages).toBe(302);
    expect(r.findings.filter((f) => f.class !== 'drift')).toEqual([]);
  });
});

it('expands workspace globs', () => {
  const root = copy('workspace');
  expect(expandGlob(path.join(root, 'ws'), 'packages/*').map((d) => path.relative(root, d))).toEqual(['ws/packages/liba']);
  expect(expandGlob(path.join(root, 'ws'), 'packages/lib?').length).toBe(1);
  expect(expandGlob(root, '**').length).toBeGreaterThan(3);
});

/**
 * Differential cases found by exploratory testing: for each edit, our verdict must equal the real
 * `uv lock --check --offline` run here (skipped when no uv binary is available). The samples were
 * locked with UV_EXCLUDE_NEWER=2026-10-01T00:00:00Z; `git-source` was locked from a local clone
 * whose URL was then rewritten to https://github.com/acme/tinyutil (uv does not fetch a git
 * package to check the lock).
 */
describe('uv.lock: same verdict as `uv lock --check` (sources, groups, URLs, members, environments, conflicts)', () => {
  const ENV2 = { UV_EXCLUDE_NEWER: '2026-10-01T00:00:00Z' };
  function uvVerdict2(dir: string): 'fresh' | 'stale' | undefined {
    if (!UV) return undefined;
    const r = spawnSync(UV, ['lock', '--check', '--offline', '-q'], { cwd: dir, env: { ...process.env, ...ENV2 }, encoding: 'utf8' });
    return r.status === 0 ? 'fresh' : 'stale';
  }
  /** Apply edits to a copy of `sample`, then compare our verdict with `want` and with uv's. */
  function verdicts(sample: string, edits: [file: string, from: string | RegExp, to: string][] = []): { ours: LockCheckResult; uv: 'fresh' | 'stale' | undefined } {
    const root = copy(sample);
    for (const [file, from, to] of edits) edit(path.join(root, file), from, to);
    return { ours: check(root, '.', { env: ENV2, requireHashes: false }), uv: uvVerdict2(root) };
  }
  function expectSame(sample: string, want: 'fresh' | 'stale', edits: [string, string | RegExp, string][] = []): LockCheckResult {
    const { ours, uv } = verdicts(sample, edits);
    const label = `${sample} ${JSON.stringify(edits.map((e) => e[2]))}: ${JSON.stringify(ours.findings.map((f) => f.message))} ${ours.inconclusiveReason ?? ''}`;
    expect(ours.freshness, label).toBe(want);
    if (uv) expect(uv, `uv: ${label}`).toBe(want);
    return ours;
  }
  const PY = 'pyproject.toml';

  it.each(['sources-markers', 'conflicts-envs', 'git-source'])('%s: a freshly locked project is fresh', (sample) => {
    const r = expectSame(sample, 'fresh');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('marker-scoped tool.uv.sources: uv splits the requirement per marker plus the complement', () => {
    expectSame('sources-markers', 'fresh', [[PY, `marker = "sys_platform == 'linux'"`, `marker = 'sys_platform=="linux"'`]]);
    expectSame('sources-markers', 'stale', [[PY, `marker = "sys_platform == 'linux'"`, `marker = "sys_platform == 'darwin'"`]]);
    expectSame('sources-markers', 'stale', [[PY, `six = { index = "pypi-mirror", marker = "sys_platform == 'win32'" }`, 'six = { index = "pypi-mirror" }']]);
    // the source's part of the split becomes empty (linux and win32): uv drops it
    expectSame('sources-markers', 'stale', [[PY, '"six",', `"six; sys_platform == 'linux'",`]]);
    expectSame('sources-markers', 'stale', [[PY, /idna = \[\n.*\n\]\n/, '']]);
  });

  it('extra- and group-scoped sources record a conflict item; a changed scope is stale', () => {
    const r = expectSame('conflicts-envs', 'stale', [[PY, 'group = "dev" }]', 'group = "lint" }]']]);
    expect(r.findings.some((f) => f.package === 'iniconfig')).toBe(true);
    expectSame('conflicts-envs', 'stale', [[PY, 'extra = "gpu", marker', 'extra = "cpu", marker']]);
  });

  it('legacy dev-dependencies merge into the dev group as a set', () => {
    expectSame('sources-markers', 'fresh', [[PY, 'dev-dependencies = ["mccabe"]', 'dev-dependencies = ["mccabe", "iniconfig"]']]);
    expectSame('sources-markers', 'fresh', [[PY, 'dev = ["iniconfig"]', 'dev = ["iniconfig", "mccabe"]']]);
    expectSame('sources-markers', 'stale', [[PY, 'dev-dependencies = ["mccabe"]', 'dev-dependencies = []']]);
  });

  it('index URLs compare as parsed URLs: host case and default port do not matter, a trailing slash does', () => {
    expectSame('sources-markers', 'fresh', [[PY, 'url = "https://pypi.org/simple"', 'url = "https://PyPI.org/simple"']]);
    expectSame('sources-markers', 'fresh', [[PY, 'url = "https://pypi.org/simple"', 'url = "https://pypi.org:443/simple"']]);
    expectSame('sources-markers', 'fresh', [[PY, 'url = "https://pypi.org/simple"', 'url = "https://token@pypi.org/simple"']]);
    expectSame('sources-markers', 'stale', [[PY, 'url = "https://pypi.org/simple"', 'url = "https://pypi.org/simple/"']]);
    expectSame('sources-markers', 'stale', [[PY, 'url = "https://pypi.org/simple"', 'url = "https://pypi.org/simple#x"']]);
    // not "satisfied" for uv, but a re-lock writes the same URL: never fresh, inconclusive for us
    const { ours, uv } = verdicts('sources-markers', [[PY, 'url = "https://pypi.org/simple"', 'url = "HTTPS://pypi.org/simple"']]);
    expect(ours.freshness).toBe('inconclusive');
    if (uv) expect(uv).toBe('stale');
  });

  it('git sources: the URL is compared as written (.git, trailing slash) and the reference kind counts', () => {
    const G = 'git = "https://github.com/acme/tinyutil"';
    expectSame('git-source', 'stale', [[PY, G, 'git = "https://github.com/acme/tinyutil.git"']]);
    expectSame('git-source', 'stale', [[PY, G, 'git = "https://github.com/acme/tinyutil/"']]);
    expectSame('git-source', 'stale', [[PY, 'tag = "v0.1.0"', 'rev = "v0.1.0"']]);
    expectSame('git-source', 'stale', [[PY, 'tag = "v0.1.0"', 'branch = "v0.1.0"']]);
    expectSame('git-source', 'stale', [
      [PY, '"tinyutil"', '"tinyutil @ git+https://github.com/acme/tinyutil@v0.1.0"'],
      [PY, /\[tool\.uv\.sources\]\n.*\n/, ''],
    ]);
    expectSame('git-source', 'fresh', [[PY, G, 'git = "https://GitHub.com/acme/tinyutil"']]);
    expectSame('git-source', 'fresh', [[PY, G, 'git = "https://token@github.com/acme/tinyutil"']]);
  });

  it('git sources: the PEP 508 form records a `rev` reference', () => {
    const root = copy('git-source');
    edit(path.join(root, PY), '"tinyutil"', '"tinyutil @ git+https://github.com/acme/tinyutil@v0.1.0"');
    edit(path.join(root, PY), /\[tool\.uv\.sources\]\n.*\n/, '');
    edit(path.join(root, 'uv.lock'), 'tinyutil?tag=v0.1.0"', 'tinyutil?rev=v0.1.0"');
    edit(path.join(root, 'uv.lock'), 'tinyutil?tag=v0.1.0#', 'tinyutil?rev=v0.1.0#');
    expect(check(root, '.', { env: ENV2 }).freshness).toBe('fresh');
    const uv = uvVerdict2(root);
    if (uv) expect(uv).toBe('fresh');
  });

  it('tool.uv.default-groups is recorded on the member unless it is ["dev"]', () => {
    const dg = (v: string): [string, string, string][] => [[PY, 'dev-dependencies = ["mccabe"]', `dev-dependencies = ["mccabe"]\ndefault-groups = ${v}`]];
    expectSame('sources-markers', 'fresh', dg('["dev"]'));
    expectSame('sources-markers', 'stale', dg('"all"'));
    expectSame('sources-markers', 'stale', dg('[]'));
    const r = expectSame('conflicts-envs', 'stale', [[PY, '[tool.uv]\n', '[tool.uv]\ndefault-groups = ["lint", "dev"]\n']]);
    expect(r.findings.some((f) => /default-groups/.test(f.message))).toBe(true);
  });

  it('the root project switching between virtual and package, or from a dynamic to a static version', () => {
    expectSame('sources-markers', 'stale', [[PY, '[tool.uv]\n', '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[tool.uv]\n']]);
    expectSame('sources-markers', 'stale', [[PY, '[tool.uv]\n', '[tool.uv]\npackage = true\n']]);
    expectSame('sources-markers', 'fresh', [[PY, '[tool.uv]\n', '[tool.uv]\npackage = false\n']]);
    // a lock written for a dynamic version has no `version`; the project now has a static one
    expectSame('sources-markers', 'stale', [['uv.lock', 'name = "etl-jobs"\nversion = "0.1.0"\n', 'name = "etl-jobs"\n']]);
  });

  it('tool.uv.environments are compared in order, each marker semantically', () => {
    const E = `environments = ["sys_platform == 'linux'", "sys_platform == 'darwin'"]`;
    expectSame('conflicts-envs', 'fresh', [[PY, E, `environments = ['sys_platform=="linux"', "sys_platform == 'darwin'"]`]]);
    expectSame('conflicts-envs', 'stale', [[PY, E, `environments = ["sys_platform == 'darwin'", "sys_platform == 'linux'"]`]]);
    expectSame('conflicts-envs', 'stale', [[PY, E, `environments = ["sys_platform == 'linux'"]`]]);
    expectSame('conflicts-envs', 'stale', [[PY, E, `environments = ["sys_platform == 'linux'", "sys_platform == 'win32'"]`]]);
  });

  it('tool.uv.conflicts: an ordered list of sets', () => {
    const C = '[{ extra = "cpu" }, { extra = "gpu" }],';
    expectSame('conflicts-envs', 'fresh', [[PY, C, '[{ extra = "gpu" }, { extra = "CPU", package = "ml-demo" }],']]);
    expectSame('conflicts-envs', 'stale', [[PY, /conflicts = \[\n(.*)\n(.*)\n\]/, 'conflicts = [\n$2\n$1\n]']]);
    expectSame('conflicts-envs', 'stale', [[PY, '[{ group = "dev" }, { group = "lint" }],', '[{ group = "dev" }, { extra = "gpu" }],']]);
  });
  it('path and workspace sources: editable only when asked, virtual for package = false, else directory', () => {
    const LIBP = 'libp = { path = "libs/libp", editable = true }';
    const LIBNB = 'libnb = { path = "libs/libnb" }';
    expectSame('path-sources', 'fresh');
    expectSame('path-sources', 'stale', [[PY, LIBP, 'libp = { path = "libs/libp", editable = false }']]);
    expectSame('path-sources', 'stale', [[PY, LIBP, 'libp = { path = "libs/libp" }']]);
    expectSame('path-sources', 'stale', [[PY, LIBNB, 'libnb = { path = "libs/libnb", editable = true }']]);
    expectSame('path-sources', 'stale', [[PY, LIBNB, 'libnb = { path = "libs/libnb", package = false }']]);
    expectSame('path-sources', 'fresh', [[PY, LIBNB, 'libnb = { path = "libs/libnb", editable = false, package = true }']]);
    expectSame('path-sources', 'stale', [[PY, 'pkg = { workspace = true, editable = false }', 'pkg = { workspace = true }']]);
    // a member with tool.uv.package = false is virtual whatever the source says
    expectSame('path-sources', 'fresh', [[PY, 'virt = { workspace = true }', 'virt = { workspace = true, editable = false }']]);
    expectSame('path-sources', 'stale', [['packages/virt/pyproject.toml', 'package = false', 'package = true']]);
  });
  it('tool.uv.dependency-metadata: entries by name and version, requires-dist and provides-extras in order', () => {
    const RD = `requires-dist = ["idna>=3,<4 ; python_version >= '3.8'", "mccabe[x]"]`;
    expectSame('dep-metadata', 'fresh');
    expectSame('dep-metadata', 'fresh', [[PY, 'version = "2.0.0"', 'version = "2.0"']]);
    expectSame('dep-metadata', 'stale', [[PY, 'version = "2.0.0"', 'version = "2.0.1"']]);
    expectSame('dep-metadata', 'fresh', [[PY, 'name = "Six"', 'name = "SIX"']]);
    expectSame('dep-metadata', 'fresh', [[PY, RD, `requires-dist = ["idna <4, >= 3.0; python_full_version >= '3.8'", "mccabe[x]"]`]]);
    expectSame('dep-metadata', 'stale', [[PY, RD, `requires-dist = ["mccabe[x]", "idna>=3,<4 ; python_version >= '3.8'"]`]]);
    expectSame('dep-metadata', 'stale', [[PY, RD, `requires-dist = ["idna>=3,<4 ; python_version >= '3.9'", "mccabe[x]"]`]]);
    expectSame('dep-metadata', 'stale', [[PY, RD, `requires-dist = ["idna>=3,<5 ; python_version >= '3.8'", "mccabe[x]"]`]]);
    expectSame('dep-metadata', 'stale', [[PY, 'mccabe[x]', 'mccabe[y]']]);
    expectSame('dep-metadata', 'fresh', [[PY, 'requires-python = ">=3.7"', 'requires-python = ">=3.7.0"']]);
    expectSame('dep-metadata', 'stale', [[PY, 'requires-python = ">=3.7"', 'requires-python = ">=3.8"']]);
    expectSame('dep-metadata', 'fresh', [[PY, '"socks", "abc"', '"Socks", "abc"']]);
    expectSame('dep-metadata', 'stale', [[PY, '"socks", "abc"', '"abc", "socks"']]);
    expectSame('dep-metadata', 'fresh', [[PY, 'requires-dist = []\n', '']]);
  });
});
