/**
 * build-parity-image's BuildKit layer cache in the GitHub Actions cache (`--cache-to/--cache-from
 * type=gha,scope=blackbelt`), end to end: the bundled action, run through the runner harness, with a
 * docker-container buildx builder (the lab's `blackbelt-gha`: BuildKit and a recent buildx compiled
 * from source, `scripts/lab up --buildkit`) and the environment a hosted runner gives after
 * docker/setup-buildx-action (ACTIONS_CACHE_SERVICE_V2, ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN),
 * against test/harness/fake-actions-cache.ts on 127.0.0.1 (the builder runs with network=host, so
 * BuildKit's own cache client — github.com/tonistiigi/go-actions-cache — reaches it).
 *
 * Run 1 exports the cache (blobs + the scope's index) to the fake. Then the builder's local cache is
 * pruned and the image removed: run 2 of the same commit can only get the dependency layer back from
 * the fake, shows the install step CACHED, and gives the same image ID.
 *
 * The builder and its builds live on the lab's modern engine (see scripts/lab, "buildkit builder").
 * Needs BLACKBELT_GHA_BUILDER & co. (from `scripts/lab env` when the builder runs); skipped without
 * them, a failure instead when BLACKBELT_REQUIRE_BUILDKIT=1. ~1 min.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArgv, builderBaseRef, DockerClient, ghaCacheErrors, ghaCacheFlags } from '../../actions/shared/docker.js';
import { bundleForTest } from '../harness/bundle.js';
import { startFakeActionsCache, type FakeActionsCache } from '../harness/fake-actions-cache.js';
import { hasStackTrace, runAction, type ActionRun } from '../harness/run-action.js';
import { REPO_ROOT } from '../harness/runtimes.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'app');
const BASE = process.env.BLACKBELT_BASE_IMAGE || 'local/python-base:3.11';
const REGISTRY = process.env.BLACKBELT_REGISTRY || '127.0.0.1:5000';
const BUILDER = process.env.BLACKBELT_GHA_BUILDER || '';
const DOCKER_CONFIG = process.env.BLACKBELT_GHA_DOCKER_CONFIG || '';
const DOCKER_HOST = process.env.BLACKBELT_GHA_DOCKER_HOST || '';
/** What the action's `gha()` passes: the scope names the index entry (index-<scope>-1-<ref hash>). */
const SCOPE = 'blackbelt';

/** docker (with the lab's private buildx and builder) against the builder's engine only. */
function gdocker(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('docker', args, { encoding: 'utf8', env: { ...process.env, DOCKER_HOST, DOCKER_CONFIG } });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function why(): string {
  if (!BUILDER || !DOCKER_CONFIG || !DOCKER_HOST) return 'BLACKBELT_GHA_BUILDER/_DOCKER_CONFIG/_DOCKER_HOST are not set (start the builder with scripts/lab up --buildkit, then eval "$(scripts/lab env)")';
  const inspect = gdocker(['buildx', 'inspect', BUILDER]);
  if (inspect.status !== 0) return `docker buildx inspect ${BUILDER} fails: ${inspect.stderr.trim().split('\n')[0]}`;
  if (!/^Driver:\s+docker-container$/m.test(inspect.stdout)) return `builder ${BUILDER} does not use the docker-container driver`;
  if (!/^Status:\s+running$/m.test(inspect.stdout)) return `builder ${BUILDER} is not running (scripts/lab up --buildkit)`;
  if (gdocker(['image', 'inspect', BASE]).status !== 0) return `the builder's engine ${DOCKER_HOST} has no ${BASE}`;
  return '';
}
const reason = why();
const enabled = reason === '';
if (!enabled && process.env.BLACKBELT_REQUIRE_BUILDKIT === '1') throw new Error(`BLACKBELT_REQUIRE_BUILDKIT=1 but ${reason}`);

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: '1700000100 +0000', GIT_COMMITTER_DATE: '1700000100 +0000' },
  }).trim();
}

