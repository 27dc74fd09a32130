import { basename } from 'node:path';
import { manifestCredentialFindings, mergeFindings } from './credentials.js';
import { isGeneratedRequirements } from './detect.js';
import { checkPdm } from './pdm.js';
import { checkPipenv } from './pipenv.js';
import { checkPoetry } from './poetry.js';
import { checkPylock } from './pylock.js';
import { checkRequirements } from './requirements.js';
import { checkUv } from './uv.js';
import type { LockCheckResult, Manager, ProjectInput } from './types.js';

export { detectLockfiles, manifestWithoutLock } from './detect.js';

type Checker = (input: ProjectInput) => Promise<LockCheckResult> | LockCheckResult;

const CHECKERS: Record<Manager, Checker> = {
  poetry: checkPoetry,
  uv: (input) => checkUv(input),
  'pip-tools': checkRequirements,
  pdm: checkPdm,
  pipenv: checkPipenv,
  pylock: checkPylock,
};

/** Check one lockfile with the checker for its manager. */
export async function checkLockfile(manager: Manager, input: ProjectInput): Promise<LockCheckResult> {
  const result = await CHECKERS[manager](input);
  if (result.manifest) result.findings = mergeFindings(result.findings, manifestCredentialFindings(result.manifest, input.workspace));
  return result;
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
