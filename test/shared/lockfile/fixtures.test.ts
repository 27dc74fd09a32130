import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRequirements } from '../../../actions/shared/lockfile/requirements.js';
import { checkUv } from '../../../actions/shared/lockfile/uv.js';

const ROOT = path.resolve('test/fixtures/lockfiles');
const MANIFEST = path.join(ROOT, 'MANIFEST.json');

interface Fixture {
  project: string;
  manager: string;
  dir: string;
  lockfile: string[];
  bad: boolean;
  native_check_env?: Record<string, string>;
  native_check_result?: { exit_code: number };
}

const data = existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { fixtures: Fixture[] }) : undefined;
// Each fixture records the settings it was locked with (e.g. UV_EXCLUDE_NEWER, which uv.lock stores).
const cases: [string, string, string, Record<string, string | undefined>][] = [];
for (const f of data?.fixtures ?? []) {
  if (f.bad) continue;
  const env = { UV_EXCLUDE_NEWER: f.native_check_env?.UV_EXCLUDE_NEWER };
  for (const lock of f.lockfile) {
    if (lock === 'uv.lock' || /\.txt$/.test(lock)) cases.push([`${f.dir}/${lock}`, f.dir, lock, env]);
  }
}

describe.skipIf(!data)('generated fixtures (good ones) are fresh with zero errors', () => {
  it.each(cases)('%s', (_label, dir, lock, env) => {
    const abs = path.join(ROOT, dir);
    const input = { workspace: ROOT, dir: abs, lockfile: path.join(abs, lock), requireHashes: false };
    const r = lock === 'uv.lock' ? checkUv(input, { env }) : checkRequirements(input);
    expect(r.findings.filter((x) => x.severity === 'error')).toEqual([]);
    // uv pip compile writes only the commit a git tag named: whether the input's @v0.1.0 still names it
    // needs the repository (gitdep), so that one fixture is inconclusive — never fresh.
    if (dir === 'gitdep/uv-pip-compile' && r.freshness !== 'fresh') {
      expect(r.freshness).toBe('inconclusive');
      expect(r.inconclusiveReason).toMatch(/uv resolves the reference @v0\.1\.0/);
    } else expect(r.freshness, r.inconclusiveReason).toBe('fresh');
  });
});
