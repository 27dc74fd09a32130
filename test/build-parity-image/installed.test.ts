import { describe, expect, it } from 'vitest';
import { listingKey, sameContents } from '../../actions/build-parity-image/installed.js';
import { generateDockerfile } from '../../actions/build-parity-image/dockerfile.js';
import { MANAGERS } from '../../actions/shared/lockfile/types.js';
import type { ImageInspect } from '../../actions/shared/docker.js';

const layer = (c: string): string => `sha256:${c.repeat(64)}`;
const image = (layers: string[], env = ['PATH=/opt/venv/bin:/usr/bin'], extra: Partial<ImageInspect> = {}): ImageInspect => ({
  Id: 'sha256:x',
  Os: 'linux',
  Architecture: 'amd64',
  Config: { Env: env, User: '65534:65534', WorkingDir: '/app' },
  RootFS: { Type: 'layers', Layers: layers },
  ...extra,
});

describe('reusing an installed-set listing (installed.ts)', () => {
  const base = [layer('a')];
  const deps = 2; // base + dependency layer

  it('keys on the base and dependency layers: a new source or WORKDIR layer keeps the key', () => {
    const k = listingKey(image([...base, layer('d'), layer('s'), layer('w')]), deps);
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(listingKey(image([...base, layer('d'), layer('t'), layer('w')]), deps)).toBe(k);
    expect(listingKey(image([...base, layer('d'), layer('t')]), deps)).toBe(k);
  });

  it('a different dependency or base layer, config, platform or architecture is another key', () => {
    const k = listingKey(image([...base, layer('d'), layer('s')]), deps);
    expect(listingKey(image([...base, layer('e'), layer('s')]), deps)).not.toBe(k);
    expect(listingKey(image([layer('b'), layer('d'), layer('s')]), deps)).not.toBe(k);
    expect(listingKey(image([...base, layer('d'), layer('s')], ['PATH=/usr/bin']), deps)).not.toBe(k);
    expect(listingKey(image([...base, layer('d'), layer('s')]), deps, 'linux/arm64')).not.toBe(k);
    expect(listingKey(image([...base, layer('d'), layer('s')], undefined, { Architecture: 'arm64' }), deps)).not.toBe(k);
    const other = image([...base, layer('d'), layer('s')]);
    other.Config = { ...other.Config, User: 'root' };
    expect(listingKey(other, deps)).not.toBe(k);
  });

  it('no key for an image without a layer above the dependency layers', () => {
    expect(listingKey(image([...base, layer('d')]), deps)).toBeUndefined();
    expect(listingKey(image([]), deps)).toBeUndefined();
  });

  it('sameContents: timestamps may differ, layers and runtime config may not', () => {
    const a = image([...base, layer('d')], undefined, { Created: '2024-01-01T00:00:00Z' });
    expect(sameContents(a, image([...base, layer('d')], undefined, { Created: '1970-01-01T00:00:00Z' }))).toBe(true);
    expect(sameContents(a, image([...base, layer('e')]))).toBe(false);
    expect(sameContents(a, image([...base, layer('d')], ['PATH=/bin']))).toBe(false);
  });

  it('holds only while the generated runtime stage adds nothing but /app above the dependency layer', () => {
    // The key leaves out every layer above base + dependencies. If the generated Dockerfile ever runs
    // or copies anything else there, that layer could change what is installed: this test must fail.
    for (const manager of MANAGERS) {
      for (const srcLayout of [false, true]) {
        const text = generateDockerfile({ manager, lockfile: 'x.lock', baseImage: 'python:3.12-slim', command: ['app'], wheelhouse: true, srcLayout });
        const runtime = text.slice(text.lastIndexOf('\nFROM '));
        const afterDeps = runtime.slice(runtime.indexOf('COPY --from=deps /out/ /') + 'COPY --from=deps /out/ /'.length);
        const instructions = afterDeps.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
        // ADD unpacks src.tar: the project under app/ and wrappers never named python* (context.ts, scripts.ts; their tests)
        expect(instructions.filter((l) => !/^(USER|CMD|ENV|LABEL|EXPOSE) /.test(l))).toEqual(['ADD src.tar /', 'WORKDIR /app']);
      }
    }
  });
});
