/**
 * Commit facts and OCI labels: SOURCE_DATE_EPOCH from the commit time, revision, source URL.
 */
import { run } from '../shared/exec.js';
import { rfc3339 } from './normalise.js';

export interface Commit {
  sha?: string;
  /** Unix seconds. */
  epoch: number;
  epochSource: 'git' | 'input' | 'env' | 'default';
  source?: string;
}

/** Remove credentials from a remote URL (https://user:token@host/… → https://host/…). */
export function stripCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}

/** git@github.com:acme/x.git → https://github.com/acme/x */
export function remoteToHttps(url: string): string {
  const scp = /^[^@/]+@([^:/]+):(.+?)(\.git)?$/.exec(url);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  return stripCredentials(url).replace(/\.git$/, '');
}

export async function readCommit(dir: string, fallbackEpoch?: string): Promise<Commit> {
  const git = async (...args: string[]): Promise<string | undefined> => {
    const r = await run('git', ['-C', dir, ...args], { timeoutMs: 30_000 });
    return r.code === 0 ? r.stdout.trim() : undefined;
  };
  // One git start-up for both (each is ~5–10 ms); the remote, when needed, beside it.
  const onGitHub = Boolean(process.env.GITHUB_SERVER_URL && process.env.GITHUB_REPOSITORY);
  const [head, remote] = await Promise.all([git('log', '-1', '--format=%ct%n%H'), onGitHub ? undefined : git('remote', 'get-url', 'origin')]);
  const [ct, headSha] = (head ?? '').split('\n');
  const sha = headSha || process.env.GITHUB_SHA || undefined;
  let epoch: number;
  let epochSource: Commit['epochSource'];
  if (ct && /^\d+$/.test(ct)) {
    epoch = Number(ct);
    epochSource = 'git';
  } else if (fallbackEpoch && /^\d+$/.test(fallbackEpoch)) {
    epoch = Number(fallbackEpoch);
    epochSource = 'input';
  } else if (process.env.SOURCE_DATE_EPOCH && /^\d+$/.test(process.env.SOURCE_DATE_EPOCH)) {
    epoch = Number(process.env.SOURCE_DATE_EPOCH);
    epochSource = 'env';
  } else {
    epoch = 0;
    epochSource = 'default';
  }
  let source: string | undefined;
  if (onGitHub) source = `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}`;
  else if (remote) source = remoteToHttps(remote);
  return { sha, epoch, epochSource, source };
}

export function imageLabels(commit: Commit, lockHash: string, manager: string): Record<string, string> {
  const labels: Record<string, string> = {
    'org.opencontainers.image.created': rfc3339(commit.epoch),
  };
  if (commit.sha) labels['org.opencontainers.image.revision'] = commit.sha;
  if (commit.source) labels['org.opencontainers.image.source'] = commit.source;
  labels['dev.blackbelt.lock-hash'] = lockHash;
  labels['dev.blackbelt.manager'] = manager;
  return labels;
}
