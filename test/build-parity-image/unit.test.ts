import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cachedSteps, parseBuildFailure } from '../../actions/build-parity-image/buildlog.js';
import { isIgnored, parseDockerignore, writeSourceTar } from '../../actions/build-parity-image/context.js';
import { generateDockerfile, MANAGER_NOTES, parseCommand } from '../../actions/build-parity-image/dockerfile.js';
import { deriveLockedSet, withLocalWheels, withLockedLocals } from '../../actions/build-parity-image/locked.js';
import { parseWheelName } from '../../actions/build-parity-image/localwheels.js';
import { localPathOf, localProjectName } from '../../actions/shared/lockfile/requirements.js';
import { checkLockfile } from '../../actions/shared/lockfile/index.js';
import { loadLock, parseHashedRequirements, uvProductionNames } from '../../actions/build-parity-image/lock.js';
import { builderHonouredEpoch, canonicalJson, configFromInspect, layerOwners, normaliseArchive, normaliseConfig, rfc3339 } from '../../actions/build-parity-image/normalise.js';
import { compareParity, type InstalledProbe } from '../../actions/build-parity-image/parity.js';
import { imageLabels, readCommit, remoteToHttps } from '../../actions/build-parity-image/provenance.js';
import { fileHeader, readTar, TarWriter } from '../../actions/build-parity-image/tar.js';
import { coversAll, localWheelhouseReady, pipDownloadArgs, wheelCacheKey, wheelHashes } from '../../actions/build-parity-image/wheelhouse.js';
import type { HistoryRow, ImageInspect } from '../../actions/shared/docker.js';
import type { PythonEnvironment } from '../../actions/build-parity-image/environment.js';
import type { MarkerEnvironment } from '../../actions/shared/lockfile/pep508.js';
import { MANAGERS, type LockedPackage } from '../../actions/shared/lockfile/types.js';

const env311: MarkerEnvironment = {
  python_version: '3.11',
  python_full_version: '3.11.2',
  os_name: 'posix',
  sys_platform: 'linux',
  platform_release: '6.1.0',
  platform_system: 'Linux',
  platform_version: '#1 SMP',
  platform_machine: 'x86_64',
  platform_python_implementation: 'CPython',
  implementation_name: 'cpython',
  implementation_version: '3.11.2',
};
const H = (c: string): string => `sha256:${c.repeat(64)}`;

describe('generated Dockerfile', () => {
  it.each(MANAGERS)('for %s: deps from the lock before the source, hash-checked, non-root, no manager tool', (manager) => {
    const df = generateDockerfile({ manager, lockfile: 'x.lock', baseImage: 'local/python-base:3.11', command: ['gunicorn', '-c', 'gunicorn.conf.py', 'service.app:app'], wheelhouse: true, srcLayout: true });
    expect(df).toContain(MANAGER_NOTES[manager]);
    expect(df).toContain(`(${manager})`);
    const reqCopy = df.indexOf('COPY deps/requirements.txt');
    const srcCopy = df.indexOf('ADD src.tar /');
    expect(reqCopy).toBeGreaterThan(0);
    expect(srcCopy).toBeGreaterThan(reqCopy);
    expect(df).toContain('--require-hashes --no-deps --no-compile');
    expect(df).toContain('--no-index --find-links /tmp/blackbelt/wheels');
    expect(df).toContain('python3 -m venv --without-pip /opt/venv');
    expect(df).toContain('COPY --from=deps /out/ /');
    expect(df).toContain('USER 65534:65534');
    expect(df).toContain('CMD ["gunicorn", "-c", "gunicorn.conf.py", "service.app:app"]');
    expect(df).toContain('PYTHONPATH=/app/src');
    expect(df).not.toMatch(/\b(uv|poetry|pdm|pipenv) (sync|install)\b/);
    // the deps stage never sees SOURCE_DATE_EPOCH (a new commit must not invalidate it)
    const deps = df.slice(df.indexOf('AS deps'), df.lastIndexOf('\nFROM '));
    expect(deps).not.toContain('SOURCE_DATE_EPOCH');
    // the source layer comes from a tar that carries its own timestamps: no RUN after the dependency layer
    expect(df.slice(df.lastIndexOf('\nFROM '))).not.toMatch(/^RUN /m);
  });

  it('without a wheelhouse installs from the index inside the build, and without command keeps the base CMD', () => {
    const df = generateDockerfile({ manager: 'uv', lockfile: 'uv.lock', baseImage: 'python:3.12-slim', command: [], wheelhouse: false, srcLayout: false });
    expect(df).not.toContain('--no-index');
    expect(df).not.toContain('COPY deps/wheels');
    expect(df).not.toContain('CMD');
    expect(df).not.toContain('PYTHONPATH');
  });

  it('parses command as words or a JSON array', () => {
    expect(parseCommand('gunicorn -c gunicorn.conf.py app:app')).toEqual(['gunicorn', '-c', 'gunicorn.conf.py', 'app:app']);
    expect(parseCommand('["python3", "-m", "http.server"]')).toEqual(['python3', '-m', 'http.server']);
    expect(parseCommand('  ')).toEqual([]);
  });
});

