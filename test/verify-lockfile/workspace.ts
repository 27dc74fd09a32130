import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/runtimes.js';

export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'lockfiles');

export interface FixtureEntry {
  project: string;
  manager: string;
  dir: string;
  tool: string;
  tool_version: string;
  manifest: string[];
  lockfile: string[];
  native_check: string[] | null;
  /** Environment the native check needs (e.g. UV_EXCLUDE_NEWER the lock was written with). */
  native_check_env?: Record<string, string>;
  /** A deliberately broken fixture (e.g. credentials in an index URL). */
  bad?: boolean;
  packages?: number;
}

export function fixtureManifest(): FixtureEntry[] {
  return (JSON.parse(readFileSync(join(FIXTURES, 'MANIFEST.json'), 'utf8')) as { fixtures: FixtureEntry[] }).fixtures;
}

/** A fresh workspace holding a copy of one fixture project under `project/`. */
export function workspaceWithFixture(dir: string): { workspace: string; project: string } {
  const workspace = mkdtempSync(join(tmpdir(), 'bb-ws-'));
  const project = join(workspace, 'project');
  cpSync(join(FIXTURES, dir), project, { recursive: true });
  return { workspace, project };
}

export function editFile(path: string, edit: (text: string) => string): void {
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`edit of ${path} changed nothing`);
  writeFileSync(path, after);
}
