import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { ProjectInput } from '../../../actions/shared/lockfile/types.js';

export const REPO = resolve(dirname(new URL(import.meta.url).pathname), '../../..');
export const FIXTURES = join(REPO, 'test/fixtures/lockfiles');

export interface FixtureEntry {
  manager: string;
  dir: string;
  lockfile: string[];
  tool_version?: string;
  bad?: boolean;
}

/** Fixtures from MANIFEST.json for the given managers whose lockfile is present. */
export function fixtures(managers: string[], lockName: (f: FixtureEntry) => string | undefined): { entry: FixtureEntry; lockfile: string }[] {
  let manifest: { fixtures?: FixtureEntry[] };
  try {
    manifest = JSON.parse(readFileSync(join(FIXTURES, 'MANIFEST.json'), 'utf8')) as { fixtures?: FixtureEntry[] };
  } catch {
    return [];
  }
  const out: { entry: FixtureEntry; lockfile: string }[] = [];
  for (const f of manifest.fixtures ?? []) {
    if (!managers.includes(f.manager) || f.bad) continue;
    const name = lockName(f);
    if (!name) continue;
    const lockfile = join(FIXTURES, f.dir, name);
    if (existsSync(lockfile)) out.push({ entry: f, lockfile });
  }
  return out;
}

/** A temp project with the given files; returns a ProjectInput for `lock`. */
export function project(files: Record<string, string>, lock: string, requireHashes = true): ProjectInput {
  const dir = mkdtempSync(join(tmpdir(), 'bb-lock-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return { workspace: dir, dir, lockfile: join(dir, lock), requireHashes };
}

export const SHA = 'a'.repeat(64);

/** An edit of a sample file: replace `from` (which must occur) by `to`. */
export type Edit = [file: string, from: string | RegExp, to: string];

/** A temp copy of a sample folder with the edits applied; each edit must change its file. */
export function editedCopy(sample: string, edits: Edit[], prefix = 'bb-sample-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(sample, dir, { recursive: true });
  for (const [file, from, to] of edits) {
    const p = join(dir, file);
    const text = readFileSync(p, 'utf8');
    const next = text.replace(from, to);
    if (next === text) throw new Error(`edit of ${file} did not apply: ${String(from)}`);
    writeFileSync(p, next);
  }
  return dir;
}
