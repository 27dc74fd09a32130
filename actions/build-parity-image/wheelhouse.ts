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
 * Cache key: blackbelt-wheels-py<X.Y>-<platform>-<lockhash>; on a miss, the newest wheelhouse with the
 * same interpreter/platform prefix seeds it (restore key / local sibling), so a lock change downloads
 * only the wheels that changed, and the wheelhouse is then trimmed to this lock's. With ACTIONS_CACHE_URL or
 * ACTIONS_RESULTS_URL set, @actions/cache stores it; otherwise a local directory
 * (BLACKBELT_CACHE_DIR, else $XDG_CACHE_HOME/blackbelt, else ~/.cache/blackbelt).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '../shared/workflow.js';
import { UserError } from '../shared/errors.js';
import { run } from '../shared/exec.js';
import type { PythonEnvironment } from './environment.js';
import { requirementsText } from './locked.js';
import { platformKey } from './environment.js';

export const FIXED_MTIME = 315532800; // 1980-01-01, the zip epoch: deps inputs never depend on the commit

export interface HostPip {
  command: string;
  args: string[];
  version: string;
}

// Finding pip's module is ~4× faster than `python -m pip --version` (which imports pip's CLI).
const FIND_PIP = "import importlib.util as u\ns = u.find_spec('pip')\nprint(s.origin if s and s.origin else '')";

