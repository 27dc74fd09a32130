/**
 * build-parity-image on an engine with the CONTAINERD IMAGE STORE — the default of fresh Docker 29+
 * installs, GitHub's hosted runners among them: image IDs are manifest (index) digests, `docker save`
 * writes an OCI layout, buildx --load keeps an attestation manifest next to the image, `docker load`
 * and `docker image inspect` differ from the classic store. The lab's engine for it is
 * `scripts/lab.d/containerd-engine.sh up` (scripts/lab up --containerd): trixie's dockerd 26.1 with
 * {"features": {"containerd-snapshotter": true}}.
 *
 * End to end (the bundled action through the runner harness, on the example service): build + push
 * with the engine's own buildx (BuildKit honours SOURCE_DATE_EPOCH: normalisedBy "builder") and with
 * the legacy builder (ignores it: the action must normalise through its config or archive path);
 * each twice from the same commit with the build cache pruned in between → the same digest. Then the
 * two normalise paths of normalise.ts directly, on the same raw image: same image ID, or a clear error.
 *
 * Needs BLACKBELT_CONTAINERD_DOCKER_HOST (from `scripts/lab env` when that engine is up); skipped
 * without it, a failure instead when BLACKBELT_REQUIRE_CONTAINERD=1. ~1–2 min.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, COMMIT_EPOCH, serviceWorkspace } from './service-workspace.js';
import { loadNormalisedConfig, configFromInspect, normaliseImage, normaliseViaArchive, rfc3339 } from '../../actions/build-parity-image/normalise.js';
import { DockerClient, DockerImages } from '../../actions/shared/docker.js';
import { bundleForTest } from '../harness/bundle.js';
import { startFakeActionsCache } from '../harness/fake-actions-cache.js';
import { hasStackTrace, runAction, type ActionRun } from '../harness/run-action.js';
import { REPO_ROOT } from '../harness/runtimes.js';

const HOST = process.env.BLACKBELT_CONTAINERD_DOCKER_HOST || '';
const REGISTRY = process.env.BLACKBELT_REGISTRY || '127.0.0.1:5000';
const MANIFEST_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
].join(', ');

/** docker against the containerd-store engine only (never the machine's default socket). */
function cdocker(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('docker', args, { encoding: 'utf8', env: { ...process.env, DOCKER_HOST: HOST } });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function why(): string {
  if (!HOST) return 'BLACKBELT_CONTAINERD_DOCKER_HOST is not set (start the engine with scripts/lab up --containerd, then eval "$(scripts/lab env)")';
  const v = cdocker(['version', '--format', '{{.Server.Version}}']);
  if (v.status !== 0) return `the containerd-store engine at ${HOST} does not answer: ${v.stderr.trim().split('\n')[0]}`;
  const store = cdocker(['info', '--format', '{{json .DriverStatus}}']).stdout;
  if (!store.includes('io.containerd.snapshotter')) return `the engine at ${HOST} does not use the containerd image store (driver status ${store.trim()})`;
  if (cdocker(['image', 'inspect', BASE]).status !== 0) return `the engine at ${HOST} has no ${BASE} (scripts/lab up --containerd loads it)`;
  return '';
}
const reason = why();
const enabled = reason === '';
if (!enabled && process.env.BLACKBELT_REQUIRE_CONTAINERD === '1') throw new Error(`BLACKBELT_REQUIRE_CONTAINERD=1 but ${reason}`);

const cleanup: Array<() => void> = [];
let bundle = '';
// Persistent wheel cache (gitignored .lab), own directory: other suites may run at the same time.
const cacheDir = join(REPO_ROOT, '.lab', 'cache', 'bpi-containerd');

function build(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('build-parity-image', {
    bundle,
    workspace,
    inputs: { 'base-image': BASE, command: 'gunicorn -c gunicorn.conf.py service.app:app', 'test-command': 'python3 scripts/selftest.py', ...inputs },
    env: { DOCKER_HOST: HOST, BLACKBELT_CACHE_DIR: cacheDir, BLACKBELT_NO_PULL: '1', ...env },
    timeoutMs: 5 * 60_000,
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON report, shape asserted by the tests
function report(run: ActionRun): Record<string, any> {
  return JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
}

/** Forget everything the engine could reuse: the images of the repository and the whole build cache. */
function forget(image: string): void {
  const ids = cdocker(['image', 'ls', '-q', '--no-trunc', image]).stdout.split('\n').filter(Boolean);
  if (ids.length) expect(cdocker(['image', 'rm', '-f', ...new Set(ids)]).status).toBe(0);
  const prune = cdocker(['builder', 'prune', '-af']);
  expect(prune.status, prune.stderr).toBe(0);
  // the legacy builder leaves one dangling image per step in this store (the engine is this suite's own)
  cdocker(['image', 'prune', '-f']);
}

async function manifestInRegistry(image: string, digest: string): Promise<{ status: number; digest: string | null; type: string | null }> {
  const repo = image.slice(REGISTRY.length + 1);
  const res = await fetch(`http://${REGISTRY}/v2/${repo}/manifests/${digest}`, { method: 'HEAD', headers: { Accept: MANIFEST_TYPES } });
  return { status: res.status, digest: res.headers.get('docker-content-digest'), type: res.headers.get('content-type') };
}

/** The run succeeded, verified parity, pushed, and its outputs are coherent with the engine (checked right away: the next run forgets this image). */
function expectPushed(image: string, run: ActionRun): void {
  expect(run.exitCode, run.log).toBe(0);
  expect(hasStackTrace(run.log)).toBe(false);
  expect(run.outputs.parity).toBe('pass');
  expect(run.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(run.outputs['image-id']).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(run.outputs['image-ref']).toBe(`${image}@${run.outputs.digest}`);
  expect(report(run).pushed).toBe(true);
  // on this store the image ID is the manifest digest, and the registry holds that very manifest
  expect(run.outputs.digest).toBe(run.outputs['image-id']);
  // the image-id output names an image of this engine, carrying the commit time and the action's labels
  const inspect = cdocker(['image', 'inspect', '--format', '{{.Created}} {{index .Config.Labels "org.opencontainers.image.revision"}}', run.outputs['image-id']!]);
  expect(inspect.status, inspect.stderr).toBe(0);
  expect(inspect.stdout.trim()).toMatch(new RegExp(`^${rfc3339(COMMIT_EPOCH)} [0-9a-f]{40}$`));
}

/** Two runs of the same commit: same image ID and digest; the digest resolves in the registry and pulls back. */
async function expectReproduciblePush(image: string, a: ActionRun, b: ActionRun): Promise<void> {
  expect(b.outputs['image-id']).toBe(a.outputs['image-id']);
  expect(b.outputs.digest).toBe(a.outputs.digest);
  const found = await manifestInRegistry(image, b.outputs.digest!);
  expect(found.status).toBe(200);
  expect(found.digest).toBe(b.outputs.digest);
  // what the registry serves under the digest is the image: pull it back by its digest-pinned ref
  const pulled = cdocker(['pull', '-q', b.outputs['image-ref']!]);
  expect(pulled.status, pulled.stderr).toBe(0);
  const labels = cdocker(['image', 'inspect', '--format', '{{json .Config.Labels}}', b.outputs['image-ref']!]);
  expect(labels.status, labels.stderr).toBe(0);
  expect(labels.stdout).toContain('org.opencontainers.image.revision');
}

describe.skipIf(!enabled)(`build-parity-image on the containerd image store${enabled ? '' : ` (skipped: ${reason})`}`, () => {
  const runs: ActionRun[] = [];

  beforeAll(() => {
    bundle = bundleForTest('actions/build-parity-image/index.ts', 'build-parity-image-containerd');
  });
  afterAll(() => {
    cdocker(['image', 'rm', '-f', ...new Set(runs.flatMap((r) => [r.outputs['image-id'], r.outputs['image-ref']]).filter((x): x is string => Boolean(x)))]);
    cdocker(['image', 'prune', '-f']);
    for (const r of runs) rmSync(r.tempDir, { recursive: true, force: true });
    for (const f of cleanup.splice(0)) f();
  });

  it('is an engine with the containerd image store', () => {
    const info = cdocker(['info', '--format', '{{.ServerVersion}} {{json .DriverStatus}}']);
    expect(info.status, info.stderr).toBe(0);
    expect(info.stdout).toContain('io.containerd.snapshotter');
  });

  it('buildx (BuildKit honours SOURCE_DATE_EPOCH): same commit twice, cache pruned → same image ID and digest, in the registry', async () => {
    const image = `${REGISTRY}/bb/containerd-buildx`;
    const ws = serviceWorkspace('bb-bpi-ctrd-', cleanup);
    forget(image);
    const a = await build(ws, { image, push: 'true', 'no-cache': 'true' });
    runs.push(a);
    expectPushed(image, a);
    expect(report(a).builder.kind).toBe('buildx');
    expect(report(a).normalisedBy).toBe('builder');
    forget(image);
    const b = await build(ws, { image, push: 'true', 'no-cache': 'true' });
    runs.push(b);
    expectPushed(image, b);
    await expectReproduciblePush(image, a, b);
  }, 600_000);

  it('legacy builder (ignores SOURCE_DATE_EPOCH: the action normalises): same commit twice → same image ID and digest', async () => {
    const image = `${REGISTRY}/bb/containerd-legacy`;
    const ws = serviceWorkspace('bb-bpi-ctrd-legacy-', cleanup);
    forget(image);
    const a = await build(ws, { image, push: 'true', 'no-cache': 'true' }, { BLACKBELT_BUILDER: 'legacy' });
    runs.push(a);
    expectPushed(image, a);
    expect(report(a).builder.kind).toBe('legacy');
    expect(['config', 'archive']).toContain(report(a).normalisedBy);
    forget(image);
    const b = await build(ws, { image, push: 'true', 'no-cache': 'true' }, { BLACKBELT_BUILDER: 'legacy' });
    runs.push(b);
    expectPushed(image, b);
    await expectReproduciblePush(image, a, b);
  }, 600_000);

  it('buildx docker driver uses the type=gha cache on this store: run 1 exports, after a prune run 2 imports (deps step CACHED), same image ID', async () => {
    // On the classic store the docker driver refuses a cache export; on this one it exports. This
    // engine's BuildKit (0.13) speaks the v1 cache API (ACTIONS_CACHE_URL), as runners' Docker 29
    // BuildKit speaks v2 — the fake serves both (v2 round trip: gha-cache.test.ts).
    const fake = await startFakeActionsCache();
    try {
      const image = `${REGISTRY}/bb/containerd-gha`;
      const ws = serviceWorkspace('bb-bpi-ctrd-gha-', cleanup);
      const env = { ACTIONS_CACHE_URL: fake.url, ACTIONS_RUNTIME_TOKEN: fake.token };
      const forgetAll = (): void => {
        forget(image);
        const prune = cdocker(['builder', 'prune', '-af']);
        expect(prune.status, prune.stderr).toBe(0);
      };
      forgetAll();
      const a = await build(ws, { image, 'test-command': '' }, env);
      runs.push(a);
      expect(a.exitCode, a.log).toBe(0);
      expect(hasStackTrace(a.log)).toBe(false);
      expect(a.outputs.parity).toBe('pass');
      const ra = report(a);
      expect(ra.builder).toMatchObject({ kind: 'buildx', driver: 'docker' });
      expect(ra.ghaCache, a.log).toEqual({ scope: 'blackbelt' });
      expect(a.log).not.toMatch(/Cache export is not supported/i);
      const deps = /^#(\d+) \[deps \d+\/\d+\] RUN python3 -m venv/m.exec(a.log);
      expect(deps, a.log).not.toBeNull();
      expect(a.log).not.toMatch(new RegExp(`^#${deps![1]} CACHED$`, 'm'));
      const v1 = fake.requests.filter((r) => r.kind === 'v1');
      expect(v1.some((r) => r.rpc === 'POST caches/<id>' && r.status === 204), 'BuildKit committed cache entries').toBe(true);
      expect(fake.entries.some((e) => e.finalized && e.key.startsWith('index-blackbelt-')), fake.entries.map((e) => e.key).join('\n')).toBe(true);

      forgetAll();
      const b = await build(ws, { image, 'test-command': '' }, env);
      runs.push(b);
      expect(b.exitCode, b.log).toBe(0);
      expect(report(b).ghaCache).toEqual({ scope: 'blackbelt' });
      const depsB = /^#(\d+) \[deps \d+\/\d+\] RUN python3 -m venv/m.exec(b.log);
      expect(b.log, 'the dependency layer came from the gha cache').toMatch(new RegExp(`^#${depsB![1]} CACHED$`, 'm'));
      expect(b.outputs['image-id']).toBe(a.outputs['image-id']);
      expect(b.outputs.parity).toBe('pass');
    } finally {
      await fake.stop();
    }
  }, 600_000);
});

describe.skipIf(!enabled)(`normalise.ts on the containerd image store${enabled ? '' : ` (skipped: ${reason})`}`, () => {
  const EPOCH = 1700000000;
  const images = new DockerImages(new DockerClient('docker', { DOCKER_HOST: HOST }));
  const made: string[] = [];
  afterAll(() => {
    cdocker(['image', 'rm', '-f', ...made]);
    cdocker(['image', 'prune', '-f']);
  });

  function legacyBuild(dockerfile: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'bb-norm-ctrd-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'Dockerfile'), dockerfile);
    writeFileSync(join(dir, 'hello.txt'), 'hello\n');
    const tag = `bb-norm-ctrd/raw:${made.length}`;
    made.push(tag);
    const r = spawnSync('docker', ['build', '--network', 'none', '-q', '-t', tag, dir], { encoding: 'utf8', env: { ...process.env, DOCKER_HOST: HOST, DOCKER_BUILDKIT: '0' } });
    expect(r.status, r.stderr).toBe(0);
    return cdocker(['image', 'inspect', '-f', '{{.Id}}', tag]).stdout.trim();
  }

  it('config path and archive path give the same image (ID, config, layers) for a legacy-built image', async () => {
    const raw = legacyBuild(`FROM ${BASE}\nENV X=1\nCOPY hello.txt /out/\nWORKDIR /app\nUSER 65534:65534\nCMD ["python3"]\n`);
    const inspect = (await images.inspect(raw))!;
    const history = (await images.history(raw))!;
    const rebuilt = configFromInspect(inspect, [...history].reverse());
    expect(rebuilt, 'history should map onto the layers').toBeDefined();
    const archiveTag = `bb-norm-ctrd/archive:${made.length}`;
    made.push(archiveTag);
    const viaArchive = await normaliseViaArchive(images, raw, EPOCH, [archiveTag]);
    const configTag = `bb-norm-ctrd/config:${made.length}`;
    made.push(configTag);
    const viaConfig = await loadNormalisedConfig(images, rebuilt!, EPOCH, [configTag]);
    if (viaConfig) {
      expect(viaConfig.imageId).toBe(viaArchive.imageId);
      expect(viaConfig.configDigest).toBe(viaArchive.configDigest);
      expect(viaConfig.config).toEqual(viaArchive.config);
    } else {
      // This store's `docker load` wants every layer blob: the config-only load fails (no half
      // image is left behind), and normaliseImage takes the archive path — to the same image.
      expect((await images.inspect(configTag))).toBeUndefined();
      const r = await normaliseImage(images, raw, EPOCH, [configTag]);
      expect(r.by).toBe('archive');
      expect(r.imageId).toBe(viaArchive.imageId);
    }
    expect(viaArchive.configDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const tag of [archiveTag, configTag]) {
      const loaded = (await images.inspect(tag))!;
      expect(loaded.Id, `${tag} is the image normalise reported`).toBe(viaArchive.imageId);
      expect(loaded.Created).toBe(rfc3339(EPOCH));
      expect(loaded.RootFS?.Layers).toEqual(inspect.RootFS?.Layers);
    }
    const ran = cdocker(['run', '--rm', '--pull=never', '--network', 'none', viaArchive.imageId, 'python3', '-c', 'print(open("/out/hello.txt").read().strip())']);
    expect(ran.status, ran.stderr).toBe(0);
    expect(ran.stdout.trim()).toBe('hello');
  }, 180_000);

  it('normaliseImage on a legacy-built image: config or archive, idempotent (a second pass keeps it)', async () => {
    const raw = legacyBuild(`FROM ${BASE}\nCOPY hello.txt /out/\nCMD ["python3"]\n`);
    const first = await normaliseImage(images, raw, EPOCH, []);
    expect(['config', 'archive']).toContain(first.by);
    expect((await images.inspect(first.imageId))?.Created).toBe(rfc3339(EPOCH));
    const again = await normaliseImage(images, first.imageId, EPOCH, []);
    expect(again.by).toBe('builder');
    expect(again.imageId).toBe(first.imageId);
  }, 180_000);
});
