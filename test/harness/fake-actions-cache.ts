import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for GitHub's cache service v2 (what @actions/cache ≥ 4 talks to on hosted
 * runners when ACTIONS_CACHE_SERVICE_V2 is set) plus the Azure blob store its signed URLs point at.
 *
 * Twirp JSON RPCs, POST `/twirp/github.actions.results.api.v1.CacheService/<Method>`:
 *   GetCacheEntryDownloadURL {key, restore_keys?, version, metadata?} → {ok, signed_download_url, matched_key}
 *   CreateCacheEntry         {key, version, metadata?}                → {ok, signed_upload_url, message}
 *   FinalizeCacheEntryUpload {key, size_bytes, version, metadata?}    → {ok, entry_id, message}
 * Field names and types are those of @actions/cache's generated protobuf-ts messages
 * (lib/generated/results/api/v1/cache.js), which the client serialises with
 * `useProtoFieldName: true, emitDefaultValues: false`: snake_case names, int64 as decimal strings,
 * empty/default fields omitted. Every request is validated (method POST, `Content-Type:
 * application/json`, `Authorization: Bearer <token>`, a JSON object with only known fields of the
 * right types, non-empty key ≤ 512 chars without commas, 64-hex version); anything else gets a Twirp
 * error (JSON `{code, msg}`) with a 4xx status and a message saying what was wrong, which the client
 * surfaces as `Failed request: (4xx) …: <msg>`.
 *
 * Lookup semantics follow the real service: only finalized entries are visible; the primary key
 * must match exactly; then each restore key in order, exact match first, then the newest entry whose
 * key starts with it; the version must always be equal. A second CreateCacheEntry for a key+version
 * that is finalized (or being uploaded) gets 409 already_exists, as GitHub answers.
 *
 * Blob store (Azure Blob REST, the subset BlockBlobClient.uploadFile and a plain HTTP GET use), path
 * `/<account>/<container>/<blob>?<SAS>` (IP-style endpoint, as Azurite): the SAS `sig` must be the one
 * issued for that blob and `sp` must allow the operation.
 *   PUT (Put Blob)             x-ms-blob-type: BlockBlob, Content-Length = body → 201
 *   PUT ?comp=block&blockid=…  (Put Block)  → 201, staged
 *   PUT ?comp=blocklist        (Put Block List, XML <BlockList><Latest|Uncommitted|Committed>) → 201
 *   GET / HEAD                 whole blob (200) or `Range: bytes=a-b` (206, Content-Range); 416 if unsatisfiable
 * Blob errors are Azure-style XML `<Error><Code/><Message/></Error>` with `x-ms-error-code`.
 *
 * The v1 REST API too (ACTIONS_CACHE_URL; what BuildKit before 0.20 speaks — e.g. the BuildKit inside
 * Docker 26 — and older runners), on the same entries, under `/_apis/artifactcache/`:
 *   GET  cache?keys=k1,k2&version=V   → 200 {cacheKey, scope, archiveLocation} or 204; each key, k1 too,
 *                                        exact first, then the newest entry it prefixes
 *   POST caches {key, version}        → 201 {cacheId}; 409 when the key+version exists
 *   PATCH caches/<id>                 Content-Range: bytes a-b/* (octet-stream chunk) → 204
 *   POST caches/<id> {size}           → 204 (commit: the chunks must cover exactly size bytes)
 * archiveLocation is a signed blob URL of the store above (plain GET, `Range: bytes=N-`).
 */

export type TwirpMethod = 'GetCacheEntryDownloadURL' | 'CreateCacheEntry' | 'FinalizeCacheEntryUpload';

