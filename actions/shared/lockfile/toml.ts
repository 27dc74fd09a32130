/**
 * TOML parsing with user-facing errors, a line index for annotations, and a
 * size/binary-checked file reader.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parse, TomlError } from 'smol-toml';
import { parseLockToml } from './fasttoml.js';
import { UserError } from '../errors.js';
import type { Finding } from './types.js';

export type TomlTable = Record<string, unknown>;

/** Default cap for files a checker reads (manifests, lockfiles). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Path of `file` relative to `workspace`, with `/` separators (for annotations). */
export function relPath(workspace: string, file: string): string {
  const rel = path.relative(workspace, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return file.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}

/**
 * Read a text file, refusing files over `maxBytes`, binary content (NUL bytes) and
 * invalid UTF-8. A leading BOM is dropped. `displayPath` is used in messages.
 */
export function readProjectFile(file: string, maxBytes: number = DEFAULT_MAX_BYTES, displayPath: string = file): string {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) {
      throw new UserError(`${displayPath} is not a regular file.`, { title: 'unreadable file', location: { file: displayPath } });
    }
    size = st.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `${displayPath} does not exist.` : `Cannot read ${displayPath}: ${(err as Error).message}`, {
      title: code === 'ENOENT' ? 'file not found' : 'unreadable file',
      location: { file: displayPath },
      cause: err,
    });
  }
  if (size > maxBytes) {
    throw new UserError(`${displayPath} is ${size} bytes, over the ${maxBytes}-byte limit for a manifest or lockfile.`, {
      title: 'file too large',
      location: { file: displayPath },
      hint: 'Check that the path points at the lockfile, not at a build artifact.',
    });
  }
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (err) {
    throw new UserError(`Cannot read ${displayPath}: ${(err as Error).message}`, { title: 'unreadable file', location: { file: displayPath }, cause: err });
  }
  return decodeText(buf, displayPath);
}