describe('locked set for the image', () => {
  const locked: LockedPackage[] = [
    { name: 'flask', version: '3.1.0', hashes: [H('a')], groups: ['main'] },
    { name: 'colorama', version: '0.4.6', marker: "sys_platform == 'win32'", hashes: [H('b')] },
    { name: 'tomli', version: '2.0.1', marker: 'python_version < "3.11"', hashes: [H('c')] },
    { name: 'pytest', version: '8.0.0', hashes: [H('d')], groups: ['dev'] },
    { name: 'svc', version: '1.0.0', source: 'project' },
    { name: 'numpy', version: '2.0.0', marker: "platform_machine == 'x86_64'", hashes: [H('e')] },
    { name: 'numpy', version: '2.0.0', marker: "platform_machine == 'x86_64'", hashes: [H('f')] },
  ];
  it('evaluates markers, drops dev groups and the project, merges hashes, writes hashed requirements', () => {
    const d = deriveLockedSet(locked, env311, { manager: 'uv' });
    expect(d.packages.map((p) => `${p.name}==${p.version}`)).toEqual(['flask==3.1.0', 'numpy==2.0.0']);
    expect(d.packages[1]!.hashes).toEqual([H('e'), H('f')]);
    expect(d.excluded.map((e) => e.name).sort()).toEqual(['colorama', 'pytest', 'svc', 'tomli']);
    expect(d.requirements).toContain(`flask==3.1.0 \\\n    --hash=${H('a')}\n`);
  });
  it('refuses packages without hashes and VCS sources with a clear error', () => {
    expect(() => deriveLockedSet([{ name: 'a', version: '1' }], env311)).toThrow(/no hashes.*a==1/);
    expect(() => deriveLockedSet([{ name: 'a', version: '1', source: 'git', hashes: [H('a')] }], env311)).toThrow(/VCS or direct URLs/);
  });
  it('refuses two versions of one package for the same environment', () => {
    expect(() => deriveLockedSet([{ name: 'a', version: '1', hashes: [H('a')] }, { name: 'a', version: '2', hashes: [H('b')] }], env311)).toThrow(/both 1 and 2/);
  });
  it('uv.lock: production set = what the project entry reaches, without dev groups', () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures/uvapp/uv.lock'), 'utf8');
    expect([...uvProductionNames(text)!].sort()).toEqual(['idna', 'six', 'uvapp']);
  });
  it('reads pip-compile --generate-hashes output', () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures/app/requirements.txt'), 'utf8');
    const pkgs = parseHashedRequirements(text);
    expect(pkgs.map((p) => p.name)).toEqual(['idna', 'itsdangerous', 'six']);
    expect(pkgs[0]!.hashes).toHaveLength(2);
  });
});

describe('which lock the image is built from', () => {
  it('the top-level requirements.txt, not the dev.txt or requirements/*.txt verify-lockfile also finds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bb-pick-'));
    const source = resolve('test/fixtures/lockfiles/webapp/pip-tools');
    for (const name of ['dev.in', 'dev.txt', 'requirements.in', 'requirements.txt']) writeFileSync(join(dir, name), readFileSync(join(source, name)));
    mkdirSync(join(dir, 'requirements'));
    writeFileSync(join(dir, 'requirements', 'base.txt'), readFileSync(join(source, 'dev.txt')));
    const loaded = await loadLock(dir, dir);
    expect(loaded.lockfile).toBe(join(dir, 'requirements.txt'));
    expect(loaded.locked.map((p) => p.name)).toContain('flask');
    // named explicitly, dev.txt is what is built
    expect((await loadLock(dir, dir, join(dir, 'dev.txt'))).locked.map((p) => p.name)).toContain('pytest');
    // with only dev sets left, no guess: the user names the lock
    rmSync(join(dir, 'requirements.txt'));
    await expect(loadLock(dir, dir)).rejects.toThrow(/No lockfile found/);
  });
});

describe('parity', () => {
  const probe = (dists: Array<[string, string]>, extra: Partial<InstalledProbe> = {}): InstalledProbe => ({
    prefix: '/opt/venv',
    base_prefix: '/usr',
    paths: ['/opt/venv/lib/python3.11/site-packages'],
    dists: dists.map(([name, version]) => ({ name, version })),
    ensurepip: { pip: '23.0.1', setuptools: '66.1.1' },
    system: { pip: '23.0.1', wheel: '0.38.4' },
    ...extra,
  });
  const expected = [
    { name: 'flask', version: '3.1.0' },
    { name: 'six', version: '1.16.0' },
  ];
  it('passes when the sets are equal (names and versions normalised)', () => {
    const r = compareParity(expected, probe([['Flask', '3.1'], ['six', '1.16.0']]), new Set(['flask', 'six']));
    expect(r.pass).toBe(true);
  });
  it('names missing, extra and version-mismatched packages', () => {
    const r = compareParity(expected, probe([['flask', '3.0.0'], ['requests', '2.32.0']]), new Set(['flask', 'six']));
    expect(r.pass).toBe(false);
    expect(r.problems).toEqual([
      { name: 'flask', locked: '3.1.0', installed: '3.0.0', status: 'version' },
      { name: 'requests', installed: '2.32.0', status: 'extra' },
      { name: 'six', locked: '1.16.0', status: 'missing' },
    ]);
  });
  it('tolerates pip/setuptools/wheel only when the lock does not mention them and the base ships that version', () => {
    const withPip = probe([['flask', '3.1.0'], ['six', '1.16.0'], ['pip', '23.0.1']]);
    expect(compareParity(expected, withPip, new Set(['flask', 'six'])).pass).toBe(true);
    expect(compareParity(expected, withPip, new Set(['flask', 'six', 'pip'])).pass).toBe(false);
    const newerPip = probe([['flask', '3.1.0'], ['six', '1.16.0'], ['pip', '24.2']]);
    expect(compareParity(expected, newerPip, new Set(['flask', 'six'])).problems[0]).toMatchObject({ name: 'pip', status: 'extra' });
  });
});

