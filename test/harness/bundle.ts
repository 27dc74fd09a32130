import { join } from 'node:path';
import { nccBundle } from '../../scripts/ncc-bundle.mjs';
import { REPO_ROOT } from './runtimes.js';

/** Bundle an action (or a test-only one) with the same ncc settings and checks as the release build. */
export function bundleForTest(entry: string, name: string): string {
  return nccBundle(entry, join(REPO_ROOT, '.lab', 'build', name));
}
