#!/usr/bin/env node
// Execute a bundle with no inputs in an empty workspace, the way the runner would, and require a
// clean failure or success — never a module-loading crash (ncc can emit bundles that do not load).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

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

// verify-lockfile's checkers are chunks imported when a lockfile of their format is found; the empty
// workspace above loads none of them. Check a small real project of every format through the bundle.
const kind = basename(dirname(bundle));
const fixtures = join(dirname(bundle), '..', '..', 'test', 'fixtures', 'lockfiles');
if ((kind === 'verify-lockfile' || kind === 'cli') && existsSync(join(fixtures, 'gitdep'))) {
  const projects = readdirSync(join(fixtures, 'gitdep')).sort();
  for (const project of projects) {
    const out = join(dir, `output-${project}`);
    writeFileSync(out, '');
    const run =
      kind === 'cli'
        ? spawnSync(process.execPath, [bundle, 'verify-lockfile', '--working-directory', join(fixtures, 'gitdep', project), '--native-check', 'never'], { cwd: fixtures, encoding: 'utf8', env: { PATH: process.env.PATH, RUNNER_TEMP: dir }, timeout: 60_000 })
        : spawnSync(process.execPath, [bundle], {
            cwd: fixtures,
            encoding: 'utf8',
            env: { PATH: process.env.PATH, GITHUB_WORKSPACE: fixtures, RUNNER_TEMP: dir, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: out, 'INPUT_WORKING-DIRECTORY': `gitdep/${project}`, 'INPUT_NATIVE-CHECK': 'never' },
            timeout: 60_000,
          });
    const log = `${run.stdout}\n${run.stderr}`;
    const outputs = kind === 'cli' ? log : readFileSync(out, 'utf8');
    // The package count comes from the format's checker: it ran, so its chunk loaded.
    const packages = Number(/packages(?:<<(\S+)\n| = |=)(\d+)/.exec(outputs)?.[2] ?? 0);
    if (run.signal || run.status === null || run.status > 1 || !(packages > 0) || /ERR_MODULE_NOT_FOUND|Cannot find module|SyntaxError|ReferenceError/.test(log)) {
      console.error(`${bundle}: gitdep/${project} did not check cleanly (exit ${run.status}, signal ${run.signal}, packages ${packages})\n${log}`);
      process.exit(1);
    }
  }
  console.log(`${bundle}: checks a project of every format (${projects.join(', ')})`);
}
