/**
 * Talking to a Docker engine through the `docker` CLI (argv only, never a shell). The engine is
 * whatever DOCKER_HOST names (unix socket, tcp://, ssh://). The small image calls go straight to the
 * engine's API when the CLI would talk to a local unix socket (engine-api.ts says when): the same
 * answers without a Go start-up per call.
 *
 * One class per concern:
 *  - DockerClient: runs the CLI with a chosen binary and environment.
 *  - detectBuilder(): buildx (the engine's default builder told from buildx's files when certain, else
 *    asked) → `DOCKER_BUILDKIT=1 docker build` (pre-23 clients embed BuildKit) → legacy.
 *  - DockerImages: inspect / exists / pull policy / save+load streams / tag / remove (API or CLI).
 *  - DockerRegistry: login via --password-stdin in a private DOCKER_CONFIG, push, registry digest.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { EngineApi, EngineUnreachable, localEngineSocket, refPath } from './engine-api.js';
import { UserError } from './errors.js';
import { run, type RunOptions, type RunResult } from './exec.js';

export type BuilderKind = 'buildx' | 'buildkit' | 'legacy';

export class DockerClient {
  constructor(
    readonly binary = 'docker',
    private readonly extraEnv: Record<string, string | undefined> = {},
  ) {}

  env(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const [k, v] of Object.entries({ ...this.extraEnv, ...extra })) {
      if (v === undefined) delete env[k];
      else env[k] = v;
    }
    return env;
  }

  /** A client with more environment (e.g. DOCKER_BUILDKIT=1, a private DOCKER_CONFIG). */
  with(extra: Record<string, string | undefined>): DockerClient {
    return new DockerClient(this.binary, { ...this.extraEnv, ...extra });
  }

  run(args: readonly string[], options: Omit<RunOptions, 'env'> & { env?: Record<string, string | undefined> } = {}): Promise<RunResult> {
    const { env, ...rest } = options;
    return run(this.binary, args, { ...rest, env: this.env(env) });
  }

  spawn(args: readonly string[]): ChildProcessWithoutNullStreams {
    return spawn(this.binary, args, { env: this.env(), stdio: ['pipe', 'pipe', 'pipe'], shell: false });
  }

  /** The engine's API on the local socket this client's CLI would use, when it is one (engine-api.ts). */
  api(): EngineApi | undefined {
    const socket = localEngineSocket(this.env());
    return socket ? new EngineApi(socket) : undefined;
  }

  /**
   * Engine reachable? Throws a UserError naming DOCKER_HOST otherwise. `viaApi`: a local socket's
   * answer is enough (the caller knows the CLI exists); otherwise, and when the socket fails, the CLI
   * is asked, whose error names the cause.
   */
  async ensureEngine(options: { viaApi?: boolean } = {}): Promise<void> {
    const api = options.viaApi ? this.api() : undefined;
    if (api) {
      if (await api.ping().then((r) => r.ok, () => false)) return;
    }
    const r = await this.run(['version', '--format', '{{.Client.Version}}|{{.Server.Version}}'], { timeoutMs: 30_000 });
    const server = r.stdout.trim().split('|')[1] ?? '';
    if (r.code === 127) {
      throw new UserError(`The docker CLI (${this.binary}) was not found.`, { title: 'docker not found', hint: 'Install Docker on the runner, or use a runner image that has it (ubuntu-latest does).' });
    }
    if (r.code !== 0 || !server || server.includes('<no value>')) {
      const where = this.env().DOCKER_HOST || 'the default socket (/var/run/docker.sock)';
      throw new UserError(`Cannot reach the Docker engine at ${where}: ${firstLine(r.stderr) || 'no server version reported'}`, {
        title: 'docker engine unreachable',
        hint: 'Start dockerd, or set DOCKER_HOST to a reachable engine (unix://, tcp:// or ssh://).',
      });
    }
  }
}

