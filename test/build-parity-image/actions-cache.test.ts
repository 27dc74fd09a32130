/**
 * build-parity-image's wheelhouse through @actions/cache (cache service v2, as on GitHub's hosted
 * runners) against test/harness/fake-actions-cache.ts: run 1 misses, fetches the wheels and saves
 * them; run 2, on an empty runner (same paths, nothing left on disk) and with every package index
 * unreachable, must restore them from the actions cache ('hit-actions') and build the same image.
 * A cache service answering 500 must only cost a warning.
 *
 * @actions/cache's entry version is sha256 of the cached path list, and restore keys only match
 * entries of the same version: the wheelhouse must be cached from a path that is the same in every
 * run and for every key (not under a mkdtemp scratch directory, not containing the key).
 *
 * The first describe checks the fake itself against the real clients (@actions/cache in a child
 * process, the Azure Storage SDK in-process); it needs no Docker. The action tests need the lab
 * (scripts/lab up), like integration.test.ts.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForTest } from '../harness/bundle.js';
import { startFakeActionsCache, type FakeActionsCache } from '../harness/fake-actions-cache.js';
import { hasStackTrace, runAction, type ActionRun } from '../harness/run-action.js';
import { REPO_ROOT } from '../harness/runtimes.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'app');
const BASE = process.env.BLACKBELT_BASE_IMAGE || 'local/python-base:3.11';

function dockerOk(): boolean {
  const r = spawnSync('docker', ['image', 'inspect', BASE], { encoding: 'utf8' });
  return r.status === 0;
}
const enabled = dockerOk();
// The test command (scripts/test.sh) requires the lab: there, a missing engine is a failure, not a skip.
if (!enabled && process.env.BLACKBELT_REQUIRE_LAB === '1') throw new Error('BLACKBELT_REQUIRE_LAB=1 but the Docker lab is not available: run scripts/lab up');

const execFileAsync = promisify(execFile);
const RPC = 'twirp/github.actions.results.api.v1.CacheService';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: '1700000100 +0000', GIT_COMMITTER_DATE: '1700000100 +0000' },
  }).trim();
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bb-bpi-ac-ws-'));
  cpSync(FIXTURE, dir, { recursive: true });
  // Builds are reproducible: integration.test.ts builds the same fixture at the same commit time, so
  // without a file of our own both suites would share one image ID and remove it under each other.
  writeFileSync(join(dir, 'SUITE'), 'actions-cache\n');
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'init');
  return dir;
}

/** An empty directory at a fixed path: what a hosted runner gives every job (same path, nothing in it). */
function wiped(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON report, shape asserted by the tests
function report(run: ActionRun): Record<string, any> {
  return JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
}

function cacheEnv(fake: FakeActionsCache): Record<string, string> {
  return { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: fake.url, ACTIONS_RUNTIME_TOKEN: fake.token };
}

/** What the fake saw, one line per request: for failure messages. */
function trace(fake: FakeActionsCache): string {
  return fake.requests.map((r) => `${r.method} ${r.kind}${r.rpc ? ` ${r.rpc}` : ''} → ${r.status}${r.error ? ` (${r.error})` : ''}${r.body ? ` ${JSON.stringify(r.body)}` : ''}`).join('\n');
}

describe('fake actions cache service (checked against the real clients)', () => {
  let fake: FakeActionsCache;
  beforeAll(async () => {
    fake = await startFakeActionsCache();
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('@actions/cache saveCache → restoreCache (restore-key prefix match) round-trips a directory', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'bb-fakecache-ws-'));
    const data = join(ws, 'data');
    mkdirSync(data);
    writeFileSync(join(data, 'a.txt'), 'hello wheels');
    // The client reads its configuration from the environment: run it in a child, like an action.
    const script = "import * as c from '@actions/cache'; const [mode, key, ...restore] = process.argv.slice(1); const r = mode === 'save' ? await c.saveCache([process.env.DATA], key) : await c.restoreCache([process.env.DATA], key, restore); console.log('RESULT=' + JSON.stringify(r ?? null));";
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? ws, GITHUB_WORKSPACE: ws, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'bb-fakecache-rt-')), GITHUB_SERVER_URL: 'https://github.com', DATA: data, ...cacheEnv(fake) };
    const client = async (...args: string[]): Promise<string> => (await execFileAsync(process.execPath, ['--input-type=module', '-e', script, ...args], { cwd: REPO_ROOT, env, encoding: 'utf8' })).stdout;
    const saved = await client('save', 'wheels-linux-1');
    expect(saved, trace(fake)).toContain('RESULT=1');
    rmSync(data, { recursive: true });
    const restored = await client('restore', 'wheels-linux-2', 'wheels-mac-', 'wheels-linux-');
    expect(restored, trace(fake)).toContain('RESULT="wheels-linux-1"');
    expect(readFileSync(join(data, 'a.txt'), 'utf8')).toBe('hello wheels');

    expect(fake.requests.map((r) => `${r.kind}${r.rpc ? ':' + r.rpc : ''} ${r.status}`)).toEqual([
      'twirp:CreateCacheEntry 200',
      'put-blob 201',
      'twirp:FinalizeCacheEntryUpload 200',
      'twirp:GetCacheEntryDownloadURL 200',
      'get-blob 200',
    ]);
    const [create, finalize, get] = [fake.twirp('CreateCacheEntry')[0]!, fake.twirp('FinalizeCacheEntryUpload')[0]!, fake.twirp('GetCacheEntryDownloadURL')[0]!];
    expect(create.headers.authorization).toBe(`Bearer ${fake.token}`);
    expect(create.body).toEqual({ key: 'wheels-linux-1', version: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(finalize.body).toEqual({ key: 'wheels-linux-1', version: (create.body as { version: string }).version, size_bytes: String(fake.blobs.values().next().value!.length) });
    expect(get.body).toEqual({ key: 'wheels-linux-2', restore_keys: ['wheels-mac-', 'wheels-linux-'], version: (create.body as { version: string }).version });
    expect(fake.entries).toMatchObject([{ key: 'wheels-linux-1', finalized: true }]);

    // Same key + version again: the service refuses (409), the client only logs it.
    const again = await client('save', 'wheels-linux-1');
    expect(again).toContain('RESULT=-1');
    expect(fake.twirp('CreateCacheEntry').at(-1)).toMatchObject({ status: 409, error: expect.stringContaining('already exists') });
    // A different version (another path list) does not see the entry.
    env.DATA = join(ws, 'elsewhere');
    expect(await client('restore', 'wheels-linux-1')).toContain('RESULT=null');
  });

  it('Azure SDK: Put Block + Put Block List for big files, Put Blob for small ones; GET with Range', async () => {
    const { BlockBlobClient } = await import('@azure/storage-blob');
    const create = async (key: string): Promise<string> => {
      const res = await fetch(`${fake.url}${RPC}/CreateCacheEntry`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${fake.token}` }, body: JSON.stringify({ key, version: 'a'.repeat(64) }) });
      expect(res.status).toBe(200);
      return ((await res.json()) as { signed_upload_url: string }).signed_upload_url;
    };
    const data = Buffer.from(Array.from({ length: 10_000 }, (_, i) => i % 251));
    const blocks = new BlockBlobClient(await create('blocks'));
    await blocks.uploadData(data, { blockSize: 4096, maxSingleShotSize: 1024, concurrency: 2 });
    const kinds = fake.requests.filter((r) => r.kind.startsWith('put-')).map((r) => r.kind);
    expect(kinds.filter((k) => k === 'put-block')).toHaveLength(3);
    expect(kinds.at(-1)).toBe('put-block-list');
    const single = new BlockBlobClient(await create('single'));
    await single.uploadData(data.subarray(0, 100));
    expect(fake.requests.at(-1)).toMatchObject({ kind: 'put-blob', status: 201, bytes: 100 });

    const fin = await fetch(`${fake.url}${RPC}/FinalizeCacheEntryUpload`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${fake.token}` }, body: JSON.stringify({ key: 'blocks', version: 'a'.repeat(64), size_bytes: '10000' }) });
    expect(await fin.json()).toMatchObject({ ok: true, entry_id: expect.stringMatching(/^\d+$/) });
    const got = await fetch(`${fake.url}${RPC}/GetCacheEntryDownloadURL`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${fake.token}` }, body: JSON.stringify({ key: 'blocks', version: 'a'.repeat(64) }) });
    const url = ((await got.json()) as { signed_download_url: string }).signed_download_url;
    const whole = await fetch(url);
    expect(Buffer.from(await whole.arrayBuffer()).equals(data)).toBe(true);
    const part = await fetch(url, { headers: { range: 'bytes=5000-5009' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 5000-5009/10000');
    expect(Buffer.from(await part.arrayBuffer()).equals(data.subarray(5000, 5010))).toBe(true);
    expect((await fetch(url, { headers: { range: 'bytes=20000-' } })).status).toBe(416);
    // The read-only SAS cannot write; a made-up one cannot read.
    expect((await fetch(url, { method: 'PUT', body: 'x', headers: { 'x-ms-blob-type': 'BlockBlob' } })).status).toBe(403);
    expect((await fetch(url.replace(/sig=[^&]+/, 'sig=forged'))).status).toBe(403);
  });

  it('rejects malformed Twirp calls with a 4xx and a message saying what is wrong', async () => {
    const call = async (method: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; msg: string }> => {
      const res = await fetch(`${fake.url}${RPC}/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${fake.token}`, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
      return { status: res.status, msg: ((await res.json()) as { msg: string }).msg };
    };
    const version = 'b'.repeat(64);
    expect(await call('CreateCacheEntry', { key: 'k', version }, { authorization: 'Bearer nope' })).toMatchObject({ status: 401, msg: expect.stringContaining('ACTIONS_RUNTIME_TOKEN') });
    expect(await call('CreateCacheEntry', { key: 'k', version }, { 'content-type': 'application/protobuf' })).toMatchObject({ status: 404, msg: expect.stringContaining('application/json') });
    expect(await call('CreateCacheEntry', { key: 'k' })).toMatchObject({ status: 400, msg: expect.stringContaining('version is required') });
    expect(await call('CreateCacheEntry', { version })).toMatchObject({ status: 400, msg: expect.stringContaining('key is required') });
    expect(await call('CreateCacheEntry', { key: 'k', version, paths: ['/x'] })).toMatchObject({ status: 400, msg: expect.stringContaining('unknown field "paths"') });
    expect(await call('GetCacheEntryDownloadURL', { key: 'k', version, restore_keys: 'k-' })).toMatchObject({ status: 400, msg: expect.stringContaining('array of strings') });
    expect(await call('FinalizeCacheEntryUpload', { key: 'k', version, size_bytes: 'ten' })).toMatchObject({ status: 400, msg: expect.stringContaining('int64') });
    expect(await call('FinalizeCacheEntryUpload', { key: 'never-created', version, size_bytes: '10' })).toMatchObject({ status: 404, msg: expect.stringContaining('CreateCacheEntry first') });
    expect(await call('CreateCacheEntry', { key: 'k', version, metadata: { repository_id: '1', scope: [{ scope: 'refs/heads/main', permission: '3' }] } })).toMatchObject({ status: 200 });
    expect(await call('DeleteCacheEntry', { key: 'k', version })).toMatchObject({ status: 404, msg: expect.stringContaining('no such method') });
    expect(await call('CreateCacheEntry', '{not json')).toMatchObject({ status: 400, msg: expect.stringContaining('not JSON') });
  });
});

describe.skipIf(!enabled)('build-parity-image wheelhouse through @actions/cache (real docker, fake cache service)', () => {
  let bundle = '';
  let fake: FakeActionsCache;
  beforeAll(async () => {
    // Own output directory: integration.test.ts may be bundling build-parity-image concurrently.
    bundle = bundleForTest('actions/build-parity-image/index.ts', 'build-parity-image-actions-cache');
    fake = await startFakeActionsCache();
  });
  afterAll(async () => {
    await fake?.stop();
  });

  // Fixed paths, emptied before each run: only the actions cache can carry the wheels from run 1 to
  // run 2 (no BLACKBELT_CACHE_DIR, no RUNNER_TEMP leftovers), yet the paths are the same, as on a
  // hosted runner (RUNNER_TEMP is /home/runner/work/_temp in every job), which the cache version
  // (sha256 of the cached paths) depends on.
  const root = mkdtempSync(join(tmpdir(), 'bb-bpi-ac-'));
  const runnerTemp = join(root, 'runner-temp');
  const localCache = join(root, 'local-cache');

  function build(workspace: string, env: Record<string, string>): Promise<ActionRun> {
    return runAction('build-parity-image', {
      bundle,
      workspace,
      inputs: { 'base-image': BASE, command: 'python3 app.py', image: 'bb/actions-cache', 'no-cache': 'true' },
      env: { BLACKBELT_CACHE_DIR: wiped(localCache), RUNNER_TEMP: wiped(runnerTemp), ...env },
      timeoutMs: 5 * 60_000,
    });
  }

  it('run 1 misses and saves the wheelhouse; run 2 on an empty runner restores it (hit-actions) with no index, same image', async () => {
    const ws = project();
    const a = await build(ws, cacheEnv(fake));
    expect(a.exitCode, a.log).toBe(0);
    expect(hasStackTrace(a.log)).toBe(false);
    expect(a.outputs.parity).toBe('pass');
    const ra = report(a);
    const key = ra.wheelhouse.key as string;
    expect(key).toMatch(new RegExp(`^blackbelt-wheels-py3\\.11-[a-z0-9_]+-${a.outputs['lock-hash']}$`));
    const prefix = key.slice(0, -a.outputs['lock-hash']!.length);
    expect(ra.wheelhouse.cache).toBe('miss');
    expect(ra.wheelhouse.wheels.length).toBeGreaterThanOrEqual(3);
    expect(fake.requests.every((r) => r.status < 400), trace(fake)).toBe(true);
    // restore (miss) → create → upload → finalize, all for the wheelhouse key and one version.
    expect(fake.requests.map((r) => r.rpc ?? r.kind), trace(fake)).toEqual(['GetCacheEntryDownloadURL', 'CreateCacheEntry', 'put-blob', 'FinalizeCacheEntryUpload']);
    const lookup1 = fake.twirp('GetCacheEntryDownloadURL')[0]!.body as { key: string; version: string };
    const create = fake.twirp('CreateCacheEntry')[0]!.body as { key: string; version: string };
    expect(lookup1).toEqual({ key, restore_keys: [prefix], version: create.version });
    expect(create).toEqual({ key, version: lookup1.version });
    expect(fake.entries).toMatchObject([{ key, version: create.version, finalized: true }]);
    expect(fake.twirp('FinalizeCacheEntryUpload')[0]!.body).toEqual({ key, version: create.version, size_bytes: String(fake.entries[0]!.sizeBytes) });
    expect(a.log).not.toMatch(/Failed to (save|restore)|Wheel cache (save|restore) failed/);

    execFileSync('docker', ['image', 'rm', '-f', a.outputs['image-id']!]);
    const seen = fake.requests.length;
    // Any attempt to fetch a wheel now fails: no index, no find-links, and an unreachable index URL.
    const b = await build(ws, { ...cacheEnv(fake), PIP_NO_INDEX: '1', PIP_INDEX_URL: 'http://127.0.0.1:9/simple', PIP_RETRIES: '0', PIP_TIMEOUT: '3' });
    // The cache version is sha256 of the cached path(s): if run 2 asks for another version, the
    // action cached a path that differs from run to run, and can never hit.
    expect(fake.twirp('GetCacheEntryDownloadURL')[1]?.body, trace(fake)).toEqual({ key, restore_keys: [prefix], version: create.version });
    expect(b.exitCode, b.log).toBe(0);
    expect(hasStackTrace(b.log)).toBe(false);
    expect(report(b).wheelhouse.cache).toBe('hit-actions');
    expect(report(b).wheelhouse.wheels).toEqual(ra.wheelhouse.wheels);
    expect(fake.requests.slice(seen).map((r) => `${r.rpc ?? r.kind} ${r.status}`), trace(fake)).toEqual(['GetCacheEntryDownloadURL 200', 'get-blob 200']);
    expect(b.outputs.parity).toBe('pass');
    expect(b.outputs['image-id']).toBe(a.outputs['image-id']);
  });

  it('a lock change misses its key but is seeded from the previous wheelhouse (restore-key match): nothing downloaded, saved under the new key', async () => {
    const previous = fake.entries.find((e) => e.finalized);
    expect(previous, 'needs the entry saved by the previous test').toBeDefined();
    const ws = project();
    // Drop six from the lock: a new lock hash whose wheels are all in the previous wheelhouse.
    const req = readFileSync(join(ws, 'requirements.txt'), 'utf8');
    writeFileSync(join(ws, 'requirements.txt'), req.replace(/^six==[^\n]*\n(?:\s+--hash[^\n]*\n)+(?:\s+#[^\n]*\n)*/m, ''));
    writeFileSync(join(ws, 'requirements.in'), 'idna==3.7\nitsdangerous==2.2.0\n');
    writeFileSync(join(ws, 'app.py'), 'import idna, itsdangerous\nprint("ok", idna.encode("example.com").decode(), itsdangerous.__name__)\n');
    git(ws, 'commit', '-qam', 'drop six');
    const seen = fake.requests.length;
    const run = await build(ws, cacheEnv(fake));
    expect(run.exitCode, run.log).toBe(0);
    const wh = report(run).wheelhouse;
    expect(wh.key).not.toBe(previous!.key);
    expect(wh.key.slice(0, -64)).toBe(previous!.key.slice(0, -64));
    expect(fake.requests.slice(seen).map((r) => `${r.rpc ?? r.kind} ${r.status}`), trace(fake)).toEqual(['GetCacheEntryDownloadURL 200', 'get-blob 200', 'CreateCacheEntry 200', 'put-blob 201', 'FinalizeCacheEntryUpload 200']);
    expect(wh.cache, run.log).toBe('seeded');
    expect(wh.seededFrom).toBe(previous!.key);
    expect(wh.downloaded).toBe(0);
    expect(wh.wheels.some((f: string) => f.startsWith('six-'))).toBe(false);
    expect(wh.wheels).toHaveLength(2);
    expect(fake.entries.filter((e) => e.finalized).map((e) => e.key)).toEqual([previous!.key, wh.key]);
    expect(run.outputs.parity).toBe('pass');
  });

  it('a cache service answering 500 costs a warning, not the build', async () => {
    const broken = await startFakeActionsCache();
    broken.failWith = 500;
    try {
      const ws = project();
      const run = await build(ws, cacheEnv(broken));
      expect(run.exitCode, run.log).toBe(0);
      expect(hasStackTrace(run.log)).toBe(false);
      expect(run.outputs.parity).toBe('pass');
      expect(report(run).wheelhouse.cache).toBe('miss');
      // @actions/cache retries 5xx (5 attempts), then reports it itself: restore → a warning.
      expect(broken.twirp('GetCacheEntryDownloadURL').map((r) => r.status)).toEqual([500, 500, 500, 500, 500]);
      const warnings = run.annotations.filter((x) => x.level === 'warning').map((x) => x.message);
      expect(warnings, run.log).toContainEqual(expect.stringMatching(/^Failed to restore: Failed to GetCacheEntryDownloadURL: Failed to make request after 5 attempts: Failed request: \(500\) .*injected failure 500/));
      expect(run.annotations.filter((x) => x.level === 'error'), run.log).toEqual([]);
      // Save: CreateCacheEntry fails the same way; @actions/cache turns it into an info line.
      expect(broken.twirp('CreateCacheEntry').map((r) => r.status)).toEqual([500, 500, 500, 500, 500]);
      expect(run.log).toContain(`Failed to save: Unable to reserve cache with key ${report(run).wheelhouse.key}`);
      expect(broken.requests.filter((r) => r.kind !== 'twirp')).toEqual([]);
    } finally {
      await broken.stop();
    }
  }, 300_000);
});
