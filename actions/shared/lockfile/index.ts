import { basename } from 'node:path';
import { manifestCredentialFindings, mergeFindings } from './credentials.js';
import type { LockCheckResult, Manager, ProjectInput } from './types.js';

export { detectLockfiles, manifestWithoutLock } from './detect.js';

type Checker = (input: ProjectInput) => Promise<LockCheckResult> | LockCheckResult;

/**
 * Each checker is imported when a lockfile of its format is found: a bundle chunk per format, so a
 * run compiles only the code for the formats it checks (most of the bundle is the six checkers, and
 * compiling it is a good part of a cold start).
 */
const CHECKERS: Record<Manager, () => Promise<Checker>> = {
  poetry: async () => (await import('./poetry.js')).checkPoetry,
  uv: async () => {
    const { checkUv } = await import('./uv.js');
    return (input) => checkUv(input);
  },
  'pip-tools': async () => (await import('./requirements.js')).checkRequirements,
  pdm: async () => (await import('./pdm.js')).checkPdm,
  pipenv: async () => (await import('./pipenv.js')).checkPipenv,
  pylock: async () => (await import('./pylock.js')).checkPylock,
};

/** Check one lockfile with the checker for its manager. */
export async function checkLockfile(manager: Manager, input: ProjectInput): Promise<LockCheckResult> {
  const check = await CHECKERS[manager]();
  const result = await check(input);
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
  // A requirements file no tool's header claims is still checked for pins and hashes.
  if (name.endsWith('.txt')) return 'pip-tools';
  return undefined;
}
