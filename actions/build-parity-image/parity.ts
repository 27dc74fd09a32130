/**
 * Parity: what is installed in the image equals what the lock says for the image's environment.
 *
 * The image is run with `--entrypoint python3 --network none --pull=never`; the `python3` on the
 * image's PATH (the venv's, for the generated Dockerfile) lists its environment's distributions
 * (importlib.metadata over its own site-packages only, so /app or the system site-packages of a
 * venv never leak in). Each distribution is compared with the derived locked set:
 *  - missing: locked, not installed; extra: installed, not locked; version: both, versions differ.
 *  - pip / setuptools / wheel (the installer's own bootstrap) are tolerated, not "extra", only when
 *    the lock does not mention them AND their version is the one the base interpreter itself ships
 *    (its system pip, or ensurepip's bundled wheels), i.e. they came from the base, not from a
 *    `pip install`. The generated Dockerfile creates the venv --without-pip, so it has none.
 */
import { normalizeName } from '../shared/lockfile/names.js';
import { versionsEqual } from '../shared/lockfile/pep440.js';

export const BOOTSTRAP = new Set(['pip', 'setuptools', 'wheel']);

/** Python run inside the image: prints one JSON object. */
export const PROBE_INSTALLED = String.raw`
import importlib.metadata as md, json, os, sys, sysconfig
paths = []
for key in ("purelib", "platlib"):
    p = sysconfig.get_paths()[key]
    if p not in paths and os.path.isdir(p):
        paths.append(p)
dists = []
for d in md.distributions(path=paths):
    name = d.metadata["Name"]
    if name:
        dists.append({"name": name, "version": d.version, "installer": (d.read_text("INSTALLER") or "").strip()})
base = {}
try:
    import ensurepip
    try:
        for n, p in ensurepip._get_packages().items():
            base[n] = p.version
    except Exception:
        base["pip"] = ensurepip.version()
except Exception:
    pass
sysdists = {}
try:
    bp = sys.base_prefix
    for d in md.distributions():
        loc = str(getattr(d, "_path", ""))
        if loc.startswith(bp) or "dist-packages" in loc:
            n = d.metadata["Name"]
            if n and not any(loc.startswith(p) for p in paths):
                sysdists[n] = d.version
except Exception:
    pass
for cand in ("/usr/lib/python3/dist-packages", "/usr/local/lib/python%d.%d/site-packages" % sys.version_info[:2]):
    if os.path.isdir(cand) and cand not in paths:
        for d in md.distributions(path=[cand]):
            n = d.metadata["Name"]
            if n:
                sysdists.setdefault(n, d.version)
print(json.dumps({"prefix": sys.prefix, "base_prefix": sys.base_prefix, "paths": paths, "dists": dists, "ensurepip": base, "system": sysdists}))
`.trim();

export interface InstalledProbe {
  prefix: string;
  base_prefix: string;
  paths: string[];
  dists: Array<{ name: string; version: string; installer?: string }>;
  /** Versions the base interpreter ships: ensurepip bundles. */
  ensurepip: Record<string, string>;
  /** Distributions of the base interpreter's own site/dist-packages. */
  system: Record<string, string>;
}

export type ParityStatus = 'ok' | 'missing' | 'extra' | 'version' | 'from-base';

export interface ParityRow {
  name: string;
  locked?: string;
  installed?: string;
  status: ParityStatus;
}

export interface ParityResult {
  pass: boolean;
  rows: ParityRow[];
  problems: ParityRow[];
}

function sameVersion(a: string, b: string): boolean {
  try {
    return versionsEqual(a, b);
  } catch {
    return a === b;
  }
}

/**
 * Compare. `lockMentions` is every name the lock mentions at all (any marker / group), used by the
 * bootstrap rule: a bootstrap package the lock mentions anywhere is never tolerated.
 */
export function compareParity(expected: Array<{ name: string; version: string }>, probe: InstalledProbe, lockMentions: Set<string>): ParityResult {
  const rows: ParityRow[] = [];
  const installed = new Map<string, string>();
  for (const d of probe.dists) installed.set(normalizeName(d.name), d.version);
  const baseVersions = new Map<string, Set<string>>();
  for (const src of [probe.ensurepip, probe.system]) {
    for (const [n, v] of Object.entries(src ?? {})) {
      const key = normalizeName(n);
      if (!baseVersions.has(key)) baseVersions.set(key, new Set());
      baseVersions.get(key)!.add(v);
    }
  }
  const want = new Map(expected.map((p) => [normalizeName(p.name), p.version]));
  for (const [name, version] of want) {
    const have = installed.get(name);
    if (have === undefined) rows.push({ name, locked: version, status: 'missing' });
    else rows.push({ name, locked: version, installed: have, status: sameVersion(have, version) ? 'ok' : 'version' });
  }
  for (const [name, have] of installed) {
    if (want.has(name)) continue;
    const fromBase = BOOTSTRAP.has(name) && !lockMentions.has(name) && [...(baseVersions.get(name) ?? [])].some((v) => sameVersion(v, have));
    rows.push({ name, installed: have, status: fromBase ? 'from-base' : 'extra' });
  }
  rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const problems = rows.filter((r) => r.status === 'missing' || r.status === 'extra' || r.status === 'version');
  return { pass: problems.length === 0, rows, problems };
}

export function describeProblem(r: ParityRow): string {
  if (r.status === 'missing') return `${r.name} ${r.locked} is locked but not installed`;
  if (r.status === 'extra') return `${r.name} ${r.installed} is installed but not in the lock`;
  return `${r.name} is installed at ${r.installed} but locked at ${r.locked}`;
}