export function firstLine(text: string): string {
  return text.trim().split('\n').find((l) => l.trim())?.trim() ?? '';
}

export function majorVersion(version: string): number {
  const m = /^(\d+)/.exec(version.trim());
  return m ? Number(m[1]) : 0;
}

export interface Builder {
  kind: BuilderKind;
  client: DockerClient;
  /** buildx driver (docker, docker-container, ...) when kind is buildx. */
  driver?: string;
  /** Human readable, for the summary. */
  description: string;
  /**
   * Told from files, without asking buildx (defaultBuildxBuilder): if the build then fails, the
   * builder is checked the slow way before the failure is believed.
   */
  assumed?: boolean;
}

/** Where the docker CLI looks for plugins on Linux after $DOCKER_CONFIG/cli-plugins (docker/cli's defaultSystemPluginDirs). */
const SYSTEM_PLUGIN_DIRS = ['/usr/local/lib/docker/cli-plugins', '/usr/local/libexec/docker/cli-plugins', '/usr/lib/docker/cli-plugins', '/usr/libexec/docker/cli-plugins'];

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A command as the OS would find it: an absolute path as is, else the first executable in PATH. */
export function onPath(command: string, env: NodeJS.ProcessEnv): string | undefined {
  if (isAbsolute(command)) return isExecutableFile(command) ? command : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutableFile(join(dir, command))) return join(dir, command);
  }
  return undefined;
}

/**
 * The buildx plugin when it is certain, from files alone, that `docker buildx` would use the
 * engine's own default builder (driver docker) — the case of a runner or laptop where nobody ran
 * `docker buildx create --use`. Asking buildx costs ~100 ms on every build (the CLI starts, then the
 * plugin twice: its metadata, then the command). Certain means: the CLI talks to a local socket
 * (engine-api.ts), no BUILDX_BUILDER / BUILDX_CONFIG, no extra plugin directories configured, and
 * buildx's store ($DOCKER_CONFIG/buildx) records no selected builder (`current` absent or naming
 * none) and no per-endpoint default (`defaults/` empty): buildx then falls back to the context's
 * builder, whose driver is docker. Anything else, or anything unreadable: undefined (ask buildx).
 */
export function defaultBuildxBuilder(env: NodeJS.ProcessEnv, systemPluginDirs: readonly string[] = SYSTEM_PLUGIN_DIRS): { plugin: string } | undefined {
  if (!localEngineSocket(env) || env.BUILDX_BUILDER || env.BUILDX_CONFIG) return undefined;
  const configDir = env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker');
  try {
    const config = JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8')) as { cliPluginsExtraDirs?: unknown };
    if (config.cliPluginsExtraDirs !== undefined) return undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return undefined;
  }
  const store = join(configDir, 'buildx');
  try {
    const current = JSON.parse(readFileSync(join(store, 'current'), 'utf8')) as { Name?: unknown };
    if (current === null || typeof current !== 'object' || current.Name !== '') return undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return undefined;
  }
  try {
    if (readdirSync(join(store, 'defaults')).length) return undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return undefined;
  }
  const plugin = [join(configDir, 'cli-plugins'), ...systemPluginDirs].map((d) => join(d, 'docker-buildx')).find(isExecutableFile);
  return plugin ? { plugin } : undefined;
}

/**
 * Pick how to build. Order: `docker buildx` (any client with the plugin); a pre-23 client with
 * DOCKER_BUILDKIT=1 (its BuildKit is built in; 23+ clients delegate to buildx and fail without it);
 * the legacy builder. BLACKBELT_BUILDER=buildx|buildkit|legacy forces one (tests use it).
 * Extra client binaries to try can be given (e.g. /usr/bin/docker next to a newer one on PATH).
 */