async function collect(stream: PassThrough): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

async function makeTar(files: Array<[string, Buffer]>): Promise<Buffer> {
  const out = new PassThrough();
  const done = collect(out);
  const w = new TarWriter(out);
  for (const [name, data] of files) await w.addFile(name, data, 1234);
  await w.finish();
  return done;
}

describe('tar + normalisation', () => {
  it('a reader that goes away fails the writer instead of leaving it waiting for a drain that never comes', async () => {
    const out = new PassThrough({ highWaterMark: 1024 });
    const w = new TarWriter(out);
    const writing = w.addFile('big', Buffer.alloc(64 * 1024, 1)); // nobody reads: the write waits for 'drain'
    setTimeout(() => out.destroy(new Error('docker load exited')), 20);
    await expect(writing).rejects.toThrow(/docker load exited|closed the stream/);
    await expect(w.addFile('next', Buffer.from('x'))).rejects.toThrow(/closed the stream: docker load exited/);
  });
  it('round-trips ustar and long (PAX) names, streaming bodies', async () => {
    const long = 'd/'.repeat(80) + 'file.txt';
    const big = Buffer.alloc(3 * 1024 * 1024 + 7, 7);
    const tar = await makeTar([
      ['a.txt', Buffer.from('hello')],
      [long, Buffer.from('x')],
      ['big/layer.tar', big],
    ]);
    const seen: Array<[string, number]> = [];
    let bigBack: Buffer = Buffer.alloc(0);
    for await (const e of readTar([tar.subarray(0, 700), tar.subarray(700)])) {
      seen.push([e.name, e.size]);
      if (e.name === 'big/layer.tar') bigBack = await e.readAll();
    }
    expect(seen).toEqual([
      ['a.txt', 5],
      [long, 1],
      ['big/layer.tar', big.length],
    ]);
    expect(bigBack.equals(big)).toBe(true);
    expect(fileHeader('x', 1).length).toBe(512);
  });

  it('rewrites only the config: timestamps clamped, container fields dropped, layers byte-identical', async () => {
    const layer = Buffer.alloc(2 * 1024 * 1024, 3); // > 1 MiB: streamed through
    const smallLayer = Buffer.from('tiny layer');
    const config = {
      architecture: 'amd64',
      os: 'linux',
      created: '2026-11-27T07:01:49.123456Z',
      container: 'abc',
      container_config: { Hostname: 'abc' },
      config: { Env: ['PATH=/usr/bin'], Image: 'sha256:parent', Hostname: 'abc', Labels: { a: 'b' } },
      history: [{ created: '2026-11-27T07:01:49Z', created_by: 'RUN x' }, { created: '2026-11-27T07:01:50Z', created_by: 'COPY', empty_layer: true }],
      rootfs: { type: 'layers', diff_ids: ['sha256:l1', 'sha256:l2'] },
    };
    const manifest = [{ Config: 'cfg0.json', RepoTags: ['old:tag'], Layers: ['l1/layer.tar', 'l2/layer.tar'] }];
    const archive = await makeTar([
      ['l1/layer.tar', layer],
      ['l2/layer.tar', smallLayer],
      ['cfg0.json', Buffer.from(JSON.stringify(config))],
      ['manifest.json', Buffer.from(JSON.stringify(manifest))],
      ['repositories', Buffer.from('{}')],
    ]);
    const run = async (): Promise<{ out: Buffer; id: string }> => {
      const out = new PassThrough();
      const done = collect(out);
      const r = await normaliseArchive([archive], out, 1700000000, ['new:tag']);
      return { out: await done, id: r.imageId };
    };
    const a = await run();
    const b = await run();
    expect(a.id).toBe(b.id);
    expect(a.out.equals(b.out)).toBe(true);
    const files = new Map<string, Buffer>();
    for await (const e of readTar([a.out])) files.set(e.name, await e.readAll());
    expect(files.get('l1/layer.tar')!.equals(layer)).toBe(true);
    expect(files.get('l2/layer.tar')!.equals(smallLayer)).toBe(true);
    expect(files.has('cfg0.json')).toBe(false);
    expect(files.has('repositories')).toBe(false);
    const m = JSON.parse(files.get('manifest.json')!.toString()) as Array<{ Config: string; RepoTags: string[]; Layers: string[] }>;
    expect(m[0]!.RepoTags).toEqual(['new:tag']);
    expect(m[0]!.Layers).toEqual(['l1/layer.tar', 'l2/layer.tar']);
    const cfgBytes = files.get(m[0]!.Config)!;
    expect(`sha256:${createHash('sha256').update(cfgBytes).digest('hex')}`).toBe(a.id);
    const cfg = JSON.parse(cfgBytes.toString()) as Record<string, unknown>;
    expect(cfg.created).toBe('2023-11-14T22:13:20Z');
    expect((cfg.history as Array<{ created: string }>).every((h) => h.created === '2023-11-14T22:13:20Z')).toBe(true);
    expect(cfg).not.toHaveProperty('container');
    expect(cfg).not.toHaveProperty('container_config');
    expect(cfg.config).toEqual({ Env: ['PATH=/usr/bin'], Labels: { a: 'b' } });
  });

  it('normaliseConfig is pure, keeps the image fields only, drops zero values; canonicalJson sorts keys', () => {
    const c = { os: 'linux', architecture: 'amd64', config: { User: '', Env: ['A=1'], Tty: false, OnBuild: null, ExposedPorts: { '80/tcp': {} } }, created: 'x', container: 'c1', 'moby.buildkit.buildinfo.v1': 'e30=', history: [{ created: 'y', created_by: 'RUN a\tb', author: 'me', empty_layer: false }] };
    expect(canonicalJson(normaliseConfig(c, 0))).toBe('{"architecture":"amd64","config":{"Env":["A=1"],"ExposedPorts":{"80/tcp":{}}},"created":"1970-01-01T00:00:00Z","history":[{"created":"1970-01-01T00:00:00Z","created_by":"RUN a b"}],"os":"linux"}');
    expect(c.created).toBe('x');
    expect(c.config.User).toBe('');
    expect(rfc3339(1700000000)).toBe('2023-11-14T22:13:20Z');
  });
});

