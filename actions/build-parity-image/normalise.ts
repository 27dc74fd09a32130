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
 */
import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { DockerImages } from '../shared/docker.js';
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

/** The config rewrite itself (pure; unit-tested). */
export function normaliseConfig(config: Json, epoch: number): Json {
  const ts = rfc3339(epoch);
  const out: Json = JSON.parse(JSON.stringify(config)) as Json;
  out.created = ts;
  if (Array.isArray(out.history)) for (const h of out.history as Json[]) h.created = ts;
  delete out.container;
  delete out.container_config;
  const cfg = out.config as Json | undefined;
  if (cfg && typeof cfg === 'object') {
    delete cfg.Image;
    delete cfg.Hostname;
  }
  return out;
}

export interface NormaliseResult {
  /** sha256:… of the written config = the image ID after load. */
  imageId: string;
  diffIds: string[];
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
  const rootfs = config.rootfs as { diff_ids?: string[] } | undefined;
  return { imageId: `sha256:${hex}`, diffIds: rootfs?.diff_ids ?? [], config };
}

/**
 * docker save REF | normalise | docker load, tagging the result with `tags`.
 *
 * The engine that saved the image has all its layers, and `docker load` (classic image store) only
 * reads a layer file when the layer is missing — so the archive we load carries just the new config
 * and manifest: ~50 ms instead of re-importing every layer (~1 s for a 150 MB base). Engines that
 * insist on every blob (the containerd image store) get the full archive on a second attempt.
 */
export async function normaliseImage(images: DockerImages, ref: string, epoch: number, tags: string[]): Promise<NormaliseResult> {
  try {
    return await saveNormaliseLoad(images, ref, epoch, tags, false);
  } catch {
    return saveNormaliseLoad(images, ref, epoch, tags, true);
  }
}

async function saveNormaliseLoad(images: DockerImages, ref: string, epoch: number, tags: string[], layers: boolean): Promise<NormaliseResult> {
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
  return result;
}
