import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPdm, pdmContentHash } from '../../../actions/shared/lockfile/pdm.js';
import { parseToml } from '../../../actions/shared/lockfile/toml.js';
import type { LockCheckResult } from '../../../actions/shared/lockfile/types.js';
import { editedCopy, type Edit } from './helpers.js';

// Samples written by PDM 2.29.4 (`pdm lock`); compared with `pdm lock --check` of the same PDM.
//  content-hash:          default lock (no lock_inputs), [dependency-groups] + [tool.pdm.dev-dependencies]
//  inputs-target-python:  lock_inputs = true, locked with `pdm lock --python ">=3.11"` (every package
//                         gets the marker python_version >= "3.11")
const DATA = path.resolve('test/shared/lockfile/data/pdm');
const PDM = path.resolve('.lab/tools/bin/pdm');
const tmps: string[] = [];
afterAll(() => tmps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function pdmVerdict(dir: string): 'fresh' | 'stale' | undefined {
  if (!existsSync(PDM)) return undefined;
  const r = spawnSync(PDM, ['lock', '--check'], { cwd: dir, encoding: 'utf8', env: { ...process.env, PDM_CHECK_UPDATE: 'false', NO_COLOR: '1' } });
  if (r.status === 0) return 'fresh';
  expect(r.stdout + r.stderr, 'pdm lock --check fails only on the lock').toMatch(/doesn't satisfy the project requirements|out of date/);
  return 'stale';
}

async function verdicts(sample: string, edits: Edit[]): Promise<{ ours: LockCheckResult; tool: 'fresh' | 'stale' | undefined }> {
  const dir = editedCopy(path.join(DATA, sample), edits, 'bb-pdm-');
  tmps.push(dir);
  const ours = await checkPdm({ workspace: dir, dir, lockfile: path.join(dir, 'pdm.lock'), requireHashes: true });
  return { ours, tool: pdmVerdict(dir) };
}
async function expectSame(sample: string, want: 'fresh' | 'stale', edits: Edit[] = []): Promise<LockCheckResult> {
  const { ours, tool } = await verdicts(sample, edits);
  const label = `${sample} ${JSON.stringify(edits.map((e) => e[2]))}: ${ours.inconclusiveReason ?? ''}`;
  expect(ours.freshness, label).toBe(want);
  if (tool) expect(tool, `pdm: ${label}`).toBe(want);
  return ours;
}
const PY = 'pyproject.toml';
const LOCK = 'pdm.lock';

describe('pdm.lock: same verdict as `pdm lock --check` (PDM 2.29.4)', () => {
  it.each(['content-hash', 'inputs-target-python'])('%s: a freshly locked project is fresh with zero error findings', async (sample) => {
    const r = await expectSame(sample, 'fresh');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('content_hash: group spellings PDM normalises, and hashed settings', async () => {
    await expectSame('content-hash', 'fresh', [[PY, 'lint = [', 'Lint = [']]);
    await expectSame('content-hash', 'fresh', [
      [PY, '[tool.pdm.dev-dependencies]\ntest = ["iniconfig>=2"]\n', ''],
      [PY, 'lint = ["mccabe>=0.7"]', 'lint = ["mccabe>=0.7"]\ntest = ["iniconfig>=2"]'],
    ]);
    await expectSame('content-hash', 'stale', [[PY, 'lint = [', 'li_nt = [']]);
    await expectSame('content-hash', 'stale', [[PY, 'distribution = false', 'distribution = false\n[tool.pdm.resolution]\nallow-prereleases = true']]);
    await expectSame('content-hash', 'fresh', [[PY, 'distribution = false', 'distribution = false\n[tool.pdm.resolution]']]);
    await expectSame('content-hash', 'fresh', [[LOCK, /groups = \[[^\]]*\]\n/, '']]);
  });

  it('content_hash: PDM >= 2.20 accepts its own hash whatever lock_version says; an older-generation hash warns', async () => {
    // a current-generation hash under an older lock_version (PDM only warns "generated on an older version")
    await expectSame('content-hash', 'fresh', [[LOCK, 'lock_version = "4.5.1"', 'lock_version = "4.4.1"']]);
    await expectSame('content-hash', 'fresh', [[LOCK, 'lock_version = "4.5.1"', 'lock_version = "4.4.2"']]);
    // the hash PDM 2.13–2.15 wrote (an "overrides" key): fresh for that writer, stale for PDM 2.29.4
    const old = pdmContentHash(parseToml(readFileSync(path.join(DATA, 'content-hash', PY), 'utf8'), PY), 'overrides');
    const { ours, tool } = await verdicts('content-hash', [
      [LOCK, 'lock_version = "4.5.1"', 'lock_version = "4.4.1"'],
      [LOCK, /content_hash = "sha256:[0-9a-f]+"/, `content_hash = "sha256:${old}"`],
    ]);
    expect(ours.freshness).toBe('fresh');
    expect(ours.findings).toContainEqual(expect.objectContaining({ class: 'tool-version-skew', severity: 'warning', found: `sha256:${old}` }));
    if (tool) expect(tool).toBe('stale');
  });

  it('lock_inputs: requires-python is compared as PDM prints it, so an equal range written differently is stale', async () => {
    const r = await expectSame('inputs-target-python', 'stale', [[PY, 'requires-python = ">=3.9"', 'requires-python = ">=3.9.0"']]);
    expect(r.findings).toContainEqual(expect.objectContaining({ class: 'drift', expected: '>=3.9.0', found: '>=3.9' }));
    await expectSame('inputs-target-python', 'stale', [[PY, 'requires-python = ">=3.9"', 'requires-python = ">=3.9,<4"']]);
    await expectSame('inputs-target-python', 'fresh', [[PY, 'requires-python = ">=3.9"', 'requires-python = ">= 3.9"']]);
  });

  it('lock_inputs: a package marker equal to the target Python range covers the requirement (pdm lock --python)', async () => {
    await expectSame('inputs-target-python', 'fresh', [[PY, 'mccabe>=0.7', 'mccabe>=0.6']]);
    await expectSame('inputs-target-python', 'stale', [[PY, 'six>=1.16', 'six>=1.18']]);
    await expectSame('inputs-target-python', 'stale', [[PY, `python_version >= '3.9'`, `python_version >= '3.10'`]]);
  });

  it('lock_inputs: a one-clause marker is recorded as written, so the same meaning written differently is stale', async () => {
    await expectSame('inputs-target-python', 'stale', [[PY, `python_version >= '3.9'`, `python_version > '3.8'`]]);
    await expectSame('inputs-target-python', 'stale', [[PY, `python_version >= '3.9'`, `'3.9' <= python_version`]]);
    await expectSame('inputs-target-python', 'fresh', [[PY, `python_version >= '3.9'`, `python_version>='3.9'`]]);
  });

  it('lock_inputs: a requirement without a marker that no locked package of its group meets is stale', async () => {
    const r = await expectSame('inputs-target-python', 'stale', [[LOCK, /\[\[package\]\]\nname = "mccabe"[\s\S]*?(?=\n\[\[package)/, '']]);
    expect(r.findings).toContainEqual(expect.objectContaining({ class: 'drift', package: 'mccabe', found: 'not locked' }));
    await expectSame('inputs-target-python', 'stale', [[LOCK, 'groups = ["lint"]', 'groups = ["default"]']]);
  });

  it('lock_inputs: a group with more requirements than recorded is stale even when one is not parsed statically', async () => {
    await expectSame('inputs-target-python', 'stale', [[PY, 'lint = ["mccabe>=0.7"]', 'lint = ["mccabe>=0.7", "-e file:///${PROJECT_ROOT}/libs/loc#egg=loc"]']]);
  });
});