describe('config rebuilt from inspect + history', () => {
  const row = (CreatedBy: string, Size: number, Comment = 'buildkit.dockerfile.v0'): HistoryRow => ({ CreatedAt: '2026-11-27T10:53:15Z', CreatedBy, Comment, Size: String(Size) });
  // exactly what `docker image history` showed for the example service (oldest first)
  const rows = [row('mmdebstrap bookworm python3', 145992220, ''), row('ENV VIRTUAL_ENV=/opt/venv', 0), row('COPY /out/ / # buildkit', 3631723), row('COPY src/ / # buildkit', 109612), row('WORKDIR /app', 0), row('USER 65534:65534', 0), row('CMD ["gunicorn"]', 0)];

  it('metadata-only instructions own no layer; bytes own one; the layer count settles the rest', () => {
    expect(layerOwners(rows, 4)).toEqual([true, false, true, true, true, false, false]);
    expect(layerOwners(rows, 3)).toEqual([true, false, true, true, false, false, false]);
    // two zero-size RUNs and one of them owns a layer: cannot tell which → undefined (save instead)
    expect(layerOwners([row('base', 10, ''), row('RUN true', 0), row('RUN mkdir -p /x', 0)], 2)).toBeUndefined();
    expect(layerOwners([row('/bin/sh -c #(nop)  ENV A=1', 0, ''), row('/bin/sh -c #(nop) COPY file:abc in / ', 0, '')], 1)).toEqual([false, true]);
    // legacy builder after SHELL: the prefix is the new shell
    expect(layerOwners([row('base', 5, ''), row('/bin/bash -c #(nop) WORKDIR /srv', 0, ''), row('/bin/bash -c #(nop)  CMD ["-c"]', 0, ''), row('/bin/sh -eux -c #(nop)  USER 1', 0, '')], 2)).toEqual([true, true, false, false]);
  });

  it('rebuilds the same normalised config as the saved one', () => {
    const inspect: ImageInspect = {
      Id: 'sha256:raw',
      Architecture: 'amd64',
      Os: 'linux',
      Created: '2026-11-27T10:53:15Z',
      Config: { Hostname: '', User: '65534:65534', AttachStdin: false, Env: ['PATH=/opt/venv/bin:/usr/bin'], Cmd: ['gunicorn'], ArgsEscaped: true, Image: '', Volumes: null, WorkingDir: '/app', Entrypoint: null, OnBuild: null, Labels: { a: 'b' } },
      RootFS: { Type: 'layers', Layers: ['sha256:1', 'sha256:2', 'sha256:3', 'sha256:4'] },
    };
    const saved = {
      architecture: 'amd64',
      os: 'linux',
      created: '2026-11-27T10:53:15.123Z',
      config: { User: '65534:65534', Env: ['PATH=/opt/venv/bin:/usr/bin'], Cmd: ['gunicorn'], ArgsEscaped: true, WorkingDir: '/app', OnBuild: null, Labels: { a: 'b' } },
      rootfs: { type: 'layers', diff_ids: ['sha256:1', 'sha256:2', 'sha256:3', 'sha256:4'] },
      history: rows.map((r, i) => ({ created: 'whenever', created_by: r.CreatedBy, ...(r.Comment ? { comment: r.Comment } : {}), ...([1, 5, 6].includes(i) ? { empty_layer: true } : {}) })),
    };
    const rebuilt = configFromInspect(inspect, rows)!;
    expect(canonicalJson(normaliseConfig(rebuilt, 1700000000))).toBe(canonicalJson(normaliseConfig(saved, 1700000000)));
    expect(configFromInspect({ ...inspect, RootFS: { Type: 'layers', Layers: ['sha256:1'] } }, rows)).toBeUndefined();
  });

  it('recognises a builder that honoured SOURCE_DATE_EPOCH', () => {
    const inspect: ImageInspect = { Id: 'sha256:x', Created: '2023-11-14T22:13:20Z' };
    const newest = [{ ...row('CMD x', 0), CreatedAt: '2023-11-14T22:13:20Z' }];
    expect(builderHonouredEpoch(inspect, newest, 1700000000)).toBe(true);
    expect(builderHonouredEpoch({ ...inspect, Created: '2026-11-27T10:53:15.5Z' }, newest, 1700000000)).toBe(false);
    expect(builderHonouredEpoch({ ...inspect, Container: 'abc' }, newest, 1700000000)).toBe(false);
    expect(builderHonouredEpoch(inspect, [row('CMD x', 0)], 1700000000)).toBe(false);
  });
});

