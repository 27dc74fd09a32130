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
  for (const f of readdirSync(out).filter((n) => n.endsWith('.js'))) writeFileSync(join(out, f), asciiOnly(readFileSync(join(out, f), 'utf8')));
  // ncc already marks the folder as ESM; write it ourselves so the bundle never depends on that.
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  return bundle;
}

/**
 * The bundle with every non-ASCII character written as a \uXXXX escape. A source with a single
 * non-ASCII character becomes a two-byte string for the whole file (decoded and scanned at twice the
 * width) on every cold start; escaped, it loads as Latin-1. The escapes mean the same in strings,
 * templates, regular expressions, identifiers and comments — not inside String.raw templates, whose
 * text is kept as written.
 */
export function asciiOnly(code) {
  const escape = (text) => text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  let out = '';
  let last = 0;
  for (const m of code.matchAll(/String\.raw\s*`(?:[^`\\]|\\[\s\S])*`/g)) {
    out += escape(code.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + escape(code.slice(last));
}
