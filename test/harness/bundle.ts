import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './runtimes.js';

/** Bundle a test-only action with the same ncc settings as the real ones. */
export function bundleForTest(entry: string, name: string): string {
  const out = join(REPO_ROOT, '.lab', 'build', name);
  mkdirSync(out, { recursive: true });
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', entry, '-o', out, '--quiet', '--transpile-only', '--target', 'es2022'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  const bundle = join(out, 'index.js');
  if (!existsSync(bundle)) throw new Error(`ncc produced no ${bundle}`);
  return bundle;
}
