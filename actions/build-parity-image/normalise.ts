/**
 * Engine-independent reproducibility: the image the build produced is rewritten so its config no
 * longer carries build-time noise, and its ID (= sha256 of the config bytes) becomes a pure function
 * of the layers and the Dockerfile's settings.
 *
 *   docker save IMAGE → (config: created / history[].created := SOURCE_DATE_EPOCH,
 *                       drop container, container_config, config.Image, config.Hostname)
 *                     → docker load
 *
 * Layers pass through untouched, byte for byte, streamed (never held in memory). Works for the classic
 * `docker save` layout (20.10: <id>/layer.tar + <config>.json + manifest.json) and the OCI layout of
 * newer engines (blobs/sha256/…, index.json): we always write back a classic archive driven by
 * manifest.json, which every engine loads.
 *
 * This is needed because BuildKit ≤ 0.11 (engine 20.10 ships 0.8) ignores SOURCE_DATE_EPOCH and
 * the legacy builder stamps container ids; with it, the result does not depend on the engine.
 *
 * The containerd image store (default of fresh Docker 29+ installs) differs: an image ID there is the
 * digest of the image's manifest (or index), not of its config — so the loaded image is looked up
 * from what `docker load` says it loaded, and checked (timestamps, layers) before it is used; and
 * `docker load` there wants every layer blob in the archive (the config-only load fails, the archive
 * path then streams the layers).
 */
import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import { loadedImages, type DockerImages, type HistoryRow, type ImageInspect } from '../shared/docker.js';
import { readTar, TarWriter, type TarEntry } from './tar.js';

const SMALL = 1024 * 1024;
const DROP_AT_END = new Set(['manifest.json', 'repositories', 'index.json', 'oci-layout']);

export function rfc3339(epoch: number): string {
  return new Date(epoch * 1000).toISOString().replace(/\.000Z$/, 'Z');
}

/** JSON with object keys sorted at every level (Go's encoding/json order), no whitespace. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

type Json = Record<string, unknown>;

/** Top-level config fields kept; the rest (container, container_config, builder info) is build noise. */
const KEPT = ['architecture', 'os', 'variant', 'os.version', 'os.features', 'author', 'docker_version', 'config', 'rootfs', 'history'];

/** Go's zero values: an absent field and a zero one mean the same to every engine. */
function isZero(v: unknown): boolean {
  if (v === null || v === undefined || v === '' || v === false || v === 0) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.keys(v).length === 0;
  return false;
}

function withoutZeros(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => !isZero(v)));
}

/**
 * The config rewrite itself (pure; unit-tested). Both ways of normalising (from `docker save`, and
 * rebuilt from inspect + history) go through it, so they give the same image ID for the same image.
 */
export function normaliseConfig(config: Json, epoch: number): Json {
  const ts = rfc3339(epoch);
  const out: Json = {};
  for (const key of KEPT) if (!isZero(config[key])) out[key] = JSON.parse(JSON.stringify(config[key])) as unknown;
  out.created = ts;
  if (Array.isArray(out.history)) {
    out.history = (out.history as Json[]).map((h) =>
      withoutZeros({
        created: ts,
        // The CLI's `docker history` turns tabs into spaces; do the same so both paths agree.
        created_by: typeof h.created_by === 'string' ? h.created_by.replace(/\t/g, ' ') : h.created_by,
        comment: h.comment,
        empty_layer: h.empty_layer === true,
      }),
    );
  }
  const cfg = out.config as Json | undefined;
  if (cfg && typeof cfg === 'object') {
    delete cfg.Image;
    delete cfg.Hostname;
    out.config = withoutZeros(cfg);
  }
  return out;
}

export interface NormaliseResult {
  /**
   * The image's ID in the engine: sha256:… of the written config on the classic image store; on
   * the containerd image store the digest of the manifest `docker load` made for it.
   */
  imageId: string;
  /** sha256:… of the written config (the classic store's image ID). */
  configDigest?: string;
  config: Json;
}

