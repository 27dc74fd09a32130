/**
 * Listing what is installed in an image (the parity probe), and reusing a listing by content.
 *
 * The listing comes from running the image (parity.ts's PROBE_INSTALLED). For the generated
 * Dockerfile it is a pure function of content-addressed inputs, so it can be reused:
 *  - the probe runs isolated (`python3 -I`): no current directory on sys.path, no PYTHON* variables,
 *    no user site — nothing the source layer (/app) holds can change what it imports or lists;
 *  - it reads the interpreter's own purelib/platlib and the base's system dirs, all of which live in
 *    the base and dependency layers (named by their sha256 diffIDs); the layers above them (the
 *    source tar, WORKDIR) write only /app and console-script wrappers in /opt/venv/bin, never named
 *    python* (scripts.ts), so `python3` is still the dependency layer's interpreter;
 *  - which python3 answers depends on the config's Env (PATH), User and WorkingDir.
 * So two images whose layers below the source layer have the same diffIDs, with the same config and
 * platform, list the same distributions: a code-only rebuild reuses the listing of the image built
 * before it. The comparison with the lock is always recomputed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DockerClient, ImageInspect } from '../shared/docker.js';
import { lastLines } from '../shared/docker.js';
import { UserError } from '../shared/errors.js';
import { PROBE_INSTALLED, type InstalledProbe } from './parity.js';

export interface Listing {
  probe: InstalledProbe;
  /** `run`: the image was run now; `reused`: the listing of identical dependency layers, probed before. */
  from: 'run' | 'reused';
}

export interface ListOptions {
  platform?: string;
  /** Run `python3 -I` (generated Dockerfile: the venv's interpreter needs no PYTHON* variable). */
  isolated: boolean;
  /** Where a reusable listing is kept (see listingKey); undefined: always run. */
  cacheFile?: string;
}

export async function listInstalled(client: DockerClient, imageId: string, o: ListOptions): Promise<Listing> {
  if (o.cacheFile) {
    const cached = readListing(o.cacheFile);
    if (cached) return { probe: cached, from: 'reused' };
  }
  const r = await client.run(['run', '--rm', '--pull=never', '--network', 'none', '--entrypoint', 'python3', ...(o.platform ? ['--platform', o.platform] : []), imageId, ...(o.isolated ? ['-I'] : []), '-c', PROBE_INSTALLED], { timeoutMs: 120_000 });
  if (r.code !== 0) throw new UserError(`Could not list the distributions installed in the image: ${lastLines(r.stderr, 4)}`, { title: 'parity check failed to run' });
  const probe = JSON.parse(r.stdout.trim().split('\n').pop()!) as InstalledProbe;
  if (o.cacheFile) writeListing(o.cacheFile, probe);
  return { probe, from: 'run' };
}

/**
 * The key of a generated image's listing: the diffIDs of its base and dependency layers
 * (`dependencyLayers` of them), the config that picks the interpreter, the platform and the probe
 * itself. The generated Dockerfile's layers above those (source tar, WORKDIR) write only /app and
 * the wrappers in /opt/venv/bin.
 */
export function listingKey(image: ImageInspect, dependencyLayers: number, platform?: string): string | undefined {
  const layers = image.RootFS?.Layers ?? [];
  if (layers.length <= dependencyLayers) return undefined;
  const c = image.Config ?? {};
  const identity = {
    probe: PROBE_INSTALLED,
    isolated: true,
    layers: layers.slice(0, dependencyLayers),
    env: c.Env ?? [],
    user: c.User ?? '',
    workdir: c.WorkingDir ?? '',
    os: image.Os ?? '',
    arch: image.Architecture ?? '',
    variant: image.Variant ?? '',
    platform: platform ?? '',
  };
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex');
}

/** Same layers and the same runtime config: a listing of one holds for the other (normalising only rewrites timestamps). */
export function sameContents(a: ImageInspect, b: ImageInspect): boolean {
  const pick = (i: ImageInspect): string => JSON.stringify([i.RootFS?.Layers ?? [], i.Config?.Env ?? [], i.Config?.User ?? '', i.Config?.WorkingDir ?? '', i.Os ?? '', i.Architecture ?? '', i.Variant ?? '']);
  return pick(a) === pick(b);
}

export function listingCacheFile(cacheRoot: string, key: string): string {
  return join(cacheRoot, 'installed', `${key}.json`);
}

function readListing(file: string): InstalledProbe | undefined {
  try {
    const p = JSON.parse(readFileSync(file, 'utf8')) as InstalledProbe;
    return Array.isArray(p.dists) && Array.isArray(p.paths) ? p : undefined;
  } catch {
    return undefined; // not listed yet, or unreadable: run the image
  }
}

function writeListing(file: string, probe: InstalledProbe): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(probe));
    renameSync(tmp, file); // atomic: a concurrent reader sees the whole listing or none
  } catch {
    // a cache we cannot write is only slower
  }
}
