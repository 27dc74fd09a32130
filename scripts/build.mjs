#!/usr/bin/env node
// Bundle each action (and the CLI) with @vercel/ncc into dist/<name>/index.js.
// Output must be byte-identical on rebuild: CI checks `git diff --exit-code dist/` after this.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nccBundle } from './ncc-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const actions = readdirSync(join(root, 'actions')).filter((d) => existsSync(join(root, 'actions', d, 'action.yml')));
const entries = [...actions.map((name) => ({ name, src: `actions/${name}/index.ts` })), { name: 'cli', src: 'actions/shared/cli.ts' }];
const only = process.argv.slice(2);

for (const { name, src } of entries) {
  if (only.length && !only.includes(name)) continue;
  try {
    nccBundle(src, join(root, 'dist', name), { license: true });
  } catch (e) {
    console.error(`dist/${name}: ${e.message}`);
    process.exit(1);
  }
  process.stdout.write(`built dist/${name}/index.js\n`);
}
