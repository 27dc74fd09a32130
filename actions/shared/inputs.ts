import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from './errors.js';

/**
 * Typed action inputs. The runner passes each input as INPUT_<NAME> (upper-cased, spaces → '_',
 * hyphens kept). Every error names the input and says what a valid value looks like.
 */
export function rawInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function getString(name: string, fallback = ''): string {
  return rawInput(name) || fallback;
}

export function getRequired(name: string, example?: string): string {
  const value = rawInput(name);
  if (!value) {
    throw new UserError(`Input "${name}" is required but was empty.`, {
      title: `missing input: ${name}`,
      hint: `Set it in the step's "with:" block${example ? `, e.g. ${name}: ${example}` : ''}.`,
    });
  }
  return value;
}

const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);

/** Booleans with a default for empty values (core.getBooleanInput throws on ''). */
export function getBoolean(name: string, fallback: boolean): boolean {
  const value = rawInput(name).toLowerCase();
  if (!value) return fallback;
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new UserError(`Input "${name}" must be true or false, got "${rawInput(name)}".`, { title: `invalid input: ${name}` });
}

export function getChoice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const value = rawInput(name).toLowerCase();
  if (!value) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UserError(`Input "${name}" must be one of ${choices.join(', ')}; got "${rawInput(name)}".`, { title: `invalid input: ${name}` });
}

/** Newline- or comma-separated list; blank entries and `#` comments are dropped. */
export function getList(name: string, options: { commas?: boolean } = {}): string[] {
  const splitter = options.commas === false ? /\r?\n/ : /\r?\n|,/;
  return rawInput(name)
    .split(splitter)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Parse "90", "90s", "1m30s", "250ms", "2h" into milliseconds (a bare number means seconds). */
export function parseDuration(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(t)) return Math.round(Number(t) * 1000);
  const parts = [...t.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (!parts.length || parts.map((p) => p[0]).join('') !== t) return undefined;
  return Math.round(parts.reduce((sum, p) => sum + Number(p[1]) * UNIT_MS[p[2]!]!, 0));
}

export function getDuration(name: string, fallback: string): number {
  const text = rawInput(name) || fallback;
  const ms = parseDuration(text);
  if (ms === undefined) {
    throw new UserError(`Input "${name}" must be a duration like 30s, 5m, 1m30s or 250ms; got "${text}".`, { title: `invalid input: ${name}` });
  }
  return ms;
}

export function getInteger(name: string, fallback: number, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): number {
  const text = rawInput(name);
  if (!text) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UserError(`Input "${name}" must be a whole number between ${min} and ${max}; got "${text}".`, { title: `invalid input: ${name}` });
  }
  return n;
}

export function workspaceRoot(): string {
  return resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}

/**
 * Resolve a user path inside the workspace. Paths that escape it (`..`, absolute paths elsewhere,
 * symlinks pointing out) are refused: an action must not read or write outside the checkout.
 */
export function confinePath(name: string, value: string, root = workspaceRoot()): string {
  const target = resolve(root, value);
  const check = (abs: string, base: string): boolean => {
    const rel = relative(base, abs);
    return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
  };
  let ok = check(target, root);
  let real = target;
  if (ok && existsSync(target)) {
    const realRoot = existsSync(root) ? realpathSync(root) : root;
    real = realpathSync(target);
    ok = check(real, realRoot);
  }
  if (!ok) {
    // Through a symlink the path itself is under the root: name where it really leads.
    const resolved = real === target ? target : `${target} (through a symlink: ${real})`;
    throw new UserError(`Input "${name}" points outside the workspace: "${value}" resolves to ${resolved}, which is not under ${root}.`, {
      title: `invalid input: ${name}`,
      hint: 'Use a path relative to the repository root (GITHUB_WORKSPACE).',
    });
  }
  return target;
}

export function getWorkspacePath(name: string, fallback = '.'): string {
  return confinePath(name, rawInput(name) || fallback);
}

/** Workspace-relative form of a path, for annotations (GitHub wants repo-relative paths). */
export function relativeToWorkspace(path: string, root = workspaceRoot()): string {
  const rel = relative(root, path);
  return rel.split(sep).join('/') || '.';
}
