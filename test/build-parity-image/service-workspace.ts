/** The example service copied into a fresh git checkout, for suites that build it on other engines. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { runAction, type ActionRun } from '../harness/run-action.js';

export const SERVICE = join(import.meta.dirname, '..', '..', 'examples', 'service');
/** Commit time of the workspace: SOURCE_DATE_EPOCH of every image built from it. */
export const COMMIT_EPOCH = 1700000100;

export function git(dir: string, ...args: string[]): string {
  const when = `${COMMIT_EPOCH} +0000`;
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
  }).trim();
}

/** The service (its uv.lock) committed at COMMIT_EPOCH in a new temp dir; `cleanup` gets its removal. */
export function serviceWorkspace(prefix: string, cleanup: Array<() => void>): string {
  const ws = mkdtempSync(join(tmpdir(), prefix));
  cleanup.push(() => rmSync(ws, { recursive: true, force: true }));
  for (const f of ['pyproject.toml', 'uv.lock', 'gunicorn.conf.py', 'src', 'scripts']) {
    cpSync(join(SERVICE, f), join(ws, f), { recursive: true, filter: (p) => !/__pycache__|\.pyc$/.test(p) });
  }
  git(ws, 'init', '-q');
  git(ws, 'add', '-A');
  git(ws, 'commit', '-qm', 'init');
  return ws;
}

export const BASE = process.env.BLACKBELT_BASE_IMAGE || 'local/python-base:3.11';

/**
 * The bundled action on the service the way its users run it (gunicorn command, the in-image self-test),
 * against the engine named by `dockerHost`; `cacheDir` is the suite's own wheel cache.
 */
export function buildService(bundle: string, workspace: string, dockerHost: string, cacheDir: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction('build-parity-image', {
    bundle,
    workspace,
    inputs: {
      'base-image': BASE,
      command: 'gunicorn -c gunicorn.conf.py service.app:app',
      'test-command': 'python3 scripts/selftest.py',
      ...inputs,
    },
    env: { DOCKER_HOST: dockerHost, BLACKBELT_CACHE_DIR: cacheDir, BLACKBELT_NO_PULL: '1' },
    timeoutMs: 5 * 60_000,
  });
}
