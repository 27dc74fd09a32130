import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runnerNode } from '../harness/runtimes.js';
import { workspaceWithFixture } from '../verify-lockfile/workspace.js';

const cli = (args: string[], cwd = REPO_ROOT) =>
  spawnSync(runnerNode().path, [join(REPO_ROOT, 'dist/cli/index.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, BLACKBELT_NO_PULL: '1' },
  });

describe('blackbelt CLI (bundled)', () => {
  it('lists the actions', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('verify-lockfile');
    expect(r.stdout).toContain('build-parity-image');
  });

  it('lists an action\'s inputs from its action.yml', () => {
    const r = cli(['verify-lockfile', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--require-hashes (default: true)');
  });

  it('runs verify-lockfile with flags and prints the summary and outputs as text', () => {
    const { workspace } = workspaceWithFixture('webapp/poetry2');
    const r = cli(['verify-lockfile', '--working-directory', 'project'], workspace);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('verify-lockfile: lockfile verified');
    expect(r.stdout).toMatch(/in-sync = true/);
    expect(r.stdout).not.toContain('::');
  });

  it('prints findings readably and exits 1 on drift', () => {
    const { workspace } = workspaceWithFixture('webapp/poetry2');
    const manifest = join(workspace, 'project', 'pyproject.toml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/"structlog[^"]*"/, '"structlog>=99"'));
    const r = cli(['verify-lockfile', '--working-directory=project'], workspace);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: project\/(pyproject\.toml|poetry\.lock):\d+: drift: structlog/m);
    expect(r.stdout).toContain('Findings');
  });

  it('rejects unknown actions and inputs with usage', () => {
    expect(cli(['deploy-everything']).status).toBe(2);
    const r = cli(['verify-lockfile', '--no-such-input', 'x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('has no input "--no-such-input"');
  });
});
