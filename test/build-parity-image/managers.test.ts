/**
 * build-parity-image for every lock manager: the example service (examples/service) with each of its
 * real lockfiles (test/fixtures/lockfiles/service/<manager>) is built by the bundled action through
 * the runner harness, verified (parity + in-image self-test), then the image is started and probed
 * over HTTP. One webapp fixture per manager with a dev group checks that dev groups stay out.
 * Needs the lab (scripts/lab up). One wheel cache for the whole file keeps it well under 3 minutes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForTest } from '../harness/bundle.js';
import { hasStackTrace, runAction, type ActionRun } from '../harness/run-action.js';
import { REPO_ROOT } from '../harness/runtimes.js';

const BASE = process.env.BLACKBELT_BASE_IMAGE || 'local/python-base:3.11';
const SERVICE = join(REPO_ROOT, 'examples', 'service');
const LOCKS = join(REPO_ROOT, 'test', 'fixtures', 'lockfiles');
const enabled = spawnSync('docker', ['image', 'inspect', BASE], { encoding: 'utf8' }).status === 0;
// The test command (scripts/test.sh) requires the lab: there, a missing engine is a failure, not a skip.
if (!enabled && process.env.BLACKBELT_REQUIRE_LAB === '1') throw new Error('BLACKBELT_REQUIRE_LAB=1 but the Docker lab is not available: run scripts/lab up');

/** fixture dir → [manager the action must detect, lockfile it must use] */
const SERVICE_CASES: Array<[string, string, string]> = [
  ['uv', 'uv', 'uv.lock'],
  ['uv-export', 'pip-tools', 'requirements.txt'],
  ['uv-pip-compile', 'pip-tools', 'requirements.txt'],
  ['pip-tools', 'pip-tools', 'requirements.txt'],
  ['poetry2', 'poetry', 'poetry.lock'],
  ['poetry18', 'poetry', 'poetry.lock'],
  ['pdm', 'pdm', 'pdm.lock'],
  ['pipenv', 'pipenv', 'Pipfile.lock'],
  ['pdm-pylock', 'pylock', 'pylock.toml'],
  ['uv-pylock', 'pylock', 'pylock.toml'],
];

/** The service's runtime distributions (what every manager's production set must be, by name). */
const SERVICE_SET = ['blinker', 'click', 'flask', 'gunicorn', 'itsdangerous', 'jinja2', 'markupsafe', 'prometheus-client', 'structlog', 'werkzeug'];

let bundle = '';
// A persistent wheel cache (gitignored .lab): the locks' wheels are fetched once per lock hash, not per run.
const cacheDir = process.env.BLACKBELT_TEST_WHEEL_CACHE || join(REPO_ROOT, '.lab', 'cache', 'bpi-managers');
const cleanup: Array<() => void> = [];

/** At most 2 builds/containers at once (2 cores). */
let running = 0;
const waiting: Array<() => void> = [];
async function slot<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= 2) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: '1700000100 +0000', GIT_COMMITTER_DATE: '1700000100 +0000' },
  }).trim();
}

/** A workspace holding one fixture's lock + manifest and the service source; only the fixture's own lock (a uv-export dir also has uv.lock). */
function serviceWorkspace(fixture: string, lockfile: string): string {
  const ws = mkdtempSync(join(tmpdir(), `bb-bpi-mgr-${fixture}-`));
  cleanup.push(() => rmSync(ws, { recursive: true, force: true }));
  cpSync(join(LOCKS, 'service', fixture), ws, { recursive: true });
  if (lockfile !== 'uv.lock') rmSync(join(ws, 'uv.lock'), { force: true });
  for (const f of ['src', 'gunicorn.conf.py', 'scripts']) cpSync(join(SERVICE, f), join(ws, f), { recursive: true, filter: (p) => !/__pycache__|\.pyc$/.test(p) });
  git(ws, 'init', '-q');
  git(ws, 'add', '-A');
  git(ws, 'commit', '-qm', 'init');
  return ws;
}

