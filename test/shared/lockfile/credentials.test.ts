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

  it('does not duplicate a finding already reported at the same place', () => {
    const findings = manifestCredentialFindings(file, dir);
    expect(mergeFindings(findings, findings)).toHaveLength(1);
  });
});
