import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parseLockToml } from '../../../actions/shared/lockfile/fasttoml.js';
import { REPO_ROOT } from '../../harness/runtimes.js';

function tomlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tomlFiles(path);
    return /\.(toml|lock)$/.test(name) && name !== 'Pipfile.lock' ? [path] : [];
  });
}

function smol(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: parse(text, { integersAsBigInt: true }) };
  } catch {
    return { ok: false };
  }
}

/** Mulberry32: a seeded PRNG so a failing mutant can be reproduced. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const files = tomlFiles(join(REPO_ROOT, 'test', 'fixtures', 'lockfiles'));
const SNIPPETS = ['"', "'", '[', ']', '[[', '{', '}', ',', '=', '.', '\n', '\r', '#', '\\', '\\u00e9', '\\x41', '1_000', '1979-05-27', 'inf', '-0', '0x1f', '"""', "'''", '\t', '\u0001', ' = 1', 'a.b = 1', '[package]\n'];

describe('fast lockfile TOML parser', () => {
  it('parses every fixture lockfile exactly like smol-toml', () => {
    let fast = 0;
    for (const file of files.filter((f) => /\.lock$|pylock/.test(f))) {
      const text = readFileSync(file, 'utf8');
      const ours = parseLockToml(text);
      expect(ours, `${file} should take the fast path`).toBeDefined();
      expect(ours).toStrictEqual(parse(text, { integersAsBigInt: true }));
      fast++;
    }
    expect(fast).toBeGreaterThan(20);
  });

  it('agrees with smol-toml on manifests whenever it does not defer', () => {
    for (const file of files.filter((f) => f.endsWith('.toml'))) {
      const text = readFileSync(file, 'utf8');
      const ours = parseLockToml(text);
      if (ours) expect(ours).toStrictEqual(parse(text, { integersAsBigInt: true }));
    }
  });

  it('never accepts a mutant smol-toml rejects, and never disagrees with it', () => {
    const seed = Number(process.env.FUZZ_SEED ?? 20261127);
    const rand = prng(seed);
    const small = files.filter((f) => statSync(f).size < 40_000);
    let checked = 0;
    for (let n = 0; n < 3000; n++) {
      const text = readFileSync(small[Math.floor(rand() * small.length)]!, 'utf8');
      const at = Math.floor(rand() * text.length);
      const snippet = SNIPPETS[Math.floor(rand() * SNIPPETS.length)]!;
      const mode = rand();
      const mutant = mode < 0.4 ? text.slice(0, at) + snippet + text.slice(at) : mode < 0.7 ? text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 20)) : text.slice(0, at) + snippet + text.slice(at + snippet.length);
      const ours = parseLockToml(mutant);
      if (ours === undefined) continue;
      const reference = smol(mutant);
      expect(reference.ok, `seed ${seed} mutant ${n}: fast parser accepted what smol-toml rejects:\n${mutant.slice(Math.max(0, at - 80), at + 80)}`).toBe(true);
      if (reference.ok) expect(ours).toStrictEqual(reference.value);
      checked++;
    }
    expect(checked).toBeGreaterThan(300);
  });

  // The one-match path for `{ k1 = "v1", k2 = "v2" }` array elements (artifact lists) and what
  // surrounds it: each text must parse as smol-toml parses it, or be rejected/deferred like smol-toml.
  it.each([
    ['the last element without a trailing comma', 'files = [\n    {file = "a.whl", hash = "sha256:00"},\n    {file = "b.tar.gz", hash = "sha256:11"}\n]\n'],
    ['a trailing comma', 'files = [\n    {file = "a.whl", hash = "sha256:00"},\n]\n'],
    ['a comment after the comma', 'files = [\n    {file = "a.whl", hash = "sha256:00"}, # x\n    {file = "b", hash = "c"},\n]\n'],
    ['elements on one line', 'files = [{file = "a", hash = "b"}, {file = "c", hash = "d"}]\n'],
    ['CRLF line ends', 'files = [\r\n    {file = "a", hash = "b"},\r\n    {file = "c", hash = "d"},\r\n]\r\n'],
    ['a lone CR after the comma', 'files = [\n    {file = "a", hash = "b"},\r    {file = "c", hash = "d"},\n]\n'],
    ['two commas', 'files = [\n    {file = "a", hash = "b"},\n    ,{file = "c", hash = "d"},\n]\n'],
    ['a missing comma between lines', 'files = [\n    {file = "a", hash = "b"}\n    {file = "c", hash = "d"},\n]\n'],
    ['a duplicate key', 'files = [\n    {file = "a", file = "b"},\n]\n'],
    ['three pairs', 'files = [\n    {file = "a", hash = "b", size = "c"},\n]\n'],
    ['an escape in a value', 'files = [\n    {file = "a\\u00e9", hash = "b"},\n]\n'],
    ['a quoted key', 'files = [\n    {"file" = "a", hash = "b"},\n]\n'],
    ['a control character in a value', 'files = [\n    {file = "a\u0001", hash = "b"},\n]\n'],
    ['a key named __proto__', 'files = [\n    {__proto__ = "a", hash = "b"},\n]\n'],
    ['the array left open', 'files = [\n    {file = "a", hash = "b"},\n'],
  ])('parses an artifact list with %s exactly as smol-toml does', (_name, text) => {
    const ours = parseLockToml(text);
    const reference = smol(text);
    if (ours === undefined) return; // deferred: the full parser decides
    expect(reference.ok, 'accepted what smol-toml rejects').toBe(true);
    if (reference.ok) expect(ours).toStrictEqual(reference.value);
  });

  it('takes the artifact-list path for the usual shapes (no deferral)', () => {
    for (const text of [
      'files = [\n    {file = "a.whl", hash = "sha256:00"},\n    {file = "b.tar.gz", hash = "sha256:11"}\n]\n',
      'files = [\r\n    {url = "https://x/a.whl", hash = "sha256:00"},\r\n]\r\n',
    ]) {
      expect(parseLockToml(text)).toStrictEqual(parse(text, { integersAsBigInt: true }));
    }
  });

  it.each([
    ['dotted keys', 'a.b = 1\n'],
    ['local dates', 'd = 1979-05-27\n'],
    ['local date-times', 'd = 1979-05-27T07:32:00\n'],
    ['multi-line strings', 's = """x\ny"""\n'],
    ['special floats', 'f = inf\n'],
    ['underscored ints', 'i = 1_000\n'],
    ['redefined tables', '[a]\nx = 1\n[a]\ny = 2\n'],
    ['extending an inline table', '[p]\nsrc = { a = 1 }\n[p.src]\nb = 2\n'],
    ['duplicate keys', 'a = 1\na = 2\n'],
    ['two statements on a line', 'a = 1 b = 2\n'],
  ])('defers %s to the full parser', (_name, text) => {
    expect(parseLockToml(text)).toBeUndefined();
  });
});
