/**
 * Normalisation against the real engine: the config rebuilt from `docker image inspect` + history
 * (no layer leaves the engine) must give the very image ID that the `docker save` path gives, for
 * Dockerfiles using every instruction that shapes the config, with BuildKit and the legacy builder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configFromInspect, loadNormalisedConfig, normaliseImage, normaliseViaArchive, rfc3339 } from '../../actions/build-parity-image/normalise.js';
import { DockerClient, DockerImages } from '../../actions/shared/docker.js';

const BASE = process.env.BLACKBELT_BASE_IMAGE || 'local/python-base:3.11';
const enabled = spawnSync('docker', ['image', 'inspect', BASE]).status === 0;
if (!enabled && process.env.BLACKBELT_REQUIRE_LAB === '1') throw new Error('BLACKBELT_REQUIRE_LAB=1 but the Docker lab is not available: run scripts/lab up');

const EPOCH = 1700000000;
// The action talks to this (local) engine through its API; the CLI path must give the same IDs.
const images = new DockerImages(new DockerClient());
const cliImages = new DockerImages(new DockerClient(), { api: false });
const made: string[] = [];

// Which ones the history settles without `docker save` (zero-byte RUN + WORKDIR can be ambiguous).
const UNAMBIGUOUS = new Set(['every config instruction']);
const DOCKERFILES: Record<string, string> = {
  'every config instruction': `FROM ${BASE}
ENV A=1 B="two words"
LABEL org.example.a="x" org.example.b="y"
ARG V=3
EXPOSE 8000/tcp 9000/udp
VOLUME /data
STOPSIGNAL SIGINT
HEALTHCHECK --interval=5s --timeout=2s --retries=2 CMD ["python3", "-c", "print(1)"]
SHELL ["/bin/bash", "-c"]
ONBUILD RUN echo child
WORKDIR /srv/app
COPY hello.txt ./
RUN echo "$V" > /srv/app/v.txt
USER 65534:65534
ENTRYPOINT ["python3"]
CMD ["-c", "print('hi')"]
`,
  'zero-byte layers (WORKDIR, an empty RUN)': `FROM ${BASE}
WORKDIR /app
RUN true
COPY hello.txt /app/
`,
};

function build(kind: 'buildkit' | 'legacy', dockerfile: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bb-norm-'));
  writeFileSync(join(dir, 'Dockerfile'), dockerfile);
  writeFileSync(join(dir, 'hello.txt'), 'hello\n');
  const tag = `bb-norm/${kind}:${made.length}`;
  made.push(tag);
  // Debian's 20.10 client embeds BuildKit (a newer client on PATH would need buildx for
  // DOCKER_BUILDKIT=1) and never pulls in `build` unless asked to (its --pull is a boolean).
  const client = spawnSync('/usr/bin/docker', ['version'], { encoding: 'utf8' }).status === 0 ? '/usr/bin/docker' : 'docker';
  execFileSync(client, ['build', '--network', 'none', '-q', '-t', tag, dir], { env: { ...process.env, DOCKER_BUILDKIT: kind === 'buildkit' ? '1' : '0' }, stdio: ['ignore', 'ignore', 'pipe'] });
  return execFileSync('docker', ['image', 'inspect', '-f', '{{.Id}}', tag], { encoding: 'utf8' }).trim();
}

describe.skipIf(!enabled)('normalisation on the real engine', () => {
  afterAll(() => {
    spawnSync('docker', ['image', 'rm', '-f', ...made]);
  });

  for (const kind of ['buildkit', 'legacy'] as const) {
    for (const [name, dockerfile] of Object.entries(DOCKERFILES)) {
      it(`${kind}, ${name}: config rebuilt from inspect = config from docker save (same image ID)`, async () => {
        const raw = build(kind, dockerfile);
        const viaArchive = await normaliseViaArchive(images, raw, EPOCH, [`bb-norm/archive:${made.length}`]);
        made.push(`bb-norm/archive:${made.length}`);
        const inspect = (await images.inspect(raw))!;
        const history = (await images.history(raw))!;
        const rebuilt = configFromInspect(inspect, [...history].reverse());
        if (UNAMBIGUOUS.has(name)) expect(rebuilt, 'history should map onto the layers').toBeDefined();
        if (!rebuilt) {
          // Ambiguous history: the action falls back to the archive path; that must still work.
          const r = await normaliseImage(images, raw, EPOCH, []);
          expect(r.by).toBe('archive');
          expect(r.imageId).toBe(viaArchive.imageId);
          return;
        }
        const viaConfig = await loadNormalisedConfig(images, rebuilt, EPOCH, []);
        expect(viaConfig?.imageId).toBe(viaArchive.imageId);
        expect(viaConfig?.config).toEqual(viaArchive.config);
        // Through the CLI instead of the engine API: the same config, the same image.
        const cliHistory = (await cliImages.history(raw))!;
        expect(configFromInspect((await cliImages.inspect(raw))!, [...cliHistory].reverse())).toEqual(rebuilt);
        const viaCli = await normaliseViaArchive(cliImages, raw, EPOCH, []);
        expect(viaCli.imageId).toBe(viaArchive.imageId);
        // and the loaded image is a runnable image with the normalised timestamp
        const loaded = (await images.inspect(viaArchive.imageId))!;
        expect(loaded.Created).toBe(rfc3339(EPOCH));
        expect(loaded.RootFS?.Layers).toEqual(inspect.RootFS?.Layers);
      }, 120_000);
    }
  }

  it('normaliseImage picks the config path for a BuildKit image of the generated shape, and is idempotent', async () => {
    const raw = build('buildkit', `FROM ${BASE}\nENV X=1\nCOPY hello.txt /out/\nWORKDIR /app\nUSER 65534:65534\nCMD ["python3"]\n`);
    const first = await normaliseImage(images, raw, EPOCH, []);
    expect(first.by).toBe('config');
    // the normalised image already carries the epoch, as a modern builder's would: nothing to do
    const again = await normaliseImage(images, first.imageId, EPOCH, []);
    expect(again.by).toBe('builder');
    expect(again.imageId).toBe(first.imageId);
  }, 120_000);
});
