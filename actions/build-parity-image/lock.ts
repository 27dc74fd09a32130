/**
 * Finding and parsing the project's lock for the image: uses the shared lockfile checkers
 * (actions/shared/lockfile) and only needs their `locked` list. For pip-tools requirements files,
 * a small built-in reader is used while the shared checker for them is not registered.
 */
import { createHash } from 'node:crypto';
import { parse as parseToml } from 'smol-toml';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { UserError, isUserError } from '../shared/errors.js';
import { checkLockfile, detectLockfiles } from '../shared/lockfile/index.js';
import { normalizeName } from '../shared/lockfile/names.js';
import { evaluateMarker, type MarkerContext, type MarkerEnvironment } from '../shared/lockfile/pep508.js';
import type { LockedPackage, Manager } from '../shared/lockfile/types.js';
import { DEV_GROUPS } from './locked.js';

export interface LoadedLock {
  manager: Manager;
  lockfile: string;
  locked: LockedPackage[];
  /** sha256 hex of the lockfile bytes. */
  lockHash: string;
  /**
   * pylock.toml (PEP 751): the production dependency groups (`default-groups` minus dev groups)
   * and extras (none) that markers such as `"default" in dependency_groups` are evaluated with.
   */
  markerContext?: MarkerContext;
  /**
   * uv.lock and Poetry 1.x locks record no per-package markers: the production set for one
   * environment is what the project's dependencies reach through edges whose markers hold there.
   */
  productionFor?: (env: MarkerEnvironment) => Set<string> | undefined;
}

