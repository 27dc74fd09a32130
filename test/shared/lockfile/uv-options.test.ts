/**
 * uv.lock freshness for [tool.uv] settings, requires-python, dependency groups and indexes: each
 * edit is applied to a copy of a sample written by uv 0.13.9 and our verdict is compared with
 * `uv lock --check --offline` run in the same test (skipped only when no uv binary is present).
 * Our verdict may be "inconclusive" only where the test says so.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { checkUv } from '../../../actions/shared/lockfile/uv.js';
import type { LockCheckResult } from '../../../actions/shared/lockfile/types.js';

const DATA = path.resolve('test/shared/lockfile/data/uv');
const UV = [path.resolve('.lab/tools/bin/uv'), '/tmp/vl-tools/bin/uv'].find((p) => existsSync(p));
/** Variables that change uv's verdict: removed from the environment uv runs in, set only where a test says. */
const UV_VARS = ['UV_EXCLUDE_NEWER', 'UV_EXCLUDE_NEWER_PACKAGE', 'UV_RESOLUTION', 'UV_PRERELEASE', 'UV_FORK_STRATEGY', 'UV_INDEX', 'UV_DEFAULT_INDEX', 'UV_INDEX_URL', 'UV_EXTRA_INDEX_URL', 'UV_FIND_LINKS', 'UV_NO_INDEX', 'UV_LOCKED', 'UV_FROZEN'];

const tmps: string[] = [];
afterAll(() => tmps.forEach((t) => rmSync(t, { recursive: true, force: true })));

type Edit = [file: string, from: string | RegExp | null, to: string];

