/**
 * A fast path for the TOML that lock tools write (uv.lock, poetry.lock, pdm.lock, pylock.toml):
 * tables, arrays of tables, single-line strings, integers, floats, booleans, arrays and inline
 * tables. Lockfiles are megabytes of exactly that, and a general parser spends most of a cold run
 * on them. Anything outside this subset — multi-line strings, dates, dotted keys, special numbers,
 * redefinitions, anything invalid — makes it give up (returns undefined) so the complete parser
 * (smol-toml) decides, with its error messages. It must never accept a document smol-toml rejects
 * or produce a different value: test/shared/lockfile/fasttoml.test.ts checks both on every fixture
 * and on fuzzed mutants.
 */

import { TomlDate } from 'smol-toml';

type Table = Record<string, unknown>;

/** Offset date-times, as uv writes `upload-time` (other date forms: not ours). */
const OFFSET_DATE_TIME = /([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})/y;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

class GiveUp extends Error {}
const GIVE_UP = new GiveUp();

const enum C {
  Tab = 9,
  LF = 10,
  CR = 13,
  Space = 32,
  Quote = 34,
  Hash = 35,
  Apos = 39,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Zero = 48,
  Nine = 57,
  Eq = 61,
  UpperA = 65,
  UpperZ = 90,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  Underscore = 95,
  LowerA = 97,
  LowerZ = 122,
  LBrace = 123,
  RBrace = 125,
}

function isBareKeyChar(c: number): boolean {
  return (c >= C.LowerA && c <= C.LowerZ) || (c >= C.UpperA && c <= C.UpperZ) || (c >= C.Zero && c <= C.Nine) || c === C.Minus || c === C.Underscore;
}

/**
 * Prototype of every table: an empty object with a null prototype, so (as in smol-toml's
 * null-prototype tables) no key is inherited and "__proto__" is just a key. Unlike
 * Object.create(null), which V8 keeps in slow dictionary mode, objects made from a shared
 * prototype get fast shapes — lockfiles hold thousands of small `{ file, hash }` tables.
 */
const TABLE_PROTO: object = Object.freeze(Object.create(null) as object);

function newTable(): Table {
  return Object.create(TABLE_PROTO) as Table;
}

