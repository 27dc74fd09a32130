import { describe, expect, it } from 'vitest';
import { compareCodePoints, pyFloatRepr, pyJsonDumps, PyJsonUnsupportedError, PY_COMPACT_SEPARATORS, PY_JSON_MAX_DEPTH } from '../../../actions/shared/lockfile/pyjson.js';

// Expected strings produced by CPython 3.11 json.dumps(..., sort_keys=True).
const value = {
  b: [1n, 2.0, 1e16, 1e-5, 0.0001, 123456789012345.6, -0, 1.5e300, 3.14],
  a: 'é😀\x7f\x00\n\t"\\/',
  c: null,
  d: true,
  '\ue000': 1n,
  '\u{1F600}': 2n,
  Z: {},
  y: [],
};

describe('pyJsonDumps', () => {
  it('matches CPython with default separators', () => {
    expect(pyJsonDumps(value)).toBe(
      '{"Z": {}, "a": "\\u00e9\\ud83d\\ude00\\u007f\\u0000\\n\\t\\"\\\\/", "b": [1, 2.0, 1e+16, 1e-05, 0.0001, 123456789012345.6, -0.0, 1.5e+300, 3.14], "c": null, "d": true, "y": [], "\\ue000": 1, "\\ud83d\\ude00": 2}',
    );
  });
  it('matches CPython with compact separators (pipenv)', () => {
    expect(pyJsonDumps(value, { separators: PY_COMPACT_SEPARATORS })).toBe(
      '{"Z":{},"a":"\\u00e9\\ud83d\\ude00\\u007f\\u0000\\n\\t\\"\\\\/","b":[1,2.0,1e+16,1e-05,0.0001,123456789012345.6,-0.0,1.5e+300,3.14],"c":null,"d":true,"y":[],"\\ue000":1,"\\ud83d\\ude00":2}',
    );
  });
  it('handles non-finite floats, big ints and exponent forms', () => {
    expect(pyJsonDumps({ x: [NaN, Infinity, -Infinity, 10n ** 30n, 2.5e-7, 1e22, 1.2345678901234567e19] })).toBe(
      '{"x": [NaN, Infinity, -Infinity, 1000000000000000000000000000000, 2.5e-07, 1e+22, 1.2345678901234567e+19]}',
    );
  });
  it('refuses datetimes like Python does', () => {
    expect(() => pyJsonDumps({ a: new Date(0) })).toThrow(PyJsonUnsupportedError);
  });
  it('refuses nesting deeper than CPython can encode instead of overflowing the stack (fuzz regression)', () => {
    const nest = (depth: number) => {
      let v: unknown = 1n;
      for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
      return v;
    };
    expect(pyJsonDumps(nest(PY_JSON_MAX_DEPTH)).length).toBeGreaterThan(PY_JSON_MAX_DEPTH);
    expect(() => pyJsonDumps(nest(PY_JSON_MAX_DEPTH + 2))).toThrow(PyJsonUnsupportedError);
    expect(() => pyJsonDumps(nest(100_000))).toThrow(/recursion depth/);
  });
  it('ensure_ascii=False keeps non-ASCII', () => {
    expect(pyJsonDumps('é', { ensureAscii: false })).toBe('"é"');
  });
});

describe('pyFloatRepr', () => {
  it.each([
    [1, '1.0'],
    [0.1, '0.1'],
    [1e15, '1000000000000000.0'],
    [1e16, '1e+16'],
    [1.5e-5, '1.5e-05'],
    [0.00015, '0.00015'],
    [-2.5, '-2.5'],
    [1e100, '1e+100'],
  ])('%s → %s', (x, s) => expect(pyFloatRepr(x)).toBe(s));
});

describe('compareCodePoints', () => {
  it('sorts astral characters after U+FFFF like Python', () => {
    expect(['\u{1F600}', '\uffff', 'a'].sort(compareCodePoints)).toEqual(['a', '\uffff', '\u{1F600}']);
  });
});