export interface RecordedCacheRequest {
  method: string;
  /** URL path and query as received. */
  url: string;
  kind: 'twirp' | 'v1' | 'put-blob' | 'put-block' | 'put-block-list' | 'get-blob' | 'head-blob' | 'other';
  rpc?: string;
  /** Parsed JSON body for Twirp calls. */
  body?: unknown;
  bytes: number;
  range?: string;
  status: number;
  /** Validation/semantic error message returned to the client, when status ≥ 400. */
  error?: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  blob: string;
  createdAt: number;
  finalized: boolean;
  sizeBytes?: number;
}

export interface FakeActionsCache {
  /** Base URL for ACTIONS_RESULTS_URL (ends with '/'). */
  url: string;
  /** The ACTIONS_RUNTIME_TOKEN the fake accepts (default: a runner-like JWT, see fakeRuntimeToken). */
  token: string;
  port: number;
  requests: RecordedCacheRequest[];
  entries: CacheEntry[];
  blobs: Map<string, Buffer>;
  /** When set, every Twirp call (and blob request) answers this status with a Twirp/Azure error body. */
  failWith?: number;
  /** Only fail these RPCs (default: all) when failWith is set. */
  failOnly?: TwirpMethod[];
  /**
   * Only fail requests for keys matching this (default: all) when failWith is set: Twirp calls whose
   * key matches, and blob requests of entries whose key matches. Lets one client of a job fail
   * (BuildKit's `buildkit-blob-…`/`index-…`) while another (@actions/cache) works.
   */
  failKeys?: RegExp;
  twirp(method?: TwirpMethod): RecordedCacheRequest[];
  stop(): Promise<void>;
}

const SERVICE = 'github.actions.results.api.v1.CacheService';
const ACCOUNT = 'devstoreaccount1';
const CONTAINER = 'actions-cache';

type FieldType = 'string' | 'int64' | 'string[]' | 'metadata';
// From lib/generated/results/api/v1/cache.js (proto field names; the client sends these).
const REQUEST_FIELDS: Record<TwirpMethod, Record<string, FieldType>> = {
  GetCacheEntryDownloadURL: { metadata: 'metadata', key: 'string', restore_keys: 'string[]', version: 'string' },
  CreateCacheEntry: { metadata: 'metadata', key: 'string', version: 'string' },
  FinalizeCacheEntryUpload: { metadata: 'metadata', key: 'string', size_bytes: 'int64', version: 'string' },
};
// protobuf JSON accepts both the proto name and the lowerCamel JSON name on input.
const camel = (s: string): string => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const isInt64 = (v: unknown): boolean => (typeof v === 'string' && /^-?\d+$/.test(v)) || (typeof v === 'number' && Number.isInteger(v));

function checkMetadata(v: unknown, where: string): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new HttpError(400, 'malformed', `${where} must be an object (CacheMetadata)`);
  for (const [k, val] of Object.entries(v)) {
    if (k === 'repository_id' || k === 'repositoryId') {
      if (!isInt64(val)) throw new HttpError(400, 'malformed', `${where}.${k} must be an int64 (decimal string)`);
    } else if (k === 'scope') {
      if (!Array.isArray(val)) throw new HttpError(400, 'malformed', `${where}.scope must be an array of CacheScope`);
      val.forEach((s: unknown, i) => {
        if (typeof s !== 'object' || s === null) throw new HttpError(400, 'malformed', `${where}.scope[${i}] must be an object`);
        for (const [sk, sv] of Object.entries(s)) {
          if (sk === 'scope' && typeof sv === 'string') continue;
          if (sk === 'permission' && isInt64(sv)) continue;
          throw new HttpError(400, 'malformed', `${where}.scope[${i}].${sk}: unknown field or wrong type`);
        }
      });
    } else {
      throw new HttpError(400, 'malformed', `${where}: unknown field "${k}" in CacheMetadata`);
    }
  }
}

