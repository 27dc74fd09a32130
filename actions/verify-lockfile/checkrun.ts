import { readFileSync } from 'node:fs';
import * as core from '../shared/workflow.js';
import type { Finding } from '../shared/lockfile/types.js';

/** GitHub accepts at most 50 annotations per check-run request; more go in follow-up updates. */
const ANNOTATIONS_PER_REQUEST = 50;
/** An API that accepts the connection and never answers must not hold the job (fetch waits 5 min). */
const REQUEST_TIMEOUT_MS = 15_000;

export interface CheckRunInput {
  token: string;
  name: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  findings: Finding[];
}

/**
 * Head commit of the pull request this workflow runs for: undefined when it is not a PR, or the
 * reason the event payload could not give it (the check run cannot be published; say why).
 */
export function pullRequestHeadSha(): string | { unreadable: string } | undefined {
  const event = process.env.GITHUB_EVENT_NAME ?? '';
  if (!['pull_request', 'pull_request_target', 'merge_group'].includes(event)) return undefined;
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return { unreadable: 'GITHUB_EVENT_PATH is not set' };
  let payload: { pull_request?: { head?: { sha?: unknown } }; merge_group?: { head_sha?: unknown } } | null;
  try {
    payload = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return { unreadable: `the event payload ${path} could not be read (${(e as Error).message.split('\n')[0]})` };
  }
  const sha = payload?.pull_request?.head?.sha ?? payload?.merge_group?.head_sha;
  if (typeof sha === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha)) return sha;
  return { unreadable: `the ${event} event payload ${path} names no head commit` };
}

function toCheckAnnotation(f: Finding) {
  const where = f.lock?.file ? f.lock : f.manifest;
  const details = [f.message, f.expected !== undefined ? `expected: ${f.expected}` : '', f.found !== undefined ? `found: ${f.found}` : '', f.fix ? `fix: ${f.fix}` : '']
    .filter(Boolean)
    .join('\n');
  return {
    path: where?.file ?? '.',
    start_line: where?.line ?? 1,
    end_line: where?.endLine ?? where?.line ?? 1,
    annotation_level: f.severity === 'error' ? ('failure' as const) : f.severity === 'warning' ? ('warning' as const) : ('notice' as const),
    title: f.package ? `${f.class}: ${f.package}` : f.class,
    message: details,
  };
}

/** Why the API refused (or could not be reached), in words that point at the right fix. */
function whyNotPublished(e: unknown, baseUrl: string): string {
  const err = e as { status?: number; message?: string; response?: unknown; name?: string };
  const detail = (err.message ?? String(e)).split('\n')[0]!.slice(0, 200);
  // Octokit answers 500 for a request that never got a response (refused, DNS, timeout): no `response`.
  if (!err.response) {
    const timedOut = err.name === 'TimeoutError' || /timeout|aborted/i.test(detail);
    return `the GitHub API at ${baseUrl} ${timedOut ? `did not answer within ${REQUEST_TIMEOUT_MS / 1000} s` : `could not be reached (${detail})`}.`;
  }
  if (err.status === 401) return `the github-token was rejected (HTTP 401: ${detail}).`;
  if (err.status === 403 || err.status === 404) {
    return `HTTP ${err.status} (${detail}): the workflow needs \`permissions: checks: write\` (fork pull requests never get it).`;
  }
  return `the GitHub API at ${baseUrl} answered HTTP ${err.status ?? '?'} (${detail}).`;
}

/**
 * Publish the findings as a named check run on the PR head commit, so branch protection can require
 * it. Never fails the step: without a token or `checks: write`, say so and rely on job annotations.
 */
export async function publishCheckRun(input: CheckRunInput): Promise<'published' | 'skipped' | 'denied'> {
  const headSha = pullRequestHeadSha();
  if (!headSha) return 'skipped';
  if (typeof headSha !== 'string') {
    core.notice(`The "${input.name}" check run was not published: ${headSha.unreadable}. Findings are in this job's annotations.`);
    return 'skipped';
  }
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!input.token || !owner || !repo) {
    core.notice(`No github-token: the "${input.name}" check run was not published; findings are in this job's annotations.`);
    return 'skipped';
  }
  const baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
  const annotations = input.findings.filter((f) => f.lock?.file || f.manifest?.file).map(toCheckAnnotation);
  const output = (batch: ReturnType<typeof toCheckAnnotation>[]) => ({ title: input.title, summary: input.summary.slice(0, 65_000), annotations: batch });
  // Per request (merged deeply), so the proxy-aware fetch @actions/github sets up is kept.
  const request = () => ({ signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  try {
    // Loaded only here: octokit is a large share of the bundle and most runs are not pull requests.
    // Inside the try: loading it reads GITHUB_API_URL and throws on a malformed one.
    const { getOctokit } = await import('@actions/github');
    const octokit = getOctokit(input.token, { baseUrl });
    const created = await octokit.rest.checks.create({
      request: request(),
      owner,
      repo,
      name: input.name,
      head_sha: headSha,
      status: 'completed',
      conclusion: input.conclusion,
      output: output(annotations.slice(0, ANNOTATIONS_PER_REQUEST)),
    });
    for (let i = ANNOTATIONS_PER_REQUEST; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
      await octokit.rest.checks.update({ owner, repo, check_run_id: created.data.id, output: output(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST)), request: request() });
    }
    core.info(`Published check run "${input.name}" (${input.conclusion}) on ${headSha.slice(0, 12)}.`);
    return 'published';
  } catch (e) {
    core.notice(`Could not publish the "${input.name}" check run: ${whyNotPublished(e, baseUrl)} Findings are reported as job annotations instead.`);
    return 'denied';
  }
}
