import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { hasStackTrace, runAction } from '../harness/run-action.js';
import { nodeRuntimes, REPO_ROOT as REPO } from '../harness/runtimes.js';
import { editFile, workspaceWithFixture } from './workspace.js';

const verify = (workspace: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
  runAction('verify-lockfile', { workspace, inputs, env });

describe.each(nodeRuntimes())('verify-lockfile bundle on $label', (node) => {
  it('passes a fresh Poetry 2 lock and sets every output', async () => {
    const { workspace, project } = workspaceWithFixture('webapp/poetry2');
    const run = await runAction('verify-lockfile', { workspace, node, inputs: { 'working-directory': 'project' } });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs.manager).toBe('poetry');
    expect(run.outputs.lockfile).toBe('project/poetry.lock');
    expect(run.outputs['in-sync']).toBe('true');
    expect(run.outputs['lock-hash']).toBe(createHash('sha256').update(readFileSync(join(project, 'poetry.lock'))).digest('hex'));
    expect(Number(run.outputs.packages)).toBeGreaterThan(10);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report.inSync).toBe(true);
    expect(run.summary).toContain('lockfile verified');
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });

  it('writes its log with write(2): process.stdout (a net.Socket on the runner\'s pipe) is never built', async () => {
    const { workspace } = workspaceWithFixture('webapp/poetry2');
    const dir = join(workspace, '..', 'preload');
    mkdirSync(dir, { recursive: true });
    const loaded = join(dir, 'loaded.txt');
    writeFileSync(join(dir, 'record.cjs'), `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(loaded)}, process.moduleLoadList.join('\\n')));\n`);
    const run = await runAction('verify-lockfile', { workspace, node, inputs: { 'working-directory': 'project' }, env: { NODE_OPTIONS: `--require ${join(dir, 'record.cjs')}` } });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).toContain('project/poetry.lock: 24 packages, in sync'); // the log arrived
    const modules = readFileSync(loaded, 'utf8').split('\n');
    expect(modules).not.toContain('NativeModule net');
    expect(modules).not.toContain('NativeModule tty');
  });

  it('fails an empty workspace with one clear error and no stack trace', async () => {
    const { workspace } = workspaceWithFixture('webapp/poetry2');
    const empty = join(workspace, 'empty');
    mkdirSync(empty);
    const run = await runAction('verify-lockfile', { workspace: empty, node });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toHaveLength(1);
    expect(run.annotations[0]!.message).toContain('No Python project found');
    expect(hasStackTrace(run.log)).toBe(false);
  });
});

