/**
 * build-parity-image on a modern engine: the bundled action, run through the runner harness, with
 * DOCKER_HOST set to the lab's second engine (`scripts/lab up --modern`: trixie's dockerd 26.1, whose
 * BuildKit honours SOURCE_DATE_EPOCH like the engines on GitHub's runners), on the example service.
 * The lab's main engine is 20.10 (BuildKit 0.8 ignores SOURCE_DATE_EPOCH), so this is the only place
 * the action meets the builder it will meet on a runner.
 *
 * Needs BLACKBELT_MODERN_DOCKER_HOST (from `scripts/lab env` when the modern engine is up); skipped
 * without it, a failure instead when BLACKBELT_REQUIRE_MODERN=1. ~1 min.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMIT_EPOCH, BASE, buildService, serviceWorkspace } from './service-workspace.js';
import { bundleForTest } from '../harness/bundle.js';
import { hasStackTrace, type ActionRun } from '../harness/run-action.js';
import { REPO_ROOT } from '../harness/runtimes.js';

const MODERN = process.env.BLACKBELT_MODERN_DOCKER_HOST || '';
const REGISTRY = process.env.BLACKBELT_REGISTRY || '127.0.0.1:5000';
/** Commit time of the test workspace: SOURCE_DATE_EPOCH, and the image's Created. */
const COMMIT_TIME = '2023-11-14T22:15:00Z';

/** docker against the modern engine only (never the machine's default socket). */
function mdocker(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('docker', args, { encoding: 'utf8', env: { ...process.env, DOCKER_HOST: MODERN } });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function why(): string {
  if (!MODERN) return 'BLACKBELT_MODERN_DOCKER_HOST is not set (start the engine with scripts/lab up --modern, then eval "$(scripts/lab env)")';
  const v = mdocker(['version', '--format', '{{.Server.Version}}']);
  if (v.status !== 0) return `the modern engine at ${MODERN} does not answer: ${v.stderr.trim().split('\n')[0]}`;
  if (mdocker(['image', 'inspect', BASE]).status !== 0) return `the modern engine at ${MODERN} has no ${BASE} (scripts/lab up --modern loads it)`;
  return '';
}
const reason = why();
const enabled = reason === '';
if (!enabled && process.env.BLACKBELT_REQUIRE_MODERN === '1') throw new Error(`BLACKBELT_REQUIRE_MODERN=1 but ${reason}`);

const cleanup: Array<() => void> = [];


let bundle = '';
// Persistent wheel cache (gitignored .lab), own directory: other suites may run at the same time.
const cacheDir = join(REPO_ROOT, '.lab', 'cache', 'bpi-modern');

function build(workspace: string, inputs: Record<string, string>): Promise<ActionRun> {
  return buildService(bundle, workspace, MODERN, cacheDir, inputs);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON report, shape asserted by the tests
function report(run: ActionRun): Record<string, any> {
  return JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
}

/** Forget everything the engine could reuse: the images of the repository and the whole build cache. */
function forget(image: string): void {
  const ids = mdocker(['image', 'ls', '-q', '--no-trunc', image]).stdout.split('\n').filter(Boolean);
  if (ids.length) expect(mdocker(['image', 'rm', '-f', ...new Set(ids)]).status).toBe(0);
  const prune = mdocker(['builder', 'prune', '-af']);
  expect(prune.status, prune.stderr).toBe(0);
}

describe.skipIf(!enabled)(`build-parity-image on the modern engine${enabled ? '' : ` (skipped: ${reason})`}`, () => {
  const image = `${REGISTRY}/bb/modern-parity`;
  const runs: ActionRun[] = [];

  beforeAll(() => {
    // Its own output directory: integration.test.ts bundles into .lab/build/build-parity-image, maybe at the same time.
    bundle = bundleForTest('actions/build-parity-image/index.ts', 'build-parity-image-modern');
  });
  afterAll(() => {
    mdocker(['image', 'rm', '-f', ...new Set(runs.map((r) => r.outputs['image-id']).filter((x): x is string => Boolean(x)))]);
    for (const r of runs) rmSync(r.tempDir, { recursive: true, force: true });
    for (const f of cleanup.splice(0)) f();
  });

  it('is a modern engine (BuildKit that honours SOURCE_DATE_EPOCH: engine ≥ 24)', () => {
    const v = mdocker(['version', '--format', '{{.Server.Version}}']).stdout.trim();
    expect(Number(/^(\d+)/.exec(v)?.[1] ?? 0), `server version ${v}`).toBeGreaterThanOrEqual(24);
  });

  it('same commit twice, build cache pruned and images removed in between → identical image ID and registry digest', async () => {
    const ws = serviceWorkspace('bb-bpi-modern-', cleanup);
    forget(image);
    const a = await build(ws, { image, push: 'true', 'no-cache': 'true' });
    runs.push(a);
    expect(a.exitCode, a.log).toBe(0);
    expect(hasStackTrace(a.log)).toBe(false);
    expect(a.outputs.parity).toBe('pass');
    expect(report(a).builder.kind).toBe('buildx');

    forget(image);
    const b = await build(ws, { image, push: 'true', 'no-cache': 'true' });
    runs.push(b);
    expect(b.exitCode, b.log).toBe(0);
    expect(b.outputs.parity).toBe('pass');
    expect(b.outputs['image-id']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b.outputs['image-id']).toBe(a.outputs['image-id']);
    expect(b.outputs.digest).toBe(a.outputs.digest);
    expect(b.outputs['image-ref']).toBe(`${image}@${b.outputs.digest}`);
  });

  it('the pushed digest resolves in the registry', async () => {
    const run = runs.at(-1);
    expect(run?.exitCode).toBe(0);
    const digest = run!.outputs.digest!;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(digest).not.toBe(run!.outputs['image-id']);
    const repo = image.slice(REGISTRY.length + 1);
    const res = await fetch(`http://${REGISTRY}/v2/${repo}/manifests/${digest}`, {
      method: 'HEAD',
      headers: {
        Accept: [
          'application/vnd.docker.distribution.manifest.v2+json',
          'application/vnd.docker.distribution.manifest.list.v2+json',
          'application/vnd.oci.image.manifest.v1+json',
          'application/vnd.oci.image.index.v1+json',
        ].join(', '),
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('docker-content-digest')).toBe(digest);
  });

  it('the builder did the normalising (report normalisedBy = "builder"), and Created is the commit time', () => {
    const run = runs.at(-1);
    expect(run?.exitCode).toBe(0);
    const id = run!.outputs['image-id']!;
    const created = mdocker(['image', 'inspect', '--format', '{{.Created}}', id]);
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout.trim()).toBe(COMMIT_TIME);
    const r = report(run!);
    expect(r.sourceDateEpoch).toBe(COMMIT_EPOCH);
    expect(r.normalisedBy, 'the report should say the engine honoured SOURCE_DATE_EPOCH itself').toBe('builder');
  });
});
