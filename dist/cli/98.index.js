export const id = 98;
export const ids = [98,93];
export const modules = {

/***/ 5098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/shared/workflow.ts
var workflow = __webpack_require__(369);
// EXTERNAL MODULE: ./actions/shared/annotations.ts
var annotations = __webpack_require__(2752);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./actions/shared/engine-api.ts
/**
 * The Docker Engine API on a local unix socket, for the small calls an action makes many of (image
 * inspect and history, load, save, tag, remove, info, version). Each `docker` CLI call is a Go
 * start-up \u2014 50\u201370 ms of CPU, 20\u201340 ms of wall time \u2014 while a request on the socket takes 1\u20133 ms;
 * a code-only rebuild makes about ten of them.
 *
 * Used only where the endpoint is certainly the one the CLI would talk to: DOCKER_HOST=unix://\u2026, or
 * no DOCKER_HOST, no DOCKER_CONTEXT and no other current context in the CLI's config.json \u2014 then
 * /var/run/docker.sock. Anything else (tcp:// with TLS, ssh://, a context) stays with the CLI, which
 * knows how to reach it. BLACKBELT_DOCKER_API=0 turns this off. Builds, runs, pulls and pushes
 * always go through the CLI (BuildKit sessions, credentials, progress).
 */





const DEFAULT_SOCKET = '/var/run/docker.sock';
/**
 * The unix socket the docker CLI would use with this environment, or undefined when it would use
 * something else (or when that cannot be told for sure).
 */
function localEngineSocket(env) {
    if (env.BLACKBELT_DOCKER_API === '0')
        return undefined;
    const host = env.DOCKER_HOST?.trim();
    if (host) {
        if (!host.startsWith('unix://'))
            return undefined;
        const path = host.slice('unix://'.length);
        return path.startsWith('/') ? path : undefined;
    }
    const context = env.DOCKER_CONTEXT?.trim();
    if (context && context !== 'default')
        return undefined;
    const configDir = env.DOCKER_CONFIG || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.docker');
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(configDir, 'config.json'), 'utf8');
    }
    catch (e) {
        // No config file: the CLI uses the default socket. Unreadable: do not guess.
        return e.code === 'ENOENT' ? DEFAULT_SOCKET : undefined;
    }
    try {
        const current = JSON.parse(text).currentContext;
        if (current !== undefined && current !== '' && current !== 'default')
            return undefined;
    }
    catch {
        return undefined;
    }
    return DEFAULT_SOCKET;
}
/** The socket could not be used at all (missing, refused, no permission): the CLI may still work. */
class EngineUnreachable extends Error {
}
const UNREACHABLE = new Set(['ENOENT', 'ECONNREFUSED', 'EACCES', 'EPERM', 'ENOTSOCK', 'ECONNRESET']);
class EngineApi {
    socketPath;
    constructor(socketPath) {
        this.socketPath = socketPath;
    }
    open(method, path, headers, timeoutMs) {
        const req = (0,external_node_http_.request)({ socketPath: this.socketPath, method, path, headers: { Host: 'docker', ...headers } });
        const response = new Promise((resolve, reject) => {
            req.on('response', resolve);
            req.on('error', (e) => reject(UNREACHABLE.has(e.code ?? '') ? new EngineUnreachable(`${this.socketPath}: ${e.message}`) : e));
            req.setTimeout(timeoutMs, () => req.destroy(new Error(`Docker engine API ${method} ${path}: no answer in ${timeoutMs / 1000} s`)));
        });
        response.catch(() => undefined);
        return { req, response };
    }
    /** One request with an optional small body; the whole reply is read. */
    async call(method, path, options = {}) {
        const headers = {};
        if (options.body) {
            headers['Content-Type'] = options.contentType ?? 'application/json';
            headers['Content-Length'] = String(options.body.length);
        }
        const { req, response } = this.open(method, path, headers, options.timeoutMs ?? 60_000);
        req.end(options.body);
        const res = await response;
        return { status: res.statusCode ?? 0, body: await readAll(res), headers: res.headers };
    }
    /**
     * GET /_ping: is the engine answering, and its version from the `Server: Docker/<version> (<os>)`
     * header. Cheaper than /version, which also gathers its components' versions (took twice as long
     * on Docker 20.10 here).
     */
    async ping() {
        const r = await this.call('GET', '/_ping', { timeoutMs: 30_000 });
        const server = String(r.headers.server ?? '');
        return { ok: r.status === 200, version: /^Docker\/(\S+)/.exec(server)?.[1] ?? '' };
    }
    async json(method, path) {
        const r = await this.call(method, path);
        const text = r.body.toString('utf8');
        if (r.status >= 200 && r.status < 300)
            return { status: r.status, value: (text.trim() ? JSON.parse(text) : undefined), message: '' };
        return { status: r.status, message: errorMessage(text) };
    }
    /**
     * POST /images/load fed from the returned writable (a tar archive). `done` gives what the CLI
     * would: code 0 and its stdout lines ("Loaded image: \u2026") on success, else code 1 and the error.
     */
    load(timeoutMs = 30 * 60_000) {
        const { req, response } = this.open('POST', '/images/load?quiet=1', { 'Content-Type': 'application/x-tar', 'Transfer-Encoding': 'chunked' }, timeoutMs);
        req.on('error', () => undefined); // reported through `done`
        const done = response.then(async (res) => {
            const text = (await readAll(res)).toString('utf8');
            if ((res.statusCode ?? 0) >= 300)
                return { code: 1, stdout: '', stderr: errorMessage(text) };
            return messagesToOutput(text);
        }, (e) => ({ code: 1, stdout: '', stderr: e.message }));
        return { stream: req, done };
    }
    /** GET /images/get: the `docker save` archive of `ref` as a stream. */
    save(ref, timeoutMs = 30 * 60_000) {
        const out = new external_node_stream_.PassThrough();
        const { req, response } = this.open('GET', `/images/get?names=${encodeURIComponent(ref)}`, {}, timeoutMs);
        req.end();
        const done = response.then(async (res) => {
            if ((res.statusCode ?? 0) >= 300) {
                const text = (await readAll(res)).toString('utf8');
                out.end();
                return { code: 1, stderr: errorMessage(text) };
            }
            res.pipe(out);
            return new Promise((resolve) => {
                res.on('end', () => resolve({ code: 0, stderr: '' }));
                res.on('error', (e) => resolve({ code: 1, stderr: e.message }));
                res.on('aborted', () => resolve({ code: 1, stderr: 'the engine closed the connection before the archive ended' }));
            });
        }, (e) => {
            out.end();
            return { code: 1, stderr: e.message };
        });
        return { stream: out, done };
    }
}
/** Path segment for an image reference: names, tags, digests and IDs keep their `/`, `:` and `@`. */
function refPath(ref) {
    return ref.split('/').map(encodeURIComponent).join('/').replace(/%3A/gi, ':').replace(/%40/g, '@');
}
function readAll(res) {
    return new Promise((resolve, reject) => {
        const parts = [];
        res.on('data', (b) => parts.push(b));
        res.on('end', () => resolve(Buffer.concat(parts)));
        res.on('error', reject);
    });
}
/** The engine's `{"message": "..."}` error body, or the text itself. */
function errorMessage(text) {
    try {
        const m = JSON.parse(text).message;
        if (typeof m === 'string')
            return m;
    }
    catch {
        // not JSON
    }
    return text.trim();
}
/** A streamed JSON reply as the CLI shows it: `stream` text to stdout; an `error` message fails it. */
function messagesToOutput(text) {
    let stdout = '';
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        let msg;
        try {
            msg = JSON.parse(line);
        }
        catch {
            stdout += `${line}\n`;
            continue;
        }
        const error = msg.errorDetail?.message || msg.error;
        if (error)
            return { code: 1, stdout, stderr: error };
        if (msg.stream)
            stdout += msg.stream;
        else if (msg.status)
            stdout += `${msg.status}\n`;
    }
    return { code: 0, stdout, stderr: '' };
}

// EXTERNAL MODULE: ./actions/shared/errors.ts
var errors = __webpack_require__(9223);
// EXTERNAL MODULE: ./actions/shared/exec.ts
var exec = __webpack_require__(3093);
;// CONCATENATED MODULE: ./actions/shared/docker.ts
/**
 * Talking to a Docker engine through the `docker` CLI (argv only, never a shell). The engine is
 * whatever DOCKER_HOST names (unix socket, tcp://, ssh://). The small image calls go straight to the
 * engine's API when the CLI would talk to a local unix socket (engine-api.ts says when): the same
 * answers without a Go start-up per call.
 *
 * One class per concern:
 *  - DockerClient: runs the CLI with a chosen binary and environment.
 *  - detectBuilder(): buildx (the engine's default builder told from buildx's files when certain, else
 *    asked) \u2192 `DOCKER_BUILDKIT=1 docker build` (pre-23 clients embed BuildKit) \u2192 legacy.
 *  - DockerImages: inspect / exists / pull policy / save+load streams / tag / remove (API or CLI).
 *  - DockerRegistry: login via --password-stdin in a private DOCKER_CONFIG, push, registry digest.
 */







class DockerClient {
    binary;
    extraEnv;
    constructor(binary = 'docker', extraEnv = {}) {
        this.binary = binary;
        this.extraEnv = extraEnv;
    }
    env(extra = {}) {
        const env = { ...process.env };
        for (const [k, v] of Object.entries({ ...this.extraEnv, ...extra })) {
            if (v === undefined)
                delete env[k];
            else
                env[k] = v;
        }
        return env;
    }
    /** A client with more environment (e.g. DOCKER_BUILDKIT=1, a private DOCKER_CONFIG). */
    with(extra) {
        return new DockerClient(this.binary, { ...this.extraEnv, ...extra });
    }
    run(args, options = {}) {
        const { env, ...rest } = options;
        return (0,exec.run)(this.binary, args, { ...rest, env: this.env(env) });
    }
    spawn(args) {
        return (0,external_node_child_process_.spawn)(this.binary, args, { env: this.env(), stdio: ['pipe', 'pipe', 'pipe'], shell: false });
    }
    /** The engine's API on the local socket this client's CLI would use, when it is one (engine-api.ts). */
    api() {
        const socket = localEngineSocket(this.env());
        return socket ? new EngineApi(socket) : undefined;
    }
    /**
     * Engine reachable? Throws a UserError naming DOCKER_HOST otherwise. `viaApi`: a local socket's
     * answer is enough (the caller knows the CLI exists); otherwise, and when the socket fails, the CLI
     * is asked, whose error names the cause.
     */
    async ensureEngine(options = {}) {
        const api = options.viaApi ? this.api() : undefined;
        if (api) {
            if (await api.ping().then((r) => r.ok, () => false))
                return;
        }
        const r = await this.run(['version', '--format', '{{.Client.Version}}|{{.Server.Version}}'], { timeoutMs: 30_000 });
        const server = r.stdout.trim().split('|')[1] ?? '';
        if (r.code === 127) {
            throw new errors/* UserError */.yo(`The docker CLI (${this.binary}) was not found.`, { title: 'docker not found', hint: 'Install Docker on the runner, or use a runner image that has it (ubuntu-latest does).' });
        }
        if (r.code !== 0 || !server || server.includes('<no value>')) {
            const where = this.env().DOCKER_HOST || 'the default socket (/var/run/docker.sock)';
            throw new errors/* UserError */.yo(`Cannot reach the Docker engine at ${where}: ${firstLine(r.stderr) || 'no server version reported'}`, {
                title: 'docker engine unreachable',
                hint: 'Start dockerd, or set DOCKER_HOST to a reachable engine (unix://, tcp:// or ssh://).',
            });
        }
    }
}
function firstLine(text) {
    return text.trim().split('\n').find((l) => l.trim())?.trim() ?? '';
}
function majorVersion(version) {
    const m = /^(\d+)/.exec(version.trim());
    return m ? Number(m[1]) : 0;
}
/** Where the docker CLI looks for plugins on Linux after $DOCKER_CONFIG/cli-plugins (docker/cli's defaultSystemPluginDirs). */
const SYSTEM_PLUGIN_DIRS = ['/usr/local/lib/docker/cli-plugins', '/usr/local/libexec/docker/cli-plugins', '/usr/lib/docker/cli-plugins', '/usr/libexec/docker/cli-plugins'];
function isExecutableFile(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
/** A command as the OS would find it: an absolute path as is, else the first executable in PATH. */
function onPath(command, env) {
    if ((0,external_node_path_.isAbsolute)(command))
        return isExecutableFile(command) ? command : undefined;
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter)) {
        if (dir && isExecutableFile((0,external_node_path_.join)(dir, command)))
            return (0,external_node_path_.join)(dir, command);
    }
    return undefined;
}
/**
 * The buildx plugin when it is certain, from files alone, that `docker buildx` would use the
 * engine's own default builder (driver docker) \u2014 the case of a runner or laptop where nobody ran
 * `docker buildx create --use`. Asking buildx costs ~100 ms on every build (the CLI starts, then the
 * plugin twice: its metadata, then the command). Certain means: the CLI talks to a local socket
 * (engine-api.ts), no BUILDX_BUILDER / BUILDX_CONFIG, no extra plugin directories configured, and
 * buildx's store ($DOCKER_CONFIG/buildx) records no selected builder (`current` absent or naming
 * none) and no per-endpoint default (`defaults/` empty): buildx then falls back to the context's
 * builder, whose driver is docker. Anything else, or anything unreadable: undefined (ask buildx).
 */
function defaultBuildxBuilder(env, systemPluginDirs = SYSTEM_PLUGIN_DIRS) {
    if (!localEngineSocket(env) || env.BUILDX_BUILDER || env.BUILDX_CONFIG)
        return undefined;
    const configDir = env.DOCKER_CONFIG || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.docker');
    try {
        const config = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(configDir, 'config.json'), 'utf8'));
        if (config.cliPluginsExtraDirs !== undefined)
            return undefined;
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            return undefined;
    }
    const store = (0,external_node_path_.join)(configDir, 'buildx');
    try {
        const current = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(store, 'current'), 'utf8'));
        if (current === null || typeof current !== 'object' || current.Name !== '')
            return undefined;
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            return undefined;
    }
    try {
        if ((0,external_node_fs_.readdirSync)((0,external_node_path_.join)(store, 'defaults')).length)
            return undefined;
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            return undefined;
    }
    const plugin = [(0,external_node_path_.join)(configDir, 'cli-plugins'), ...systemPluginDirs].map((d) => (0,external_node_path_.join)(d, 'docker-buildx')).find(isExecutableFile);
    return plugin ? { plugin } : undefined;
}
/**
 * Pick how to build. Order: `docker buildx` (any client with the plugin); a pre-23 client with
 * DOCKER_BUILDKIT=1 (its BuildKit is built in; 23+ clients delegate to buildx and fail without it);
 * the legacy builder. BLACKBELT_BUILDER=buildx|buildkit|legacy forces one (tests use it).
 * Extra client binaries to try can be given (e.g. /usr/bin/docker next to a newer one on PATH).
 */
async function detectBuilder(candidates = defaultClients(), options = {}) {
    const forced = process.env.BLACKBELT_BUILDER?.trim().toLowerCase();
    const clients = [...new Set(candidates)].map((b) => new DockerClient(b));
    const primary = clients[0];
    if (!forced || forced === 'buildx') {
        if (options.assume !== false && onPath(primary.binary, primary.env()) && defaultBuildxBuilder(primary.env())) {
            return { kind: 'buildx', client: primary.with({ BUILDX_NO_DEFAULT_ATTESTATIONS: '1' }), driver: 'docker', description: 'docker buildx (builder default, driver docker)', assumed: true };
        }
        for (const client of clients) {
            // One spawn when buildx works (a Go start-up costs 50\u201370 ms of CPU); `buildx version` only tells
            // a missing plugin from an unusable builder, whose own error the build then shows.
            const inspect = await client.run(['buildx', 'inspect'], { timeoutMs: 20_000 });
            if (inspect.code === 0 || (await client.run(['buildx', 'version'], { timeoutMs: 20_000 })).code === 0) {
                const field = (name) => new RegExp(`^${name}:\\s*(\\S+)`, 'im').exec(inspect.stdout)?.[1];
                const driver = field('Driver') ?? 'docker';
                // No default attestations: buildx (\u2265 0.10) adds a provenance manifest whenever the store
                // keeps one (the containerd image store, the docker-container driver), and it records the
                // build's start/finish times and invocation ID \u2014 the pushed index digest would change on
                // every build of the same commit. Older buildx ignores the variable.
                const quiet = client.with({ BUILDX_NO_DEFAULT_ATTESTATIONS: '1' });
                const about = [`builder ${field('Name') ?? '?'}`, `driver ${driver}`, ...(field('BuildKit version') ? [`BuildKit ${field('BuildKit version')}`] : [])];
                return { kind: 'buildx', client: quiet, driver, description: `docker buildx (${about.join(', ')})` };
            }
        }
        if (forced)
            throw new errors/* UserError */.yo('BLACKBELT_BUILDER=buildx but `docker buildx version` fails with every docker client found.', { title: 'buildx not available' });
    }
    if (!forced || forced === 'buildkit') {
        for (const client of clients) {
            const v = await client.run(['version', '--format', '{{.Client.Version}}'], { timeoutMs: 20_000 });
            if (v.code === 0 && majorVersion(v.stdout) > 0 && majorVersion(v.stdout) < 23) {
                return { kind: 'buildkit', client: client.with({ DOCKER_BUILDKIT: '1' }), description: `DOCKER_BUILDKIT=1 ${client.binary} build (client ${v.stdout.trim()})` };
            }
        }
        if (forced)
            throw new errors/* UserError */.yo('BLACKBELT_BUILDER=buildkit needs a docker client older than 23.0 (newer ones need the buildx plugin).', { title: 'BuildKit not available' });
    }
    return { kind: 'legacy', client: primary.with({ DOCKER_BUILDKIT: '0' }), description: `${primary.binary} build (legacy builder)` };
}
/** detectBuilder() with the engine checked reachable (ensureEngine's clear errors); the two probes run side by side. */
async function readyBuilder() {
    const first = new DockerClient(defaultClients()[0]);
    // The socket's answer suffices unless no builder was found (then the CLI itself may be missing:
    // its own check says so).
    const [builder, unreachable] = await Promise.all([detectBuilder(), first.ensureEngine({ viaApi: true }).then(() => undefined, (error) => ({ error }))]);
    if (builder.kind === 'legacy')
        await first.ensureEngine();
    if (builder.client.binary !== first.binary)
        await builder.client.ensureEngine({ viaApi: builder.kind !== 'legacy' });
    else if (unreachable)
        throw unreachable.error;
    return builder;
}
function defaultClients() {
    const list = [process.env.BLACKBELT_DOCKER || 'docker'];
    // Debian's docker.io client; it embeds BuildKit where a newer client on PATH would need buildx.
    if ((0,external_node_fs_.existsSync)('/usr/bin/docker'))
        list.push('/usr/bin/docker');
    return list;
}
/** The BuildKit cache scope the actions use in the GitHub Actions cache (type=gha). */
const GHA_CACHE_SCOPE = 'blackbelt';
/**
 * `--cache-from/--cache-to type=gha` when they can work: a buildx builder that can export a cache (the
 * docker-container driver; the docker driver only on the containerd image store), and the
 * runner's cache service in the environment (ACTIONS_CACHE_URL for the v1 API or ACTIONS_RESULTS_URL
 * for v2, plus ACTIONS_RUNTIME_TOKEN \u2014 what docker/setup-buildx-action exposes; buildx itself reads
 * them and ACTIONS_CACHE_SERVICE_V2). The export has `ignore-error=true`: without it BuildKit fails
 * the whole build when the cache service errors, after the image was built and loaded \u2014 a cache
 * outage must cost the cache, not the build. `enabled: false` (the `cache` input) turns it off.
 */
