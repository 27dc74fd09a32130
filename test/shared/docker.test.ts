import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildArgv, classifyRegistryError, defaultBuildxBuilder, detectBuilder, DockerClient, isLocalRegistry, majorVersion, onPath, pullAllowed, registryOf, repositoryOf, scrub, type Builder } from '../../actions/shared/docker.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('image references', () => {
  it('finds the registry and repository', () => {
    expect(registryOf('python:3.12-slim')).toBe('docker.io');
    expect(registryOf('library/python')).toBe('docker.io');
    expect(registryOf('ghcr.io/acme/api:1')).toBe('ghcr.io');
    expect(registryOf('127.0.0.1:5000/demo')).toBe('127.0.0.1:5000');
    expect(registryOf('localhost/x')).toBe('localhost');
    expect(repositoryOf('127.0.0.1:5000/demo:abc')).toBe('127.0.0.1:5000/demo');
    expect(repositoryOf('127.0.0.1:5000/demo')).toBe('127.0.0.1:5000/demo');
    expect(repositoryOf('ghcr.io/a/b@sha256:00')).toBe('ghcr.io/a/b');
    expect(isLocalRegistry('127.0.0.1:5000')).toBe(true);
    expect(isLocalRegistry('ghcr.io')).toBe(false);
  });

  it('pulls only from local registries, or on GitHub unless BLACKBELT_NO_PULL=1', () => {
    delete process.env.GITHUB_ACTIONS;
    expect(pullAllowed('python:3.12-slim')).toBe(false);
    expect(pullAllowed('127.0.0.1:5000/base:1')).toBe(true);
    process.env.GITHUB_ACTIONS = 'true';
    expect(pullAllowed('python:3.12-slim')).toBe(true);
    process.env.BLACKBELT_NO_PULL = '1';
    expect(pullAllowed('python:3.12-slim')).toBe(false);
  });
});

describe('build argv', () => {
  const req = { context: '/ctx', dockerfile: '/ctx/Dockerfile', tags: ['r:t'], iidfile: '/tmp/iid', buildArgs: { A: '1' }, labels: { l: 'v' }, network: 'none', cacheFrom: ['type=gha'], cacheTo: ['type=gha,mode=max'] };
  it('uses buildx build --load with plain progress and cache flags only for buildx', () => {
    const bx: Builder = { kind: 'buildx', client: new DockerClient(), driver: 'docker-container', description: '' };
    expect(buildArgv(bx, req)).toEqual(['buildx', 'build', '--load', '--progress=plain', '-f', '/ctx/Dockerfile', '--iidfile', '/tmp/iid', '-t', 'r:t', '--build-arg', 'A=1', '--label', 'l=v', '--network', 'none', '--cache-from', 'type=gha', '--cache-to', 'type=gha,mode=max', '/ctx']);
    const legacy: Builder = { kind: 'legacy', client: new DockerClient(), description: '' };
    const argv = buildArgv(legacy, req);
    expect(argv[0]).toBe('build');
    expect(argv).not.toContain('--progress=plain');
    expect(argv).not.toContain('--cache-from');
  });
  it('passes DOCKER_BUILDKIT through the client environment, keeping DOCKER_HOST', () => {
    process.env.DOCKER_HOST = 'ssh://user@host';
    const env = new DockerClient('docker').with({ DOCKER_BUILDKIT: '1' }).env();
    expect(env.DOCKER_BUILDKIT).toBe('1');
    expect(env.DOCKER_HOST).toBe('ssh://user@host');
    expect(majorVersion('20.10.24+dfsg1')).toBe(20);
  });
});

describe('registry errors', () => {
  it('classifies unreachable and authentication failures', () => {
    expect(classifyRegistryError('Get "http://127.0.0.1:5999/v2/": dial tcp 127.0.0.1:5999: connect: connection refused', '127.0.0.1:5999', 'push to').title).toBe('registry unreachable');
    expect(classifyRegistryError('Error response from daemon: login attempt to http://127.0.0.1:5001/v2/ failed with status: 401 Unauthorized', '127.0.0.1:5001', 'log in to').title).toBe('registry authentication failed');
    expect(scrub('pw is hunter2', 'hunter2')).toBe('pw is ***');
  });
});

