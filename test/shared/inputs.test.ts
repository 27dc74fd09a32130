import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../actions/shared/errors.js';
import { confinePath, getBoolean, getChoice, getDuration, getList, getRequired, parseDuration } from '../../actions/shared/inputs.js';

const set = (name: string, value: string) => (process.env[`INPUT_${name.toUpperCase()}`] = value);
afterEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
});

describe('typed inputs', () => {
  it('reads booleans with a default for empty values and rejects anything else', () => {
    expect(getBoolean('push', false)).toBe(false);
    set('push', 'TRUE');
    expect(getBoolean('push', false)).toBe(true);
    set('push', 'no');
    expect(getBoolean('push', true)).toBe(false);
    set('push', 'maybe');
    expect(() => getBoolean('push', true)).toThrow(UserError);
  });

  it('splits lists on newlines and commas, dropping blanks and comments', () => {
    set('tags', 'v1, latest\n\n# comment\n  edge  ');
    expect(getList('tags')).toEqual(['v1', 'latest', 'edge']);
    set('build-args', 'A=1,2\nB=3');
    expect(getList('build-args', { commas: false })).toEqual(['A=1,2', 'B=3']);
  });

  it.each([
    ['90', 90_000],
    ['90s', 90_000],
    ['1m30s', 90_000],
    ['250ms', 250],
    ['2h', 7_200_000],
    ['1.5s', 1500],
  ])('parses duration %s', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'soon', '5 minutes', '1x', 's'])('rejects duration %j', (text) => expect(parseDuration(text)).toBeUndefined());

  it('names the input in duration and choice errors', () => {
    set('timeout', 'forever');
    expect(() => getDuration('timeout', '30s')).toThrow(/Input "timeout" must be a duration/);
    set('manager', 'conda');
    expect(() => getChoice('manager', ['uv', 'poetry'] as const, 'uv')).toThrow(/Input "manager" must be one of uv, poetry; got "conda"/);
  });

  it('explains a missing required input with an example', () => {
    expect(() => getRequired('image', 'ghcr.io/acme/api')).toThrow(/Input "image" is required/);
    try {
      getRequired('image', 'ghcr.io/acme/api');
    } catch (e) {
      expect((e as UserError).hint).toContain('image: ghcr.io/acme/api');
    }
  });
});

describe('workspace confinement', () => {
  const root = mkdtempSync(join(tmpdir(), 'bb-confine-'));
  mkdirSync(join(root, 'svc'));
  symlinkSync('/etc', join(root, 'escape'));

  it('accepts paths inside the workspace', () => {
    expect(confinePath('p', 'svc', root)).toBe(join(root, 'svc'));
    expect(confinePath('p', './svc/../svc', root)).toBe(join(root, 'svc'));
    expect(confinePath('p', '.', root)).toBe(root);
  });

  it.each(['..', '../x', '/etc', 'svc/../../x', 'escape'])('refuses %s', (value) => {
    expect(() => confinePath('p', value, root)).toThrow(/points outside the workspace/);
  });
});
