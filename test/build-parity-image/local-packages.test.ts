/**
 * Local path dependencies in the image, end to end on the lab engine: a uv workspace (fixtures/uv-workspace,
 * locked by the pinned uv) whose app imports its member `corelib` (source = { editable = "packages/corelib" }).
 * The member is built into a wheel on the runner and installed by hash with the rest: the in-image
 * test imports it, parity lists it, the same commit builds the same image, and a member whose version no
 * longer matches the lock is refused; the same for an unnamed `-e ./…` line of a hashed requirements file
 * (fixtures/req-local, by the pinned `uv pip compile`) and a Poetry 2 path dependency (fixtures/poetry-local,
 * by the pinned poetry) a PDM file dependency (fixtures/pdm-local) and a Pipfile editable path (fixtures/pipenv-local), each
 * locked by the pinned tool. (Before, members were dropped: parity passed on an image that
 * could not import them.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForTest } from '../harness/bundle.js';
import { hasStackTrace, runAction, type ActionRun } from '../harness/run-action.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'uv-workspace');
const BASE = process.env.BLACKBELT_BASE_IMAGE || 'local/python-base:3.11';
const enabled = spawnSync('docker', ['image', 'inspect', BASE]).status === 0;
if (!enabled && process.env.BLACKBELT_REQUIRE_LAB === '1') throw new Error('BLACKBELT_REQUIRE_LAB=1 but the Docker lab is not available: run scripts/lab up');

const cleanup: string[] = [];
function project(edit: (dir: string) => void = () => undefined, fixture = FIXTURE): string {
  const dir = mkdtempSync(join(tmpdir(), 'bb-bpi-local-'));
  cleanup.push(dir);
  cpSync(fixture, dir, { recursive: true });
  edit(dir);
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', dir, ...args], {
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: '1700000200 +0000', GIT_COMMITTER_DATE: '1700000200 +0000' },
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'init');
  return dir;
}

describe.skipIf(!enabled)('build-parity-image: local path dependencies (uv workspace member)', () => {
  let bundle = '';
  const runs: ActionRun[] = [];
  const cacheDir = mkdtempSync(join(tmpdir(), 'bb-bpi-local-cache-'));
  cleanup.push(cacheDir);

  beforeAll(() => {
    bundle = bundleForTest('actions/build-parity-image/index.ts', 'build-parity-image-local');
  });
  afterAll(() => {
    const ids = [...new Set(runs.map((r) => r.outputs['image-id']).filter((x): x is string => Boolean(x)))];
    if (ids.length) spawnSync('docker', ['image', 'rm', '-f', ...ids]);
    for (const r of runs) rmSync(r.tempDir, { recursive: true, force: true });
    for (const d of cleanup) rmSync(d, { recursive: true, force: true });
  });

  async function build(workspace: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
    const run = await runAction('build-parity-image', {
      bundle,
      workspace,
      inputs: { 'base-image': BASE, image: '127.0.0.1:5000/bb/local-packages', command: 'python3 main.py', 'test-command': 'python3 main.py', ...inputs },
      env: { BLACKBELT_CACHE_DIR: cacheDir, BLACKBELT_NO_PULL: '1' },
      timeoutMs: 5 * 60_000,
    });
    runs.push(run);
    return run;
  }

  it('builds the member into a wheel, installs it by hash, and the image imports it; parity lists it; same commit → same image', async () => {
    const ws = project();
    const a = await build(ws, { 'no-cache': 'true' });
    expect(a.exitCode, a.log).toBe(0);
    expect(hasStackTrace(a.log)).toBe(false);
    expect(a.log).toContain('hello from corelib idna');
    expect(a.outputs.parity).toBe('pass');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON report
    const rep = JSON.parse(readFileSync(a.outputs.report!, 'utf8')) as Record<string, any>;
    expect(rep.parity.rows).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'corelib', locked: '0.2.0', installed: '0.2.0', status: 'ok' })]));
    expect(rep.excluded.map((e: { name: string }) => e.name)).toContain('app'); // the project itself: copied, not installed
    expect(rep.excluded.map((e: { name: string }) => e.name)).not.toContain('corelib');
    const b = await build(ws, { 'no-cache': 'true' });
    expect(b.exitCode, b.log).toBe(0);
    expect(b.outputs['image-id'], 'the member wheel is built reproducibly (SOURCE_DATE_EPOCH)').toBe(a.outputs['image-id']);
  }, 600_000);

  it.each([
    ['req-local', 'pip-tools', 'an unnamed `-e ./packages/corelib` in a hashed requirements file (uv pip compile): named by its wheel'],
    ['poetry-local', 'poetry', 'a Poetry 2 path dependency (`corelib = { path = "packages/corelib", develop = true }`)'],
    ['pipenv-local', 'pipenv', 'a Pipfile editable path (`corelib = {path = "./packages/corelib", editable = true}`; Pipfile.lock records no version)'],
    ['pdm-local', 'pdm', 'a PDM file dependency (`corelib @ file:///${PROJECT_ROOT}/packages/corelib`, locked as `path = "./packages/corelib"`)'],
  ])('%s (%s): %s — installed, imported, compared', async (fixture, manager) => {
    const ws = project(undefined, join(import.meta.dirname, 'fixtures', fixture));
    const run = await build(ws);
    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).toContain('hello from corelib idna');
    expect(run.outputs.parity).toBe('pass');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON report
    const rep = JSON.parse(readFileSync(run.outputs.report!, 'utf8')) as Record<string, any>;
    expect(rep.lock.manager).toBe(manager);
    expect(rep.parity.rows).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'corelib', installed: '0.2.0', status: 'ok' })]));
  }, 300_000);

  it('refuses a member whose source no longer has the version the lock pins', async () => {
    const ws = project((dir) => {
      const p = join(dir, 'packages', 'corelib', 'pyproject.toml');
      writeFileSync(p, readFileSync(p, 'utf8').replace('version = "0.2.0"', 'version = "0.3.0"'));
    });
    const run = await build(ws);
    expect(run.exitCode).toBe(1);
    expect(hasStackTrace(run.log)).toBe(false);
    const err = run.annotations.find((x) => x.level === 'error');
    expect(err?.title).toBe('local dependency drift');
    expect(err?.message).toContain('corelib at 0.2.0');
    expect(err?.message).toContain('0.3.0');
  }, 300_000);
});