// TOML forbids control characters (other than tab) in strings: these classes stop at them on purpose.
/* eslint-disable no-control-regex */
/** The run of a basic string up to its closing quote with no escape or control character. */
const PLAIN_BASIC = /[^"\\\x00-\x08\x0a-\x1f\x7f]*/y;
/** The run of a literal string up to its closing apostrophe with no control character. */
const PLAIN_LITERAL = /[^'\x00-\x08\x0a-\x1f\x7f]*/y;
/** A bare key. */
const BARE_KEY = /[A-Za-z0-9_-]*/y;
/** In an inline table: `key = "plain string"` and the `,` or `}` after it (the usual artifact entry). */
const STRING_PAIR = /[ \t]*([A-Za-z0-9_-]+)[ \t]*=[ \t]*"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"[ \t]*([,}])/y;
/** A whole `key = "plain string"` line (name, version, description, ... of every package). */
const STRING_LINE = /([A-Za-z0-9_-]+)[ \t]*=[ \t]*"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"[ \t]*\r?\n/y;
/**
 * An array element `{ k1 = "v1", k2 = "v2" }` (poetry.lock's and pdm.lock's artifact entries: thousands
 * per lock) and, when it follows, the comma, newline and indentation before the next element.
 */
const STRING_PAIR_TABLE =
  /\{[ \t]*([A-Za-z0-9_-]+)[ \t]*=[ \t]*"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"[ \t]*,[ \t]*([A-Za-z0-9_-]+)[ \t]*=[ \t]*"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"[ \t]*\}[ \t]*(?:(,)[ \t]*\r?\n[ \t]*)?/y;
/* eslint-enable no-control-regex */

class Parser {
  private i = 0;
  private readonly root = newTable();
  /** Tables created by a header ([a] or [[a]] elements) and tables implied by a header path. */
  private readonly explicit = new Set<Table>();
  private readonly implicit = new Set<Table>();
  /** Arrays created by [[a]] headers (as opposed to `a = [...]` values). */
  private readonly tableArrays = new Set<unknown[]>();

  constructor(private readonly s: string) {}

  parse(): Table {
    const s = this.s;
    let current = this.root;
    for (;;) {
      this.skipBlankAndComments();
      if (this.i >= s.length) return this.root;
      const c = s.charCodeAt(this.i);
      if (c === C.LBracket) current = this.header();
      else {
        STRING_LINE.lastIndex = this.i;
        const m = STRING_LINE.exec(s);
        if (m !== null) {
          const key = m[1]!;
          if (current[key] !== undefined) throw GIVE_UP;
          current[key] = m[2]!;
          this.i = STRING_LINE.lastIndex;
          continue;
        }
        this.keyValue(current);
      }
      this.endOfLine();
    }
  }

  private skipSpaces(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c !== C.Space && c !== C.Tab) return;
      this.i++;
    }
  }

  /** Whitespace, newlines and comments between statements or array elements. */
  private skipBlankAndComments(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === C.Space || c === C.Tab || c === C.LF) this.i++;
      else if (c === C.CR) {
        if (s.charCodeAt(this.i + 1) !== C.LF) throw GIVE_UP;
        this.i += 2;
      } else if (c === C.Hash) this.comment();
      else return;
    }
  }

  private comment(): void {
    const s = this.s;
    this.i++;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === C.LF || c === C.CR) return;
      // Control characters other than tab are not allowed in comments.
      if ((c < 32 && c !== C.Tab) || c === 127) throw GIVE_UP;
      this.i++;
    }
  }

  /** After a statement: optional spaces and comment, then a newline or the end. */
  private endOfLine(): void {
    this.skipSpaces();
    const s = this.s;
    if (this.i >= s.length) return;
    const c = s.charCodeAt(this.i);
    if (c === C.Hash) this.comment();
    if (this.i >= s.length) return;
    const d = s.charCodeAt(this.i);
    if (d === C.LF) this.i++;
    else if (d === C.CR && s.charCodeAt(this.i + 1) === C.LF) this.i += 2;
    else throw GIVE_UP;
  }

  /** Bare keys seen so far, by length and first character: a lockfile repeats a few dozen keys. */
  private readonly keyCache = new Map<number, string>();

  private key(): string {
    const s = this.s;
    const c = s.charCodeAt(this.i);
    if (c === C.Quote) return this.basicString();
    if (c === C.Apos) return this.literalString();
    const start = this.i;
    BARE_KEY.lastIndex = start;
    BARE_KEY.test(s);
    const end = BARE_KEY.lastIndex;
    if (end === start) throw GIVE_UP;
    this.i = end;
    // Reuse the string of an earlier identical key: no allocation, and it is already internalized.
    const slot = ((end - start) << 8) | (c & 0xff);
    const cached = this.keyCache.get(slot);
    if (cached !== undefined && s.startsWith(cached, start)) return cached;
    const key = s.slice(start, end);
    this.keyCache.set(slot, key);
    return key;
  }

  /** A key path as in a header: `a.b."c"`, spaces allowed around dots. */
  private keyPath(): string[] {
    const path = [this.key()];
    for (;;) {
      this.skipSpaces();
      if (this.s.charCodeAt(this.i) !== C.Dot) return path;
      this.i++;
      this.skipSpaces();
      path.push(this.key());
    }
  }

  private header(): Table {
    const s = this.s;
    const isArray = s.charCodeAt(this.i + 1) === C.LBracket;
    this.i += isArray ? 2 : 1;
    this.skipSpaces();
    const path = this.keyPath();
    this.skipSpaces();
    if (s.charCodeAt(this.i) !== C.RBracket) throw GIVE_UP;
    this.i++;
    if (isArray) {
      if (s.charCodeAt(this.i) !== C.RBracket) throw GIVE_UP;
      this.i++;
    }
    // Walk to the parent, creating implied tables; descend into the last element of [[arrays]].
    let table = this.root;
    for (let k = 0; k < path.length - 1; k++) {
      const key = path[k]!;
      const next = table[key];
      if (next === undefined) {
        const created = newTable();
        this.implicit.add(created);
        table[key] = created;
        table = created;
      } else if (Array.isArray(next) && this.tableArrays.has(next)) {
        table = next[next.length - 1] as Table;
      } else if (this.explicit.has(next as Table) || this.implicit.has(next as Table)) {
        table = next as Table;
      } else {
        throw GIVE_UP; // a value or inline table: cannot be extended by a header
      }
    }
    const last = path[path.length - 1]!;
    const existing = table[last];
    if (isArray) {
      const element = newTable();
      this.explicit.add(element);
      if (existing === undefined) {
        const list = [element];
        this.tableArrays.add(list);
        table[last] = list;
      } else if (Array.isArray(existing) && this.tableArrays.has(existing)) {
        existing.push(element);
      } else {
        throw GIVE_UP;
      }
      return element;
    }
    if (existing === undefined) {
      const created = newTable();
      this.explicit.add(created);
      table[last] = created;
      return created;
    }
    // [a] after [a.b] made `a` implicitly: defining it now is allowed, once.
    if (this.implicit.has(existing as Table)) {
      this.implicit.delete(existing as Table);
      this.explicit.add(existing as Table);
      return existing as Table;
    }
    throw GIVE_UP;
  }

  private keyValue(table: Table): void {
    const key = this.key();
    this.skipSpaces();
    if (this.s.charCodeAt(this.i) !== C.Eq) throw GIVE_UP; // dotted keys and anything else
    this.i++;
    this.skipSpaces();
    const value = this.value();
    if (key in table) throw GIVE_UP;
    table[key] = value;
  }

  private value(): unknown {
    const s = this.s;
    const c = s.charCodeAt(this.i);
    if (c === C.Quote) {
      if (s.charCodeAt(this.i + 1) === C.Quote && s.charCodeAt(this.i + 2) === C.Quote) throw GIVE_UP;
      return this.basicString();
    }
    if (c === C.Apos) {
      if (s.charCodeAt(this.i + 1) === C.Apos && s.charCodeAt(this.i + 2) === C.Apos) throw GIVE_UP;
      return this.literalString();
    }
    if (c === C.LBracket) return this.array();
    if (c === C.LBrace) return this.inlineTable();
    if (s.startsWith('true', this.i) && !isBareKeyChar(s.charCodeAt(this.i + 4))) {
      this.i += 4;
      return true;
    }
    if (s.startsWith('false', this.i) && !isBareKeyChar(s.charCodeAt(this.i + 5))) {
      this.i += 5;
      return false;
    }
    return this.number();
  }

  private dateTime(): TomlDate | undefined {
    OFFSET_DATE_TIME.lastIndex = this.i;
    const m = OFFSET_DATE_TIME.exec(this.s);
    if (!m) return undefined;
    const [text, y, mo, d, h, mi, sec, , zone] = m as unknown as string[];
    const year = Number(y), month = Number(mo), day = Number(d);
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const maxDay = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1];
    const offsetOk = zone === 'Z' || (Number(zone!.slice(1, 3)) < 24 && Number(zone!.slice(4, 6)) < 60);
    if (month < 1 || month > 12 || day < 1 || day > maxDay! || Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59 || !offsetOk) throw GIVE_UP;
    const after = this.s.charCodeAt(this.i + text!.length);
    if (isBareKeyChar(after) || after === C.Dot || after === 58) throw GIVE_UP;
    this.i += text!.length;
    return new TomlDate(text!);
  }

  /** Decimal integers (as BigInt, like smol-toml's integersAsBigInt) and plain floats. */
  private number(): unknown {
    const s = this.s;
    const date = this.dateTime();
    if (date) return date;
    const start = this.i;
    const m = /[+-]?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
    m.lastIndex = start;
    const found = m.exec(s);
    if (!found || found[0].length === 0 || found[0] === '+' || found[0] === '-') throw GIVE_UP;
    const end = start + found[0].length;
    const after = s.charCodeAt(end);
    // Underscores, dates, hex/octal/binary, inf/nan, or a bare word: not ours.
    if (isBareKeyChar(after) || after === C.Dot || after === 58 /* : */ || after === C.Plus) throw GIVE_UP;
    this.i = end;
    if (found[2] === undefined && found[3] === undefined) return BigInt(found[0]);
    return Number(found[0]);
  }

  private basicString(): string {
    const s = this.s;
    const start = this.i + 1;
    // Fast scan (native regex) for the closing quote; escapes take the slow path below.
    PLAIN_BASIC.lastIndex = start;
    PLAIN_BASIC.test(s);
    let i = PLAIN_BASIC.lastIndex;
    if (i >= s.length) throw GIVE_UP;
    const stop = s.charCodeAt(i);
    if (stop === C.Quote) {
      this.i = i + 1;
      return s.slice(start, i);
    }
    if (stop !== C.Backslash) throw GIVE_UP; // a control character
    let out = s.slice(start, i);
    for (;;) {
      if (i >= s.length) throw GIVE_UP;
      const c = s.charCodeAt(i);
      if (c === C.Quote) {
        this.i = i + 1;
        return out;
      }
      if ((c < 32 && c !== C.Tab) || c === 127) throw GIVE_UP;
      if (c !== C.Backslash) {
        out += s[i];
        i++;
        continue;
      }
      const e = s[i + 1];
      i += 2;
      switch (e) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'u':
        case 'U': {
          const len = e === 'u' ? 4 : 8;
          const hex = s.slice(i, i + len);
          if (hex.length !== len || !/^[0-9A-Fa-f]+$/.test(hex)) throw GIVE_UP;
          const code = parseInt(hex, 16);
          if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw GIVE_UP;
          out += String.fromCodePoint(code);
          i += len;
          break;
        }
        default:
          throw GIVE_UP; // \e, \x (TOML 1.1) and invalid escapes: let the full parser decide
      }
    }
  }

  private literalString(): string {
    const s = this.s;
    const start = this.i + 1;
    PLAIN_LITERAL.lastIndex = start;
    PLAIN_LITERAL.test(s);
    const i = PLAIN_LITERAL.lastIndex;
    if (i >= s.length || s.charCodeAt(i) !== C.Apos) throw GIVE_UP;
    this.i = i + 1;
    return s.slice(start, i);
  }

  private array(): unknown[] {
    const s = this.s;
    this.i++;
    const list: unknown[] = [];
    for (;;) {
      this.skipBlankAndComments();
      if (this.i >= s.length) throw GIVE_UP;
      if (s.charCodeAt(this.i) === C.RBracket) {
        this.i++;
        return list;
      }
      if (s.charCodeAt(this.i) === C.LBrace) {
        STRING_PAIR_TABLE.lastIndex = this.i;
        const m = STRING_PAIR_TABLE.exec(s);
        if (m !== null && m[1] !== m[3]) {
          const table = newTable();
          table[m[1]!] = m[2]!;
          table[m[3]!] = m[4]!;
          list.push(table);
          this.i = STRING_PAIR_TABLE.lastIndex;
          if (m[5] !== undefined) continue; // the comma and the line break are consumed
        } else list.push(this.value());
      } else list.push(this.value());
      this.skipBlankAndComments();
      const c = s.charCodeAt(this.i);
      if (c === C.Comma) this.i++;
      else if (c === C.RBracket) {
        this.i++;
        return list;
      } else throw GIVE_UP;
    }
  }

  /** `{ k = v, ... }` on one line (TOML 1.0); newlines or trailing commas: not ours. */
  private inlineTable(): Table {
    const s = this.s;
    this.i++;
    const table = newTable();
    this.skipSpaces();
    if (s.charCodeAt(this.i) === C.RBrace) {
      this.i++;
      return table;
    }
    for (;;) {
      // One native match for the common pair instead of a dozen steps; anything else goes the long way.
      STRING_PAIR.lastIndex = this.i;
      const m = STRING_PAIR.exec(s);
      if (m !== null) {
        const key = m[1]!;
        if (table[key] !== undefined) throw GIVE_UP; // a redefinition (values are never undefined)
        table[key] = m[2]!;
        this.i = STRING_PAIR.lastIndex;
        if (m[3] === '}') return table;
        continue;
      }
      this.skipSpaces();
      this.keyValue(table);
      this.skipSpaces();
      const c = s.charCodeAt(this.i);
      if (c === C.Comma) {
        this.i++;
        continue;
      }
      if (c === C.RBrace) {
        this.i++;
        return table;
      }
      throw GIVE_UP;
    }
  }
}

/** Parse lockfile-shaped TOML quickly, or return undefined to defer to the full parser. */
export function parseLockToml(text: string): Table | undefined {
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  try {
    return new Parser(text).parse();
  } catch (e) {
    if (e === GIVE_UP || e instanceof RangeError) return undefined; // RangeError: absurd nesting
    throw e;
  }
}