describe('wheel cache', () => {
  it('hashes wheels once (memo by size + mtime) and says when every package is covered', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bb-wheels-'));
    writeFileSync(join(dir, 'a-1-py3-none-any.whl'), 'aaa');
    writeFileSync(join(dir, 'b-1-py3-none-any.whl'), 'bbb');
    const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
    const first = wheelHashes(dir);
    expect(first.get('a-1-py3-none-any.whl')).toBe(sha('aaa'));
    expect(existsSync(join(dir, '.sha256.json'))).toBe(true);
    // a stale memo entry (same size, other mtime) is recomputed, not trusted
    writeFileSync(join(dir, 'a-1-py3-none-any.whl'), 'AAA');
    utimesSync(join(dir, 'a-1-py3-none-any.whl'), 1000, 1000);
    expect(wheelHashes(dir).get('a-1-py3-none-any.whl')).toBe(sha('AAA'));
    const present = new Set([...wheelHashes(dir).values()].map((h) => `sha256:${h}`));
    expect(coversAll([{ hashes: [`sha256:${sha('AAA')}`] }, { hashes: ['sha256:other', `sha256:${sha('bbb')}`] }], present)).toBe(true);
    expect(coversAll([{ hashes: [`sha256:${sha('aaa')}`] }], present)).toBe(false);
  });
});

describe('.dockerignore staging', () => {
  it('applies Docker rules: last match wins, ! re-includes, ** spans dirs, .git always out', () => {
    const rules = parseDockerignore('# c\n*.pyc\n**/__pycache__\ndocs\n!docs/keep.md\n/build/\n');
    expect(isIgnored('a.pyc', rules)).toBe(true);
    expect(isIgnored('pkg/a.pyc', rules)).toBe(false); // `*.pyc` is root-only in Docker
    expect(isIgnored('pkg/__pycache__/x.pyc', rules)).toBe(true);
    expect(isIgnored('docs/a.md', rules)).toBe(true);
    expect(isIgnored('docs/keep.md', rules)).toBe(false);
    expect(isIgnored('build/x', rules)).toBe(true);
    expect(isIgnored('src/app.py', rules)).toBe(false);

    const root = mkdtempSync(join(tmpdir(), 'bb-ctx-'));
    const from = join(root, 'p');
    for (const d of ['src/pkg/__pycache__', '.git', 'docs']) mkdirSync(join(from, d), { recursive: true });
    writeFileSync(join(from, '.dockerignore'), '**/__pycache__\ndocs\n!docs/keep.md\n');
    for (const f of ['src/pkg/a.py', 'src/pkg/__pycache__/a.pyc', '.git/HEAD', 'docs/x.md', 'docs/keep.md', 'app.py']) writeFileSync(join(from, f), f);
    const written = writeSourceTar(from, join(root, 'src.tar'), 1700000000);
    expect(written.files.sort()).toEqual(['.dockerignore', 'app.py', 'docs/keep.md', 'src/pkg/a.py']);
  });

  it('the source tar: everything under app/, sorted, 0:0, no group/other write, every mtime = the epoch, long names and symlinks kept', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bb-tar-'));
    const from = join(root, 'p');
    const deep = `pkg/${'d'.repeat(60)}/${'e'.repeat(60)}`;
    mkdirSync(join(from, deep), { recursive: true });
    chmodSync(from, 0o700); // a temp-dir checkout: /app must still be 0755
    writeFileSync(join(from, 'run.sh'), '#!/bin/sh\n', { mode: 0o777 });
    writeFileSync(join(from, deep, 'mod.py'), 'x = 1\n', { mode: 0o666 });
    symlinkSync(`${deep}/mod.py`, join(from, 'link.py'));
    mkdirSync(join(from, '.git'));
    writeFileSync(join(from, '.git', 'HEAD'), 'ref');
    const tarPath = join(root, 'src.tar');
    const written = writeSourceTar(from, tarPath, 1700000000);
    const bytes = readFileSync(tarPath);
    expect(written.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const entries: Array<{ name: string; type: string; mode: number; mtime: number; linkname: string; body: string }> = [];
    for await (const e of readTar([bytes])) entries.push({ name: e.name, type: e.type, mode: e.mode, mtime: e.mtime, linkname: e.linkname, body: (await e.readAll()).toString() });
    expect(entries.map((e) => e.name)).toEqual(['app/', 'app/link.py', 'app/pkg/', `app/pkg/${'d'.repeat(60)}/`, `app/${deep}/`, `app/${deep}/mod.py`, 'app/run.sh']);
    expect(entries.every((e) => e.mtime === 1700000000)).toBe(true);
    expect(entries.find((e) => e.name === 'app/run.sh')).toMatchObject({ type: '0', mode: 0o755, body: '#!/bin/sh\n' });
    expect(entries.find((e) => e.name.endsWith('mod.py'))).toMatchObject({ type: '0', mode: 0o644, body: 'x = 1\n' });
    expect(entries.find((e) => e.name === 'app/link.py')).toMatchObject({ type: '2', linkname: `${deep}/mod.py` });
    expect(entries.filter((e) => e.type === '5').every((e) => (e.mode & 0o022) === 0)).toBe(true);
    expect(entries[0]).toMatchObject({ name: 'app/', mode: 0o755 });
    // ustar owner fields are 0:0 for every header block
    for (let off = 0; off + 512 <= bytes.length; off += 512) {
      const block = bytes.subarray(off, off + 512);
      if (block.subarray(257, 262).toString('latin1') !== 'ustar') continue;
      expect(parseInt(block.subarray(108, 115).toString('latin1'), 8)).toBe(0);
      expect(parseInt(block.subarray(116, 123).toString('latin1'), 8)).toBe(0);
    }
    // a file bigger than the 1 MiB read chunk goes through whole
    const big = Buffer.alloc(2.5 * 1024 * 1024 + 7);
    for (let i = 0; i < big.length; i++) big[i] = (i * 7919) & 0xff;
    writeFileSync(join(from, 'data.bin'), big);
    const withBig = writeSourceTar(from, join(root, 'big.tar'), 1700000000);
    const bigBytes = readFileSync(join(root, 'big.tar'));
    expect(withBig.sha256).toBe(createHash('sha256').update(bigBytes).digest('hex'));
    let body: Buffer | undefined;
    for await (const e of readTar([bigBytes])) if (e.name === 'app/data.bin') body = await e.readAll();
    expect(body?.equals(big)).toBe(true);
    rmSync(join(from, 'data.bin'));
    // the same tree written again: the same bytes
    expect(writeSourceTar(from, join(root, 'again.tar'), 1700000000).sha256).toBe(written.sha256);
    expect(writeSourceTar(from, join(root, 'later.tar'), 1700000001).sha256).not.toBe(written.sha256);
  });
});

