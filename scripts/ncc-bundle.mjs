// One ncc invocation for the release bundles (scripts/build.mjs) and the test bundles
// (test/harness/bundle.ts), so both get the same settings and the same checks.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');

// What ncc writes for an import it could not resolve, in ESM and in CommonJS output, in any chunk.
const UNRESOLVED = /@@notfound\.js\?([^\s"']+)|eval\("require"\)\("([^"]+)"\)/g;

/**
 * Bundle `src` (relative to the repo root) into `out`/index.js. Throws when ncc left an import
 * unresolved: it emits a runtime `require` that crashes only when that code is executed.
 */
export function nccBundle(src, out, { license = false } = {}) {
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [ncc, 'build', src, '-o', out, ...(license ? ['--license', 'licenses.txt'] : []), '--quiet', '--transpile-only', '--target', 'es2022'], {
    cwd: root,
    stdio: 'inherit',
  });
  const bundle = join(out, 'index.js');
  if (!existsSync(bundle)) throw new Error(`ncc produced no ${bundle}`);
  const missing = readdirSync(out)
    .filter((f) => f.endsWith('.js'))
    .flatMap((f) => [...readFileSync(join(out, f), 'utf8').matchAll(UNRESOLVED)].map((m) => m[1] ?? m[2]));
  if (missing.length) throw new Error(`${bundle}: unresolved imports ${[...new Set(missing)].join(', ')}`);
  // ncc already marks the folder as ESM; write it ourselves so the bundle never depends on that.
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  return bundle;
}