function prepare(sample: string, edits: Edit[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bb-uvo-'));
  tmps.push(root);
  cpSync(path.join(DATA, sample), root, { recursive: true });
  for (const [file, from, to] of edits) {
    const p = path.join(root, file);
    if (from === null) {
      mkdirSync(path.dirname(p), { recursive: true });
      writeFileSync(p, to);
      continue;
    }
    const text = readFileSync(p, 'utf8');
    const next = text.replace(from, to);
    expect(next, `edit of ${file} applied: ${String(from)}`).not.toBe(text);
    writeFileSync(p, next);
  }
  return root;
}

function verdicts(sample: string, edits: Edit[], env: Record<string, string> = {}, sub = '.'): { ours: LockCheckResult; uv: 'fresh' | 'stale' | undefined; label: string } {
  const root = prepare(sample, edits);
  const dir = path.join(root, sub);
  const ours = checkUv({ workspace: root, dir, lockfile: path.join(dir, 'uv.lock'), requireHashes: false }, { env });
  let uv: 'fresh' | 'stale' | undefined;
  if (UV) {
    const uvEnv: Record<string, string | undefined> = { ...process.env };
    for (const k of UV_VARS) delete uvEnv[k];
    const r = spawnSync(UV, ['lock', '--check', '--offline', '-q'], { cwd: dir, env: { ...uvEnv, ...env }, encoding: 'utf8' });
    uv = r.status === 0 ? 'fresh' : 'stale';
  }
  const label = `${sample} ${JSON.stringify(edits.map((e) => e[2]))} ${JSON.stringify(env)}: ${JSON.stringify(ours.findings.map((f) => f.message))} ${ours.inconclusiveReason ?? ''}`;
  return { ours, uv, label };
}

function expectSame(sample: string, want: 'fresh' | 'stale', edits: Edit[] = [], env: Record<string, string> = {}, sub = '.'): LockCheckResult {
  const { ours, uv, label } = verdicts(sample, edits, env, sub);
  expect(ours.freshness, label).toBe(want);
  if (uv) expect(uv, `uv: ${label}`).toBe(want);
  return ours;
}

/** uv says `uvWant`; we cannot be sure and say inconclusive (never the opposite verdict). */
function expectInconclusive(sample: string, uvWant: 'fresh' | 'stale', edits: Edit[] = [], env: Record<string, string> = {}, sub = '.'): LockCheckResult {
  const { ours, uv, label } = verdicts(sample, edits, env, sub);
  expect(ours.freshness, label).toBe('inconclusive');
  if (uv) expect(uv, `uv: ${label}`).toBe(uvWant);
  return ours;
}

const PY = 'pyproject.toml';
const LOCK = 'uv.lock';
const TOOL = '[tool.uv]\n';
const setting = (s: string): Edit => [PY, TOOL, `${TOOL}${s}\n`];
const table = (s: string): Edit => [PY, TOOL, `${s}\n\n${TOOL}`];

describe('uv.lock options: same verdict as `uv lock --check`', () => {
  it.each(['options', 'group-rp', 'path-groups'])('%s: a freshly locked project is fresh, with no error findings', (sample) => {
    const r = expectSame(sample, 'fresh');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('constraint-dependencies lose their extras; overrides and build constraints keep them', () => {
    expectSame('options', 'fresh', [[PY, '["idna<4"]', '["idna[x]<4"]']]);
    expectSame('options', 'fresh', [[PY, '["idna<4"]', '["IDNA < 4"]']]);
    expectSame('options', 'stale', [[PY, '["idna<4"]', '["idna<5"]']]);
    expectSame('options', 'stale', [[PY, '["idna<4"]', `["idna<4; sys_platform == 'linux'"]`]]);
    expectSame('options', 'stale', [[PY, '["six>=1.16"]', '["six[x]>=1.16"]']]);
    expectSame('options', 'stale', [[PY, '["hatchling<2"]', '["hatchling[x]<2"]']]);
    expectSame('options', 'fresh', [[PY, '["hatchling<2"]', `["hatchling<2; python_version >= '3.8'"]`]]);
  });

  it('required-environments may be a single string; a changed or removed list is stale', () => {
    const RE = `required-environments = ["sys_platform == 'linux'"]`;
    expectSame('options', 'fresh', [[PY, RE, `required-environments = "sys_platform == 'linux'"`]]);
    expectSame('options', 'fresh', [[PY, RE, `required-environments = ['sys_platform=="linux"']`]]);
    expectSame('options', 'stale', [[PY, RE, `required-environments = "sys_platform == 'darwin'"`]]);
    expectSame('options', 'stale', [[PY, `${RE}\n`, '']]);
  });

  it('exclude-newer: a later cutoff keeps the lock, an earlier or removed one is stale', () => {
    const EN = 'exclude-newer = "2025-06-01T00:00:00Z"';
    expectSame('options', 'fresh', [[PY, EN, 'exclude-newer = "2025-06-01T00:00:01Z"']]);
    expectSame('options', 'fresh', [[PY, EN, 'exclude-newer = "2026-06-01T00:00:00Z"']]);
    expectSame('options', 'fresh', [], { UV_EXCLUDE_NEWER: '2025-07-01T00:00:00Z' });
    expectSame('options', 'fresh', [[PY, EN, 'exclude-newer = "2025-06-01t00:00:00z"']]);
    expectSame('options', 'fresh', [[PY, EN, 'exclude-newer = "2025-05-31"']]);
    expectSame('options', 'stale', [[PY, EN, 'exclude-newer = "2025-05-31T23:59:59Z"']]);
    expectSame('options', 'stale', [], { UV_EXCLUDE_NEWER: '2025-05-01T00:00:00Z' });
    expectSame('options', 'stale', [[PY, `${EN}\n`, '']]);
  });

  it('exclude-newer-package: per package, false is the latest cutoff; added dates and removed entries are stale', () => {
    const X = 'exclude-newer-package = { idna = false, six = "2025-05-01" }';
    expectSame('options', 'fresh', [[PY, X, 'exclude-newer-package = { IDNA = false, Six = "2025-05-02T00:00:00Z" }']]);
    expectSame('options', 'fresh', [[PY, X, 'exclude-newer-package = { idna = false, six = "2025-05-03" }']]);
    expectSame('options', 'fresh', [[PY, X, 'exclude-newer-package = { idna = false, six = false }']]);
    expectSame('options', 'fresh', [[PY, X, 'exclude-newer-package = { idna = false, six = "2025-05-01", mccabe = false }']]);
    expectSame('options', 'stale', [[PY, X, 'exclude-newer-package = { idna = false, six = "2025-04-01" }']]);
    expectSame('options', 'stale', [[PY, X, 'exclude-newer-package = { idna = "2099-01-01", six = "2025-05-01" }']]);
    expectSame('options', 'stale', [[PY, X, 'exclude-newer-package = { six = "2025-05-01" }']]);
    expectSame('options', 'stale', [[PY, X, 'exclude-newer-package = { idna = false, six = "2025-05-01", mccabe = "2026-01-01" }']]);
    expectSame('options', 'stale', [[PY, `${X}\n`, '']]);
  });

  it('requires-python compares as its bounding range, release-only', () => {
    const RP = 'requires-python = ">=3.9"';
    expectSame('options', 'fresh', [[PY, RP, 'requires-python = ">= 3.9.0"']]);
    expectSame('options', 'fresh', [[PY, RP, 'requires-python = ">=3.9,!=3.9.1"']]);
    expectSame('options', 'fresh', [[PY, RP, 'requires-python = ">=3.9rc1"']]);
    expectSame('options', 'fresh', [[PY, RP, 'requires-python = ">=3.9,>=3.8"']]);
    expectSame('options', 'stale', [[PY, RP, 'requires-python = "~=3.9"']]);
    expectSame('options', 'stale', [[PY, RP, 'requires-python = ">=3.9,<4"']]);
    expectSame('options', 'stale', [[PY, RP, 'requires-python = ">3.8"']]);
    expectSame('options', 'stale', [[PY, RP, 'requires-python = ">=3.9.1"']]);
    expectSame('options', 'stale', [[PY, RP, 'requires-python = "==3.9.*"']]);
  });

  it('an empty dependency group is recorded: adding or removing one is stale', () => {
    expectSame('group-rp', 'stale', [[LOCK, 'empty = []\n', '']]);
    expectSame('group-rp', 'stale', [[PY, 'empty = []\n', '']]);
    expectSame('group-rp', 'fresh', [[PY, 'empty = []', 'Empty = []']]);
    expectSame('options', 'stale', [[PY, 'lint = ["mccabe"]', 'lint = ["mccabe"]\nempty = []']]);
    expectSame('options', 'fresh', [setting('dev-dependencies = []')]);
  });

  it('[package.group-requires-python] is compared, including what a group inherits from included groups', () => {
    const LRP = 'lint = { requires-python = ">=3.10" }';
    expectSame('group-rp', 'fresh', [[PY, LRP, 'lint = { requires-python = ">= 3.10.0" }']]);
    expectSame('group-rp', 'stale', [[LOCK, /\[package\.group-requires-python\]\n[^[]*\n\n/, '']]);
    expectSame('group-rp', 'stale', [[LOCK, 'dev = ">=3.10,<3.14"\n', '']]);
    expectSame('group-rp', 'stale', [[PY, 'dev = { requires-python = "<3.14" }\n', '']]);
    expectSame('group-rp', 'stale', [[PY, LRP, 'lint = { requires-python = ">=3.11" }']]);
    // the redundant bound changes no marker (markers are simplified), only the table
    expectSame('options', 'stale', [table('[tool.uv.dependency-groups]\nlint = { requires-python = ">=3.9" }')]);
  });

  it('a path dependency records its groups in requires-dev, without a group-requires-python table', () => {
    expectSame('path-groups', 'fresh', [['lib/pyproject.toml', 't = { requires-python = ">=3.10" }', 't = { requires-python = ">= 3.10" }']]);
    expectSame('path-groups', 'stale', [['lib/pyproject.toml', 't = { requires-python = ">=3.10" }', 't = { requires-python = ">=3.11" }']]);
    expectSame('path-groups', 'stale', [[LOCK, 'dev = ">=3.10"\n', '']]);
    expectSame('path-groups', 'stale', [[PY, 'dev = { requires-python = ">=3.10" }', 'dev = { requires-python = ">=3.9" }']]);
  });

  it('every registry in the lock must still be a configured index (PyPI unless replaced)', () => {
    const ix = (url: string, extra = ''): Edit => table(`[[tool.uv.index]]\nname = "ix"\nurl = "${url}"\n${extra}`);
    expectSame('options', 'fresh', [ix('https://pypi.org/simple', 'default = true')]);
    expectSame('options', 'fresh', [ix('https://PyPI.org:443/simple', 'default = true')]);
    expectSame('options', 'fresh', [ix('https://test.pypi.org/simple')]);
    expectSame('options', 'fresh', [ix('https://test.pypi.org/simple', 'explicit = true')]);
    expectSame('options', 'stale', [ix('https://test.pypi.org/simple', 'default = true')]);
    expectSame('options', 'stale', [ix('https://pypi.org/simple/', 'default = true')]);
    expectSame('options', 'fresh', [ix('https://test.pypi.org/simple', 'default = true'), setting('extra-index-url = ["https://pypi.org/simple"]')]);
    expectSame('options', 'fresh', [setting('index-url = "https://pypi.org/simple"')]);
    expectSame('options', 'stale', [setting('index-url = "https://test.pypi.org/simple"')]);
    const noIndex = expectSame('options', 'stale', [setting('no-index = true')]);
    // an index set only on the workflow's `uv lock` step: the message says to give this step the same setting
    expect(noIndex.findings.find((f) => f.class === 'drift')?.message).toMatch(/through the environment \(UV_INDEX_URL.*give this step the same setting/);
    expectSame('options', 'fresh', [], { UV_INDEX: 'https://test.pypi.org/simple' });
    // the environment replaces the default index: uv re-resolves; we do not model UV_* index variables exactly
    expectInconclusive('options', 'stale', [], { UV_DEFAULT_INDEX: 'https://test.pypi.org/simple' });
  });

  it('a uv.toml takes the options (indexes, resolution, exclude-newer, dependency-metadata), not the [manifest] fields', () => {
    const UT = 'exclude-newer = "2025-06-01T00:00:00Z"\nexclude-newer-package = { idna = false, six = "2025-05-01" }\n';
    const uvToml = (extra = ''): Edit => ['uv.toml', null, UT + extra];
    expectSame('options', 'fresh', [uvToml()]);
    // constraint / override / build-constraint / exclude-dependencies are read from pyproject.toml only
    expectSame('options', 'fresh', [uvToml('constraint-dependencies = ["idna<5"]\noverride-dependencies = ["six>=1.15"]\nbuild-constraint-dependencies = ["hatchling<3"]\nexclude-dependencies = ["six"]\n')]);
    expectSame('options', 'stale', [uvToml('constraint-dependencies = ["idna<4"]\n'), [PY, 'constraint-dependencies = ["idna<4"]\n', '']]);
    expectSame('options', 'stale', [uvToml(), setting('exclude-dependencies = ["six"]')]);
    // the options of [tool.uv] are ignored in favour of uv.toml
    expectSame('options', 'fresh', [uvToml(), setting('resolution = "lowest"')]);
    expectSame('options', 'stale', [uvToml('resolution = "lowest"\n')]);
    expectSame('options', 'fresh', [uvToml(), table('[[tool.uv.index]]\nname = "ix"\nurl = "https://test.pypi.org/simple"\ndefault = true')]);
    expectSame('options', 'stale', [uvToml('[[index]]\nname = "ix"\nurl = "https://test.pypi.org/simple"\ndefault = true\n')]);
    expectSame('options', 'fresh', [uvToml(), setting('dependency-metadata = [{ name = "six", version = "1.17.0", requires-dist = [] }]')]);
    expectSame('options', 'stale', [uvToml('dependency-metadata = [{ name = "six", version = "1.17.0", requires-dist = [] }]\n')]);
    expectSame('options', 'stale', [['uv.toml', null, 'exclude-newer = "2025-06-01T00:00:00Z"\n']]);
    // a project-only field in uv.toml: uv refuses the file
    const r = expectInconclusive('options', 'stale', [uvToml(`required-environments = ["sys_platform == 'linux'"]\n`)]);
    expect(r.findings.some((f) => f.class === 'invalid-manifest' && f.manifest?.file === 'uv.toml')).toBe(true);
  });

  it('settings that do not enter the lock keep it fresh', () => {
    for (const s of ['no-build = true', 'no-binary = true', 'no-binary-package = ["six"]', 'index-strategy = "unsafe-best-match"', 'prerelease = "if-necessary-or-explicit"', 'resolution = "highest"', 'fork-strategy = "requires-python"']) {
      expectSame('options', 'fresh', [setting(s)]);
    }
    for (const s of ['prerelease = "allow"', 'resolution = "lowest"', 'resolution = "lowest-direct"', 'fork-strategy = "fewest"']) expectSame('options', 'stale', [setting(s)]);
  });

  it('a workspace glob matching a non-empty directory without pyproject.toml: uv fails, we are not fresh', () => {
    const env = { UV_EXCLUDE_NEWER: '2026-10-01' };
    const r = expectInconclusive('workspace', 'stale', [['ws/packages/libb/README.md', null, 'x']], env, 'ws');
    expect(r.findings.some((f) => f.class === 'invalid-manifest' && /packages\/libb/.test(f.message))).toBe(true);
    expectInconclusive('workspace', 'stale', [['ws/packages/libb/__pycache__/x.pyc', null, '']], env, 'ws');
    // an empty directory is skipped by uv (git does not keep one, but a checkout tool might)
    const root = prepare('workspace', []);
    mkdirSync(path.join(root, 'ws/packages/empty'));
    expect(checkUv({ workspace: root, dir: path.join(root, 'ws'), lockfile: path.join(root, 'ws/uv.lock'), requireHashes: false }, { env }).freshness).toBe('fresh');
  });
});
