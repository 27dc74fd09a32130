/**
 * PEP 440 satisfaction and PEP 508 marker applicability as the lock checkers use them: every
 * answer may be "cannot tell" (undefined), and the repeated questions of one lock are answered once.
 */
import { satisfies } from './pep440.js';
import { applicableSomewhere, environmentMatrix, type MarkerEnvironment } from './pep508.js';

/** Version/marker evaluation used by the checks (undefined = cannot tell). */
export interface VersionTools {
  satisfies(version: string, specifier: string): boolean | undefined;
  markerApplies?(marker: string, requiresPython: string | undefined, extras?: readonly string[]): boolean | undefined;
}

const matrixCache = new Map<string, MarkerEnvironment[]>();
// Locks repeat a few markers many times (`python_version < "3.11"` on a dozen edges): each answer once.
const appliesCache = new Map<string, boolean | undefined>();

/** PEP 440 satisfaction (pre-releases allowed) and PEP 508 applicability over the env matrix. */
export const versionTools: VersionTools = {
  satisfies(version, specifier) {
    try {
      return satisfies(version, specifier, { prereleases: true });
    } catch {
      return undefined;
    }
  },
  markerApplies(marker, requiresPython, extras) {
    const memo = `${requiresPython ?? ''}\0${extras?.join(',') ?? ''}\0${marker}`;
    if (appliesCache.has(memo)) return appliesCache.get(memo);
    const answer = markerAppliesInMatrix(marker, requiresPython, extras);
    appliesCache.set(memo, answer);
    return answer;
  },
};

/** Does the marker hold in some environment of the matrix for requiresPython (undefined: cannot tell)? */
function markerAppliesInMatrix(marker: string, requiresPython: string | undefined, extras?: readonly string[]): boolean | undefined {
  const key = requiresPython ?? '';
  let envs = matrixCache.get(key);
  if (!envs) {
    try {
      envs = environmentMatrix(requiresPython);
    } catch {
      envs = environmentMatrix();
    }
    matrixCache.set(key, envs);
  }
  try {
    return applicableSomewhere(marker, envs, extras ? { extras } : {});
  } catch {
    return undefined;
  }
}
