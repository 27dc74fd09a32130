/**
 * Byte-exact emulation of CPython's `json.dumps(obj, sort_keys=True)`.
 *
 * Poetry and PDM hash `json.dumps(doc, sort_keys=True)` (separators `", "`/`": "`),
 * pipenv hashes `json.dumps(doc, sort_keys=True, separators=(",", ":"))`.
 * Values come from smol-toml parsed with `integersAsBigInt: true`, so:
 *   bigint  -> Python int   (decimal digits)
 *   number  -> Python float (repr: `1.0`, `1e+16`, `1e-05`, `NaN`, `Infinity`)
 * A `Date` (TOML datetime) cannot be serialised by Python's json module; we throw
 * {@link PyJsonUnsupportedError} so callers can report "cannot verify".
 */

export interface PyJsonOptions {
  /** Python `separators=(item, key)`; default `(", ", ": ")`. */
  separators?: readonly [string, string];
  /** Python `sort_keys`; default true. */
  sortKeys?: boolean;
  /** Python `ensure_ascii`; default true. */
  ensureAscii?: boolean;
  /**
   * Treat integral JS numbers as Python ints (for data parsed with JSON.parse, where
   * ints and floats are not distinguished). Default false: every `number` is a float.
   */
  integralNumbersAsInt?: boolean;
}

/** Raised for values Python's json module would refuse (datetimes, functions, ...). */
export class PyJsonUnsupportedError extends Error {
  readonly path: string;
  constructor(message: string, path: string) {
    super(message);
    this.name = 'PyJsonUnsupportedError';
    this.path = path;
  }
}

export const PY_DEFAULT_SEPARATORS: readonly [string, string] = [', ', ': '];
export const PY_COMPACT_SEPARATORS: readonly [string, string] = [',', ':'];

const HEX = '0123456789abcdef';

function hex4(code: number): string {
  return HEX[(code >> 12) & 15]! + HEX[(code >> 8) & 15]! + HEX[(code >> 4) & 15]! + HEX[code & 15]!;
}

/** `json.encoder.py_encode_basestring_ascii` / `py_encode_basestring`. */
export function pyJsonString(s: string, ensureAscii = true): string {
  let out = '"';
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | undefined;
    if (c === 0x22) esc = '\\"';
    else if (c === 0x5c) esc = '\\\\';
    else if (c < 0x20) {
      if (c === 0x0a) esc = '\\n';
      else if (c === 0x0d) esc = '\\r';
      else if (c === 0x09) esc = '\\t';
      else if (c === 0x08) esc = '\\b';
      else if (c === 0x0c) esc = '\\f';
      else esc = '\\u' + hex4(c);
    } else if (ensureAscii && c > 0x7e) {
      // JS strings are UTF-16 already: astral characters arrive as surrogate pairs,
      // exactly what Python emits (`\ud83d\ude00`).
      esc = '\\u' + hex4(c);
    }
    if (esc !== undefined) {
      if (i > runStart) out += s.slice(runStart, i);
      out += esc;
      runStart = i + 1;
    }
  }
  if (runStart < s.length) out += s.slice(runStart);
  return out + '"';
}

/** Python `float.__repr__` (what `json.dumps` uses for finite floats). */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // toExponential() with no argument gives the shortest round-tripping digits, like repr.
  const exp = x.toExponential();
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp);
  if (!m) return String(x);
  const sign = m[1]!;
  const digits = m[2]! + (m[3] ?? '');
  const e = Number(m[4]);
  const decpt = e + 1; // value = 0.DIGITS * 10^decpt
  if (decpt <= -4 || decpt > 16) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const ae = Math.abs(e);
    return `${sign}${mant}e${e < 0 ? '-' : '+'}${ae < 10 ? '0' + ae : String(ae)}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

/** Compare two strings by Unicode code point (Python `str` ordering), not UTF-16 unit. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate (astral char) sorts above every BMP char, including U+E000..U+FFFF.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/**
 * Nesting depth past which CPython's json.dumps raises RecursionError (default recursion limit
 * 1000); a deeper document (only ever a corrupt or hostile one) is refused like a datetime is,
 * instead of overflowing our own stack.
 */
export const PY_JSON_MAX_DEPTH = 1000;

/** `json.dumps(value, sort_keys=True, separators=...)` — byte-identical output. */
export function pyJsonDumps(value: unknown, options: PyJsonOptions = {}): string {
  const [itemSep, keySep] = options.separators ?? PY_DEFAULT_SEPARATORS;
  const sortKeys = options.sortKeys ?? true;
  const ensureAscii = options.ensureAscii ?? true;
  const intNumbers = options.integralNumbersAsInt ?? false;
  const parts: string[] = [];

  const enc = (v: unknown, path: string, depth = 0): void => {
    if (depth > PY_JSON_MAX_DEPTH && typeof v === 'object' && v !== null) {
      throw new PyJsonUnsupportedError(`maximum recursion depth exceeded while encoding a JSON object (nesting deeper than ${PY_JSON_MAX_DEPTH} levels)`, '<deep>');
    }
    if (v === null || v === undefined) {
      parts.push('null');
    } else if (typeof v === 'string') {
      parts.push(pyJsonString(v, ensureAscii));
    } else if (typeof v === 'boolean') {
      parts.push(v ? 'true' : 'false');
    } else if (typeof v === 'bigint') {
      parts.push(v.toString());
    } else if (typeof v === 'number') {
      parts.push(intNumbers && Number.isSafeInteger(v) ? String(v) : pyFloatRepr(v));
    } else if (Array.isArray(v)) {
      if (v.length === 0) {
        parts.push('[]');
        return;
      }
      parts.push('[');
      for (let i = 0; i < v.length; i++) {
        if (i > 0) parts.push(itemSep);
        enc(v[i], `${path}[${i}]`, depth + 1);
      }
      parts.push(']');
    } else if (v instanceof Date) {
      throw new PyJsonUnsupportedError(`Object of type datetime is not JSON serializable (at ${path || '<root>'})`, path);
    } else if (typeof v === 'object') {
      const keys = Object.keys(v as object);
      if (sortKeys) keys.sort(compareCodePoints);
      if (keys.length === 0) {
        parts.push('{}');
        return;
      }
      parts.push('{');
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        if (i > 0) parts.push(itemSep);
        parts.push(pyJsonString(k, ensureAscii), keySep);
        enc((v as Record<string, unknown>)[k], path ? `${path}.${k}` : k, depth + 1);
      }
      parts.push('}');
    } else {
      throw new PyJsonUnsupportedError(`Object of type ${typeof v} is not JSON serializable (at ${path || '<root>'})`, path);
    }
  };
  enc(value, '');
  return parts.join('');
}
