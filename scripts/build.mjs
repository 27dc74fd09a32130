#!/usr/bin/env node
// Bundle each action (and the CLI) with @vercel/ncc into dist/<name>/index.js.
// Output must be byte-identical on rebuild: CI checks `git diff --exit-code dist/` after this.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const actions = readdirSync(join(root, 'actions')).filter((d) => existsSync(join(root, 'actions', d, 'action.yml')));
const entries = [...actions.map((name) => ({ name, src: `actions/${name}/index.ts` })), { name: 'cli', src: 'actions/shared/cli.ts' }];
const only = process.argv.slice(2);
const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');

for (const { name, src } of entries) {
  if (only.length && !only.includes(name)) continue;
  const out = join(root, 'dist', name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [ncc, 'build', src, '-o', out, '--license', 'licenses.txt', '--quiet', '--transpile-only', '--target', 'es2022'], {
    cwd: root,
    stdio: 'inherit',
  });
  // ncc turns an unresolvable import into a runtime `require` that crashes only when executed.
  const bundle = readFileSync(join(out, 'index.js'), 'utf8');
  const missing = [...bundle.matchAll(/@@notfound\.js\?([^\s"']+)/g)].map((m) => m[1]);
  if (missing.length) {
    console.error(`dist/${name}: unresolved imports ${[...new Set(missing)].join(', ')}`);
    process.exit(1);
  }
  // ncc already marks the folder as ESM; write it ourselves so the bundle never depends on that.
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  process.stdout.write(`built dist/${name}/index.js\n`);
}