export async function detectBuilder(candidates: string[] = defaultClients(), options: { assume?: boolean } = {}): Promise<Builder> {
  const forced = process.env.BLACKBELT_BUILDER?.trim().toLowerCase() as BuilderKind | undefined;
  const clients = [...new Set(candidates)].map((b) => new DockerClient(b));
  const primary = clients[0]!;
  if (!forced || forced === 'buildx') {
    if (options.assume !== false && onPath(primary.binary, primary.env()) && defaultBuildxBuilder(primary.env())) {
      return { kind: 'buildx', client: primary.with({ BUILDX_NO_DEFAULT_ATTESTATIONS: '1' }), driver: 'docker', description: 'docker buildx (builder default, driver docker)', assumed: true };
    }
    for (const client of clients) {
      // One spawn when buildx works (a Go start-up costs 50–70 ms of CPU); `buildx version` only tells
      // a missing plugin from an unusable builder, whose own error the build then shows.
      const inspect = await client.run(['buildx', 'inspect'], { timeoutMs: 20_000 });
      if (inspect.code === 0 || (await client.run(['buildx', 'version'], { timeoutMs: 20_000 })).code === 0) {
        const field = (name: string): string | undefined => new RegExp(`^${name}:\\s*(\\S+)`, 'im').exec(inspect.stdout)?.[1];
        const driver = field('Driver') ?? 'docker';
        // No default attestations: buildx (≥ 0.10) adds a provenance manifest whenever the store
        // keeps one (the containerd image store, the docker-container driver), and it records the
        // build's start/finish times and invocation ID — the pushed index digest would change on
        // every build of the same commit. Older buildx ignores the variable.
        const quiet = client.with({ BUILDX_NO_DEFAULT_ATTESTATIONS: '1' });
        const about = [`builder ${field('Name') ?? '?'}`, `driver ${driver}`, ...(field('BuildKit version') ? [`BuildKit ${field('BuildKit version')}`] : [])];
        return { kind: 'buildx', client: quiet, driver, description: `docker buildx (${about.join(', ')})` };
      }
    }
    if (forced) throw new UserError('BLACKBELT_BUILDER=buildx but `docker buildx version` fails with every docker client found.', { title: 'buildx not available' });
  }
  if (!forced || forced === 'buildkit') {
    for (const client of clients) {
      const v = await client.run(['version', '--format', '{{.Client.Version}}'], { timeoutMs: 20_000 });
      if (v.code === 0 && majorVersion(v.stdout) > 0 && majorVersion(v.stdout) < 23) {
        return { kind: 'buildkit', client: client.with({ DOCKER_BUILDKIT: '1' }), description: `DOCKER_BUILDKIT=1 ${client.binary} build (client ${v.stdout.trim()})` };
      }
    }
    if (forced) throw new UserError('BLACKBELT_BUILDER=buildkit needs a docker client older than 23.0 (newer ones need the buildx plugin).', { title: 'BuildKit not available' });
  }
  return { kind: 'legacy', client: primary.with({ DOCKER_BUILDKIT: '0' }), description: `${primary.binary} build (legacy builder)` };
}

/** detectBuilder() with the engine checked reachable (ensureEngine's clear errors); the two probes run side by side. */
export async function readyBuilder(): Promise<Builder> {
  const first = new DockerClient(defaultClients()[0]);
  // The socket's answer suffices unless no builder was found (then the CLI itself may be missing:
  // its own check says so).
  const [builder, unreachable] = await Promise.all([detectBuilder(), first.ensureEngine({ viaApi: true }).then(() => undefined, (error: unknown) => ({ error }))]);
  if (builder.kind === 'legacy') await first.ensureEngine();
  if (builder.client.binary !== first.binary) await builder.client.ensureEngine({ viaApi: builder.kind !== 'legacy' });
  else if (unreachable) throw unreachable.error;
  return builder;
}

function defaultClients(): string[] {
  const list = [process.env.BLACKBELT_DOCKER || 'docker'];
  // Debian's docker.io client; it embeds BuildKit where a newer client on PATH would need buildx.
  if (existsSync('/usr/bin/docker')) list.push('/usr/bin/docker');
  return list;
}