/** PEP 751: install the lock's `default-groups` (without dev groups) and no extras. */
export function pylockMarkerContext(text: string): MarkerContext {
  const doc = parseToml(text) as { 'default-groups'?: unknown };
  const defaults = Array.isArray(doc['default-groups']) ? doc['default-groups'].filter((g): g is string => typeof g === 'string') : [];
  return { dependencyGroups: defaults.map(normalizeName).filter((g) => !DEV_GROUPS.has(g)), extras: [] };
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

interface UvEdge {
  name: string;
  extra?: string[];
  marker?: string;
}

interface UvPackage {
  name: string;
  version?: string;
  source?: Record<string, string>;
  dependencies?: UvEdge[];
  'optional-dependencies'?: Record<string, UvEdge[]>;
  'dev-dependencies'?: Record<string, UvEdge[]>;
}

/** Does a dependency edge apply? Without an environment every edge does; an unparsable marker does. */
function edgeApplies(marker: string | undefined, env: MarkerEnvironment | undefined, extras: string[] = []): boolean {
  if (!marker || !env) return true;
  try {
    return evaluateMarker(marker, env, { extras });
  } catch {
    return true;
  }
}

/**
 * uv.lock records dependency groups on the project's entry ([package.dev-dependencies]), not on
 * each package. The production set is what the workspace members' `dependencies` reach (extras
 * they request included), without dev groups. With `env`, edges whose marker is false for that
 * environment are not followed (`tomli; python_version < "3.11"` is not installed on 3.11).
 * Returns undefined when the lock has no root.
 */
export function uvProductionNames(text: string, env?: MarkerEnvironment): Set<string> | undefined {
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
  const queue: UvEdge[] = roots.map((r) => ({ name: r.name }));
  while (queue.length) {
    const dep = queue.shift()!;
    const key = normalizeName(dep.name);
    const extras = (dep.extra ?? []).map((e) => `${key}[${e}]`);
    if (seen.has(key) && extras.every((e) => seen.has(e))) continue;
    seen.add(key);
    for (const e of extras) seen.add(e);
    for (const p of byName.get(key) ?? []) {
      for (const d of p.dependencies ?? []) if (edgeApplies(d.marker, env)) queue.push(d);
      for (const e of dep.extra ?? []) for (const d of p['optional-dependencies']?.[e] ?? []) if (edgeApplies(d.marker, env, [e])) queue.push(d);
    }
  }
  return new Set([...seen].filter((n) => !n.includes('[')));
}

interface PoetryPackage {
  name: string;
  optional?: boolean;
  dependencies?: Record<string, unknown>;
  extras?: Record<string, string[]>;
}

function poetryEdges(deps: Record<string, unknown> | undefined, skipOptional: boolean): UvEdge[] {
  const out: UvEdge[] = [];
  for (const [name, spec] of Object.entries(deps ?? {})) {
    if (normalizeName(name) === 'python') continue;
    for (const s of Array.isArray(spec) ? spec : [spec]) {
      const t = typeof s === 'object' && s !== null ? (s as { markers?: string; optional?: boolean; extras?: string[] }) : {};
      if (skipOptional && t.optional) continue;
      out.push({ name, ...(t.markers ? { marker: t.markers } : {}), ...(t.extras ? { extra: t.extras } : {}) });
    }
  }
  return out;
}

/**
 * poetry.lock before Poetry 2 (lock-version 2.0 from Poetry 1.5–1.8) records no groups: every
 * package of every group is in one list. The production set is what [tool.poetry.dependencies]
 * reaches (optional dependencies only through requested extras), like `poetry install --only main`.
 * Returns undefined when there is no [tool.poetry.dependencies].
 */
export function poetryMainNames(lockText: string, pyprojectText: string, env?: MarkerEnvironment): Set<string> | undefined {
  const pyproject = parseToml(pyprojectText) as { tool?: { poetry?: { dependencies?: Record<string, unknown> } } };
  const main = pyproject.tool?.poetry?.dependencies;
  if (!main) return undefined;
  const doc = parseToml(lockText) as { package?: PoetryPackage[] };
  const byName = new Map<string, PoetryPackage[]>();
  for (const p of doc.package ?? []) byName.set(normalizeName(p.name), [...(byName.get(normalizeName(p.name)) ?? []), p]);
  const seen = new Set<string>();
  const queue = poetryEdges(main, true).filter((d) => edgeApplies(d.marker, env));
  while (queue.length) {
    const dep = queue.shift()!;
    const key = normalizeName(dep.name);
    const extras = (dep.extra ?? []).map((e) => `${key}[${normalizeName(e)}]`);
    if (seen.has(key) && extras.every((e) => seen.has(e))) continue;
    seen.add(key);
    for (const e of extras) seen.add(e);
    for (const p of byName.get(key) ?? []) {
      for (const d of poetryEdges(p.dependencies, true)) if (edgeApplies(d.marker, env)) queue.push(d);
      for (const e of dep.extra ?? []) {
        const list = Object.entries(p.extras ?? {}).find(([k]) => normalizeName(k) === normalizeName(e))?.[1] ?? [];
        for (const req of list) {
          const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?[^;]*(?:;\s*(.+))?$/.exec(req);
          if (!m) continue;
          const edge: UvEdge = { name: m[1]!, ...(m[2] ? { extra: m[2].split(',').map((x) => x.trim()).filter(Boolean) } : {}), ...(m[3] ? { marker: m[3].trim() } : {}) };
          if (edgeApplies(edge.marker, env, [normalizeName(e)])) queue.push(edge);
        }
      }
    }
  }
  return new Set([...seen].filter((n) => !n.includes('[')));
}

/**
 * Poetry ≥ 2 records a marker per group (`markers = {main = "…", dev = "…"}`): the package is
 * needed in production when one of its production groups' markers holds (a group without an
 * entry applies always). Returns `locked` with `marker` set from the production groups only.
 */
export function withPoetryGroupMarkers(locked: LockedPackage[], lockText: string): LockedPackage[] {
  const doc = parseToml(lockText) as { package?: Array<{ name: string; version: string; groups?: string[]; markers?: unknown }> };
  const markerOf = new Map<string, string | undefined>();
  for (const p of doc.package ?? []) {
    if (typeof p.markers !== 'object' || p.markers === null) continue;
    const table = p.markers as Record<string, string>;
    const production = (p.groups ?? []).filter((g) => !DEV_GROUPS.has(g.toLowerCase()));
    if (!production.length) continue;
    const parts = production.map((g) => table[g]);
    markerOf.set(`${normalizeName(p.name)}@${p.version}`, parts.some((m) => typeof m !== 'string') ? undefined : parts.map((m) => `(${m})`).join(' or '));
  }
  return locked.map((p) => {
    const key = `${p.name}@${p.version}`;
    if (!markerOf.has(key)) return p;
    const marker = markerOf.get(key);
    const { marker: _old, ...rest } = p;
    void _old;
    return marker ? { ...rest, marker } : rest;
  });
}

export async function loadLock(dir: string, workspace: string, explicit?: string): Promise<LoadedLock> {
  // The image needs one lock: a top-level requirements*.txt, never a dev.txt or requirements/*.txt
  // that verify-lockfile also checks (those are built only when named by the `lockfile` input).
  const found = detectLockfiles(dir).filter((f) => f.manager !== 'pip-tools' || f.lockfile === explicit || (resolve(dirname(f.lockfile)) === resolve(dir) && basename(f.lockfile).startsWith('requirements')));
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
    let productionFor: LoadedLock['productionFor'];
    const pyprojectPath = join(dirname(chosen.lockfile), 'pyproject.toml');
    if (chosen.manager === 'uv' && !locked.some((p) => p.groups?.length)) {
      const text = readFileSync(chosen.lockfile, 'utf8');
      const production = uvProductionNames(text);
      if (production) {
        locked = locked.map((p) => (production.has(p.name) ? p : { ...p, groups: ['dev'] }));
        productionFor = (env) => uvProductionNames(text, env);
      }
    } else if (chosen.manager === 'poetry' && locked.some((p) => p.groups?.length)) {
      locked = withPoetryGroupMarkers(locked, readFileSync(chosen.lockfile, 'utf8'));
    } else if (chosen.manager === 'poetry' && existsSync(pyprojectPath)) {
      const text = readFileSync(chosen.lockfile, 'utf8');
      const pyproject = readFileSync(pyprojectPath, 'utf8');
      const production = poetryMainNames(text, pyproject);
      if (production) {
        locked = locked.map((p) => (production.has(p.name) ? p : { ...p, groups: ['dev'] }));
        productionFor = (env) => poetryMainNames(text, pyproject, env);
      }
    }
    const markerContext = chosen.manager === 'pylock' ? pylockMarkerContext(readFileSync(chosen.lockfile, 'utf8')) : undefined;
    return { manager: chosen.manager, lockfile: chosen.lockfile, locked, lockHash, ...(markerContext ? { markerContext } : {}), ...(productionFor ? { productionFor } : {}) };
  } catch (e) {
    if (chosen.manager === 'pip-tools' && isUserError(e) && /not supported/.test(e.message)) {
      return { manager: 'pip-tools', lockfile: chosen.lockfile, locked: parseHashedRequirements(readFileSync(chosen.lockfile, 'utf8')), lockHash };
    }
    throw e;
  }
}
