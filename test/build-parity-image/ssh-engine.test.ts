/**
 * build-parity-image with DOCKER_HOST=ssh://…: the bundled action, run through the runner harness,
 * talking to the engine only through ssh, the way the docker CLI does it (`ssh … HOST docker system
 * dial-stdio`; buildx takes its context from DOCKER_HOST too). The lab's ssh endpoint (`scripts/lab
 * up --ssh`: a private sshd on 127.0.0.1, key-only, with a `Host blackbelt-lab-ssh` block in
 * /etc/ssh/ssh_config.d) leads to the lab's main engine, so the images land where plain `docker` sees
 * them too — the proof that the ssh path was taken is the sshd log (new logins during the run) and
 * the failure, with a clear error and no stack trace, when the ssh URL leads nowhere.
 *
 * Needs BLACKBELT_SSH_DOCKER_HOST (from `scripts/lab env` when the ssh endpoint is up); skipped
 * without it, a failure instead when BLACKBELT_REQUIRE_SSH=1. ~1 min.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, buildService, serviceWorkspace } from './service-workspace.js';
import { bundleForTest } from '../harness/bundle.js';
import { hasStackTrace, type ActionRun } from '../harness/run-action.js';
import { REPO_ROOT } from '../harness/runtimes.js';

const SSH_HOST = process.env.BLACKBELT_SSH_DOCKER_HOST || '';
/** The lab's sshd logs every login here (scripts/lab: sshd -E $LAB_DIR/logs/sshd.log). */
const SSHD_LOG = join(process.env.BLACKBELT_LAB_DIR || join(REPO_ROOT, '.lab'), 'logs', 'sshd.log');

/** docker through the ssh endpoint only (never the machine's default socket). */
function sdocker(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('docker', args, { encoding: 'utf8', env: { ...process.env, DOCKER_HOST: SSH_HOST }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function why(): string {
  if (!SSH_HOST) return 'BLACKBELT_SSH_DOCKER_HOST is not set (start the endpoint with scripts/lab up --ssh, then eval "$(scripts/lab env)")';
  if (!SSH_HOST.startsWith('ssh://')) return `BLACKBELT_SSH_DOCKER_HOST=${SSH_HOST} is not an ssh:// URL`;
  const v = sdocker(['version', '--format', '{{.Server.Version}}']);
  if (v.status !== 0) return `the engine at ${SSH_HOST} does not answer: ${v.stderr.trim().split('\n')[0]}`;
  if (sdocker(['image', 'inspect', BASE]).status !== 0) return `the engine at ${SSH_HOST} has no ${BASE} (scripts/lab up builds it)`;
  return '';
}
const reason = why();
const enabled = reason === '';
if (!enabled && process.env.BLACKBELT_REQUIRE_SSH === '1') throw new Error(`BLACKBELT_REQUIRE_SSH=1 but ${reason}`);

/** The same URL with another port: the Host block still applies, nothing listens there. */
function withDeadPort(url: string): string {
  const u = new URL(url);
  u.port = '1';
  return u.toString().replace(/\/$/, '');
}

const cleanup: Array<() => void> = [];


let bundle = '';
// Persistent wheel cache (gitignored .lab), own directory: other suites may run at the same time.
const cacheDir = join(REPO_ROOT, '.lab', 'cache', 'bpi-ssh');

function build(workspace: string, dockerHost: string, inputs: Record<string, string>): Promise<ActionRun> {
  return buildService(bundle, workspace, dockerHost, cacheDir, inputs);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON report, shape asserted by the tests
function report(run: ActionRun): Record<string, any> {
  return JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
}

/** Logins the lab's sshd has accepted so far (0 when its log is not there). */
function sshLogins(): number {
  if (!existsSync(SSHD_LOG)) return 0;
  return readFileSync(SSHD_LOG, 'utf8').split('\n').filter((l) => l.startsWith('Accepted publickey for ')).length;
}

describe.skipIf(!enabled)(`build-parity-image with DOCKER_HOST=ssh://… (the lab's ssh endpoint)${enabled ? '' : ` (skipped: ${reason})`}`, () => {
  const image = 'bb/ssh-parity';
  const runs: ActionRun[] = [];

  beforeAll(() => {
    // Its own output directory: other suites bundle into .lab/build/…, maybe at the same time.
    bundle = bundleForTest('actions/build-parity-image/index.ts', 'build-parity-image-ssh');
  });
  afterAll(() => {
    const ids = new Set(runs.map((r) => r.outputs['image-id']).filter((x): x is string => Boolean(x)));
    for (const id of sdocker(['image', 'ls', '-q', '--no-trunc', image]).stdout.split('\n').filter(Boolean)) ids.add(id);
    if (ids.size) sdocker(['image', 'rm', '-f', ...ids]);
    for (const r of runs) rmSync(r.tempDir, { recursive: true, force: true });
    for (const f of cleanup.splice(0)) f();
  });

  it('builds the example service through ssh: exit 0, parity pass, test-command ran in the image, image on the engine', async () => {
    const ws = serviceWorkspace('bb-bpi-ssh-', cleanup);
    const loginsBefore = sshLogins();
    const run = await build(ws, SSH_HOST, { image });
    runs.push(run);
    expect(run.exitCode, run.log).toBe(0);
    expect(hasStackTrace(run.log)).toBe(false);
    expect(run.outputs.parity).toBe('pass');

    // the test-command ran inside the built image and passed
    const r = report(run);
    expect(r.testCommand).toEqual({ argv: ['python3', 'scripts/selftest.py'], exitCode: 0 });
    expect(run.log).toContain('test-command: python3 scripts/selftest.py');
    expect(run.log).toMatch(/\/healthz\s+200 \(expected 200\)/);
    expect(r.builder.kind).toBe('buildx');

    // the image is on the engine, seen through the same DOCKER_HOST, with the output's ID
    const id = run.outputs['image-id']!;
    expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
    const inspect = sdocker(['image', 'inspect', '--format', '{{.Id}}', id]);
    expect(inspect.status, inspect.stderr).toBe(0);
    expect(inspect.stdout.trim()).toBe(id);
    expect(run.outputs['image-ref']).toMatch(new RegExp(`^${image}(:|@)`));

    // The report does not record DOCKER_HOST; the lab's sshd does: the action's docker calls logged in.
    if (existsSync(SSHD_LOG)) expect(sshLogins() - loginsBefore, `new logins in ${SSHD_LOG}`).toBeGreaterThan(0);
  });

  it('an ssh:// URL that leads nowhere fails at once with "Cannot reach the Docker engine at ssh://…", no stack trace', async () => {
    const dead = withDeadPort(SSH_HOST);
    const ws = serviceWorkspace('bb-bpi-ssh-', cleanup);
    const run = await build(ws, dead, { image });
    runs.push(run);
    expect(run.exitCode).not.toBe(0);
    expect(hasStackTrace(run.log), run.log).toBe(false);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors.length, run.log).toBeGreaterThan(0);
    expect(errors[0]!.message).toContain(`Cannot reach the Docker engine at ${dead}`);
    // the cause from ssh is named, not swallowed
    expect(errors[0]!.message).toMatch(/ssh|dial-stdio|connect/i);
    expect(run.outputs['image-id']).toBeUndefined();
    expect(run.durationMs).toBeLessThan(60_000);
  });
});
