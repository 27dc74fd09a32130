import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../harness/run-action.js';
import { expectClean, sourceBundle, SYSTEM_PATH } from './source-bundle.js';
import { editFile, workspaceWithFixture } from './workspace.js';

/**
 * The action as a user meets it on a runner, against a bundle of the current sources (dist/ is only
 * rebuilt at release): sub-folder lockfiles, mismatched inputs, native tools that crash, and a GitHub
 * API that is malformed, unreachable or silent — none of which may turn into a wrong verdict or a
 * failed step.
 */
const source = sourceBundle('verify-lockfile-action-runner');
const verify = source.verify;

/** A folder with a fake `name` executable running the given shell body. */
function fakeTool(root: string, name: string, body: string): string {
  const dir = join(root, `fake-${name}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`);
  chmodSync(join(dir, name), 0o755);
  return dir;
}

function dynamicUvProject() {
  const ws = workspaceWithFixture('service/uv');
  editFile(join(ws.project, 'pyproject.toml'), (t) => t.replace(/^dependencies = \[[^\]]*\]/m, 'dynamic = ["dependencies"]'));
  return ws;
}

describe('lockfile and manager inputs', () => {
  it('lockfile: requirements/prod.txt finds requirements/prod.in named (relative to working-directory) in its header', async () => {
    const { workspace, project } = workspaceWithFixture('webapp/pip-tools');
    mkdirSync(join(project, 'requirements'));
    renameSync(join(project, 'requirements.in'), join(project, 'requirements', 'prod.in'));
    const lock = readFileSync(join(project, 'requirements.txt'), 'utf8')
      .replace('--output-file=requirements.txt --strip-extras requirements.in', '--output-file=requirements/prod.txt --strip-extras requirements/prod.in')
      .replaceAll('-r requirements.in', '-r requirements/prod.in');
    writeFileSync(join(project, 'requirements', 'prod.txt'), lock);
    rmSync(join(project, 'requirements.txt'));
    const run = await verify(workspace, { 'working-directory': 'project', lockfile: 'requirements/prod.txt' });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.annotations, run.log).toEqual([]);
    expect(run.outputs).toMatchObject({ manager: 'pip-tools', lockfile: 'project/requirements/prod.txt', 'in-sync': 'true' });

    // …and a real drift in it is still found, with the fix command runnable from working-directory.
    editFile(join(project, 'requirements', 'prod.in'), (t) => t.replace('structlog>=24.1', 'structlog>=99'));
    const stale = await verify(workspace, { 'working-directory': 'project', lockfile: 'requirements/prod.txt' });
    expect(stale.exitCode, stale.log).toBe(1);
    const drift = stale.annotations.find((a) => a.title?.startsWith('drift'));
    expect(drift?.file).toBe('project/requirements/prod.txt');
    expect(drift?.message).toContain('Fix: pip-compile --generate-hashes --output-file=requirements/prod.txt');
  });

  it('a lockfile whose name says another tool than `manager` is one input error, not a pile of findings', async () => {
    const { workspace } = workspaceWithFixture('webapp/poetry2');
    const run = await verify(workspace, { 'working-directory': 'project', lockfile: 'poetry.lock', manager: 'uv' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations, run.log).toHaveLength(1);
    expect(run.annotations[0]).toMatchObject({ level: 'error', file: 'project/poetry.lock', title: 'invalid input: manager' });
    expect(run.annotations[0]!.message).toMatch(/poetry lockfile.*manager: poetry/s);
    expectClean(run);
  });

  it('manager: uv on a Poetry project names the lockfile it found instead of "No Python project found"', async () => {
    const { workspace } = workspaceWithFixture('webapp/poetry2');
    const run = await verify(workspace, { 'working-directory': 'project', manager: 'uv' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toHaveLength(1);
    expect(run.annotations[0]!.message).toContain('No uv lockfile in project; found project/poetry.lock (poetry)');
    expect(run.annotations[0]!.message).not.toContain('No Python project found');
    expectClean(run);
  });
});

describe('auto-detection of compiled requirements', () => {
  it('finds every compiled requirements file: dev.txt beside dev.in, and those in a requirements/ folder', async () => {
    const { workspace, project } = workspaceWithFixture('webapp/pip-tools');
    const run = await verify(workspace, { 'working-directory': 'project' });
    expect(run.exitCode, run.log).toBe(0);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8')) as { lockfiles: Array<{ lockfile: string }> };
    expect(report.lockfiles.map((l) => l.lockfile).sort()).toEqual(['project/dev.txt', 'project/requirements.txt']);

    // The usual layout: requirements/{base,dev}.{in,txt}, compiled inside that folder.
    mkdirSync(join(project, 'requirements'));
    for (const name of ['dev.in', 'dev.txt']) renameSync(join(project, name), join(project, 'requirements', name));
    renameSync(join(project, 'requirements.txt'), join(project, 'requirements', 'requirements.txt'));
    renameSync(join(project, 'requirements.in'), join(project, 'requirements', 'requirements.in'));
    writeFileSync(join(project, 'requirements', 'notes.txt'), 'a hand-written text file is not a lockfile\n');
    const moved = await verify(workspace, { 'working-directory': 'project' });
    expect(moved.exitCode, moved.log).toBe(0);
    const movedReport = JSON.parse(readFileSync(moved.outputs.report!, 'utf8')) as { lockfiles: Array<{ lockfile: string }> };
    expect(movedReport.lockfiles.map((l) => l.lockfile).sort()).toEqual(['project/requirements/dev.txt', 'project/requirements/requirements.txt']);
    expect(moved.outputs['in-sync']).toBe('true');
    // the summary says which tool wrote each (a requirements header names no tool version)
    expect(moved.summary).toMatch(/`project\/requirements\/dev\.txt` \| pip-tools \| pip-compile \(Python 3\.11\) \|/);

    // …and drift in the dev set is found there.
    editFile(join(project, 'requirements', 'dev.in'), (t) => t.replace('pytest>=8.0', 'pytest>=99'));
    const stale = await verify(workspace, { 'working-directory': 'project' });
    expect(stale.exitCode, stale.log).toBe(1);
    expect(stale.annotations.find((a) => a.title?.startsWith('drift'))?.file).toBe('project/requirements/dev.txt');
  });
});

describe('outputs when several lockfiles are checked', () => {
  it('packages counts each name and version once: a uv export is a subset of its uv.lock', async () => {
    const { workspace } = workspaceWithFixture('webapp/uv-export');
    const run = await verify(workspace, { 'working-directory': 'project' });
    expect(run.exitCode, run.log).toBe(0);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8')) as { lockfiles: Array<{ lockfile: string; packages: number }> };
    expect(report.lockfiles).toHaveLength(2);
    const uvLock = report.lockfiles.find((l) => l.lockfile.endsWith('uv.lock'))!;
    const exported = report.lockfiles.find((l) => !l.lockfile.endsWith('uv.lock'))!;
    expect(exported.packages).toBeGreaterThan(0);
    expect(Number(run.outputs.packages)).toBe(uvLock.packages);
  });
});

describe('native check that gives no verdict', () => {
  const crashes: Array<[string, string]> = [
    ['crashes with a Python traceback', 'echo "Traceback (most recent call last):" >&2; echo "ModuleNotFoundError: No module named \'cleo\'" >&2; exit 1'],
    ['is too old for the flag (usage error, exit 2)', 'echo "error: unexpected argument \'--check\' found" >&2; exit 2'],
    ['is killed', 'kill -9 $$'],
  ];

  it.each(crashes)('auto, inconclusive static verdict, uv %s → a warning, never a "drift" error with "Fix: uv lock"', async (_name, body) => {
    const { workspace } = dynamicUvProject();
    const run = await verify(workspace, { 'working-directory': 'project' }, { PATH: `${fakeTool(workspace, 'uv', body)}:${SYSTEM_PATH}` });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.annotations.filter((a) => a.level === 'error'), run.log).toEqual([]);
    expect(run.outputs['in-sync']).toBe('false');
    expect(run.annotations.find((a) => a.level === 'warning')?.message).toMatch(/native check could not run: uv (exited \d+|was killed)/);
    expectClean(run);
  });

  it('always, definite fresh verdict, poetry crashes → the static verdict stands, with a warning saying so', async () => {
    const { workspace } = workspaceWithFixture('webapp/poetry2');
    const run = await verify(workspace, { 'working-directory': 'project', 'native-check': 'always' }, { PATH: `${fakeTool(workspace, 'poetry', crashes[0]![1])}:${SYSTEM_PATH}` });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs['in-sync']).toBe('true');
    expect(run.annotations.find((a) => a.level === 'warning')?.message).toMatch(/native-check: always, but poetry check --lock could not run: .*ModuleNotFoundError.*static verdict \(fresh\) stands/);
  });

  it('always without the tool on PATH → a warning, not silence', async () => {
    const { workspace } = workspaceWithFixture('webapp/poetry2');
    const run = await verify(workspace, { 'working-directory': 'project', 'native-check': 'always' });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.annotations.find((a) => a.level === 'warning')?.message).toContain('poetry is not on PATH');
  });

  it('a tool that says the lock is out of date still settles an inconclusive verdict as drift', async () => {
    const { workspace } = dynamicUvProject();
    const say = 'echo "error: The lockfile at \\`uv.lock\\` needs to be updated, but \\`--check\\` was provided." >&2; exit 1';
    const run = await verify(workspace, { 'working-directory': 'project' }, { PATH: `${fakeTool(workspace, 'uv', say)}:${SYSTEM_PATH}` });
    expect(run.exitCode, run.log).toBe(1);
    expect(run.annotations.find((a) => a.title === 'drift')?.message).toMatch(/reports the lockfile out of date: .*needs to be updated.*Fix: uv lock/);
  });
});

