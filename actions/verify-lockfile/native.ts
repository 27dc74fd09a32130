import type { LockCheckResult, Manager } from '../shared/lockfile/types.js';

export type NativeMode = 'auto' | 'always' | 'never';

export interface NativeVerdict {
  command: string[];
  /** fresh / stale from the tool's exit code; `unavailable` when it could not run. */
  verdict: 'fresh' | 'stale' | 'unavailable';
  exitCode: number;
  /** The tool's own words (first lines), for the summary. */
  output: string;
}

/** The manager's own freshness check, run offline where the tool allows it. */
export function nativeCommand(manager: Manager, lockfileName: string): string[] | undefined {
  switch (manager) {
    case 'uv':
      return ['uv', 'lock', '--check', '--offline'];
    case 'poetry':
      return ['poetry', 'check', '--lock'];
    case 'pdm':
      return ['pdm', 'lock', '--check', ...(lockfileName === 'pdm.lock' ? [] : ['--lockfile', lockfileName])];
    case 'pipenv':
      return ['pipenv', 'verify'];
    default:
      // pip-compile has no check mode (pip-tools#882) and would need the index; pylock has no standard check.
      return undefined;
  }
}

/** The command that rewrites the lock, for the tool version that wrote it. */
export function nativeFix(manager: Manager, toolVersion?: string): string | undefined {
  switch (manager) {
    case 'uv':
      return 'uv lock';
    case 'poetry':
      return /^1\./.test(toolVersion ?? '') ? 'poetry lock --no-update' : 'poetry lock';
    case 'pdm':
      return 'pdm lock';
    case 'pipenv':
      return 'pipenv lock';
    default:
      return undefined;
  }
}

/** The tool's most telling line: its verdict, not the interpreter banner it prints first. */
export function verdictLine(output: string): string {
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /needs to be updated|out of date|not consistent|changed significantly|outdated|mismatch|error/i.test(l)) ?? lines[0] ?? '';
}

/**
 * What each tool prints when the lock is out of date. A non-zero exit alone is no verdict: a tool that
 * crashed (a Python traceback), was too old for the flag (exit 2, usage), was killed, or could not
 * resolve offline (uv: "No solution found … network was disabled") says nothing about the lock.
 */
const STALE_OUTPUT: Partial<Record<Manager, RegExp>> = {
  // uv lock --check: "The lockfile at `uv.lock` needs to be updated, but `--check` was provided."
  uv: /needs to be updated/i,
  // Poetry 1.x and 2.x: "pyproject.toml changed significantly since poetry.lock was last generated";
  // before 1.6: "poetry.lock is not consistent with pyproject.toml".
  poetry: /changed significantly since|not consistent with pyproject/i,
  // pdm lock --check: "Lockfile doesn't satisfy the project requirements"; older: "Lock file hash doesn't match".
  pdm: /doesn'?t satisfy the project|hash doesn'?t match|may be outdated|not up[ -]to[ -]date/i,
  // pipenv verify: "Pipfile.lock is out-of-date. Run $ pipenv lock to update." (older: "… out of date")
  pipenv: /out[ -]of[ -]date/i,
};

/** The verdict a native check's exit code and output support. */
export function nativeVerdict(manager: Manager, exitCode: number, output: string): NativeVerdict['verdict'] {
  if (exitCode === 0) return 'fresh';
  return STALE_OUTPUT[manager]?.test(output) ? 'stale' : 'unavailable';
}

export function shouldRunNative(mode: NativeMode, result: LockCheckResult): boolean {
  if (mode === 'never') return false;
  if (mode === 'always') return true;
  return result.freshness === 'inconclusive';
}

export async function runNativeCheck(manager: Manager, projectDir: string, lockfileName: string): Promise<NativeVerdict | undefined> {
  const command = nativeCommand(manager, lockfileName);
  if (!command) return undefined;
  // Loaded here, not at start-up: child_process costs every run a few ms, and most never spawn.
  const { onPath, run } = await import('../shared/exec.js');
  if (!(await onPath(command[0]!))) {
    return { command, verdict: 'unavailable', exitCode: 127, output: `${command[0]} is not on PATH` };
  }
  const result = await run(command[0]!, command.slice(1), {
    cwd: projectDir,
    timeoutMs: 120_000,
    // Keep the tools offline and quiet; never let them prompt.
    env: { ...process.env, UV_OFFLINE: '1', PIPENV_NOSPIN: '1', PIPENV_YES: '1', NO_COLOR: '1', PDM_CHECK_UPDATE: 'false', POETRY_NO_INTERACTION: '1' },
  });
  const output = (result.stdout + '\n' + result.stderr)
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean)
    .slice(0, 12)
    .join('\n');
  if (result.timedOut) return { command, verdict: 'unavailable', exitCode: result.code, output: `timed out after 120 s\n${output}` };
  const verdict = nativeVerdict(manager, result.code, result.stdout + '\n' + result.stderr);
  if (verdict !== 'unavailable') return { command, verdict, exitCode: result.code, output };
  // Crashed, killed or refused the arguments: no verdict. Say how, with the tool's most telling line.
  const how = result.code >= 128 ? 'was killed' : `exited ${result.code} without saying the lock is out of date`;
  return { command, verdict, exitCode: result.code, output: `${command[0]} ${how}${output ? `: ${verdictLine(output)}` : ''}\n${output}`.trimEnd() };
}
