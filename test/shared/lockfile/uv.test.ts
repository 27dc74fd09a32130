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
    expect(classes).toEqual(['credentials-in-url', 'dangling-dependency', 'missing-hash', 'vcs-not-pinned']);
    const cred = r.findings.find((f) => f.class === 'credentials-in-url')!;
    expect(cred.message).not.toContain('s3cret');
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
