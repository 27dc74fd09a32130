/**
 * The runner's workflow-command protocol (annotations, masking, groups, logs) and file commands
 * (GITHUB_OUTPUT/ENV/STATE/PATH), implemented to the same wire format as @actions/core.
 *
 * Why not import @actions/core: its entry pulls in the OIDC HTTP client (~1 MB bundled), which
 * costs every step ~45 ms of cold start for a feature we never use. test/shared/workflow.test.ts
 * checks that this module writes byte-for-byte what @actions/core writes.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, writeSync } from 'node:fs';
import { EOL } from 'node:os';
import { delimiter } from 'node:path';

export enum ExitCode {
  Success = 0,
  Failure = 1,
}

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return input as string;
  return JSON.stringify(input);
}

function escapeData(s: unknown): string {
  return toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: unknown): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

let syncStdout = false;

/**
 * Write logs and workflow commands with fs.writeSync(1) instead of process.stdout: Node then never
 * creates process.stdout (for the runner's pipe, a net.Socket: `net` and the stream modules loaded,
 * ~3–5 ms of a cold start). Only for an action whose own code never writes through process.stdout
 * (verify-lockfile) — mixing the two could reorder lines.
 */
export function useSyncStdout(): void {
  syncStdout = true;
}

const WAIT = new Int32Array(new SharedArrayBuffer(4));

function out(text: string): void {
  if (!syncStdout) {
    process.stdout.write(text);
    return;
  }
  const buf = Buffer.from(text, 'utf8');
  for (let off = 0; off < buf.length; ) {
    try {
      off += writeSync(1, buf, off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') Atomics.wait(WAIT, 0, 0, 1); // a non-blocking pipe that is full: wait for the reader
      else if (code === 'EPIPE') return; // nobody reads the log any more
      else throw e;
    }
  }
}

/** The local CLI (`blackbelt …`) has no runner to interpret commands: print them as plain text. */
function cliText(command: string, properties: Record<string, unknown>, message: unknown): string | undefined {
  const text = toCommandValue(message);
  switch (command) {
    case 'group':
      return `── ${text}`;
    case 'endgroup':
    case 'add-mask':
      return undefined;
    case 'debug':
      return process.env.BLACKBELT_DEBUG === '1' ? `debug: ${text}` : undefined;
    case 'error':
    case 'warning':
    case 'notice': {
      const where = properties.file ? `${String(properties.file)}${properties.line ? `:${String(properties.line)}` : ''}: ` : '';
      const title = properties.title ? `${String(properties.title)}: ` : '';
      process.stderr.write(`${command}: ${where}${title}${text}${EOL}`);
      return undefined;
    }
    default:
      return text;
  }
}

/** `::name key=value,...::message` on stdout. */
export function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  if (process.env.BLACKBELT_CLI === '1') {
    const line = cliText(command, properties, message);
    if (line !== undefined) out(line + EOL);
    return;
  }
  const props = Object.entries(properties)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(',');
  out(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

function fileCommand(kind: 'OUTPUT' | 'ENV' | 'STATE' | 'PATH', message: string): void {
  const path = process.env[`GITHUB_${kind}`];
  if (!path) throw new Error(`Unable to find environment variable for file command ${kind}`);
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  appendFileSync(path, `${message}${EOL}`, { encoding: 'utf8' });
}

function keyValue(key: string, value: unknown): string {
  const marker = `ghadelimiter_${randomUUID()}`;
  const text = toCommandValue(value);
  if (key.includes(marker) || text.includes(marker)) throw new Error('Unexpected input: contains the heredoc delimiter');
  return `${key}<<${marker}${EOL}${text}${EOL}${marker}`;
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) return fileCommand('OUTPUT', keyValue(name, value));
  out(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function exportVariable(name: string, value: unknown): void {
  process.env[name] = toCommandValue(value);
  if (process.env.GITHUB_ENV) return fileCommand('ENV', keyValue(name, value));
  issueCommand('set-env', { name }, toCommandValue(value));
}

export function saveState(name: string, value: unknown): void {
  if (process.env.GITHUB_STATE) return fileCommand('STATE', keyValue(name, value));
  issueCommand('save-state', { name }, toCommandValue(value));
}

export function addPath(dir: string): void {
  if (process.env.GITHUB_PATH) fileCommand('PATH', dir);
  else issueCommand('add-path', {}, dir);
  process.env.PATH = `${dir}${delimiter}${process.env.PATH}`;
}

/** Mask a value in every later log line (the runner consumes the command itself). */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

function annotation(level: 'error' | 'warning' | 'notice', message: string | Error, props: AnnotationProperties = {}): void {
  const text = message instanceof Error ? message.toString() : message;
  issueCommand(
    level,
    Object.keys(props).length
      ? { title: props.title, file: props.file, line: props.startLine, endLine: props.endLine, col: props.startColumn, endColumn: props.endColumn }
      : {},
    text,
  );
}

export const error = (message: string | Error, props?: AnnotationProperties): void => annotation('error', message, props);
export const warning = (message: string | Error, props?: AnnotationProperties): void => annotation('warning', message, props);
export const notice = (message: string | Error, props?: AnnotationProperties): void => annotation('notice', message, props);

export function setFailed(message: string | Error): void {
  process.exitCode = ExitCode.Failure;
  error(message);
}

export function info(message: string): void {
  out(message + EOL);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1';
}

export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  startGroup(name);
  try {
    return await fn();
  } finally {
    endGroup();
  }
}
