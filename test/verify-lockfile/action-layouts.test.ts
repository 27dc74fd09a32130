import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUMMARY_LIMIT_BYTES, SummaryBuilder } from '../../actions/shared/summary.js';
import { REPO_ROOT } from '../harness/runtimes.js';
import { expectClean, sourceBundle } from './source-bundle.js';
import { editFile, workspaceWithFixture } from './workspace.js';

/**
 * Odd but real layouts and runner environments, run against a bundle of the current sources exactly
 * as the runner runs it: absolute and symlinked lockfile paths, a uv workspace member folder, a
 * lockfile with thousands of findings (annotation cap, 1 MiB step-summary cap), and a runner whose
 * RUNNER_TEMP or GITHUB_STEP_SUMMARY cannot be written.
 */
const source = sourceBundle('verify-lockfile-action-layouts');
const verify = source.verify;

/** Every table row of a Markdown text has as many cells as its header row. */
function expectWellFormedTables(markdown: string): void {
  let width: number | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      width = undefined;
      continue;
    }
    const cells = line.split(/(?<!\\)\|/).length;
    width ??= cells;
    expect(cells, line).toBe(width);
  }
  expect((markdown.match(/<details>/g) ?? []).length).toBe((markdown.match(/<\/details>/g) ?? []).length);
}

describe('lockfile input paths', () => {
  it('an absolute lockfile path inside the workspace is taken as is, not glued to working-directory', async () => {
    const { workspace, project } = workspaceWithFixture('webapp/uv');
    const run = await verify(workspace, { 'working-directory': 'project', lockfile: join(project, 'uv.lock') });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs).toMatchObject({ manager: 'uv', lockfile: 'project/uv.lock', 'in-sync': 'true' });
    expectClean(run);
  });

  it('an absolute lockfile path outside the workspace is refused as outside, not reported "does not exist"', async () => {
    const { workspace } = workspaceWithFixture('webapp/uv');
    const elsewhere = workspaceWithFixture('webapp/uv');
    const run = await verify(workspace, { 'working-directory': 'project', lockfile: join(elsewhere.project, 'uv.lock') });
    expect(run.exitCode).toBe(1);
    expect(run.annotations, run.log).toHaveLength(1);
    expect(run.annotations[0]).toMatchObject({ level: 'error', title: 'invalid input: lockfile' });
    expect(run.annotations[0]!.message).toContain('points outside the workspace');
    expect(run.annotations[0]!.message).not.toContain('does not exist');
    expectClean(run);
  });
});

describe('a lockfile that is a symlink', () => {
  it('inside the workspace: checked like the file it points to', async () => {
    const { workspace, project } = workspaceWithFixture('webapp/uv');
    mkdirSync(join(workspace, 'copy'));
    cpSync(join(project, 'pyproject.toml'), join(workspace, 'copy', 'pyproject.toml'));
    symlinkSync('../project/uv.lock', join(workspace, 'copy', 'uv.lock'));
    const run = await verify(workspace, { 'working-directory': 'copy' });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs).toMatchObject({ lockfile: 'copy/uv.lock', 'in-sync': 'true' });
  });

  it('leading out of the workspace: found by auto-detection, it is refused like a lockfile input (never read)', async () => {
    const { workspace, project } = workspaceWithFixture('webapp/uv');
    const outside = mkdtempSync(join(tmpdir(), 'bb-outside-'));
    writeFileSync(join(outside, 'uv.lock'), readFileSync(join(project, 'uv.lock')));
    mkdirSync(join(workspace, 'linked'));
    cpSync(join(project, 'pyproject.toml'), join(workspace, 'linked', 'pyproject.toml'));
    symlinkSync(join(outside, 'uv.lock'), join(workspace, 'linked', 'uv.lock'));

    const auto = await verify(workspace, { 'working-directory': 'linked' });
    expect(auto.exitCode).toBe(1);
    expect(auto.annotations, auto.log).toHaveLength(1);
    expect(auto.annotations[0]).toMatchObject({ level: 'error', file: 'linked/uv.lock', title: 'lockfile outside the workspace' });
    expect(auto.annotations[0]!.message).toContain(join(outside, 'uv.lock'));
    expectClean(auto);

    // Given as an input: the message names where the symlink leads, not only the (inside) link path.
    const input = await verify(workspace, { 'working-directory': 'linked', lockfile: 'uv.lock' });
    expect(input.exitCode).toBe(1);
    expect(input.annotations[0]).toMatchObject({ title: 'invalid input: lockfile' });
    expect(input.annotations[0]!.message).toContain(`through a symlink: ${join(outside, 'uv.lock')}`);
  });
});

