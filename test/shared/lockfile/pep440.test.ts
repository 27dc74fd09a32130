import { describe, expect, it } from 'vitest';
import {
  canonicalSpecifiers,
  compareVersions,
  isExactPin,
  normalizeVersion,
  parseSpecifiers,
  parseVersion,
  poetrySatisfies,
  poetryToPep440,
  satisfies,
} from '../../../actions/shared/lockfile/pep440.js';

describe('PEP 440 versions', () => {
  it('normalises spellings (packaging test_version style)', () => {
    const cases: [string, string][] = [
      ['1.0', '1.0'],
      ['v1.0', '1.0'],
      ['1.0a1', '1.0a1'],
      ['1.0.alpha.1', '1.0a1'],
      ['1.0-beta2', '1.0b2'],
      ['1.0c1', '1.0rc1'],
      ['1.0pre1', '1.0rc1'],
      ['1.0preview', '1.0rc0'],
      ['1.0-1', '1.0.post1'],
      ['1.0.rev2', '1.0.post2'],
      ['1.0r', '1.0.post0'],
      ['1.0-dev3', '1.0.dev3'],
      ['1.0dev', '1.0.dev0'],
      ['1!2.0', '1!2.0'],
      ['1.0+Ubuntu-1', '1.0+ubuntu.1'],
      ['1.0.0+abc_7', '1.0.0+abc.7'],
      [' 2.0 ', '2.0'],
    ];
    for (const [input, want] of cases) expect(normalizeVersion(input), input).toBe(want);
    for (const bad of ['', 'french toast', '1.0+', '1..0', '1.0.post1.post2', '1.0+ä']) expect(parseVersion(bad), bad).toBeNull();
  });

  it('orders versions like packaging', () => {
    const ordered = [
      '1.0.dev456',
      '1.0a1',
      '1.0a2.dev456',
      '1.0a12.dev456',
      '1.0a12',
      '1.0b1.dev456',
      '1.0b2',
      '1.0b2.post345.dev456',
      '1.0b2.post345',
      '1.0rc1.dev456',
      '1.0rc1',
      '1.0',
      '1.0+abc.5',
      '1.0+abc.7',
      '1.0+5',
      '1.0.post456.dev34',
      '1.0.post456',
      '1.1.dev1',
      '1!0.1',
    ];
    for (let i = 0; i + 1 < ordered.length; i++) {
      expect(compareVersions(ordered[i]!, ordered[i + 1]!), `${ordered[i]} < ${ordered[i + 1]}`).toBe(-1);
      expect(compareVersions(ordered[i + 1]!, ordered[i]!)).toBe(1);
    }
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(compareVersions('1.0.0.0', '1')).toBe(0);
  });
});

