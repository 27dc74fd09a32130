// The fake cache service's v1 REST API (ACTIONS_CACHE_URL: GHES and BuildKit before 0.20) checked with
// a real client: @actions/cache itself in v1 mode saves a directory and restores it, exact key and
// prefix restore key; the fake refuses what the real service refuses.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeActionsCache, type FakeActionsCache } from './fake-actions-cache.js';

describe('fake cache service, v1 REST API, driven by @actions/cache', () => {
  let fake: FakeActionsCache;
  let dir = '';
  const saved: Record<string, string | undefined> = {};
  const ENV = ['ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN', 'GITHUB_SERVER_URL', 'RUNNER_TEMP'];

  beforeAll(async () => {
    fake = await startFakeActionsCache();
    dir = mkdtempSync(join(tmpdir(), 'bb-fake-cache-v1-'));
    for (const k of ENV) saved[k] = process.env[k];
    delete process.env.ACTIONS_CACHE_SERVICE_V2;
    delete process.env.ACTIONS_RESULTS_URL;
    process.env.ACTIONS_CACHE_URL = fake.url;
    process.env.ACTIONS_RUNTIME_TOKEN = fake.token;
    process.env.GITHUB_SERVER_URL = 'https://github.com';
    process.env.RUNNER_TEMP = join(dir, 'runner-temp');
    mkdirSync(process.env.RUNNER_TEMP, { recursive: true });
  });

  afterAll(async () => {
    for (const k of ENV) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    await fake?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('saves, then restores by exact key and by prefix', async () => {
    const cache = await import('@actions/cache');
    const data = join(dir, 'data');
    mkdirSync(data, { recursive: true });
    writeFileSync(join(data, 'wheel.whl'), 'x'.repeat(100_000));
    const id = await cache.saveCache([data], 'blackbelt-wheels-test-1');
    expect(id).toBeGreaterThan(0);
    const v1 = fake.requests.filter((r) => r.kind === 'v1');
    expect(v1.map((r) => `${r.rpc} ${r.status}`)).toEqual(expect.arrayContaining(['POST caches 201', 'PATCH caches/<id> 204', 'POST caches/<id> 204']));
    expect(fake.twirp(), 'v1 mode must not touch the v2 API').toEqual([]);

    rmSync(data, { recursive: true, force: true });
    expect(await cache.restoreCache([data], 'blackbelt-wheels-test-1')).toBe('blackbelt-wheels-test-1');
    expect(readFileSync(join(data, 'wheel.whl'), 'utf8')).toHaveLength(100_000);

    rmSync(data, { recursive: true, force: true });
    expect(await cache.restoreCache([data], 'blackbelt-wheels-test-2', ['blackbelt-wheels-'])).toBe('blackbelt-wheels-test-1');
    expect(await cache.restoreCache([data], 'other-key')).toBeUndefined();
    // The primary key is a prefix too, server side (the client then reports no exact hit).
    const prefix = await fetch(`${fake.url}_apis/artifactcache/cache?keys=blackbelt-wheels-&version=${'0'.repeat(64)}`, { headers: { authorization: `Bearer ${fake.token}` } });
    expect(prefix.status, 'version differs: no hit').toBe(204);
  });

  it('refuses a wrong token, a duplicate reservation and a commit whose size does not match', async () => {
    const api = `${fake.url}_apis/artifactcache/`;
    const headers = { authorization: `Bearer ${fake.token}`, 'content-type': 'application/json' };
    const version = 'a'.repeat(64);
    expect((await fetch(`${api}cache?keys=k&version=${version}`, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    expect((await fetch(`${api}cache?keys=k&version=short`, { headers })).status).toBe(400);
    const reserve = await fetch(`${api}caches`, { method: 'POST', headers, body: JSON.stringify({ key: 'k', version }) });
    expect(reserve.status).toBe(201);
    const { cacheId } = (await reserve.json()) as { cacheId: number };
    expect((await fetch(`${api}caches`, { method: 'POST', headers, body: JSON.stringify({ key: 'k', version }) })).status).toBe(409);
    const chunk = await fetch(`${api}caches/${cacheId}`, { method: 'PATCH', headers: { ...headers, 'content-type': 'application/octet-stream', 'content-range': 'bytes 0-3/*' }, body: 'abcd' });
    expect(chunk.status).toBe(204);
    expect((await fetch(`${api}caches/${cacheId}`, { method: 'POST', headers, body: JSON.stringify({ size: 5 }) })).status).toBe(400);
    expect((await fetch(`${api}caches/${cacheId}`, { method: 'POST', headers, body: JSON.stringify({ size: 4 }) })).status).toBe(204);
    const hit = await fetch(`${api}cache?keys=k&version=${version}`, { headers });
    expect(hit.status).toBe(200);
    const { archiveLocation } = (await hit.json()) as { archiveLocation: string };
    expect(await (await fetch(archiveLocation)).text()).toBe('abcd');
    expect((await fetch(`${api}cache?keys=missing&version=${version}`, { headers })).status).toBe(204);
  });
});