export interface BuildRequest {
  context: string;
  dockerfile: string;
  tags: string[];
  buildArgs?: Record<string, string>;
  labels?: Record<string, string>;
  target?: string;
  noCache?: boolean;
  platforms?: string[];
  network?: string;
  /** --cache-from / --cache-to values (buildx only). */
  cacheFrom?: string[];
  cacheTo?: string[];
  /** Writes the image ID here (all builders support --iidfile). */
  iidfile: string;
  onOutput?: (chunk: string) => void;
}

/** The BuildKit cache scope the actions use in the GitHub Actions cache (type=gha). */
export const GHA_CACHE_SCOPE = 'blackbelt';

/**
 * `--cache-from/--cache-to type=gha` when they can work: a buildx builder that can export a cache (the
 * docker-container driver; the docker driver only on the containerd image store), and the
 * runner's cache service in the environment (ACTIONS_CACHE_URL for the v1 API or ACTIONS_RESULTS_URL
 * for v2, plus ACTIONS_RUNTIME_TOKEN — what docker/setup-buildx-action exposes; buildx itself reads
 * them and ACTIONS_CACHE_SERVICE_V2). The export has `ignore-error=true`: without it BuildKit fails
 * the whole build when the cache service errors, after the image was built and loaded — a cache
 * outage must cost the cache, not the build. `enabled: false` (the `cache` input) turns it off.
 */
export function ghaCacheFlags(builder: Pick<Builder, 'kind' | 'driver'>, enabled: boolean, env: NodeJS.ProcessEnv = process.env, containerdStore = false): { from: string[]; to: string[] } {
  const hasGha = Boolean((env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL) && env.ACTIONS_RUNTIME_TOKEN);
  // The docker driver exports a build cache only on an engine with the containerd image store
  // (fresh Docker 29+ installs, as on GitHub's runners); on the classic store it refuses the flag.
  const canExport = builder.driver === 'docker-container' || (builder.driver === 'docker' && containerdStore);
  if (!enabled || builder.kind !== 'buildx' || !canExport || !hasGha) return { from: [], to: [] };
  return { from: [`type=gha,scope=${GHA_CACHE_SCOPE}`], to: [`type=gha,scope=${GHA_CACHE_SCOPE},mode=max,ignore-error=true`] };
}

/** A repository name as the engine records it in RepoDigests: docker.io/library/python → python. */
function canonicalRepo(repo: string): string {
  const r = repo.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
  return r.startsWith('library/') && registryOf(r) === 'docker.io' ? r.slice('library/'.length) : r;
}

/**
 * The reference to build FROM so that the builder uses the very image that was probed in the engine.
 * The docker driver builds inside the engine and sees its image store: `ref` itself. Every other buildx
 * driver (docker-container, kubernetes, remote) runs its own BuildKit, which resolves FROM in the
 * registry the reference names, never in the engine: `ref` pinned to the digest the engine has for it
 * from that repository (pulled from or pushed to it) — a tag could have moved since. Undefined when
 * there is no such digest: a base that only exists locally would be looked up on its registry (Docker
 * Hub for a bare name) — a failure at best, another image than the one probed at worst. A digest the
 * containerd image store lists for a `docker load`ed image is not proof that the registry has it; the
 * pinned FROM then fails in the build with "not found" rather than building from another image.
 */
export function builderBaseRef(builder: Pick<Builder, 'kind' | 'driver'>, ref: string, image: Pick<ImageInspect, 'RepoDigests'>): string | undefined {
  if (builder.kind !== 'buildx' || !builder.driver || builder.driver === 'docker') return ref;
  const repo = canonicalRepo(repositoryOf(ref));
  const found = (image.RepoDigests ?? []).find((d) => canonicalRepo(d.split('@')[0]!) === repo);
  if (!found) return undefined;
  return /@sha256:[0-9a-f]{64}$/.test(ref) ? ref : `${repositoryOf(ref)}@${found.split('@')[1]!}`;
}

