import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { REPO_ROOT } from './runtimes.js';

/**
 * A local stand-in for api.github.com that validates every request body against GitHub's published
 * OpenAPI description (@octokit/openapi), records requests, and answers like GitHub would.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  route: string;
  body: unknown;
  authorization?: string;
  /** Validation errors against the OpenAPI request schema (empty = valid). */
  errors: string[];
}

interface OpenApiOperation {
  requestBody?: { content?: { 'application/json'?: { schema?: object } } };
}

let spec: { paths: Record<string, Record<string, OpenApiOperation>> } | undefined;
function openApi() {
  spec ??= JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules/@octokit/openapi/generated/api.github.com.deref.json'), 'utf8'));
  return spec!;
}

const ajv = new Ajv({ strict: false, allErrors: true });
const validators = new Map<string, ValidateFunction>();

function routeFor(method: string, path: string): string | undefined {
  const bare = path.split('?')[0]!;
  for (const template of Object.keys(openApi().paths)) {
    if (!openApi().paths[template]![method.toLowerCase()]) continue;
    const re = new RegExp('^' + template.replace(/\{[^}]+\}/g, '[^/]+') + '$');
    if (re.test(bare)) return template;
  }
  return undefined;
}

function validate(method: string, route: string, body: unknown): string[] {
  const key = `${method} ${route}`;
  let fn = validators.get(key);
  if (!fn) {
    const schema = openApi().paths[route]![method.toLowerCase()]!.requestBody?.content?.['application/json']?.schema;
    if (!schema) return [];
    fn = ajv.compile(schema);
    validators.set(key, fn);
  }
  return fn(body) ? [] : (fn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  /** Force an HTTP status for the next requests (e.g. 403 to simulate missing `checks: write`). */
  failWith?: number;
  close(): Promise<void>;
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const fake: FakeGitHub = { url: '', requests: [], close: async () => undefined };
  let nextId = 1000;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = req.method ?? 'GET';
      const path = req.url ?? '/';
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = undefined;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      const route = routeFor(method, path);
      const errors = route ? validate(method, route, body) : [`no such endpoint in GitHub's OpenAPI description: ${method} ${path}`];
      fake.requests.push({ method, path, route: route ?? '', body, authorization: req.headers.authorization, errors });
      res.setHeader('content-type', 'application/json');
      if (fake.failWith) {
        res.statusCode = fake.failWith;
        res.end(JSON.stringify({ message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }));
        return;
      }
      if (errors.length) {
        res.statusCode = 422;
        res.end(JSON.stringify({ message: 'Validation Failed', errors }));
        return;
      }
      res.statusCode = method === 'POST' ? 201 : 200;
      const id = /check-runs\/(\d+)/.exec(path)?.[1];
      res.end(JSON.stringify({ id: id ? Number(id) : nextId++, ...(typeof body === 'object' ? body : {}) }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  fake.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  fake.close = () => new Promise((r) => server.close(() => r()));
  return fake;
}
