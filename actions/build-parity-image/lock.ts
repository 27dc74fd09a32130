/**
 * Finding and parsing the project's lock for the image: uses the shared lockfile checkers
 * (actions/shared/lockfile) and only needs their `locked` list. For pip-tools requirements files,
 * a small built-in reader is used while the shared checker for them is not registered.
 */
import { createHash } from 'node:crypto';
import { parse as parseToml } from 'smol-toml';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { UserError, isUserError } from '../shared/errors.js';
import { checkLockfile, detectLockfiles } from '../shared/lockfile/index.js';
import { normalizeName } from '../shared/lockfile/names.js';
import type { LockedPackage, Manager } from '../shared/lockfile/types.js';

export interface LoadedLock {
  manager: Manager;
  lockfile: string;
  locked: LockedPackage[];
  /** sha256 hex of the lockfile bytes. */
  lockHash: string;
}

export function hashFile(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Minimal reader for `pip-compile --generate-hashes` output: name==version [; marker] --hash=… */
export function parseHashedRequirements(text: string): LockedPackage[] {
  const logical: string[] = [];
  let current = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trimEnd();
    if (line.endsWith('\\')) {
      current += line.slice(0, -1) + ' ';
      continue;
    }
    current += line;
    if (current.trim()) logical.push(current.trim());
    current = '';
  }
  if (current.trim()) logical.push(current.trim());
  const out: LockedPackage[] = [];
  for (const entry of logical) {
    if (entry.startsWith('-')) continue; // options (-i, --extra-index-url, -e handled below)
    const hashes = [...entry.matchAll(/--hash[=\s]+([a-z0-9]+:[0-9a-f]+)/gi)].map((m) => m[1]!);
    const spec = entry.replace(/--hash[=\s]+\S+/g, '').trim();
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*===?\s*([^\s;]+)\s*(?:;\s*(.+))?$/.exec(spec);
    if (!m) {
      if (/@|:\/\//.test(spec)) out.push({ name: normalizeName(spec.split(/[\s@[;]/)[0]!), version: '', source: 'url', hashes });
      continue;
    }
    out.push({ name: normalizeName(m[1]!), version: m[3]!, ...(m[4] ? { marker: m[4].trim() } : {}), source: 'registry', hashes });
  }
  return out;
}

interface UvPackage {
  name: string;
  version?: string;
  source?: Record<string, string>;
  dependencies?: Array<{ name: string; extra?: string[] }>;
  'optional-dependencies'?: Record<string, Array<{ name: string }>>;
  'dev-dependencies'?: Record<string, Array<{ name: string }>>;
}

/**
 * uv.lock records dependency groups on the project's entry ([package.dev-dependencies]), not on
 * each package. The production set is what the workspace members' `dependencies` reach (extras
 * they request included), without dev groups. Returns undefined when the lock has no root.
 */
export function uvProductionNames(text: string): Set<string> | undefined {
  const doc = parseToml(text) as { package?: UvPackage[] };
  const packages = doc.package ?? [];
  const byName = new Map<string, UvPackage[]>();
  for (const p of packages) {
    const key = normalizeName(p.name);
    byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  const roots = packages.filter((p) => p.source !== undefined && ('virtual' in p.source || 'editable' in p.source));
  if (!roots.length) return undefined;
  const seen = new Set<string>();
  const queue: Array<{ name: string; extra?: string[] }> = roots.map((r) => ({ name: r.name }));
  while (queue.length) {
    const dep = queue.shift()!;
    const key = normalizeName(dep.name);
    const extras = (dep.extra ?? []).map((e) => `${key}[${e}]`);
    if (seen.has(key) && extras.every((e) => seen.has(e))) continue;
    seen.add(key);
    for (const e of extras) seen.add(e);
    for (const p of byName.get(key) ?? []) {
      for (const d of p.dependencies ?? []) queue.push(d);
      for (const e of dep.extra ?? []) for (const d of p['optional-dependencies']?.[e] ?? []) queue.push(d);
    }
  }
  return new Set([...seen].filter((n) => !n.includes('[')));
}

export async function loadLock(dir: string, workspace: string, explicit?: string): Promise<LoadedLock> {
  const found = await detectLockfiles(dir);
  let chosen = found[0];
  if (explicit) chosen = found.find((f) => f.lockfile === explicit) ?? (chosen && { ...chosen, lockfile: explicit });
  if (!chosen) {
    throw new UserError(`No lockfile found in ${relative(workspace, dir) || '.'}: the image is built from the lock (uv.lock, poetry.lock, pdm.lock, Pipfile.lock, pylock.toml or a pip-compile requirements.txt with hashes).`, {
      title: 'no lockfile',
      hint: 'Commit your lockfile, or set working-directory to the project that has one.',
    });
  }
  const lockHash = hashFile(chosen.lockfile);
  try {
    const result = await checkLockfile(chosen.manager, { workspace, dir, lockfile: chosen.lockfile, requireHashes: true });
    let locked = result.locked;
    if (chosen.manager === 'uv' && !locked.some((p) => p.groups?.length)) {
      const production = uvProductionNames(readFileSync(chosen.lockfile, 'utf8'));
      if (production) locked = locked.map((p) => (production.has(p.name) ? p : { ...p, groups: ['dev'] }));
    }
    return { manager: chosen.manager, lockfile: chosen.lockfile, locked, lockHash };
  } catch (e) {
    if (chosen.manager === 'pip-tools' && isUserError(e) && /not supported/.test(e.message)) {
      return { manager: 'pip-tools', lockfile: chosen.lockfile, locked: parseHashedRequirements(readFileSync(chosen.lockfile, 'utf8')), lockHash };
    }
    throw e;
  }
}