/** Validate a Twirp JSON body against the generated message shape; returns it with proto field names. */
function validateMessage(method: TwirpMethod, body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'malformed', `${method}: the body must be a JSON object`);
  const fields = REQUEST_FIELDS[method];
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    const proto = Object.keys(fields).find((f) => f === name || camel(f) === name);
    if (!proto) throw new HttpError(400, 'malformed', `${method}: unknown field "${name}" (the message has ${Object.keys(fields).join(', ')})`);
    if (proto in out) throw new HttpError(400, 'malformed', `${method}: field "${proto}" given twice`);
    const type = fields[proto]!;
    if (type === 'string' && typeof value !== 'string') throw new HttpError(400, 'malformed', `${method}: "${name}" must be a string`);
    if (type === 'int64' && !isInt64(value)) throw new HttpError(400, 'malformed', `${method}: "${name}" must be an int64 (decimal string)`);
    if (type === 'string[]' && !(Array.isArray(value) && value.every((x) => typeof x === 'string'))) throw new HttpError(400, 'malformed', `${method}: "${name}" must be an array of strings`);
    if (type === 'metadata') checkMetadata(value, `${method}: "${name}"`);
    out[proto] = value;
  }
  // Required by the service (proto3 has no `required`; the service rejects empty ones).
  const checkKey = (key: unknown, what: string): void => {
    if (typeof key !== 'string' || key === '') throw new HttpError(400, 'invalid_argument', `${method}: ${what} is required`);
    if (key.length > 512) throw new HttpError(400, 'invalid_argument', `${method}: ${what} is longer than 512 characters`);
    if (key.includes(',')) throw new HttpError(400, 'invalid_argument', `${method}: ${what} must not contain commas`);
  };
  checkKey(out.key, 'key');
  if (typeof out.version !== 'string' || !/^[0-9a-f]{64}$/.test(out.version)) throw new HttpError(400, 'invalid_argument', `${method}: version is required (64 lowercase hex: sha256 of paths|compression|salt), got ${JSON.stringify(out.version)}`);
  if (method === 'GetCacheEntryDownloadURL') {
    const restore = (out.restore_keys as string[] | undefined) ?? [];
    if (restore.length + 1 > 10) throw new HttpError(400, 'invalid_argument', `${method}: at most 10 keys (key + restore_keys)`);
    restore.forEach((k, i) => checkKey(k, `restore_keys[${i}]`));
  }
  if (method === 'FinalizeCacheEntryUpload') {
    if (out.size_bytes === undefined) throw new HttpError(400, 'invalid_argument', `${method}: size_bytes is required`);
    if (Number(out.size_bytes) <= 0) throw new HttpError(400, 'invalid_argument', `${method}: size_bytes must be positive`);
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolvePromise(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A cache scope of the runtime token (the JWT's `ac` claim): a ref, and 1 = read, 2 = write. */
export interface TokenScope {
  Scope: string;
  Permission: number;
}

/**
 * An ACTIONS_RUNTIME_TOKEN shaped like the runner's: a JWT whose `ac` claim is the JSON list of cache
 * scopes (the job's ref with read+write, then the refs it may read from), with `nbf` and `exp`.
 * @actions/cache only sends it as a bearer token; BuildKit's gha cache client
 * (github.com/tonistiigi/go-actions-cache) parses it (unverified) and refuses a token without those
 * claims, and names its cache index after the writable scope. Signed HS256 with a throwaway key.
 */
export function fakeRuntimeToken(scopes: TokenScope[] = [{ Scope: 'refs/heads/main', Permission: 3 }]): string {
  const now = Math.floor(Date.now() / 1000);
  const b64 = (v: object): string => Buffer.from(JSON.stringify(v)).toString('base64url');
  const head = `${b64({ typ: 'JWT', alg: 'HS256' })}.${b64({ ac: JSON.stringify(scopes), nbf: now - 60, iat: now - 60, exp: now + 6 * 3600, iss: 'blackbelt-fake-actions-cache' })}`;
  return `${head}.${createHmac('sha256', randomBytes(32)).update(head).digest('base64url')}`;
}

export async function startFakeActionsCache(options: { token?: string } = {}): Promise<FakeActionsCache> {
  const token = options.token ?? fakeRuntimeToken();
  const entries: CacheEntry[] = [];
  const blobs = new Map<string, Buffer>();
  const staged = new Map<string, Map<string, Buffer>>(); // blob → blockid → data
  const sigs = new Map<string, { sig: string; perms: string }[]>(); // blob → issued SAS
  let nextId = 1;
  let clock = 0;

  const signedUrl = (blob: string, perms: string): string => {
    const sig = randomBytes(24).toString('base64');
    const list = sigs.get(blob) ?? [];
    list.push({ sig, perms });
    sigs.set(blob, list);
    const q = new URLSearchParams({ sv: '2024-08-04', se: new Date(Date.now() + 3600_000).toISOString(), sr: 'b', sp: perms, sig });
    return `${fake.url}${ACCOUNT}/${CONTAINER}/${blob}?${q.toString()}`;
  };

  const lookup = (key: string, restoreKeys: string[], version: string): CacheEntry | undefined => {
    const visible = entries.filter((e) => e.finalized && e.version === version);
    const exact = (k: string): CacheEntry | undefined => visible.filter((e) => e.key === k).sort((a, b) => b.createdAt - a.createdAt)[0];
    const hit = exact(key);
    if (hit) return hit;
    for (const r of restoreKeys) {
      const m = exact(r) ?? visible.filter((e) => e.key.startsWith(r)).sort((a, b) => b.createdAt - a.createdAt)[0];
      if (m) return m;
    }
    return undefined;
  };

  const rpc = (method: TwirpMethod, msg: Record<string, unknown>): object => {
    const key = msg.key as string;
    const version = msg.version as string;
    if (method === 'GetCacheEntryDownloadURL') {
      const hit = lookup(key, (msg.restore_keys as string[] | undefined) ?? [], version);
      // Twirp's JSON marshaller emits unpopulated fields, with proto names.
      if (!hit) return { ok: false, signed_download_url: '', matched_key: '' };
      return { ok: true, signed_download_url: signedUrl(hit.blob, 'r'), matched_key: hit.key };
    }
    if (method === 'CreateCacheEntry') {
      if (entries.some((e) => e.key === key && e.version === version)) throw new HttpError(409, 'already_exists', 'cache entry with the same key, version, and scope already exists');
      const entry: CacheEntry = { id: nextId++, key, version, blob: `${createHash('sha256').update(`${key}\0${version}`).digest('hex')}.tzst`, createdAt: ++clock, finalized: false };
      entries.push(entry);
      return { ok: true, signed_upload_url: signedUrl(entry.blob, 'cw'), message: '' };
    }
    const entry = entries.find((e) => e.key === key && e.version === version && !e.finalized);
    if (!entry) throw new HttpError(404, 'not_found', `FinalizeCacheEntryUpload: no pending entry for key ${key} and version ${version} (CreateCacheEntry first)`);
    const data = blobs.get(entry.blob);
    if (!data) throw new HttpError(400, 'failed_precondition', `FinalizeCacheEntryUpload: nothing was uploaded to the signed URL for key ${key}`);
    if (data.length !== Number(msg.size_bytes)) throw new HttpError(400, 'invalid_argument', `FinalizeCacheEntryUpload: size_bytes ${String(msg.size_bytes)} but the blob has ${data.length} bytes`);
    entry.finalized = true;
    entry.sizeBytes = data.length;
    return { ok: true, entry_id: String(entry.id), message: '' };
  };

  const handleTwirp = async (req: IncomingMessage, res: ServerResponse, rec: RecordedCacheRequest, method: string): Promise<void> => {
    const raw = await readBody(req);
    rec.bytes = raw.length;
    if (!(method in REQUEST_FIELDS)) throw new HttpError(404, 'bad_route', `no such method ${SERVICE}/${method}`);
    rec.rpc = method;
    if (req.method !== 'POST') throw new HttpError(404, 'bad_route', `${method} must be POST, got ${req.method}`);
    const ct = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (ct !== 'application/json') throw new HttpError(404, 'bad_route', `${method}: Content-Type must be application/json (Twirp JSON), got ${JSON.stringify(req.headers['content-type'] ?? '')}`);
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ')) throw new HttpError(401, 'unauthenticated', `${method}: missing Authorization: Bearer <ACTIONS_RUNTIME_TOKEN>`);
    if (auth.slice(7) !== token) throw new HttpError(401, 'unauthenticated', `${method}: the bearer token is not this job's ACTIONS_RUNTIME_TOKEN`);
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new HttpError(400, 'malformed', `${method}: the body is not JSON`);
    }
    rec.body = body;
    const msg = validateMessage(method as TwirpMethod, body);
    if (fake.failWith && (!fake.failOnly || fake.failOnly.includes(method as TwirpMethod)) && (!fake.failKeys || fake.failKeys.test(String(msg.key)))) throw new HttpError(fake.failWith, 'internal', `fake cache service: injected failure ${fake.failWith}`);
    const out = rpc(method as TwirpMethod, msg);
    rec.status = 200;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(out));
  };

  const v1Chunks = new Map<number, Array<{ start: number; data: Buffer }>>(); // entry id → uploaded chunks

  const handleV1 = async (req: IncomingMessage, res: ServerResponse, rec: RecordedCacheRequest, url: URL, route: string): Promise<void> => {
    const raw = await readBody(req);
    rec.bytes = raw.length;
    rec.rpc = `${req.method} ${route.replace(/\d+$/, '<id>')}`;
    const auth = req.headers.authorization ?? '';
    if (auth !== `Bearer ${token}`) throw new HttpError(401, 'unauthenticated', `${rec.rpc}: missing or wrong Authorization: Bearer <ACTIONS_RUNTIME_TOKEN>`);
    const json = (): Record<string, unknown> => {
      try {
        const v = JSON.parse(raw.toString('utf8')) as unknown;
        if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
      } catch {
        /* below */
      }
      throw new HttpError(400, 'malformed', `${rec.rpc}: the body must be a JSON object`);
    };
    const version = (v: unknown): string => {
      if (typeof v !== 'string' || !/^[0-9a-f]{64}$/.test(v)) throw new HttpError(400, 'invalid_argument', `${rec.rpc}: version must be 64 lowercase hex, got ${JSON.stringify(v)}`);
      return v;
    };
    const failing = (key: string): boolean => Boolean(fake.failWith && !fake.failOnly && (!fake.failKeys || fake.failKeys.test(key)));
    const reply = (status: number, body?: object): void => {
      rec.status = status;
      res.writeHead(status, body ? { 'content-type': 'application/json' } : {});
      res.end(body ? JSON.stringify(body) : undefined);
    };
    if (req.method === 'GET' && route === 'cache') {
      const keys = (url.searchParams.get('keys') ?? '').split(',').filter(Boolean);
      if (!keys.length) throw new HttpError(400, 'invalid_argument', 'GET cache: keys is required');
      if (keys.length > 10) throw new HttpError(400, 'invalid_argument', 'GET cache: at most 10 keys');
      const v = version(url.searchParams.get('version'));
      if (failing(keys[0]!)) throw new HttpError(fake.failWith!, 'internal', `fake cache service: injected failure ${fake.failWith}`);
      // v1 tries every key, the first one too, exactly and then as a prefix (clients check exactness
      // themselves; BuildKit finds its newest `index-…#N` entry that way).
      const hit = lookup(keys[0]!, keys, v);
      if (!hit) return reply(204);
      return reply(200, { cacheKey: hit.key, scope: 'refs/heads/main', archiveLocation: signedUrl(hit.blob, 'r') });
    }
    if (req.method === 'POST' && route === 'caches') {
      const body = json();
      if (typeof body.key !== 'string' || !body.key || body.key.length > 512 || body.key.includes(',')) throw new HttpError(400, 'invalid_argument', `POST caches: key must be a non-empty string of at most 512 characters without commas, got ${JSON.stringify(body.key)}`);
      const v = version(body.version);
      if (failing(body.key)) throw new HttpError(fake.failWith!, 'internal', `fake cache service: injected failure ${fake.failWith}`);
      if (entries.some((e) => e.key === body.key && e.version === v)) throw new HttpError(409, 'already_exists', `Cache already exists. Scope: refs/heads/main, Key: ${body.key}, Version: ${v}`);
      const entry: CacheEntry = { id: nextId++, key: body.key, version: v, blob: `${createHash('sha256').update(`${body.key}\0${v}`).digest('hex')}.v1`, createdAt: ++clock, finalized: false };
      entries.push(entry);
      v1Chunks.set(entry.id, []);
      return reply(201, { cacheId: entry.id });
    }
    const idMatch = /^caches\/(\d+)$/.exec(route);
    const entry = idMatch ? entries.find((e) => e.id === Number(idMatch[1])) : undefined;
    if (idMatch && (!entry || entry.finalized || !v1Chunks.has(entry.id))) throw new HttpError(404, 'not_found', `${rec.rpc}: no cache reservation ${idMatch[1]} pending`);
    if (entry && failing(entry.key)) throw new HttpError(fake.failWith!, 'internal', `fake cache service: injected failure ${fake.failWith}`);
    if (req.method === 'PATCH' && entry) {
      const range = /^bytes (\d+)-(\d+)\/\*$/.exec(String(req.headers['content-range'] ?? ''));
      if (!range) throw new HttpError(400, 'invalid_argument', `PATCH caches/<id>: Content-Range must be "bytes a-b/*", got ${JSON.stringify(req.headers['content-range'])}`);
      const start = Number(range[1]);
      if (Number(range[2]) - start + 1 !== raw.length) throw new HttpError(400, 'invalid_argument', `PATCH caches/<id>: Content-Range ${range[0]} does not match the ${raw.length}-byte body`);
      v1Chunks.get(entry.id)!.push({ start, data: raw });
      return reply(204);
    }
    if (req.method === 'POST' && entry) {
      const size = json().size;
      if (typeof size !== 'number' || !Number.isInteger(size) || size < 0) throw new HttpError(400, 'invalid_argument', `POST caches/<id>: size must be a non-negative integer, got ${JSON.stringify(size)}`);
      const chunks = v1Chunks.get(entry.id)!.sort((a, b) => a.start - b.start);
      let at = 0;
      for (const c of chunks) {
        if (c.start !== at) throw new HttpError(400, 'invalid_argument', `POST caches/<id>: the uploaded chunks leave a gap or overlap at byte ${at}`);
        at += c.data.length;
      }
      if (at !== size) throw new HttpError(400, 'invalid_argument', `POST caches/<id>: size ${size} but ${at} bytes were uploaded`);
      blobs.set(entry.blob, Buffer.concat(chunks.map((c) => c.data)));
      v1Chunks.delete(entry.id);
      entry.finalized = true;
      entry.sizeBytes = size;
      return reply(204);
    }
    throw new HttpError(404, 'bad_route', `no v1 route for ${req.method} /_apis/artifactcache/${route}`);
  };

  const blobHeaders = (extra: Record<string, string> = {}): Record<string, string> => ({
    'x-ms-request-id': randomBytes(16).toString('hex'),
    'x-ms-version': '2024-08-04',
    date: new Date().toUTCString(),
    ...extra,
  });

  const handleBlob = async (req: IncomingMessage, res: ServerResponse, rec: RecordedCacheRequest, url: URL, blob: string): Promise<void> => {
    const raw = req.method === 'PUT' ? await readBody(req) : Buffer.alloc(0);
    rec.bytes = raw.length;
    const comp = url.searchParams.get('comp');
    rec.kind = req.method === 'PUT' ? (comp === 'block' ? 'put-block' : comp === 'blocklist' ? 'put-block-list' : 'put-blob') : req.method === 'HEAD' ? 'head-blob' : 'get-blob';
    const need = req.method === 'PUT' ? 'w' : 'r';
    const sig = url.searchParams.get('sig');
    const grant = (sigs.get(blob) ?? []).find((s) => s.sig === sig);
    if (!grant) throw new HttpError(403, 'AuthenticationFailed', `no SAS issued for ${blob} with this sig`);
    if (!grant.perms.includes(need)) throw new HttpError(403, 'AuthorizationPermissionMismatch', `the SAS (sp=${grant.perms}) does not allow ${req.method}`);
    const owner = entries.find((e) => e.blob === blob);
    if (fake.failWith && !fake.failOnly && (!fake.failKeys || (owner !== undefined && fake.failKeys.test(owner.key)))) throw new HttpError(fake.failWith, 'InternalError', `fake blob store: injected failure ${fake.failWith}`);
    if (req.method === 'PUT') {
      const declared = req.headers['content-length'];
      if (declared === undefined || Number(declared) !== raw.length) throw new HttpError(411, 'MissingContentLengthHeader', `Content-Length ${String(declared)} does not match the ${raw.length}-byte body`);
      const entry = entries.find((e) => e.blob === blob);
      if (entry?.finalized) throw new HttpError(409, 'BlobImmutableDueToPolicy', `${blob} belongs to a finalized cache entry`);
      const etag = `"0x${randomBytes(8).toString('hex').toUpperCase()}"`;
      if (comp === 'block') {
        const id = url.searchParams.get('blockid');
        if (!id || Buffer.from(id, 'base64').toString('base64') !== id) throw new HttpError(400, 'InvalidQueryParameterValue', `blockid must be base64, got ${JSON.stringify(id)}`);
        const blocks = staged.get(blob) ?? new Map<string, Buffer>();
        blocks.set(id, raw);
        staged.set(blob, blocks);
        rec.status = 201;
        res.writeHead(201, blobHeaders({ 'content-md5': createHash('md5').update(raw).digest('base64'), 'x-ms-request-server-encrypted': 'true', 'content-length': '0' }));
        res.end();
        return;
      }
      if (comp === 'blocklist') {
        const xml = raw.toString('utf8');
        if (!/<BlockList>/.test(xml)) throw new HttpError(400, 'InvalidXmlDocument', 'Put Block List: the body must be <BlockList>…</BlockList>');
        const ids = [...xml.matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((m) => m[2]!);
        const blocks = staged.get(blob) ?? new Map<string, Buffer>();
        const missing = ids.filter((id) => !blocks.has(id));
        if (ids.length === 0 || missing.length) throw new HttpError(400, 'InvalidBlockList', `Put Block List: unknown block id(s) ${missing.join(', ') || '(none listed)'}`);
        blobs.set(blob, Buffer.concat(ids.map((id) => blocks.get(id)!)));
        staged.delete(blob);
        rec.status = 201;
        res.writeHead(201, blobHeaders({ etag, 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true', 'content-length': '0' }));
        res.end();
        return;
      }
      if (comp) throw new HttpError(400, 'UnsupportedQueryParameter', `comp=${comp} is not supported by the fake`);
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') throw new HttpError(400, 'MissingRequiredHeader', `Put Blob needs x-ms-blob-type: BlockBlob, got ${JSON.stringify(req.headers['x-ms-blob-type'])}`);
      blobs.set(blob, raw);
      rec.status = 201;
      res.writeHead(201, blobHeaders({ etag, 'last-modified': new Date().toUTCString(), 'content-md5': createHash('md5').update(raw).digest('base64'), 'x-ms-request-server-encrypted': 'true', 'content-length': '0' }));
      res.end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'UnsupportedHttpVerb', `${req.method} is not supported`);
    const data = blobs.get(blob);
    if (!data) throw new HttpError(404, 'BlobNotFound', `${blob} does not exist`);
    const range = req.headers.range ?? req.headers['x-ms-range'];
    const base = { 'content-type': 'application/octet-stream', 'accept-ranges': 'bytes', 'x-ms-blob-type': 'BlockBlob', etag: '"0x1"', 'last-modified': new Date(0).toUTCString() };
    if (typeof range === 'string') {
      rec.range = range;
      const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
      let start = m && m[1] !== '' ? Number(m[1]) : NaN;
      let end = m && m[2] !== '' ? Number(m[2]) : data.length - 1;
      if (m && m[1] === '' && m[2] !== '') {
        start = Math.max(0, data.length - Number(m[2]));
        end = data.length - 1;
      }
      if (!m || Number.isNaN(start) || start >= data.length || end < start) {
        rec.status = 416;
        res.writeHead(416, blobHeaders({ 'content-range': `bytes */${data.length}`, 'x-ms-error-code': 'InvalidRange' }));
        res.end();
        return;
      }
      end = Math.min(end, data.length - 1);
      const slice = data.subarray(start, end + 1);
      rec.status = 206;
      res.writeHead(206, blobHeaders({ ...base, 'content-length': String(slice.length), 'content-range': `bytes ${start}-${end}/${data.length}` }));
      res.end(req.method === 'HEAD' ? undefined : slice);
      return;
    }
    rec.status = 200;
    res.writeHead(200, blobHeaders({ ...base, 'content-length': String(data.length) }));
    res.end(req.method === 'HEAD' ? undefined : data);
  };

  const fake: FakeActionsCache = {
    url: '',
    token,
    port: 0,
    requests: [],
    entries,
    blobs,
    twirp: (method) => fake.requests.filter((r) => r.kind === 'twirp' && (!method || r.rpc === method)),
    stop: () =>
      new Promise((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeAllConnections();
      }),
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rec: RecordedCacheRequest = { method: req.method ?? '?', url: req.url ?? '', kind: 'other', bytes: 0, status: 0, headers: { ...req.headers } };
    fake.requests.push(rec);
    const twirp = new RegExp(`^/twirp/${SERVICE.replace(/\./g, '\\.')}/([A-Za-z]+)$`).exec(url.pathname);
    const blob = new RegExp(`^/${ACCOUNT}/${CONTAINER}/([^/]+)$`).exec(url.pathname);
    const v1 = /^\/_apis\/artifactcache\/(.+)$/.exec(url.pathname);
    const work = twirp
      ? ((rec.kind = 'twirp'), handleTwirp(req, res, rec, twirp[1]!))
      : v1
        ? ((rec.kind = 'v1'), handleV1(req, res, rec, url, v1[1]!))
        : blob
          ? handleBlob(req, res, rec, url, decodeURIComponent(blob[1]!))
          : Promise.reject(new HttpError(404, 'bad_route', `no route for ${req.method} ${url.pathname}`));
    work.catch((e: unknown) => {
      const err = e instanceof HttpError ? e : new HttpError(500, 'internal', `fake cache: ${(e as Error).message}`);
      rec.status = err.status;
      rec.error = err.message;
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (rec.kind === 'twirp' || rec.kind === 'v1' || rec.kind === 'other') {
        res.writeHead(err.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: err.code, msg: err.message }));
      } else {
        const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${err.code}</Code><Message>${xmlEscape(err.message)}</Message></Error>`;
        res.writeHead(err.status, blobHeaders({ 'content-type': 'application/xml', 'x-ms-error-code': err.code, 'content-length': String(Buffer.byteLength(body)) }));
        res.end(req.method === 'HEAD' ? undefined : body);
      }
    });
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolvePromise());
  });
  fake.port = (server.address() as AddressInfo).port;
  fake.url = `http://127.0.0.1:${fake.port}/`;
  return fake;
}
