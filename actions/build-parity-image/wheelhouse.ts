/**
 * The wheelhouse: every locked wheel, fetched on the host (outside the build) for the image's
 * interpreter and platform, hash-checked by pip, cached on the lock hash.
 *
 *   pip download --no-deps --require-hashes --only-binary=:all: --python-version X.Y
 *                --implementation cp --abi … --platform … -d DIR -r requirements.txt
 *
 * Why always (not only when the build has no network): the build then needs no network at all
 * (it runs with --network none), the dependency layer's inputs are exactly the hashed wheels (clean
 * cache keys), and a CI cache of the wheelhouse is cheap. When the host has no pip, the caller
 * falls back to installing from the index inside the build.
 *
 * Cache key: blackbelt-wheels-<lockhash>-<pyX.Y>-<platform>. With ACTIONS_CACHE_URL or
 * ACTIONS_RESULTS_URL set, @actions/cache stores it; otherwise a local directory
 * (BLACKBELT_CACHE_DIR, else $XDG_CACHE_HOME/blackbelt, else ~/.cache/blackbelt).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import * as core from '../shared/workflow.js';
import { UserError } from '../shared/errors.js';
import { run } from '../shared/exec.js';
import type { PythonEnvironment } from './environment.js';
import { platformKey } from './environment.js';

export const FIXED_MTIME = 315532800; // 1980-01-01, the zip epoch: deps inputs never depend on the commit

export interface HostPip {
  command: string;
  args: string[];
  version: string;
}

export async function findHostPip(): Promise<HostPip | undefined> {
  for (const [command, args] of [
    ['python3', ['-m', 'pip']],
    ['python', ['-m', 'pip']],
    ['pip3', []],
  ] as Array<[string, string[]]>) {
    const r = await run(command, [...args, '--version'], { timeoutMs: 60_000 });
    if (r.code === 0) return { command, args, version: /pip (\S+)/.exec(r.stdout)?.[1] ?? '?' };
  }
  return undefined;
}

export function wheelCacheKey(lockHash: string, py: PythonEnvironment): string {
  return `blackbelt-wheels-${lockHash}-py${py.env.python_version}-${platformKey(py)}`;
}

export function localCacheRoot(): string {
  return process.env.BLACKBELT_CACHE_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'blackbelt');
}

function useActionsCache(): boolean {
  return Boolean(process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL);
}

export function pipDownloadArgs(py: PythonEnvironment, dest: string, requirementsFile: string, offline: boolean): string[] {
  const impl = py.env.implementation_name === 'pypy' ? 'pp' : py.env.implementation_name === 'cpython' ? 'cp' : 'py';
  const argv = ['download', '--disable-pip-version-check', '--no-input', '--no-deps', '--require-hashes', '--only-binary=:all:', '--python-version', py.env.python_version, '--implementation', impl];
  for (const abi of py.abis) argv.push('--abi', abi);
  for (const p of py.platforms) argv.push('--platform', p);
  argv.push('-d', dest, '-r', requirementsFile);
  if (offline) argv.push('--no-index', '--find-links', dest);
  return argv;
}

export interface Wheelhouse {
  /** Directory holding exactly the selected wheels. */
  dir: string;
  key: string;
  cache: 'hit-local' | 'hit-actions' | 'miss' | 'disabled';
  files: string[];
  ms: number;
}

function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Fetch (or restore) the wheelhouse for `requirementsFile`, then copy the wheels whose sha256 the
 * requirements list into `target` with a fixed mtime.
 */
export async function prepareWheelhouse(options: { pip: HostPip; py: PythonEnvironment; lockHash: string; requirementsFile: string; hashes: Set<string>; target: string; cache: boolean; scratch: string }): Promise<Wheelhouse> {
  const started = Date.now();
  const key = wheelCacheKey(options.lockHash, options.py);
  const actions = options.cache && useActionsCache();
  const dir = options.cache && !actions ? join(localCacheRoot(), 'wheels', key) : join(options.scratch, 'wheelhouse', key);
  mkdirSync(dir, { recursive: true });
  let cache: Wheelhouse['cache'] = options.cache ? 'miss' : 'disabled';
  if (actions) {
    try {
      const cacheModule = await import('@actions/cache');
      const hit = await cacheModule.restoreCache([dir], key);
      if (hit) cache = 'hit-actions';
    } catch (e) {
      core.warning(`Wheel cache restore failed (continuing without it): ${(e as Error).message}`);
    }
  }
  const pipRun = (offline: boolean): ReturnType<typeof run> => run(options.pip.command, [...options.pip.args, ...pipDownloadArgs(options.py, dir, options.requirementsFile, offline)], { timeoutMs: 30 * 60_000 });
  let complete = false;
  if (options.cache && readdirSync(dir).some((f) => f.endsWith('.whl'))) {
    const offline = await pipRun(true);
    complete = offline.code === 0;
    if (complete && cache === 'miss') cache = 'hit-local';
  }
  if (!complete) {
    if (cache !== 'disabled') cache = 'miss';
    const r = await pipRun(false);
    if (r.code !== 0) {
      const text = `${r.stdout}\n${r.stderr}`;
      const tail = text.trim().split('\n').filter((l) => /ERROR|error|No matching|hash/i.test(l)).slice(-6).join('\n') || text.trim().split('\n').slice(-6).join('\n');
      throw new UserError(`Downloading the locked wheels for python ${options.py.env.python_version} / ${platformKey(options.py)} failed:\n${tail}`, {
        title: 'wheelhouse download failed',
        hint: /No matching distribution|from versions: none/i.test(text)
          ? 'A locked package has no wheel for the image\'s Python/platform (sdist-only packages are not built in the image). Use a base image matching the lock, or publish a wheel.'
          : /DO NOT MATCH THE HASHES/i.test(text)
            ? 'A downloaded file does not match the lock\'s hash: the index served a different artifact. Re-lock, or check the index configuration.'
            : 'Check that the host can reach the package index (pip config / PIP_INDEX_URL).',
      });
    }
    if (actions) {
      try {
        const cacheModule = await import('@actions/cache');
        await cacheModule.saveCache([dir], key);
      } catch (e) {
        core.warning(`Wheel cache save failed (continuing): ${(e as Error).message}`);
      }
    }
  }
  mkdirSync(options.target, { recursive: true });
  const files: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.whl')) continue;
    const src = join(dir, f);
    if (!options.hashes.has(`sha256:${sha256File(src)}`)) continue;
    const dst = join(options.target, f);
    copyFileSync(src, dst);
    utimesSync(dst, FIXED_MTIME, FIXED_MTIME);
    files.push(f);
  }
  if (!existsSync(options.target)) mkdirSync(options.target);
  return { dir, key, cache, files, ms: Date.now() - started };
}