function ghaCacheFlags(builder, enabled, env = process.env, containerdStore = false) {
    const hasGha = Boolean((env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL) && env.ACTIONS_RUNTIME_TOKEN);
    // The docker driver exports a build cache only on an engine with the containerd image store
    // (fresh Docker 29+ installs, as on GitHub's runners); on the classic store it refuses the flag.
    const canExport = builder.driver === 'docker-container' || (builder.driver === 'docker' && containerdStore);
    if (!enabled || builder.kind !== 'buildx' || !canExport || !hasGha)
        return { from: [], to: [] };
    return { from: [`type=gha,scope=${GHA_CACHE_SCOPE}`], to: [`type=gha,scope=${GHA_CACHE_SCOPE},mode=max,ignore-error=true`] };
}
/** A repository name as the engine records it in RepoDigests: docker.io/library/python \u2192 python. */
function canonicalRepo(repo) {
    const r = repo.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
    return r.startsWith('library/') && registryOf(r) === 'docker.io' ? r.slice('library/'.length) : r;
}
/**
 * The reference to build FROM so that the builder uses the very image that was probed in the engine.
 * The docker driver builds inside the engine and sees its image store: `ref` itself. Every other buildx
 * driver (docker-container, kubernetes, remote) runs its own BuildKit, which resolves FROM in the
 * registry the reference names, never in the engine: `ref` pinned to the digest the engine has for it
 * from that repository (pulled from or pushed to it) \u2014 a tag could have moved since. Undefined when
 * there is no such digest: a base that only exists locally would be looked up on its registry (Docker
 * Hub for a bare name) \u2014 a failure at best, another image than the one probed at worst. A digest the
 * containerd image store lists for a `docker load`ed image is not proof that the registry has it; the
 * pinned FROM then fails in the build with "not found" rather than building from another image.
 */
function builderBaseRef(builder, ref, image) {
    if (builder.kind !== 'buildx' || !builder.driver || builder.driver === 'docker')
        return ref;
    const repo = canonicalRepo(repositoryOf(ref));
    const found = (image.RepoDigests ?? []).find((d) => canonicalRepo(d.split('@')[0]) === repo);
    if (!found)
        return undefined;
    return /@sha256:[0-9a-f]{64}$/.test(ref) ? ref : `${repositoryOf(ref)}@${found.split('@')[1]}`;
}
/**
 * Errors of the gha cache steps in a BuildKit `--progress=plain` log: the import
 * (`#N importing cache manifest from gha:\u2026`) and the export (`#N exporting to GitHub Actions Cache`),
 * each followed by `#N ERROR: <message>` when it failed. Neither fails the build (an import error never
 * does; the export has ignore-error=true), so the action reports them as warnings.
 */
function ghaCacheErrors(log) {
    const out = {};
    const steps = [
        ['import', /^#(\d+) importing cache manifest from gha:/gm],
        ['export', /^#(\d+) exporting to GitHub Actions Cache\s*$/gm],
    ];
    for (const [what, re] of steps) {
        for (const m of log.matchAll(re)) {
            const err = new RegExp(`^#${m[1]} ERROR: (.*)$`, 'm').exec(log);
            if (err)
                out[what] = err[1].trim();
        }
    }
    return out;
}
function buildArgv(builder, req) {
    const argv = builder.kind === 'buildx' ? ['buildx', 'build', '--load'] : ['build'];
    if (builder.kind !== 'legacy')
        argv.push('--progress=plain');
    argv.push('-f', req.dockerfile, '--iidfile', req.iidfile);
    for (const t of req.tags)
        argv.push('-t', t);
    for (const [k, v] of Object.entries(req.buildArgs ?? {}))
        argv.push('--build-arg', `${k}=${v}`);
    for (const [k, v] of Object.entries(req.labels ?? {}))
        argv.push('--label', `${k}=${v}`);
    if (req.target)
        argv.push('--target', req.target);
    if (req.noCache)
        argv.push('--no-cache');
    if (req.network)
        argv.push('--network', req.network);
    if (req.platforms?.length)
        argv.push('--platform', req.platforms.join(','));
    if (builder.kind === 'buildx') {
        for (const c of req.cacheFrom ?? [])
            argv.push('--cache-from', c);
        for (const c of req.cacheTo ?? [])
            argv.push('--cache-to', c);
    }
    argv.push(req.context);
    return argv;
}
class DockerImages {
    client;
    /** The engine API when the CLI would talk to a local socket; dropped (\u2192 CLI) once the socket fails. */
    api;
    constructor(client, options = {}) {
        this.client = client;
        this.api = options.api === false ? undefined : client.api();
    }
    /** Through the API when there is one, else (or when its socket cannot be used) through the CLI. */
    async either(viaApi, viaCli) {
        if (this.api) {
            try {
                return await viaApi(this.api);
            }
            catch (e) {
                if (!(e instanceof EngineUnreachable))
                    throw e;
                this.api = undefined;
            }
        }
        return viaCli();
    }
    /** Which way the calls go now: 'api' until the socket fails (tests check it). */
    get transport() {
        return this.api ? 'api' : 'cli';
    }
    inspect(ref) {
        return this.either(async (api) => {
            const r = await api.json('GET', `/images/${refPath(ref)}/json`);
            return r.status === 200 ? r.value : undefined;
        }, async () => {
            const r = await this.client.run(['image', 'inspect', ref], { timeoutMs: 60_000 });
            if (r.code !== 0)
                return undefined;
            const parsed = JSON.parse(r.stdout);
            return parsed[0];
        });
    }
    /** `docker image history` rows, newest first (sizes in bytes, CreatedBy untruncated). */
    history(ref) {
        return this.either(async (api) => {
            const r = await api.json('GET', `/images/${refPath(ref)}/history`);
            return r.status === 200 && Array.isArray(r.value) ? r.value.map(historyRowOf) : undefined;
        }, async () => {
            const r = await this.client.run(['image', 'history', '--human=false', '--no-trunc', '--format', '{{json .}}', ref], { timeoutMs: 60_000 });
            if (r.code !== 0)
                return undefined;
            return r.stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
        });
    }
    async exists(ref) {
        return (await this.inspect(ref)) !== undefined;
    }
    /**
     * Make sure `ref` is present locally without ever pulling from a remote registry unless allowed:
     * pulls only from 127.0.0.1/localhost registries, or on GitHub-hosted runs (GITHUB_ACTIONS=true
     * and BLACKBELT_NO_PULL is not 1).
     */
    async ensureLocal(ref, what = 'image') {
        const found = await this.inspect(ref);
        if (found)
            return found;
        if (pullAllowed(ref)) {
            const r = await this.client.run(['pull', ref], { timeoutMs: 15 * 60_000 });
            const after = r.code === 0 ? await this.inspect(ref) : undefined;
            if (after)
                return after;
            throw new errors/* UserError */.yo(`The ${what} ${ref} is not present locally and pulling it failed: ${lastLines(r.stderr, 3)}`, {
                title: `${what} not available`,
                hint: 'Check the reference and that the registry is reachable (log in first for private images).',
            });
        }
        throw new errors/* UserError */.yo(`The ${what} ${ref} is not present on the Docker engine, and blackbelt does not pull from remote registries here.`, {
            title: `${what} not found`,
            hint: `Build or load it first (docker image ls), pull it in an earlier step, or use an image from a local registry (127.0.0.1:PORT/...). On GitHub runners pulls are allowed unless BLACKBELT_NO_PULL=1.`,
        });
    }
    store;
    /**
     * Does the engine keep images in the containerd image store (`docker info` driver-type
     * io.containerd.snapshotter.v1; the default of fresh Docker 29+ installs)? Asked once per instance;
     * false when `docker info` fails.
     */
    usesContainerdStore() {
        this.store ??= this.either(async (api) => {
            const r = await api.json('GET', '/info');
            return r.status === 200 && JSON.stringify(r.value?.DriverStatus ?? null).includes('io.containerd.snapshotter');
        }, () => this.client.run(['info', '--format', '{{json .DriverStatus}}'], { timeoutMs: 30_000 }).then((r) => r.code === 0 && r.stdout.includes('io.containerd.snapshotter')));
        return this.store;
    }
    /** `docker save` as a readable stream; the returned promise resolves when the process ends. */
    save(ref) {
        // Streams cannot fall back half-way: a socket that fails here fails the call (callers retry or report).
        if (this.api)
            return this.api.save(ref);
        const child = this.client.spawn(['save', ref]);
        child.stdin.end();
        return { stream: child.stdout, done: waitChild(child) };
    }
    /**
     * `docker load` fed from a writable stream. Its stdout names what it loaded (see loadedImages):
     * the image ID is the config digest on the classic store, a manifest digest on the containerd one.
     */
    load() {
        if (this.api)
            return this.api.load();
        const child = this.client.spawn(['load']);
        const out = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stdin.on('error', () => undefined);
        const done = waitChild(child).then((r) => ({ ...r, stdout: Buffer.concat(out).toString('utf8') }));
        return { stream: child.stdin, done };
    }
    async tag(source, target) {
        const failed = await this.either(async (api) => {
            const repo = repositoryOf(target);
            const tag = target.slice(repo.length + 1) || 'latest';
            const r = await api.json('POST', `/images/${refPath(source)}/tag?repo=${encodeURIComponent(repo)}&tag=${encodeURIComponent(tag)}`);
            return r.status < 300 ? '' : r.message;
        }, async () => {
            const r = await this.client.run(['tag', source, target]);
            return r.code === 0 ? '' : r.stderr.trim();
        });
        if (failed)
            throw new Error(`docker tag ${source} ${target} failed: ${failed}`);
    }
    async remove(ref) {
        await this.either((api) => api.call('DELETE', `/images/${refPath(ref)}?noprune=1`), () => this.client.run(['image', 'rm', '--no-prune', ref]));
    }
}
/**
 * What `docker load` printed it loaded: `Loaded image: REF` (tagged) and `Loaded image ID: sha256:\u2026`
 * (untagged) lines, in order. The containerd image store also prints them for images it names
 * itself, and its IDs are manifest digests \u2014 never assume the ID is the config's digest.
 */
function loadedImages(stdout) {
    const out = [];
    for (const m of stdout.matchAll(/^Loaded image(?: ID)?: (\S+)\s*$/gm))
        out.push(m[1]);
    return [...new Set(out)];
}
/** An API history row as `docker image history --human=false --no-trunc --format '{{json .}}'` prints it. */
function historyRowOf(row) {
    return {
        CreatedAt: new Date((row.Created ?? 0) * 1000).toISOString().replace(/\.000Z$/, 'Z'),
        // The CLI shows tabs as spaces (its formatter replaces them, truncated or not).
        CreatedBy: (row.CreatedBy ?? '').replace(/\t/g, ' '),
        Comment: row.Comment ?? '',
        Size: String(row.Size ?? 0),
    };
}
function waitChild(child) {
    const err = [];
    child.stderr.on('data', (b) => err.push(b));
    return new Promise((resolve) => {
        let settled = false;
        const finish = (code, extra = '') => {
            if (settled)
                return;
            settled = true;
            resolve({ code, stderr: Buffer.concat(err).toString('utf8') + extra });
        };
        child.on('error', (e) => finish(127, e.message));
        child.on('close', (code) => finish(code ?? 1));
    });
}
function lastLines(text, n) {
    return text.trim().split('\n').slice(-n).join('\n');
}
/** Registry host of an image reference (docker.io when none is given). */
function registryOf(ref) {
    const first = ref.split('/')[0];
    if (ref.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost'))
        return first;
    return 'docker.io';
}
function isLocalRegistry(registry) {
    const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return host === '127.0.0.1' || host === 'localhost' || host === '::1';
}
function pullAllowed(ref) {
    if (isLocalRegistry(registryOf(ref)))
        return true;
    return process.env.GITHUB_ACTIONS === 'true' && process.env.BLACKBELT_NO_PULL !== '1';
}
/** Split `repo[:tag][@digest]` \u2192 repository part (tag and digest removed). */
function repositoryOf(ref) {
    const noDigest = ref.split('@')[0];
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    return colon > slash ? noDigest.slice(0, colon) : noDigest;
}
/**
 * Login + push. When credentials are given, a private DOCKER_CONFIG (deleted afterwards) holds
 * them, so the password is never written to the user's ~/.docker/config.json by us, and the
 * password only ever travels on docker's stdin.
 */
class DockerRegistry {
    configDir;
    client;
    constructor(client) {
        this.client = client;
    }
    async login(registry, username, password) {
        this.configDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'blackbelt-docker-'));
        // Keep CLI plugins (buildx) reachable from the private config.
        const pluginsDir = (0,external_node_path_.join)(this.configDir, 'cli-plugins');
        const userPlugins = (0,external_node_path_.join)(process.env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), 'cli-plugins');
        if ((0,external_node_fs_.existsSync)(userPlugins))
            (0,external_node_fs_.symlinkSync)(userPlugins, pluginsDir);
        else
            (0,external_node_fs_.mkdirSync)(pluginsDir);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(this.configDir, 'config.json'), '{}\n', { mode: 0o600 });
        this.client = this.client.with({ DOCKER_CONFIG: this.configDir });
        const r = await this.client.run(['login', '--username', username, '--password-stdin', registry], { input: password + '\n', timeoutMs: 120_000 });
        if (r.code !== 0) {
            const text = scrub(`${r.stderr}\n${r.stdout}`, password);
            throw classifyRegistryError(text, registry, 'log in to');
        }
    }
    async push(ref) {
        const r = await this.client.run(['push', ref], { timeoutMs: 60 * 60_000 });
        const output = `${r.stdout}\n${r.stderr}`;
        if (r.code !== 0)
            throw classifyRegistryError(output, registryOf(ref), 'push to');
        const digest = /digest:\s*(sha256:[0-9a-f]{64})/.exec(output)?.[1];
        if (digest)
            return { digest, output };
        // Older clients: read RepoDigests.
        const inspect = await new DockerImages(this.client).inspect(ref);
        const repo = repositoryOf(ref);
        const rd = inspect?.RepoDigests?.find((d) => d.startsWith(repo + '@'));
        if (!rd)
            throw new Error(`docker push ${ref} succeeded but reported no digest`);
        return { digest: rd.split('@')[1], output };
    }
    /** Log out and delete the private config. Safe to call more than once. */
    async close(registry) {
        if (!this.configDir)
            return;
        if (registry)
            await this.client.run(['logout', registry], { timeoutMs: 30_000 });
        (0,external_node_fs_.rmSync)(this.configDir, { recursive: true, force: true });
        this.configDir = undefined;
    }
}
function scrub(text, secret) {
    return secret ? text.split(secret).join('***') : text;
}
function classifyRegistryError(output, registry, verb) {
    const detail = lastLines(output, 3);
    if (/connection refused|no such host|i\/o timeout|dial tcp|server gave HTTP response to HTTPS|network is unreachable|TLS handshake timeout/i.test(output)) {
        return new errors/* UserError */.yo(`Cannot ${verb} registry ${registry}: it is unreachable. ${detail}`, {
            title: 'registry unreachable',
            hint: 'Check the registry host and port in `image`/`registry`, that it is running, and that the runner can reach it.',
        });
    }
    if (/unauthorized|authentication required|incorrect username or password|401|denied|forbidden/i.test(output)) {
        return new errors/* UserError */.yo(`Cannot ${verb} registry ${registry}: authentication failed. ${detail}`, {
            title: 'registry authentication failed',
            hint: 'Check the `username` and `password` inputs (for ghcr.io use a token with packages:write).',
        });
    }
    return new errors/* UserError */.yo(`Cannot ${verb} registry ${registry}: ${detail}`, { title: 'registry error' });
}

// EXTERNAL MODULE: ./actions/shared/inputs.ts
var shared_inputs = __webpack_require__(7073);
// EXTERNAL MODULE: ./actions/shared/outputs.ts
var outputs = __webpack_require__(676);
// EXTERNAL MODULE: ./actions/shared/report.ts
var shared_report = __webpack_require__(7690);
// EXTERNAL MODULE: ./actions/shared/summary.ts
var summary = __webpack_require__(6834);
;// CONCATENATED MODULE: ./actions/build-parity-image/buildlog.ts
/**
 * Reading build logs: the failing step (BuildKit `> [stage 2/4] RUN \u2026:` / legacy `Step 2/4 : RUN \u2026`
 * / parse errors `line N`), mapped back to a Dockerfile line, and layer reuse (CACHED / Using cache).
 */
