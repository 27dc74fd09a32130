import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, readActionMetadata, runAction } from './harness/run-action.js';
import { nodeRuntimes } from './harness/runtimes.js';

/** Every action, on every runtime: empty workspace / missing required input → one clear error. */
const ACTIONS = ['verify-lockfile', 'build-parity-image'];

describe.each(nodeRuntimes())('bad input on $label', (node) => {
  it.each(ACTIONS)('%s: empty workspace and no inputs → one ::error, no stack trace', async (action) => {
    const workspace = mkdtempSync(join(tmpdir(), 'bb-empty-'));
    const meta = readActionMetadata(action);
    // Required inputs get a plausible value so the failure is about the empty workspace.
    const inputs = Object.fromEntries(Object.entries(meta.inputs ?? {}).filter(([, m]) => m.required).map(([n]) => [n, '127.0.0.1:5999/empty']));
    const run = await runAction(action, { workspace, inputs, node, timeoutMs: 120_000 });
    expect(run.exitCode, run.log).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors, run.log).toHaveLength(1);
    expect(errors[0]!.message).not.toMatch(/failed unexpectedly/);
    expect(hasStackTrace(run.log)).toBe(false);
  });

  it.each(ACTIONS.filter((a) => Object.values(readActionMetadata(a).inputs ?? {}).some((m) => m.required)))(
    '%s: a missing required input is named in one ::error',
    async (action) => {
      const workspace = mkdtempSync(join(tmpdir(), 'bb-empty-'));
      const required = Object.entries(readActionMetadata(action).inputs ?? {}).filter(([, m]) => m.required).map(([n]) => n);
      const run = await runAction(action, { workspace, node });
      expect(run.exitCode).toBe(1);
      const errors = run.annotations.filter((a) => a.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toContain(`Input "${required[0]}" is required`);
      expect(hasStackTrace(run.log)).toBe(false);
    },
  );
});
