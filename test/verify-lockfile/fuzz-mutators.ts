/**
 * Mutators for the lockfile fuzz test: a seeded PRNG and a catalogue of byte-, line-, token- and
 * structure-level mutations over TOML locks/manifests, Pipfile / Pipfile.lock and requirements files.
 * Every mutant is a pure function of (seed, source file), so a failure reproduces from its id.
 */
import { parse as parseToml, stringify as stringifyToml } from 'smol-toml';

export type FileKind = 'toml' | 'json' | 'requirements';

export function fileKind(name: string): FileKind {
  if (name.endsWith('.lock') && name !== 'Pipfile.lock') return 'toml';
  if (name === 'Pipfile.lock' || name.endsWith('.json')) return 'json';
  if (name.endsWith('.toml') || name === 'Pipfile') return 'toml';
  return 'requirements';
}

/** mulberry32: small, fast, good enough for fuzzing; deterministic across platforms. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Seed of one mutant, derived from the run seed and the mutant's index (reproducible one by one). */
export function mutantSeed(runSeed: number, index: number): number {
  let h = (runSeed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

const TOML_TOKENS = [
  '[', ']', '[[', ']]', '=', '"', "'", '"""', "'''", '{', '}', ',', '#', '\n', '.', '\\', '\\u', ' = ', '\n[package]\n', '\n[[package]]\n',
  '\n[metadata]\n', '\n[[package]]\nname = "x"\n', '= 1', '= []', '= {}', 'inf', 'nan', '-0', '1979-05-27T07:32:00Z', '0x', '+', '\n[tool]\n',
  '\n[project]\n', '\ndependencies = 5\n', '\nversion = 1\n', '\nname = []\n', '\x7f',
];
const JSON_TOKENS = ['{', '}', '[', ']', ':', ',', '"', 'null', 'true', 'false', '-0', '1e999', '\\', '\\u', '\\ud800', '{"a":', '[]', '{}', '"": ""', ' '];
const REQ_TOKENS = [
  '==', '===', '>=', '~=', '!=', ';', '@', '[', ']', '(', ')', '\\\n', ' --hash=sha256:', ' --hash=', '\n-r requirements.in\n', '\n-r requirements.txt\n',
  '\n-c constraints.txt\n', '\n-r /etc/passwd\n', '\n-r ../../../../x\n', '\n-e .\n', '\n-e git+https://example.com/x.git#egg=x\n', 'git+https://',
  ' @ file:///', '#', '\n# via\n', '    # via ', '--index-url https://u:p@example.com/simple\n', '--extra-index-url', '\n--requirement\n', '\n-r\n',
  ';python_version<"3"', '; extra == "x"', ' ; ', '[a,b]', '\t', '\r', '\r\n', '*', '.*', '1!', '+local', 'v', '\n--\n', '\n-\n',
];

const SPECIFIERS = [
  '', '*', '>=', '==', '===', '~=1', '==1.*.*', '^', '^^1', '~', '>=1,<', ',', '1.0.0.0.0.0.0.0.0.0.0.0.0.0', 'v1', '1!2.3+local', '==1.0+', '>=1 || <2',
  '>= 1.0 , != 1.5.*', '== 1.0.post1.dev2', '<=9999999999999999999999999999', '==0' + '.0'.repeat(500), 'latest', 'dev-master', '>=1.0-beta', '== *',
  '1.0a', '1.0.0rc', '>=3.7,<4.0,!=3.9.*,!=3.10.*', '@', '@ git+', '(>=1)', '(', ')', '~=1', '==1.0.*.*', '!=', '<>', '=>1', 'x'.repeat(300),
];
const MARKERS = [
  'python_version', 'python_version >', 'python_version > "3" and', '(', ')', 'os_name == "nt" or or', 'extra == ', '"a" == "b"', 'foo == "1"',
  'python_version in "3.8 3.9"', 'python_full_version >= "3.8.0rc1"', 'platform_machine ~= "x86"', 'python_version >= "3.1O"', 'sys_platform === "linux"',
  '(((((((((((((((((((((((((((((((((((((python_version > "3")))))))))))))))))))))))))))))))))))', 'python_version > "3" ' + 'and python_version > "3" '.repeat(200),
];
const UNICODE = [
  '\u0000', '\u0001', '\u0007', '\b', '\t', '\v', '\f', '\r', '\u001b[31m', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\u200b', '\u200d', '\ufeff',
  '\ufffd', '\ufffe', '\ud83d\ude00', '\ud800', '\udfff', '\u202e', '\u0301', '\u0130', '\u0131', '\u00df', '\ufb01', '\uff11', '\u0661', 'Ⅻ', '𝟙',
  'ǅ', '\u1e9e', 'K', 'ſ',
];
const WRONG_TOML = ['42', '-1', '0', '9223372036854775807', '1e400', 'inf', 'nan', 'true', '[]', '[1, "a", []]', '{}', '{ a = 1 }', '"x"', "''", '1979-05-27', '00:00:00', '[[1]]', '{ version = [] }', '{ git = 1 }'];
const WRONG_JSON = ['42', '-1', '0', '1e308', '-0', 'true', 'null', '[]', '[1,"a",[]]', '{}', '{"a":1}', '"x"', '""', '{"version":[]}', '{"hashes":"x"}', '[null]'];

type Mutator = (text: string, kind: FileKind, rng: Rng, donors: readonly string[]) => string;

function lines(text: string): string[] {
  return text.split('\n');
}

function insertAt(text: string, rng: Rng, piece: string): string {
  const at = rng.int(text.length + 1);
  return text.slice(0, at) + piece + text.slice(at);
}

/** A random position just after the first `"`/`'`/`=`/`==` of a random line matching `re` (or -1). */
function randomMatch(text: string, re: RegExp, rng: Rng): RegExpExecArray | undefined {
  const all = [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))];
  return all.length ? (all[rng.int(all.length)] as RegExpExecArray) : undefined;
}

