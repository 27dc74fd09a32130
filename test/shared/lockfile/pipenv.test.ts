import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../actions/shared/errors.js';
import { checkPipenv, pipfileHash } from '../../../actions/shared/lockfile/pipenv.js';
import { parseToml } from '../../../actions/shared/lockfile/toml.js';
import { fixtures, project, REPO, SHA } from './helpers.js';

// Written by the real pipenv 2026.10.3: `_meta.hash.sha256` = 419ab5a6… (canonical names).
const PIPFILE = `[[source]]
url = "https://pypi.org/simple"
verify_ssl = true
name = "pypi"

[packages]
Requests = ">=2.31"
"ruamel.yaml" = "*"

[dev-packages]
iniconfig = "*"

[requires]
python_version = "3.11"
`;

describe('Pipfile hash (verified against real pipenv)', () => {
  it('pipenv 2026.10.3 canonical variant', () => expect(pipfileHash(parseToml(PIPFILE, 'P'), 'canonical')).toBe('419ab5a697577f0bc3859ab9c7b31da4a15720ff8300905b111f14ff28428d2a'));
  it('legacy variant differs when names are not canonical', () => expect(pipfileHash(parseToml(PIPFILE, 'P'), 'legacy')).not.toBe(pipfileHash(parseToml(PIPFILE, 'P'), 'canonical')));
  it('injects the default source when [[source]] is missing', () => {
    const noSource = PIPFILE.replace(/\[\[source\]\][^[]*/, '');
    expect(pipfileHash(parseToml(noSource, 'P'), 'canonical')).toBe(pipfileHash(parseToml(PIPFILE.replace('url = "https://pypi.org/simple"\nverify_ssl = true\nname = "pypi"', 'name = "pypi"\nurl = "https://pypi.org/simple"\nverify_ssl = true'), 'P'), 'canonical'));
  });
});

describe('pipenv fixtures', () => {
  const list = fixtures(['pipenv'], (f) => f.lockfile.find((l) => l === 'Pipfile.lock'));
  it.runIf(list.length > 0).each(list.map((x) => [x.entry.dir, x.lockfile] as const))('%s is fresh with zero errors', (_d, lockfile) => {
    const r = checkPipenv({ workspace: REPO, dir: dirname(lockfile), lockfile, requireHashes: true });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.freshness).toBe('fresh');
  });
});

function lockJson(hash: string, def: Record<string, unknown>, dev: Record<string, unknown> = {}, sources?: unknown[]): string {
  return JSON.stringify(
    {
      _meta: { hash: { sha256: hash }, 'pipfile-spec': 6, requires: { python_version: '3.11' }, sources: sources ?? [{ name: 'pypi', url: 'https://pypi.org/simple', verify_ssl: true }] },
      default: def,
      develop: dev,
    },
    null,
    4,
  );
}
const entry = (v: string) => ({ hashes: [`sha256:${SHA}`], index: 'pypi', version: `==${v}` });
const DEF = { requests: entry('2.32.3'), 'ruamel.yaml': entry('0.18.6') };
const DEV = { iniconfig: entry('2.0.0') };