describe('pull request check run against a broken GitHub API', () => {
  let silent: Server;
  let silentUrl: string;
  const sockets = new Set<Socket>();
  beforeAll(async () => {
    // Accepts connections and never answers (a stuck proxy or GHES under load).
    silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const address = silent.address();
    silentUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((r) => silent.close(() => r()));
  });

  function prEnv(workspace: string, api: string): Record<string, string> {
    const event = join(workspace, '..', `event-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { sha: 'a'.repeat(40) } } }));
    return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_API_URL: api };
  }

  it('a malformed GITHUB_API_URL → a notice, exit 0 (not an internal error)', async () => {
    const { workspace } = workspaceWithFixture('webapp/poetry2');
    const run = await verify(workspace, { 'working-directory': 'project', 'github-token': 'ghs_faketoken123' }, prEnv(workspace, 'not a url'));
    expect(run.exitCode, run.log).toBe(0);
    expect(run.annotations.find((a) => a.level === 'notice')?.message).toMatch(/check run: the GitHub API at not a url could not be reached/);
    expectClean(run);
  });

  it('an event payload that is not JSON or names no head commit → a notice saying so, exit 0', async () => {
    const { workspace } = workspaceWithFixture('webapp/poetry2');
    const event = join(workspace, '..', 'broken-event.json');
    for (const [payload, said] of [['{"pull_request": ', /could not be read/], [JSON.stringify({ pull_request: { number: 7 } }), /names no head commit/]] as const) {
      writeFileSync(event, payload);
      const run = await verify(workspace, { 'working-directory': 'project', 'github-token': 'ghs_faketoken123' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_API_URL: 'http://127.0.0.1:1' });
      expect(run.exitCode, run.log).toBe(0);
      const notice = run.annotations.find((a) => a.level === 'notice')?.message;
      expect(notice).toContain('check run was not published');
      expect(notice).toMatch(said);
      expectClean(run);
    }
  });

  it('an unreachable API is not blamed on `checks: write`', async () => {
    const { workspace } = workspaceWithFixture('webapp/poetry2');
    const run = await verify(workspace, { 'working-directory': 'project', 'github-token': 'ghs_faketoken123' }, prEnv(workspace, 'http://127.0.0.1:1'));
    expect(run.exitCode, run.log).toBe(0);
    const notice = run.annotations.find((a) => a.level === 'notice')?.message;
    expect(notice).toMatch(/could not be reached/);
    expect(notice).not.toContain('checks: write');
  });

  it('an API that never answers does not hold the job: a notice after the request timeout, and a stale lock still fails', async () => {
    const { workspace, project } = workspaceWithFixture('webapp/poetry2');
    editFile(join(project, 'pyproject.toml'), (t) => t.replace(/"structlog[^"]*"/, '"structlog>=99"'));
    const run = await runAction('verify-lockfile', {
      workspace,
      bundle: source.path,
      inputs: { 'working-directory': 'project', 'github-token': 'ghs_faketoken123' },
      env: { PATH: SYSTEM_PATH, ...prEnv(workspace, silentUrl) },
      timeoutMs: 60_000,
    });
    expect(run.durationMs).toBeLessThan(40_000);
    expect(run.exitCode, run.log).toBe(1);
    expect(run.annotations.find((a) => a.level === 'notice')?.message).toMatch(/did not answer within \d+ s/);
    expect(run.annotations.find((a) => a.title === 'verify-lockfile failed')).toBeDefined();
  }, 90_000);
});
