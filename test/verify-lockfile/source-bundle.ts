import { beforeAll, expect } from 'vitest';
import { bundleForTest } from '../harness/bundle.js';
import { hasStackTrace, runAction, type ActionRun } from '../harness/run-action.js';

/** PATH without the pinned Python tools: native checks run only where a test puts a tool on PATH. */
export const SYSTEM_PATH = (process.env.PATH ?? '').split(':').filter((d) => !d.includes('.lab/tools')).join(':');

/**
 * verify-lockfile bundled from the current sources (dist/ is only rebuilt at release), built once per
 * test file under its own name, and a runner for it as GitHub's runner starts it.
 */
export function sourceBundle(name: string): { readonly path: string; verify: (workspace: string, inputs: Record<string, string>, env?: Record<string, string>) => Promise<ActionRun> } {
  let bundle = '';
  beforeAll(() => {
    bundle = bundleForTest('actions/verify-lockfile/index.ts', name);
  });
  return {
    get path() {
      return bundle;
    },
    verify: (workspace, inputs, env = {}) => runAction('verify-lockfile', { workspace, inputs, env: { PATH: SYSTEM_PATH, ...env }, bundle }),
  };
}

/** No stack trace and no "internal error": whatever went wrong was said as a user error. */
export function expectClean(run: ActionRun): void {
  expect(hasStackTrace(run.log), run.log).toBe(false);
  expect(run.log).not.toMatch(/failed unexpectedly|internal error/);
}
