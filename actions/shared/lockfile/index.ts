import { basename } from 'node:path';
import { UserError } from '../errors.js';
import { isGeneratedRequirements } from './detect.js';
import { checkPoetry } from './poetry.js';
import type { LockCheckResult, Manager, ProjectInput } from './types.js';

export { detectLockfiles, manifestWithoutLock } from './detect.js';

type Checker = (input: ProjectInput) => Promise<LockCheckResult> | LockCheckResult;

const CHECKERS: Partial<Record<Manager, Checker>> = {
  poetry: checkPoetry,
};

/** Check one lockfile with the checker for its manager. */
export async function checkLockfile(manager: Manager, input: ProjectInput): Promise<LockCheckResult> {
  const checker = CHECKERS[manager];
  if (!checker) {
    throw new UserError(`Checking ${manager} lockfiles is not supported yet.`, { title: 'unsupported manager' });
  }
  return checker(input);
}

/** Guess the manager from a lockfile's name (and, for requirements files, its header). */
export function managerForPath(path: string): Manager | undefined {
  const name = basename(path);
  if (name === 'uv.lock') return 'uv';
  if (name === 'poetry.lock') return 'poetry';
  if (name === 'pdm.lock') return 'pdm';
  if (name === 'Pipfile.lock') return 'pipenv';
  if (/^pylock(\.[^.]+)?\.toml$/.test(name)) return 'pylock';
  if (name.endsWith('.txt') && isGeneratedRequirements(path)) return 'pip-tools';
  if (name.endsWith('.txt')) return 'pip-tools';
  return undefined;
}