function build(workspace: string, image: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('build-parity-image', {
    bundle,
    workspace,
    inputs: { image, 'base-image': BASE, command: 'gunicorn -c gunicorn.conf.py service.app:app', 'test-command': 'python3 scripts/selftest.py', ...inputs },
    env: { BLACKBELT_CACHE_DIR: cacheDir },
    timeoutMs: 4 * 60_000,
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON report, shape asserted by the tests
function report(run: ActionRun): Record<string, any> {
  return JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

async function getJson(url: string, timeoutMs = 2_000): Promise<{ status: number; body: unknown }> {
  const r = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  const text = await r.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: r.status, body };
}

/** Run the image as a service: /readyz within 30 s, GET / → JSON naming the service, clean stop. */
async function serve(imageId: string): Promise<{ root: Record<string, unknown>; stopCode: number; readyMs: number }> {
  const port = await freePort();
  const id = execFileSync('docker', ['run', '-d', '--pull=never', '-p', `127.0.0.1:${port}:8000`, imageId], { encoding: 'utf8' }).trim();
  try {
    const started = Date.now();
    let ready = false;
    for (let i = 0; i < 120 && Date.now() - started < 30_000; i++) {
      try {
        if ((await getJson(`http://127.0.0.1:${port}/readyz`)).status === 200) {
          ready = true;
          break;
        }
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    const readyMs = Date.now() - started;
    if (!ready) throw new Error(`/readyz not 200 within 30 s; logs:\n${spawnSync('docker', ['logs', '--tail', '40', id], { encoding: 'utf8' }).stderr}`);
    const root = await getJson(`http://127.0.0.1:${port}/`, 15_000);
    expect(root.status).toBe(200);
    const stop = spawnSync('docker', ['stop', '-t', '20', id], { encoding: 'utf8' });
    const exit = execFileSync('docker', ['inspect', '-f', '{{.State.ExitCode}}', id], { encoding: 'utf8' }).trim();
    expect(stop.status).toBe(0);
    return { root: root.body as Record<string, unknown>, stopCode: Number(exit), readyMs };
  } finally {
    spawnSync('docker', ['rm', '-f', id]);
  }
}

describe.skipIf(!enabled)('build-parity-image: every manager builds the example service and it serves', () => {
  beforeAll(() => {
    bundle = bundleForTest('actions/build-parity-image/index.ts', 'build-parity-image-managers');
  });
  afterAll(() => {
    for (const f of cleanup) f();
  });

  it.concurrent.each(SERVICE_CASES)('%s: builds, parity passes, self-test passes, serves /readyz and /, stops cleanly', (fixture, manager, lockfile) => slot(async () => {
    const ws = serviceWorkspace(fixture, lockfile);
    const image = `bb/mgr-${fixture}`;
    const run = await build(ws, image);
    expect(run.exitCode, run.log).toBe(0);
    expect(hasStackTrace(run.log)).toBe(false);
    expect(run.outputs.parity).toBe('pass');
    expect(run.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(run.log).toContain('service: blackbelt-example-service');
    const r = report(run);
    expect(r.lock.manager).toBe(manager);
    expect(r.lock.file).toBe(lockfile);
    expect(r.parity.rows.map((x: { name: string }) => x.name).sort()).toEqual(SERVICE_SET);
    expect(r.testCommand.exitCode).toBe(0);

    const served = await serve(run.outputs['image-id']!);
    expect(served.root).toMatchObject({ service: 'blackbelt-example-service' });
    expect(served.stopCode).toBe(0);

    if (fixture === 'uv') {
      // Runtime metadata, no `docker exec`: non-root user and the OCI labels.
      const img = JSON.parse(execFileSync('docker', ['image', 'inspect', run.outputs['image-id']!], { encoding: 'utf8' }))[0] as { Config: { User: string; Labels: Record<string, string> } };
      expect(img.Config.User).toBe('65534:65534');
      expect(img.Config.User.split(':')[0]).not.toBe('0');
      const labels = img.Config.Labels;
      expect(labels['org.opencontainers.image.revision']).toBe(git(ws, 'rev-parse', 'HEAD'));
      expect(labels['org.opencontainers.image.source']).toBe('https://github.com/acme/service');
      expect(labels['org.opencontainers.image.created']).toBe('2023-11-14T22:15:00Z');
      expect(labels['dev.blackbelt.lock-hash']).toBe(run.outputs['lock-hash']);
      expect(labels['dev.blackbelt.lock-hash']).toMatch(/^[0-9a-f]{64}$/);
    }
    spawnSync('docker', ['image', 'rm', '-f', run.outputs['image-id']!]);
  }));

  /** webapp: runtime deps + `dev` group (pytest, ruff) + an optional `postgres` extra + py<3.11-only tomli. */
  it.concurrent.each([
    ['uv', 'uv'],
    ['poetry2', 'poetry'],
    ['poetry18', 'poetry'],
    ['pdm', 'pdm'],
    ['pdm-pylock', 'pylock'],
    ['pipenv', 'pipenv'],
  ])('webapp/%s: the image has the production set only (no pytest/ruff from the dev group)', (fixture, manager) => slot(async () => {
    const ws = mkdtempSync(join(tmpdir(), `bb-bpi-web-${fixture}-`));
    cleanup.push(() => rmSync(ws, { recursive: true, force: true }));
    cpSync(join(LOCKS, 'webapp', fixture), ws, { recursive: true });
    git(ws, 'init', '-q');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-qm', 'init');
    const run = await build(ws, `bb/web-${fixture}`, { command: '', 'test-command': '' });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs.parity).toBe('pass');
    const r = report(run);
    expect(r.lock.manager).toBe(manager);
    const installed: string[] = r.parity.rows.map((x: { name: string }) => x.name);
    const excluded: string[] = r.excluded.map((x: { name: string }) => x.name);
    for (const dev of ['pytest', 'ruff', 'iniconfig', 'pluggy']) {
      expect(installed, `${dev} in the image`).not.toContain(dev);
      expect(excluded).toContain(dev);
    }
    // Not needed on Python 3.11 (tomli; python_version < "3.11"), and the optional extra is not requested…
    expect(installed).not.toContain('tomli');
    // …except Pipfile, which lists psycopg[binary] in [packages].
    if (fixture === 'pipenv') expect(installed).toContain('psycopg');
    else expect(installed).not.toContain('psycopg');
    for (const need of ['flask', 'gunicorn', 'structlog', 'prometheus-client', 'uvloop', 'werkzeug']) expect(installed).toContain(need);
    // The image itself: no pytest importable (parity already compares the full list of distributions).
    const probe = spawnSync('docker', ['run', '--rm', '--pull=never', '--network', 'none', '--entrypoint', 'python3', run.outputs['image-id']!, '-c', 'import importlib.util,sys; sys.exit(0 if importlib.util.find_spec("pytest") is None and importlib.util.find_spec("ruff") is None else 1)'], { encoding: 'utf8' });
    expect(probe.status, probe.stderr).toBe(0);
    spawnSync('docker', ['image', 'rm', '-f', run.outputs['image-id']!]);
  }));
});