function replaceMatch(text: string, m: RegExpExecArray, replacement: string): string {
  return text.slice(0, m.index) + replacement + text.slice(m.index + m[0].length);
}

// -- structural helpers (parse → edit a random node → serialise) -------------------------------

type Node = unknown;
interface Slot {
  parent: Record<string, unknown> | unknown[];
  key: string | number;
  value: Node;
  depth: number;
}

/** Every (parent, key) slot of a parsed document, breadth-first, at most `limit` of them and 200 deep. */
function slots(root: Node, limit = 20_000): Slot[] {
  const out: Slot[] = [];
  const queue: Array<[Node, number]> = [[root, 0]];
  for (let q = 0; q < queue.length && out.length < limit; q++) {
    const [v, depth] = queue[q]!;
    if (depth > 200) continue;
    if (Array.isArray(v)) {
      v.forEach((child, i) => {
        out.push({ parent: v, key: i, value: child, depth });
        queue.push([child, depth + 1]);
      });
    } else if (v && typeof v === 'object' && !(v instanceof Date)) {
      for (const [k, child] of Object.entries(v)) {
        out.push({ parent: v as Record<string, unknown>, key: k, value: child, depth });
        queue.push([child, depth + 1]);
      }
    }
  }
  return out;
}

function wrongValue(value: Node, rng: Rng, kind: FileKind): Node {
  const candidates: Array<() => Node> = [
    () => (kind === 'toml' ? BigInt(rng.pick([0, 1, -1, 42, 2 ** 53])) : rng.pick([0, 1, -1, 42, 1e300, -0])),
    () => rng.pick(['', 'x', '1.0', '==1', '*', 'sha256:', 'git+https://example.com/x.git', '../..', '/etc/passwd', 'x'.repeat(rng.range(1, 5000))]),
    () => [],
    () => [rng.pick(['a', '1', ''])],
    () => ({}),
    () => ({ version: rng.pick(['1', '*', '']) }),
    () => rng.chance(0.5),
    () => (kind === 'toml' ? 1.5 : null),
    () => (kind === 'toml' ? new Date(0) : [null]),
  ];
  for (let i = 0; i < 5; i++) {
    const v = rng.pick(candidates)();
    if (typeof v !== typeof value || Array.isArray(v) !== Array.isArray(value)) return v;
  }
  return kind === 'toml' ? 'x' : null;
}

