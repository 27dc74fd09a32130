/**
 * The Docker Engine API on a local unix socket, for the small calls an action makes many of (image
 * inspect and history, load, save, tag, remove, info, version). Each `docker` CLI call is a Go
 * start-up — 50–70 ms of CPU, 20–40 ms of wall time — while a request on the socket takes 1–3 ms;
 * a code-only rebuild makes about ten of them.
 *
 * Used only where the endpoint is certainly the one the CLI would talk to: DOCKER_HOST=unix://…, or
 * no DOCKER_HOST, no DOCKER_CONTEXT and no other current context in the CLI's config.json — then
 * /var/run/docker.sock. Anything else (tcp:// with TLS, ssh://, a context) stays with the CLI, which
 * knows how to reach it. BLACKBELT_DOCKER_API=0 turns this off. Builds, runs, pulls and pushes
 * always go through the CLI (BuildKit sessions, credentials, progress).
 */
import { readFileSync } from 'node:fs';
import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, type Readable, type Writable } from 'node:stream';

export const DEFAULT_SOCKET = '/var/run/docker.sock';

/**
 * The unix socket the docker CLI would use with this environment, or undefined when it would use
 * something else (or when that cannot be told for sure).
 */
export function localEngineSocket(env: NodeJS.ProcessEnv): string | undefined {
  if (env.BLACKBELT_DOCKER_API === '0') return undefined;
  const host = env.DOCKER_HOST?.trim();
  if (host) {
    if (!host.startsWith('unix://')) return undefined;
    const path = host.slice('unix://'.length);
    return path.startsWith('/') ? path : undefined;
  }
  const context = env.DOCKER_CONTEXT?.trim();
  if (context && context !== 'default') return undefined;
  const configDir = env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker');
  let text: string;
  try {
    text = readFileSync(join(configDir, 'config.json'), 'utf8');
  } catch (e) {
    // No config file: the CLI uses the default socket. Unreadable: do not guess.
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? DEFAULT_SOCKET : undefined;
  }
  try {
    const current = (JSON.parse(text) as { currentContext?: unknown }).currentContext;
    if (current !== undefined && current !== '' && current !== 'default') return undefined;
  } catch {
    return undefined;
  }
  return DEFAULT_SOCKET;
}

/** The socket could not be used at all (missing, refused, no permission): the CLI may still work. */
export class EngineUnreachable extends Error {}

const UNREACHABLE = new Set(['ENOENT', 'ECONNREFUSED', 'EACCES', 'EPERM', 'ENOTSOCK', 'ECONNRESET']);

export interface ApiResponse {
  status: number;
  body: Buffer;
  headers: IncomingMessage['headers'];
}

/** A JSON message of the engine's streamed replies (load, build, pull). */
interface StreamMessage {
  stream?: string;
  status?: string;
  error?: string;
  errorDetail?: { message?: string };
}

export class EngineApi {
  constructor(readonly socketPath: string) {}