describe('verify-lockfile findings', () => {
  it('reports drift after a manifest change, naming the package, both files and the fix', async () => {
    const { workspace, project } = workspaceWithFixture('webapp/poetry2');
    editFile(join(project, 'pyproject.toml'), (t) => t.replace(/"structlog[^"]*"/, '"structlog>=99"'));
    const run = await verify(workspace, { 'working-directory': 'project' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['in-sync']).toBe('false');
    const drift = run.annotations.find((a) => a.title?.startsWith('drift'));
    expect(drift, run.log).toBeDefined();
    expect(drift!.title).toContain('structlog');
    expect(drift!.file).toMatch(/^project\/(pyproject\.toml|poetry\.lock)$/);
    expect(drift!.line).toBeGreaterThan(0);
    expect(drift!.message).toContain('poetry lock');
    expect(run.summary).toContain('structlog');
  });

  it('keeps the manifest unchanged in meaning when only reformatted', async () => {
    const { workspace, project } = workspaceWithFixture('webapp/poetry2');
    editFile(join(project, 'pyproject.toml'), (t) => `# a comment\n\n${t}\n# trailing comment\n`);
    const run = await verify(workspace, { 'working-directory': 'project' });
    expect(run.exitCode, run.log).toBe(0);
  });

  it('reports a project without a lockfile with the command that creates it', async () => {
    const { workspace, project } = workspaceWithFixture('webapp/uv');
    writeFileSync(join(project, 'uv.lock'), '');
    const { rmSync } = await import('node:fs');
    rmSync(join(project, 'uv.lock'));
    const run = await verify(workspace, { 'working-directory': 'project' });
    expect(run.exitCode).toBe(1);
    const missing = run.annotations.find((a) => a.title === 'missing-lockfile');
    expect(missing?.file).toBe('project/pyproject.toml');
    expect(missing?.message).toContain('uv lock');
  });
});

describe('verify-lockfile bad input', () => {
  const cases: Array<[string, (project: string) => void, Record<string, string>, RegExp]> = [
    ['a working-directory escaping the workspace', () => undefined, { 'working-directory': '../..' }, /outside the workspace/],
    ['a missing working-directory', () => undefined, { 'working-directory': 'nope' }, /is not a directory/],
    ['an unknown manager', () => undefined, { 'working-directory': 'project', manager: 'conda' }, /must be one of auto, poetry, uv/],
    ['a lockfile input escaping the workspace', () => undefined, { 'working-directory': 'project', lockfile: '../../../etc/passwd' }, /outside the workspace/],
    ['malformed TOML', (p) => editFile(join(p, 'poetry.lock'), (t) => t.replace('[[package]]', '[[package]\nname = ')), { 'working-directory': 'project' }, /poetry\.lock/],
    ['binary garbage', (p) => writeFileSync(join(p, 'poetry.lock'), Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x13, 0x37, 0x00])), { 'working-directory': 'project' }, /poetry\.lock/],
    ['a 50 MB lockfile', (p) => writeFileSync(join(p, 'poetry.lock'), Buffer.alloc(50 * 1024 * 1024, 'a')), { 'working-directory': 'project' }, /bytes|MB|too large/i],
  ];
  it.each(cases)('%s → one clear error, no stack trace', async (_name, mutate, inputs, pattern) => {
    const { workspace, project } = workspaceWithFixture('webapp/poetry2');
    mutate(project);
    const run = await verify(workspace, inputs);
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors.length, run.log).toBeGreaterThanOrEqual(1);
    expect(errors.map((e) => e.message).join('\n')).toMatch(pattern);
    expect(hasStackTrace(run.log)).toBe(false);
    expect(run.log).not.toMatch(/failed unexpectedly/);
  });

  it('reports the line of a TOML syntax error', async () => {
    const { workspace, project } = workspaceWithFixture('webapp/poetry2');
    editFile(join(project, 'poetry.lock'), (t) => t.replace(/\nname = "([^"]+)"/, '\nname = "$1'));
    const run = await verify(workspace, { 'working-directory': 'project' });
    const error = run.annotations.find((a) => a.level === 'error');
    expect(error?.file).toBe('project/poetry.lock');
    expect(error?.line).toBeGreaterThan(0);
  });
});

