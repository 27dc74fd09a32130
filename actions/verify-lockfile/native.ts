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
  return { command, verdict: result.code === 0 ? 'fresh' : 'stale', exitCode: result.code, output };
}
