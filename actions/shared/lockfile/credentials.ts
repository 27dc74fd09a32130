import { readFileSync } from 'node:fs';
import { findUrlCredentials } from './names.js';
import { relPath } from './toml.js';
import type { Finding } from './types.js';

// Group 1 is the URL. A match may only start where a run of scheme characters starts (the lookbehind),
// else every letter of a long run restarts the scan: quadratic, minutes on a 1 MB line (fuzz regression).
const URL_IN_TEXT = /(?<![A-Za-z0-9+.-])[0-9+.-]*([A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s"'<>`]+)/g;

/**
 * Credentials written into any URL of a manifest (index/source tables of pyproject.toml, Pipfile
 * `[[source]]`, `--index-url` lines of requirements.in). Lock checkers only see URLs the lock uses;
 * an index declared but unused still leaks its token to everyone who can read the repository.
 */
export function manifestCredentialFindings(manifest: string, workspace: string, fix?: string): Finding[] {
  let text: string;
  try {
    text = readFileSync(manifest, 'utf8');
  } catch {
    return [];
  }
  const findings: Finding[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Credentials sit in userinfo (`user:token@`) or the query (`?token=`): most URL lines have neither.
    if (!line.includes('://') || (!line.includes('@') && !line.includes('?')) || /^\s*#/.test(line)) continue;
    for (const match of line.matchAll(URL_IN_TEXT)) {
      const cred = findUrlCredentials(match[1]!);
      if (!cred) continue;
      findings.push({
        class: 'credentials-in-url',
        severity: 'error',
        message: `A URL in ${relPath(workspace, manifest)} carries credentials (${cred.kind}): ${cred.masked}. Anyone who can read the repository can use them.`,
        found: cred.masked,
        expected: 'a URL without credentials; pass them through the tool\'s environment variables or keyring',
        manifest: { file: relPath(workspace, manifest), line: i + 1 },
        fix: fix ?? 'Remove the credentials from the URL, rotate the token, and provide it via the CI secret store (e.g. UV_INDEX_<NAME>_PASSWORD, POETRY_HTTP_BASIC_<NAME>_PASSWORD, PIP_INDEX_URL).',
      });
    }
  }
  return findings;
}

/** Add manifest findings that the lock checker did not already report at the same place. */
export function mergeFindings(existing: Finding[], extra: Finding[]): Finding[] {
  const key = (f: Finding) => `${f.class}|${f.manifest?.file ?? ''}|${f.manifest?.line ?? ''}|${f.found ?? ''}`;
  const seen = new Set(existing.map(key));
  return [...existing, ...extra.filter((f) => !seen.has(key(f)))];
}