function findInstructionLine(dockerfile, instruction) {
    const want = instruction.replace(/\s+/g, ' ').trim();
    const lines = dockerfile.split('\n');
    // Join continuation lines so multi-line RUNs match their first line.
    for (let i = 0; i < lines.length; i++) {
        let text = lines[i];
        let j = i;
        while (text.trimEnd().endsWith('\\') && j + 1 < lines.length)
            text = text.trimEnd().slice(0, -1) + ' ' + lines[++j];
        const norm = text.replace(/\s+/g, ' ').trim();
        if (norm && (norm === want || norm.startsWith(want) || (want.length > 20 && want.startsWith(norm.slice(0, 40)))))
            return i + 1;
    }
    return undefined;
}
function parseBuildFailure(log, dockerfile) {
    const lines = log.split('\n').map((l) => l.replace(/\r$/, ''));
    const parse = /(?:dockerfile parse error|Dockerfile parse error) (?:on )?line (\d+): (.*)$/i.exec(log);
    if (parse)
        return { line: Number(parse[1]), error: `Dockerfile parse error: ${parse[2].trim()}`, excerpt: parse[0] };
    const dfLine = /Dockerfile:(\d+)/.exec(log);
    let step;
    const bk = [...log.matchAll(/^ > \[(?:[^\]]*?\s)?\d+\/\d+\] (.+?):$/gm)].pop();
    if (bk)
        step = bk[1].trim();
    if (!step) {
        const steps = [...log.matchAll(/^Step \d+\/\d+ : (.+)$/gm)];
        if (steps.length)
            step = steps[steps.length - 1][1].trim();
    }
    const errorLines = lines.filter((l) => /^(ERROR|error):|^#\d+ ERROR:|returned a non-zero code|^Error response from daemon|failed to solve/i.test(l.trim()));
    const error = errorLines.length ? errorLines.slice(-2).join('\n') : lines.filter(Boolean).slice(-3).join('\n');
    let line = dfLine ? Number(dfLine[1]) : undefined;
    if (!line && step)
        line = findInstructionLine(dockerfile, step);
    // Output of the failing step: BuildKit prefixes its lines with `#N`; show the last 25 log lines.
    const excerpt = lines.filter((l) => l.trim()).slice(-25).join('\n');
    return { step, line, error, excerpt };
}
/** Steps the builder reused from cache. */
function cachedSteps(log) {
    const out = [];
    // BuildKit: "#7 [deps 3/4] RUN \u2026" \u2026 "#7 CACHED"
    const names = new Map();
    for (const m of log.matchAll(/^#(\d+) (\[.+)$/gm))
        names.set(m[1], m[2].trim());
    for (const m of log.matchAll(/^#(\d+) CACHED$/gm)) {
        const n = names.get(m[1]);
        if (n)
            out.push(n);
    }
    // Legacy: "Step 3/9 : RUN \u2026" followed by " ---> Using cache"
    const lines = log.split('\n');
    for (let i = 0; i < lines.length; i++) {
        if (/^ ---> Using cache/.test(lines[i])) {
            for (let j = i - 1; j >= 0; j--) {
                const s = /^Step \d+\/\d+ : (.+)$/.exec(lines[j]);
                if (s) {
                    out.push(s[1]);
                    break;
                }
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/build-parity-image/tar.ts
const BLOCK = 512;
class ByteReader {
    source;
    buffered = [];
    length = 0;
    ended = false;
    constructor(source) {
        this.source = source;
    }
    async fill(n) {
        while (this.length < n && !this.ended) {
            const next = await this.source.next();
            if (next.done) {
                this.ended = true;
                break;
            }
            const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
            this.buffered.push(chunk);
            this.length += chunk.length;
        }
    }
    /** Exactly n bytes, or fewer only at end of stream. */
    async read(n) {
        await this.fill(n);
        const all = this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered);
        const take = Math.min(n, all.length);
        const out = all.subarray(0, take);
        const rest = all.subarray(take);
        this.buffered = rest.length ? [rest] : [];
        this.length = rest.length;
        return out;
    }
    /** Read and discard everything left in the source. */
    async drain() {
        this.buffered = [];
        this.length = 0;
        while (!this.ended) {
            const next = await this.source.next();
            if (next.done)
                this.ended = true;
        }
    }
    /** Up to n bytes in chunks as they arrive (for streaming large bodies). */
    async *pieces(n) {
        let left = n;
        while (left > 0) {
            if (this.length === 0)
                await this.fill(1);
            if (this.length === 0)
                throw new Error('tar: unexpected end of archive inside an entry');
            const head = this.buffered.shift();
            const take = Math.min(left, head.length);
            if (take < head.length)
                this.buffered.unshift(head.subarray(take));
            this.length -= take;
            left -= take;
            yield head.subarray(0, take);
        }
    }
}
function cString(buf, start, length) {
    const slice = buf.subarray(start, start + length);
    const nul = slice.indexOf(0);
    return slice.subarray(0, nul === -1 ? slice.length : nul).toString('utf8');
}
function parseNumeric(buf, start, length) {
    const field = buf.subarray(start, start + length);
    if (field[0] & 0x80) {
        // GNU base-256
        let value = 0;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + field[i];
        return value;
    }
    const text = cString(buf, start, length).trim();
    return text ? parseInt(text, 8) : 0;
}
function parsePax(data) {
    const out = {};
    let pos = 0;
    while (pos < data.length) {
        const space = data.indexOf(0x20, pos);
        if (space === -1)
            break;
        const len = parseInt(data.subarray(pos, space).toString('utf8'), 10);
        if (!len)
            break;
        const record = data.subarray(space + 1, pos + len - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            out[record.slice(0, eq)] = record.slice(eq + 1);
        pos += len;
    }
    return out;
}
function padding(size) {
    return (BLOCK - (size % BLOCK)) % BLOCK;
}
function isZero(block) {
    for (const b of block)
        if (b !== 0)
            return false;
    return true;
}
async function* readTar(stream) {
    const source = Symbol.asyncIterator in stream ? stream : (async function* () { yield* stream; })();
    const reader = new ByteReader(source[Symbol.asyncIterator]());
    let globalPax = {};
    for (;;) {
        const rawBlocks = [];
        let pax = {};
        let longName;
        let longLink;
        let header;
        for (;;) {
            header = await reader.read(BLOCK);
            if (header.length < BLOCK || isZero(header)) {
                // Drain what follows the end-of-archive blocks (record padding): a producer such as
                // `docker save` does not exit/close until its stdout has been read to the end.
                await reader.drain();
                return;
            }
            rawBlocks.push(Buffer.from(header));
            const type = String.fromCharCode(header[156] || 0x30);
            if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
                const size = parseNumeric(header, 124, 12);
                const data = Buffer.from(await reader.read(size + padding(size)));
                rawBlocks.push(data);
                const body = data.subarray(0, size);
                if (type === 'x')
                    pax = { ...pax, ...parsePax(body) };
                else if (type === 'g')
                    globalPax = { ...globalPax, ...parsePax(body) };
                else if (type === 'L')
                    longName = cString(body, 0, body.length);
                else
                    longLink = cString(body, 0, body.length);
                continue;
            }
            break;
        }
        const merged = { ...globalPax, ...pax };
        const prefix = header.subarray(257, 262).toString('latin1') === 'ustar' ? cString(header, 345, 155) : '';
        const baseName = cString(header, 0, 100);
        const name = merged.path ?? longName ?? (prefix ? `${prefix}/${baseName}` : baseName);
        const size = merged.size !== undefined ? Number(merged.size) : parseNumeric(header, 124, 12);
        const type = String.fromCharCode(header[156] || 0x30);
        let consumed = false;
        const body = async function* () {
            if (consumed)
                throw new Error(`tar: body of ${name} already consumed`);
            consumed = true;
            yield* reader.pieces(size);
            await reader.read(padding(size));
        };
        const entry = {
            name,
            size,
            type: type === '\0' ? '0' : type,
            mode: parseNumeric(header, 100, 8),
            mtime: merged.mtime !== undefined ? Math.floor(Number(merged.mtime)) : parseNumeric(header, 136, 12),
            linkname: merged.linkpath ?? longLink ?? cString(header, 157, 100),
            raw: Buffer.concat(rawBlocks),
            body,
            readAll: async () => {
                const parts = [];
                for await (const p of body())
                    parts.push(Buffer.from(p));
                return Buffer.concat(parts);
            },
        };
        yield entry;
        if (!consumed) {
            consumed = true;
            for await (const _ of reader.pieces(size))
                void _;
            await reader.read(padding(size));
        }
    }
}
function writeOctal(buf, value, start, length) {
    const text = value.toString(8).padStart(length - 1, '0');
    buf.write(text + '\0', start, length, 'latin1');
}
function ustarHeader(name, size, type, mode, mtime, linkname = '') {
    const h = Buffer.alloc(BLOCK);
    h.write(name, 0, 100, 'utf8');
    if (linkname)
        h.write(linkname, 157, 100, 'utf8');
    writeOctal(h, mode, 100, 8);
    writeOctal(h, 0, 108, 8);
    writeOctal(h, 0, 116, 8);
    writeOctal(h, size, 124, 12);
    writeOctal(h, mtime, 136, 12);
    h.write('        ', 148, 8, 'latin1');
    h.write(type, 156, 1, 'latin1');
    h.write('ustar\0', 257, 6, 'latin1');
    h.write('00', 263, 2, 'latin1');
    let sum = 0;
    for (const b of h)
        sum += b;
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1');
    return h;
}
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    const len = Buffer.byteLength(body);
    let total = len + String(len).length;
    if (String(total).length !== String(len).length)
        total = len + String(total).length;
    return `${total}${body}`;
}
/** Header blocks for a regular file (PAX header when the name does not fit ustar's 100 bytes). */
function fileHeader(name, size, mtime = 0, mode = 0o644) {
    return entryHeader({ name, type: 'file', mode, mtime, size });
}
const tarPadding = padding;
const TYPE_FLAG = { file: '0', symlink: '2', dir: '5' };
/** Header blocks of one entry, owned by 0:0; a PAX header carries a path or link target too long for ustar. */
function entryHeader(e) {
    const size = e.type === 'file' ? (e.size ?? 0) : 0;
    const linkname = e.linkname ?? '';
    const longName = Buffer.byteLength(e.name) > 100;
    const longLink = Buffer.byteLength(linkname) > 100;
    const header = ustarHeader(longName ? e.name.slice(0, 100) : e.name, size, TYPE_FLAG[e.type], e.mode, e.mtime, longLink ? linkname.slice(0, 100) : linkname);
    if (!longName && !longLink)
        return header;
    const pax = Buffer.from((longName ? paxRecord('path', e.name) : '') + (longLink ? paxRecord('linkpath', linkname) : ''));
    return Buffer.concat([ustarHeader('PaxHeader', pax.length, 'x', 0o644, e.mtime), pax, Buffer.alloc(padding(pax.length)), header]);
}
class TarWriter {
    out;
    constructor(out) {
        this.out = out;
    }
    async write(data) {
        if (!data.length)
            return;
        // A reader that went away (docker load failed, the engine closed the socket) must fail the
        // write: a destroyed stream never emits 'drain' again.
        const closed = () => new Error(`the archive's reader closed the stream${this.out.errored ? `: ${this.out.errored.message}` : ''}`);
        if (this.out.destroyed)
            throw closed();
        if (!this.out.write(data)) {
            await new Promise((resolve, reject) => {
                const done = () => {
                    this.out.off('drain', onDrain);
                    this.out.off('error', onError);
                    this.out.off('close', onClose);
                };
                const onDrain = () => {
                    done();
                    resolve();
                };
                const onError = (e) => {
                    done();
                    reject(e);
                };
                const onClose = () => {
                    done();
                    reject(closed());
                };
                this.out.once('drain', onDrain);
                this.out.once('error', onError);
                this.out.once('close', onClose);
                if (this.out.destroyed)
                    onClose();
            });
        }
    }
    async addFile(name, data, mtime = 0) {
        await this.write(fileHeader(name, data.length, mtime));
        await this.write(data);
        await this.write(Buffer.alloc(padding(data.length)));
    }
    /** Copy an entry from a reader unchanged (header blocks byte for byte, body streamed). */
    async passthrough(entry) {
        await this.write(entry.raw);
        for await (const piece of entry.body())
            await this.write(piece);
        await this.write(Buffer.alloc(padding(entry.size)));
    }
    /** Write a previously read entry whose body is already in memory. */
    async passthroughBuffered(entry, body) {
        await this.write(entry.raw);
        await this.write(body);
        await this.write(Buffer.alloc(padding(entry.size)));
    }
    async finish() {
        await this.write(Buffer.alloc(BLOCK * 2));
        await new Promise((resolve, reject) => {
            this.out.once('error', reject);
            this.out.end(() => resolve());
        });
    }
}

;// CONCATENATED MODULE: ./actions/build-parity-image/context.ts
/**
 * Staging the build context for the generated Dockerfile:
 *   CTX/Dockerfile, CTX/deps/requirements.txt, CTX/deps/wheels/*.whl, CTX/src.tar (the project under app/)
 * The project is taken with its .dockerignore applied (Docker's rules: last matching pattern
 * wins, `!` re-includes, `**` spans directories, a matched directory excludes its content).
 * `.git` is always left out: its bytes differ between two checkouts of the same commit.
 */





function cleanPattern(p) {
    let t = p.trim().replace(/\\/g, '/');
    while (t.startsWith('./'))
        t = t.slice(2);
    t = t.replace(/^\/+/, '').replace(/\/+$/, '');
    // path.Clean-ish: collapse // and /./
    t = t.replace(/\/{2,}/g, '/').replace(/\/\.\//g, '/');
    return t;
}
function globToRegex(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                // `**` matches any number of directories (including none)
                i++;
                if (glob[i + 1] === '/') {
                    i++;
                    re += '(?:.*/)?';
                }
                else
                    re += '.*';
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const end = glob.indexOf(']', i + 1);
            if (end === -1)
                re += '\\[';
            else {
                let cls = glob.slice(i + 1, end);
                if (cls.startsWith('^') || cls.startsWith('!'))
                    cls = '^' + cls.slice(1);
                re += `[${cls.replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else if (c === '\\' && i + 1 < glob.length) {
            re += glob[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        }
        else
            re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
function parseDockerignore(text) {
    const rules = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const negate = line.startsWith('!');
        const pattern = cleanPattern(negate ? line.slice(1) : line);
        if (!pattern)
            continue;
        rules.push({ negate, regex: globToRegex(pattern), pattern });
    }
    return rules;
}
/** Is `rel` (slash-separated, relative to the context root) excluded? A parent match counts. */
function isIgnored(rel, rules) {
    const parts = rel.split('/');
    let ignored = false;
    for (const rule of rules) {
        let matched = false;
        for (let i = parts.length; i >= 1 && !matched; i--)
            matched = rule.regex.test(parts.slice(0, i).join('/'));
        if (matched)
            ignored = !rule.negate;
    }
    return ignored;
}
/** Could anything below directory `rel` be re-included by a `!` rule? (then we must descend) */
function mayReinclude(rel, rules) {
    return rules.some((r) => r.negate && (r.pattern.startsWith(rel + '/') || r.pattern.includes('*')));
}
const ALWAYS_EXCLUDED = new Set(['.git']);
const CHUNK = 1 << 20;
/**
 * Append file `src` to the open tar `out` after `header(size)`, hashing what is written. A file read
 * whole (up to 1 MiB, the usual source file) gets its exact size; a bigger one must keep the size
 * lstat gave \u2014 one that changes while it is read is an error, not a corrupt tar.
 */
function copyInto(src, statSize, out, hash, header) {
    if (statSize <= CHUNK) {
        const data = (0,external_node_fs_.readFileSync)(src);
        header(data.length);
        hash.update(data);
        (0,external_node_fs_.writeSync)(out, data);
        return data.length;
    }
    header(statSize);
    const fd = (0,external_node_fs_.openSync)(src, 'r');
    const buf = Buffer.allocUnsafe(CHUNK);
    let done = 0;
    try {
        for (let n; done < statSize && (n = (0,external_node_fs_.readSync)(fd, buf, 0, Math.min(CHUNK, statSize - done), done)) > 0; done += n) {
            hash.update(buf.subarray(0, n));
            (0,external_node_fs_.writeSync)(out, buf, 0, n);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    if (done !== statSize)
        throw new errors/* UserError */.yo(`${src} changed size while it was being packed for the image (${statSize} \u2192 ${done} bytes).`, { title: 'source changed during the build', hint: 'Do not write into working-directory while the image is built.' });
    return done;
}
/**
 * Write the project (`from`, .dockerignore applied) as a tar for `ADD src.tar /`: every entry under
 * `app/` (itself 0755), in sorted order, owned by 0:0, modes kept minus group/other write, every mtime = `epoch`
 * (directories too). The builder's own context transfer keeps file mtimes but stamps directories
 * with the transfer time, and clamping them in the image took a RUN step (~0.35 s of every
 * code-only build); a tar that `ADD` unpacks carries every timestamp itself, on every builder.
 * `extra` entries (the console-script wrappers, scripts.ts) follow the project's; `leaveOut` names
 * paths (relative, slash-separated) never packed: a staged context inside the project.
 */
function writeSourceTar(from, tarPath, epoch, extra = [], leaveOut = new Set()) {
    const ignoreFile = (0,external_node_path_.join)(from, '.dockerignore');
    const rules = (0,external_node_fs_.existsSync)(ignoreFile) ? parseDockerignore((0,external_node_fs_.readFileSync)(ignoreFile, 'utf8')) : [];
    const files = [];
    const fd = (0,external_node_fs_.openSync)(tarPath, 'w');
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const put = (b) => {
        if (!b.length)
            return;
        hash.update(b);
        (0,external_node_fs_.writeSync)(fd, b);
    };
    const mode = (st) => st.mode & 0o7777 & ~0o022;
    try {
        // /app itself as COPY would create it (the checkout's own mode may be 0700: a temp dir, a umask)
        put(entryHeader({ name: 'app/', type: 'dir', mode: 0o755, mtime: epoch }));
        const walk = (rel) => {
            for (const name of (0,external_node_fs_.readdirSync)(rel ? (0,external_node_path_.join)(from, rel) : from).sort()) {
                const childRel = rel ? `${rel}/${name}` : name;
                if ((!rel && ALWAYS_EXCLUDED.has(name)) || leaveOut.has(childRel))
                    continue;
                const src = (0,external_node_path_.join)(from, childRel);
                const st = (0,external_node_fs_.lstatSync)(src);
                const ignored = isIgnored(childRel, rules);
                if (st.isDirectory()) {
                    if (ignored && !mayReinclude(childRel, rules))
                        continue;
                    put(entryHeader({ name: `app/${childRel}/`, type: 'dir', mode: mode(st), mtime: epoch }));
                    walk(childRel);
                    continue;
                }
                if (ignored)
                    continue;
                if (st.isSymbolicLink()) {
                    put(entryHeader({ name: `app/${childRel}`, type: 'symlink', mode: 0o777, mtime: epoch, linkname: (0,external_node_fs_.readlinkSync)(src) }));
                }
                else if (st.isFile()) {
                    // Streamed in chunks: a project may carry large data files. The size is the one read.
                    const size = copyInto(src, st.size, fd, hash, (n) => put(entryHeader({ name: `app/${childRel}`, type: 'file', mode: mode(st), mtime: epoch, size: n })));
                    put(Buffer.alloc(tarPadding(size)));
                }
                else
                    continue; // sockets, fifos, devices: not source
                files.push(childRel);
            }
        };
        try {
            walk('');
        }
        catch (e) {
            const err = e;
            if (err.code !== 'EACCES' && err.code !== 'EPERM')
                throw e;
            throw new errors/* UserError */.yo(`Cannot read ${err.path ?? from} to pack the project into the image: permission denied.`, {
                title: 'source not readable',
                hint: 'Make working-directory readable by the runner user, or list what the image does not need in .dockerignore.',
            });
        }
        for (const e of extra) {
            put(entryHeader({ ...e, size: e.data?.length ?? 0 }));
            if (e.data) {
                put(e.data);
                put(Buffer.alloc(tarPadding(e.data.length)));
            }
        }
        put(Buffer.alloc(1024)); // end of archive: two zero blocks
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return { files, sha256: hash.digest('hex') };
}

// EXTERNAL MODULE: ./actions/shared/lockfile/pep508.ts
var pep508 = __webpack_require__(5688);
// EXTERNAL MODULE: ./actions/shared/lockfile/pep440.ts
var pep440 = __webpack_require__(5459);
;// CONCATENATED MODULE: ./actions/build-parity-image/locked.ts
/**
 * From a parsed lock (LockedPackage[], any manager) to the exact set of distributions one image
 * must contain, and the hashed requirements file that installs it:
 *
 *   name==version --hash=sha256:\u2026 (one line per package, sorted)
 *
 * for the image's interpreter and platform (markers evaluated against the environment probed
 * from the base image), production groups only. Installed with
 * `pip install --require-hashes --no-deps --no-index` so the set is exactly the lock's.
 */





/** Groups that never go into a production image (unless the `groups` input names them). */
const DEV_GROUPS = new Set(['dev', 'develop', 'development', 'dev-packages', 'test', 'tests', 'testing', 'lint', 'linting', 'docs', 'doc', 'typing', 'type', 'ci']);
function normaliseHash(h) {
    const t = h.trim();
    if (/^[a-z0-9]+[:=][0-9a-f]+$/i.test(t))
        return t.replace('=', ':').replace(/^([a-z0-9]+):/i, (_, a) => `${a.toLowerCase()}:`);
    if (/^[0-9a-f]{64}$/i.test(t))
        return `sha256:${t.toLowerCase()}`;
    return t;
}
function inGroups(pkg, wanted, manager) {
    const groups = pkg.groups ?? [];
    if (!groups.length)
        return true;
    if (wanted.length)
        return groups.some((g) => wanted.includes(g) || g === 'main' || g === 'default');
    // pdm.lock lists optional-dependency groups (extras) and dev groups alike: `pdm install --prod` installs "default" only.
    if (manager === 'pdm')
        return groups.includes('default');
    return groups.some((g) => !DEV_GROUPS.has(g.toLowerCase()));
}
function deriveLockedSet(locked, env, options = {}) {
    const excluded = [];
    const chosen = new Map();
    const unsupported = [];
    const unhashed = [];
    const local = new Map();
    for (const pkg of locked) {
        const localPath = pkg.path !== undefined && options.lockDir ? (0,external_node_path_.resolve)(options.lockDir, pkg.path.replace(/^~(?=\/|$)/, (0,external_node_os_.homedir)())) : undefined;
        const isRoot = localPath !== undefined && (localPath === options.lockDir || localPath === options.projectDir);
        if (isRoot || (pkg.source === 'project' && localPath === undefined)) {
            excluded.push({ name: pkg.name, version: pkg.version, reason: 'the project itself (its source is copied, not installed)' });
            continue;
        }
        if (!inGroups(pkg, options.groups ?? [], options.manager)) {
            excluded.push({ name: pkg.name, version: pkg.version, reason: `dependency group ${pkg.groups.join(', ')} (not a production group)` });
            continue;
        }
        if (options.production && pkg.name && !options.production.has(pkg.name)) {
            excluded.push({ name: pkg.name, version: pkg.version, reason: 'only required through dependency markers that are false for this image' });
            continue;
        }
        if (pkg.marker) {
            let applies;
            try {
                applies = (0,pep508/* evaluateMarker */.UZ)(pkg.marker, env, options.markerContext);
            }
            catch {
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
            }
            else if (!local.has(localPath)) {
                local.set(localPath, { name: pkg.name, version: pkg.version, path: localPath });
            }
            continue;
        }
        if (pkg.source === 'git' || pkg.source === 'url') {
            unsupported.push(`${pkg.name} (${pkg.source})`);
            continue;
        }
        const hashes = (pkg.hashes ?? []).map(normaliseHash).filter(Boolean);
        if (!hashes.length)
            unhashed.push(`${pkg.name}==${pkg.version}`);
        const existing = chosen.get(pkg.name);
        if (existing) {
            if ((0,pep440/* normalizeVersion */.Qj)(existing.version) !== (0,pep440/* normalizeVersion */.Qj)(pkg.version)) {
                throw new errors/* UserError */.yo(`The lock pins ${pkg.name} to both ${existing.version} and ${pkg.version} for this image's environment (python ${env.python_full_version}, ${env.sys_platform}/${env.platform_machine}).`, {
                    title: 'ambiguous lock',
                    hint: 'Re-lock so only one version applies to the image platform, or pick a base image matching the lock\'s markers.',
                });
            }
            for (const h of hashes)
                existing.hashes.add(h);
            continue;
        }
        chosen.set(pkg.name, { name: pkg.name, version: pkg.version, hashes: new Set(hashes), source: pkg.source });
    }
    if (unsupported.length) {
        throw new errors/* UserError */.yo(`These locked packages come from VCS or direct URLs and cannot be installed with hash checking from a wheelhouse: ${unsupported.join(', ')}.`, {
            title: 'unsupported lock source',
            hint: 'Publish them to an index (or build wheels) and lock them by version with hashes.',
        });
    }
    if (unhashed.length) {
        throw new errors/* UserError */.yo(`The lock has no hashes for ${unhashed.length} package(s): ${unhashed.slice(0, 10).join(', ')}${unhashed.length > 10 ? ', \u2026' : ''}. The image installs with --require-hashes.`, {
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
function withLocalWheels(derived, built, manager) {
    const packages = [...derived.packages, ...built.map((b) => ({ name: b.name, version: b.version, hashes: b.hashes }))].sort(byName);
    return { ...derived, packages, requirements: requirementsText(packages, manager), local: [] };
}
/** Your own Dockerfile installs local packages its way: parity expects them at the lock's version. */
function withLockedLocals(derived) {
    const named = derived.local.filter((l) => l.name && l.version);
    const excluded = [...derived.excluded, ...derived.local.filter((l) => !(l.name && l.version)).map((l) => ({ name: l.name || l.path, version: l.version, reason: 'local path dependency the lock does not name or version (not compared)' }))];
    const packages = [...derived.packages, ...named.map((l) => ({ name: l.name, version: l.version, hashes: [] }))].sort(byName);
    return { ...derived, packages, excluded, local: [] };
}
function byName(a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function requirementsText(packages, manager) {
    const lines = [`# Generated by blackbelt build-parity-image from the ${manager ?? ''} lock; installed with --require-hashes --no-deps.`.replace('  ', ' ')];
    for (const p of packages) {
        lines.push(`${p.name}==${p.version} \\`);
        p.hashes.forEach((h, i) => lines.push(`    --hash=${h}${i < p.hashes.length - 1 ? ' \\' : ''}`));
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./actions/build-parity-image/environment.ts
/**
 * The image's Python environment, probed once from the base image (`docker run --rm --pull=never
 * --network none --entrypoint python3 BASE -c \u2026`): marker variables, the wheel platform tags its
 * pip accepts (used for `pip download --platform` on the host), and whether pip is there.
 */




const PROBE_ENVIRONMENT = String.raw `
import json, os, platform, sys, sysconfig
impl = sys.implementation
v = impl.version
iv = "%d.%d.%d" % (v.major, v.minor, v.micro)
if v.releaselevel != "final":
    iv += v.releaselevel[0] + str(v.serial)
env = {
    "python_version": "%d.%d" % sys.version_info[:2],
    "python_full_version": platform.python_version(),
    "os_name": os.name, "sys_platform": sys.platform,
    "platform_release": platform.release(), "platform_system": platform.system(),
    "platform_version": platform.version(), "platform_machine": platform.machine(),
    "platform_python_implementation": platform.python_implementation(),
    "implementation_name": impl.name, "implementation_version": iv,
}
platforms, abis, pip_version = [], [], None
try:
    import pip
    pip_version = pip.__version__
    from pip._vendor.packaging import tags
    for t in tags.sys_tags():
        if t.platform not in platforms and t.platform != "any":
            platforms.append(t.platform)
        if t.abi not in abis:
            abis.append(t.abi)
except Exception:
    platforms = [sysconfig.get_platform().replace("-", "_").replace(".", "_")]
print(json.dumps({"env": env, "platforms": platforms, "abis": abis, "pip": pip_version, "executable": sys.executable}))
`.trim();
async function probeEnvironment(client, image, platform) {
    const argv = ['run', '--rm', '--pull=never', '--network', 'none', '--entrypoint', 'python3'];
    if (platform)
        argv.push('--platform', platform);
    argv.push(image, '-c', PROBE_ENVIRONMENT);
    const r = await client.run(argv, { timeoutMs: 120_000 });
    if (r.code !== 0) {
        throw new errors/* UserError */.yo(`Could not run python3 in the base image ${image}: ${lastLines(r.stderr, 3)}`, {
            title: 'base image has no usable python3',
            hint: 'The generated Dockerfile needs a base image with python3 (and pip, for the install step), e.g. python:3.12-slim.',
        });
    }
    const parsed = JSON.parse(r.stdout.trim().split('\n').pop());
    return parsed;
}
/**
 * The probe result is a pure function of the image's content, so it is cached under its image ID:
 * later runs on the same base skip the `docker run` (\u22480.4 s).
 */
async function probeEnvironmentCached(client, image, imageId, cacheRoot, platform) {
    const file = (0,external_node_path_.join)(cacheRoot, 'probes', `${imageId.replace(/^sha256:/, '')}${platform ? `-${platform.replace(/\//g, '_')}` : ''}.json`);
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        // not cached yet (or unreadable): probe
    }
    const py = await probeEnvironment(client, image, platform);
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(cacheRoot, 'probes'), { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, JSON.stringify(py));
    }
    catch {
        // a cache we cannot write is only slower
    }
    return py;
}
/** Short platform label for cache keys and the summary (the most specific tag). */
function platformKey(py) {
    return py.platforms[0] ?? `${py.env.sys_platform}_${py.env.platform_machine}`;
}
/** `pip --python` needs pip \u2265 22.3. */
function pipSupportsPythonFlag(version) {
    if (!version)
        return false;
    const [maj = 0, min = 0] = version.split('.').map((n) => Number.parseInt(n, 10));
    return maj > 22 || (maj === 22 && min >= 3);
}

;// CONCATENATED MODULE: ./actions/build-parity-image/wheelhouse.ts
/**
 * The wheelhouse: every locked wheel, fetched on the host (outside the build) for the image's
 * interpreter and platform, hash-checked by pip, cached on the lock hash.
 *
 *   pip download --no-deps --require-hashes --only-binary=:all: --python-version X.Y
 *                --implementation cp --abi \u2026 --platform \u2026 -d DIR -r requirements.txt
 *
 * Why always (not only when the build has no network): the build then needs no network at all
 * (it runs with --network none), the dependency layer's inputs are exactly the hashed wheels (clean
 * cache keys), and a CI cache of the wheelhouse is cheap. When the host has no pip, the caller
 * falls back to installing from the index inside the build.
 *
 * Cache key: blackbelt-wheels-py<X.Y>-<platform>-<lockhash>; on a miss, the newest wheelhouse with the
 * same interpreter/platform prefix seeds it (restore key / local sibling), so a lock change downloads
 * only the wheels that changed, and the wheelhouse is then trimmed to this lock's. With ACTIONS_CACHE_URL or
 * ACTIONS_RESULTS_URL set, @actions/cache stores it; otherwise a local directory
 * (BLACKBELT_CACHE_DIR, else $XDG_CACHE_HOME/blackbelt, else ~/.cache/blackbelt).
 */









const FIXED_MTIME = 315532800; // 1980-01-01, the zip epoch: deps inputs never depend on the commit
// Finding pip's module is ~4\u00d7 faster than `python -m pip --version` (which imports pip's CLI).
const FIND_PIP = "import importlib.util as u\ns = u.find_spec('pip')\nprint(s.origin if s and s.origin else '')";
async function findHostPip() {
    for (const python of ['python3', 'python']) {
        const r = await (0,exec.run)(python, ['-c', FIND_PIP], { timeoutMs: 60_000 });
        const origin = r.code === 0 ? r.stdout.trim() : '';
        if (!origin)
            continue;
        let version = '?';
        try {
            version = /__version__\s*=\s*["']([^"']+)/.exec((0,external_node_fs_.readFileSync)(origin, 'utf8'))?.[1] ?? '?';
        }
        catch {
            // version is informational only
        }
        return { command: python, args: ['-m', 'pip'], version };
    }
    const r = await (0,exec.run)('pip3', ['--version'], { timeoutMs: 60_000 });
    if (r.code === 0)
        return { command: 'pip3', args: [], version: /pip (\S+)/.exec(r.stdout)?.[1] ?? '?' };
    return undefined;
}
/** Wheelhouses of one interpreter + platform share this prefix: a new lock starts from the last one. */
function wheelCachePrefix(py) {
    return `blackbelt-wheels-py${py.env.python_version}-${platformKey(py)}-`;
}
function wheelCacheKey(lockHash, py) {
    return `${wheelCachePrefix(py)}${lockHash}`;
}
/** The most recently written local wheelhouse with `prefix` other than `key`, if any. */
function newestSibling(root, prefix, key) {
    if (!(0,external_node_fs_.existsSync)(root))
        return undefined;
    const candidates = (0,external_node_fs_.readdirSync)(root)
        .filter((d) => d.startsWith(prefix) && d !== key)
        .map((d) => ({ d, t: (0,external_node_fs_.statSync)((0,external_node_path_.join)(root, d)).mtimeMs }))
        .sort((a, b) => b.t - a.t);
    return candidates[0]?.d;
}
function localCacheRoot() {
    return process.env.BLACKBELT_CACHE_DIR || (0,external_node_path_.join)(process.env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'blackbelt');
}
function useActionsCache() {
    return Boolean(process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL);
}
function pipDownloadArgs(py, dest, requirementsFile) {
    const impl = py.env.implementation_name === 'pypy' ? 'pp' : py.env.implementation_name === 'cpython' ? 'cp' : 'py';
    const argv = ['download', '--disable-pip-version-check', '--no-input', '--no-deps', '--require-hashes', '--only-binary=:all:', '--python-version', py.env.python_version, '--implementation', impl];
    for (const abi of py.abis)
        argv.push('--abi', abi);
    for (const p of py.platforms)
        argv.push('--platform', p);
    argv.push('-d', dest, '-r', requirementsFile);
    return argv;
}
/**
 * sha256 of every wheel in `dir`, remembered in `dir/.sha256.json` by size and mtime so a warm
 * cache is not re-read (a few hundred MB of wheels take ~1 s to hash).
 */
function wheelHashes(dir) {
    const memoFile = (0,external_node_path_.join)(dir, '.sha256.json');
    let memo = {};
    try {
        memo = JSON.parse((0,external_node_fs_.readFileSync)(memoFile, 'utf8'));
    }
    catch {
        // no memo yet, or unreadable: hash everything
    }
    const out = new Map();
    const next = {};
    let changed = false;
    for (const f of (0,external_node_fs_.readdirSync)(dir).sort()) {
        if (!f.endsWith('.whl'))
            continue;
        const st = (0,external_node_fs_.statSync)((0,external_node_path_.join)(dir, f));
        const known = memo[f];
        const sha256 = known && known.size === st.size && known.mtimeMs === st.mtimeMs ? known.sha256 : (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, f))).digest('hex');
        if (sha256 !== known?.sha256)
            changed = true;
        next[f] = { size: st.size, mtimeMs: st.mtimeMs, sha256 };
        out.set(f, sha256);
    }
    if (changed || Object.keys(memo).length !== Object.keys(next).length) {
        try {
            (0,external_node_fs_.writeFileSync)(memoFile, JSON.stringify(next));
        }
        catch {
            // read-only cache: fine, just slower next time
        }
    }
    return out;
}
/** Wheels get the fixed mtime in the cache itself, so links into the build context carry it. */
function fixMtimes(dir) {
    for (const f of (0,external_node_fs_.readdirSync)(dir)) {
        if (!f.endsWith('.whl'))
            continue;
        const path = (0,external_node_path_.join)(dir, f);
        if ((0,external_node_fs_.statSync)(path).mtimeMs !== FIXED_MTIME * 1000)
            (0,external_node_fs_.utimesSync)(path, FIXED_MTIME, FIXED_MTIME);
    }
    return dir;
}
/**
 * Is there a local wheelhouse that can serve this lock without pip? `lockHash` alone (before the base
 * is probed): any interpreter's; with `py` and `packages`: this key's, covering every package.
 */
function localWheelhouseReady(lockHash, py, packages) {
    if (useActionsCache())
        return false; // on GitHub the wheelhouse comes from @actions/cache, restored later
    const root = (0,external_node_path_.join)(localCacheRoot(), 'wheels');
    try {
        if (!py)
            return (0,external_node_fs_.readdirSync)(root).some((d) => d.endsWith(lockHash));
        const dir = (0,external_node_path_.join)(root, wheelCacheKey(lockHash, py));
        const present = new Set([...wheelHashes(dir).values()].map((h) => `sha256:${h}`));
        return present.size > 0 && coversAll(packages ?? [], present);
    }
    catch {
        return false; // no cache directory yet
    }
}
/** Every package has at least one of its locked hashes among the wheels. */
function coversAll(packages, present) {
    return packages.every((p) => p.hashes.some((h) => present.has(h)));
}
/** Hard link (same inode: no copy, and the cache's fixed mtime comes along), else copy. */
function linkOrCopy(src, dst) {
    try {
        (0,external_node_fs_.linkSync)(src, dst);
    }
    catch {
        (0,external_node_fs_.copyFileSync)(src, dst);
        (0,external_node_fs_.utimesSync)(dst, FIXED_MTIME, FIXED_MTIME);
    }
}
/**
 * Fetch (or restore) the wheelhouse for `requirementsFile`, then copy the wheels whose sha256 the
 * requirements list into `target` with a fixed mtime.
 */
async function prepareWheelhouse(options) {
    const started = Date.now();
    const key = wheelCacheKey(options.lockHash, options.py);
    const prefix = wheelCachePrefix(options.py);
    const actions = options.cache && useActionsCache();
    const localRoot = (0,external_node_path_.join)(localCacheRoot(), 'wheels');
    // @actions/cache versions an entry by its path list: the path must be the same in every job (no
    // mkdtemp, no key in it), or nothing saved could ever be restored.
    const dir = !options.cache ? (0,external_node_path_.join)(options.scratch, 'wheelhouse', key) : actions ? (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'blackbelt-wheelhouse') : (0,external_node_path_.join)(localRoot, key);
    if (actions)
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }); // nothing left from an earlier step
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    let cache = options.cache ? 'miss' : 'disabled';
    let seededFrom;
    let downloaded = 0;
    if (actions) {
        try {
            const cacheModule = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(305)]).then(__webpack_require__.bind(__webpack_require__, 4305));
            const matched = await cacheModule.restoreCache([dir], key, [prefix]);
            if (matched === key)
                cache = 'hit-actions';
            else if (matched)
                seededFrom = matched;
        }
        catch (e) {
            workflow/* warning */.$e(`Wheel cache restore failed (continuing without it): ${e.message}`);
        }
    }
    else if (options.cache && !(0,external_node_fs_.readdirSync)(dir).some((f) => f.endsWith('.whl'))) {
        // A lock change usually moves a few packages: start from the last wheelhouse for this
        // interpreter and platform (hard links), so pip fetches only what is new.
        const sibling = newestSibling(localRoot, prefix, key);
        if (sibling) {
            for (const f of (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(localRoot, sibling)))
                if (f.endsWith('.whl'))
                    linkOrCopy((0,external_node_path_.join)(localRoot, sibling, f), (0,external_node_path_.join)(dir, f));
            seededFrom = sibling;
        }
    }
    const wanted = new Set(options.packages.flatMap((p) => p.hashes));
    let wheels = wheelHashes(fixMtimes(dir)); // file name \u2192 sha256
    const present = new Set([...wheels.values()].map((h) => `sha256:${h}`));
    const missing = options.packages.filter((p) => !p.hashes.some((h) => present.has(h)));
    // Every locked package already has a hash-matching wheel here: no pip run at all. (The key pins
    // the interpreter and platform, so these are the wheels pip picked for this image.)
    if (options.cache && !missing.length && !seededFrom) {
        if (cache === 'miss')
            cache = 'hit-local';
    }
    else {
        if (seededFrom)
            cache = 'seeded';
        else if (cache !== 'disabled')
            cache = 'miss';
        // Ask pip only for what is missing: it would otherwise query the index for every locked
        // package (~0.1 s each) even when the wheel is already here.
        const requirements = missing.length === options.packages.length ? options.requirementsFile : (0,external_node_path_.join)(options.scratch, 'requirements-missing.txt');
        if (requirements !== options.requirementsFile)
            (0,external_node_fs_.writeFileSync)(requirements, requirementsText(missing));
        const pip = missing.length ? await options.pip() : undefined;
        if (missing.length && !pip) {
            throw new errors/* UserError */.yo(`${missing.length} locked wheel(s) are not in the wheel cache (${missing.map((p) => p.name).join(', ')}) and there is no pip on the runner to download them.`, {
                title: 'wheelhouse incomplete',
                hint: 'Install Python with pip on the runner (actions/setup-python), or set cache: false to fetch the wheels inside the build.',
            });
        }
        const r = pip ? await (0,exec.run)(pip.command, [...pip.args, ...pipDownloadArgs(options.py, dir, requirements)], { timeoutMs: 30 * 60_000 }) : { code: 0, stdout: '', stderr: '' };
        if (r.code !== 0) {
            const text = `${r.stdout}\n${r.stderr}`;
            const tail = text.trim().split('\n').filter((l) => /ERROR|error|No matching|hash/i.test(l)).slice(-6).join('\n') || text.trim().split('\n').slice(-6).join('\n');
            throw new errors/* UserError */.yo(`Downloading the locked wheels for python ${options.py.env.python_version} / ${platformKey(options.py)} failed:\n${tail}`, {
                title: 'wheelhouse download failed',
                hint: /No matching distribution|from versions: none/i.test(text)
                    ? 'A locked package has no wheel for the image\'s Python/platform (sdist-only packages are not built in the image). Use a base image matching the lock, or publish a wheel.'
                    : /DO NOT MATCH THE HASHES/i.test(text)
                        ? 'A downloaded file does not match the lock\'s hash: the index served a different artifact. Re-lock, or check the index configuration.'
                        : 'Check that the host can reach the package index (pip config / PIP_INDEX_URL).',
            });
        }
        const before = wheels;
        wheels = wheelHashes(fixMtimes(dir));
        downloaded = [...wheels.keys()].filter((f) => !before.has(f)).length;
        // Keep exactly this lock's wheels: what a seed brought and the lock no longer wants goes.
        for (const [f, sha256] of wheels) {
            if (wanted.has(`sha256:${sha256}`))
                continue;
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(dir, f));
            wheels.delete(f);
        }
        if (actions) {
            try {
                const cacheModule = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(305)]).then(__webpack_require__.bind(__webpack_require__, 4305));
                await cacheModule.saveCache([dir], key);
            }
            catch (e) {
                workflow/* warning */.$e(`Wheel cache save failed (continuing): ${e.message}`);
            }
        }
    }
    (0,external_node_fs_.mkdirSync)(options.target, { recursive: true });
    const files = [];
    for (const [f, sha256] of wheels) {
        if (!wanted.has(`sha256:${sha256}`))
            continue;
        linkOrCopy((0,external_node_path_.join)(dir, f), (0,external_node_path_.join)(options.target, f));
        files.push(f);
    }
    return { dir, key, cache, ...(seededFrom ? { seededFrom } : {}), downloaded, files, ms: Date.now() - started };
}

;// CONCATENATED MODULE: ./actions/build-parity-image/dockerfile.ts

const MANAGER_NOTES = {
    uv: 'uv.lock: [[package]] entries (registry sources, wheel/sdist hashes), resolution markers evaluated for this image; the project itself (virtual/editable) is not installed.',
    poetry: 'poetry.lock: [[package]] entries with files[].hash, main group only (dev groups excluded), markers evaluated for this image.',
    'pip-tools': 'requirements.txt compiled by pip-compile --generate-hashes: pins and --hash lines taken as-is, markers evaluated for this image.',
    pdm: 'pdm.lock: [[package]] entries with files[].hash, default group only, markers evaluated for this image.',
    pipenv: 'Pipfile.lock: the "default" section (not "develop"), hashes and markers evaluated for this image.',
    pylock: 'pylock.toml (PEP 751): [[packages]] with wheels[].hashes, markers evaluated for this image.',
};
function q(value) {
    return JSON.stringify(value);
}
function generateDockerfile(o) {
    const install = o.wheelhouse
        ? '--no-index --find-links /tmp/blackbelt/wheels'
        : '';
    const user = o.user ?? '65534:65534';
    const lines = [
        '# Generated by blackbelt build-parity-image. Print it with `blackbelt build-parity-image --print-dockerfile`.',
        `# Lock: ${o.lockfile} (${o.manager})`,
        `# Requirements derived from the lock: ${MANAGER_NOTES[o.manager]}`,
        '# deps/requirements.txt = name==version --hash=sha256:... for exactly the locked set of this image\'s',
        '# Python and platform; installed with --require-hashes --no-deps, so pip neither resolves nor adds anything.',
        `# The action stages the build context: deps/requirements.txt${o.wheelhouse ? ', deps/wheels/*.whl (the wheelhouse)' : ''} and src.tar`,
        '# (the project under app/, console-script wrappers under opt/venv/bin/; sorted, owned by root, mtimes = the commit time).',
        `ARG BASE_IMAGE=${o.baseImage}`,
        '# Newer BuildKit stamps the image config with it; the source tar already carries it as mtimes.',
        'ARG SOURCE_DATE_EPOCH=0',
        '',
        '# ---- dependencies: built from the lockfile alone (copied before the source), reused on code-only changes',
        'FROM ${BASE_IMAGE} AS deps',
        'ENV PYTHONDONTWRITEBYTECODE=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1',
        'COPY deps/requirements.txt /tmp/blackbelt/requirements.txt',
    ];
    if (o.wheelhouse)
        lines.push('COPY deps/wheels/ /tmp/blackbelt/wheels/');
    lines.push('RUN python3 -m venv --without-pip /opt/venv \\', ` && python3 -m pip --python /opt/venv/bin/python install ${install ? install + ' ' : ''}--require-hashes --no-deps --no-compile \\`, '      -r /tmp/blackbelt/requirements.txt \\', ' && find /opt/venv -name __pycache__ -prune -exec rm -rf {} + \\', ' && mkdir -p /out/opt && cp -a /opt/venv /out/opt/venv \\', ' && chmod -R go-w /out \\', ` && find /out -exec touch -h -d @${FIXED_MTIME} {} +`, '', '# ---- runtime: the base image + the environment + the source; no compilers, no pip in the venv', 'FROM ${BASE_IMAGE}', `ENV VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1${o.srcLayout ? ' PYTHONPATH=/app/src' : ''}`, 'COPY --from=deps /out/ /', '# the project (working-directory, .dockerignore applied) under app/ and its console scripts in /opt/venv/bin,', '# owned by root, every mtime = the commit time', 'ADD src.tar /', 'WORKDIR /app', `USER ${user}`);
    if (o.command.length)
        lines.push(`CMD [${o.command.map(q).join(', ')}]`);
    return lines.join('\n') + '\n';
}
/** `command` input: a JSON array, or words split on whitespace (no shell). */
function parseCommand(text) {
    const t = text.trim();
    if (!t)
        return [];
    if (t.startsWith('[')) {
        const parsed = JSON.parse(t);
        if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string'))
            return parsed;
    }
    return t.split(/\s+/);
}

// EXTERNAL MODULE: ./actions/shared/lockfile/names.ts
var names = __webpack_require__(1882);
;// CONCATENATED MODULE: ./actions/build-parity-image/localwheels.ts
/**
 * Local path dependencies \u2014 uv/PDM workspace members, Poetry `path = "../lib"`, Pipfile `{path = "./lib"}`,
 * `-e ./lib` in a requirements file \u2014 carry no hash in any lock and cannot be downloaded. Left out, the
 * image misses code the application imports. They are built into wheels on the runner (`pip wheel
 * --no-deps`, SOURCE_DATE_EPOCH = the commit time, so the same source gives the same archive) and then
 * installed like every locked package: from the wheelhouse, by hash, and compared by parity.
 */








/** `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl` \u2192 its parts (PEP 427). */
function parseWheelName(file) {
    const m = /^([^-]+)-([^-]+)(?:-\d[^-]*)?-([^-]+-[^-]+-[^-]+)\.whl$/.exec((0,external_node_path_.basename)(file));
    return m ? { name: (0,names/* normalizeName */.Pc)(m[1]), version: m[2], tags: m[3] } : undefined;
}
async function buildLocalWheels(pip, locals, target, epoch, scratch) {
    (0,external_node_fs_.mkdirSync)(target, { recursive: true });
    const built = [];
    for (const local of locals) {
        const what = local.name ? `${local.name} (${local.path})` : local.path;
        if (!(0,external_node_fs_.existsSync)(local.path)) {
            throw new errors/* UserError */.yo(`The lock installs the local package ${what}, but that path does not exist.`, { title: 'local dependency missing', hint: 'Check the path in the manifest (relative to the lockfile) and that the checkout contains it.' });
        }
        let wheel;
        if ((0,external_node_fs_.statSync)(local.path).isFile() && local.path.endsWith('.whl')) {
            wheel = local.path;
        }
        else {
            const out = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(scratch, 'local-wheel-'));
            const r = await (0,exec.run)(pip.command, [...pip.args, 'wheel', '--no-deps', '--disable-pip-version-check', '--wheel-dir', out, local.path], {
                env: { ...process.env, SOURCE_DATE_EPOCH: String(epoch), PIP_NO_INPUT: '1' },
                timeoutMs: 15 * 60_000,
            });
            const wheels = (0,external_node_fs_.readdirSync)(out).filter((f) => f.endsWith('.whl'));
            if (r.code !== 0 || wheels.length !== 1) {
                throw new errors/* UserError */.yo(`Could not build a wheel of the local package ${what} with \`pip wheel --no-deps\`: ${(r.stderr || r.stdout).trim().split('\n').slice(-4).join(' | ') || `${wheels.length} wheels`}`, {
                    title: 'local dependency does not build',
                    hint: 'It needs a [build-system] in its pyproject.toml (and network on the runner for the build backend).',
                });
            }
            wheel = (0,external_node_path_.join)(out, wheels[0]);
        }
        const parsed = parseWheelName(wheel);
        if (!parsed)
            throw new errors/* UserError */.yo(`${(0,external_node_path_.basename)(wheel)} (built from ${what}) is not a valid wheel file name.`, { title: 'local dependency does not build' });
        if (!parsed.tags.endsWith('-none-any')) {
            throw new errors/* UserError */.yo(`The local package ${what} builds a platform wheel (${parsed.tags}) on the runner, which need not fit the image's Python and platform.`, {
                title: 'local dependency is not pure Python',
                hint: 'Publish it to an index with wheels for the image platform and lock it by version, or use your own Dockerfile.',
            });
        }
        if (local.name && parsed.name !== local.name) {
            throw new errors/* UserError */.yo(`The lock names the local package at ${local.path} ${local.name}, but it builds ${parsed.name}.`, { title: 'local dependency drift', hint: 'Re-lock the project.' });
        }
        if (local.version && (0,pep440/* normalizeVersion */.Qj)(parsed.version) !== (0,pep440/* normalizeVersion */.Qj)(local.version)) {
            throw new errors/* UserError */.yo(`The lock pins the local package ${local.name || parsed.name} at ${local.version}, but its source (${local.path}) now builds ${parsed.version}.`, {
                title: 'local dependency drift',
                hint: 'Re-lock the project so the lock records the version its source has.',
            });
        }
        const file = (0,external_node_path_.basename)(wheel);
        const dest = (0,external_node_path_.join)(target, file);
        (0,external_node_fs_.copyFileSync)(wheel, dest);
        (0,external_node_fs_.utimesSync)(dest, FIXED_MTIME, FIXED_MTIME);
        const hash = (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(dest)).digest('hex');
        built.push({ name: parsed.name, version: parsed.version, hashes: [`sha256:${hash}`], file, path: local.path });
    }
    return built;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./actions/shared/lockfile/index.ts + 1 modules
var lockfile = __webpack_require__(6942);
;// CONCATENATED MODULE: ./actions/build-parity-image/lock.ts
/**
 * Finding and parsing the project's lock for the image: uses the shared lockfile checkers
 * (actions/shared/lockfile) and only needs their `locked` list. For pip-tools requirements files,
 * a small built-in reader is used while the shared checker for them is not registered.
 */









/** PEP 751: install the lock's `default-groups` (without dev groups) and no extras. */
function pylockMarkerContext(text) {
    const doc = (0,dist/* parse */.qg)(text);
    const defaults = Array.isArray(doc['default-groups']) ? doc['default-groups'].filter((g) => typeof g === 'string') : [];
    return { dependencyGroups: defaults.map(names/* normalizeName */.Pc).filter((g) => !DEV_GROUPS.has(g)), extras: [] };
}
function hashFile(path) {
    return (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(path)).digest('hex');
}
/** Minimal reader for `pip-compile --generate-hashes` output: name==version [; marker] --hash=\u2026 */
function parseHashedRequirements(text) {
    const logical = [];
    let current = '';
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)#.*$/, '').trimEnd();
        if (line.endsWith('\\')) {
            current += line.slice(0, -1) + ' ';
            continue;
        }
        current += line;
        if (current.trim())
            logical.push(current.trim());
        current = '';
    }
    if (current.trim())
        logical.push(current.trim());
    const out = [];
    for (const entry of logical) {
        if (entry.startsWith('-'))
            continue; // options (-i, --extra-index-url, -e handled below)
        const hashes = [...entry.matchAll(/--hash[=\s]+([a-z0-9]+:[0-9a-f]+)/gi)].map((m) => m[1]);
        const spec = entry.replace(/--hash[=\s]+\S+/g, '').trim();
        const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*===?\s*([^\s;]+)\s*(?:;\s*(.+))?$/.exec(spec);
        if (!m) {
            if (/@|:\/\//.test(spec))
                out.push({ name: (0,names/* normalizeName */.Pc)(spec.split(/[\s@[;]/)[0]), version: '', source: 'url', hashes });
            continue;
        }
        out.push({ name: (0,names/* normalizeName */.Pc)(m[1]), version: m[3], ...(m[4] ? { marker: m[4].trim() } : {}), source: 'registry', hashes });
    }
    return out;
}
/** Does a dependency edge apply? Without an environment every edge does; an unparsable marker does. */
function edgeApplies(marker, env, extras = []) {
    if (!marker || !env)
        return true;
    try {
        return (0,pep508/* evaluateMarker */.UZ)(marker, env, { extras });
    }
    catch {
        return true;
    }
}
/**
 * uv.lock records dependency groups on the project's entry ([package.dev-dependencies]), not on
 * each package. The production set is what the workspace members' `dependencies` reach (extras
 * they request included), without dev groups. With `env`, edges whose marker is false for that
 * environment are not followed (`tomli; python_version < "3.11"` is not installed on 3.11).
 * Returns undefined when the lock has no root.
 */
function uvProductionNames(text, env) {
    const doc = (0,dist/* parse */.qg)(text);
    const packages = doc.package ?? [];
    const byName = new Map();
    for (const p of packages) {
        const key = (0,names/* normalizeName */.Pc)(p.name);
        byName.set(key, [...(byName.get(key) ?? []), p]);
    }
    const roots = packages.filter((p) => p.source !== undefined && ('virtual' in p.source || 'editable' in p.source));
    if (!roots.length)
        return undefined;
    const seen = new Set();
    const queue = roots.map((r) => ({ name: r.name }));
    while (queue.length) {
        const dep = queue.shift();
        const key = (0,names/* normalizeName */.Pc)(dep.name);
        const extras = (dep.extra ?? []).map((e) => `${key}[${e}]`);
        if (seen.has(key) && extras.every((e) => seen.has(e)))
            continue;
        seen.add(key);
        for (const e of extras)
            seen.add(e);
        for (const p of byName.get(key) ?? []) {
            for (const d of p.dependencies ?? [])
                if (edgeApplies(d.marker, env))
                    queue.push(d);
            for (const e of dep.extra ?? [])
                for (const d of p['optional-dependencies']?.[e] ?? [])
                    if (edgeApplies(d.marker, env, [e]))
                        queue.push(d);
        }
    }
    return new Set([...seen].filter((n) => !n.includes('[')));
}
function poetryEdges(deps, skipOptional) {
    const out = [];
    for (const [name, spec] of Object.entries(deps ?? {})) {
        if ((0,names/* normalizeName */.Pc)(name) === 'python')
            continue;
        for (const s of Array.isArray(spec) ? spec : [spec]) {
            const t = typeof s === 'object' && s !== null ? s : {};
            if (skipOptional && t.optional)
                continue;
            out.push({ name, ...(t.markers ? { marker: t.markers } : {}), ...(t.extras ? { extra: t.extras } : {}) });
        }
    }
    return out;
}
/**
 * poetry.lock before Poetry 2 (lock-version 2.0 from Poetry 1.5\u20131.8) records no groups: every
 * package of every group is in one list. The production set is what [tool.poetry.dependencies]
 * reaches (optional dependencies only through requested extras), like `poetry install --only main`.
 * Returns undefined when there is no [tool.poetry.dependencies].
 */
function poetryMainNames(lockText, pyprojectText, env) {
    const pyproject = (0,dist/* parse */.qg)(pyprojectText);
    const main = pyproject.tool?.poetry?.dependencies;
    if (!main)
        return undefined;
    const doc = (0,dist/* parse */.qg)(lockText);
    const byName = new Map();
    for (const p of doc.package ?? [])
        byName.set((0,names/* normalizeName */.Pc)(p.name), [...(byName.get((0,names/* normalizeName */.Pc)(p.name)) ?? []), p]);
    const seen = new Set();
    const queue = poetryEdges(main, true).filter((d) => edgeApplies(d.marker, env));
    while (queue.length) {
        const dep = queue.shift();
        const key = (0,names/* normalizeName */.Pc)(dep.name);
        const extras = (dep.extra ?? []).map((e) => `${key}[${(0,names/* normalizeName */.Pc)(e)}]`);
        if (seen.has(key) && extras.every((e) => seen.has(e)))
            continue;
        seen.add(key);
        for (const e of extras)
            seen.add(e);
        for (const p of byName.get(key) ?? []) {
            for (const d of poetryEdges(p.dependencies, true))
                if (edgeApplies(d.marker, env))
                    queue.push(d);
            for (const e of dep.extra ?? []) {
                const list = Object.entries(p.extras ?? {}).find(([k]) => (0,names/* normalizeName */.Pc)(k) === (0,names/* normalizeName */.Pc)(e))?.[1] ?? [];
                for (const req of list) {
                    const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?[^;]*(?:;\s*(.+))?$/.exec(req);
                    if (!m)
                        continue;
                    const edge = { name: m[1], ...(m[2] ? { extra: m[2].split(',').map((x) => x.trim()).filter(Boolean) } : {}), ...(m[3] ? { marker: m[3].trim() } : {}) };
                    if (edgeApplies(edge.marker, env, [(0,names/* normalizeName */.Pc)(e)]))
                        queue.push(edge);
                }
            }
        }
    }
    return new Set([...seen].filter((n) => !n.includes('[')));
}
/**
 * Poetry \u2265 2 records a marker per group (`markers = {main = "\u2026", dev = "\u2026"}`): the package is
 * needed in production when one of its production groups' markers holds (a group without an
 * entry applies always). Returns `locked` with `marker` set from the production groups only.
 */
function withPoetryGroupMarkers(locked, lockText) {
    const doc = (0,dist/* parse */.qg)(lockText);
    const markerOf = new Map();
    for (const p of doc.package ?? []) {
        if (typeof p.markers !== 'object' || p.markers === null)
            continue;
        const table = p.markers;
        const production = (p.groups ?? []).filter((g) => !DEV_GROUPS.has(g.toLowerCase()));
        if (!production.length)
            continue;
        const parts = production.map((g) => table[g]);
        markerOf.set(`${(0,names/* normalizeName */.Pc)(p.name)}@${p.version}`, parts.some((m) => typeof m !== 'string') ? undefined : parts.map((m) => `(${m})`).join(' or '));
    }
    return locked.map((p) => {
        const key = `${p.name}@${p.version}`;
        if (!markerOf.has(key))
            return p;
        const marker = markerOf.get(key);
        const { marker: _old, ...rest } = p;
        void _old;
        return marker ? { ...rest, marker } : rest;
    });
}
async function loadLock(dir, workspace, explicit) {
    // The image needs one lock: a top-level requirements*.txt, never a dev.txt or requirements/*.txt
    // that verify-lockfile also checks (those are built only when named by the `lockfile` input).
    const found = (0,lockfile/* detectLockfiles */.cX)(dir).filter((f) => f.manager !== 'pip-tools' || f.lockfile === explicit || ((0,external_node_path_.resolve)((0,external_node_path_.dirname)(f.lockfile)) === (0,external_node_path_.resolve)(dir) && (0,external_node_path_.basename)(f.lockfile).startsWith('requirements')));
    let chosen = found[0];
    if (explicit)
        chosen = found.find((f) => f.lockfile === explicit) ?? (chosen && { ...chosen, lockfile: explicit });
    if (!chosen) {
        throw new errors/* UserError */.yo(`No lockfile found in ${(0,external_node_path_.relative)(workspace, dir) || '.'}: the image is built from the lock (uv.lock, poetry.lock, pdm.lock, Pipfile.lock, pylock.toml or a pip-compile requirements.txt with hashes).`, {
            title: 'no lockfile',
            hint: 'Commit your lockfile, or set working-directory to the project that has one.',
        });
    }
    const lockHash = hashFile(chosen.lockfile);
    try {
        const result = await (0,lockfile/* checkLockfile */.Ew)(chosen.manager, { workspace, dir, lockfile: chosen.lockfile, requireHashes: true });
        let locked = result.locked;
        let productionFor;
        const pyprojectPath = (0,external_node_path_.join)((0,external_node_path_.dirname)(chosen.lockfile), 'pyproject.toml');
        if (chosen.manager === 'uv' && !locked.some((p) => p.groups?.length)) {
            const text = (0,external_node_fs_.readFileSync)(chosen.lockfile, 'utf8');
            const production = uvProductionNames(text);
            if (production) {
                locked = locked.map((p) => (production.has(p.name) ? p : { ...p, groups: ['dev'] }));
                productionFor = (env) => uvProductionNames(text, env);
            }
        }
        else if (chosen.manager === 'poetry' && locked.some((p) => p.groups?.length)) {
            locked = withPoetryGroupMarkers(locked, (0,external_node_fs_.readFileSync)(chosen.lockfile, 'utf8'));
        }
        else if (chosen.manager === 'poetry' && (0,external_node_fs_.existsSync)(pyprojectPath)) {
            const text = (0,external_node_fs_.readFileSync)(chosen.lockfile, 'utf8');
            const pyproject = (0,external_node_fs_.readFileSync)(pyprojectPath, 'utf8');
            const production = poetryMainNames(text, pyproject);
            if (production) {
                locked = locked.map((p) => (production.has(p.name) ? p : { ...p, groups: ['dev'] }));
                productionFor = (env) => poetryMainNames(text, pyproject, env);
            }
        }
        const markerContext = chosen.manager === 'pylock' ? pylockMarkerContext((0,external_node_fs_.readFileSync)(chosen.lockfile, 'utf8')) : undefined;
        return { manager: chosen.manager, lockfile: chosen.lockfile, locked, lockHash, ...(markerContext ? { markerContext } : {}), ...(productionFor ? { productionFor } : {}) };
    }
    catch (e) {
        if (chosen.manager === 'pip-tools' && (0,errors/* isUserError */.iU)(e) && /not supported/.test(e.message)) {
            return { manager: 'pip-tools', lockfile: chosen.lockfile, locked: parseHashedRequirements((0,external_node_fs_.readFileSync)(chosen.lockfile, 'utf8')), lockHash };
        }
        throw e;
    }
}

;// CONCATENATED MODULE: ./actions/build-parity-image/parity.ts
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


const BOOTSTRAP = new Set(['pip', 'setuptools', 'wheel']);
/** Python run inside the image: prints one JSON object. */
const PROBE_INSTALLED = String.raw `
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
function sameVersion(a, b) {
    try {
        return (0,pep440/* versionsEqual */.At)(a, b);
    }
    catch {
        return a === b;
    }
}
/**
 * Compare. `lockMentions` is every name the lock mentions at all (any marker / group), used by the
 * bootstrap rule: a bootstrap package the lock mentions anywhere is never tolerated.
 */
function compareParity(expected, probe, lockMentions) {
    const rows = [];
    const installed = new Map();
    for (const d of probe.dists)
        installed.set((0,names/* normalizeName */.Pc)(d.name), d.version);
    const baseVersions = new Map();
    for (const src of [probe.ensurepip, probe.system]) {
        for (const [n, v] of Object.entries(src ?? {})) {
            const key = (0,names/* normalizeName */.Pc)(n);
            if (!baseVersions.has(key))
                baseVersions.set(key, new Set());
            baseVersions.get(key).add(v);
        }
    }
    const want = new Map(expected.map((p) => [(0,names/* normalizeName */.Pc)(p.name), p.version]));
    for (const [name, version] of want) {
        const have = installed.get(name);
        if (have === undefined)
            rows.push({ name, locked: version, status: 'missing' });
        else
            rows.push({ name, locked: version, installed: have, status: sameVersion(have, version) ? 'ok' : 'version' });
    }
    for (const [name, have] of installed) {
        if (want.has(name))
            continue;
        const fromBase = BOOTSTRAP.has(name) && !lockMentions.has(name) && [...(baseVersions.get(name) ?? [])].some((v) => sameVersion(v, have));
        rows.push({ name, installed: have, status: fromBase ? 'from-base' : 'extra' });
    }
    rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const problems = rows.filter((r) => r.status === 'missing' || r.status === 'extra' || r.status === 'version');
    return { pass: problems.length === 0, rows, problems };
}
function describeProblem(r) {
    if (r.status === 'missing')
        return `${r.name} ${r.locked} is locked but not installed`;
    if (r.status === 'extra')
        return `${r.name} ${r.installed} is installed but not in the lock`;
    return `${r.name} is installed at ${r.installed} but locked at ${r.locked}`;
}

;// CONCATENATED MODULE: ./actions/build-parity-image/installed.ts
/**
 * Listing what is installed in an image (the parity probe), and reusing a listing by content.
 *
 * The listing comes from running the image (parity.ts's PROBE_INSTALLED). For the generated
 * Dockerfile it is a pure function of content-addressed inputs, so it can be reused:
 *  - the probe runs isolated (`python3 -I`): no current directory on sys.path, no PYTHON* variables,
 *    no user site \u2014 nothing the source layer (/app) holds can change what it imports or lists;
 *  - it reads the interpreter's own purelib/platlib and the base's system dirs, all of which live in
 *    the base and dependency layers (named by their sha256 diffIDs); the layers above them (the
 *    source tar, WORKDIR) write only /app and console-script wrappers in /opt/venv/bin, never named
 *    python* (scripts.ts), so `python3` is still the dependency layer's interpreter;
 *  - which python3 answers depends on the config's Env (PATH), User and WorkingDir.
 * So two images whose layers below the source layer have the same diffIDs, with the same config and
 * platform, list the same distributions: a code-only rebuild reuses the listing of the image built
 * before it. The comparison with the lock is always recomputed.
 */






async function listInstalled(client, imageId, o) {
    if (o.cacheFile) {
        const cached = readListing(o.cacheFile);
        if (cached)
            return { probe: cached, from: 'reused' };
    }
    const r = await client.run(['run', '--rm', '--pull=never', '--network', 'none', '--entrypoint', 'python3', ...(o.platform ? ['--platform', o.platform] : []), imageId, ...(o.isolated ? ['-I'] : []), '-c', PROBE_INSTALLED], { timeoutMs: 120_000 });
    if (r.code !== 0)
        throw new errors/* UserError */.yo(`Could not list the distributions installed in the image: ${lastLines(r.stderr, 4)}`, { title: 'parity check failed to run' });
    const probe = JSON.parse(r.stdout.trim().split('\n').pop());
    if (o.cacheFile)
        writeListing(o.cacheFile, probe);
    return { probe, from: 'run' };
}
/**
 * The key of a generated image's listing: the diffIDs of its base and dependency layers
 * (`dependencyLayers` of them), the config that picks the interpreter, the platform and the probe
 * itself. The generated Dockerfile's layers above those (source tar, WORKDIR) write only /app and
 * the wrappers in /opt/venv/bin.
 */
function listingKey(image, dependencyLayers, platform) {
    const layers = image.RootFS?.Layers ?? [];
    if (layers.length <= dependencyLayers)
        return undefined;
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
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(identity)).digest('hex');
}
/** Same layers and the same runtime config: a listing of one holds for the other (normalising only rewrites timestamps). */
function sameContents(a, b) {
    const pick = (i) => JSON.stringify([i.RootFS?.Layers ?? [], i.Config?.Env ?? [], i.Config?.User ?? '', i.Config?.WorkingDir ?? '', i.Os ?? '', i.Architecture ?? '', i.Variant ?? '']);
    return pick(a) === pick(b);
}
function listingCacheFile(cacheRoot, key) {
    return (0,external_node_path_.join)(cacheRoot, 'installed', `${key}.json`);
}
function readListing(file) {
    try {
        const p = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return Array.isArray(p.dists) && Array.isArray(p.paths) ? p : undefined;
    }
    catch {
        return undefined; // not listed yet, or unreadable: run the image
    }
}
function writeListing(file, probe) {
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify(probe));
        (0,external_node_fs_.renameSync)(tmp, file); // atomic: a concurrent reader sees the whole listing or none
    }
    catch {
        // a cache we cannot write is only slower
    }
}

;// CONCATENATED MODULE: ./actions/build-parity-image/normalise.ts
/**
 * Engine-independent reproducibility: the image the build produced is rewritten so its config no
 * longer carries build-time noise, and its ID (= sha256 of the config bytes) becomes a pure function
 * of the layers and the Dockerfile's settings.
 *
 *   docker save IMAGE \u2192 (config: created / history[].created := SOURCE_DATE_EPOCH,
 *                       drop container, container_config, config.Image, config.Hostname)
 *                     \u2192 docker load
 *
 * Layers pass through untouched, byte for byte, streamed (never held in memory). Works for the classic
 * `docker save` layout (20.10: <id>/layer.tar + <config>.json + manifest.json) and the OCI layout of
 * newer engines (blobs/sha256/\u2026, index.json): we always write back a classic archive driven by
 * manifest.json, which every engine loads.
 *
 * This is needed because BuildKit \u2264 0.11 (engine 20.10 ships 0.8) ignores SOURCE_DATE_EPOCH and
 * the legacy builder stamps container ids; with it, the result does not depend on the engine.
 *
 * The containerd image store (default of fresh Docker 29+ installs) differs: an image ID there is the
 * digest of the image's manifest (or index), not of its config \u2014 so the loaded image is looked up
 * from what `docker load` says it loaded, and checked (timestamps, layers) before it is used; and
 * `docker load` there wants every layer blob in the archive (the config-only load fails, the archive
 * path then streams the layers).
 */



const SMALL = 1024 * 1024;
const DROP_AT_END = new Set(['manifest.json', 'repositories', 'index.json', 'oci-layout']);
function rfc3339(epoch) {
    return new Date(epoch * 1000).toISOString().replace(/\.000Z$/, 'Z');
}
/** JSON with object keys sorted at every level (Go's encoding/json order), no whitespace. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort())
            out[key] = sortKeys(value[key]);
        return out;
    }
    return value;
}
/** Top-level config fields kept; the rest (container, container_config, builder info) is build noise. */
const KEPT = ['architecture', 'os', 'variant', 'os.version', 'os.features', 'author', 'docker_version', 'config', 'rootfs', 'history'];
/** Go's zero values: an absent field and a zero one mean the same to every engine. */
function normalise_isZero(v) {
    if (v === null || v === undefined || v === '' || v === false || v === 0)
        return true;
    if (Array.isArray(v))
        return v.length === 0;
    if (typeof v === 'object')
        return Object.keys(v).length === 0;
    return false;
}
function withoutZeros(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => !normalise_isZero(v)));
}
/**
 * The config rewrite itself (pure; unit-tested). Both ways of normalising (from `docker save`, and
 * rebuilt from inspect + history) go through it, so they give the same image ID for the same image.
 */
function normaliseConfig(config, epoch) {
    const ts = rfc3339(epoch);
    const out = {};
    for (const key of KEPT)
        if (!normalise_isZero(config[key]))
            out[key] = JSON.parse(JSON.stringify(config[key]));
    out.created = ts;
    if (Array.isArray(out.history)) {
        out.history = out.history.map((h) => withoutZeros({
            created: ts,
            // The CLI's `docker history` turns tabs into spaces; do the same so both paths agree.
            created_by: typeof h.created_by === 'string' ? h.created_by.replace(/\t/g, ' ') : h.created_by,
            comment: h.comment,
            empty_layer: h.empty_layer === true,
        }));
    }
    const cfg = out.config;
    if (cfg && typeof cfg === 'object') {
        delete cfg.Image;
        delete cfg.Hostname;
        out.config = withoutZeros(cfg);
    }
    return out;
}
/**
 * Rewrite a `docker save` archive (single image) from `input` to `output`.
 * `tags` become the RepoTags of the loaded image.
 */
async function normaliseArchive(input, output, epoch, tags, options = {}) {
    const writer = new TarWriter(output);
    const held = new Map();
    for await (const entry of readTar(input)) {
        const small = entry.type === '0' && entry.size <= SMALL && (!entry.name.includes('/') || entry.name.startsWith('blobs/'));
        if (small) {
            held.set(entry.name, { entry, body: await entry.readAll() });
        }
        else if (options.layers !== false) {
            await writer.passthrough(entry);
        }
        // else: left unread (the reader skips it) \u2014 the engine already has these layers.
    }
    const manifestFile = held.get('manifest.json');
    if (!manifestFile)
        throw new Error('docker save archive has no manifest.json');
    const manifest = JSON.parse(manifestFile.body.toString('utf8'));
    if (manifest.length !== 1)
        throw new Error(`expected one image in the archive, found ${manifest.length}`);
    const [image] = manifest;
    const configFile = held.get(image.Config);
    if (!configFile)
        throw new Error(`config ${image.Config} missing from the archive`);
    const config = normaliseConfig(JSON.parse(configFile.body.toString('utf8')), epoch);
    const raw = Buffer.from(canonicalJson(config));
    const hex = (0,external_node_crypto_.createHash)('sha256').update(raw).digest('hex');
    const configName = `${hex}.json`;
    for (const [name, { entry, body }] of held) {
        if (DROP_AT_END.has(name) || name === image.Config || name === configName)
            continue;
        await writer.passthroughBuffered(entry, body);
    }
    await writer.addFile(configName, raw, epoch);
    const newManifest = [{ Config: configName, RepoTags: tags.length ? tags : null, Layers: image.Layers }];
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
 * own none, entries with bytes own one, and the rest is settled by the layer count \u2014 or not at all.
 */
function layerOwners(rows, layerCount) {
    const kind = rows.map((r) => (METADATA_ONLY.test(r.CreatedBy) ? 'empty' : Number(r.Size) > 0 ? 'layer' : 'unknown'));
    const layers = kind.filter((k) => k === 'layer').length;
    const unknown = kind.filter((k) => k === 'unknown').length;
    if (layers === layerCount)
        return kind.map((k) => k === 'layer');
    if (layers + unknown === layerCount)
        return kind.map((k) => k !== 'empty');
    return undefined;
}
/**
 * The image config rebuilt from `docker image inspect` + `docker image history` (oldest first),
 * without streaming any layer out of the engine. Undefined when the history cannot be matched to
 * the layers unambiguously.
 */
function configFromInspect(inspect, oldestFirst) {
    const diffIds = inspect.RootFS?.Layers ?? [];
    const owners = layerOwners(oldestFirst, diffIds.length);
    if (!owners || !inspect.Config)
        return undefined;
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
/** The builder already wrote SOURCE_DATE_EPOCH as the creation time (BuildKit \u2265 0.11): nothing to rewrite. */
function builderHonouredEpoch(inspect, newestFirst, epoch) {
    const at = (s) => (s ? Date.parse(s) / 1000 : NaN);
    return at(inspect.Created) === epoch && !inspect.Container && newestFirst.length > 0 && at(newestFirst[0].CreatedAt) === epoch;
}
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
async function normaliseImage(images, ref, epoch, tags, built) {
    const inspect = built ?? (await inspectBuilt(images, ref, tags));
    const builtId = inspect.Id; // the engine's own ID of the built image, whichever store
    const newestFirst = await images.history(builtId);
    if (newestFirst && builderHonouredEpoch(inspect, newestFirst, epoch))
        return { imageId: builtId, builtId, by: 'builder', inspect };
    const rebuilt = newestFirst ? configFromInspect(inspect, [...newestFirst].reverse()) : undefined;
    if (rebuilt) {
        const viaConfig = await loadNormalisedConfig(images, rebuilt, epoch, tags).catch(() => undefined);
        if (viaConfig)
            return { ...viaConfig, builtId, by: 'config' };
    }
    return { ...(await normaliseViaArchive(images, builtId, epoch, tags)), builtId, by: 'archive' };
}
/** The image a build produced, by the iidfile's ID or, failing that, by the build's tags. */
async function inspectBuilt(images, ref, tags) {
    // buildx --iidfile names the config digest when no attestation is kept; the containerd image store
    // cannot resolve that (its IDs are manifest digests). The build's tags name the same image.
    let inspect = await images.inspect(ref);
    for (let i = 0; !inspect && i < tags.length; i++)
        inspect = await images.inspect(tags[i]);
    if (!inspect)
        throw new Error(`built image ${ref} is not in the engine`);
    return inspect;
}
/** `docker load` of an archive holding only the normalised config and a manifest; verified by inspect. */
async function loadNormalisedConfig(images, config, epoch, tags) {
    const normalised = normaliseConfig(config, epoch);
    const raw = Buffer.from(canonicalJson(normalised));
    const hex = (0,external_node_crypto_.createHash)('sha256').update(raw).digest('hex');
    const diffIds = normalised.rootfs?.diff_ids ?? [];
    const load = images.load();
    const writer = new TarWriter(load.stream);
    await writer.addFile(`${hex}.json`, raw, epoch);
    // Layer paths are read only for layers the engine lacks; it has them all (it built the image).
    const manifest = [{ Config: `${hex}.json`, RepoTags: tags.length ? tags : null, Layers: diffIds.map((d) => `${d.replace(/^sha256:/, '')}/layer.tar`) }];
    await writer.addFile('manifest.json', Buffer.from(JSON.stringify(manifest)), epoch);
    await writer.finish();
    const loaded = await load.done;
    if (loaded.code !== 0)
        return undefined;
    const after = await findLoaded(images, `sha256:${hex}`, loaded.stdout, tags, diffIds, epoch);
    if (!after)
        return undefined;
    return { imageId: after.Id, configDigest: `sha256:${hex}`, config: normalised, inspect: after };
}
/**
 * The image a `docker load` of a normalised config made: by config digest (classic store: that is
 * its ID), else what the load reported, else the tags; accepted only with the normalised creation
 * time and exactly the expected layers (a tag may still name an older image).
 */
async function findLoaded(images, configDigest, loadStdout, tags, diffIds, epoch) {
    const created = rfc3339(epoch);
    const seen = new Set();
    for (const ref of [configDigest, ...loadedImages(loadStdout), ...tags]) {
        if (seen.has(ref))
            continue;
        seen.add(ref);
        const found = await images.inspect(ref);
        const layers = found?.RootFS?.Layers ?? [];
        if (found && found.Created === created && layers.length === diffIds.length && layers.every((l, i) => l === diffIds[i]))
            return found;
    }
    return undefined;
}
/**
 * docker save REF | normalise | docker load, tagging the result with `tags`.
 *
 * The engine that saved the image has all its layers, and `docker load` (classic image store) only
 * reads a layer file when the layer is missing \u2014 so the archive we load carries just the new config
 * and manifest: ~50 ms instead of re-importing every layer (~1 s for a 150 MB base). The containerd
 * image store insists on every blob: it gets the full archive straight away (its `docker save` of a
 * 150 MB image alone takes ~5 s), and any other engine that refuses the short one on a second attempt.
 */
async function normaliseViaArchive(images, ref, epoch, tags) {
    if (await images.usesContainerdStore())
        return saveNormaliseLoad(images, ref, epoch, tags, true);
    try {
        return await saveNormaliseLoad(images, ref, epoch, tags, false);
    }
    catch {
        return saveNormaliseLoad(images, ref, epoch, tags, true);
    }
}
async function saveNormaliseLoad(images, ref, epoch, tags, layers) {
    const save = images.save(ref);
    const load = images.load();
    let result;
    try {
        result = await normaliseArchive(save.stream, load.stream, epoch, tags, { layers });
    }
    catch (e) {
        load.stream.destroy();
        const saved = await save.done;
        throw new Error(`normalising ${ref} failed: ${e.message}${saved.code ? ` (docker save: ${saved.stderr.trim()})` : ''}`);
    }
    const [saved, loaded] = await Promise.all([save.done, load.done]);
    if (saved.code !== 0)
        throw new Error(`docker save ${ref} failed: ${saved.stderr.trim()}`);
    if (loaded.code !== 0)
        throw new Error(`docker load failed: ${loaded.stderr.trim()}`);
    const diffIds = result.config.rootfs?.diff_ids ?? [];
    const found = await findLoaded(images, result.imageId, loaded.stdout, tags, diffIds, epoch);
    if (!found)
        throw new Error(`docker load succeeded but the normalised image (config ${result.imageId}) is not in the engine; docker load said: ${loaded.stdout.trim() || '(nothing)'}`);
    return { ...result, imageId: found.Id, configDigest: result.imageId, inspect: found };
}

;// CONCATENATED MODULE: ./actions/build-parity-image/provenance.ts
/**
 * Commit facts and OCI labels: SOURCE_DATE_EPOCH from the commit time, revision, source URL.
 */


/** Remove credentials from a remote URL (https://user:token@host/\u2026 \u2192 https://host/\u2026). */
function stripCredentials(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}
/** git@github.com:acme/x.git \u2192 https://github.com/acme/x */
function remoteToHttps(url) {
    const scp = /^[^@/]+@([^:/]+):(.+?)(\.git)?$/.exec(url);
    if (scp)
        return `https://${scp[1]}/${scp[2]}`;
    return stripCredentials(url).replace(/\.git$/, '');
}
async function readCommit(dir, fallbackEpoch) {
    const git = async (...args) => {
        const r = await (0,exec.run)('git', ['-C', dir, ...args], { timeoutMs: 30_000 });
        return r.code === 0 ? r.stdout.trim() : undefined;
    };
    // One git start-up for both (each is ~5\u201310 ms); the remote, when needed, beside it.
    const onGitHub = Boolean(process.env.GITHUB_SERVER_URL && process.env.GITHUB_REPOSITORY);
    const [head, remote] = await Promise.all([git('log', '-1', '--format=%ct%n%H'), onGitHub ? undefined : git('remote', 'get-url', 'origin')]);
    const [ct, headSha] = (head ?? '').split('\n');
    const sha = headSha || process.env.GITHUB_SHA || undefined;
    let epoch;
    let epochSource;
    if (ct && /^\d+$/.test(ct)) {
        epoch = Number(ct);
        epochSource = 'git';
    }
    else if (fallbackEpoch && /^\d+$/.test(fallbackEpoch)) {
        epoch = Number(fallbackEpoch);
        epochSource = 'input';
    }
    else if (process.env.SOURCE_DATE_EPOCH && /^\d+$/.test(process.env.SOURCE_DATE_EPOCH)) {
        epoch = Number(process.env.SOURCE_DATE_EPOCH);
        epochSource = 'env';
    }
    else {
        epoch = 0;
        epochSource = 'default';
    }
    let source;
    if (onGitHub)
        source = `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}`;
    else if (remote)
        source = remoteToHttps(remote);
    return { sha, epoch, epochSource, source };
}
function imageLabels(commit, lockHash, manager) {
    const labels = {
        'org.opencontainers.image.created': rfc3339(commit.epoch),
    };
    if (commit.sha)
        labels['org.opencontainers.image.revision'] = commit.sha;
    if (commit.source)
        labels['org.opencontainers.image.source'] = commit.source;
    labels['dev.blackbelt.lock-hash'] = lockHash;
    labels['dev.blackbelt.manager'] = manager;
    return labels;
}

// EXTERNAL MODULE: ./actions/shared/lockfile/toml.ts + 1 modules
var toml = __webpack_require__(4642);
;// CONCATENATED MODULE: ./actions/build-parity-image/scripts.ts
/**
 * The project's console scripts on PATH. The generated Dockerfile copies the project to /app and does
 * not install it (that would need its build backend, and a new wheel for every code change), so
 * nothing would create its commands: `command: myservice` would not be found. The action writes, into
 * the source tar, one small wrapper per [project.scripts] / [tool.poetry.scripts] entry in
 * /opt/venv/bin \u2014 what pip would generate \u2014 that puts the project on sys.path and calls the entry point.
 * Names the venv itself uses (python*, activate*) are refused: the parity probe runs `python3`.
 */


const ENTRY_POINT = /^\s*([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)\s*:\s*([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)\s*(?:\[[^\]]*\])?\s*$/;
const SCRIPT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const VENV_OWN = /^(python(\d+(\.\d+)?)?|activate(\..*)?|Activate\.ps1|pydoc.*)$/i;
function table(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
/** Console scripts declared in pyproject.toml ([project.scripts] first, then Poetry's own table). */
function consoleScripts(pyprojectText, displayPath) {
    const doc = (0,toml.parseToml)(pyprojectText, displayPath);
    const declared = new Map();
    const poetry = table(table(table(doc.tool)?.poetry)?.scripts);
    for (const [name, value] of Object.entries(poetry ?? {}))
        declared.set(name, value);
    // PEP 621 wins where both name a script (Poetry 2 reads [project.scripts] when [project] exists).
    for (const [name, value] of Object.entries(table(table(doc.project)?.scripts) ?? {}))
        declared.set(name, value);
    const found = { scripts: [], skipped: [] };
    for (const [name, value] of [...declared].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const spec = typeof value === 'string' ? value : typeof table(value)?.callable === 'string' ? table(value).callable : undefined;
        if (spec === undefined) {
            found.skipped.push({ name, why: table(value)?.type === 'file' ? 'a file script (Poetry type = "file"): run it by path' : 'not a "module:function" string' });
            continue;
        }
        if (!SCRIPT_NAME.test(name)) {
            found.skipped.push({ name, why: 'not a valid command name' });
            continue;
        }
        if (VENV_OWN.test(name)) {
            found.skipped.push({ name, why: 'the venv has a file of that name (the interpreter or its activate scripts)' });
            continue;
        }
        const m = ENTRY_POINT.exec(spec);
        if (!m) {
            found.skipped.push({ name, why: `"${spec}" is not an entry point (module:object)` });
            continue;
        }
        found.scripts.push({ name, target: `${m[1]}:${m[2]}`, module: m[1], attribute: m[2] });
    }
    return found;
}
/** The wrapper pip would write, plus the project's own place on sys.path (a script's sys.path[0] is its bin dir). */
function wrapperText(s, projectPath) {
    const [head, ...rest] = s.attribute.split('.');
    return [
        '#!/opt/venv/bin/python',
        `# ${s.name} = "${s.target}" (console script of the project in /app, written by blackbelt build-parity-image)`,
        'import sys',
        `if ${JSON.stringify(projectPath)} not in sys.path:`,
        `    sys.path.insert(0, ${JSON.stringify(projectPath)})`,
        `from ${s.module} import ${head}`,
        "if __name__ == '__main__':",
        `    sys.exit(${[head, ...rest].join('.')}())`,
        '',
    ].join('\n');
}
/** Tar entries for the wrappers: the bin dir chain as the dependency layer has it, then one file per script. */
function scriptEntries(scripts, projectPath, epoch, dirMtime) {
    if (!scripts.length)
        return [];
    const dirs = ['opt/', 'opt/venv/', 'opt/venv/bin/'].map((name) => ({ name, type: 'dir', mode: 0o755, mtime: dirMtime }));
    return [...dirs, ...scripts.map((s) => ({ name: `opt/venv/bin/${s.name}`, type: 'file', mode: 0o755, mtime: epoch, data: Buffer.from(wrapperText(s, projectPath)) }))];
}
/** consoleScripts() for the action: a pyproject.toml that does not parse is the user's error to fix, with its place. */
function projectScripts(pyprojectText, displayPath) {
    if (pyprojectText === undefined)
        return { scripts: [], skipped: [] };
    try {
        return consoleScripts(pyprojectText, displayPath);
    }
    catch (e) {
        if (e instanceof errors/* UserError */.yo)
            throw e;
        throw new errors/* UserError */.yo(`${displayPath}: ${e instanceof Error ? e.message : String(e)}`, { title: 'invalid pyproject.toml', location: { file: displayPath } });
    }
}

;// CONCATENATED MODULE: ./actions/build-parity-image/main.ts
/**
 * build-parity-image: build the image from the lockfile, make it reproducible (normalised config,
 * SOURCE_DATE_EPOCH from the commit), verify that what is installed equals the lock, optionally run
 * tests in it and push it by digest.
 */
























function readInputs() {
    // The secret first: nothing below may log it.
    const password = (0,shared_inputs/* getString */.AA)('password');
    if (password)
        workflow/* setSecret */.Pq(password);
    const buildArgs = {};
    for (const line of (0,shared_inputs/* getList */.vS)('build-args', { commas: false })) {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new errors/* UserError */.yo(`build-args entry "${line}" is not NAME=value.`, { title: 'invalid input: build-args' });
        buildArgs[line.slice(0, eq).trim()] = line.slice(eq + 1);
    }
    let command;
    try {
        command = parseCommand((0,shared_inputs/* getString */.AA)('command'));
    }
    catch {
        throw new errors/* UserError */.yo('Input "command" must be words separated by spaces or a JSON array of strings.', { title: 'invalid input: command' });
    }
    return {
        workingDirectory: (0,shared_inputs/* getWorkspacePath */.Zv)('working-directory'),
        image: (0,shared_inputs/* getRequired */.kA)('image', 'ghcr.io/acme/api'),
        tags: (0,shared_inputs/* getList */.vS)('tags'),
        dockerfile: (0,shared_inputs/* getString */.AA)('dockerfile'),
        baseImage: (0,shared_inputs/* getString */.AA)('base-image', 'python:3.12-slim'),
        push: (0,shared_inputs/* getBoolean */.pW)('push', false),
        registry: (0,shared_inputs/* getString */.AA)('registry'),
        username: (0,shared_inputs/* getString */.AA)('username'),
        password,
        cache: (0,shared_inputs/* getBoolean */.pW)('cache', true),
        verifyParity: (0,shared_inputs/* getBoolean */.pW)('verify-parity', true),
        testCommand: (0,shared_inputs/* getString */.AA)('test-command').split(/\s+/).filter(Boolean),
        buildArgs,
        platforms: (0,shared_inputs/* getList */.vS)('platforms'),
        command,
        printDockerfile: (0,shared_inputs/* getBoolean */.pW)('print-dockerfile', false),
        // Anywhere the user names (e.g. ${{ runner.temp }}/context); relative paths are from the workspace.
        stageContext: (0,shared_inputs/* getString */.AA)('stage-context') ? (0,external_node_path_.resolve)((0,shared_inputs/* workspaceRoot */.oS)(), (0,shared_inputs/* getString */.AA)('stage-context')) : '',
        sourceDateEpoch: (0,shared_inputs/* getString */.AA)('source-date-epoch'),
        noCache: (0,shared_inputs/* getBoolean */.pW)('no-cache', false),
    };
}
class Timer {
    phases = [];
    last = Date.now();
    mark(name) {
        const now = Date.now();
        this.phases.push([name, now - this.last]);
        this.last = now;
    }
}
function fullTags(image, tags, sha) {
    const repo = repositoryOf(image);
    const explicitTag = image.includes(':') && image.lastIndexOf(':') > image.lastIndexOf('/') ? image : undefined;
    const out = [];
    if (explicitTag)
        out.push(explicitTag);
    else
        out.push(`${repo}:${sha ? sha.slice(0, 7) : 'latest'}`);
    for (const t of tags)
        out.push(t.includes('/') || t.includes(':') ? t : `${repo}:${t}`);
    return [...new Set(out)];
}
/** The FROM reference for this builder (builderBaseRef), or the error saying why there is none. */
function baseFor(builder, baseImage, base) {
    const fromRef = builderBaseRef(builder, baseImage, base);
    if (fromRef)
        return fromRef;
    throw new errors/* UserError */.yo(`The base image ${baseImage} is in the Docker engine, but not from its registry (no digest of ${repositoryOf(baseImage)}), and the buildx builder uses the ${builder.driver} driver: its BuildKit resolves FROM in the registry, not in the engine's image store, so it would build from another image or fail.`, {
        title: 'base image not in a registry',
        hint: `Push the base image to a registry the builder can reach and pass that reference (pinned: ${repositoryOf(baseImage)}@sha256:\u2026), or build with the docker driver (docker buildx use default).`,
    });
}
/** A promise awaited later: its rejection must not count as unhandled in the meantime. */
function settleLater(p) {
    p.catch(() => undefined);
    return p;
}
function hasSrcLayout(dir) {
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'src')) && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'src', '__init__.py'));
}
async function runBuild(builder, args, cwd) {
    workflow/* startGroup */.Oh(`build: ${builder.description}`);
    const r = await builder.client.run(args, { cwd, timeoutMs: 60 * 60_000, onOutput: (chunk) => process.stdout.write(chunk) });
    workflow/* endGroup */.N4();
    return { code: r.code, log: `${r.stdout}\n${r.stderr}` };
}
async function main() {
    const timer = new Timer();
    const inputs = readInputs();
    const workspace = (0,shared_inputs/* workspaceRoot */.oS)();
    const dir = inputs.workingDirectory;
    const generated = !inputs.dockerfile;
    const userDockerfile = generated ? undefined : (0,external_node_path_.join)(dir, inputs.dockerfile);
    if (inputs.stageContext && !generated) {
        throw new errors/* UserError */.yo('stage-context writes the build context of the generated Dockerfile; with your own Dockerfile, your repository is the context.', { title: 'invalid input: stage-context', hint: 'Leave dockerfile empty, or drop stage-context.' });
    }
    if (inputs.stageContext && (0,external_node_fs_.existsSync)(inputs.stageContext) && (0,external_node_fs_.readdirSync)(inputs.stageContext).length) {
        throw new errors/* UserError */.yo(`stage-context ${(0,shared_inputs/* relativeToWorkspace */.Tv)(inputs.stageContext)} is not empty: the staged context must hold only what the action writes.`, { title: 'invalid input: stage-context', hint: 'Name a new or empty directory.' });
    }
    if (userDockerfile && !(0,external_node_fs_.existsSync)(userDockerfile)) {
        throw new errors/* UserError */.yo(`Dockerfile ${(0,shared_inputs/* relativeToWorkspace */.Tv)(userDockerfile)} does not exist.`, { title: 'dockerfile not found', hint: 'Set `dockerfile` relative to working-directory, or leave it empty to generate one from the lockfile.' });
    }
    // Independent start-up work runs side by side: each is a process spawn of 50\u2013150 ms.
    const engineReady = inputs.printDockerfile ? undefined : settleLater(readyBuilder());
    // Finding pip is a Python start-up (20\u2013100 ms of CPU beside the engine probes): started once, and
    // only when something may need it \u2014 not when this lock's wheels are already in the local cache.
    let pipProbe;
    const hostPipLater = () => (pipProbe ??= settleLater(findHostPip()));
    // The commit (git) is read while the lock is parsed.
    const commitRead = inputs.printDockerfile ? undefined : settleLater(readCommit(dir, inputs.sourceDateEpoch));
    const lock = await loadLock(dir, workspace);
    if (generated && !(inputs.cache && localWheelhouseReady(lock.lockHash)))
        void hostPipLater();
    const lockRel = (0,shared_inputs/* relativeToWorkspace */.Tv)(lock.lockfile);
    const srcLayout = hasSrcLayout(dir);
    // With pip on the runner the wheels come from a wheelhouse; the Dockerfile says which. Awaited only
    // when needed: finding pip (a Python start-up) runs beside the engine checks and the base probe.
    const generatedDockerfile = (wheelhouse) => generateDockerfile({ manager: lock.manager, lockfile: (0,external_node_path_.relative)(dir, lock.lockfile), baseImage: inputs.baseImage, command: inputs.command, wheelhouse, srcLayout });
    if (inputs.printDockerfile) {
        process.stdout.write(generated ? generatedDockerfile(Boolean(await hostPipLater())) : (0,external_node_fs_.readFileSync)(userDockerfile, 'utf8'));
        return;
    }
    let dockerfileText = generated ? '' : (0,external_node_fs_.readFileSync)(userDockerfile, 'utf8');
    let useWheelhouse = false;
    timer.mark('lock');
    const commit = await commitRead;
    if (commit.epochSource !== 'git') {
        annotations/* annotations */.hk.notice(`SOURCE_DATE_EPOCH=${commit.epoch} comes from ${commit.epochSource === 'default' ? 'the default (0)' : `the ${commit.epochSource}`}, not from the commit time: ${dir} is not a git checkout.`, undefined, 'SOURCE_DATE_EPOCH');
    }
    const labels = imageLabels(commit, lock.lockHash, lock.manager);
    const tags = fullTags(inputs.image, inputs.tags, commit.sha);
    let builder = await engineReady;
    const client = builder.client;
    const images = new DockerImages(client);
    // Asked now (one `docker info`, remembered), needed by the build: does the gha cache apply to the docker driver?
    if (builder.kind === 'buildx' && builder.driver === 'docker' && inputs.cache)
        void images.usesContainerdStore();
    if (inputs.platforms.length > 1) {
        throw new errors/* UserError */.yo(`One platform at a time: the image is loaded into the engine to be verified (got ${inputs.platforms.join(', ')}).`, { title: 'invalid input: platforms', hint: 'Use a matrix over platforms.' });
    }
    const platform = inputs.platforms[0];
    timer.mark('engine');
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || '/tmp', 'blackbelt-build-'));
    let py;
    let base;
    let derived;
    let wheelhouse;
    let contextDir = dir;
    let consoleScripts = [];
    let removingBuilt; // the pre-normalisation image, removed while the rest goes on
    let dockerfilePath = userDockerfile;
    const buildArgs = { ...inputs.buildArgs, SOURCE_DATE_EPOCH: String(commit.epoch) };
    const deriveFor = (env) => deriveLockedSet(lock.locked, env, { manager: lock.manager, markerContext: lock.markerContext, production: lock.productionFor?.(env), lockDir: (0,external_node_path_.dirname)(lock.lockfile), projectDir: dir });
    try {
        if (generated) {
            if (!/@sha256:[0-9a-f]{64}$/.test(inputs.baseImage)) {
                annotations/* annotations */.hk.warning(`base-image ${inputs.baseImage} is not pinned by digest: the same commit can build a different image when the tag moves. Pin it as ${repositoryOf(inputs.baseImage)}@sha256:\u2026`, undefined, 'base image not pinned');
            }
            base = await images.ensureLocal(inputs.baseImage, 'base image');
            const fromRef = baseFor(builder, inputs.baseImage, base);
            // A builder with its own BuildKit resolves FROM in the registry: pin it to what was probed here.
            if (fromRef !== inputs.baseImage)
                buildArgs.BASE_IMAGE = fromRef;
            py = await probeEnvironmentCached(client, inputs.baseImage, base.Id, localCacheRoot(), platform);
            if (!pipSupportsPythonFlag(py.pip)) {
                throw new errors/* UserError */.yo(`The base image ${inputs.baseImage} has ${py.pip ? `pip ${py.pip}` : 'no pip'}; the generated Dockerfile installs into a pip-less venv with \`pip --python\` (pip \u2265 22.3).`, {
                    title: 'base image pip too old',
                    hint: 'Use a base image with python3 and pip \u2265 22.3 (python:3.11-slim or newer, Debian bookworm python3-pip).',
                });
            }
            derived = deriveFor(py.env);
            // A wheelhouse in the local cache that covers the lock needs no pip (a code-only rebuild).
            useWheelhouse = (inputs.cache && localWheelhouseReady(lock.lockHash, py, derived.packages)) || Boolean(await hostPipLater());
            dockerfileText = generatedDockerfile(useWheelhouse);
            timer.mark('probe base');
            contextDir = inputs.stageContext || (0,external_node_path_.join)(scratch, 'context');
            const depsDir = (0,external_node_path_.join)(contextDir, 'deps');
            (0,external_node_fs_.mkdirSync)(depsDir, { recursive: true });
            const reqFile = (0,external_node_path_.join)(depsDir, 'requirements.txt');
            (0,external_node_fs_.writeFileSync)(reqFile, derived.requirements);
            if (derived.local.length && !useWheelhouse)
                throw localNeedPip(derived.local);
            if (useWheelhouse) {
                wheelhouse = await prepareWheelhouse({ pip: hostPipLater, py, lockHash: lock.lockHash, requirementsFile: reqFile, packages: derived.packages, target: (0,external_node_path_.join)(depsDir, 'wheels'), cache: inputs.cache, scratch });
                workflow/* info */.pq(`wheelhouse: ${wheelhouse.files.length} wheel(s), cache ${wheelhouse.cache} (${wheelhouse.key}${wheelhouse.seededFrom ? `, from ${wheelhouse.seededFrom}` : ''}), ${wheelhouse.downloaded} downloaded, ${wheelhouse.ms} ms`);
            }
            else {
                annotations/* annotations */.hk.notice('No pip on the host: the locked wheels are fetched from the index inside the build (hash-checked). Install Python on the runner for air-gapped builds and a wheel cache.', undefined, 'wheelhouse skipped');
            }
            if (derived.local.length) {
                // After the wheelhouse (which keeps only the lock's downloads): workspace members and other local packages.
                const hostPip = await hostPipLater();
                if (!hostPip)
                    throw localNeedPip(derived.local);
                const built = await buildLocalWheels(hostPip, derived.local, (0,external_node_path_.join)(depsDir, 'wheels'), commit.epoch, scratch);
                workflow/* info */.pq(`local packages built into wheels: ${built.map((b) => `${b.name} ${b.version}`).join(', ')}`);
                derived = withLocalWheels(derived, built, lock.manager);
                (0,external_node_fs_.writeFileSync)(reqFile, derived.requirements);
            }
            (0,external_node_fs_.utimesSync)(reqFile, ...contentTimes((0,external_node_crypto_.createHash)('sha256').update(derived.requirements).digest('hex')));
            const staged = (0,external_node_path_.relative)(dir, contextDir);
            const inside = inputs.stageContext && staged && !staged.startsWith('..') && !(0,external_node_path_.isAbsolute)(staged) ? new Set([staged.split(external_node_path_.sep).join('/')]) : new Set();
            consoleScripts = writeSource(dir, (0,external_node_path_.join)(contextDir, 'src.tar'), commit.epoch, srcLayout, inside);
            dockerfilePath = (0,external_node_path_.join)(contextDir, 'Dockerfile');
            (0,external_node_fs_.writeFileSync)(dockerfilePath, dockerfileText);
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(contextDir, '.dockerignore'), 'Dockerfile\n');
            timer.mark('wheelhouse + context');
            if (inputs.stageContext) {
                reportStaged(contextDir, buildArgs, useWheelhouse, lock.lockHash, consoleScripts);
                return;
            }
        }
        // ---- build
        const iidfile = (0,external_node_path_.join)(scratch, 'iid');
        const buildWith = async (b) => {
            const containerdStore = b.kind === 'buildx' && b.driver === 'docker' && inputs.cache ? await images.usesContainerdStore() : false;
            const cacheFlags = ghaCacheFlags(b, inputs.cache, process.env, containerdStore);
            const argv = buildArgv(b, {
                context: contextDir,
                dockerfile: dockerfilePath,
                tags,
                buildArgs,
                labels,
                iidfile,
                noCache: inputs.noCache,
                platforms: platform ? [platform] : [],
                network: generated && useWheelhouse ? 'none' : undefined,
                cacheFrom: cacheFlags.from,
                cacheTo: cacheFlags.to,
            });
            return { ...(await runBuild(b, argv, contextDir)), cacheFlags };
        };
        let built = await buildWith(builder);
        if (built.code !== 0 && builder.assumed) {
            // The builder was told from buildx's files: ask buildx itself before believing the failure.
            const checked = await detectBuilder(undefined, { assume: false });
            if (checked.kind !== builder.kind || checked.driver !== builder.driver) {
                annotations/* annotations */.hk.notice(`The build failed with the default buildx builder; ${checked.description} is the one to use: building again with it.`, undefined, 'builder re-detected');
                builder = checked;
                // The assumed builder (driver docker) builds FROM the base as given; only another driver needs it pinned.
                if (generated && base) {
                    const fromRef = baseFor(builder, inputs.baseImage, base);
                    if (fromRef !== inputs.baseImage)
                        buildArgs.BASE_IMAGE = fromRef;
                }
                built = await buildWith(builder);
            }
        }
        const cacheFlags = built.cacheFlags;
        if (built.code !== 0)
            throw buildError(built.log, dockerfileText, userDockerfile, generated, inputs.baseImage);
        const rawId = (0,external_node_fs_.readFileSync)(iidfile, 'utf8').trim();
        const reused = cachedSteps(built.log);
        const ghaCache = cacheFlags.to.length ? { scope: GHA_CACHE_SCOPE, ...ghaCacheErrors(built.log) } : undefined;
        if (ghaCache?.import)
            annotations/* annotations */.hk.warning(`The BuildKit layer cache could not be read from the GitHub Actions cache (type=gha, scope=${GHA_CACHE_SCOPE}): ${ghaCache.import}. The build went on without it.`, undefined, 'gha cache import failed');
        if (ghaCache?.export)
            annotations/* annotations */.hk.warning(`The BuildKit layer cache could not be written to the GitHub Actions cache (type=gha, scope=${GHA_CACHE_SCOPE}): ${ghaCache.export}. The image is built; the next run may rebuild its layers.`, undefined, 'gha cache export failed');
        timer.mark('build');
        // ---- reproducible: normalise the config, while the built image is listed for parity
        const builtImage = await inspectBuilt(images, rawId, tags);
        const baseLayers = base?.RootFS?.Layers ?? [];
        // Normalising rewrites only timestamps (checked below), so the listing of the built image holds
        // for the normalised one: both run side by side. A generated image's listing is reused when its
        // layers below the source layer were listed before (installed.ts says why that is exact).
        const key = generated && inputs.cache ? listingKey(builtImage, baseLayers.length + 1, platform) : undefined;
        const listOptions = { platform, isolated: generated, cacheFile: key ? listingCacheFile(localCacheRoot(), key) : undefined };
        const listing = inputs.verifyParity ? settleLater(listInstalled(client, builtImage.Id, listOptions)) : undefined;
        const normalised = await normaliseImage(images, rawId, commit.epoch, tags, builtImage).catch(async (e) => {
            await listing?.catch(() => undefined);
            throw e;
        });
        const imageId = normalised.imageId;
        const inspect = normalised.inspect ?? (await images.inspect(imageId));
        if (!inspect)
            throw new Error(`normalised image ${imageId} is not in the engine after docker load`);
        const layers = inspect.RootFS?.Layers ?? [];
        const depsLayer = generated ? layers[baseLayers.length] : undefined;
        const sourceLayer = generated ? layers[baseLayers.length + 1] : undefined;
        timer.mark('normalise');
        // ---- parity
        const listed = await listing?.then((value) => ({ value }), (error) => ({ error }));
        // The pre-normalisation image, once nothing runs it (by the engine's own ID: on the containerd store the iidfile's config digest does not resolve).
        if (normalised.builtId !== imageId)
            removingBuilt = settleLater(images.remove(normalised.builtId));
        if (listed && 'error' in listed)
            throw listed.error;
        let installed = listed?.value;
        let parity;
        if (installed) {
            if (!sameContents(builtImage, inspect))
                installed = await listInstalled(client, imageId, { ...listOptions, cacheFile: undefined });
            if (!py)
                py = await probeEnvironment(client, imageId, platform);
            if (!derived)
                derived = withLockedLocals(deriveFor(py.env));
            parity = compareParity(derived.packages, installed.probe, new Set(lock.locked.map((p) => p.name)));
            timer.mark('parity');
        }
        // ---- test-command
        let testResult;
        if (inputs.testCommand.length && (!parity || parity.pass)) {
            const [entry, ...rest] = inputs.testCommand;
            workflow/* startGroup */.Oh(`test-command: ${inputs.testCommand.join(' ')}`);
            const r = await client.run(['run', '--rm', '--pull=never', '--network', 'none', '--entrypoint', entry, ...(platform ? ['--platform', platform] : []), imageId, ...rest], { timeoutMs: 60 * 60_000, onOutput: (c) => process.stdout.write(c) });
            workflow/* endGroup */.N4();
            testResult = { code: r.code, output: `${r.stdout}${r.stderr}` };
            timer.mark('test-command');
        }
        // ---- push
        let digest = imageId;
        let imageRef = tags[0];
        let pushed = false;
        const parityOk = !parity || parity.pass;
        const testsOk = !testResult || testResult.code === 0;
        if (inputs.push && parityOk && testsOk) {
            const registry = inputs.registry || registryOf(tags[0]);
            const reg = new DockerRegistry(client);
            try {
                if (inputs.username || inputs.password) {
                    if (!inputs.username || !inputs.password)
                        throw new errors/* UserError */.yo('Give both `username` and `password` to log in (or neither to use the runner\'s existing docker login).', { title: 'incomplete credentials' });
                    await reg.login(registry, inputs.username, inputs.password);
                }
                const first = await reg.push(tags[0]);
                for (const t of tags.slice(1))
                    await reg.push(t);
                digest = first.digest;
                imageRef = `${repositoryOf(tags[0])}@${digest}`;
                pushed = true;
            }
            finally {
                await reg.close(inputs.username ? registry : undefined);
            }
            timer.mark('push');
        }
        // ---- outputs, report, summary
        const report = {
            image: inputs.image,
            imageRef,
            digest,
            imageId,
            pushed,
            tags,
            labels,
            sourceDateEpoch: commit.epoch,
            sourceDateEpochFrom: commit.epochSource,
            lock: { manager: lock.manager, file: lockRel, hash: lock.lockHash },
            dockerfile: generated ? 'generated' : (0,shared_inputs/* relativeToWorkspace */.Tv)(userDockerfile),
            baseImage: generated ? inputs.baseImage : undefined,
            builder: { kind: builder.kind, driver: builder.driver, description: builder.description },
            ghaCache,
            environment: py ? { python: py.env.python_full_version, platform: platformKey(py), machine: py.env.platform_machine } : undefined,
            consoleScripts: consoleScripts.map((c) => ({ name: c.name, target: c.target })),
            wheelhouse: wheelhouse ? { key: wheelhouse.key, cache: wheelhouse.cache, seededFrom: wheelhouse.seededFrom, downloaded: wheelhouse.downloaded, wheels: wheelhouse.files, ms: wheelhouse.ms } : undefined,
            layers: { all: layers, dependencies: depsLayer, source: sourceLayer, reusedSteps: reused, buildImageId: rawId },
            parity: parity ? { pass: parity.pass, rows: parity.rows, listing: installed.from } : undefined,
            excluded: derived?.excluded ?? [],
            testCommand: testResult ? { argv: inputs.testCommand, exitCode: testResult.code } : undefined,
            normalisedBy: normalised.by,
            timingsMs: Object.fromEntries(timer.phases),
        };
        const reportPath = (0,shared_report/* writeJsonReport */.a)('build-parity-image', report);
        (0,outputs/* setOutputs */.n)({
            'image-ref': imageRef,
            digest,
            'image-id': imageId,
            'lock-hash': lock.lockHash,
            parity: parity ? (parity.pass ? 'pass' : 'fail') : 'skipped',
            report: reportPath,
        });
        writeSummary(report, parity, derived, testResult);
        if (parity && !parity.pass) {
            for (const p of parity.problems.slice(0, 8))
                annotations/* annotations */.hk.error(describeProblem(p), { file: lockRel }, `parity: ${p.status}`);
            throw new errors/* UserError */.yo(`The image does not match ${lockRel}: ${parity.problems.map((p) => `${p.name} (${p.status})`).join(', ')}.`, {
                title: 'environment parity failed',
                location: { file: lockRel },
                hint: 'Install exactly the locked set (pip install --require-hashes --no-deps -r <requirements from the lock>), and nothing after it; the summary lists each difference.',
            });
        }
        if (testResult && testResult.code !== 0) {
            throw new errors/* UserError */.yo(`test-command \`${inputs.testCommand.join(' ')}\` failed in the built image with exit code ${testResult.code}:\n${lastLines(testResult.output, 40)}`, { title: 'test-command failed' });
        }
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
        await removingBuilt?.catch(() => undefined);
    }
}
/**
 * A context file's mtime as a function of its content. A constant mtime would be wrong: BuildKit
 * syncs the context incrementally and skips files whose size and mtime match its previous copy, so a
 * lock change that keeps the file's size (structlog==26.1.0 \u2192 25.5.0) would build from the old
 * requirements. Same content \u2192 same mtime (cache reuse), new content \u2192 re-sent.
 */
