import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
// @ts-expect-error -- plain ESM script without type declarations
import { renderReadme } from '../../scripts/gen-docs.mjs';
import { REPO_ROOT } from '../harness/runtimes.js';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const actions = ['verify-lockfile', 'build-parity-image'];

describe('README', () => {
  it('starts with the demo and test commands', () => {
    const head = readme.split('\n').slice(0, 30).join('\n');
    expect(head).toContain('npm run demo');
    expect(head).toContain('npm test');
  });

  it('has input/output tables in sync with every action.yml', () => {
    expect(renderReadme(readme)).toBe(readme);
    for (const action of actions) {
      const spec = parse(readFileSync(join(REPO_ROOT, 'actions', action, 'action.yml'), 'utf8')) as { inputs: object; outputs: object };
      const section = readme.slice(readme.indexOf(`<!-- action-docs:${action} -->`), readme.indexOf(`<!-- /action-docs:${action} -->`));
      for (const name of [...Object.keys(spec.inputs), ...Object.keys(spec.outputs)]) expect(section).toContain(`| \`${name}\` |`);
    }
  });

  it('.ci/run calls exactly the README test command', () => {
    const ci = readFileSync(join(REPO_ROOT, '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/^npm test$/m);
  });
});

describe('action metadata', () => {
  it.each(actions)('%s runs on node24 from its dist bundle and describes every input and output', (action) => {
    const spec = parse(readFileSync(join(REPO_ROOT, 'actions', action, 'action.yml'), 'utf8')) as {
      runs: { using: string; main: string };
      inputs: Record<string, { description?: string }>;
      outputs: Record<string, { description?: string }>;
    };
    expect(spec.runs).toEqual({ using: 'node24', main: `../../dist/${action}/index.js` });
    for (const [name, meta] of [...Object.entries(spec.inputs), ...Object.entries(spec.outputs)]) {
      expect(meta.description?.trim(), `${action}: ${name}`).toBeTruthy();
      expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
    }
  });
});