/**
 * Errors of the gha cache steps in a BuildKit `--progress=plain` log: the import
 * (`#N importing cache manifest from gha:…`) and the export (`#N exporting to GitHub Actions Cache`),
 * each followed by `#N ERROR: <message>` when it failed. Neither fails the build (an import error never
 * does; the export has ignore-error=true), so the action reports them as warnings.
 */
export function ghaCacheErrors(log: string): { import?: string; export?: string } {
  const out: { import?: string; export?: string } = {};
  const steps: Array<['import' | 'export', RegExp]> = [
    ['import', /^#(\d+) importing cache manifest from gha:/gm],
    ['export', /^#(\d+) exporting to GitHub Actions Cache\s*$/gm],
  ];
  for (const [what, re] of steps) {
    for (const m of log.matchAll(re)) {
      const err = new RegExp(`^#${m[1]} ERROR: (.*)$`, 'm').exec(log);
      if (err) out[what] = err[1]!.trim();
    }
  }
  return out;
}

export function buildArgv(builder: Builder, req: BuildRequest): string[] {
  const argv = builder.kind === 'buildx' ? ['buildx', 'build', '--load'] : ['build'];
  if (builder.kind !== 'legacy') argv.push('--progress=plain');
  argv.push('-f', req.dockerfile, '--iidfile', req.iidfile);
  for (const t of req.tags) argv.push('-t', t);
  for (const [k, v] of Object.entries(req.buildArgs ?? {})) argv.push('--build-arg', `${k}=${v}`);
  for (const [k, v] of Object.entries(req.labels ?? {})) argv.push('--label', `${k}=${v}`);
  if (req.target) argv.push('--target', req.target);
  if (req.noCache) argv.push('--no-cache');
  if (req.network) argv.push('--network', req.network);
  if (req.platforms?.length) argv.push('--platform', req.platforms.join(','));
  if (builder.kind === 'buildx') {
    for (const c of req.cacheFrom ?? []) argv.push('--cache-from', c);
    for (const c of req.cacheTo ?? []) argv.push('--cache-to', c);
  }
  argv.push(req.context);
  return argv;
}

export class DockerImages {
  /** The engine API when the CLI would talk to a local socket; dropped (→ CLI) once the socket fails. */
  private api: EngineApi | undefined;

  constructor(
    private readonly client: DockerClient,
    options: { api?: boolean } = {},
  ) {
    this.api = options.api === false ? undefined : client.api();
  }

  /** Through the API when there is one, else (or when its socket cannot be used) through the CLI. */
  private async either<T>(viaApi: (api: EngineApi) => Promise<T>, viaCli: () => Promise<T>): Promise<T> {
    if (this.api) {
      try {
        return await viaApi(this.api);
      } catch (e) {
        if (!(e instanceof EngineUnreachable)) throw e;
        this.api = undefined;
      }
    }
    return viaCli();
  }

  /** Which way the calls go now: 'api' until the socket fails (tests check it). */
  get transport(): 'api' | 'cli' {
    return this.api ? 'api' : 'cli';
  }

  inspect(ref: string): Promise<ImageInspect | undefined> {
    return this.either(
      async (api) => {
        const r = await api.json<ImageInspect>('GET', `/images/${refPath(ref)}/json`);
        return r.status === 200 ? r.value : undefined;
      },
      async () => {
        const r = await this.client.run(['image', 'inspect', ref], { timeoutMs: 60_000 });
        if (r.code !== 0) return undefined;
        const parsed = JSON.parse(r.stdout) as ImageInspect[];
        return parsed[0];
      },
    );
  }

  /** `docker image history` rows, newest first (sizes in bytes, CreatedBy untruncated). */
  history(ref: string): Promise<HistoryRow[] | undefined> {
    return this.either(
      async (api) => {
        const r = await api.json<ApiHistoryRow[]>('GET', `/images/${refPath(ref)}/history`);
        return r.status === 200 && Array.isArray(r.value) ? r.value.map(historyRowOf) : undefined;
      },
      async () => {
        const r = await this.client.run(['image', 'history', '--human=false', '--no-trunc', '--format', '{{json .}}', ref], { timeoutMs: 60_000 });
        if (r.code !== 0) return undefined;
        return r.stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as HistoryRow);
      },
    );
  }

  async exists(ref: string): Promise<boolean> {
    return (await this.inspect(ref)) !== undefined;
  }

  /**
   * Make sure `ref` is present locally without ever pulling from a remote registry unless allowed:
   * pulls only from 127.0.0.1/localhost registries, or on GitHub-hosted runs (GITHUB_ACTIONS=true
   * and BLACKBELT_NO_PULL is not 1).
   */
  async ensureLocal(ref: string, what = 'image'): Promise<ImageInspect> {
    const found = await this.inspect(ref);
    if (found) return found;
    if (pullAllowed(ref)) {
      const r = await this.client.run(['pull', ref], { timeoutMs: 15 * 60_000 });
      const after = r.code === 0 ? await this.inspect(ref) : undefined;
      if (after) return after;
      throw new UserError(`The ${what} ${ref} is not present locally and pulling it failed: ${lastLines(r.stderr, 3)}`, {
        title: `${what} not available`,
        hint: 'Check the reference and that the registry is reachable (log in first for private images).',
      });
    }
    throw new UserError(`The ${what} ${ref} is not present on the Docker engine, and blackbelt does not pull from remote registries here.`, {
      title: `${what} not found`,
      hint: `Build or load it first (docker image ls), pull it in an earlier step, or use an image from a local registry (127.0.0.1:PORT/...). On GitHub runners pulls are allowed unless BLACKBELT_NO_PULL=1.`,
    });
  }

  private store: Promise<boolean> | undefined;

  /**
   * Does the engine keep images in the containerd image store (`docker info` driver-type
   * io.containerd.snapshotter.v1; the default of fresh Docker 29+ installs)? Asked once per instance;
   * false when `docker info` fails.
   */
  usesContainerdStore(): Promise<boolean> {
    this.store ??= this.either(
      async (api) => {
        const r = await api.json<{ DriverStatus?: unknown }>('GET', '/info');
        return r.status === 200 && JSON.stringify(r.value?.DriverStatus ?? null).includes('io.containerd.snapshotter');
      },
      () => this.client.run(['info', '--format', '{{json .DriverStatus}}'], { timeoutMs: 30_000 }).then((r) => r.code === 0 && r.stdout.includes('io.containerd.snapshotter')),
    );
    return this.store;
  }

  /** `docker save` as a readable stream; the returned promise resolves when the process ends. */
  save(ref: string): { stream: Readable; done: Promise<{ code: number; stderr: string }> } {
    // Streams cannot fall back half-way: a socket that fails here fails the call (callers retry or report).
    if (this.api) return this.api.save(ref);
    const child = this.client.spawn(['save', ref]);
    child.stdin.end();
    return { stream: child.stdout, done: waitChild(child) };
  }

  /**
   * `docker load` fed from a writable stream. Its stdout names what it loaded (see loadedImages):
   * the image ID is the config digest on the classic store, a manifest digest on the containerd one.
   */
  load(): { stream: Writable; done: Promise<{ code: number; stdout: string; stderr: string }> } {
    if (this.api) return this.api.load();
    const child = this.client.spawn(['load']);
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stdin.on('error', () => undefined);
    const done = waitChild(child).then((r) => ({ ...r, stdout: Buffer.concat(out).toString('utf8') }));
    return { stream: child.stdin, done };
  }

  async tag(source: string, target: string): Promise<void> {
    const failed = await this.either(
      async (api) => {
        const repo = repositoryOf(target);
        const tag = target.slice(repo.length + 1) || 'latest';
        const r = await api.json('POST', `/images/${refPath(source)}/tag?repo=${encodeURIComponent(repo)}&tag=${encodeURIComponent(tag)}`);
        return r.status < 300 ? '' : r.message;
      },
      async () => {
        const r = await this.client.run(['tag', source, target]);
        return r.code === 0 ? '' : r.stderr.trim();
      },
    );
    if (failed) throw new Error(`docker tag ${source} ${target} failed: ${failed}`);
  }

  async remove(ref: string): Promise<void> {
    await this.either<unknown>(
      (api) => api.call('DELETE', `/images/${refPath(ref)}?noprune=1`),
      () => this.client.run(['image', 'rm', '--no-prune', ref]),
    );
  }
}

/**
 * What `docker load` printed it loaded: `Loaded image: REF` (tagged) and `Loaded image ID: sha256:…`
 * (untagged) lines, in order. The containerd image store also prints them for images it names
 * itself, and its IDs are manifest digests — never assume the ID is the config's digest.
 */
export function loadedImages(stdout: string): string[] {
  const out: string[] = [];
  for (const m of stdout.matchAll(/^Loaded image(?: ID)?: (\S+)\s*$/gm)) out.push(m[1]!);
  return [...new Set(out)];
}

/** One row of GET /images/{name}/history. */
interface ApiHistoryRow {
  Created?: number;
  CreatedBy?: string;
  Comment?: string;
  Size?: number;
}

/** An API history row as `docker image history --human=false --no-trunc --format '{{json .}}'` prints it. */
export function historyRowOf(row: ApiHistoryRow): HistoryRow {
  return {
    CreatedAt: new Date((row.Created ?? 0) * 1000).toISOString().replace(/\.000Z$/, 'Z'),
    // The CLI shows tabs as spaces (its formatter replaces them, truncated or not).
    CreatedBy: (row.CreatedBy ?? '').replace(/\t/g, ' '),
    Comment: row.Comment ?? '',
    Size: String(row.Size ?? 0),
  };
}

/** One `docker image history --format '{{json .}}'` row. */
export interface HistoryRow {
  CreatedAt: string;
  CreatedBy: string;
  Comment: string;
  /** Bytes (with --human=false), as a string. */
  Size: string;
}

export interface ImageInspect {
  Id: string;
  RepoTags?: string[];
  RepoDigests?: string[];
  Created?: string;
  Container?: string;
  Author?: string;
  DockerVersion?: string;
  Architecture?: string;
  Variant?: string;
  Os?: string;
  OsVersion?: string;
  Config?: { Labels?: Record<string, string> | null; Env?: string[]; Cmd?: string[] | null; Entrypoint?: string[] | null; User?: string; WorkingDir?: string; [field: string]: unknown };
  RootFS?: { Type: string; Layers?: string[] };
}

function waitChild(child: ChildProcessWithoutNullStreams): Promise<{ code: number; stderr: string }> {
  const err: Buffer[] = [];
  child.stderr.on('data', (b: Buffer) => err.push(b));
  return new Promise((resolve) => {
    let settled = false;
    const finish = (code: number, extra = ''): void => {
      if (settled) return;
      settled = true;
      resolve({ code, stderr: Buffer.concat(err).toString('utf8') + extra });
    };
    child.on('error', (e) => finish(127, e.message));
    child.on('close', (code) => finish(code ?? 1));
  });
}

export function lastLines(text: string, n: number): string {
  return text.trim().split('\n').slice(-n).join('\n');
}

/** Registry host of an image reference (docker.io when none is given). */
export function registryOf(ref: string): string {
  const first = ref.split('/')[0]!;
  if (ref.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) return first;
  return 'docker.io';
}

export function isLocalRegistry(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return host === '127.0.0.1' || host === 'localhost' || host === '::1';
}

export function pullAllowed(ref: string): boolean {
  if (isLocalRegistry(registryOf(ref))) return true;
  return process.env.GITHUB_ACTIONS === 'true' && process.env.BLACKBELT_NO_PULL !== '1';
}

/** Split `repo[:tag][@digest]` → repository part (tag and digest removed). */
export function repositoryOf(ref: string): string {
  const noDigest = ref.split('@')[0]!;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}

export interface PushResult {
  digest: string;
  output: string;
}

/**
 * Login + push. When credentials are given, a private DOCKER_CONFIG (deleted afterwards) holds
 * them, so the password is never written to the user's ~/.docker/config.json by us, and the
 * password only ever travels on docker's stdin.
 */
export class DockerRegistry {
  private configDir: string | undefined;
  private client: DockerClient;

  constructor(client: DockerClient) {
    this.client = client;
  }

  async login(registry: string, username: string, password: string): Promise<void> {
    this.configDir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'blackbelt-docker-'));
    // Keep CLI plugins (buildx) reachable from the private config.
    const pluginsDir = join(this.configDir, 'cli-plugins');
    const userPlugins = join(process.env.DOCKER_CONFIG || join(homedir(), '.docker'), 'cli-plugins');
    if (existsSync(userPlugins)) symlinkSync(userPlugins, pluginsDir);
    else mkdirSync(pluginsDir);
    writeFileSync(join(this.configDir, 'config.json'), '{}\n', { mode: 0o600 });
    this.client = this.client.with({ DOCKER_CONFIG: this.configDir });
    const r = await this.client.run(['login', '--username', username, '--password-stdin', registry], { input: password + '\n', timeoutMs: 120_000 });
    if (r.code !== 0) {
      const text = scrub(`${r.stderr}\n${r.stdout}`, password);
      throw classifyRegistryError(text, registry, 'log in to');
    }
  }

  async push(ref: string): Promise<PushResult> {
    const r = await this.client.run(['push', ref], { timeoutMs: 60 * 60_000 });
    const output = `${r.stdout}\n${r.stderr}`;
    if (r.code !== 0) throw classifyRegistryError(output, registryOf(ref), 'push to');
    const digest = /digest:\s*(sha256:[0-9a-f]{64})/.exec(output)?.[1];
    if (digest) return { digest, output };
    // Older clients: read RepoDigests.
    const inspect = await new DockerImages(this.client).inspect(ref);
    const repo = repositoryOf(ref);
    const rd = inspect?.RepoDigests?.find((d) => d.startsWith(repo + '@'));
    if (!rd) throw new Error(`docker push ${ref} succeeded but reported no digest`);
    return { digest: rd.split('@')[1]!, output };
  }

  /** Log out and delete the private config. Safe to call more than once. */
  async close(registry?: string): Promise<void> {
    if (!this.configDir) return;
    if (registry) await this.client.run(['logout', registry], { timeoutMs: 30_000 });
    rmSync(this.configDir, { recursive: true, force: true });
    this.configDir = undefined;
  }
}

export function scrub(text: string, secret: string): string {
  return secret ? text.split(secret).join('***') : text;
}

export function classifyRegistryError(output: string, registry: string, verb: string): UserError {
  const detail = lastLines(output, 3);
  if (/connection refused|no such host|i\/o timeout|dial tcp|server gave HTTP response to HTTPS|network is unreachable|TLS handshake timeout/i.test(output)) {
    return new UserError(`Cannot ${verb} registry ${registry}: it is unreachable. ${detail}`, {
      title: 'registry unreachable',
      hint: 'Check the registry host and port in `image`/`registry`, that it is running, and that the runner can reach it.',
    });
  }
  if (/unauthorized|authentication required|incorrect username or password|401|denied|forbidden/i.test(output)) {
    return new UserError(`Cannot ${verb} registry ${registry}: authentication failed. ${detail}`, {
      title: 'registry authentication failed',
      hint: 'Check the `username` and `password` inputs (for ghcr.io use a token with packages:write).',
    });
  }
  return new UserError(`Cannot ${verb} registry ${registry}: ${detail}`, { title: 'registry error' });
}
