/**
 * build-parity-image end to end: the bundled action run the way the runner runs it (test/harness),
 * against the real engine and the lab's registries (scripts/lab up). Slow (~1–2 min).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleForTest } from '../harness/bundle.js';
import { hasStackTrace, runAction, type ActionRun } from '../harness/run-action.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'app');
const BASE = process.env.BLACKBELT_BASE_IMAGE || 'local/python-base:3.11';
const REGISTRY = process.env.BLACKBELT_REGISTRY || '127.0.0.1:5000';
const AUTH_REGISTRY = process.env.BLACKBELT_AUTH_REGISTRY || '127.0.0.1:5001';

function dockerOk(): boolean {
  const r = spawnSync('docker', ['image', 'inspect', BASE], { encoding: 'utf8' });
  return r.status === 0;
}
const enabled = dockerOk();
// The test command (scripts/test.sh) requires the lab: there, a missing engine is a failure, not a skip.
if (!enabled && process.env.BLACKBELT_REQUIRE_LAB === '1') throw new Error('BLACKBELT_REQUIRE_LAB=1 but the Docker lab is not available: run scripts/lab up');

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: '1700000100 +0000', GIT_COMMITTER_DATE: '1700000100 +0000' },
  }).trim();
}

function project(extra: (dir: string) => void = () => undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'bb-bpi-ws-'));
  cpSync(FIXTURE, dir, { recursive: true });
  extra(dir);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'init');
  return dir;
}

function inspect(ref: string): { Id: string; RootFS: { Layers: string[] }; Config: { Labels: Record<string, string>; User: string } } {
  return JSON.parse(execFileSync('docker', ['image', 'inspect', ref], { encoding: 'utf8' }))[0];
}

let bundle = '';
const cacheDir = mkdtempSync(join(tmpdir(), 'bb-bpi-cache-'));

function build(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('build-parity-image', {
    bundle,
    workspace,
    inputs: { 'base-image': BASE, command: 'python3 app.py', ...inputs },
    env: { BLACKBELT_CACHE_DIR: cacheDir, ...env },
    timeoutMs: 5 * 60_000,
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON report, shape asserted by the tests
function report(run: ActionRun): Record<string, any> {
  return JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
}

describe.skipIf(!enabled)('build-parity-image (real docker)', () => {
  beforeAll(() => {
    bundle = bundleForTest('actions/build-parity-image/index.ts', 'build-parity-image');
  });

  it('--print-dockerfile prints the generated Dockerfile and builds nothing', async () => {
    const ws = project();
    const run = await build(ws, { image: 'bb/print', 'print-dockerfile': 'true' });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.stdout).toContain('FROM ${BASE_IMAGE} AS deps');
    expect(run.stdout).toContain('pip-compile --generate-hashes');
    expect(run.outputs).toEqual({});
  });

  let first: { id: string; digest: string; layers: string[] };
  it('same commit twice (no cache, image removed in between) → identical image ID and registry digest', async () => {
    const ws = project();
    const image = `${REGISTRY}/bb/parity`;
    const a = await build(ws, { image, push: 'true', 'no-cache': 'true', 'test-command': 'python3 app.py' });
    expect(a.exitCode, a.log).toBe(0);
    expect(hasStackTrace(a.log)).toBe(false);
    expect(a.outputs.parity).toBe('pass');
    expect(a.outputs['image-ref']).toBe(`${image}@${a.outputs.digest}`);
    expect(a.log).toContain('ok example.com itsdangerous True');
    const img = inspect(a.outputs['image-id']!);
    expect(img.Config.User).toBe('65534:65534');
    expect(img.Config.Labels['org.opencontainers.image.created']).toBe('2023-11-14T22:15:00Z');
    expect(img.Config.Labels['org.opencontainers.image.revision']).toBe(git(ws, 'rev-parse', 'HEAD'));
    expect(img.Config.Labels['org.opencontainers.image.source']).toBe('https://github.com/acme/service');
    expect(img.Config.Labels['dev.blackbelt.lock-hash']).toBe(a.outputs['lock-hash']);
    expect(img.Config.Labels['dev.blackbelt.manager']).toBe('pip-tools');
    expect(a.summary).toContain('Parity: installed vs locked');

    execFileSync('docker', ['image', 'rm', '-f', a.outputs['image-id']!]);
    const b = await build(ws, { image, push: 'true', 'no-cache': 'true' });
    expect(b.exitCode, b.log).toBe(0);
    expect(b.outputs['image-id']).toBe(a.outputs['image-id']);
    expect(b.outputs.digest).toBe(a.outputs.digest);
    expect(report(b).wheelhouse.cache).toBe('hit-local');
    first = { id: a.outputs['image-id']!, digest: a.outputs.digest!, layers: img.RootFS.Layers };
  });

  it.each(['legacy', 'buildkit'])('the %s builder is reproducible too (same commit twice → same image ID)', async (kind) => {
    const ws = project();
    const env = { BLACKBELT_BUILDER: kind };
    const a = await build(ws, { image: `bb/${kind}`, 'no-cache': 'true' }, env);
    expect(a.exitCode, a.log).toBe(0);
    expect(report(a).builder.kind).toBe(kind);
    expect(a.outputs.parity).toBe('pass');
    expect(a.outputs.digest).toBe(a.outputs['image-id']);
    expect(a.outputs['image-ref']).toBe(`bb/${kind}:${git(ws, 'rev-parse', 'HEAD').slice(0, 7)}`);
    expect(a.summary).toContain('not pushed');
    execFileSync('docker', ['image', 'rm', '-f', a.outputs['image-id']!]);
    const b = await build(ws, { image: `bb/${kind}`, 'no-cache': 'true' }, env);
    expect(b.exitCode, b.log).toBe(0);
    expect(b.outputs['image-id']).toBe(a.outputs['image-id']);
  });

  it('the default buildx builder is told from files (no buildx start-up); a plugin that does not work is found out by the failed build, and the build is redone with the builder that works', async () => {
    const ws = project();
    const ok = await build(ws, { image: 'bb/assumed' });
    expect(ok.exitCode, ok.log).toBe(0);
    // This lab's ~/.docker/buildx selects no builder: the engine's default one, as on a fresh runner.
    expect(report(ok).builder).toMatchObject({ kind: 'buildx', driver: 'docker', description: 'docker buildx (builder default, driver docker)' });

    const oldClient = spawnSync('/usr/bin/docker', ['version', '--format', '{{.Client.Version}}'], { encoding: 'utf8' }).stdout?.trim() ?? '';
    if (!/^(1\d|2[0-2])\./.test(oldClient)) return; // the fallback below needs a pre-23 client (Debian's docker.io)
    const config = mkdtempSync(join(tmpdir(), 'bb-broken-buildx-'));
    mkdirSync(join(config, 'cli-plugins'));
    writeFileSync(join(config, 'cli-plugins', 'docker-buildx'), '#!/bin/sh\necho "this buildx is broken" >&2\nexit 1\n', { mode: 0o755 });
    const run = await build(ws, { image: 'bb/assumed' }, { DOCKER_CONFIG: config });
    expect(run.exitCode, run.log).toBe(0);
    expect(report(run).builder.kind).toBe('buildkit');
    expect(run.log).toMatch(/::notice title=builder re-detected::The build failed with the default buildx builder; DOCKER_BUILDKIT=1 \/usr\/bin\/docker build/);
    expect(run.outputs['image-id']).toBe(ok.outputs['image-id']); // the same image, whichever builder
  });

  it('a uv project: the image has the production set (dev group and the project itself excluded)', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'bb-bpi-uv-'));
    cpSync(join(import.meta.dirname, 'fixtures', 'uvapp'), ws, { recursive: true });
    git(ws, 'init', '-q');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-qm', 'init');
    const run = await build(ws, { image: 'bb/uvapp', 'test-command': 'python3 app.py' });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs.parity).toBe('pass');
    const r = report(run);
    expect(r.lock.manager).toBe('uv');
    expect(r.parity.rows.map((x: { name: string }) => x.name)).toEqual(['idna', 'six']);
    expect(r.excluded.map((x: { name: string }) => x.name).sort()).toEqual(['iniconfig', 'uvapp']);
    expect(run.log).toContain('ok example.com');
  });

  it('the project\'s console scripts are on PATH in the image (flat layout: a wrapper puts /app on sys.path); a python3 script is refused', async () => {
    const ws = project((dir) => {
      mkdirSync(join(dir, 'greet'));
      writeFileSync(join(dir, 'greet', '__init__.py'), '');
      writeFileSync(join(dir, 'greet', 'cli.py'), 'import sys\nimport idna\ndef main():\n    print("hello", *sys.argv[1:], idna.encode("example.com").decode())\n    return 0\n');
      writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "greet"\nversion = "1.0"\n\n[project.scripts]\ngreet = "greet.cli:main"\npython3 = "greet.cli:main"\n');
    });
    const run = await build(ws, { image: 'bb/scripts', command: 'greet', 'test-command': 'greet from-test' });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).toContain('hello from-test example.com');
    expect(run.outputs.parity).toBe('pass');
    expect(report(run).consoleScripts).toEqual([{ name: 'greet', target: 'greet.cli:main' }]);
    expect(run.log).toMatch(/::warning title=console script skipped,file=pyproject\.toml::Console script `python3` is not put on PATH/);
    expect(run.summary).toContain('`greet` → greet.cli:main');
    // the image's own CMD runs it too, as the non-root user, with no network
    const r = spawnSync('docker', ['run', '--rm', '--network', 'none', run.outputs['image-id']!], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('hello example.com');
    // python3 is still the venv's interpreter
    const which = spawnSync('docker', ['run', '--rm', '--network', 'none', '--entrypoint', 'sh', run.outputs['image-id']!, '-c', 'command -v greet; command -v python3; [ -L /opt/venv/bin/python3 ] && echo symlink'], { encoding: 'utf8' });
    expect(which.stdout.trim().split('\n')).toEqual(['/opt/venv/bin/greet', '/opt/venv/bin/python3', 'symlink']);
  });

  it('a code-only change reuses the dependency layer (same diffID, CACHED in the log) and its installed-set listing', async () => {
    const ws = project();
    const own = mkdtempSync(join(tmpdir(), 'bb-bpi-code-'));
    const a = await build(ws, { image: 'bb/codechange' }, { BLACKBELT_CACHE_DIR: own });
    expect(a.exitCode, a.log).toBe(0);
    writeFileSync(join(ws, 'app.py'), readFileSync(join(ws, 'app.py'), 'utf8') + '# a code change\n');
    git(ws, 'commit', '-qam', 'code only');
    const b = await build(ws, { image: 'bb/codechange' }, { BLACKBELT_CACHE_DIR: own });
    expect(b.exitCode, b.log).toBe(0);
    const ra = report(a);
    const rb = report(b);
    expect(rb.layers.dependencies).toBe(ra.layers.dependencies);
    expect(rb.layers.source).not.toBe(ra.layers.source);
    expect(rb.layers.reusedSteps.join('\n')).toMatch(/\[deps \d\/\d\] RUN python3 -m venv/);
    expect(b.outputs['image-id']).not.toBe(a.outputs['image-id']);
    if (first) expect(rb.layers.dependencies).toBe(first.layers[first.layers.length - 3]);
    // The first build ran the image to list what is installed; the code-only one reuses that listing
    // (same base + dependency diffIDs), and still compares it with the lock.
    expect(ra.parity.listing).toBe('run');
    expect(rb.parity.listing).toBe('reused');
    expect(b.outputs.parity).toBe('pass');
    expect(rb.parity.rows).toEqual(ra.parity.rows);
    expect(b.summary).toContain('the listing of identical dependency layers');
    // cache: false runs the image every time
    writeFileSync(join(ws, 'app.py'), readFileSync(join(ws, 'app.py'), 'utf8') + '# another\n');
    git(ws, 'commit', '-qam', 'code only again');
    const c = await build(ws, { image: 'bb/codechange', cache: 'false' }, { BLACKBELT_CACHE_DIR: own });
    expect(c.exitCode, c.log).toBe(0);
    expect(report(c).parity.listing).toBe('run');
  });

  it('stage-context writes the whole build context and stops; building it by hand gives the layers the action builds', async () => {
    const ws = project();
    const own = mkdtempSync(join(tmpdir(), 'bb-bpi-stage-'));
    const built = await build(ws, { image: 'bb/staged' }, { BLACKBELT_CACHE_DIR: own });
    expect(built.exitCode, built.log).toBe(0);
    const dir = join(mkdtempSync(join(tmpdir(), 'bb-bpi-ctx-')), 'context'); // e.g. ${{ runner.temp }}/context
    const staged = await build(ws, { image: 'bb/staged', 'stage-context': dir }, { BLACKBELT_CACHE_DIR: own });
    expect(staged.exitCode, staged.log).toBe(0);
    expect(staged.outputs.context).toBe(dir);
    expect(staged.outputs['image-ref']).toBeUndefined();
    expect(readdirSync(dir).sort()).toEqual(['.dockerignore', 'Dockerfile', 'deps', 'src.tar']);
    expect(readdirSync(join(dir, 'deps', 'wheels')).some((f) => f.startsWith('idna-'))).toBe(true);
    const command = /build it with:\n\s+(docker buildx build .+)$/m.exec(staged.log)?.[1];
    expect(command, staged.log).toContain('--network none');
    expect(staged.summary).toContain('Nothing was built');
    // its own command, run by hand (argv from the printed line; no value in it needs a shell)
    const argv = command!.split(' ').slice(1).map((a) => a.replace(/^'|'$/g, '')).map((a) => (a === 'IMAGE' ? 'bb/staged-by-hand' : a));
    const byHand = spawnSync('docker', argv, { encoding: 'utf8' });
    expect(byHand.status, byHand.stderr).toBe(0);
    expect(inspect('bb/staged-by-hand').RootFS.Layers).toEqual(inspect(built.outputs['image-id']!).RootFS.Layers);
    // a non-empty directory is refused before anything runs
    const again = await build(ws, { image: 'bb/staged', 'stage-context': dir }, { BLACKBELT_CACHE_DIR: own });
    expect(again.exitCode).toBe(1);
    expect(again.log).toMatch(/::error title=invalid input%3A stage-context::stage-context .* is not empty/);
    const userDockerfile = await build(ws, { image: 'bb/staged', dockerfile: 'Dockerfile', 'stage-context': join(dir, '..', 'other') }, { BLACKBELT_CACHE_DIR: own });
    expect(userDockerfile.exitCode).toBe(1);
    expect(userDockerfile.log).toContain('stage-context writes the build context of the generated Dockerfile');
    // staged inside the project: the context is not packed into its own src.tar
    const inside = await build(ws, { image: 'bb/staged', 'stage-context': 'out/context' }, { BLACKBELT_CACHE_DIR: own });
    expect(inside.exitCode, inside.log).toBe(0);
    const names = execFileSync('tar', ['-tf', join(ws, 'out', 'context', 'src.tar')], { encoding: 'utf8' }).split('\n');
    expect(names).toContain('app/app.py');
    expect(names.filter((n) => n.startsWith('app/out/context'))).toEqual([]);
  });

  it('a rebuild whose locked wheels are all in the local wheel cache runs no Python on the runner', async () => {
    const ws = project();
    const own = mkdtempSync(join(tmpdir(), 'bb-bpi-nopy-'));
    const a = await build(ws, { image: 'bb/nopython' }, { BLACKBELT_CACHE_DIR: own });
    expect(a.exitCode, a.log).toBe(0);
    // a PATH with docker and git only: no python3, python or pip3 to find
    const bin = mkdtempSync(join(tmpdir(), 'bb-bin-'));
    for (const tool of ['docker', 'git']) symlinkSync(execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim(), join(bin, tool));
    writeFileSync(join(ws, 'app.py'), readFileSync(join(ws, 'app.py'), 'utf8') + '# a code change\n');
    git(ws, 'commit', '-qam', 'code only');
    const b = await build(ws, { image: 'bb/nopython' }, { BLACKBELT_CACHE_DIR: own, PATH: bin });
    expect(b.exitCode, b.log).toBe(0);
    expect(b.log).not.toMatch(/wheelhouse skipped|No pip on the host/);
    expect(report(b).wheelhouse.cache).toBe('hit-local');
    expect(report(b).layers.dependencies).toBe(report(a).layers.dependencies);
    expect(b.outputs.parity).toBe('pass');
  });

  it('a lock-only change downloads only the changed wheel (wheelhouse seeded from the previous lock) and rebuilds the dependency layer', async () => {
    const ws = project();
    const cache = mkdtempSync(join(tmpdir(), 'bb-bpi-seed-'));
    const a = await build(ws, { image: 'bb/lockchange' }, { BLACKBELT_CACHE_DIR: cache });
    expect(a.exitCode, a.log).toBe(0);
    expect(report(a).wheelhouse.cache).toBe('miss');
    // relock with the pinned uv: idna one release down, same hashes-only format
    writeFileSync(join(ws, 'requirements.in'), readFileSync(join(ws, 'requirements.in'), 'utf8').replace('idna==3.7', 'idna==3.6'));
    execFileSync('uv', ['pip', 'compile', '--quiet', '--generate-hashes', '--python-version', '3.11', '-o', 'requirements.txt', 'requirements.in'], { cwd: ws });
    git(ws, 'commit', '-qam', 'idna 3.6');
    const b = await build(ws, { image: 'bb/lockchange' }, { BLACKBELT_CACHE_DIR: cache });
    expect(b.exitCode, b.log).toBe(0);
    const wa = report(a).wheelhouse;
    const wb = report(b).wheelhouse;
    expect(wb.cache).toBe('seeded');
    expect(wb.seededFrom).toBe(wa.key);
    expect(wb.key).not.toBe(wa.key);
    expect(wb.downloaded).toBe(1);
    expect(wb.wheels).toContain('idna-3.6-py3-none-any.whl');
    expect(wb.wheels).not.toContain('idna-3.7-py3-none-any.whl');
    expect(wb.wheels.length).toBe(wa.wheels.length);
    expect(b.outputs.parity).toBe('pass');
    expect(report(b).layers.dependencies).not.toBe(report(a).layers.dependencies);
    expect(report(b).parity.listing).toBe('run'); // a new dependency layer is always run
    // the earlier lock's wheelhouse is untouched (a revert is a hit again)
    expect(readdirSync(join(cache, 'wheels', wa.key))).toContain('idna-3.7-py3-none-any.whl');
  });

  it('an image with an extra pip install fails parity, naming the package', async () => {
    const ws = project((dir) => {
      mkdirSync(join(dir, 'wheels'));
      execFileSync('python3', ['-m', 'pip', 'download', '-q', '--no-deps', '--only-binary=:all:', '-d', join(dir, 'wheels'), '-r', join(dir, 'requirements.txt')]);
      execFileSync('python3', ['-c', EXTRA_WHEEL, join(dir, 'wheels')]);
      writeFileSync(
        join(dir, 'Dockerfile'),
        [
          `FROM ${BASE}`,
          'COPY requirements.txt /tmp/requirements.txt',
          'COPY wheels/ /tmp/wheels/',
          'RUN python3 -m venv --without-pip /opt/venv && python3 -m pip --python /opt/venv/bin/python install --no-index --find-links /tmp/wheels --require-hashes --no-deps -r /tmp/requirements.txt',
          'RUN python3 -m pip --python /opt/venv/bin/python install --no-index --no-deps /tmp/wheels/sneaky_extra-0.1-py3-none-any.whl',
          'ENV PATH=/opt/venv/bin:$PATH',
          '',
        ].join('\n'),
      );
    });
    const run = await build(ws, { image: 'bb/extra', dockerfile: 'Dockerfile' });
    expect(run.exitCode, run.log).toBe(1);
    expect(run.outputs.parity, run.log).toBe('fail');
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors.some((a) => a.message.includes('sneaky-extra 0.1 is installed but not in the lock'))).toBe(true);
    expect(run.summary).toMatch(/\| sneaky-extra \| extra \|/);
    expect(hasStackTrace(run.log)).toBe(false);
  });

  it('a broken Dockerfile fails with the failing line annotated', async () => {
    const ws = project((dir) => writeFileSync(join(dir, 'Dockerfile.broken'), `FROM ${BASE}\nRUN echo fine\nRUN echo about to fail && exit 3\nCOPY app.py /app.py\n`));
    const run = await build(ws, { image: 'bb/broken', dockerfile: 'Dockerfile.broken' });
    expect(run.exitCode).toBe(1);
    const err = run.annotations.find((a) => a.title === 'docker build failed');
    expect(err, run.log).toBeDefined();
    expect(err, run.log).toMatchObject({ file: 'Dockerfile.broken', line: 3 });
    expect(err!.message).toContain('exit 3');
  });

  it('a missing base image is reported without pulling', async () => {
    const ws = project();
    const run = await build(ws, { image: 'bb/nobase', 'base-image': 'local/not-there:1' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')).toMatchObject({ title: 'base image not found' });
  });

  it('an unreachable registry is a clear error', async () => {
    const ws = project();
    const run = await build(ws, { image: '127.0.0.1:5999/bb/unreachable', push: 'true' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')).toMatchObject({ title: 'registry unreachable' });
    expect(hasStackTrace(run.log)).toBe(false);
  });

  const authUser = process.env.BLACKBELT_AUTH_USER || 'blackbelt';
  const authPasswordFile = process.env.BLACKBELT_AUTH_PASSWORD_FILE;
  if (!authPasswordFile && process.env.BLACKBELT_REQUIRE_LAB === '1') throw new Error('BLACKBELT_REQUIRE_LAB=1 but the lab did not provide BLACKBELT_AUTH_PASSWORD_FILE');
  it.skipIf(!authPasswordFile)('wrong password → authentication error; right password pushes; the password is in no log or file', async () => {
    const ws = project();
    const wrong = 'Wr0ng-pa55word-zebra';
    const image = `${AUTH_REGISTRY}/bb/auth`;
    const bad = await build(ws, { image, push: 'true', username: authUser, password: wrong });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations.find((a) => a.level === 'error')).toMatchObject({ title: 'registry authentication failed' });
    const right = readFileSync(authPasswordFile!, 'utf8').trim();
    const good = await build(ws, { image, push: 'true', username: authUser, password: right });
    expect(good.exitCode, good.log.split(right).join('***')).toBe(0);
    expect(good.outputs['image-ref']).toMatch(new RegExp(`^${image.replace(/\./g, '\\.')}@sha256:[0-9a-f]{64}$`));
    for (const [run, secret] of [
      [bad, wrong],
      [good, right],
    ] as const) {
      // The only place it may appear is the runner's own ::add-mask:: command (from core.setSecret), which the runner consumes.
      const visible = run.log.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
      expect(run.log).toContain(`::add-mask::${secret}`);
      expect(visible.includes(secret)).toBe(false);
      expect(run.summary.includes(secret)).toBe(false);
      for (const f of walk(run.tempDir)) expect(readFileSync(f).includes(secret), f).toBe(false);
    }
  });
});

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** Writes sneaky_extra-0.1-py3-none-any.whl into argv[1] (a minimal valid wheel). */
const EXTRA_WHEEL = String.raw`
import base64, hashlib, os, sys, zipfile
d = sys.argv[1]
files = {
    "sneaky_extra/__init__.py": b"X = 1\n",
    "sneaky_extra-0.1.dist-info/METADATA": b"Metadata-Version: 2.1\nName: sneaky-extra\nVersion: 0.1\n",
    "sneaky_extra-0.1.dist-info/WHEEL": b"Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
}
record = []
for n, b in files.items():
    h = base64.urlsafe_b64encode(hashlib.sha256(b).digest()).rstrip(b"=").decode()
    record.append("%s,sha256=%s,%d" % (n, h, len(b)))
record.append("sneaky_extra-0.1.dist-info/RECORD,,")
files["sneaky_extra-0.1.dist-info/RECORD"] = ("\n".join(record) + "\n").encode()
with zipfile.ZipFile(os.path.join(d, "sneaky_extra-0.1-py3-none-any.whl"), "w") as z:
    for n, b in files.items():
        z.writestr(n, b)
`;