describe('pull request check run (GitHub API validated against its OpenAPI description)', () => {
  let github: FakeGitHub;
  beforeAll(async () => {
    github = await startFakeGitHub();
  });
  afterAll(async () => github.close());

  function prEnv(workspace: string): Record<string, string> {
    const event = join(workspace, '..', 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { sha: 'a'.repeat(40) } } }));
    return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/service' };
  }

  it('publishes a failing check run with annotations on the PR head commit', async () => {
    github.requests.length = 0;
    github.failWith = undefined;
    const { workspace, project } = workspaceWithFixture('webapp/poetry2');
    editFile(join(project, 'pyproject.toml'), (t) => t.replace(/"structlog[^"]*"/, '"structlog>=99"'));
    const run = await verify(workspace, { 'working-directory': 'project', 'github-token': 'ghs_faketoken123' }, prEnv(workspace));
    expect(run.exitCode).toBe(1);
    expect(github.requests.length).toBeGreaterThanOrEqual(1);
    const create = github.requests[0]!;
    expect(create.errors).toEqual([]);
    expect(create.route).toBe('/repos/{owner}/{repo}/check-runs');
    expect(create.authorization).toMatch(/ghs_faketoken123/);
    const body = create.body as { name: string; head_sha: string; conclusion: string; output: { annotations: Array<{ path: string; annotation_level: string }> } };
    expect(body).toMatchObject({ name: 'lockfile', head_sha: 'a'.repeat(40), conclusion: 'failure' });
    expect(body.output.annotations.some((a) => a.path.startsWith('project/') && a.annotation_level === 'failure')).toBe(true);
    // The runner consumes ::add-mask:: itself; every other line must not carry the token.
    expect(run.log.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain('ghs_faketoken123');
    expect(run.log).toContain('::add-mask::ghs_faketoken123');
  });

  it('degrades to annotations with a notice when the token lacks checks: write', async () => {
    github.requests.length = 0;
    github.failWith = 403;
    const { workspace } = workspaceWithFixture('webapp/poetry2');
    const run = await verify(workspace, { 'working-directory': 'project', 'github-token': 'ghs_faketoken123', 'check-name': 'deps' }, prEnv(workspace));
    github.failWith = undefined;
    expect(run.exitCode, run.log).toBe(0);
    expect(github.requests).toHaveLength(1);
    expect(run.annotations.find((a) => a.level === 'notice')?.message).toMatch(/checks: write/);
  });

  it('does not call the API outside pull requests', async () => {
    github.requests.length = 0;
    const { workspace } = workspaceWithFixture('webapp/poetry2');
    const run = await verify(workspace, { 'working-directory': 'project', 'github-token': 'x' }, { GITHUB_API_URL: github.url });
    expect(run.exitCode).toBe(0);
    expect(github.requests).toHaveLength(0);
    expect(existsSync(run.outputs.report!)).toBe(true);
  });
});

describe('native-check fallback', () => {
  const TOOLS = `${REPO}/.lab/tools/bin`;
  const withTools = { PATH: `${TOOLS}:${process.env.PATH}` };
  const withoutTools = { PATH: (process.env.PATH ?? '').split(':').filter((d) => !d.includes('.lab/tools')).join(':') };
  function dynamicUvProject() {
    const ws = workspaceWithFixture('service/uv');
    // uv must build the project to read dynamic dependencies: no static verdict is possible.
    editFile(join(ws.project, 'pyproject.toml'), (t) => t.replace(/^dependencies = \[[^\]]*\]/m, 'dynamic = ["dependencies"]'));
    return ws;
  }

  it('auto: an inconclusive static verdict is settled by the native tool', async () => {
    const { workspace } = dynamicUvProject();
    const run = await verify(workspace, { 'working-directory': 'project' }, withTools);
    expect(run.exitCode, run.log).toBe(1);
    const drift = run.annotations.find((a) => a.title === 'drift');
    expect(drift?.message).toMatch(/uv lock --check --offline reports the lockfile out of date: .*needs to be updated/);
    expect(drift?.message).toContain('Fix: uv lock');
    expect(run.summary).toContain('Native check `uv lock --check --offline`: stale');
  });

  it('auto without the tool: a warning, exit 0, and in-sync=false (never a false "verified")', async () => {
    const { workspace } = dynamicUvProject();
    const run = await verify(workspace, { 'working-directory': 'project' }, withoutTools);
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs['in-sync']).toBe('false');
    expect(run.annotations.find((a) => a.level === 'warning')?.message).toMatch(/inconclusive .*dynamic.*uv is not on PATH/s);
    expect(run.summary).toContain('verdict inconclusive');
  });

  it('never: the tool is not run even when it could settle the verdict', async () => {
    const { workspace } = dynamicUvProject();
    const run = await verify(workspace, { 'working-directory': 'project', 'native-check': 'never' }, withTools);
    expect(run.exitCode).toBe(0);
    expect(run.summary).not.toContain('Native check');
    expect(run.annotations.find((a) => a.level === 'warning')?.message).toContain('native-check: always');
  });

  it('always: the native tool runs on a definite verdict too, and agrees', async () => {
    const { workspace } = workspaceWithFixture('webapp/poetry2');
    const run = await verify(workspace, { 'working-directory': 'project', 'native-check': 'always' }, withTools);
    expect(run.exitCode, run.log).toBe(0);
    expect(run.summary).toContain('Native check `poetry check --lock`: fresh');
  });
});