function serialize(root: Node, kind: FileKind): string {
  if (kind === 'json') return JSON.stringify(root, null, 4);
  return stringifyToml(root as Record<string, unknown>);
}

function parseStructured(text: string, kind: FileKind): Node | undefined {
  try {
    if (kind === 'json') return JSON.parse(text);
    if (kind === 'toml') return parseToml(text, { integersAsBigInt: true });
  } catch {
    return undefined;
  }
  return undefined;
}

/** Apply `edits` random structural edits; falls back to the text unchanged when it does not parse. */
function structural(edit: (slot: Slot, rng: Rng, kind: FileKind) => void, edits = 1): Mutator {
  return (text, kind, rng) => {
    if (kind === 'requirements') return text;
    const root = parseStructured(text, kind);
    if (root === undefined) return text;
    for (let i = 0; i < edits; i++) {
      const all = slots(root);
      if (!all.length) break;
      // Bias towards shallow keys (metadata, package fields) a third of the time.
      const shallow = all.filter((s) => s.depth <= 2);
      edit(rng.chance(0.33) && shallow.length ? rng.pick(shallow) : rng.pick(all), rng, kind);
    }
    try {
      return serialize(root, kind);
    } catch {
      return text;
    }
  };
}

function setSlot(s: Slot, v: Node): void {
  (s.parent as Record<string | number, unknown>)[s.key] = v;
}