export async function findHostPip(): Promise<HostPip | undefined> {
  for (const python of ['python3', 'python']) {
    const r = await run(python, ['-c', FIND_PIP], { timeoutMs: 60_000 });
    const origin = r.code === 0 ? r.stdout.trim() : '';
    if (!origin) continue;
    let version = '?';
    try {
      version = /__version__\s*=\s*["']([^"']+)/.exec(readFileSync(origin, 'utf8'))?.[1] ?? '?';
    } catch {
      // version is informational only
    }
    return { command: python, args: ['-m', 'pip'], version };
  }
  const r = await run('pip3', ['--version'], { timeoutMs: 60_000 });
  if (r.code === 0) return { command: 'pip3', args: [], version: /pip (\S+)/.exec(r.stdout)?.[1] ?? '?' };
  return undefined;
}

/** Wheelhouses of one interpreter + platform share this prefix: a new lock starts from the last one. */
export function wheelCachePrefix(py: PythonEnvironment): string {
  return `blackbelt-wheels-py${py.env.python_version}-${platformKey(py)}-`;
}

export function wheelCacheKey(lockHash: string, py: PythonEnvironment): string {
  return `${wheelCachePrefix(py)}${lockHash}`;
}

/** The most recently written local wheelhouse with `prefix` other than `key`, if any. */
function newestSibling(root: string, prefix: string, key: string): string | undefined {
  if (!existsSync(root)) return undefined;
  const candidates = readdirSync(root)
    .filter((d) => d.startsWith(prefix) && d !== key)
    .map((d) => ({ d, t: statSync(join(root, d)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  return candidates[0]?.d;
}

export function localCacheRoot(): string {
  return process.env.BLACKBELT_CACHE_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'blackbelt');
}

function useActionsCache(): boolean {
  return Boolean(process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL);
}

export function pipDownloadArgs(py: PythonEnvironment, dest: string, requirementsFile: string): string[] {
  const impl = py.env.implementation_name === 'pypy' ? 'pp' : py.env.implementation_name === 'cpython' ? 'cp' : 'py';
  const argv = ['download', '--disable-pip-version-check', '--no-input', '--no-deps', '--require-hashes', '--only-binary=:all:', '--python-version', py.env.python_version, '--implementation', impl];
  for (const abi of py.abis) argv.push('--abi', abi);
  for (const p of py.platforms) argv.push('--platform', p);
  argv.push('-d', dest, '-r', requirementsFile);
  return argv;
}

export interface Wheelhouse {
  /** Directory holding exactly the selected wheels. */
  dir: string;
  key: string;
  /** hit: every wheel was cached; seeded: started from the wheelhouse of an earlier lock, fetched the rest. */
  cache: 'hit-local' | 'hit-actions' | 'seeded' | 'miss' | 'disabled';
  /** Key of the earlier wheelhouse a `seeded` one started from. */
  seededFrom?: string;
  /** Wheels downloaded by this run. */
  downloaded: number;
  files: string[];
  ms: number;
}

/**
 * sha256 of every wheel in `dir`, remembered in `dir/.sha256.json` by size and mtime so a warm
 * cache is not re-read (a few hundred MB of wheels take ~1 s to hash).
 */
export function wheelHashes(dir: string): Map<string, string> {
  const memoFile = join(dir, '.sha256.json');
  let memo: Record<string, { size: number; mtimeMs: number; sha256: string }> = {};
  try {
    memo = JSON.parse(readFileSync(memoFile, 'utf8')) as typeof memo;
  } catch {
    // no memo yet, or unreadable: hash everything
  }
  const out = new Map<string, string>();
  const next: typeof memo = {};
  let changed = false;
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.whl')) continue;
    const st = statSync(join(dir, f));
    const known = memo[f];
    const sha256 = known && known.size === st.size && known.mtimeMs === st.mtimeMs ? known.sha256 : createHash('sha256').update(readFileSync(join(dir, f))).digest('hex');
    if (sha256 !== known?.sha256) changed = true;
    next[f] = { size: st.size, mtimeMs: st.mtimeMs, sha256 };
    out.set(f, sha256);
  }
  if (changed || Object.keys(memo).length !== Object.keys(next).length) {
    try {
      writeFileSync(memoFile, JSON.stringify(next));
    } catch {
      // read-only cache: fine, just slower next time
    }
  }
  return out;
}

/** Wheels get the fixed mtime in the cache itself, so links into the build context carry it. */
function fixMtimes(dir: string): string {
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.whl')) continue;
    const path = join(dir, f);
    if (statSync(path).mtimeMs !== FIXED_MTIME * 1000) utimesSync(path, FIXED_MTIME, FIXED_MTIME);
  }
  return dir;
}

/**
 * Is there a local wheelhouse that can serve this lock without pip? `lockHash` alone (before the base
 * is probed): any interpreter's; with `py` and `packages`: this key's, covering every package.
 */
export function localWheelhouseReady(lockHash: string, py?: PythonEnvironment, packages?: Array<{ hashes: string[] }>): boolean {
  if (useActionsCache()) return false; // on GitHub the wheelhouse comes from @actions/cache, restored later
  const root = join(localCacheRoot(), 'wheels');
  try {
    if (!py) return readdirSync(root).some((d) => d.endsWith(lockHash));
    const dir = join(root, wheelCacheKey(lockHash, py));
    const present = new Set([...wheelHashes(dir).values()].map((h) => `sha256:${h}`));
    return present.size > 0 && coversAll(packages ?? [], present);
  } catch {
    return false; // no cache directory yet
  }
}

/** Every package has at least one of its locked hashes among the wheels. */
export function coversAll(packages: Array<{ hashes: string[] }>, present: Set<string>): boolean {
  return packages.every((p) => p.hashes.some((h) => present.has(h)));
}

/** Hard link (same inode: no copy, and the cache's fixed mtime comes along), else copy. */
function linkOrCopy(src: string, dst: string): void {
  try {
    linkSync(src, dst);
  } catch {
    copyFileSync(src, dst);
    utimesSync(dst, FIXED_MTIME, FIXED_MTIME);
  }
}

/**
 * Fetch (or restore) the wheelhouse for `requirementsFile`, then copy the wheels whose sha256 the
 * requirements list into `target` with a fixed mtime.
 */
export async function prepareWheelhouse(options: { pip: () => Promise<HostPip | undefined>; py: PythonEnvironment; lockHash: string; requirementsFile: string; packages: Array<{ name: string; version: string; hashes: string[] }>; target: string; cache: boolean; scratch: string }): Promise<Wheelhouse> {
  const started = Date.now();
  const key = wheelCacheKey(options.lockHash, options.py);
  const prefix = wheelCachePrefix(options.py);
  const actions = options.cache && useActionsCache();
  const localRoot = join(localCacheRoot(), 'wheels');
  // @actions/cache versions an entry by its path list: the path must be the same in every job (no
  // mkdtemp, no key in it), or nothing saved could ever be restored.
  const dir = !options.cache ? join(options.scratch, 'wheelhouse', key) : actions ? join(process.env.RUNNER_TEMP || tmpdir(), 'blackbelt-wheelhouse') : join(localRoot, key);
  if (actions) rmSync(dir, { recursive: true, force: true }); // nothing left from an earlier step
  mkdirSync(dir, { recursive: true });
  let cache: Wheelhouse['cache'] = options.cache ? 'miss' : 'disabled';
  let seededFrom: string | undefined;
  let downloaded = 0;
  if (actions) {
    try {
      const cacheModule = await import('@actions/cache');
      const matched = await cacheModule.restoreCache([dir], key, [prefix]);
      if (matched === key) cache = 'hit-actions';
      else if (matched) seededFrom = matched;
    } catch (e) {
      core.warning(`Wheel cache restore failed (continuing without it): ${(e as Error).message}`);
    }
  } else if (options.cache && !readdirSync(dir).some((f) => f.endsWith('.whl'))) {
    // A lock change usually moves a few packages: start from the last wheelhouse for this
    // interpreter and platform (hard links), so pip fetches only what is new.
    const sibling = newestSibling(localRoot, prefix, key);
    if (sibling) {
      for (const f of readdirSync(join(localRoot, sibling))) if (f.endsWith('.whl')) linkOrCopy(join(localRoot, sibling, f), join(dir, f));
      seededFrom = sibling;
    }
  }
  const wanted = new Set(options.packages.flatMap((p) => p.hashes));
  let wheels = wheelHashes(fixMtimes(dir)); // file name → sha256
  const present = new Set([...wheels.values()].map((h) => `sha256:${h}`));
  const missing = options.packages.filter((p) => !p.hashes.some((h) => present.has(h)));
  // Every locked package already has a hash-matching wheel here: no pip run at all. (The key pins
  // the interpreter and platform, so these are the wheels pip picked for this image.)
  if (options.cache && !missing.length && !seededFrom) {
    if (cache === 'miss') cache = 'hit-local';
  } else {
    if (seededFrom) cache = 'seeded';
    else if (cache !== 'disabled') cache = 'miss';
    // Ask pip only for what is missing: it would otherwise query the index for every locked
    // package (~0.1 s each) even when the wheel is already here.
    const requirements = missing.length === options.packages.length ? options.requirementsFile : join(options.scratch, 'requirements-missing.txt');
    if (requirements !== options.requirementsFile) writeFileSync(requirements, requirementsText(missing));
    const pip = missing.length ? await options.pip() : undefined;
    if (missing.length && !pip) {
      throw new UserError(`${missing.length} locked wheel(s) are not in the wheel cache (${missing.map((p) => p.name).join(', ')}) and there is no pip on the runner to download them.`, {
        title: 'wheelhouse incomplete',
        hint: 'Install Python with pip on the runner (actions/setup-python), or set cache: false to fetch the wheels inside the build.',
      });
    }
    const r = pip ? await run(pip.command, [...pip.args, ...pipDownloadArgs(options.py, dir, requirements)], { timeoutMs: 30 * 60_000 }) : { code: 0, stdout: '', stderr: '' };
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
    const before = wheels;
    wheels = wheelHashes(fixMtimes(dir));
    downloaded = [...wheels.keys()].filter((f) => !before.has(f)).length;
    // Keep exactly this lock's wheels: what a seed brought and the lock no longer wants goes.
    for (const [f, sha256] of wheels) {
      if (wanted.has(`sha256:${sha256}`)) continue;
      rmSync(join(dir, f));
      wheels.delete(f);
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
  for (const [f, sha256] of wheels) {
    if (!wanted.has(`sha256:${sha256}`)) continue;
    linkOrCopy(join(dir, f), join(options.target, f));
    files.push(f);
  }
  return { dir, key, cache, ...(seededFrom ? { seededFrom } : {}), downloaded, files, ms: Date.now() - started };
}
