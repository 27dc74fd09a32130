import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseOutputFile } from '../../actions/shared/runner-files.js';
import { REPO_ROOT, runnerNode, type NodeRuntime } from './runtimes.js';

export interface ParsedAnnotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  title?: string;
}

export interface ActionRun {
  exitCode: number;
  outputs: Record<string, string>;
  env: Record<string, string>;
  state: Record<string, string>;
  path: string[];
  annotations: ParsedAnnotation[];
  summary: string;
  /** stdout + stderr, interleaved as far as pipes allow. */
  log: string;
  stdout: string;
  stderr: string;
  durationMs: number;
  tempDir: string;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  /** Extra environment (merged over a minimal runner-like environment). */
  env?: Record<string, string>;
  workspace?: string;
  node?: NodeRuntime;
  timeoutMs?: number;
  /** Bundle path override (default: action.yml's runs.main). */
  bundle?: string;
  /** Folder holding action.yml (default actions/<action>). */
  actionDir?: string;
}

interface ActionMetadata {
  inputs?: Record<string, { default?: unknown; required?: boolean }>;
  runs?: { using?: string; main?: string };
}

export function readActionMetadata(action: string, actionDir = join(REPO_ROOT, 'actions', action)): ActionMetadata {
  return parseYaml(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as ActionMetadata;
}

/** The runner evaluates `${{ … }}` in defaults; we know github.token (empty here, like a fork PR). */
function evaluateExpression(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{\{\s*github\.token\s*\}\}/g, env.GITHUB_TOKEN ?? '').replace(/\$\{\{[^}]*\}\}/g, '');
}

/** Decode the `::cmd key=val,...::message` workflow-command escaping (actions/toolkit command.ts). */
function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

export function parseAnnotations(stdout: string): ParsedAnnotation[] {
  const found: ParsedAnnotation[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const a: ParsedAnnotation = { level: m[1] as ParsedAnnotation['level'], message: unescapeData(m[3] ?? '') };
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      const key = pair.slice(0, eq);
      const value = unescapeProperty(pair.slice(eq + 1));
      if (key === 'file') a.file = value;
      else if (key === 'line') a.line = Number(value);
      else if (key === 'endLine') a.endLine = Number(value);
      else if (key === 'col') a.col = Number(value);
      else if (key === 'title') a.title = value;
    }
    found.push(a);
  }
  return found;
}

/**
 * Run a built action bundle exactly as GitHub's runner does: defaults from action.yml, INPUT_* env
 * (upper-cased, spaces → '_', hyphens kept), file commands in temp files, GITHUB_WORKSPACE, and
 * `node <main>` with the action directory's main path.
 */
export async function runAction(action: string, options: RunOptions = {}): Promise<ActionRun> {
  const actionDir = options.actionDir ?? join(REPO_ROOT, 'actions', action);
  const meta = readActionMetadata(action, actionDir);
  const tempDir = mkdtempSync(join(tmpdir(), `bb-${action}-`));
  const runnerTemp = join(tempDir, 'runner-temp');
  mkdirSync(runnerTemp);
  const workspace = options.workspace ?? join(tempDir, 'workspace');
  if (!existsSync(workspace)) mkdirSync(workspace, { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(tempDir, 'output'),
    GITHUB_ENV: join(tempDir, 'env'),
    GITHUB_STATE: join(tempDir, 'state'),
    GITHUB_PATH: join(tempDir, 'path'),
    GITHUB_STEP_SUMMARY: join(tempDir, 'summary.md'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? tempDir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    GITHUB_REPOSITORY: 'acme/service',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_ACTION_PATH: actionDir,
    // Never let a test pull from the internet (there is none here).
    BLACKBELT_NO_PULL: '1',
    ...files,
    ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}),
    ...options.env,
  };
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    if (spec.default !== undefined && spec.default !== null) {
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = evaluateExpression(String(spec.default), env);
    }
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const node = options.node ?? runnerNode();
  const bundle = options.bundle ?? join(actionDir, meta.runs?.main ?? `../../dist/${action}/index.js`);
  const started = Date.now();
  const { code, stdout, stderr, log } = await new Promise<{ code: number; stdout: string; stderr: string; log: string }>((resolvePromise, reject) => {
    const child = spawn(node.path, [bundle], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let all = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      all += b.toString();
    });
    child.stderr.on('data', (b: Buffer) => {
      err += b.toString();
      all += b.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 10 * 60_000);
    child.on('error', reject);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolvePromise({ code: c ?? 1, stdout: out, stderr: err, log: all });
    });
  });

  return {
    exitCode: code,
    outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    env: parseOutputFile(readFileSync(files.GITHUB_ENV, 'utf8')),
    state: parseOutputFile(readFileSync(files.GITHUB_STATE, 'utf8')),
    path: readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean),
    annotations: parseAnnotations(stdout),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    log,
    stdout,
    stderr,
    durationMs: Date.now() - started,
    tempDir,
  };
}

/** True when the log shows a JavaScript stack trace (what users must never see). */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+\(.+:\d+:\d+\)/.test(text) || /^\s+at .+:\d+:\d+$/m.test(text);
}