interface ManifestEntry {
  Config: string;
  RepoTags?: string[] | null;
  Layers: string[];
  LayerSources?: unknown;
}

/**
 * Rewrite a `docker save` archive (single image) from `input` to `output`.
 * `tags` become the RepoTags of the loaded image.
 */
export async function normaliseArchive(
  input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  output: Writable,
  epoch: number,
  tags: string[],
  options: { layers?: boolean } = {},
): Promise<NormaliseResult> {
  const writer = new TarWriter(output);
  const held = new Map<string, { entry: TarEntry; body: Buffer }>();
  for await (const entry of readTar(input)) {
    const small = entry.type === '0' && entry.size <= SMALL && (!entry.name.includes('/') || entry.name.startsWith('blobs/'));
    if (small) {
      held.set(entry.name, { entry, body: await entry.readAll() });
    } else if (options.layers !== false) {
      await writer.passthrough(entry);
    }
    // else: left unread (the reader skips it) — the engine already has these layers.
  }
  const manifestFile = held.get('manifest.json');
  if (!manifestFile) throw new Error('docker save archive has no manifest.json');
  const manifest = JSON.parse(manifestFile.body.toString('utf8')) as ManifestEntry[];
  if (manifest.length !== 1) throw new Error(`expected one image in the archive, found ${manifest.length}`);
  const [image] = manifest as [ManifestEntry];
  const configFile = held.get(image.Config);
  if (!configFile) throw new Error(`config ${image.Config} missing from the archive`);
  const config = normaliseConfig(JSON.parse(configFile.body.toString('utf8')) as Json, epoch);
  const raw = Buffer.from(canonicalJson(config));
  const hex = createHash('sha256').update(raw).digest('hex');
  const configName = `${hex}.json`;

  for (const [name, { entry, body }] of held) {
    if (DROP_AT_END.has(name) || name === image.Config || name === configName) continue;
    await writer.passthroughBuffered(entry, body);
  }
  await writer.addFile(configName, raw, epoch);
  const newManifest: ManifestEntry[] = [{ Config: configName, RepoTags: tags.length ? tags : null, Layers: image.Layers }];
  await writer.addFile('manifest.json', Buffer.from(JSON.stringify(newManifest)), epoch);
  await writer.finish();
  return { imageId: `sha256:${hex}`, config };
}

