import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestProblem, firstHashProblem, hashProblem } from '../../../actions/shared/lockfile/hashes.js';
import { checkLockfile } from '../../../actions/shared/lockfile/index.js';
import type { Manager } from '../../../actions/shared/lockfile/types.js';
import { FIXTURES, project, SHA } from './helpers.js';

describe('hash format', () => {
  it('accepts algorithm:hex digests of the right length', () => {
    expect(hashProblem(`sha256:${SHA}`)).toBeUndefined();
    expect(hashProblem(`sha256:${SHA.toUpperCase()}`)).toBeUndefined();
    expect(hashProblem(`sha384:${'b'.repeat(96)}`)).toBeUndefined();
    expect(hashProblem(`sha512:${'c'.repeat(128)}`)).toBeUndefined();
    expect(hashProblem(`md5:${'d'.repeat(32)}`)).toBeUndefined();
    expect(digestProblem('sha256', SHA)).toBeUndefined();
    expect(digestProblem('blake2b', 'e'.repeat(128))).toBeUndefined();
  });

  it('rejects junk, wrong lengths, missing algorithms and unknown algorithms', () => {
    expect(hashProblem('sha256:xyz')?.expected).toBe('64 hex digits after sha256:');
    expect(hashProblem(`sha256:${SHA.slice(1)}`)?.expected).toBe('64 hex digits after sha256:');
    expect(hashProblem(`sha256:${SHA}0`)).toBeDefined();
    expect(hashProblem(`sha384:${SHA}`)?.expected).toBe('96 hex digits after sha384:');
    expect(hashProblem(`sha512:${'g'.repeat(128)}`)).toBeDefined();
    expect(hashProblem(SHA)?.expected).toMatch(/^algorithm:hexdigest/);
    expect(hashProblem(`sha265:${SHA}`)?.expected).toMatch(/hashlib algorithm/);
    expect(digestProblem('sha256', 'abc123')).toEqual({ found: 'sha256:abc123', expected: '64 hex digits after sha256:' });
  });
});

/** Large fixtures written by the real tools: one per format that records hashes. */
const CASES: { manager: Manager; dir: string; lock: string; mutate: (text: string) => string }[] = [
  { manager: 'poetry', dir: 'large/poetry2', lock: 'poetry.lock', mutate: (t) => t.replace(/sha256:[0-9a-f]{64}/, 'sha256:xyz') },
  { manager: 'pdm', dir: 'large/pdm', lock: 'pdm.lock', mutate: (t) => t.replace(/, hash = "sha256:[0-9a-f]{64}"/, ', hash = "sha256:xyz"') },
  { manager: 'uv', dir: 'large/uv', lock: 'uv.lock', mutate: (t) => t.replace(/sha256:([0-9a-f]{64})/, (_m, h: string) => `sha256:${h.slice(0, 40)}`) },
  { manager: 'pipenv', dir: 'large/pipenv', lock: 'Pipfile.lock', mutate: (t) => t.replace(/sha256:[0-9a-f]{64}/, 'sha256:not-hex') },
  { manager: 'pip-tools', dir: 'large/pip-tools', lock: 'requirements.txt', mutate: (t) => t.replace(/--hash=sha256:[0-9a-f]{64}/, '--hash=sha256:junk') },
  { manager: 'pylock', dir: 'large/pdm-pylock', lock: 'pylock.toml', mutate: (t) => t.replace(/sha256 = "[0-9a-f]{64}"/, 'sha256 = "abc123"') },
];

function filesOf(dir: string): Record<string, string> {
  const abs = join(FIXTURES, dir);
  return Object.fromEntries(readdirSync(abs).map((n) => [n, readFileSync(join(abs, n), 'utf8')]));
}

function lineOfFirstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(0, i).split('\n').length;
}

describe.each(CASES)('malformed hash in a real $manager lock ($dir)', ({ manager, dir, lock, mutate }) => {
  const files = filesOf(dir);
  const original = files[lock]!;

  it('reports none for the lock as the tool wrote it', async () => {
    const r = await checkLockfile(manager, project(files, lock));
    expect(r.findings.filter((f) => f.class === 'malformed-hash')).toEqual([]);
  });

  it('reports a mutated hash as an error at its line, with the fix', async () => {
    const mutated = mutate(original);
    expect(mutated).not.toBe(original);
    const r = await checkLockfile(manager, project({ ...files, [lock]: mutated }, lock));
    const bad = r.findings.filter((f) => f.class === 'malformed-hash');
    expect(bad).toHaveLength(1);
    expect(bad[0]!.severity).toBe('error');
    expect(bad[0]!.lock?.file).toBe(lock);
    expect(bad[0]!.lock?.line).toBe(lineOfFirstDifference(original, mutated));
    expect(bad[0]!.expected).toMatch(/hex digits after sha256:/);
    expect(bad[0]!.fix).toBeTruthy();
  });

  describe('firstHashProblem (one regex run for a list of sha256 hashes)', () => {
    const ok = (c: string): string => `sha256:${c.repeat(64)}`;
    it('accepts a list of well-formed hashes, and an empty list', () => {
      expect(firstHashProblem([ok('a'), ok('B'), ok('0'), `sha512:${'c'.repeat(128)}`])).toBeUndefined();
      expect(firstHashProblem([ok('a'), ok('f')])).toBeUndefined();
      expect(firstHashProblem([])).toBeUndefined();
    });
    it('finds a bad hash of the usual length, and counts every bad one', () => {
      const bad = `sha256:${'g'.repeat(64)}`;
      const r = firstHashProblem([ok('a'), bad, ok('b'), `sha256:${'a'.repeat(63)}`]);
      expect(r?.hash).toBe(bad);
      expect(r?.count).toBe(2);
    });
    it('is not fooled by newlines inside hashes that line up with the joined list', () => {
      // 71 characters each, but a newline inside: joined, the text is not 71-character lines.
      const split = `sha256:${'a'.repeat(31)}\n${'b'.repeat(32)}`;
      expect(split.length).toBe(71);
      expect(firstHashProblem([split, ok('c')])?.hash).toBe(split);
      // Two valid hashes in one string: joined, it reads as two well-formed lines.
      const two = `${ok('a')}\n${ok('b')}`;
      expect(firstHashProblem([two])?.hash).toBe(two);
      expect(firstHashProblem([ok('c'), two])?.count).toBe(1);
    });
  });
});