describe('checkPipenv', () => {
  const canonical = pipfileHash(parseToml(PIPFILE, 'P'), 'canonical');
  const legacy = pipfileHash(parseToml(PIPFILE, 'P'), 'legacy');
  it('fresh (canonical) with a notice for older pipenv', () => {
    const r = checkPipenv(project({ Pipfile: PIPFILE, 'Pipfile.lock': lockJson(canonical, DEF, DEV) }, 'Pipfile.lock'));
    expect(r.freshness).toBe('fresh');
    expect(r.findings).toEqual([expect.objectContaining({ class: 'tool-version-skew', severity: 'notice' })]);
    expect(r.packages).toBe(3);
  });
  it('fresh (legacy) with a skew warning', () => {
    const r = checkPipenv(project({ Pipfile: PIPFILE, 'Pipfile.lock': lockJson(legacy, DEF, DEV) }, 'Pipfile.lock'));
    expect(r.freshness).toBe('fresh');
    expect(r.findings).toEqual([expect.objectContaining({ class: 'tool-version-skew', severity: 'warning', fix: 'pipenv lock' })]);
  });
  it('stale: unsatisfied and missing packages named with both locations', () => {
    const now = PIPFILE.replace('Requests = ">=2.31"', 'Requests = ">=2.33"\nflask = "*"');
    const r = checkPipenv(project({ Pipfile: now, 'Pipfile.lock': lockJson(canonical, DEF, DEV) }, 'Pipfile.lock'));
    expect(r.freshness).toBe('stale');
    expect(r.findings).toContainEqual(expect.objectContaining({ class: 'drift', package: 'requests', expected: '>=2.33', found: '2.32.3', manifest: { file: 'Pipfile', line: 7 }, lock: { file: 'Pipfile.lock', line: 19 } }));
    expect(r.findings).toContainEqual(expect.objectContaining({ class: 'drift', package: 'flask', found: 'not locked', manifest: { file: 'Pipfile', line: 8 } }));
  });
  it('stale with no specific cause: one hash finding', () => {
    const now = PIPFILE.replace('python_version = "3.11"', 'python_version = "3.12"');
    const r = checkPipenv(project({ Pipfile: now, 'Pipfile.lock': lockJson(canonical, DEF, DEV) }, 'Pipfile.lock'));
    expect(r.freshness).toBe('stale');
    expect(r.findings).toEqual([expect.objectContaining({ class: 'drift', found: canonical, fix: 'pipenv lock' })]);
  });
  it('integrity: unpinned, hashes, VCS ref, unknown index, credentials, default/develop mismatch', () => {
    const def = {
      ...DEF,
      loose: { hashes: [`sha256:${SHA}`], version: '>=1' },
      nohash: { hashes: [], version: '==1.0' },
      vcs: { git: 'https://github.com/o/vcs.git', ref: 'main' },
      other: { ...entry('1.0'), index: 'nope' },
      iniconfig: entry('1.1.1'),
    };
    const r = checkPipenv(project({ Pipfile: PIPFILE, 'Pipfile.lock': lockJson(canonical, def, DEV, [{ name: 'pypi', url: 'https://me:pw@pypi.example/simple', verify_ssl: true }]) }, 'Pipfile.lock'));
    expect(r.findings.filter((f) => f.class !== 'drift' && f.class !== 'tool-version-skew').map((f) => `${f.class}:${f.package ?? ''}`).sort()).toEqual([
      'credentials-in-url:',
      'invalid-lockfile:other',
      'missing-hash:nohash',
      'unpinned:loose',
      'vcs-not-pinned:vcs',
      'version-mismatch:iniconfig',
    ]);
    expect(JSON.stringify(r.findings)).not.toContain(':pw@');
    // At the line of the URL in the lock, with the relock command.
    const cred = r.findings.find((f) => f.class === 'credentials-in-url')!;
    const lockText = readFileSync(r.lockfile, 'utf8');
    expect(lockText.split('\n')[cred.lock!.line! - 1]).toContain('"url": "https://me:pw@pypi.example/simple"');
    expect(cred.fix).toBe('pipenv lock');
  });
  it('a Pipfile nested deeper than Python can hash is inconclusive, not a stack overflow (fuzz regression)', () => {
    const deep = PIPFILE.replace('[dev-packages]', `[${Array.from({ length: 10_000 }, (_, i) => `t${i % 10}`).join('.')}]\nk = 1\n\n[dev-packages]`);
    const r = checkPipenv(project({ Pipfile: deep, 'Pipfile.lock': lockJson(canonical, DEF, DEV) }, 'Pipfile.lock'));
    expect(r.freshness).toBe('inconclusive');
    expect(r.findings).toContainEqual(expect.objectContaining({ class: 'inconclusive', message: expect.stringMatching(/recursion depth/) }));
  });
  it('invalid JSON → UserError with a line', () => {
    const input = project({ Pipfile: PIPFILE, 'Pipfile.lock': '{\n  "_meta": {,\n}' }, 'Pipfile.lock');
    expect(() => checkPipenv(input)).toThrow(UserError);
    try {
      checkPipenv(input);
    } catch (e) {
      expect((e as UserError).location?.file).toBe('Pipfile.lock');
    }
  });
  it('unsupported pipfile-spec', () => {
    const text = lockJson(canonical, DEF).replace('"pipfile-spec": 6', '"pipfile-spec": 7');
    const r = checkPipenv(project({ Pipfile: PIPFILE, 'Pipfile.lock': text }, 'Pipfile.lock'));
    expect(r.freshness).toBe('inconclusive');
    expect(r.findings[0]).toMatchObject({ class: 'unsupported-format', severity: 'error' });
  });
});

// Real pipenv 2026.10.3 output (data/pipenv/README.txt): `pipenv verify` says up-to-date.
describe('pipenv: packages unresolved because their Pipfile marker does not hold (real locks)', () => {
  const DATA = join(REPO, 'test/shared/lockfile/data/pipenv');
  const check = (dir: string) => checkPipenv({ workspace: join(DATA, dir), dir: join(DATA, dir), lockfile: join(DATA, dir, 'Pipfile.lock'), requireHashes: true });
  const unpinned = (r: ReturnType<typeof checkPipenv>) => Object.fromEntries(r.findings.filter((f) => f.class === 'unpinned').map((f) => [f.package, f.severity]));

  it('marker keys (sys_platform = "== \'win32\'") dropped from the lock: "*" is a warning, not an error', () => {
    const r = check('marker-keys-star');
    expect(r.freshness).toBe('fresh');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(unpinned(r)).toEqual({ colorama: 'warning', iniconfig: 'warning', 'pywin32-ctypes': 'warning', pyperclip: 'warning' });
    expect(r.findings.find((f) => f.package === 'colorama')!.message).toContain("sys_platform == 'win32'");
  });

  it('a specifier written as the version ("==>=0.4", "==~=2.0") is a warning, not an error', () => {
    const r = check('marker-keys-spec');
    expect(r.freshness).toBe('fresh');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(unpinned(r)).toEqual({ colorama: 'warning', exceptiongroup: 'warning', iniconfig: 'warning', 'pywin32-ctypes': 'warning' });
  });

  it('without a marker in the lock or the Pipfile the same entries stay errors', () => {
    const dir = join(DATA, 'marker-keys-spec');
    const pipfile = readFileSync(join(dir, 'Pipfile'), 'utf8').replace(/, (sys_platform|platform_machine|python_version) = "[^"]*"/g, '');
    const lock = readFileSync(join(dir, 'Pipfile.lock'), 'utf8');
    const r = checkPipenv(project({ Pipfile: pipfile, 'Pipfile.lock': lock }, 'Pipfile.lock'));
    expect(unpinned(r)).toEqual({ colorama: 'error', exceptiongroup: 'error', iniconfig: 'error', 'pywin32-ctypes': 'warning' });
    expect(r.findings.filter((f) => f.class === 'missing-hash').map((f) => f.package).sort()).toEqual(['colorama', 'exceptiongroup']);
  });
});