describe('build logs', () => {
  const df = 'FROM base\nRUN echo hi\nRUN exit 3 \\\n  && true\nCOPY x /x\n';
  it('maps a BuildKit failure to the Dockerfile line', () => {
    const log = '#7 [3/4] RUN exit 3   && true\n#7 ERROR: executor failed running [/bin/sh -c exit 3]: exit code: 3\n------\n > [3/4] RUN exit 3   && true:\n------\nERROR: failed to solve: executor failed running [/bin/sh -c exit 3]: exit code: 3\n';
    const f = parseBuildFailure(log, df);
    expect(f.step).toBe('RUN exit 3   && true');
    expect(f.line).toBe(3);
    expect(f.error).toContain('exit code: 3');
  });
  it('maps a legacy builder failure and a parse error', () => {
    expect(parseBuildFailure("Step 3/4 : COPY x /x\nCOPY failed: file not found in build context or excluded by .dockerignore: stat x: file does not exist\n", df).line).toBe(5);
    expect(parseBuildFailure('Error response from daemon: dockerfile parse error line 2: unknown instruction: RUNN', df)).toMatchObject({ line: 2, error: 'Dockerfile parse error: unknown instruction: RUNN' });
  });
  it('lists cached steps of both builders', () => {
    expect(cachedSteps('#9 [deps 4/4] RUN python3 -m venv\n#9 CACHED\n#10 [source 2/3] COPY src/ /out/app/\n#10 DONE 0.1s\n')).toEqual(['[deps 4/4] RUN python3 -m venv']);
    expect(cachedSteps('Step 4/9 : RUN python3 -m venv\n ---> Using cache\n ---> 123\n')).toEqual(['RUN python3 -m venv']);
  });
});

