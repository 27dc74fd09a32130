import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleForTest } from './bundle.js';
import { hasStackTrace, parseAnnotations, runAction } from './run-action.js';
import { nodeRuntimes, REPO_ROOT } from './runtimes.js';

const probeDir = join(REPO_ROOT, 'test', 'harness', 'probe-action');

beforeAll(() => {
  bundleForTest('test/harness/probe-action/index.ts', 'probe-action');
});

describe.each(nodeRuntimes())('runner contract on $label ($version)', (node) => {
  const probe = (inputs: Record<string, string> = {}) => runAction('probe', { actionDir: probeDir, inputs, node });

  it('applies action.yml defaults and parses multi-line outputs, env, state and path', async () => {
    const run = await probe({ 'with space': 'spaced value' });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs.multiline).toBe('line one\nline two');
    expect(run.outputs.flag).toBe('true');
    expect(run.outputs.spaced).toBe('spaced value');
    expect(run.env.PROBE_ENV).toBe('a\nb');
    expect(run.state['probe-state']).toBe('saved');
    expect(run.path).toEqual(['/opt/probe/bin']);
    expect(run.summary).toContain('# Probe');
    expect(run.summary).toContain('pipe\\|cell');
  });

  it('caps error annotations at 10 per step, reserving one, and moves the rest to the summary', async () => {
    const run = await probe({ annotations: '25', warnings: '12' });
    const errors = run.annotations.filter((a) => a.level === 'error');
    const warnings = run.annotations.filter((a) => a.level === 'warning');
    expect(errors).toHaveLength(9);
    expect(warnings).toHaveLength(10);
    expect(errors[0]).toMatchObject({ file: 'a.txt', line: 1, title: 'E1', message: 'error number 1' });
    expect(run.summary).toContain('18 more finding(s) not shown as annotations');
    expect(run.summary).toContain('error number 25');
    expect(run.summary).toContain('warning number 12');
  });

  it('turns a user error into one annotation with file and line, no stack trace', async () => {
    const run = await probe({ throw: 'user' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toHaveLength(1);
    expect(run.annotations[0]).toMatchObject({ level: 'error', file: 'pyproject.toml', line: 7, title: 'bad thing' });
    expect(run.annotations[0]!.message).toBe('The thing is wrong.\nFix the thing.');
    expect(hasStackTrace(run.log)).toBe(false);
  });

  it.each(['error', 'string', 'undefined'])('turns a thrown %s into a failed step with a bug-report hint', async (kind) => {
    const run = await probe({ throw: kind });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toHaveLength(1);
    expect(run.annotations[0]!.message).toMatch(/failed unexpectedly: .*\n.*report it/);
    expect(hasStackTrace(run.log)).toBe(false);
  });

  it('reports a missing required input by name', async () => {
    const run = await probe({ throw: 'required' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]!.message).toContain('Input "required-thing" is required');
  });

  it('rejects an invalid boolean with a clear message', async () => {
    const run = await probe({ flag: 'maybe' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]!.message).toContain('Input "flag" must be true or false, got "maybe"');
  });
});

describe('annotation parsing', () => {
  it('decodes escaped properties and data', () => {
    const [a] = parseAnnotations('::error file=a%2Cb.txt,line=3,title=x%3Ay::50%25 done%0Anext\n');
    expect(a).toEqual({ level: 'error', file: 'a,b.txt', line: 3, title: 'x:y', message: '50% done\nnext' });
  });
});
