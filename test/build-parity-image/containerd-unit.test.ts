/**
 * Unit tests of what the containerd image store changes (found running the action against it, see
 * containerd-store.test.ts): image IDs are manifest digests, so the loaded image is found from
 * `docker load`'s output and checked; buildx's --iidfile may name a config digest the store cannot
 * resolve; buildx must not add its default (timestamped) provenance attestation.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { findLoaded, normaliseImage, rfc3339 } from '../../actions/build-parity-image/normalise.js';
import { detectBuilder, DockerClient, DockerImages, loadedImages, type HistoryRow, type ImageInspect } from '../../actions/shared/docker.js';

const EPOCH = 1700000000;
const LAYERS = ['sha256:' + 'a'.repeat(64), 'sha256:' + 'b'.repeat(64)];
const CONFIG = 'sha256:' + 'c'.repeat(64);
const MANIFEST = 'sha256:' + 'd'.repeat(64);
const OLD = 'sha256:' + 'e'.repeat(64);

/** A fake engine: inspect answers for the refs given; load records what it was asked and prints `loadOut`. */
function fakeImages(byRef: Record<string, ImageInspect>, loadOut = '', history: HistoryRow[] = []): DockerImages & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    inspect: (ref: string) => {
      asked.push(ref);
      return Promise.resolve(byRef[ref]);
    },
    history: () => Promise.resolve(history),
    load: () => {
      const stream = new PassThrough();
      stream.resume();
      return { stream, done: new Promise((resolve) => stream.on('end', () => resolve({ code: 0, stdout: loadOut, stderr: '' }))) };
    },
  } as unknown as DockerImages & { asked: string[] };
}

function image(id: string, created = rfc3339(EPOCH), layers = LAYERS): ImageInspect {
  return { Id: id, Created: created, RootFS: { Type: 'layers', Layers: layers }, Config: { Env: ['A=1'] }, Architecture: 'amd64', Os: 'linux' };
}

describe('docker load output', () => {
  it('lists tagged and untagged loads, classic and containerd store wording alike', () => {
    expect(loadedImages('Loaded image: reg/app:1\nLoaded image: reg/app:latest\n')).toEqual(['reg/app:1', 'reg/app:latest']);
    expect(loadedImages(`Loaded image ID: ${CONFIG}\n`)).toEqual([CONFIG]);
    expect(loadedImages(`Loaded image: reg/app:1\r\nLoaded image ID: ${MANIFEST}\n`)).toEqual(['reg/app:1', MANIFEST]);
    expect(loadedImages('')).toEqual([]);
    expect(loadedImages('open /x: no such file\n')).toEqual([]);
  });
});

describe('finding the image a docker load made', () => {
  it('classic store: the config digest is the ID (one inspect)', async () => {
    const images = fakeImages({ [CONFIG]: image(CONFIG) });
    expect((await findLoaded(images, CONFIG, 'Loaded image: reg/app:1\n', ['reg/app:1'], LAYERS, EPOCH))?.Id).toBe(CONFIG);
    expect(images.asked).toEqual([CONFIG]);
  });

  it('containerd store: the config digest does not resolve; the reported tag names the image, whose ID is a manifest digest', async () => {
    const images = fakeImages({ 'reg/app:1': image(MANIFEST) });
    expect((await findLoaded(images, CONFIG, 'Loaded image: reg/app:1\n', ['reg/app:1'], LAYERS, EPOCH))?.Id).toBe(MANIFEST);
    expect((await findLoaded(fakeImages({ [MANIFEST]: image(MANIFEST) }), CONFIG, `Loaded image ID: ${MANIFEST}\n`, [], LAYERS, EPOCH))?.Id).toBe(MANIFEST);
  });

  it('never takes an image that is not the normalised one (a tag still naming an older image)', async () => {
    const stale = fakeImages({ 'reg/app:1': image(OLD, '2026-11-27T13:00:00Z') });
    expect(await findLoaded(stale, CONFIG, '', ['reg/app:1'], LAYERS, EPOCH)).toBeUndefined();
    const otherLayers = fakeImages({ 'reg/app:1': image(OLD, rfc3339(EPOCH), [LAYERS[0]!]) });
    expect(await findLoaded(otherLayers, CONFIG, '', ['reg/app:1'], LAYERS, EPOCH)).toBeUndefined();
  });
});