export const MUTATORS: Record<string, Mutator> = {
  byteFlip: (text, _k, rng) => {
    const buf = Buffer.from(text, 'utf8');
    if (!buf.length) return '\u00ff';
    for (let n = rng.range(1, 8); n > 0; n--) {
      const i = rng.int(buf.length);
      buf[i] = rng.chance(0.5) ? buf[i]! ^ (1 << rng.int(8)) : rng.int(128);
    }
    // latin1 keeps the bytes as they are when re-encoded by the caller (see mutate()).
    return `\u0000BYTES:${buf.toString('latin1')}`;
  },
  truncate: (text, _k, rng) => {
    const buf = Buffer.from(text, 'utf8');
    return `\u0000BYTES:${buf.subarray(0, rng.int(buf.length + 1)).toString('latin1')}`;
  },
  deleteLines: (text, _k, rng) => {
    const ls = lines(text);
    for (let n = rng.range(1, 4); n > 0 && ls.length; n--) ls.splice(rng.int(ls.length), rng.chance(0.8) ? 1 : rng.range(2, 20));
    return ls.join('\n');
  },
  duplicateLines: (text, _k, rng) => {
    const ls = lines(text);
    for (let n = rng.range(1, 3); n > 0; n--) {
      const i = rng.int(ls.length);
      const len = rng.chance(0.7) ? 1 : rng.range(2, 30);
      ls.splice(rng.int(ls.length + 1), 0, ...ls.slice(i, i + len));
    }
    return ls.join('\n');
  },
  swapLines: (text, _k, rng) => {
    const ls = lines(text);
    for (let n = rng.range(1, 4); n > 0 && ls.length > 1; n--) {
      const a = rng.int(ls.length);
      const b = rng.int(ls.length);
      [ls[a], ls[b]] = [ls[b]!, ls[a]!];
    }
    return ls.join('\n');
  },
  syntaxChars: (text, kind, rng) => {
    const pool = kind === 'json' ? JSON_TOKENS : kind === 'toml' ? TOML_TOKENS : REQ_TOKENS;
    let out = text;
    for (let n = rng.range(1, 5); n > 0; n--) out = insertAt(out, rng, rng.pick(pool));
    return out;
  },
  /** Token insertion that keeps the file parseable more often: at a line start or end. */
  lineToken: (text, kind, rng) => {
    const pool = kind === 'json' ? JSON_TOKENS : kind === 'toml' ? TOML_TOKENS : REQ_TOKENS;
    const ls = lines(text);
    const i = rng.int(ls.length);
    ls[i] = rng.chance(0.5) ? rng.pick(pool) + ls[i] : ls[i] + rng.pick(pool);
    return ls.join('\n');
  },
  wrongTypeText: (text, kind, rng) => {
    if (kind === 'requirements') return text;
    const re = kind === 'json' ? /("[^"\n]+"\s*:\s*)("(?:[^"\\\n]|\\.)*"|-?\d[\d.eE+-]*|true|false|null|\[\]|\{\})/ : /^(\s*[A-Za-z0-9_."'-]+\s*=\s*)(.+)$/m;
    const m = randomMatch(text, re, rng);
    if (!m) return text;
    return replaceMatch(text, m, m[1]! + rng.pick(kind === 'json' ? WRONG_JSON : WRONG_TOML));
  },
  wrongTypeTree: structural((s, rng, kind) => setSlot(s, wrongValue(s.value, rng, kind)), 1),
  wrongTypeTreeMany: structural((s, rng, kind) => setSlot(s, wrongValue(s.value, rng, kind)), 6),
  deleteKeyTree: structural((s) => {
    if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1);
    else delete s.parent[s.key as string];
  }, 2),
  stringValueTree: structural((s, rng) => {
    if (typeof s.value === 'string') setSlot(s, rng.pick([...SPECIFIERS, ...MARKERS, ...UNICODE.map((u) => `${s.value as string}${u}`)]));
    else setSlot(s, rng.pick(SPECIFIERS));
  }, 3),
  /** Replace version specifiers / versions in any syntax with junk (pep440 is the likeliest crash). */
  specifierNoise: (text, _k, rng) => {
    let out = text;
    for (let n = rng.range(1, 3); n > 0; n--) {
      const m = randomMatch(out, /(==|>=|<=|~=|!=|\^|~|<|>)\s*[0-9][0-9A-Za-z.*+!-]*/, rng) ?? randomMatch(out, /"[0-9]+\.[0-9][^"\n]*"/, rng);
      if (!m) break;
      const junk = rng.pick(SPECIFIERS);
      out = replaceMatch(out, m, m[0].startsWith('"') ? JSON.stringify(junk) : junk);
    }
    return out;
  },
  markerNoise: (text, _k, rng) => {
    const m = randomMatch(text, /(python_version|python_full_version|sys_platform|platform_system|os_name|platform_machine|extra|implementation_name)\s*(==|!=|>=|<=|<|>|in|not in)\s*(\\?["'])[^"'\\\n]*\3/, rng);
    if (!m) return insertAt(text, rng, `; ${rng.pick(MARKERS)}`);
    const junk = rng.pick(MARKERS);
    return replaceMatch(text, m, junk.replace(/"/g, m[3]!.length > 1 ? '\\"' : m[3]!));
  },
  hugeString: (text, kind, rng) => {
    const size = rng.pick([10_000, 100_000, 1_000_000, 3_000_000]);
    const unit = rng.pick(['a', '1.', '9', '-', '\\\\', ' ', '.*', 'é']);
    const huge = unit.repeat(Math.ceil(size / unit.length));
    if (rng.chance(0.3)) return insertAt(text, rng, huge);
    const m = randomMatch(text, kind === 'requirements' ? /[A-Za-z0-9_.-]+/ : /"[^"\n]*"/, rng);
    if (!m) return text + huge;
    return replaceMatch(text, m, kind === 'requirements' ? huge : JSON.stringify(huge));
  },
  unicode: (text, _k, rng) => {
    let out = text;
    for (let n = rng.range(1, 6); n > 0; n--) out = insertAt(out, rng, rng.pick(UNICODE));
    return out;
  },
  /** Unicode inside names and strings (case folding, normalisation, width changes). */
  unicodeInStrings: (text, _k, rng) => {
    const m = randomMatch(text, /[A-Za-z][A-Za-z0-9_.-]{1,40}/, rng);
    if (!m) return text;
    const at = rng.int(m[0].length + 1);
    return replaceMatch(text, m, m[0].slice(0, at) + rng.pick(UNICODE.filter((u) => u !== '\u0000')) + m[0].slice(at));
  },
  deepNesting: (text, kind, rng) => {
    const depth = rng.pick([100, 1000, 5000, 20_000, 100_000]);
    const open = rng.pick(kind === 'json' ? ['[', '{"a":'] : ['[', '{ a = ']);
    const close = open === '[' ? ']' : '}';
    const nested = open.repeat(depth) + (rng.chance(0.8) ? close.repeat(depth) : '');
    if (kind === 'requirements') return insertAt(text, rng, `\n${'('.repeat(depth)}\n`);
    if (kind === 'json') {
      const m = randomMatch(text, /("[^"\n]+"\s*:\s*)("(?:[^"\\\n]|\\.)*"|\[\]|\{\}|-?\d+|true|false|null)/, rng);
      return m ? replaceMatch(text, m, m[1]! + nested) : nested;
    }
    const m = randomMatch(text, /^(\s*[A-Za-z0-9_."'-]+\s*=\s*)(.+)$/m, rng);
    return m ? replaceMatch(text, m, m[1]! + nested) : `x = ${nested}\n${text}`;
  },
  deepTables: (text, kind, rng) => {
    if (kind !== 'toml') return text;
    const depth = rng.pick([100, 1000, 10_000]);
    return insertAt(text, rng, `\n[${Array.from({ length: depth }, (_, i) => `t${i % 10}`).join('.')}]\nk = 1\n`);
  },
  empty: (_t, kind, rng) => rng.pick(['', ' ', '\n', '\r\n', '\ufeff', '\t\n  \n', kind === 'json' ? rng.pick(['{}', '[]', 'null', '0', '""', '{"_meta":{}}', '{"_meta":null}']) : rng.pick(['#', '[]', 'a = 1', '[package]', '[[package]]', '-r'])]),
  numbers: (text, _k, rng) => {
    const m = randomMatch(text, /\b\d+\b/, rng);
    if (!m) return text;
    return replaceMatch(text, m, rng.pick(['99999999999999999999999999', '-1', '0', '1e400', '0x1F', '1_000', '00', '-0', '4294967296', '1.5']));
  },
  /** Splice a chunk of another fixture file into this one (formats cross-pollinate). */
  splice: (text, _k, rng, donors) => {
    if (!donors.length) return text;
    const donor = rng.pick(donors);
    const ls = lines(donor);
    const start = rng.int(ls.length);
    const chunk = ls.slice(start, start + rng.range(1, 40)).join('\n');
    const tl = lines(text);
    tl.splice(rng.int(tl.length + 1), rng.chance(0.5) ? rng.range(0, 10) : 0, chunk);
    return tl.join('\n');
  },
};

const WEIGHTS: Array<[string, number]> = [
  ['byteFlip', 6], ['truncate', 6], ['deleteLines', 8], ['duplicateLines', 7], ['swapLines', 6], ['syntaxChars', 8], ['lineToken', 8],
  ['wrongTypeText', 8], ['wrongTypeTree', 12], ['wrongTypeTreeMany', 6], ['deleteKeyTree', 8], ['stringValueTree', 8], ['specifierNoise', 10],
  ['markerNoise', 7], ['hugeString', 2], ['unicode', 5], ['unicodeInStrings', 5], ['deepNesting', 2], ['deepTables', 1], ['empty', 2], ['numbers', 5],
  ['splice', 5],
];
const TOTAL_WEIGHT = WEIGHTS.reduce((n, [, w]) => n + w, 0);

function pickMutator(rng: Rng): string {
  let r = rng.int(TOTAL_WEIGHT);
  for (const [name, w] of WEIGHTS) {
    if (r < w) return name;
    r -= w;
  }
  return WEIGHTS[0]![0];
}

export interface Mutant {
  ops: string[];
  bytes: Buffer;
}

/** 1–3 stacked mutations of `source` (structural ones first see parseable text more often). */
export function mutate(source: string, kind: FileKind, seed: number, donors: readonly string[] = [], only?: string): Mutant {
  const rng = new Rng(seed);
  const ops: string[] = [];
  let text = source;
  let raw: Buffer | undefined;
  const count = only ? 1 : rng.chance(0.6) ? 1 : rng.range(2, 3);
  for (let i = 0; i < count; i++) {
    const name = only ?? pickMutator(rng);
    ops.push(name);
    const out = MUTATORS[name]!(text, kind, rng, donors);
    if (out.startsWith('\u0000BYTES:')) {
      raw = Buffer.from(out.slice('\u0000BYTES:'.length), 'latin1');
      // Byte-level output may not be text any more: it is the last mutation applied.
      break;
    }
    text = out;
  }
  return { ops, bytes: raw ?? Buffer.from(text, 'utf8') };
}