describe('uv workspace', () => {
  // Written by uv 0.13 with exclude-newer; the same setting must be in effect when checking.
  const UV_ENV = { UV_EXCLUDE_NEWER: '2026-10-02T00:00:00Z' };
  const uvWorkspace = (): string => {
    const workspace = mkdtempSync(join(tmpdir(), 'bb-ws-'));
    cpSync(join(REPO_ROOT, 'test', 'shared', 'lockfile', 'data', 'uv', 'workspace'), workspace, { recursive: true });
    return workspace;
  };

  it('working-directory at a member folder checks the workspace root uv.lock (uv locks members there)', async () => {
    const workspace = uvWorkspace();
    const root = await verify(workspace, { 'working-directory': 'ws' }, UV_ENV);
    expect(root.exitCode, root.log).toBe(0);

    const member = await verify(workspace, { 'working-directory': 'ws/packages/liba' }, UV_ENV);
    expect(member.exitCode, member.log).toBe(0);
    expect(member.annotations).toEqual([]);
    expect(member.outputs).toMatchObject({ manager: 'uv', lockfile: 'ws/uv.lock', 'in-sync': 'true', 'lock-hash': root.outputs['lock-hash'] });
    expectClean(member);

    // …and a requirement added to the member is drift in that lock (not "no lockfile, run uv lock here").
    editFile(join(workspace, 'ws', 'packages', 'liba', 'pyproject.toml'), (t) => t.replace('"attrs"]', '"attrs", "idna"]'));
    const stale = await verify(workspace, { 'working-directory': 'ws/packages/liba' }, UV_ENV);
    expect(stale.exitCode, stale.log).toBe(1);
    expect(stale.annotations.find((a) => a.title?.startsWith('drift'))?.file).toBe('ws/uv.lock');
    expect(stale.log).not.toContain('missing-lockfile');
  });

  it('a path dependency outside the workspace globs is no member: it still has no lockfile of its own', async () => {
    const workspace = uvWorkspace();
    const run = await verify(workspace, { 'working-directory': 'extlib' }, UV_ENV);
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]).toMatchObject({ title: 'missing-lockfile', file: 'extlib/pyproject.toml' });
  });
});

describe('thousands of findings', () => {
  function manyUnhashedPins(count: number): string {
    const workspace = mkdtempSync(join(tmpdir(), 'bb-ws-'));
    const project = join(workspace, 'project');
    mkdirSync(project);
    const names = Array.from({ length: count }, (_, i) => `package-number-${i}`);
    writeFileSync(join(project, 'requirements.in'), names.map((n) => `${n}\n`).join(''));
    // pip-compile's output without --generate-hashes.
    const header = '#\n# This file is autogenerated by pip-compile with Python 3.12\n# by the following command:\n#\n#    pip-compile requirements.in\n#\n';
    writeFileSync(join(project, 'requirements.txt'), header + names.map((n, i) => `${n}==1.0.${i}\n    # via -r requirements.in\n`).join(''));
    return workspace;
  }

  it('2,000 findings: 10 error annotations, one findings table (no second overflow table), well-formed and under 1 MiB', async () => {
    const run = await verify(manyUnhashedPins(2000), { 'working-directory': 'project' });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.at(-1)!.title).toBe('verify-lockfile failed');
    expect(errors.at(-1)!.message).toContain('2000 lockfile problems');
    expect(errors.at(-1)!.message).toContain(run.outputs.report!);
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    expect(run.summary).not.toContain('not shown as annotations');
    expect(run.summary).toContain('1500 more finding(s) not listed here');
    expect(run.summary.match(/\| missing-hash \| package-number-1 \|/g)).toHaveLength(1);
    expectWellFormedTables(run.summary);
    // The report has every finding.
    expect((JSON.parse(readFileSync(run.outputs.report!, 'utf8')) as { findings: unknown[] }).findings).toHaveLength(2000);
    expectClean(run);
  });

  it('summary writes of one step share the 1 MiB limit; a cut closes its table row and <details>', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bb-sum-')), 'summary.md');
    const rows = Array.from({ length: 12_000 }, (_, i) => [`pkg-${i}`, 'x'.repeat(60)]);
    new SummaryBuilder().heading('first').table(['a', 'b'], rows).write(file);
    new SummaryBuilder().details('second', new SummaryBuilder().table(['a', 'b'], rows)).write(file);
    const text = readFileSync(file, 'utf8');
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    expect(Buffer.byteLength(text)).toBeGreaterThan(SUMMARY_LIMIT_BYTES - 200);
    expectWellFormedTables(text);
    expect(text.match(/Summary truncated/g)).toHaveLength(1);

    const nested = join(mkdtempSync(join(tmpdir(), 'bb-sum-')), 'summary.md');
    new SummaryBuilder().details('all', new SummaryBuilder().table(['a', 'b'], [...rows, ...rows])).write(nested);
    const cut = readFileSync(nested, 'utf8');
    expectWellFormedTables(cut);
    expect(cut).toMatch(/<\/details>\n\n_Summary truncated/);
  });
});

