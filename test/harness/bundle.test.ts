import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nccBundle } from '../../scripts/ncc-bundle.mjs';
import { REPO_ROOT } from './runtimes.js';

describe('ncc bundling (release build and test bundles)', () => {
  it('refuses a bundle with an import ncc could not resolve (it would crash only when run)', () => {
    const src = join(REPO_ROOT, '.lab', 'build', 'unresolved-src');
    mkdirSync(src, { recursive: true });
    writeFileSync(join(src, 'entry.ts'), "import { x } from 'blackbelt-no-such-package';\nconsole.log(x);\n");
    expect(() => nccBundle(join(src, 'entry.ts'), join(REPO_ROOT, '.lab', 'build', 'unresolved-out'))).toThrow(/unresolved imports blackbelt-no-such-package/);
  }, 60_000);

  it('bundles a resolvable entry into an ESM folder', () => {
    const src = join(REPO_ROOT, '.lab', 'build', 'resolved-src');
    mkdirSync(src, { recursive: true });
    writeFileSync(join(src, 'entry.ts'), "import { join } from 'node:path';\nconsole.log(join('a', 'b'));\n");
    const bundle = nccBundle(join(src, 'entry.ts'), join(REPO_ROOT, '.lab', 'build', 'resolved-out'));
    expect(bundle).toMatch(/resolved-out\/index\.js$/);
  }, 60_000);
});