const cleanup: Array<() => void> = [];

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bb-bpi-gha-ws-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(FIXTURE, dir, { recursive: true });
  // Reproducible builds: a file of its own keeps this suite's image ID apart from the other suites'.
  writeFileSync(join(dir, 'SUITE'), 'gha-cache\n');
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'init');
  return dir;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON report, shape asserted by the tests
function report(run: ActionRun): Record<string, any> {
  return JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
}

/** What the fake saw, one line per request: for failure messages. */
function trace(fake: FakeActionsCache, from = 0): string {
  return fake.requests
    .slice(from)
    .map((r) => `${r.method} ${r.kind}${r.rpc ? ` ${r.rpc}` : ''} → ${r.status}${r.error ? ` (${r.error})` : ''}${r.body ? ` ${JSON.stringify(r.body)}` : ''}`)
    .join('\n');
}

/** The BuildKit step that installs the locked set, as the build log names it. */
function depsStep(log: string): { id: string; name: string } {
  const m = /^#(\d+) (\[deps \d+\/\d+\] RUN python3 -m venv[^\n]*)$/m.exec(log);
  if (!m) throw new Error(`no dependency-install step in the build log:\n${log}`);
  return { id: m[1]!, name: m[2]! };
}

describe('gha cache flags and log (no docker)', () => {
  const env = { ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/', ACTIONS_RUNTIME_TOKEN: 't' };
  const container = { kind: 'buildx', driver: 'docker-container' } as const;

  it('asks for type=gha only with a docker-container builder, a cache service in the environment and cache on', () => {
    expect(ghaCacheFlags(container, true, env)).toEqual({ from: ['type=gha,scope=blackbelt'], to: ['type=gha,scope=blackbelt,mode=max,ignore-error=true'] });
    // v1 service URL (older runners) counts too; buildx reads the variables itself.
    expect(ghaCacheFlags(container, true, { ACTIONS_CACHE_URL: 'http://127.0.0.1:1/', ACTIONS_RUNTIME_TOKEN: 't' }).to).toHaveLength(1);
    const none = { from: [], to: [] };
    expect(ghaCacheFlags(container, false, env), 'cache: false').toEqual(none);
    expect(ghaCacheFlags({ kind: 'buildx', driver: 'docker' }, true, env), 'the docker driver cannot export a cache on the classic store').toEqual(none);
    // ... but can on the containerd image store (Docker 29+ fresh installs, GitHub's runners).
    expect(ghaCacheFlags({ kind: 'buildx', driver: 'docker' }, true, env, true).to).toEqual(['type=gha,scope=blackbelt,mode=max,ignore-error=true']);
    expect(ghaCacheFlags({ kind: 'buildx', driver: 'docker' }, false, env, true), 'cache: false').toEqual(none);
    expect(ghaCacheFlags({ kind: 'buildkit' }, true, env, true), 'no buildx, no cache export').toEqual(none);
    expect(ghaCacheFlags({ kind: 'buildkit' }, true, env)).toEqual(none);
    expect(ghaCacheFlags({ kind: 'legacy' }, true, env)).toEqual(none);
    expect(ghaCacheFlags(container, true, { ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' }), 'no token').toEqual(none);
    expect(ghaCacheFlags(container, true, { ACTIONS_RUNTIME_TOKEN: 't' }), 'no URL').toEqual(none);
  });

  it('buildArgv passes the flags to buildx only', () => {
    const req = { context: '/ctx', dockerfile: '/ctx/Dockerfile', tags: ['r:t'], iidfile: '/tmp/iid', ...((f) => ({ cacheFrom: f.from, cacheTo: f.to }))(ghaCacheFlags(container, true, env)) };
    const argv = buildArgv({ ...container, client: new DockerClient(), description: '' }, req);
    expect(argv.slice(argv.indexOf('--cache-from'))).toEqual(['--cache-from', 'type=gha,scope=blackbelt', '--cache-to', 'type=gha,scope=blackbelt,mode=max,ignore-error=true', '/ctx']);
  });

  it('knows which base images a builder that runs its own BuildKit can resolve: those the engine has from their registry', () => {
    const digests = { RepoDigests: ['127.0.0.1:5000/lab/python-base@sha256:' + 'a'.repeat(64), 'python@sha256:' + 'b'.repeat(64), 'ghcr.io/acme/base@sha256:' + 'c'.repeat(64)] };
    for (const ref of ['127.0.0.1:5000/lab/python-base:3.11', `127.0.0.1:5000/lab/python-base@sha256:${'a'.repeat(64)}`, 'python:3.12-slim', 'docker.io/library/python:3.12-slim', 'library/python', 'ghcr.io/acme/base:1']) {
      expect(builderBaseRef(container, ref, digests), ref).toBeDefined();
    }
    // Only tagged locally under that name (or built/loaded): BuildKit would look it up on its registry.
    for (const ref of ['local/python-base:3.11', '127.0.0.1:5000/other/python-base:3.11', 'acme/python:3.12', 'ghcr.io/acme/other:1']) {
      expect(builderBaseRef(container, ref, digests), ref).toBeUndefined();
    }
    expect(builderBaseRef(container, 'local/python-base:3.11', {})).toBeUndefined();
    // The docker driver and the engine's own builders build inside the engine: they see its store.
    expect(builderBaseRef({ kind: 'buildx', driver: 'docker' }, 'local/python-base:3.11', {})).toBeDefined();
    expect(builderBaseRef({ kind: 'buildkit' }, 'local/python-base:3.11', {})).toBeDefined();
    expect(builderBaseRef({ kind: 'legacy' }, 'local/python-base:3.11', {})).toBeDefined();
  });

  it('pins FROM for a builder with its own BuildKit to the digest probed in the engine', () => {
    const a = `sha256:${'a'.repeat(64)}`;
    const digests = { RepoDigests: [`127.0.0.1:5000/lab/python-base@${a}`, `python@sha256:${'b'.repeat(64)}`] };
    expect(builderBaseRef(container, '127.0.0.1:5000/lab/python-base:3.11', digests)).toBe(`127.0.0.1:5000/lab/python-base@${a}`);
    expect(builderBaseRef(container, 'docker.io/library/python:3.12-slim', digests)).toBe(`docker.io/library/python@sha256:${'b'.repeat(64)}`);
    expect(builderBaseRef(container, `127.0.0.1:5000/lab/python-base@${a}`, digests), 'already pinned: kept').toBe(`127.0.0.1:5000/lab/python-base@${a}`);
    expect(builderBaseRef(container, 'local/python-base:3.11', digests)).toBeUndefined();
    // Builders inside the engine use its image store: the reference as given.
    expect(builderBaseRef({ kind: 'buildx', driver: 'docker' }, 'python:3.12-slim', digests)).toBe('python:3.12-slim');
    expect(builderBaseRef({ kind: 'buildkit' }, 'local/python-base:3.11', {})).toBe('local/python-base:3.11');
  });

  it('reads the import and export errors out of a plain BuildKit log', () => {
    const log = [
      '#4 importing cache manifest from gha:16297223524465165336',
      '#4 ERROR: internal',
      '#13 [deps 4/4] RUN python3 -m venv --without-pip /opt/venv',
      '#13 CACHED',
      '#17 exporting to GitHub Actions Cache',
      '#17 preparing build cache for export 0.0s done',
      '#17 ERROR: failed to reserve cache: no space',
      '#18 ERROR: something else',
    ].join('\n');
    expect(ghaCacheErrors(log)).toEqual({ import: 'internal', export: 'failed to reserve cache: no space' });
    expect(ghaCacheErrors('#4 importing cache manifest from gha:1\n#4 DONE 0.1s\n#17 exporting to GitHub Actions Cache\n#17 DONE 0.8s\n')).toEqual({});
    expect(ghaCacheErrors('#3 [build 1/2] RUN false\n#3 ERROR: process did not complete successfully')).toEqual({});
  });
});

describe.skipIf(!enabled)(`build-parity-image with type=gha cache on a docker-container builder${enabled ? '' : ` (skipped: ${reason})`}`, () => {
  let bundle = '';
  let fake: FakeActionsCache;
  let base = '';
  const runs: ActionRun[] = [];
  const image = `${REGISTRY}/bb/gha-cache`;
  // The suite's own wheel cache: the wheelhouse is not what is under test here.
  const cacheDir = join(REPO_ROOT, '.lab', 'cache', 'bpi-gha');

  beforeAll(async () => {
    // Own output directory: other suites may be bundling build-parity-image at the same time.
    bundle = bundleForTest('actions/build-parity-image/index.ts', 'build-parity-image-gha-cache');
    fake = await startFakeActionsCache();
    // A docker-container builder resolves FROM in a registry, never in the engine's image store:
    // the base goes to the lab registry, and the action is given it pinned by digest.
    const repo = `${REGISTRY}/blackbelt-gha/python-base`;
    expect(gdocker(['tag', BASE, `${repo}:3.11`]).status).toBe(0);
    const push = gdocker(['push', `${repo}:3.11`]);
    expect(push.status, push.stderr).toBe(0);
    const digest = /digest: (sha256:[0-9a-f]{64})/.exec(push.stdout)?.[1];
    expect(digest, push.stdout).toBeDefined();
    base = `${repo}@${digest}`;
  }, 300_000);

  afterAll(async () => {
    await fake?.stop();
    const ids = [...new Set(runs.map((r) => r.outputs['image-id']).filter((x): x is string => Boolean(x)))];
    if (ids.length) gdocker(['image', 'rm', '-f', ...ids]);
    for (const r of runs) rmSync(r.tempDir, { recursive: true, force: true });
    for (const f of cleanup.splice(0)) f();
  });

  function cacheEnv(f: FakeActionsCache): Record<string, string> {
    return { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: f.url, ACTIONS_RUNTIME_TOKEN: f.token };
  }

  async function build(workspace: string, env: Record<string, string>, inputs: Record<string, string> = {}): Promise<ActionRun> {
    const run = await runAction('build-parity-image', {
      bundle,
      workspace,
      inputs: { 'base-image': base, command: 'python3 app.py', image, ...inputs },
      env: { DOCKER_HOST, DOCKER_CONFIG, BUILDX_BUILDER: BUILDER, BLACKBELT_CACHE_DIR: cacheDir, ...env },
      timeoutMs: 5 * 60_000,
    });
    runs.push(run);
    return run;
  }

  /** Nothing local to reuse: the builder's whole cache and the suite's images are gone. */
  function forget(): void {
    const prune = gdocker(['buildx', 'prune', '-af', '--builder', BUILDER]);
    expect(prune.status, prune.stderr).toBe(0);
    const du = gdocker(['buildx', 'du', '--builder', BUILDER]);
    expect(du.stdout, 'the builder still has cache records after prune').not.toMatch(/^[a-z0-9]{25}/m);
    const ids = gdocker(['image', 'ls', '-q', '--no-trunc', image]).stdout.split('\n').filter(Boolean);
    if (ids.length) expect(gdocker(['image', 'rm', '-f', ...new Set(ids)]).status).toBe(0);
  }

  it('run 1 exports the layers to the cache service; after a prune, run 2 imports them: deps step CACHED, same image ID, parity', async () => {
    forget();
    const ws = project();
    const a = await build(ws, cacheEnv(fake));
    expect(a.exitCode, a.log).toBe(0);
    expect(hasStackTrace(a.log)).toBe(false);
    expect(a.outputs.parity).toBe('pass');
    const ra = report(a);
    expect(ra.builder).toMatchObject({ kind: 'buildx', driver: 'docker-container' });
    expect(ra.ghaCache).toEqual({ scope: SCOPE });
    expect(a.summary).toMatch(/\*\*layer cache\*\* \| GitHub Actions cache, type=gha scope=blackbelt: import ok, export ok/);
    expect(a.annotations.filter((x) => x.level !== 'notice'), a.log).toEqual([]);
    // The action asked for the gha cache, and BuildKit exported to it (v2 API: buildx passes url_v2
    // from ACTIONS_RESULTS_URL when ACTIONS_CACHE_SERVICE_V2 is set).
    expect(a.log, 'the cache export step').toMatch(/^#\d+ exporting to GitHub Actions Cache$/m);
    expect(a.log).toMatch(/^#\d+ writing layer sha256:[0-9a-f]{64} [\d.]+s done$/m);
    const deps1 = depsStep(a.log);
    expect(a.log, 'run 1 must really install (nothing cached before it)').not.toMatch(new RegExp(`^#${deps1.id} CACHED$`, 'm'));

    // (a) The fake holds BuildKit's entries: one blob per layer and the scope's index (the index key
    // ends in a hash of the token's writable scope, refs/heads/main).
    const finalized = fake.entries.filter((e) => e.finalized);
    const blobs = finalized.filter((e) => e.key.startsWith('buildkit-blob-1-sha256:'));
    const index = finalized.filter((e) => /^index-blackbelt-1-[0-9a-f]{8}#\d+$/.test(e.key));
    expect(blobs.length, trace(fake)).toBeGreaterThanOrEqual(2);
    expect(index, trace(fake)).toHaveLength(1);
    expect(fake.requests.filter((r) => r.status >= 400 && !(r.status === 409)), trace(fake)).toEqual([]);
    // The index is BuildKit's cache config: it names every layer blob it exported.
    const config = JSON.parse(fake.blobs.get(index[0]!.blob)!.toString('utf8')) as { layers: Array<{ blob: string }> };
    expect(config.layers.map((l) => `buildkit-blob-1-${l.blob}`).sort()).toEqual(blobs.map((b) => b.key).sort());
    // The layer blobs went up through the Azure SDK (Put Blob or Put Block + Put Block List).
    expect(fake.requests.some((r) => r.kind === 'put-blob' || r.kind === 'put-block-list')).toBe(true);

    // (b) Local cache gone, image gone: only the cache service can give the layers back.
    forget();
    const seen = fake.requests.length;
    const b = await build(ws, cacheEnv(fake));
    expect(b.exitCode, b.log).toBe(0);
    expect(hasStackTrace(b.log)).toBe(false);
    const deps2 = depsStep(b.log);
    expect(deps2.name).toBe(deps1.name);
    expect(b.log, 'run 2 must reuse the dependency layer from the gha cache').toMatch(new RegExp(`^#${deps2.id} CACHED$`, 'm'));
    expect(report(b).layers.reusedSteps).toContain(deps2.name);
    const imported = fake.requests.slice(seen);
    expect(imported.filter((r) => r.rpc === 'GetCacheEntryDownloadURL' && (r.body as { key: string }).key.startsWith(`index-${SCOPE}-`)), trace(fake, seen)).not.toEqual([]);
    expect(imported.filter((r) => r.kind === 'get-blob' && r.status < 300).length, trace(fake, seen)).toBeGreaterThanOrEqual(2);
    // Same commit, same image: the layers from the cache are the layers run 1 built.
    expect(b.outputs['image-id']).toBe(a.outputs['image-id']);
    expect(report(b).layers.all).toEqual(ra.layers.all);
    // (c) Parity.
    expect(b.outputs.parity).toBe('pass');

    // Control: the same after a prune, but with an empty cache service: the install step runs again,
    // so run 2's CACHED came from the gha cache and not from anything local that survived the prune.
    forget();
    const empty = await startFakeActionsCache();
    try {
      const c = await build(ws, cacheEnv(empty));
      expect(c.exitCode, c.log).toBe(0);
      expect(c.log).not.toMatch(new RegExp(`^#${depsStep(c.log).id} CACHED$`, 'm'));
      expect(c.outputs['image-id']).toBe(a.outputs['image-id']);
      expect(empty.entries.filter((e) => e.finalized && e.key.startsWith('index-blackbelt-'))).toHaveLength(1);
    } finally {
      await empty.stop();
    }
  }, 600_000);

  it('refuses, before building, a base image the builder cannot resolve (only in the engine, not from its registry)', async () => {
    // BASE (local/python-base:3.11) is in the engine but was never pulled from or pushed to a registry
    // under that name: this builder's BuildKit would look it up on Docker Hub. No build may start.
    const run = await runAction('build-parity-image', {
      bundle,
      workspace: project(),
      inputs: { 'base-image': BASE, command: 'python3 app.py', image },
      env: { DOCKER_HOST, DOCKER_CONFIG, BUILDX_BUILDER: BUILDER, BLACKBELT_CACHE_DIR: cacheDir, ...cacheEnv(fake) },
      timeoutMs: 5 * 60_000,
    });
    runs.push(run);
    expect(run.exitCode, run.log).toBe(1);
    expect(hasStackTrace(run.log)).toBe(false);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors.map((e) => e.title), run.log).toEqual(['base image not in a registry']);
    expect(errors[0]!.message).toContain(`The base image ${BASE} is in the Docker engine, but not from its registry`);
    expect(errors[0]!.message).toContain('docker-container driver');
    expect(run.log).not.toMatch(/docker buildx build|#\d+ \[internal\]/);
  }, 300_000);

  it('a cache service answering 500 to BuildKit costs two warnings, not the build; a base given by tag is built FROM the digest probed', async () => {
    // Without ignore-error=true on --cache-to, BuildKit failed the whole build here ("failed to
    // solve: internal"), after the image was built and loaded, and the action blamed the Dockerfile.
    const broken = await startFakeActionsCache();
    broken.failWith = 500;
    broken.failKeys = /^(buildkit-blob-|index-)/; // the wheelhouse's @actions/cache still works
    try {
      // By tag: the builder's BuildKit resolves FROM in the registry, where a tag can move; the action
      // pins it to the digest of the image it probed in the engine.
      const repo = base.split('@')[0]!;
      const run = await build(project(), cacheEnv(broken), { 'base-image': `${repo}:3.11` });
      expect(run.exitCode, run.log).toBe(0);
      expect(run.log).toMatch(new RegExp(`\\] FROM ${repo.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}@sha256:[0-9a-f]{64}`));
      expect(run.log).not.toContain(`${repo}:3.11@sha256`);
      expect(hasStackTrace(run.log)).toBe(false);
      expect(run.outputs.parity).toBe('pass');
      expect(broken.requests.filter((r) => r.status === 500).length, trace(broken)).toBeGreaterThanOrEqual(2);
      expect(broken.entries.filter((e) => !e.key.startsWith('blackbelt-wheels-'))).toEqual([]);
      expect(report(run).ghaCache).toEqual({ scope: SCOPE, import: 'internal', export: 'internal' });
      const warnings = run.annotations.filter((a) => a.level === 'warning');
      expect(warnings.map((w) => w.title)).toEqual(expect.arrayContaining(['gha cache import failed', 'gha cache export failed']));
      expect(run.annotations.filter((a) => a.level === 'error'), run.log).toEqual([]);
      expect(run.summary).toMatch(/\*\*layer cache\*\* \| GitHub Actions cache, type=gha scope=blackbelt: ⚠️ import failed \(internal\), ⚠️ export failed \(internal\)/);
    } finally {
      await broken.stop();
    }
  }, 600_000);
});
