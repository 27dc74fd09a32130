import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestCredentialFindings, mergeFindings } from '../../../actions/shared/lockfile/credentials.js';

describe('manifest credential scan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bb-cred-'));
  const file = join(dir, 'pyproject.toml');
  writeFileSync(
    file,
    [
      '[[tool.uv.index]]',
      'name = "internal"',
      'url = "https://ci-bot:s3cr3t@pypi.internal.example/simple"',
      '# url = "https://old:commented@example.com/simple"',
      '[[tool.poetry.source]]',
      'url = "https://${USER}:${TOKEN}@pypi.example/simple"',
      'url = "https://pypi.org/simple"',
    ].join('\n'),
  );

  it('reports literal credentials with their line, masked, and ignores comments and env references', () => {
    const findings = manifestCredentialFindings(file, dir);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ class: 'credentials-in-url', severity: 'error', manifest: { file: 'pyproject.toml', line: 3 } });
    expect(JSON.stringify(findings)).not.toContain('s3cr3t');
  });

  it('scans a 1 MB line in linear time and still finds a URL after a digit-led run (fuzz regression)', () => {
    const long = join(dir, 'long.toml');
    writeFileSync(long, `ur${'a'.repeat(1_000_000)}l = "https://ci-bot:s3cr3t@pypi.internal.example/simple"\nx = "9git+https://bot:t0ken@git.example/r.git"\n`);
    const findings = manifestCredentialFindings(long, dir);
    expect(findings.map((f) => f.manifest?.line)).toEqual([1, 2]);
    expect(findings[1]!.found).toMatch(/^git\+https:\/\//);
  }, 30_000);

  it('does not duplicate a finding already reported at the same place', () => {
    const findings = manifestCredentialFindings(file, dir);
    expect(mergeFindings(findings, findings)).toHaveLength(1);
  });
});
