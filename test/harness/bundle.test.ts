import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asciiOnly, nccBundle } from '../../scripts/ncc-bundle.mjs';
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

  it('writes bundles in ASCII (a cold start decodes and scans a one-byte string) that mean what the source says', () => {
    const src = join(REPO_ROOT, '.lab', 'build', 'ascii-src');
    mkdirSync(src, { recursive: true });
    writeFileSync(
      join(src, 'entry.ts'),
      'const arrow = "a → b ≥ 😀";\nconst re = /[≥≤]/u;\nconst raw = String.raw`keep → \\n as written`;\n// a comment — with a dash\nconsole.log(JSON.stringify([arrow, re.test("≤"), re.test("a"), raw, `é${1}`]));\n',
    );
    const bundle = nccBundle(join(src, 'entry.ts'), join(REPO_ROOT, '.lab', 'build', 'ascii-out'));
    const text = readFileSync(bundle, 'utf8');
    expect(text.replace(/String\.raw\s*`[^`]*`/g, '')).not.toMatch(/[\u0080-\uffff]/);
    expect(text).toContain('String.raw `keep → \\n as written`');
    expect(JSON.parse(execFileSync(process.execPath, [bundle], { encoding: 'utf8' }))).toEqual(['a → b ≥ 😀', true, false, 'keep → \\n as written', 'é1']);
    expect(asciiOnly('x = "ü"; y = String.raw`ü`')).toBe('x = "\\u00fc"; y = String.raw`ü`');
  }, 60_000);
});