// Instructions that only change the config: never a layer, whichever builder wrote them (the legacy
// builder prefixes them with the current SHELL and `#(nop)`).
const METADATA_ONLY = /^(?:\S+(?: -\S+)* #\(nop\)\s+)?(?:ENV|LABEL|USER|CMD|ENTRYPOINT|EXPOSE|ARG|STOPSIGNAL|HEALTHCHECK|SHELL|ONBUILD|VOLUME|MAINTAINER)\b/;

/**
 * Which history entries own a layer. `docker history` does not say (its Size is 0 both for an
 * empty_layer entry and for a layer with no bytes, e.g. WORKDIR), so: metadata-only instructions
 * own none, entries with bytes own one, and the rest is settled by the layer count — or not at all.
 */
export function layerOwners(rows: HistoryRow[], layerCount: number): boolean[] | undefined {
  const kind = rows.map((r) => (METADATA_ONLY.test(r.CreatedBy) ? 'empty' : Number(r.Size) > 0 ? 'layer' : 'unknown'));
  const layers = kind.filter((k) => k === 'layer').length;
  const unknown = kind.filter((k) => k === 'unknown').length;
  if (layers === layerCount) return kind.map((k) => k === 'layer');
  if (layers + unknown === layerCount) return kind.map((k) => k !== 'empty');
  return undefined;
}

/**
 * The image config rebuilt from `docker image inspect` + `docker image history` (oldest first),
 * without streaming any layer out of the engine. Undefined when the history cannot be matched to
 * the layers unambiguously.
 */
export function configFromInspect(inspect: ImageInspect, oldestFirst: HistoryRow[]): Json | undefined {
  const diffIds = inspect.RootFS?.Layers ?? [];
  const owners = layerOwners(oldestFirst, diffIds.length);
  if (!owners || !inspect.Config) return undefined;
  return {
    architecture: inspect.Architecture,
    os: inspect.Os,
    variant: inspect.Variant,
    'os.version': inspect.OsVersion,
    author: inspect.Author,
    docker_version: inspect.DockerVersion,
    config: inspect.Config,
    rootfs: { type: 'layers', diff_ids: diffIds },
    history: oldestFirst.map((r, i) => ({ created_by: r.CreatedBy, comment: r.Comment, empty_layer: !owners[i] })),
  };
}

/** The builder already wrote SOURCE_DATE_EPOCH as the creation time (BuildKit ≥ 0.11): nothing to rewrite. */
export function builderHonouredEpoch(inspect: ImageInspect, newestFirst: HistoryRow[], epoch: number): boolean {
  const at = (s: string | undefined): number => (s ? Date.parse(s) / 1000 : NaN);
  return at(inspect.Created) === epoch && !inspect.Container && newestFirst.length > 0 && at(newestFirst[0]!.CreatedAt) === epoch;
}

export type NormalisedBy = 'builder' | 'config' | 'archive';

/**
 * Make the image ID a pure function of the build inputs, the cheapest way the engine allows:
 *
 *   builder  the builder honoured SOURCE_DATE_EPOCH (modern BuildKit): keep its image as is;
 *   config   rebuild the config from inspect + history and `docker load` just that config (the
 *            engine has every layer): ~0.2 s whatever the image size;
 *   archive  docker save | normalise | docker load (the engine's image store wants whole archives,
 *            or the history is ambiguous): streams every layer, ~1 s per 100 MB.
 *
 * `config` and `archive` write the same normalised config, hence the same image ID.
 */
export async function normaliseImage(images: DockerImages, ref: string, epoch: number, tags: string[], built?: ImageInspect): Promise<{ imageId: string; builtId: string; by: NormalisedBy; inspect?: ImageInspect }> {
  const inspect = built ?? (await inspectBuilt(images, ref, tags));
  const builtId = inspect.Id; // the engine's own ID of the built image, whichever store
  const newestFirst = await images.history(builtId);
  if (newestFirst && builderHonouredEpoch(inspect, newestFirst, epoch)) return { imageId: builtId, builtId, by: 'builder', inspect };
  const rebuilt = newestFirst ? configFromInspect(inspect, [...newestFirst].reverse()) : undefined;
  if (rebuilt) {
    const viaConfig = await loadNormalisedConfig(images, rebuilt, epoch, tags).catch(() => undefined);
    if (viaConfig) return { ...viaConfig, builtId, by: 'config' };
  }
  return { ...(await normaliseViaArchive(images, builtId, epoch, tags)), builtId, by: 'archive' };
}

/** The image a build produced, by the iidfile's ID or, failing that, by the build's tags. */
export async function inspectBuilt(images: DockerImages, ref: string, tags: string[]): Promise<ImageInspect> {
  // buildx --iidfile names the config digest when no attestation is kept; the containerd image store
  // cannot resolve that (its IDs are manifest digests). The build's tags name the same image.
  let inspect = await images.inspect(ref);
  for (let i = 0; !inspect && i < tags.length; i++) inspect = await images.inspect(tags[i]!);
  if (!inspect) throw new Error(`built image ${ref} is not in the engine`);
  return inspect;
}

/** `docker load` of an archive holding only the normalised config and a manifest; verified by inspect. */
export async function loadNormalisedConfig(images: DockerImages, config: Json, epoch: number, tags: string[]): Promise<(NormaliseResult & { inspect: ImageInspect }) | undefined> {
  const normalised = normaliseConfig(config, epoch);
  const raw = Buffer.from(canonicalJson(normalised));
  const hex = createHash('sha256').update(raw).digest('hex');
  const diffIds = (normalised.rootfs as { diff_ids?: string[] } | undefined)?.diff_ids ?? [];
  const load = images.load();
  const writer = new TarWriter(load.stream);
  await writer.addFile(`${hex}.json`, raw, epoch);
  // Layer paths are read only for layers the engine lacks; it has them all (it built the image).
  const manifest: ManifestEntry[] = [{ Config: `${hex}.json`, RepoTags: tags.length ? tags : null, Layers: diffIds.map((d) => `${d.replace(/^sha256:/, '')}/layer.tar`) }];
  await writer.addFile('manifest.json', Buffer.from(JSON.stringify(manifest)), epoch);
  await writer.finish();
  const loaded = await load.done;
  if (loaded.code !== 0) return undefined;
  const after = await findLoaded(images, `sha256:${hex}`, loaded.stdout, tags, diffIds, epoch);
  if (!after) return undefined;
  return { imageId: after.Id, configDigest: `sha256:${hex}`, config: normalised, inspect: after };
}

/**
 * The image a `docker load` of a normalised config made: by config digest (classic store: that is
 * its ID), else what the load reported, else the tags; accepted only with the normalised creation
 * time and exactly the expected layers (a tag may still name an older image).
 */
export async function findLoaded(images: DockerImages, configDigest: string, loadStdout: string, tags: string[], diffIds: string[], epoch: number): Promise<ImageInspect | undefined> {
  const created = rfc3339(epoch);
  const seen = new Set<string>();
  for (const ref of [configDigest, ...loadedImages(loadStdout), ...tags]) {
    if (seen.has(ref)) continue;
    seen.add(ref);
    const found = await images.inspect(ref);
    const layers = found?.RootFS?.Layers ?? [];
    if (found && found.Created === created && layers.length === diffIds.length && layers.every((l, i) => l === diffIds[i])) return found;
  }
  return undefined;
}

/**
 * docker save REF | normalise | docker load, tagging the result with `tags`.
 *
 * The engine that saved the image has all its layers, and `docker load` (classic image store) only
 * reads a layer file when the layer is missing — so the archive we load carries just the new config
 * and manifest: ~50 ms instead of re-importing every layer (~1 s for a 150 MB base). The containerd
 * image store insists on every blob: it gets the full archive straight away (its `docker save` of a
 * 150 MB image alone takes ~5 s), and any other engine that refuses the short one on a second attempt.
 */
export async function normaliseViaArchive(images: DockerImages, ref: string, epoch: number, tags: string[]): Promise<NormaliseResult & { inspect?: ImageInspect }> {
  if (await images.usesContainerdStore()) return saveNormaliseLoad(images, ref, epoch, tags, true);
  try {
    return await saveNormaliseLoad(images, ref, epoch, tags, false);
  } catch {
    return saveNormaliseLoad(images, ref, epoch, tags, true);
  }
}

async function saveNormaliseLoad(images: DockerImages, ref: string, epoch: number, tags: string[], layers: boolean): Promise<NormaliseResult & { inspect: ImageInspect }> {
  const save = images.save(ref);
  const load = images.load();
  let result: NormaliseResult;
  try {
    result = await normaliseArchive(save.stream, load.stream, epoch, tags, { layers });
  } catch (e) {
    load.stream.destroy();
    const saved = await save.done;
    throw new Error(`normalising ${ref} failed: ${(e as Error).message}${saved.code ? ` (docker save: ${saved.stderr.trim()})` : ''}`);
  }
  const [saved, loaded] = await Promise.all([save.done, load.done]);
  if (saved.code !== 0) throw new Error(`docker save ${ref} failed: ${saved.stderr.trim()}`);
  if (loaded.code !== 0) throw new Error(`docker load failed: ${loaded.stderr.trim()}`);
  const diffIds = (result.config.rootfs as { diff_ids?: string[] } | undefined)?.diff_ids ?? [];
  const found = await findLoaded(images, result.imageId, loaded.stdout, tags, diffIds, epoch);
  if (!found) throw new Error(`docker load succeeded but the normalised image (config ${result.imageId}) is not in the engine; docker load said: ${loaded.stdout.trim() || '(nothing)'}`);
  return { ...result, imageId: found.Id, configDigest: result.imageId, inspect: found };
}
