/**
 * The engine API transport: when it is used (the CLI's own endpoint rules), and — against the real
 * engines of the lab (Docker 20.10 on the default socket, the modern engine when it is up) — that it
 * answers exactly what the CLI answers, so nothing downstream (normalised image IDs) depends on
 * which way a call went.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SOCKET, errorMessage, localEngineSocket, messagesToOutput, refPath } from '../../actions/shared/engine-api.js';
import { DockerClient, DockerImages } from '../../actions/shared/docker.js';

describe('which endpoint the CLI would use', () => {
  const home = mkdtempSync(join(tmpdir(), 'bb-api-home-'));
  const config = (text: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'bb-api-cfg-'));
    writeFileSync(join(dir, 'config.json'), text);
    return dir;
  };

  it('is the default socket with no DOCKER_HOST, no context and no config file', () => {
    expect(localEngineSocket({ HOME: home })).toBe(DEFAULT_SOCKET);
    expect(localEngineSocket({ HOME: home, DOCKER_CONTEXT: 'default' })).toBe(DEFAULT_SOCKET);
    expect(localEngineSocket({ DOCKER_CONFIG: config('{"auths": {}}') })).toBe(DEFAULT_SOCKET);
    expect(localEngineSocket({ DOCKER_CONFIG: config('{"currentContext": "default"}') })).toBe(DEFAULT_SOCKET);
  });

  it('is the socket a unix:// DOCKER_HOST names, which wins over contexts as in the CLI', () => {
    expect(localEngineSocket({ DOCKER_HOST: 'unix:///run/user/1000/docker.sock' })).toBe('/run/user/1000/docker.sock');
    expect(localEngineSocket({ DOCKER_HOST: 'unix:///x.sock', DOCKER_CONTEXT: 'remote' })).toBe('/x.sock');
  });

  it('is none for remote hosts, other contexts, an unreadable config, or BLACKBELT_DOCKER_API=0', () => {
    expect(localEngineSocket({ DOCKER_HOST: 'ssh://root@host' })).toBeUndefined();
    expect(localEngineSocket({ DOCKER_HOST: 'tcp://127.0.0.1:2376' })).toBeUndefined();
    expect(localEngineSocket({ DOCKER_HOST: 'unix://relative.sock' })).toBeUndefined();
    expect(localEngineSocket({ HOME: home, DOCKER_CONTEXT: 'colima' })).toBeUndefined();
    expect(localEngineSocket({ DOCKER_CONFIG: config('{"currentContext": "desktop-linux"}') })).toBeUndefined();
    expect(localEngineSocket({ DOCKER_CONFIG: config('{not json') })).toBeUndefined();
    const dirAsConfig = mkdtempSync(join(tmpdir(), 'bb-api-cfg-'));
    mkdirSync(join(dirAsConfig, 'config.json'));
    expect(localEngineSocket({ DOCKER_CONFIG: dirAsConfig })).toBeUndefined();
    expect(localEngineSocket({ HOME: home, BLACKBELT_DOCKER_API: '0' })).toBeUndefined();
  });
});

describe('replies as the CLI shows them', () => {
  it('turns a load stream into its stdout, and an error message into a failure', () => {
    const ok = '{"stream":"Loaded image: a/b:c\\n"}\n{"stream":"Loaded image ID: sha256:00\\n"}\n';
    expect(messagesToOutput(ok)).toEqual({ code: 0, stdout: 'Loaded image: a/b:c\nLoaded image ID: sha256:00\n', stderr: '' });
    expect(messagesToOutput('{"errorDetail":{"message":"unexpected EOF"},"error":"unexpected EOF"}\n')).toEqual({ code: 1, stdout: '', stderr: 'unexpected EOF' });
    expect(errorMessage('{"message":"No such image: x:y"}\n')).toBe('No such image: x:y');
    expect(errorMessage('page not found\n')).toBe('page not found');
  });
  it('keeps / : @ of references in the path and escapes the rest', () => {
    expect(refPath('127.0.0.1:5000/demo:abc')).toBe('127.0.0.1:5000/demo:abc');
    expect(refPath('ghcr.io/a/b@sha256:00ff')).toBe('ghcr.io/a/b@sha256:00ff');
    expect(refPath('bad name?x')).toBe('bad%20name%3Fx');
  });
});

const BASE = process.env.BLACKBELT_BASE_IMAGE || 'local/python-base:3.11';
const engines: Array<[string, string | undefined]> = [['default engine', undefined]];
if (process.env.BLACKBELT_MODERN_DOCKER_HOST) engines.push(['modern engine', process.env.BLACKBELT_MODERN_DOCKER_HOST]);
const tagged: Array<[string | undefined, string]> = [];

afterAll(() => {
  for (const [host, ref] of tagged) spawnSync('docker', ['image', 'rm', '--no-prune', ref], { env: { ...process.env, ...(host ? { DOCKER_HOST: host } : {}) } });
});

for (const [name, host] of engines) {
  const env = host ? { DOCKER_HOST: host } : { DOCKER_HOST: undefined };
  const enabled = spawnSync('docker', ['image', 'inspect', BASE], { env: { ...process.env, ...(host ? { DOCKER_HOST: host } : {}) } }).status === 0;
  if (!enabled && !host && process.env.BLACKBELT_REQUIRE_LAB === '1') throw new Error('BLACKBELT_REQUIRE_LAB=1 but the Docker lab is not available: run scripts/lab up');

  describe.skipIf(!enabled)(`the API answers what the CLI answers (${name})`, () => {
    const client = new DockerClient('docker', env);
    const viaApi = new DockerImages(client);
    const viaCli = new DockerImages(client, { api: false });

    it('goes through the socket on this engine', () => {
      expect(viaApi.transport).toBe('api');
      expect(viaCli.transport).toBe('cli');
    });

    it('inspects and lists history identically', async () => {
      const [a, c] = await Promise.all([viaApi.inspect(BASE), viaCli.inspect(BASE)]);
      expect(a).toBeDefined();
      expect(a).toEqual(c);
      const [ha, hc] = await Promise.all([viaApi.history(BASE), viaCli.history(BASE)]);
      expect(ha!.length).toBeGreaterThan(0);
      expect(ha!.map((r) => ({ ...r, CreatedAt: Date.parse(r.CreatedAt) }))).toEqual(hc!.map((r) => ({ CreatedAt: Date.parse(r.CreatedAt), CreatedBy: r.CreatedBy, Comment: r.Comment, Size: r.Size })));
      expect(await viaApi.inspect('bb-no-such/image:nope')).toBeUndefined();
      expect(await viaApi.history('bb-no-such/image:nope')).toBeUndefined();
      expect(await viaApi.usesContainerdStore()).toBe(await viaCli.usesContainerdStore());
    });

    it('tags, saves, loads and removes', async () => {
      const ref = `bb-api-test/${host ? 'modern' : 'default'}:${process.pid}`;
      tagged.push([host, ref]);
      await viaApi.tag(BASE, ref);
      const id = (await viaCli.inspect(BASE))!.Id;
      expect((await viaCli.inspect(ref))?.Id).toBe(id);
      await expect(viaApi.tag('bb-no-such/image:nope', ref)).rejects.toThrow(/docker tag bb-no-such\/image:nope .* failed: .*No such image/i);

      // docker save through the API, loaded back through the API under a new tag: the same image.
      const saved = viaApi.save(ref);
      const load = viaApi.load();
      saved.stream.pipe(load.stream);
      const [s, l] = await Promise.all([saved.done, load.done]);
      expect(s).toEqual({ code: 0, stderr: '' });
      expect(l.code).toBe(0);
      expect(l.stdout).toMatch(/^Loaded image( ID)?: /m);

      const bad = viaApi.load();
      bad.stream.end(Buffer.from('not a tar archive'));
      const refused = await bad.done;
      expect(refused.code).toBe(1);
      expect(refused.stderr.length).toBeGreaterThan(0);
      const missing = viaApi.save('bb-no-such/image:nope');
      missing.stream.resume();
      expect((await missing.done).code).toBe(1);

      await viaApi.remove(ref);
      expect(await viaCli.inspect(ref)).toBeUndefined();
      expect(await viaCli.inspect(BASE)).toBeDefined(); // --no-prune semantics: only the tag went
    });

    it('falls back to the CLI when the socket cannot be used', async () => {
      const broken = new DockerImages(new DockerClient('docker', env).with({ DOCKER_HOST: 'unix:///nonexistent/blackbelt.sock' }));
      expect(broken.transport).toBe('api');
      // The CLI gets the same unusable endpoint: no image, no crash, and the API is not tried again.
      expect(await broken.inspect(BASE)).toBeUndefined();
      expect(broken.transport).toBe('cli');
      await expect(new DockerClient('docker', { DOCKER_HOST: 'unix:///nonexistent/blackbelt.sock' }).ensureEngine({ viaApi: true })).rejects.toThrow(/Cannot reach the Docker engine at unix:\/\/\/nonexistent/);
      await expect(client.ensureEngine({ viaApi: true })).resolves.toBeUndefined();
    });
  });
}