  private open(method: string, path: string, headers: Record<string, string>, timeoutMs: number): { req: ClientRequest; response: Promise<IncomingMessage> } {
    const req = request({ socketPath: this.socketPath, method, path, headers: { Host: 'docker', ...headers } });
    const response = new Promise<IncomingMessage>((resolve, reject) => {
      req.on('response', resolve);
      req.on('error', (e: NodeJS.ErrnoException) => reject(UNREACHABLE.has(e.code ?? '') ? new EngineUnreachable(`${this.socketPath}: ${e.message}`) : e));
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`Docker engine API ${method} ${path}: no answer in ${timeoutMs / 1000} s`)));
    });
    response.catch(() => undefined);
    return { req, response };
  }

  /** One request with an optional small body; the whole reply is read. */
  async call(method: string, path: string, options: { body?: Buffer; contentType?: string; timeoutMs?: number } = {}): Promise<ApiResponse> {
    const headers: Record<string, string> = {};
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
  async ping(): Promise<{ ok: boolean; version: string }> {
    const r = await this.call('GET', '/_ping', { timeoutMs: 30_000 });
    const server = String(r.headers.server ?? '');
    return { ok: r.status === 200, version: /^Docker\/(\S+)/.exec(server)?.[1] ?? '' };
  }

  async json<T>(method: string, path: string): Promise<{ status: number; value?: T; message: string }> {
    const r = await this.call(method, path);
    const text = r.body.toString('utf8');
    if (r.status >= 200 && r.status < 300) return { status: r.status, value: (text.trim() ? JSON.parse(text) : undefined) as T, message: '' };
    return { status: r.status, message: errorMessage(text) };
  }

  /**
   * POST /images/load fed from the returned writable (a tar archive). `done` gives what the CLI
   * would: code 0 and its stdout lines ("Loaded image: …") on success, else code 1 and the error.
   */
  load(timeoutMs = 30 * 60_000): { stream: Writable; done: Promise<{ code: number; stdout: string; stderr: string }> } {
    const { req, response } = this.open('POST', '/images/load?quiet=1', { 'Content-Type': 'application/x-tar', 'Transfer-Encoding': 'chunked' }, timeoutMs);
    req.on('error', () => undefined); // reported through `done`
    const done = response.then(
      async (res) => {
        const text = (await readAll(res)).toString('utf8');
        if ((res.statusCode ?? 0) >= 300) return { code: 1, stdout: '', stderr: errorMessage(text) };
        return messagesToOutput(text);
      },
      (e: Error) => ({ code: 1, stdout: '', stderr: e.message }),
    );
    return { stream: req, done };
  }

  /** GET /images/get: the `docker save` archive of `ref` as a stream. */
  save(ref: string, timeoutMs = 30 * 60_000): { stream: Readable; done: Promise<{ code: number; stderr: string }> } {
    const out = new PassThrough();
    const { req, response } = this.open('GET', `/images/get?names=${encodeURIComponent(ref)}`, {}, timeoutMs);
    req.end();
    const done = response.then(
      async (res) => {
        if ((res.statusCode ?? 0) >= 300) {
          const text = (await readAll(res)).toString('utf8');
          out.end();
          return { code: 1, stderr: errorMessage(text) };
        }
        res.pipe(out);
        return new Promise<{ code: number; stderr: string }>((resolve) => {
          res.on('end', () => resolve({ code: 0, stderr: '' }));
          res.on('error', (e) => resolve({ code: 1, stderr: e.message }));
          res.on('aborted', () => resolve({ code: 1, stderr: 'the engine closed the connection before the archive ended' }));
        });
      },
      (e: Error) => {
        out.end();
        return { code: 1, stderr: e.message };
      },
    );
    return { stream: out, done };
  }
}

/** Path segment for an image reference: names, tags, digests and IDs keep their `/`, `:` and `@`. */
export function refPath(ref: string): string {
  return ref.split('/').map(encodeURIComponent).join('/').replace(/%3A/gi, ':').replace(/%40/g, '@');
}

function readAll(res: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    res.on('data', (b: Buffer) => parts.push(b));
    res.on('end', () => resolve(Buffer.concat(parts)));
    res.on('error', reject);
  });
}

/** The engine's `{"message": "..."}` error body, or the text itself. */
export function errorMessage(text: string): string {
  try {
    const m = (JSON.parse(text) as { message?: unknown }).message;
    if (typeof m === 'string') return m;
  } catch {
    // not JSON
  }
  return text.trim();
}

/** A streamed JSON reply as the CLI shows it: `stream` text to stdout; an `error` message fails it. */
export function messagesToOutput(text: string): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let msg: StreamMessage;
    try {
      msg = JSON.parse(line) as StreamMessage;
    } catch {
      stdout += `${line}\n`;
      continue;
    }
    const error = msg.errorDetail?.message || msg.error;
    if (error) return { code: 1, stdout, stderr: error };
    if (msg.stream) stdout += msg.stream;
    else if (msg.status) stdout += `${msg.status}\n`;
  }
  return { code: 0, stdout, stderr: '' };
}
