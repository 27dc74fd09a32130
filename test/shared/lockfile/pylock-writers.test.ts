/**
 * pylock.toml from every writer (pip lock, uv pip compile, uv export, PDM's lock and export, pipenv),
 * compared with the real tools: spec validity with `packaging.pylock` (what `pip install -r
 * pylock.toml` validates with), freshness with `pdm lock --check`. Each comparison is skipped when
 * its tool is absent. Samples in data/pylock/ were written by the pinned tools:
 *  - pip-lock: `pip lock -r requirements.txt --uploaded-prior-to 2025-10-01T00:00:00Z` (pip 26.2.1:
 *    a wheel, an sdist (`--no-binary`) and a direct-URL archive);
 *  - uv-pip-compile: `uv pip compile requirements.in --universal -o pylock.toml` (uv 0.13.9);
 *  - pdm-workspace: `pdm lock` with lock.format = "pylock" in a workspace root (PDM 2.29.4);
 *  - pdm-lock-inputs: the same with tool.pdm.resolution.lock_inputs = true;
 *  - pdm-export-lock-inputs: `pdm export -f pylock` of a project with lock_inputs = true.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPylock } from '../../../actions/shared/lockfile/pylock.js';
import type { LockCheckResult } from '../../../actions/shared/lockfile/types.js';
import { FIXTURES } from './helpers.js';

const DATA = path.resolve('test/shared/lockfile/data/pylock');
const TOOLS = path.resolve('.lab/tools');
const PY = [path.join(TOOLS, 'pip-tools/bin/python')].find((p) => existsSync(p));
const PDM = [path.join(TOOLS, 'bin/pdm')].find((p) => existsSync(p));

const tmps: string[] = [];
afterAll(() => tmps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function copy(from: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bb-pylock-'));
  tmps.push(dir);
  cpSync(from, dir, { recursive: true });
  return dir;
}

function check(dir: string, requireHashes = true, lock = 'pylock.toml'): LockCheckResult {
  return checkPylock({ workspace: dir, dir, lockfile: path.join(dir, lock), requireHashes });
}

function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  expect(next, `edit of ${file} applied`).not.toBe(text);
  writeFileSync(file, next);
}

/** `packaging.pylock.Pylock.from_dict` on the file: undefined when valid, else its message. */
function packagingVerdict(file: string): string | undefined | null {
  if (!PY) return null;
  const script = 'import sys, tomllib\nfrom packaging.pylock import Pylock\ntry:\n    Pylock.from_dict(tomllib.load(open(sys.argv[1], "rb")))\nexcept Exception as e:\n    print(f"{type(e).__name__}: {e}")';
  const r = spawnSync(PY, ['-c', script, file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim() || undefined;
}

/** `pdm lock --check -L <lock>`: PDM's own verdict on its pylock.toml. */
function pdmVerdict(dir: string, lock = 'pylock.toml'): 'fresh' | 'stale' | undefined {
  if (!PDM) return undefined;
  const r = spawnSync(PDM, ['lock', '--check', '-L', lock], { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, PDM_CHECK_UPDATE: 'false', NO_COLOR: '1' } });
  if (r.status === 0) return 'fresh';
  expect(`${r.stdout}${r.stderr}`).toMatch(/doesn'?t satisfy the project|out of date/i);
  return 'stale';
}

/** Findings that say the file breaks PEP 751 as packaging.pylock reads it. */
const SPEC = new Set(['invalid-lockfile', 'unsupported-format', 'missing-hash', 'version-mismatch']);
const specErrors = (r: LockCheckResult) => r.findings.filter((f) => f.severity === 'error' && SPEC.has(f.class));

describe('pylock.toml as each writer writes it: zero errors', () => {
  it.each([
    ['pip-lock', 'inconclusive', /`pip lock` records none of its inputs/],
    ['uv-pip-compile', 'inconclusive', /uv pip compile requirements.in --universal -o pylock.toml/],
    ['pdm-workspace', 'fresh', undefined],
    ['pdm-lock-inputs', 'inconclusive', /lock_inputs/],
    ['pdm-export-lock-inputs', 'inconclusive', /lock_inputs is enabled/],
  ] as const)('%s: %s', (sample, want, reason) => {
    const dir = copy(path.join(DATA, sample));
    for (const requireHashes of [true, false]) {
      const r = check(dir, requireHashes);
      expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(r.freshness, r.inconclusiveReason).toBe(want);
      if (reason) expect(r.inconclusiveReason).toMatch(reason);
      expect(r.packages).toBeGreaterThan(0);
    }
    const v = packagingVerdict(path.join(dir, 'pylock.toml'));
    if (v !== null) expect(v).toBeUndefined();
  });

  it('created-by names the writer and its fix', () => {
    const pip = check(copy(path.join(DATA, 'pip-lock')));
    expect(pip.toolVersion).toBe('pip');
    const uv = copy(path.join(DATA, 'uv-pip-compile'));
    edit(path.join(uv, 'pylock.toml'), 'version = "3.10"', 'version = "3.9"');
    const r = check(uv);
    expect(r.toolVersion).toBe('uv');
    expect(r.findings.find((f) => f.package === 'idna')?.fix).toBe('uv pip compile requirements.in --universal -o pylock.toml');
  });
});

/**
 * Hand edits: our spec errors must appear exactly when packaging.pylock rejects the file (pip then
 * refuses to install from it). Checks packaging does not make (hash digests, credentials) come after.
 */
describe('pylock.toml integrity: same verdict as packaging.pylock', () => {
  const cases: [sample: string, label: string, from: string | RegExp, to: string][] = [
    ['pip-lock', 'hashes of a wheel dropped', /\n\[packages\.wheels\.hashes\]\nsha256 = "946d[0-9a-f]+"\n/, '\n'],
    ['pip-lock', 'empty hashes table', 'sha256 = "d584d9ec91ad65861cc08d42e834324ef890a082e591037abe114850ff7bbc3e"', ''],
    ['pip-lock', 'version changed in a package entry', 'version = "3.10"', 'version = "3.9"'],
    ['pip-lock', 'wheel file name changed', 'name = "idna-3.10-py3-none-any.whl"', 'name = "idna-3.11-py3-none-any.whl"'],
    ['pip-lock', 'wheel of another project', 'name = "idna-3.10-py3-none-any.whl"', 'name = "idnb-3.10-py3-none-any.whl"'],
    ['pip-lock', 'not a wheel file name', 'name = "idna-3.10-py3-none-any.whl"', 'name = "idna.whl"'],
    ['pip-lock', 'sdist of another version', 'name = "pyyaml-6.0.2.tar.gz"', 'name = "pyyaml-6.0.1.tar.gz"'],
    ['pip-lock', 'name not normalised', 'name = "pyyaml"', 'name = "PyYAML"'],
    ['pip-lock', 'version that is not PEP 440', 'version = "6.0.2"', 'version = "6.0.2-custom-build"'],
    ['pip-lock', 'lock-version 2.0', 'lock-version = "1.0"', 'lock-version = "2.0"'],
    ['pip-lock', 'lock-version "1" (valid)', 'lock-version = "1.0"', 'lock-version = "1"'],
    ['pip-lock', 'created-by removed', 'created-by = "pip"\n', ''],
    ['pip-lock', 'archive without hashes', /\n\[packages\.archive\.hashes\]\nsha256 = "[0-9a-f]+"\n?/, '\n'],
    ['pip-lock', 'sdist and archive both', '[packages.sdist]', '[packages.archive]\nurl = "https://example.invalid/x.tar.gz"\nhashes = {sha256 = "00"}\n\n[packages.sdist]'],
    ['pip-lock', 'no source at all', /\n\[packages\.archive\]\nurl = "[^"]+"\n\n\[packages\.archive\.hashes\]\nsha256 = "[0-9a-f]+"\n?/, '\n'],
    ['pip-lock', 'requires-python that does not parse', 'created-by = "pip"', 'created-by = "pip"\nrequires-python = "=>3.10"'],
    ['pip-lock', 'extras not normalised', 'created-by = "pip"', 'created-by = "pip"\nextras = ["Socks_Proxy"]'],
    ['pip-lock', 'a hash that is not a string', 'sha256 = "946d195a0d259cbba61165e88e65941f16e9b36ea6ddb97f00452bae8b1287d3"', 'sha256 = 1'],
    ['pip-lock', 'size that is not an integer', 'name = "idna-3.10-py3-none-any.whl"', 'name = "idna-3.10-py3-none-any.whl"\nsize = "70442"'],
    ['uv-pip-compile', 'wheel URL of another version (uv writes no wheel name)', 'idna-3.10-py3-none-any.whl"', 'idna-3.9-py3-none-any.whl"'],
    ['uv-pip-compile', 'sdist URL of another version', 'idna-3.10.tar.gz"', 'idna-3.9.tar.gz"'],
    ['uv-pip-compile', 'version changed', 'version = "1.17.0"', 'version = "1.16.0"'],
    ['uv-pip-compile', 'hashes dropped from a wheel', /, hashes = \{ sha256 = "4721[0-9a-f]+" \} \}\]/, ' }]'],
    ['uv-pip-compile', 'wheels emptied, sdist kept (valid)', /wheels = \[\{ url = "[^\n]*six-1\.17\.0-py2\.py3-none-any\.whl[^\n]*\n/, 'wheels = []\n'],
    ['uv-pip-compile', 'wheels and sdist removed', /sdist = \{ url = "[^\n]*six-1\.17\.0\.tar\.gz[^\n]*\nwheels = [^\n]*\n/, ''],
  ];
  it.each(cases)('%s: %s', (sample, label, from, to) => {
    const dir = copy(path.join(DATA, sample));
    edit(path.join(dir, 'pylock.toml'), from, to);
    const ours = specErrors(check(dir));
    const theirs = packagingVerdict(path.join(dir, 'pylock.toml'));
    const msg = `${label}: ours ${JSON.stringify(ours.map((f) => f.message))}, packaging: ${theirs}`;
    if (theirs === null) return;
    expect(ours.length > 0, msg).toBe(theirs !== undefined);
  });

  it('beyond packaging: a malformed digest and credentials in an index URL are errors', () => {
    const dir = copy(path.join(DATA, 'uv-pip-compile'));
    edit(path.join(dir, 'pylock.toml'), '946d195a0d259cbba61165e88e65941f16e9b36ea6ddb97f00452bae8b1287d3', '946d195a0d259cbba61165e88e65941f16e9b36ea6ddb97f00452bae8b1287');
    edit(path.join(dir, 'pylock.toml'), 'version = "1.17.0"', 'version = "1.17.0"\nindex = "https://ci:s3cr3t@pypi.internal.example/simple"');
    const r = check(dir);
    expect(r.findings.map((f) => `${f.class}:${f.package}`).sort()).toEqual(['credentials-in-url:six', 'malformed-hash:idna']);
    expect(JSON.stringify(r.findings)).not.toContain('s3cr3t');
  });
});

describe('PDM pylock.toml: same verdict as `pdm lock --check`', () => {
  function expectSame(sample: string, want: 'fresh' | 'stale', edits: [file: string, from: string | RegExp, to: string][] = []): LockCheckResult {
    const dir = copy(path.join(DATA, sample));
    for (const [file, from, to] of edits) edit(path.join(dir, file), from, to);
    const ours = check(dir);
    const label = `${sample} ${JSON.stringify(edits.map((e) => e[2]))}: ${JSON.stringify(ours.findings.map((f) => f.message))} ${ours.inconclusiveReason ?? ''}`;
    expect(ours.freshness, label).toBe(want);
    const pdm = pdmVerdict(dir);
    if (pdm) expect(pdm, `pdm: ${label}`).toBe(want);
    return ours;
  }

  it('a workspace root hashes its members too (was stale on a fresh lock)', () => {
    expectSame('pdm-workspace', 'fresh');
    expectSame('pdm-workspace', 'stale', [['packages/liba/pyproject.toml', '"iniconfig"', '"iniconfig>=2"']]);
    expectSame('pdm-workspace', 'stale', [['pyproject.toml', '"six"]', '"six>=1"]']]);
    // a member that is no longer one
    expectSame('pdm-workspace', 'stale', [['pyproject.toml', 'members = ["packages/*"]', 'members = []']]);
  });

  it('a missing or empty [tool.pdm] hashes entry is stale, as PDM reads it', () => {
    const HASH = /(?<=\[tool\.pdm\]\n)hashes = \{sha256 = "[0-9a-f]+"\}\n/;
    expectSame('pdm-workspace', 'stale', [['pylock.toml', HASH, 'hashes = {}\n']]);
    expectSame('pdm-workspace', 'stale', [['pylock.toml', HASH, 'hashes = {sha256 = ""}\n']]);
    expectSame('pdm-workspace', 'stale', [['pylock.toml', HASH, '']]);
  });

  it('lock_inputs recorded: a changed input is stale; matching inputs stay inconclusive (PDM also checks specifiers)', () => {
    expectSame('pdm-lock-inputs', 'stale', [['pyproject.toml', '"iniconfig>=2"]', '"iniconfig>=2", "idna"]']]);
    expectSame('pdm-lock-inputs', 'stale', [['pyproject.toml', 'requires-python = ">=3.10"', 'requires-python = ">=3.11"']]);
    const dir = copy(path.join(DATA, 'pdm-lock-inputs'));
    edit(path.join(dir, 'pyproject.toml'), '"iniconfig>=2"', '"iniconfig>=3"');
    expect(check(dir).freshness).toBe('inconclusive');
    const pdm = pdmVerdict(dir);
    if (pdm) expect(pdm).toBe('stale');
  });

  it('`pdm export -f pylock` with lock_inputs enabled: PDM calls it stale, its hash matches: never fresh', () => {
    const dir = copy(path.join(DATA, 'pdm-export-lock-inputs'));
    expect(check(dir).freshness).toBe('inconclusive');
    const pdm = pdmVerdict(dir);
    if (pdm) expect(pdm).toBe('stale');
    edit(path.join(dir, 'pyproject.toml'), '"six"', '"six>=1"');
    expect(check(dir).freshness).toBe('stale');
    if (pdm) expect(pdmVerdict(dir)).toBe('stale');
  });

  const webapp = path.join(FIXTURES, 'webapp/pdm-pylock');
  it.runIf(existsSync(webapp))('a package another entry depends on removed: PDM says fresh, we report the dangling dependency', () => {
    const dir = copy(webapp);
    edit(path.join(dir, 'pylock.toml'), /\[\[packages\]\]\nname = "blinker"[\s\S]*?\n\n(?=\[\[packages\]\])/, '');
    edit(path.join(dir, 'pylock.toml'), /\[\[packages\]\]\nname = "tomli"[\s\S]*?\n\n(?=\[\[packages\]\])/, '');
    const r = check(dir);
    expect(r.freshness).toBe('fresh');
    const pdm = pdmVerdict(dir);
    if (pdm) expect(pdm).toBe('fresh');
    // blinker is needed everywhere; tomli only below Python 3.11, which requires-python >=3.10 includes
    expect(r.findings.filter((f) => f.class === 'dangling-dependency').map((f) => `${f.package}:${f.severity}`).sort()).toEqual(['blinker:error', 'tomli:error']);
  });
});
