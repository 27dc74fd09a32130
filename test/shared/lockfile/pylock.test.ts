import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdmContentHash } from '../../../actions/shared/lockfile/pdm.js';
import { checkPylock } from '../../../actions/shared/lockfile/pylock.js';
import { parseToml } from '../../../actions/shared/lockfile/toml.js';
import { fixtures, project, REPO, SHA } from './helpers.js';

describe('pylock fixtures', () => {
  const list = fixtures(['pdm-pylock', 'uv-pylock', 'pylock'], (f) => f.lockfile.find((l) => /^pylock(\..+)?\.toml$/.test(l)));
  it.runIf(list.length > 0).each(list.map((x) => [x.entry.dir, x.entry.manager, x.lockfile] as const))('%s (%s) has zero errors', (_d, manager, lockfile) => {
    const r = checkPylock({ workspace: REPO, dir: dirname(lockfile), lockfile, requireHashes: true });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.packages).toBeGreaterThan(0);
    // Only PDM records a manifest hash; other writers give an inconclusive verdict.
    expect(r.freshness).toBe(manager === 'pdm-pylock' ? 'fresh' : 'inconclusive');
  });
});

const PY = `[project]
name = "app"
version = "0.1.0"
requires-python = ">=3.9"
dependencies = ["idna>=3"]
`;
const pkg = `[[packages]]
name = "idna"
version = "3.7"
sdist = {name = "idna-3.7.tar.gz", url = "https://files.example/idna-3.7.tar.gz", hashes = {sha256 = "${SHA}"}}
wheels = [
    {name = "idna-3.7-py3-none-any.whl", url = "https://files.example/idna-3.7-py3-none-any.whl", hashes = {sha256 = "${SHA}"}},
]
`;
const doc = (createdBy: string, packages: string, tool = '') => `lock-version = "1.0"\nrequires-python = ">=3.9"\ncreated-by = "${createdBy}"\n\n${packages}\n${tool}`;

describe('checkPylock', () => {
  it('uv-written: valid, freshness inconclusive', () => {
    const r = checkPylock(project({ 'pyproject.toml': PY, 'pylock.toml': doc('uv', pkg) }, 'pylock.toml'));
    expect(r.findings).toEqual([]);
    expect(r.freshness).toBe('inconclusive');
    expect(r.locked[0]).toMatchObject({ name: 'idna', version: '3.7', source: 'registry' });
    expect(r.locked[0]!.hashes).toContain(`sha256:${SHA}`);
  });
  it('PDM-written: fresh / stale by [tool.pdm] hashes', () => {
    const h = pdmContentHash(parseToml(PY, 'p'), 'dependency-groups');
    const text = doc('pdm', pkg, `[tool.pdm]\nhashes = {sha256 = "${h}"}\n`);
    expect(checkPylock(project({ 'pyproject.toml': PY, 'pylock.toml': text }, 'pylock.toml')).freshness).toBe('fresh');
    const stale = checkPylock(project({ 'pyproject.toml': PY.replace('idna>=3', 'idna>=4'), 'pylock.toml': text }, 'pylock.toml'));
    expect(stale.freshness).toBe('stale');
    expect(stale.findings[0]).toMatchObject({ class: 'drift', found: `sha256:${h}` });
  });
  it('spec violations', () => {
    const bad = `[[packages]]
name = "Bad_Name"
version = "1.0"
wheels = [
    {name = "bad_name-1.1-py3-none-any.whl", url = "https://u:p@files.example/bad_name-1.1-py3-none-any.whl", hashes = {}},
]

[[packages]]
name = "vcspkg"
vcs = {type = "git", url = "https://github.com/o/v.git", commit-id = "main"}

[[packages]]
name = "both"
version = "1"
directory = {path = "."}
sdist = {url = "https://files.example/both-1.tar.gz", hashes = {sha256 = "${SHA}"}}
`;
    const r = checkPylock(project({ 'pylock.toml': doc('x', bad) }, 'pylock.toml'));
    const got = r.findings.map((f) => `${f.class}:${f.package ?? ''}`).sort();
    expect(got).toEqual(
      [
        'credentials-in-url:bad-name',
        'invalid-lockfile:bad-name',
        'invalid-lockfile:both',
        'invalid-lockfile:both',
        'missing-hash:bad-name',
        'vcs-not-pinned:vcspkg',
        'version-mismatch:bad-name',
      ].sort(),
    );
    expect(JSON.stringify(r.findings)).not.toContain('u:p@');
  });
  it('unknown major lock-version is rejected', () => {
    const r = checkPylock(project({ 'pylock.toml': doc('x', pkg).replace('"1.0"', '"2.0"') }, 'pylock.toml'));
    expect(r.findings[0]).toMatchObject({ class: 'unsupported-format', severity: 'error' });
  });
  it('missing required keys', () => {
    const r = checkPylock(project({ 'pylock.toml': 'requires-python = ">=3.9"\n' }, 'pylock.toml'));
    expect(r.findings.filter((f) => f.class === 'invalid-lockfile')).toHaveLength(3);
  });
});