describe('labels, cache key, pip download argv', () => {
  it('labels carry revision, source, created (RFC 3339 of SOURCE_DATE_EPOCH), lock hash and manager', () => {
    expect(imageLabels({ sha: 'abc', epoch: 1700000000, epochSource: 'git', source: 'https://github.com/acme/svc' }, 'ff', 'uv')).toEqual({
      'org.opencontainers.image.created': '2023-11-14T22:13:20Z',
      'org.opencontainers.image.revision': 'abc',
      'org.opencontainers.image.source': 'https://github.com/acme/svc',
      'dev.blackbelt.lock-hash': 'ff',
      'dev.blackbelt.manager': 'uv',
    });
    expect(remoteToHttps('git@github.com:acme/svc.git')).toBe('https://github.com/acme/svc');
    expect(remoteToHttps('https://x-access-token:SECRET@github.com/acme/svc.git')).toBe('https://github.com/acme/svc');
  });
  it('reads the commit time, SHA and origin from git (one repository with a commit, one without, no repository)', async () => {
    const saved = { ...process.env };
    try {
      for (const k of ['GITHUB_SERVER_URL', 'GITHUB_REPOSITORY', 'GITHUB_SHA', 'SOURCE_DATE_EPOCH']) delete process.env[k];
      const repo = mkdtempSync(join(tmpdir(), 'bb-commit-'));
      const git = (...args: string[]): string => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e', GIT_COMMITTER_DATE: '1700000200 +0000', GIT_AUTHOR_DATE: '1700000100 +0000' } }).trim();
      git('init', '-q');
      expect(await readCommit(repo, '1600000000')).toEqual({ sha: undefined, epoch: 1600000000, epochSource: 'input', source: undefined });
      git('remote', 'add', 'origin', 'git@github.com:acme/svc.git');
      writeFileSync(join(repo, 'f'), 'x');
      git('add', 'f');
      git('commit', '-qm', 'one');
      expect(await readCommit(repo)).toEqual({ sha: git('rev-parse', 'HEAD'), epoch: 1700000200, epochSource: 'git', source: 'https://github.com/acme/svc' });
      process.env.GITHUB_SERVER_URL = 'https://github.com';
      process.env.GITHUB_REPOSITORY = 'acme/other';
      expect((await readCommit(repo)).source).toBe('https://github.com/acme/other');
      process.env.GITHUB_SHA = 'f'.repeat(40);
      process.env.SOURCE_DATE_EPOCH = '1500000000';
      expect(await readCommit(mkdtempSync(join(tmpdir(), 'bb-nogit-')))).toEqual({ sha: 'f'.repeat(40), epoch: 1500000000, epochSource: 'env', source: 'https://github.com/acme/other' });
    } finally {
      process.env = saved;
    }
  });
  it('a local wheelhouse that covers the lock needs no pip: any for the lock hash before the probe, this key\'s covering every package after', () => {
    const py: PythonEnvironment = { env: env311, platforms: ['manylinux_2_36_x86_64', 'linux_x86_64'], abis: ['cp311', 'abi3', 'none'], pip: '23.0.1', executable: '/usr/bin/python3' };
    const saved = { dir: process.env.BLACKBELT_CACHE_DIR, v1: process.env.ACTIONS_CACHE_URL, v2: process.env.ACTIONS_RESULTS_URL };
    const root = mkdtempSync(join(tmpdir(), 'bb-whready-'));
    process.env.BLACKBELT_CACHE_DIR = root;
    delete process.env.ACTIONS_CACHE_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    try {
      const lockHash = 'ab'.repeat(32);
      const sha = (t: string): string => `sha256:${createHash('sha256').update(t).digest('hex')}`;
      const packages = [{ hashes: [sha('a-wheel')] }, { hashes: ['sha256:' + '0'.repeat(64), sha('b-wheel')] }];
      expect(localWheelhouseReady(lockHash)).toBe(false); // no cache yet
      const dir = join(root, 'wheels', wheelCacheKey(lockHash, py));
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'a-1.0-py3-none-any.whl'), 'a-wheel');
      expect(localWheelhouseReady(lockHash)).toBe(true);
      expect(localWheelhouseReady('cd'.repeat(32))).toBe(false);
      expect(localWheelhouseReady(lockHash, py, packages)).toBe(false); // b is missing
      writeFileSync(join(dir, 'b-1.0-py3-none-any.whl'), 'b-wheel');
      expect(localWheelhouseReady(lockHash, py, packages)).toBe(true);
      expect(localWheelhouseReady(lockHash, { ...py, platforms: ['musllinux_1_2_x86_64'] }, packages)).toBe(false); // another key
      process.env.ACTIONS_RESULTS_URL = 'http://127.0.0.1:9/'; // on GitHub the wheelhouse comes from @actions/cache
      expect(localWheelhouseReady(lockHash, py, packages)).toBe(false);
    } finally {
      for (const [k, v] of [['BLACKBELT_CACHE_DIR', saved.dir], ['ACTIONS_CACHE_URL', saved.v1], ['ACTIONS_RESULTS_URL', saved.v2]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
  it('keys the wheelhouse on lock hash, python and platform; downloads only binary, hash-checked wheels for the image', () => {
    const py: PythonEnvironment = { env: env311, platforms: ['manylinux_2_36_x86_64', 'linux_x86_64'], abis: ['cp311', 'abi3', 'none'], pip: '23.0.1', executable: '/usr/bin/python3' };
    expect(wheelCacheKey('abc', py)).toBe('blackbelt-wheels-py3.11-manylinux_2_36_x86_64-abc');
    const argv = pipDownloadArgs(py, '/w', '/r.txt');
    expect(argv).toEqual(expect.arrayContaining(['--no-deps', '--require-hashes', '--only-binary=:all:', '--python-version', '3.11', '--implementation', 'cp']));
    expect(argv.join(' ')).toContain('--platform manylinux_2_36_x86_64 --platform linux_x86_64');
    expect(argv.slice(-4)).toEqual(['-d', '/w', '-r', '/r.txt']);
  });
});

describe('base image probe cache', () => {
  it('reuses a probe stored under the image ID instead of running the image', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { probeEnvironmentCached } = await import('../../actions/build-parity-image/environment.js');
    const root = mkdtempSync(join(tmpdir(), 'bb-probe-'));
    mkdirSync(join(root, 'probes'));
    const stored = { env: { python_version: '3.99' }, platforms: ['manylinux_2_99_x86_64'], abis: [], pip: '99.0', executable: '/x' };
    writeFileSync(join(root, 'probes', `${'a'.repeat(64)}.json`), JSON.stringify(stored));
    // A client that would fail if it were asked to run anything.
    const client = { run: async () => ({ code: 1, stdout: '', stderr: 'must not run', timedOut: false }) } as never;
    await expect(probeEnvironmentCached(client, 'base:tag', `sha256:${'a'.repeat(64)}`, root)).resolves.toEqual(stored);
    await expect(probeEnvironmentCached(client, 'base:tag', `sha256:${'b'.repeat(64)}`, root)).rejects.toThrow(/Could not run python3/);
  });
});

describe('local path dependencies', () => {

  it('the root project is left out; members and other local paths are to be built; unnamed ones too', () => {
    const locked: LockedPackage[] = [
      { name: 'app', version: '0.1.0', source: 'project', path: '.' },
      { name: 'corelib', version: '0.2.0', source: 'project', path: 'packages/corelib' },
      { name: 'shared', version: '1.0', source: 'path', path: '../shared' },
      { name: '', version: '', source: 'path', path: './tools' },
      { name: 'virtual-member', version: '0', source: 'project' },
      { name: 'nopath', version: '1', source: 'path' },
      { name: 'idna', version: '3.10', hashes: ['sha256:' + 'a'.repeat(64)] },
    ];
    const d = deriveLockedSet(locked, env311, { lockDir: '/w/app', projectDir: '/w/app' });
    expect(d.local).toEqual([
      { name: 'corelib', version: '0.2.0', path: '/w/app/packages/corelib' },
      { name: 'shared', version: '1.0', path: '/w/shared' },
      { name: '', version: '', path: '/w/app/tools' },
    ]);
    expect(d.packages.map((p) => p.name)).toEqual(['idna']);
    expect(d.excluded.map((e) => `${e.name}: ${e.reason}`)).toEqual([
      'app: the project itself (its source is copied, not installed)',
      'virtual-member: the project itself (its source is copied, not installed)',
      'nopath: local path dependency whose path the lock does not record',
    ]);
    const built = withLocalWheels(d, [{ name: 'corelib', version: '0.2.0', hashes: ['sha256:' + 'b'.repeat(64)] }]);
    expect(built.packages.map((p) => p.name)).toEqual(['corelib', 'idna']);
    expect(built.requirements).toContain(`corelib==0.2.0 \\\n    --hash=sha256:${'b'.repeat(64)}`);
    const own = withLockedLocals(d);
    expect(own.packages.map((p) => `${p.name}==${p.version}`)).toEqual(['corelib==0.2.0', 'idna==3.10', 'shared==1.0']);
    expect(own.excluded.at(-1)?.name).toBe('/w/app/tools');
  });

  it('the lock parsers record where local packages are', async () => {
    const dir = join(import.meta.dirname, 'fixtures', 'uv-workspace');
    const uv = await checkLockfile('uv', { workspace: dir, dir, lockfile: join(dir, 'uv.lock'), requireHashes: true });
    expect(uv.locked.filter((p) => p.path !== undefined).map((p) => `${p.name} ${p.path}`).sort()).toEqual(['corelib packages/corelib']);
    const app = uv.locked.find((p) => p.name === 'app');
    expect(app?.source).toBe('project'); // a virtual root: nothing to build
    expect(app?.path).toBeUndefined();
    const reqDir = mkdtempSync(join(tmpdir(), 'bb-req-local-'));
    writeFileSync(join(reqDir, 'requirements.txt'), `-e ./packages/corelib\n-e file:///abs/tools#egg=tools\nidna==3.10 \\\n    --hash=sha256:${'c'.repeat(64)}\n`);
    const req = await checkLockfile('pip-tools', { workspace: reqDir, dir: reqDir, lockfile: join(reqDir, 'requirements.txt'), requireHashes: true });
    // Unnamed (no pyproject.toml there to name it) and named by #egg=.
    expect(req.locked.filter((p) => p.source === 'path').map((p) => `${p.name}|${p.path}`).sort()).toEqual(['tools|/abs/tools', '|./packages/corelib']);
  });

  it('names a local `-e ./path` from its pyproject.toml, so a compiled requirements file gets a definite verdict', async () => {
    const dir = join(import.meta.dirname, 'fixtures', 'req-local');
    expect(localProjectName(dir, './packages/corelib')).toBe('corelib');
    expect(localProjectName(dir, './missing')).toBeUndefined();
    expect(localProjectName(dir, 'https://example.com/x.whl')).toBeUndefined();
    const r = await checkLockfile('pip-tools', { workspace: dir, dir, lockfile: join(dir, 'requirements.txt'), requireHashes: true });
    expect(r.freshness, JSON.stringify(r.findings)).toBe('fresh');
    expect(r.locked.find((p) => p.name === 'corelib')).toMatchObject({ source: 'path', path: './packages/corelib' });
  });

  it('reads local paths from requirement targets and wheel names', () => {
    expect(localPathOf('./packages/corelib')).toBe('./packages/corelib');
    expect(localPathOf('file:///abs/lib%20x')).toBe('/abs/lib x');
    expect(localPathOf('file:lib')).toBe('lib');
    expect(localPathOf('https://example.com/x.whl')).toBeUndefined();
    expect(localPathOf('git+https://example.com/x.git@abc')).toBeUndefined();
    expect(parseWheelName('/tmp/Core_Lib-0.2.0-py3-none-any.whl')).toEqual({ name: 'core-lib', version: '0.2.0', tags: 'py3-none-any' });
    expect(parseWheelName('x-1.0-1-cp311-cp311-manylinux_2_17_x86_64.whl')?.tags).toBe('cp311-cp311-manylinux_2_17_x86_64');
    expect(parseWheelName('not-a-wheel.tar.gz')).toBeUndefined();
  });
});
