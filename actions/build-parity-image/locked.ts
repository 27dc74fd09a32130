/**
 * From a parsed lock (LockedPackage[], any manager) to the exact set of distributions one image
 * must contain, and the hashed requirements file that installs it:
 *
 *   name==version --hash=sha256:… (one line per package, sorted)
 *
 * for the image's interpreter and platform (markers evaluated against the environment probed
 * from the base image), production groups only. Installed with
 * `pip install --require-hashes --no-deps --no-index` so the set is exactly the lock's.
 */
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { evaluateMarker, type MarkerContext, type MarkerEnvironment } from '../shared/lockfile/pep508.js';
import { normalizeVersion } from '../shared/lockfile/pep440.js';
import type { LockedPackage, Manager } from '../shared/lockfile/types.js';
import { UserError } from '../shared/errors.js';

/** Groups that never go into a production image (unless the `groups` input names them). */
export const DEV_GROUPS = new Set(['dev', 'develop', 'development', 'dev-packages', 'test', 'tests', 'testing', 'lint', 'linting', 'docs', 'doc', 'typing', 'type', 'ci']);

export interface Excluded {
  name: string;
  version: string;
  reason: string;
}

/** A local path dependency of the image (absolute path); name/version '' when the lock does not say. */
export interface LocalPackage {
  name: string;
  version: string;
  path: string;
}

export interface DerivedSet {
  /** One entry per distribution, sorted by name. */
  packages: Array<{ name: string; version: string; hashes: string[] }>;
  excluded: Excluded[];
  requirements: string;
  /** Local path dependencies to build into wheels (not in `packages` or `requirements` yet). */
  local: LocalPackage[];
}

export interface DeriveOptions {
  /** Include packages of these groups (empty → every non-dev group). */
  groups?: string[];
  manager?: Manager;
  /** Extras and dependency groups for PEP 751 markers (`"default" in dependency_groups`). */
  markerContext?: MarkerContext;
  /** Locks without per-package markers (uv, Poetry 1.x): the names the project needs in this environment. */
  production?: Set<string>;
  /** Directory of the lockfile (local paths in the lock are relative to it) and the project root. */
  lockDir?: string;
  projectDir?: string;
}

function normaliseHash(h: string): string {
  const t = h.trim();
  if (/^[a-z0-9]+[:=][0-9a-f]+$/i.test(t)) return t.replace('=', ':').replace(/^([a-z0-9]+):/i, (_, a: string) => `${a.toLowerCase()}:`);
  if (/^[0-9a-f]{64}$/i.test(t)) return `sha256:${t.toLowerCase()}`;
  return t;
}

function inGroups(pkg: LockedPackage, wanted: string[], manager?: Manager): boolean {
  const groups = pkg.groups ?? [];
  if (!groups.length) return true;
  if (wanted.length) return groups.some((g) => wanted.includes(g) || g === 'main' || g === 'default');
  // pdm.lock lists optional-dependency groups (extras) and dev groups alike: `pdm install --prod` installs "default" only.
  if (manager === 'pdm') return groups.includes('default');
  return groups.some((g) => !DEV_GROUPS.has(g.toLowerCase()));
}