/** Decode UTF-8 strictly; NUL bytes or invalid sequences → UserError. */
export function decodeText(buf: Uint8Array, displayPath: string): string {
  const nul = buf.indexOf(0);
  if (nul >= 0) {
    throw new UserError(`${displayPath} looks binary (NUL byte at offset ${nul}); expected a text file.`, {
      title: 'binary file',
      location: { file: displayPath, line: lineOfOffset(buf, nul) },
    });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch (err) {
    throw new UserError(`${displayPath} is not valid UTF-8.`, { title: 'invalid encoding', location: { file: displayPath }, cause: err });
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function lineOfOffset(buf: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (buf[i] === 0x0a) line++;
  return line;
}

/** Parse TOML with ints as bigint; syntax errors become `UserError('invalid TOML')` with file:line. */
export function parseToml(text: string, displayPath: string): TomlTable {
  // Lockfiles take the fast path; anything it does not fully understand goes to smol-toml.
  const fast = parseLockToml(text);
  if (fast) return fast;
  try {
    return parse(text, { integersAsBigInt: true }) as TomlTable;
  } catch (err) {
    if (err instanceof TomlError) {
      const first = err.message.replace(/^Invalid TOML document: /, '').split('\n')[0] ?? err.message;
      throw new UserError(`${displayPath}:${err.line}:${err.column}: ${first}`, {
        title: 'invalid TOML',
        location: { file: displayPath, line: err.line, column: err.column },
        hint: 'Fix the syntax error (or regenerate the file with its tool).',
        cause: err,
      });
    }
    throw new UserError(`${displayPath}: ${(err as Error).message}`, { title: 'invalid TOML', location: { file: displayPath }, cause: err });
  }
}

let lastShared: { text: string; data: TomlTable } | undefined;

/**
 * parseToml for a lockfile two checkers read in one run (uv.lock: its own check, then the `uv export`
 * beside it): the second parse of the same text is free. The result is shared: callers must not change it.
 */
export function parseTomlShared(text: string, displayPath: string): TomlTable {
  if (lastShared?.text === text) return lastShared.data;
  const data = parseToml(text, displayPath);
  lastShared = { text, data };
  return data;
}

/** Read and parse a TOML file. */
export function readTomlFile(file: string, displayPath: string = file, maxBytes?: number): { text: string; data: TomlTable } {
  const text = readProjectFile(file, maxBytes, displayPath);
  return { text, data: parseToml(text, displayPath) };
}

// ---------------------------------------------------------------------------------------
// Line index
// ---------------------------------------------------------------------------------------

/** One `[table]` / `[[array]]` header and the lines it spans. */
export interface TomlSection {
  /** Dotted path with quotes removed, e.g. `package.dependencies`, `tool.poetry`. */
  path: string;
  isArray: boolean;
  /** For `[[x]]`: 0-based index among headers of the same path. */
  arrayIndex: number;
  /**
   * Index of the nearest enclosing array-table instance (e.g. `[package.dependencies]`
   * belongs to the N-th `[[package]]`): that header's arrayIndex, or -1.
   */
  ownerIndex: number;
  /** 1-based header line (0 for the implicit root section). */
  line: number;
  /** Last line of the section (1-based, inclusive). */
  endLine: number;
  /** Keys defined directly in this section (first dotted component → line). */
  keys: Map<string, number>;
}

/**
 * Scans the text once; answers "which line is X on" questions in O(1)/O(section).
 * Text-based (no AST), robust to multi-line strings and arrays.
 */
export class TomlLineIndex {
  private linesCache: string[] | undefined;
  private readonly sectionList: TomlSection[] = [];
  private readonly byPath = new Map<string, TomlSection[]>();
  private readonly arrays = new Map<string, TomlSection[]>();
  private scanned = false;

  // Built on first use: a fresh lockfile yields no findings, so usually no line is ever looked up.
  constructor(private readonly text: string) {}

  get lines(): string[] {
    return (this.linesCache ??= this.text.split(/\r?\n/));
  }

  get sections(): TomlSection[] {
    this.ensureScanned();
    return this.sectionList;
  }

  private ensureScanned(): void {
    if (this.scanned) return;
    this.scanned = true;
    this.scan();
  }

  private scan(): void {
    let current: TomlSection = { path: '', isArray: false, arrayIndex: 0, ownerIndex: -1, line: 0, endLine: this.lines.length, keys: new Map() };
    this.add(current);
    const arrayCounts = new Map<string, number>();
    let depth = 0; // bracket/brace depth of an open multi-line value
    let mlString: '"""' | "'''" | null = null;
    for (let i = 0; i < this.lines.length; i++) {
      const lineNo = i + 1;
      const raw = this.lines[i]!;
      if (mlString === null && depth === 0) {
        const t = raw.trimStart();
        if (t.startsWith('[')) {
          const hdr = parseHeader(t);
          if (hdr) {
            current.endLine = lineNo - 1;
            let arrayIndex = 0;
            if (hdr.isArray) {
              arrayIndex = arrayCounts.get(hdr.path) ?? 0;
              arrayCounts.set(hdr.path, arrayIndex + 1);
              // A new instance resets counts of nested arrays under it.
              for (const k of arrayCounts.keys()) if (k.startsWith(hdr.path + '.')) arrayCounts.delete(k);
            }
            let ownerIndex = -1;
            // Longest array-table prefix that is a strict prefix of this path.
            let best = '';
            for (const [k, n] of arrayCounts) {
              if (hdr.path.startsWith(k + '.') && k.length > best.length && !(hdr.isArray && k === hdr.path)) {
                best = k;
                ownerIndex = n - 1;
              }
            }
            current = { path: hdr.path, isArray: hdr.isArray, arrayIndex, ownerIndex, line: lineNo, endLine: this.lines.length, keys: new Map() };
            this.add(current);
            continue;
          }
        }
        const key = parseKeyAtLineStart(t);
        if (key !== undefined && !current.keys.has(key)) current.keys.set(key, lineNo);
      }
      // Track multi-line strings and open brackets on this line.
      const st = scanLine(raw, mlString, depth);
      mlString = st.mlString;
      depth = st.depth;
    }
    current.endLine = this.lines.length;
  }

  private add(s: TomlSection): void {
    const list = this.byPath.get(s.path);
    if (list) list.push(s);
    else this.byPath.set(s.path, [s]);
    this.sectionList.push(s);
    if (s.isArray) {
      const arr = this.arrays.get(s.path);
      if (arr) arr[s.arrayIndex] = s;
      else this.arrays.set(s.path, Object.assign([], { [s.arrayIndex]: s }));
    }
  }

  /** All sections with this dotted path, in file order. */
  sectionsAt(pathStr: string): TomlSection[] {
    this.ensureScanned();
    return this.byPath.get(pathStr) ?? [];
  }

  /** Line of the `[path]` header (first occurrence), or undefined. */
  tableLine(pathStr: string): number | undefined {
    this.ensureScanned();
    const s = this.byPath.get(pathStr)?.[0];
    return s && s.line > 0 ? s.line : undefined;
  }

  /** The `index`-th `[[path]]` section. */
  arrayTable(pathStr: string, index: number): TomlSection | undefined {
    this.ensureScanned();
    return this.arrays.get(pathStr)?.[index];
  }

  /** Sub-table `[path]` owned by the `ownerIndex`-th enclosing array table (e.g. `package.dependencies` of package N). */
  subTable(pathStr: string, ownerIndex: number): TomlSection | undefined {
    this.ensureScanned();
    return this.byPath.get(pathStr)?.find((s) => s.ownerIndex === ownerIndex);
  }

  /**
   * Line of `key = ...` in table `tablePath`. Also finds a dotted form in a parent
   * table (`[tool]` + `poetry.dependencies = ...`) and a sub-table header `[tablePath.key]`.
   */
  keyLine(tablePath: string, key: string): number | undefined {
    for (const s of this.sectionsAt(tablePath)) {
      const l = s.keys.get(key);
      if (l !== undefined) return l;
    }
    const sub = this.tableLine(tablePath ? `${tablePath}.${key}` : key);
    if (sub !== undefined) return sub;
    // Dotted keys in an ancestor table: [tool] poetry.dependencies = ...
    const parts = tablePath ? tablePath.split('.') : [];
    for (let cut = parts.length - 1; cut >= 0; cut--) {
      const parent = parts.slice(0, cut).join('.');
      const first = parts[cut]!;
      for (const s of this.sectionsAt(parent)) {
        const l = s.keys.get(first);
        if (l !== undefined) {
          const needle = [...parts.slice(cut), key];
          const hit = this.findLine(s.line === 0 ? 1 : s.line, s.endLine, (ln) => dottedKeyMatches(ln, needle));
          if (hit !== undefined) return hit;
        }
      }
    }
    return undefined;
  }

  /** Line of `key = ...` inside the `index`-th `[[arrayPath]]`. */
  arrayKeyLine(arrayPath: string, index: number, key: string): number | undefined {
    const s = this.arrayTable(arrayPath, index);
    return s?.keys.get(key) ?? s?.line;
  }

  /** First line in [from, to] for which `pred` holds. */
  findLine(from: number, to: number, pred: (line: string) => boolean): number | undefined {
    const end = Math.min(to, this.lines.length);
    for (let l = Math.max(1, from); l <= end; l++) if (pred(this.lines[l - 1]!)) return l;
    return undefined;
  }

  /**
   * Line of a string literal (`"value"` or `'value'`) in [from, to]; e.g. a dependency
   * string inside `dependencies = [ ... ]`. Escaped forms are not decoded.
   */
  stringLine(value: string, from = 1, to = this.lines.length): number | undefined {
    const dq = JSON.stringify(value);
    const sq = `'${value}'`;
    return this.findLine(from, to, (ln) => ln.includes(dq) || ln.includes(sq));
  }

  /**
   * Line of a requirement for package `name` inside an array value `key` of table
   * `tablePath` (PEP 508 string starting with the name, compared PEP 503-normalised).
   */
  requirementLine(tablePath: string, key: string, name: string): number | undefined {
    const start = this.keyLine(tablePath, key);
    if (start === undefined) return undefined;
    const want = name.toLowerCase().replace(/[-_.]+/g, '-');
    const end = this.valueEndLine(start);
    return this.findLine(start, end, (ln) => {
      const re = /["']\s*([A-Za-z0-9][A-Za-z0-9._-]*)/g;
      for (let m = re.exec(ln); m; m = re.exec(ln)) {
        if (m[1]!.toLowerCase().replace(/[-_.]+/g, '-') === want) return true;
      }
      return false;
    });
  }

  /** Last line of a (possibly multi-line) value starting on `line`. */
  valueEndLine(line: number): number {
    let depth = 0;
    let ml: '"""' | "'''" | null = null;
    for (let l = line; l <= this.lines.length; l++) {
      const raw = this.lines[l - 1]!;
      const text = l === line ? raw.slice(Math.max(0, raw.indexOf('=') + 1)) : raw;
      const st = scanLine(text, ml, depth);
      ml = st.mlString;
      depth = st.depth;
      if (depth <= 0 && ml === null) return l;
    }
    return this.lines.length;
  }
}

function dottedKeyMatches(line: string, parts: string[]): boolean {
  const t = line.trimStart();
  const eq = findEq(t);
  if (eq < 0) return false;
  const keys = splitDottedKey(t.slice(0, eq));
  if (!keys || keys.length < parts.length) return false;
  for (let i = 0; i < parts.length; i++) if (keys[i] !== parts[i]) return false;
  return true;
}

/** Index of the `=` that ends a key (outside quotes), or -1. */
function findEq(t: string): number {
  let q: string | null = null;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (q) {
      if (c === '\\' && q === '"') i++;
      else if (c === q) q = null;
    } else if (c === '"' || c === "'") q = c;
    else if (c === '=') return i;
    else if (c === '#' || c === '[' || c === '{') return -1;
  }
  return -1;
}

/** Split `a."b.c".d` into ['a','b.c','d']; undefined if not a key. */
export function splitDottedKey(s: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  const ws = (): void => {
    while (i < n && (s[i] === ' ' || s[i] === '\t')) i++;
  };
  ws();
  while (i < n) {
    const c = s[i]!;
    if (c === '"') {
      let j = i + 1;
      let v = '';
      while (j < n && s[j] !== '"') {
        if (s[j] === '\\' && j + 1 < n) {
          const e = s[j + 1]!;
          if (e === 'u' || e === 'U') {
            const len = e === 'u' ? 4 : 8;
            v += String.fromCodePoint(parseInt(s.slice(j + 2, j + 2 + len), 16));
            j += 2 + len;
            continue;
          }
          v += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', e: '\x1b' } as Record<string, string>)[e] ?? e;
          j += 2;
          continue;
        }
        v += s[j];
        j++;
      }
      if (j >= n) return undefined;
      out.push(v);
      i = j + 1;
    } else if (c === "'") {
      const j = s.indexOf("'", i + 1);
      if (j < 0) return undefined;
      out.push(s.slice(i + 1, j));
      i = j + 1;
    } else {
      const m = /^[A-Za-z0-9_-]+/.exec(s.slice(i));
      if (!m) return undefined;
      out.push(m[0]);
      i += m[0].length;
    }
    ws();
    if (i >= n) break;
    if (s[i] !== '.') return undefined;
    i++;
    ws();
  }
  return out.length ? out : undefined;
}

function parseHeader(t: string): { path: string; isArray: boolean } | undefined {
  const isArray = t.startsWith('[[');
  const open = isArray ? 2 : 1;
  // Find the closing bracket(s) outside quotes.
  let q: string | null = null;
  for (let i = open; i < t.length; i++) {
    const c = t[i]!;
    if (q) {
      if (c === '\\' && q === '"') i++;
      else if (c === q) q = null;
    } else if (c === '"' || c === "'") q = c;
    else if (c === ']') {
      if (isArray && t[i + 1] !== ']') return undefined;
      const keys = splitDottedKey(t.slice(open, i));
      if (!keys) return undefined;
      const rest = t.slice(i + (isArray ? 2 : 1)).trim();
      if (rest && !rest.startsWith('#')) return undefined;
      return { path: keys.join('.'), isArray };
    }
  }
  return undefined;
}

/** First component of the key at the start of a line (`a.b = 1` → `a`). */
function parseKeyAtLineStart(t: string): string | undefined {
  if (!t || t.startsWith('#')) return undefined;
  const eq = findEq(t);
  if (eq <= 0) return undefined;
  const keys = splitDottedKey(t.slice(0, eq));
  return keys?.[0];
}

/** Advance multi-line-string and bracket state over one line. */
function scanLine(line: string, ml: '"""' | "'''" | null, depth: number): { mlString: '"""' | "'''" | null; depth: number } {
  let i = 0;
  const n = line.length;
  while (i < n) {
    if (ml) {
      const j = line.indexOf(ml, i);
      if (j < 0) return { mlString: ml, depth };
      if (ml === '"""') {
        // Skip escaped quotes: count backslashes before j.
        let b = 0;
        for (let k = j - 1; k >= i && line[k] === '\\'; k--) b++;
        if (b % 2 === 1) {
          i = j + 1;
          continue;
        }
      }
      // Up to two extra quotes may belong to the content.
      let end = j + 3;
      while (end < n && line[end] === ml[0] && end < j + 5) end++;
      i = end;
      ml = null;
      continue;
    }
    const c = line[i]!;
    if (c === '#') break;
    if (c === '"' || c === "'") {
      if (line.startsWith(c.repeat(3), i)) {
        ml = c === '"' ? '"""' : "'''";
        i += 3;
        continue;
      }
      // single-line string
      let j = i + 1;
      while (j < n && line[j] !== c) {
        if (c === '"' && line[j] === '\\') j++;
        j++;
      }
      i = j + 1;
      continue;
    }
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
    i++;
  }
  return { mlString: ml, depth };
}

/**
 * The manifest that sits beside a lockfile (pyproject.toml, Pipfile), read as text. When it is
 * missing, records an `invalid-manifest` finding and an inconclusive verdict on `result`, and
 * returns undefined: freshness cannot be judged without it.
 */
export function readManifestBeside(
  lockfile: string,
  name: string,
  workspace: string,
  result: { findings: Finding[]; freshness: string; inconclusiveReason?: string; manifest?: string },
): { path: string; rel: string; text: string } | undefined {
  const file = path.join(path.dirname(lockfile), name);
  const rel = relPath(workspace, file);
  if (!existsSync(file)) {
    result.findings.push({
      class: 'invalid-manifest',
      severity: 'error',
      message: `${rel} not found next to ${relPath(workspace, lockfile)}; freshness cannot be checked.`,
      manifest: { file: rel },
    });
    result.freshness = 'inconclusive';
    result.inconclusiveReason = `${rel} is missing`;
    return undefined;
  }
  result.manifest = file;
  return { path: file, rel, text: readProjectFile(file, undefined, rel) };
}