function contentTimes(sha256hex) {
    const t = FIXED_MTIME + parseInt(sha256hex.slice(0, 6), 16);
    return [t, t];
}
/** The project and its console-script wrappers as the source tar (context.ts, scripts.ts); returns the scripts. */
function writeSource(dir, tarPath, epoch, srcLayout, leaveOut) {
    const pyprojectPath = (0,external_node_path_.join)(dir, 'pyproject.toml');
    const pyprojectRel = (0,shared_inputs/* relativeToWorkspace */.Tv)(pyprojectPath);
    const found = projectScripts((0,external_node_fs_.existsSync)(pyprojectPath) ? (0,external_node_fs_.readFileSync)(pyprojectPath, 'utf8') : undefined, pyprojectRel);
    for (const k of found.skipped)
        annotations/* annotations */.hk.warning(`Console script \`${k.name}\` is not put on PATH: ${k.why}.`, { file: pyprojectRel }, 'console script skipped');
    const written = writeSourceTar(dir, tarPath, epoch, scriptEntries(found.scripts, srcLayout ? '/app/src' : '/app', epoch, FIXED_MTIME), leaveOut);
    (0,external_node_fs_.utimesSync)(tarPath, ...contentTimes(written.sha256));
    return found.scripts;
}
/** stage-context: say how to build what was written, and stop. */
function reportStaged(dir, buildArgs, offline, lockHash, scripts) {
    const argv = ['docker', 'buildx', 'build', ...(offline ? ['--network', 'none'] : []), ...Object.entries(buildArgs).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]), '-t', 'IMAGE', dir];
    const command = argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`)).join(' ');
    workflow/* info */.pq(`build context staged in ${dir}; build it with:\n  ${command}`);
    const shown = (0,shared_inputs/* relativeToWorkspace */.Tv)(dir).startsWith('..') ? dir : (0,shared_inputs/* relativeToWorkspace */.Tv)(dir); // outside the workspace: as given
    (0,outputs/* setOutputs */.n)({ 'lock-hash': lockHash, context: dir });
    new summary/* SummaryBuilder */.CF()
        .heading('build-parity-image: build context staged')
        .paragraph(`The generated Dockerfile and its context (deps/requirements.txt${offline ? ', deps/wheels/' : ''}, src.tar${scripts.length ? ` with ${scripts.length} console script(s)` : ''}) are in \`${shown}\`. Nothing was built, so nothing was verified: build it, then check parity by building with this action.`)
        .code(command, 'sh')
        .write();
}
function localNeedPip(local) {
    return new errors/* UserError */.yo(`The lock installs local path dependencies (${local.map((l) => l.name || l.path).join(', ')}), which are built into wheels on the runner: that needs Python with pip on the runner.`, {
        title: 'local dependencies need pip',
        hint: 'Add actions/setup-python before this step (GitHub runners have python3 and pip by default).',
    });
}
function buildError(log, dockerfile, userDockerfile, generated, baseImage) {
    const f = parseBuildFailure(log, dockerfile);
    const file = userDockerfile ? (0,shared_inputs/* relativeToWorkspace */.Tv)(userDockerfile) : undefined;
    const where = f.line ? `${file ?? 'generated Dockerfile'}:${f.line}` : (file ?? 'the generated Dockerfile');
    const dfLines = dockerfile.split('\n');
    const context = f.line ? dfLines.slice(Math.max(0, f.line - 2), f.line + 1).map((l, i) => `${Math.max(1, f.line - 1) + i} | ${l}`).join('\n') : '';
    const missingBase = /pull access denied|repository does not exist|not found: manifest unknown|failed to resolve source metadata|no such host|dial tcp/i.test(log);
    return new errors/* UserError */.yo(`docker build failed at ${where}${f.step ? ` (${f.step})` : ''}: ${f.error}\n${context ? `${context}\n` : ''}--- build log (last lines) ---\n${f.excerpt}`, {
        title: 'docker build failed',
        location: file ? { file, line: f.line } : undefined,
        hint: missingBase
            ? `A FROM image could not be resolved without a registry (base ${baseImage}). Make it present locally first.`
            : generated
                ? 'The generated Dockerfile failed: run with --print-dockerfile to see it; a locked package may need a newer pip or a different base image.'
                : 'Fix the failing instruction; the build log above shows its output.',
    });
}
function ghaFact(gha) {
    if (!gha)
        return [];
    const part = (what, err) => (err ? `\u26a0\ufe0f ${what} failed (${err})` : `${what} ok`);
    return [['layer cache', `GitHub Actions cache, type=gha scope=${gha.scope}: ${part('import', gha.import)}, ${part('export', gha.export)}`]];
}
const REPRODUCIBLE_BY = {
    builder: 'the builder (it honoured SOURCE_DATE_EPOCH: image kept as built)',
    config: 'a config rewrite (timestamps := SOURCE_DATE_EPOCH; rebuilt from inspect + history, no layer re-exported)',
    archive: 'a config rewrite through docker save/load (the engine needed the whole archive)',
};
function writeSummary(report, parity, derived, testResult) {
    const s = new summary/* SummaryBuilder */.CF().heading('build-parity-image');
    const layers = report.layers;
    const wh = report.wheelhouse;
    const lock = report.lock;
    const scripts = report.consoleScripts;
    s.facts([
        ['image-ref', `\`${report.imageRef}\`${report.pushed ? '' : ' (local tag only: not pushed)'}`],
        ['digest', `\`${report.digest}\`${report.pushed ? ' (registry manifest digest)' : ' (image ID: not pushed, so there is no registry digest)'}`],
        ['image-id', `\`${report.imageId}\``],
        ['lock', `${lock.file} (${lock.manager}), sha256 ${lock.hash.slice(0, 16)}\u2026`],
        ['SOURCE_DATE_EPOCH', `${report.sourceDateEpoch} (${rfc3339(report.sourceDateEpoch)}, from ${report.sourceDateEpochFrom})`],
        ['builder', report.builder.description],
        ...ghaFact(report.ghaCache),
        ['reproducible by', REPRODUCIBLE_BY[report.normalisedBy]],
        ['parity', parity ? (parity.pass ? '\u2705 pass' : `\u274c fail (${parity.problems.length} difference(s))`) : 'skipped'],
        ['test-command', testResult ? (testResult.code === 0 ? '\u2705 passed' : `\u274c exit ${testResult.code}`) : 'none'],
        ...(scripts.length ? [['console scripts', scripts.map((c) => `\`${c.name}\` \u2192 ${c.target}`).join(', ')]] : []),
    ]);
    s.heading('Layer reuse', 3);
    const reuse = [];
    if (layers.dependencies)
        reuse.push(`dependency layer \`${layers.dependencies.slice(0, 19)}\u2026\`${layers.reusedSteps.some((st) => /\bdeps\b|pip --python/.test(st)) ? ' (reused from cache)' : ''}`);
    if (layers.source)
        reuse.push(`source layer \`${layers.source.slice(0, 19)}\u2026\``);
    if (wh)
        reuse.push(`wheelhouse: ${wh.wheels.length} wheel(s), cache ${wh.cache} (\`${wh.key}\`${wh.seededFrom ? `, started from \`${wh.seededFrom}\`` : ''}), ${wh.downloaded} downloaded`);
    reuse.push(`${layers.reusedSteps.length} build step(s) reused from cache`);
    s.list(reuse);
    s.heading('Labels', 3).table(['label', 'value'], Object.entries(report.labels));
    if (parity) {
        s.heading('Parity: installed vs locked', 3);
        const listing = report.parity?.listing;
        s.paragraph(listing === 'reused'
            ? 'Installed set: the listing of identical dependency layers (same sha256 diffIDs below the source layer, same config), taken by running an earlier build; only the source layer differs, and the isolated probe cannot see it.'
            : 'Installed set: listed by running this image (`python3` from its PATH, importlib.metadata over its site-packages).');
        if (parity.problems.length)
            s.table(['package', 'problem', 'locked', 'installed'], parity.problems.map((p) => [p.name, p.status, p.locked ?? '\u2014', p.installed ?? '\u2014']));
        s.details(`all ${parity.rows.length} distribution(s)`, new summary/* SummaryBuilder */.CF().table(['package', 'status', 'locked', 'installed'], parity.rows.map((p) => [p.name, p.status, p.locked ?? '\u2014', p.installed ?? '\u2014'])));
    }
    if (derived?.excluded.length)
        s.details(`${derived.excluded.length} locked package(s) not in this image`, new summary/* SummaryBuilder */.CF().table(['package', 'version', 'why'], derived.excluded.map((e) => [e.name, e.version, e.reason])));
    s.heading('Timings', 3).table(['phase', 'ms'], Object.entries(report.timingsMs));
    s.write();
}


/***/ }),

/***/ 3093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   onPath: () => (/* binding */ onPath),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Run a program with an argv array \u2014 never through a shell, so no input can be interpreted as
 * shell syntax. Never throws for a non-zero exit; a missing program is reported as code 127.
 */
function run(command, args, options = {}) {
    return new Promise((resolvePromise) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
        });
        const out = [];
        const err = [];
        let timedOut = false;
        let settled = false;
        const timer = options.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs)
            : undefined;
        const finish = (code, extraErr = '') => {
            if (settled)
                return;
            settled = true;
            if (timer)
                clearTimeout(timer);
            resolvePromise({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') + extraErr, timedOut });
        };
        child.stdout.on('data', (b) => {
            out.push(b);
            options.onOutput?.(b.toString('utf8'), 'stdout');
        });
        child.stderr.on('data', (b) => {
            err.push(b);
            options.onOutput?.(b.toString('utf8'), 'stderr');
        });
        child.on('error', (e) => finish(e.code === 'ENOENT' ? 127 : 126, `${command}: ${e.message}`));
        child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
        child.stdin.on('error', () => undefined);
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
    });
}
/** Is an executable on PATH? (No shell `which`.) */
async function onPath(command) {
    for (const dir of (process.env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter)) {
        if (!dir)
            continue;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, command), node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
            return true;
        }
        catch {
            // keep looking
        }
    }
    return false;
}


/***/ })

};