describe('the default buildx builder, told from files', () => {
  /** A DOCKER_CONFIG with the buildx plugin in its cli-plugins and `files` (relative path → content; null: a directory). */
  function dockerConfig(files: Record<string, string | null> = {}, plugin = true): string {
    const dir = mkdtempSync(join(tmpdir(), 'bb-buildx-cfg-'));
    if (plugin) {
      mkdirSync(join(dir, 'cli-plugins'));
      writeFileSync(join(dir, 'cli-plugins', 'docker-buildx'), '#!/bin/sh\n', { mode: 0o755 });
    }
    for (const [rel, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      if (content === null) mkdirSync(join(dir, rel), { recursive: true });
      else writeFileSync(join(dir, rel), content);
    }
    return dir;
  }
  const env = (config: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ PATH: '/usr/bin:/bin', DOCKER_CONFIG: config, ...extra });

  it('is assumed when nothing selects another builder and the plugin is where the CLI looks', () => {
    const fresh = dockerConfig();
    expect(defaultBuildxBuilder(env(fresh))).toEqual({ plugin: join(fresh, 'cli-plugins', 'docker-buildx') });
    // what `docker buildx use default` (or any buildx run) leaves: a current builder naming none, no defaults
    expect(defaultBuildxBuilder(env(dockerConfig({ 'buildx/current': '{"Key":"unix:///var/run/docker.sock","Name":"","Global":false}', 'buildx/defaults': null, 'buildx/instances': null })))).toBeDefined();
    expect(defaultBuildxBuilder(env(dockerConfig({ 'config.json': '{"auths":{}}' })))).toBeDefined();
  });

  it('is not assumed when a builder is selected, configured elsewhere, or anything is unclear', () => {
    expect(defaultBuildxBuilder(env(dockerConfig({ 'buildx/current': '{"Key":"unix:///var/run/docker.sock","Name":"builder-1","Global":false}' })))).toBeUndefined();
    expect(defaultBuildxBuilder(env(dockerConfig({ 'buildx/defaults/0123456789abcdef0123': 'mybuilder' })))).toBeUndefined();
    expect(defaultBuildxBuilder(env(dockerConfig({ 'buildx/current': '{broken' })))).toBeUndefined();
    expect(defaultBuildxBuilder(env(dockerConfig({ 'config.json': '{"cliPluginsExtraDirs":["/opt/plugins"]}' })))).toBeUndefined();
    expect(defaultBuildxBuilder(env(dockerConfig({ 'config.json': '{"currentContext":"remote"}' })))).toBeUndefined();
    expect(defaultBuildxBuilder(env(dockerConfig(), { BUILDX_BUILDER: 'ci' }))).toBeUndefined();
    expect(defaultBuildxBuilder(env(dockerConfig(), { BUILDX_CONFIG: '/elsewhere' }))).toBeUndefined();
    expect(defaultBuildxBuilder(env(dockerConfig(), { DOCKER_HOST: 'ssh://root@host' }))).toBeUndefined();
    // No plugin in DOCKER_CONFIG nor in the system directories (here: an empty one stands for them).
    const noPlugin = dockerConfig({}, false);
    expect(defaultBuildxBuilder(env(noPlugin), [mkdtempSync(join(tmpdir(), 'bb-no-plugins-'))])).toBeUndefined();
    expect(defaultBuildxBuilder(env(noPlugin), [join(dockerConfig(), 'cli-plugins')])).toBeDefined();
  });

  it('finds commands on PATH as the OS does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bb-path-'));
    writeFileSync(join(dir, 'tool'), '#!/bin/sh\n', { mode: 0o755 });
    writeFileSync(join(dir, 'data'), 'x', { mode: 0o644 });
    expect(onPath('tool', { PATH: `/nonexistent:${dir}` })).toBe(join(dir, 'tool'));
    expect(onPath('data', { PATH: dir })).toBeUndefined();
    expect(onPath(join(dir, 'tool'), { PATH: '' })).toBe(join(dir, 'tool'));
    expect(onPath('tool', { PATH: '' })).toBeUndefined();
  });

  it('detectBuilder takes the assumed builder only for the first client and only when allowed', async () => {
    const config = dockerConfig();
    const bin = mkdtempSync(join(tmpdir(), 'bb-fake-cli-'));
    // A CLI that knows nothing: asking it gives the legacy builder.
    writeFileSync(join(bin, 'docker'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    delete process.env.BLACKBELT_BUILDER;
    process.env.DOCKER_CONFIG = config;
    process.env.PATH = `${bin}:${saved.PATH ?? ''}`;
    delete process.env.DOCKER_HOST;
    delete process.env.DOCKER_CONTEXT;
    const assumed = await detectBuilder(['docker']);
    expect(assumed).toMatchObject({ kind: 'buildx', driver: 'docker', assumed: true });
    expect(assumed.client.env().BUILDX_NO_DEFAULT_ATTESTATIONS).toBe('1');
    expect((await detectBuilder(['docker'], { assume: false })).kind).toBe('legacy');
    process.env.BLACKBELT_BUILDER = 'legacy';
    expect((await detectBuilder(['docker'])).kind).toBe('legacy');
  });
});