describe('runner environment', () => {
  it('RUNNER_TEMP that is not a folder: the report goes to the system temp folder, the verdict stands', async () => {
    const { workspace } = workspaceWithFixture('webapp/uv');
    const notAFolder = join(mkdtempSync(join(tmpdir(), 'bb-rt-')), 'file');
    writeFileSync(notAFolder, '');
    const run = await verify(workspace, { 'working-directory': 'project' }, { RUNNER_TEMP: notAFolder });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs['in-sync']).toBe('true');
    expect(JSON.parse(readFileSync(run.outputs.report!, 'utf8'))).toMatchObject({ inSync: true });
    expectClean(run);
  });

  it('a GITHUB_STEP_SUMMARY that cannot be written: a warning, not an internal error', async () => {
    const { workspace } = workspaceWithFixture('webapp/uv');
    const run = await verify(workspace, { 'working-directory': 'project' }, { GITHUB_STEP_SUMMARY: join(tmpdir(), `bb-no-such-dir-${process.pid}`, 'summary.md') });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs['in-sync']).toBe('true');
    expect(run.annotations).toHaveLength(1);
    expect(run.annotations[0]).toMatchObject({ level: 'warning' });
    expect(run.annotations[0]!.message).toContain('Could not write the job summary');
    expectClean(run);
  });

  it('odd input casing and whitespace are accepted', async () => {
    const { workspace } = workspaceWithFixture('webapp/uv');
    const run = await verify(workspace, { 'working-directory': ' ./project/ ', 'require-hashes': ' TRUE ', 'native-check': 'Auto', manager: ' UV ' });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs).toMatchObject({ manager: 'uv', lockfile: 'project/uv.lock', 'in-sync': 'true' });
  });
});

describe('inconclusive without a native check', () => {
  it('a requirements.txt with no tool header says pip-tools has no check of its own, not that it "could not run"', async () => {
    const { workspace, project } = workspaceWithFixture('webapp/pip-tools');
    // pinned by hand: no header, no `# via` naming its input (an empty file beside requirements.in is stale)
    writeFileSync(join(project, 'requirements.txt'), 'flask==3.1.2\n');
    const run = await verify(workspace, { 'working-directory': 'project', lockfile: 'requirements.txt', 'require-hashes': 'false' });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs['in-sync']).toBe('false');
    const warning = run.annotations.find((a) => a.title === 'inconclusive');
    expect(warning?.message).toContain('pip-tools has no offline check of its own');
    expect(warning?.message).not.toContain('could not run');
  });
});

