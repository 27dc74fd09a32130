import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../actions/shared/errors.js';
import { parseToml, readProjectFile, TomlLineIndex } from '../../../actions/shared/lockfile/toml.js';

const sample = `# comment
[project]
name = "x"
dependencies = [
  "requests>=2",
  'Flask[async] (>=3.0) ; python_version >= "3.9"',
]
description = """
[not-a-table]
name = "fake"
"""

[tool.poetry.dependencies]
python = "^3.9"
"ruamel.yaml" = "*"

[[package]]
name = "a"
version = "1"

[package.dependencies]
b = ">=1"

[[package]]
name = "b"
version = "2"
files = [
    {file = "b-2.tar.gz", hash = "sha256:00"},
]

[package.dependencies]
c = "*"

[tool]
pdm.dev-dependencies = { test = ["pytest"] }
`;

describe('parseToml', () => {
  it('keeps integers as bigint', () => {
    expect(parseToml('a = 1\nb = 1.0', 'x.toml')).toEqual({ a: 1n, b: 1.0 });
  });
  it('turns syntax errors into UserError with file:line', () => {
    try {
      parseToml('a = 1\nb = [\n', 'dir/x.toml');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      const e = err as UserError;
      expect(e.title).toBe('invalid TOML');
      expect(e.location?.file).toBe('dir/x.toml');
      expect(e.location?.line).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('TomlLineIndex', () => {
  const idx = new TomlLineIndex(sample);
  it('finds table headers and keys', () => {
    expect(idx.tableLine('project')).toBe(2);
    expect(idx.keyLine('project', 'dependencies')).toBe(4);
    expect(idx.keyLine('project', 'description')).toBe(8);
    expect(idx.tableLine('not-a-table')).toBeUndefined();
    expect(idx.keyLine('tool.poetry.dependencies', 'ruamel.yaml')).toBe(15);
    expect(idx.keyLine('tool.pdm', 'dev-dependencies')).toBe(35);
  });
  it('finds keys in the N-th array table and its sub-tables', () => {
    expect(idx.arrayKeyLine('package', 0, 'name')).toBe(18);
    expect(idx.arrayKeyLine('package', 1, 'name')).toBe(25);
    expect(idx.subTable('package.dependencies', 0)?.keys.get('b')).toBe(22);
    expect(idx.subTable('package.dependencies', 1)?.keys.get('c')).toBe(32);
    expect(idx.arrayKeyLine('package', 1, 'files')).toBe(27);
  });
  it('finds requirement strings inside arrays', () => {
    expect(idx.requirementLine('project', 'dependencies', 'requests')).toBe(5);
    expect(idx.requirementLine('project', 'dependencies', 'flask')).toBe(6);
    expect(idx.stringLine('b-2.tar.gz')).toBe(28);
  });
  it('indexes a 300-package lock', () => {
    let big = '';
    for (let i = 0; i < 300; i++) big += `[[package]]\nname = "p${i}"\nversion = "1.0"\nfiles = [\n    {file = "p${i}-1.0.tar.gz", hash = "sha256:${'0'.repeat(64)}"},\n]\n\n[package.dependencies]\nx = "*"\n\n`;
    const i2 = new TomlLineIndex(big);
    expect(i2.arrayKeyLine('package', 299, 'name')).toBe(big.split('\n').indexOf('name = "p299"') + 1);
  });
});

describe('readProjectFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bb-toml-'));
  it('reads text and strips a BOM', () => {
    writeFileSync(join(dir, 'a.toml'), '\ufeffa = 1\n');
    expect(readProjectFile(join(dir, 'a.toml'))).toBe('a = 1\n');
  });
  it('refuses large, binary, invalid UTF-8 and missing files', () => {
    writeFileSync(join(dir, 'big'), 'x'.repeat(100));
    expect(() => readProjectFile(join(dir, 'big'), 10)).toThrow(/over the 10-byte limit/);
    writeFileSync(join(dir, 'bin'), Buffer.from([0x61, 0x00, 0x62]));
    expect(() => readProjectFile(join(dir, 'bin'))).toThrow(/binary/);
    writeFileSync(join(dir, 'bad'), Buffer.from([0x61, 0xff, 0x62]));
    expect(() => readProjectFile(join(dir, 'bad'))).toThrow(/UTF-8/);
    expect(() => readProjectFile(join(dir, 'nope'))).toThrow(UserError);
  });
});
