import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdmContentHash } from '../../../actions/shared/lockfile/pdm.js';
import { checkPylock } from '../../../actions/shared/lockfile/pylock.js';
import { parseToml } from '../../../actions/shared/lockfile/toml.js';
import { fixtures, project, REPO, SHA } from './helpers.js';

describe('pylock fixtures', () => {
  const list = fixtures(['pdm-pylock', 'uv-pylock', 'pylock'], (f) => f.lockfile.find((l) => /^pylock(\..+)?\.toml$/.test(l)));
  it.runIf(list.length > 0).each(list.map((x) => [x.entry.dir, x.entry.manager, x.lockfile] as const))('%s (%s) has zero errors', (_d, _manager, lockfile) => {
    const r = checkPylock({ workspace: REPO, dir: dirname(lockfile), lockfile, requireHashes: true });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.packages).toBeGreaterThan(0);
    // PDM records a manifest hash; uv's export is compared with the uv.lock beside it.
    expect(r.freshness, r.inconclusiveReason).toBe('fresh');
  });
});

describe('pylock.toml from `uv export`: compared with the uv.lock beside it', () => {
  const uvPylock = fixtures(['uv-pylock'], (f) => f.lockfile.find((l) => l === 'pylock.toml'));
  const copyOf = (lockfile: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'bb-pylock-'));
    cpSync(dirname(lockfile), dir, { recursive: true });
    return join(dir, 'pylock.toml');
  };
  it.runIf(uvPylock.length > 0)('a package missing, a version or a hash changed: stale', () => {
    const lockfile = copyOf(uvPylock.find((x) => x.entry.dir === 'webapp/uv-pylock')!.lockfile);
    const text = readFileSync(lockfile, 'utf8');
    const check = (t: string) => {
      writeFileSync(lockfile, t);
      return checkPylock({ workspace: dirname(lockfile), dir: dirname(lockfile), lockfile, requireHashes: true });
    };
    expect(check(text).freshness).toBe('fresh');
    const dropped = check(text.replace(/\[\[packages\]\]\nname = "blinker"[\s\S]*?\n\n(?=\[\[packages\]\])/, ''));
    expect(dropped.freshness).toBe('stale');
    expect(dropped.findings.find((f) => f.package === 'blinker')).toMatchObject({ class: 'drift', found: '(absent)' });
    const bumped = check(text.replace('name = "click"\nversion = "8.5.0"', 'name = "click"\nversion = "8.4.0"'));
    expect(bumped.freshness).toBe('stale');
    expect(bumped.findings.find((f) => f.package === 'click')?.class).toBe('version-mismatch');
    const hash = check(text.replace('ba0efaa9080b619ff2f3459d1d500c57bddea4a6b424b60a91141db6fd2f08bc', 'ba0efaa9080b619ff2f3459d1d500c57bddea4a6b424b60a91141db6fd2f08bd'));
    expect(hash.freshness).toBe('stale');
    // the markers uv writes are compared with uv.lock's by meaning (a pylock without them was stale)
    expect(check(text.replace(`marker = "python_full_version < '3.11'"`, `marker = 'python_full_version<"3.11"'`)).freshness).toBe('fresh');
    const marker = check(text.replace(`marker = "python_full_version < '3.11'"`, `marker = "python_full_version < '3.12'"`));
    expect(marker.freshness).toBe('stale');
    expect(marker.findings.filter((f) => f.class === 'drift').map((f) => f.message)).toHaveLength(1);
    // `uv export --format pylock.toml --no-hashes` still writes every hash (uv 0.13.9): not an export
    // that "should have none", as --no-hashes means for requirements.txt
    const noHashes = check(text.replace(/^(#\s+uv export .*?)( -o | --output-file)/m, '$1 --no-hashes$2'));
    expect(noHashes.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(noHashes.freshness).toBe('fresh');
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
