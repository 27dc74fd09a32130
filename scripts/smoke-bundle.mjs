#!/usr/bin/env node
// Execute a bundle with no inputs in an empty workspace, the way the runner would, and require a
// clean failure or success — never a module-loading crash (ncc can emit bundles that do not load).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const bundle = resolve(process.argv[2]);
const dir = mkdtempSync(join(tmpdir(), 'bb-smoke-'));
const summary = join(dir, 'summary');
const output = join(dir, 'output');
writeFileSync(summary, '');
writeFileSync(output, '');
const args = bundle.includes('/cli/') ? [bundle, '--help'] : [bundle];
const r = spawnSync(process.execPath, args, {
  cwd: dir,
  encoding: 'utf8',
  env: { PATH: process.env.PATH, GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, BLACKBELT_NO_PULL: '1' },
  timeout: 60_000,
});
const text = `${r.stdout}\n${r.stderr}`;
const crashed = /ReferenceError|SyntaxError|ERR_MODULE_NOT_FOUND|Cannot find module|require is not defined/.test(text) || r.signal;
if (crashed) {
  console.error(`${bundle}: did not load cleanly (exit ${r.status}, signal ${r.signal})\n${text}`);
  process.exit(1);
}
console.log(`${bundle}: loads and runs (exit ${r.status})`);