export function deriveLockedSet(locked: LockedPackage[], env: MarkerEnvironment, options: DeriveOptions = {}): DerivedSet {
  const excluded: Excluded[] = [];
  const chosen = new Map<string, { name: string; version: string; hashes: Set<string>; source?: string }>();
  const unsupported: string[] = [];
  const unhashed: string[] = [];
  const local = new Map<string, LocalPackage>();
  for (const pkg of locked) {
    const localPath = pkg.path !== undefined && options.lockDir ? resolve(options.lockDir, pkg.path.replace(/^~(?=\/|$)/, homedir())) : undefined;
    const isRoot = localPath !== undefined && (localPath === options.lockDir || localPath === options.projectDir);
    if (isRoot || (pkg.source === 'project' && localPath === undefined)) {
      excluded.push({ name: pkg.name, version: pkg.version, reason: 'the project itself (its source is copied, not installed)' });
      continue;
    }
    if (!inGroups(pkg, options.groups ?? [], options.manager)) {
      excluded.push({ name: pkg.name, version: pkg.version, reason: `dependency group ${pkg.groups!.join(', ')} (not a production group)` });
      continue;
    }
    if (options.production && pkg.name && !options.production.has(pkg.name)) {
      excluded.push({ name: pkg.name, version: pkg.version, reason: 'only required through dependency markers that are false for this image' });
      continue;
    }
    if (pkg.marker) {
      let applies: boolean;
      try {
        applies = evaluateMarker(pkg.marker, env, options.markerContext);
      } catch {
        applies = true; // a marker we cannot parse: keep the package, pip will evaluate it
      }
      if (!applies) {
        excluded.push({ name: pkg.name, version: pkg.version, reason: `marker \`${pkg.marker}\` is false for this image` });
        continue;
      }
    }
    if (pkg.source === 'path' || pkg.source === 'project') {
      if (localPath === undefined) {
        excluded.push({ name: pkg.name, version: pkg.version, reason: 'local path dependency whose path the lock does not record' });
      } else if (!local.has(localPath)) {
        local.set(localPath, { name: pkg.name, version: pkg.version, path: localPath });
      }
      continue;
    }
    if (pkg.source === 'git' || pkg.source === 'url') {
      unsupported.push(`${pkg.name} (${pkg.source})`);
      continue;
    }
    const hashes = (pkg.hashes ?? []).map(normaliseHash).filter(Boolean);
    if (!hashes.length) unhashed.push(`${pkg.name}==${pkg.version}`);
    const existing = chosen.get(pkg.name);
    if (existing) {
      if (normalizeVersion(existing.version) !== normalizeVersion(pkg.version)) {
        throw new UserError(`The lock pins ${pkg.name} to both ${existing.version} and ${pkg.version} for this image's environment (python ${env.python_full_version}, ${env.sys_platform}/${env.platform_machine}).`, {
          title: 'ambiguous lock',
          hint: 'Re-lock so only one version applies to the image platform, or pick a base image matching the lock\'s markers.',
        });
      }
      for (const h of hashes) existing.hashes.add(h);
      continue;
    }
    chosen.set(pkg.name, { name: pkg.name, version: pkg.version, hashes: new Set(hashes), source: pkg.source });
  }
  if (unsupported.length) {
    throw new UserError(`These locked packages come from VCS or direct URLs and cannot be installed with hash checking from a wheelhouse: ${unsupported.join(', ')}.`, {
      title: 'unsupported lock source',
      hint: 'Publish them to an index (or build wheels) and lock them by version with hashes.',
    });
  }
  if (unhashed.length) {
    throw new UserError(`The lock has no hashes for ${unhashed.length} package(s): ${unhashed.slice(0, 10).join(', ')}${unhashed.length > 10 ? ', …' : ''}. The image installs with --require-hashes.`, {
      title: 'lock without hashes',
      hint: 'Re-lock with hashes (pip-compile --generate-hashes; uv, poetry, pdm and pipenv record them by default).',
    });
  }
  const packages = [...chosen.values()]
    .sort(byName)
    .map((p) => ({ name: p.name, version: p.version, hashes: [...p.hashes].sort() }));
  return { packages, excluded, requirements: requirementsText(packages, options.manager), local: [...local.values()] };
}

/** The set with the local packages' built wheels installed like the rest (by hash). */
export function withLocalWheels(derived: DerivedSet, built: Array<{ name: string; version: string; hashes: string[] }>, manager?: Manager): DerivedSet {
  const packages = [...derived.packages, ...built.map((b) => ({ name: b.name, version: b.version, hashes: b.hashes }))].sort(byName);
  return { ...derived, packages, requirements: requirementsText(packages, manager), local: [] };
}

/** Your own Dockerfile installs local packages its way: parity expects them at the lock's version. */
export function withLockedLocals(derived: DerivedSet): DerivedSet {
  const named = derived.local.filter((l) => l.name && l.version);
  const excluded = [...derived.excluded, ...derived.local.filter((l) => !(l.name && l.version)).map((l) => ({ name: l.name || l.path, version: l.version, reason: 'local path dependency the lock does not name or version (not compared)' }))];
  const packages = [...derived.packages, ...named.map((l) => ({ name: l.name, version: l.version, hashes: [] }))].sort(byName);
  return { ...derived, packages, excluded, local: [] };
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export function requirementsText(packages: DerivedSet['packages'], manager?: Manager): string {
  const lines = [`# Generated by blackbelt build-parity-image from the ${manager ?? ''} lock; installed with --require-hashes --no-deps.`.replace('  ', ' ')];
  for (const p of packages) {
    lines.push(`${p.name}==${p.version} \\`);
    p.hashes.forEach((h, i) => lines.push(`    --hash=${h}${i < p.hashes.length - 1 ? ' \\' : ''}`));
  }
  return lines.join('\n') + '\n';
}
