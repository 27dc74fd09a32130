import { afterEach, describe, expect, it } from 'vitest';
import { buildArgv, classifyRegistryError, DockerClient, isLocalRegistry, majorVersion, pullAllowed, registryOf, repositoryOf, scrub, type Builder } from '../../actions/shared/docker.js';

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