describe('CRLF line endings and a UTF-8 BOM (a lock and manifest converted on Windows)', () => {
  const toWindows = (text: string): string => '\uFEFF' + text.replace(/\r?\n/g, '\r\n');
  for (const [fixture, files] of [
    ['webapp/uv', ['pyproject.toml', 'uv.lock']],
    ['webapp/poetry2', ['pyproject.toml', 'poetry.lock']],
    ['webapp/pdm', ['pyproject.toml', 'pdm.lock']],
    ['webapp/pipenv', ['Pipfile', 'Pipfile.lock']],
    ['webapp/pip-tools', ['requirements.in', 'requirements.txt']],
  ] as const) {
    it(`${fixture}: still in sync, no error`, async () => {
      const { workspace, project } = workspaceWithFixture(fixture);
      for (const f of files) editFile(join(project, f), toWindows);
      const run = await verify(workspace, { 'working-directory': 'project' });
      expect(run.exitCode, run.log).toBe(0);
      expect(run.outputs['in-sync']).toBe('true');
      expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    });
  }
});

describe('several lockfiles in the lockfile input', () => {
  it('one per line: each is checked and named in the outputs (not "requirements.txt\\ndev.txt does not exist")', async () => {
    const { workspace } = workspaceWithFixture('webapp/pip-tools');
    const run = await verify(workspace, { 'working-directory': 'project', manager: 'pip-tools', lockfile: 'requirements.txt\ndev.txt\n' });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs).toMatchObject({ manager: 'pip-tools', lockfile: 'project/requirements.txt,project/dev.txt', 'in-sync': 'true' });
    expectClean(run);
  });
});

describe('job summary Markdown', () => {
  it('a fix that is prose with its own code spans is not wrapped in another code span', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'bb-ws-'));
    cpSync(join(REPO_ROOT, 'test', 'shared', 'lockfile', 'data', 'uv', 'workspace'), workspace, { recursive: true });
    // Without the UV_EXCLUDE_NEWER it was locked with: drift, whose fix reads "Set UV_EXCLUDE_NEWER=… or run `uv lock`."
    const run = await verify(workspace, { 'working-directory': 'ws' });
    expect(run.exitCode).toBe(1);
    const row = run.summary.split('\n').find((l) => l.startsWith('| error | drift |'));
    expect(row, run.summary).toContain('run `uv lock`');
    expect(row).not.toContain('| `Set UV_EXCLUDE_NEWER');
    expectWellFormedTables(run.summary);
  });
});

describe('monorepo', () => {
  it('working-directory at a monorepo root with no project of its own names the projects found below', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'bb-ws-'));
    cpSync(join(REPO_ROOT, 'test', 'fixtures', 'lockfiles', 'webapp', 'uv'), join(workspace, 'services', 'api'), { recursive: true });
    cpSync(join(REPO_ROOT, 'test', 'fixtures', 'lockfiles', 'webapp', 'poetry2'), join(workspace, 'services', 'web'), { recursive: true });
    const run = await verify(workspace, {});
    expect(run.exitCode).toBe(1);
    expect(run.annotations, run.log).toHaveLength(1);
    expect(run.annotations[0]!.message).toContain('services/api/uv.lock (uv), services/web/poetry.lock (poetry)');
    for (const project of ['services/api', 'services/web']) {
      const each = await verify(workspace, { 'working-directory': project });
      expect(each.exitCode, each.log).toBe(0);
      expect(each.outputs['in-sync']).toBe('true');
    }
  });
});

describe('lockfile paths that are not a lockfile', () => {
  it('lockfile input naming a folder says so (not "cannot tell which tool wrote it")', async () => {
    const { workspace, project } = workspaceWithFixture('webapp/uv');
    mkdirSync(join(project, 'requirements'));
    const run = await verify(workspace, { 'working-directory': 'project', lockfile: 'requirements' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]).toMatchObject({ title: 'invalid input: lockfile' });
    expect(run.annotations[0]!.message).toContain('names a folder');
    expectClean(run);
  });

  it('a committed lockfile symlink whose target is missing is named, not reported as "no lockfile"', async () => {
    const { workspace, project } = workspaceWithFixture('webapp/uv');
    rmSync(join(project, 'uv.lock'));
    symlinkSync('../shared/uv.lock', join(project, 'uv.lock'));
    const run = await verify(workspace, { 'working-directory': 'project' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations, run.log).toHaveLength(1);
    expect(run.annotations[0]).toMatchObject({ title: 'broken lockfile symlink', file: 'project/uv.lock' });
    expect(run.annotations[0]!.message).toContain('../shared/uv.lock, which does not exist');
  });
});