describe('PEP 440 specifiers', () => {
  const yes: [string, string][] = [
    ['2.0', '==2'],
    ['2.0', '==2.0.0'],
    ['2.0+deadbeef', '==2.0'],
    ['2.0+deadbeef', '==2.0+deadbeef'],
    ['1.2.3', '==1.2.*'],
    ['1.2', '==1.2.*'],
    ['1.2.0rc1', '==1.2.*'],
    ['1', '==1.0.*'],
    ['1.3', '!=1.2.*'],
    ['2.2', '~=2.2'],
    ['2.9', '~=2.2'],
    ['2.2.5', '~=2.2.0'],
    ['1.4.5a4', '~=1.4.5a4'],
    ['1.4.9', '~=1.4.5a4'],
    ['1.0.post1', '>=1.0'],
    ['1.1.post1', '>1.0'],
    ['1.0.post2', '>1.0.post1'],
    ['0.9', '<1.0'],
    ['1.0rc1', '<1.0.1'],
    ['1.0a2', '<1.0a3'],
    ['1.0', '<=1.0'],
    ['1.0+local', '<=1.0'],
    ['2.0rc1', '>=1.0'], // pre-releases allowed by default (resolvers lock them)
    ['foobar', '===foobar'],
    ['1.0', '===1.0'],
    ['1.0', ''],
    ['1!1.0', '>=1!0.5'],
  ];
  const no: [string, string][] = [
    ['1.20.0', '==1.2.*'],
    ['1.2.3', '!=1.2.*'],
    ['2.0+deadbeef', '==2.0+cafe'],
    ['2.1', '==2.0'],
    ['3.0', '~=2.2'],
    ['2.1', '~=2.2'],
    ['2.3', '~=2.2.0'],
    ['1.0.post1', '>1.0'],
    ['1.0+local', '>1.0'],
    ['1.0rc1', '<1.0'],
    ['1.0.dev1', '<1.0'],
    ['1.0', '<1.0'],
    ['1.0.0', '===1.0'],
    ['1.0', '>=1.0,!=1.0'],
    ['1.0', '>=1!0.5'],
  ];
  it.each(yes)('%s satisfies %s', (v, s) => expect(satisfies(v, s)).toBe(true));
  it.each(no)('%s does not satisfy %s', (v, s) => expect(satisfies(v, s)).toBe(false));

  it('prereleases:false follows PEP 440 default exclusion', () => {
    expect(satisfies('2.0rc1', '>=1.0', { prereleases: false })).toBe(false);
    expect(satisfies('2.0rc1', '>=2.0rc1', { prereleases: false })).toBe(true);
    expect(satisfies('2.0', '>=1.0', { prereleases: false })).toBe(true);
  });

  it('rejects invalid specifiers', () => {
    for (const bad of ['>=1.0.*', '~=1', '~=1.0+local', '==1.0+local.*', '=>1.0', '>=', '>=1.0,,<2']) expect(parseSpecifiers(bad), bad).toBeNull();
    expect(() => satisfies('1.0', '^1.0')).toThrow();
  });

  it('canonicalises specifier sets like uv (sorted, trailing zeros ignored)', () => {
    expect(canonicalSpecifiers('!=8.1.0, >=8')).toBe(canonicalSpecifiers('>=8.0,!=8.1'));
    expect(canonicalSpecifiers('==1.2.*')).not.toBe(canonicalSpecifiers('==1.2.0.*'));
    expect(isExactPin('==1.2.3')).toBe('1.2.3');
    expect(isExactPin('===abc')).toBe('abc');
    expect(isExactPin('==1.2.*')).toBeUndefined();
    expect(isExactPin('>=1,<2')).toBeUndefined();
  });
});

describe('Poetry constraints', () => {
  it('translates caret, tilde, wildcards, ranges and unions', () => {
    expect(poetryToPep440('^1.2')).toEqual(['>=1.2,<2']);
    expect(poetryToPep440('^0.2.3')).toEqual(['>=0.2.3,<0.3']);
    expect(poetryToPep440('^0.0.3')).toEqual(['>=0.0.3,<0.0.4']);
    expect(poetryToPep440('^0')).toEqual(['>=0,<1']);
    expect(poetryToPep440('^0.0')).toEqual(['>=0.0,<0.1']);
    expect(poetryToPep440('~1.2.3')).toEqual(['>=1.2.3,<1.3']);
    expect(poetryToPep440('~1')).toEqual(['>=1,<2']);
    expect(poetryToPep440('~=1.2')).toEqual(['~=1.2']);
    expect(poetryToPep440('1.2.*')).toEqual(['==1.2.*']);
    expect(poetryToPep440('*')).toEqual(['']);
    expect(poetryToPep440('>= 1, < 2,')).toEqual(['>=1,<2']);
    expect(poetryToPep440('1.2.3')).toEqual(['==1.2.3']);
    expect(poetryToPep440('^1.0 || ^2.0')).toEqual(['>=1.0,<2', '>=2.0,<3']);
  });
  it('decides satisfaction', () => {
    expect(poetrySatisfies('1.9.9', '^1.2')).toBe(true);
    expect(poetrySatisfies('2.0.0', '^1.2')).toBe(false);
    expect(poetrySatisfies('2.0.0rc1', '^1.2')).toBe(false);
    expect(poetrySatisfies('2.5', '^1.0 || ^2.0')).toBe(true);
    expect(poetrySatisfies('0.2.9', '^0.2.3')).toBe(true);
    expect(poetrySatisfies('0.3.0', '^0.2.3')).toBe(false);
    expect(poetrySatisfies('7.0', '*')).toBe(true);
    expect(() => poetryToPep440('^banana')).toThrow();
  });
});
