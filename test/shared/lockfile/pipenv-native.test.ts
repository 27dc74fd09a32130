import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPipenv, pipfileHash } from '../../../actions/shared/lockfile/pipenv.js';
import { parseToml } from '../../../actions/shared/lockfile/toml.js';
import type { LockCheckResult } from '../../../actions/shared/lockfile/types.js';
import { editedCopy, type Edit } from './helpers.js';

// Sample written by pipenv 2026.10.3 (`pipenv lock`); compared with `pipenv verify` of the same pipenv.
const DATA = path.resolve('test/shared/lockfile/data/pipenv');
const PIPENV = path.resolve('.lab/tools/bin/pipenv');
const tmps: string[] = [];
afterAll(() => tmps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function pipenvVerdict(dir: string): 'fresh' | 'stale' | undefined {
  if (!existsSync(PIPENV)) return undefined;
  const r = spawnSync(PIPENV, ['verify'], { cwd: dir, encoding: 'utf8', env: { ...process.env, PIPENV_IGNORE_VIRTUALENVS: '1', PIPENV_VERBOSITY: '-1', NO_COLOR: '1' } });
  if (r.status === 0) return 'fresh';
  expect(r.stdout + r.stderr, 'pipenv verify fails only on the lock').toMatch(/Pipfile\.lock is out-of-date/);
  return 'stale';
}

function verdicts(sample: string, edits: Edit[]): { ours: LockCheckResult; tool: 'fresh' | 'stale' | undefined } {
  const dir = editedCopy(path.join(DATA, sample), edits, 'bb-pipenv-');
  tmps.push(dir);
  const ours = checkPipenv({ workspace: dir, dir, lockfile: path.join(dir, 'Pipfile.lock'), requireHashes: true });
  return { ours, tool: pipenvVerdict(dir) };
}
function expectSame(sample: string, want: 'fresh' | 'stale', edits: Edit[] = []): LockCheckResult {
  const { ours, tool } = verdicts(sample, edits);
  const label = `${sample} ${JSON.stringify(edits.map((e) => e[2]))}: ${ours.inconclusiveReason ?? ''}`;
  expect(ours.freshness, label).toBe(want);
  if (tool) expect(tool, `pipenv: ${label}`).toBe(want);
  return ours;
}
const PF = 'Pipfile';
const S = 'names-categories';
const SOURCE = '[[source]]\nurl = "https://pypi.org/simple"\nverify_ssl = true\nname = "pypi"\n';

describe('Pipfile.lock: same verdict as `pipenv verify` (pipenv 2026.10.3)', () => {
  it('a freshly locked project is fresh with zero error findings', () => {
    const r = expectSame(S, 'fresh');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('package names are hashed canonicalised, in every category; category names are not', () => {
    expectSame(S, 'fresh', [[PF, 'Python_Dateutil = ', 'python-dateutil = ']]);
    expectSame(S, 'fresh', [[PF, 'McCabe = ', 'mccabe = ']]);
    expectSame(S, 'fresh', [[PF, 'iniconfig = ', 'IniConfig = ']]);
    expectSame(S, 'fresh', [[PF, 'six = ">=1.16"', '"six" = ">=1.16"']]);
    expectSame(S, 'stale', [[PF, '[lint]', '[Lint]']]);
    expectSame(S, 'stale', [[PF, '[lint]', '[lint-tools]']]);
  });

  it('[[source]] and [requires] are hashed as written (defaults filled in only when absent); [pipenv] and [scripts] are not', () => {
    expectSame(S, 'fresh', [[PF, SOURCE, '']]);
    expectSame(S, 'fresh', [[PF, SOURCE, 'source = [{name = "pypi", verify_ssl = true, url = "https://pypi.org/simple"}]\n']]);
    expectSame(S, 'stale', [[PF, 'verify_ssl = true', 'verify_ssl = false']]);
    expectSame(S, 'stale', [[PF, 'name = "pypi"', 'name = "PyPI"']]);
    expectSame(S, 'stale', [[PF, 'url = "https://pypi.org/simple"', 'url = "https://pypi.org/simple/"']]);
    expectSame(S, 'stale', [[PF, 'python_version = "3.11"', 'python_version = "3.12"']]);
    expectSame(S, 'stale', [[PF, 'python_version = "3.11"', 'python_version = "3.11"\npython_full_version = "3.11.4"']]);
    expectSame(S, 'fresh', [[PF, 'allow_prereleases = false', 'allow_prereleases = true']]);
    expectSame(S, 'fresh', [[PF, '[pipenv]', '[scripts]\ntest = "pytest"\n\n[pipenv]']]);
  });

  it('hand edits of locked versions, hashes or _meta.requires do not touch the hash', () => {
    expectSame(S, 'fresh', [['Pipfile.lock', '"version": "==0.7.0"', '"version": "==0.6.1"']]);
    expectSame(S, 'fresh', [['Pipfile.lock', '"python_version": "3.11"', '"python_version": "3.12"']]);
    expectSame(S, 'fresh', [['Pipfile.lock', /"sha256:[0-9a-f]/, '"sha256:0']]);
    // _meta.hash.sha256 itself
    expectSame(S, 'stale', [['Pipfile.lock', /("sha256": ")[0-9a-f]/, '$10']]);
  });

  it('a pre-2026.4 hash (raw package names): fresh for its writer with a skew warning; pipenv 2026.10.3 says out of date', () => {
    const legacy = pipfileHash(parseToml(readFileSync(path.join(DATA, S, PF), 'utf8'), PF), 'legacy');
    const { ours, tool } = verdicts(S, [['Pipfile.lock', /("hash": \{\s*"sha256": ")[0-9a-f]{64}/, `$1${legacy}`]]);
    expect(ours.freshness).toBe('fresh');
    expect(ours.findings).toContainEqual(expect.objectContaining({ class: 'tool-version-skew', severity: 'warning' }));
    if (tool) expect(tool).toBe('stale');
  });
});