describe('normaliseImage with an --iidfile the containerd store cannot resolve', () => {
  const history: HistoryRow[] = [
    { CreatedAt: rfc3339(EPOCH), CreatedBy: 'COPY x /x # buildkit', Comment: 'buildkit.dockerfile.v0', Size: '12' },
    { CreatedAt: rfc3339(EPOCH), CreatedBy: 'base', Comment: '', Size: '100' },
  ];
  it('finds the built image through its tag and keeps it (the builder honoured SOURCE_DATE_EPOCH)', async () => {
    const images = fakeImages({ 'reg/app:1': image(MANIFEST) }, '', history);
    const r = await normaliseImage(images, CONFIG, EPOCH, ['reg/app:1']);
    expect(r).toMatchObject({ imageId: MANIFEST, by: 'builder' });
  });
  it('still fails clearly when neither the ID nor a tag resolves', async () => {
    await expect(normaliseImage(fakeImages({}, '', history), CONFIG, EPOCH, ['reg/app:1'])).rejects.toThrow(`built image ${CONFIG} is not in the engine`);
  });
});

describe('buildx without default attestations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bb-fake-docker-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('the buildx builder client sets BUILDX_NO_DEFAULT_ATTESTATIONS=1 (a provenance manifest carries build times: no two digests alike)', async () => {
    const fake = join(dir, 'docker');
    writeFileSync(fake, '#!/bin/sh\ncase "$1 $2" in\n  "buildx version") echo "github.com/docker/buildx v0.30.0 abc" ;;\n  "buildx inspect") printf "Name: default\\nDriver: docker\\n" ;;\n  *) exit 1 ;;\nesac\n');
    chmodSync(fake, 0o755);
    const saved = process.env.BLACKBELT_BUILDER;
    delete process.env.BLACKBELT_BUILDER;
    try {
      const b = await detectBuilder([fake]);
      expect(b.kind).toBe('buildx');
      expect(b.client.env().BUILDX_NO_DEFAULT_ATTESTATIONS).toBe('1');
    } finally {
      if (saved !== undefined) process.env.BLACKBELT_BUILDER = saved;
    }
  });
});

describe('which image store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bb-fake-docker-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** A docker CLI whose `info --format '{{json .DriverStatus}}'` prints `status` (exit `code`), counting its calls. */
  function fakeDocker(name: string, status: string, code = 0): { images: DockerImages; calls: () => number } {
    const bin = join(dir, name);
    const count = join(dir, `${name}.calls`);
    writeFileSync(count, '');
    writeFileSync(bin, `#!/bin/sh\necho x >> '${count}'\n[ "$1" = info ] || exit 1\nprintf '%s\\n' '${status}'\nexit ${code}\n`);
    chmodSync(bin, 0o755);
    // The CLI path (a fake CLI): the engine API answers the same (test/shared/engine-api.test.ts).
    return { images: new DockerImages(new DockerClient(bin), { api: false }), calls: () => readFileSync(count, 'utf8').split('\n').filter(Boolean).length };
  }

  it('the containerd image store from docker info (asked once), the classic one otherwise', async () => {
    const ctrd = fakeDocker('ctrd', '[["driver-type","io.containerd.snapshotter.v1"]]');
    expect(await ctrd.images.usesContainerdStore()).toBe(true);
    expect(await ctrd.images.usesContainerdStore()).toBe(true);
    expect(ctrd.calls()).toBe(1);
    expect(await fakeDocker('classic', '[["Backing Filesystem","extfs"],["Supports d_type","true"]]').images.usesContainerdStore()).toBe(false);
    expect(await fakeDocker('broken', '', 1).images.usesContainerdStore()).toBe(false);
  });
});
