import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyProject } from '../../actions/verify-lockfile/main.js';
import { REPO_ROOT } from '../harness/runtimes.js';
import { fixtureManifest, workspaceWithFixture } from './workspace.js';

/**
 * PDM's lock_inputs (a pdm.lock that records the requirements it was locked from, without their
 * specifiers, instead of a content hash): for every such fixture and each edit below, our verdict
 * must be the one `pdm lock --check` gives in the same test — fresh or stale, not "inconclusive".
 * The edits are the ones where lock_inputs differs from a hash: a bump the lock still satisfies, a
 * marker or requires-python written differently, sources and resolution settings, a renamed project.
 */
const TOOLS_PATH = `${REPO_ROOT}/.lab/tools/bin:${process.env.PATH}`;

interface Edit {
  name: string;
  /** Returns the new pyproject.toml text, or undefined when the edit does not apply. */
  apply(pyproject: string, lock: string): string | undefined;
}

const replaceOnce = (text: string, from: RegExp | string, to: string): string | undefined => {
  const out = text.replace(from, to);
  return out === text ? undefined : out;
};
/** The first requirement string of `[project].dependencies`. */
const firstDependency = (t: string): string | undefined => /^dependencies = \[\s*\n\s*"([^"]+)"/m.exec(t)?.[1];
/** The locked version of a package. */
const lockedVersion = (lock: string, name: string): string | undefined => new RegExp(`^name = "${name}"\\nversion = "([^"]+)"`, 'm').exec(lock)?.[1];

const EDITS: Edit[] = [
  { name: 'unmodified', apply: (t) => t },
  {
    name: 'a bump the locked version still satisfies',
    apply: (t, lock) => {
      const v = lockedVersion(lock, 'structlog');
      return v ? replaceOnce(t, /"structlog>=[^"]*"/, `"structlog>=${v}"`) : undefined;
    },
  },
  {
    name: 'a bump past the locked version',
    apply: (t) => replaceOnce(t, /"structlog>=[^"]*"/, '"structlog>=999"'),
  },
  {
    name: 'a requirement written with other spacing and quotes',
    apply: (t) => replaceOnce(t, /"uvloop>=0\.19; sys_platform != 'win32'"/, '"uvloop >= 0.19 ; sys_platform!=\\"win32\\""'),
  },
  {
    name: 'a marker that means something else',
    apply: (t) => replaceOnce(t, /sys_platform != 'win32'/, "sys_platform != 'cygwin'"),
  },
  {
    name: 'a name written with other separators',
    apply: (t) => replaceOnce(t, '"prometheus-client>=', '"prometheus_client>='),
  },
  {
    name: 'a name written in other case',
    apply: (t) => {
      const dep = firstDependency(t);
      return dep ? replaceOnce(t, `"${dep}"`, `"${dep.charAt(0).toUpperCase()}${dep.slice(1)}"`) : undefined;
    },
  },
  {
    name: 'requirements reordered',
    apply: (t) => {
      const m = /^(dependencies = \[\n)((?:\s+"[^"]+",\n)+)/m.exec(t);
      if (!m) return undefined;
      const lines = m[2]!.trimEnd().split('\n');
      if (lines.length < 2) return undefined;
      return t.replace(m[0], `${m[1]}${[...lines].reverse().join('\n')}\n`);
    },
  },
  {
    name: 'requires-python with spaces',
    apply: (t) => replaceOnce(t, /^requires-python = ">=(\S+)"/m, 'requires-python = ">= $1"'),
  },
  {
    name: 'requires-python raised',
    apply: (t) => replaceOnce(t, /^requires-python = "[^"]*"/m, 'requires-python = ">=3.12"'),
  },
  {
    name: 'requires-python capped (the same versions and more text)',
    apply: (t) => replaceOnce(t, /^requires-python = ">=(\S+)"/m, 'requires-python = ">=$1,<4"'),
  },
  {
    name: 'a source added',
    apply: (t) => `${t.trimEnd()}\n\n[[tool.pdm.source]]\nname = "extra"\nurl = "https://pypi.example.test/simple"\nverify_ssl = true\n`,
  },
  {
    name: 'a source URL changed',
    apply: (t) => replaceOnce(t, /^url = "https:\/\/pypi\.internal\.example\/simple"/m, 'url = "https://pypi.internal.example/other"'),
  },
  {
    name: 'a resolution setting added',
    apply: (t) => replaceOnce(t, /^lock_inputs = true$/m, 'lock_inputs = true\nrespect-source-order = true'),
  },
  {
    name: 'the git reference changed',
    apply: (t) => replaceOnce(t, /bbgreet\.git@v0\.1\.0/, 'bbgreet.git@v0.2.0'),
  },
  {
    name: 'a marker clause added',
    apply: (t) => replaceOnce(t, /sys_platform != 'win32'/, "sys_platform != 'win32' and os_name != 'nt'"),
  },
  {
    name: 'a fragment added to the git URL (PDM drops it)',
    apply: (t) => replaceOnce(t, /bbgreet\.git@v0\.1\.0/, 'bbgreet.git@v0.1.0#egg=bbgreet'),
  },
  {
    name: 'a new empty dependency group',
    apply: (t) => (/^\[dependency-groups\]$/m.test(t) ? replaceOnce(t, /^\[dependency-groups\]$/m, '[dependency-groups]\nDocs_Site = []') : `${t.trimEnd()}\n\n[dependency-groups]\ndocs = []\n`),
  },
];

function pdmCheck(cwd: string): { fresh: boolean; output: string } {
  const r = spawnSync('pdm', ['lock', '--check'], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, PATH: TOOLS_PATH, PDM_CHECK_UPDATE: 'false', NO_COLOR: '1' } });
  if (r.error) throw new Error(`pdm could not run: ${r.error.message} (run scripts/python-tools)`);
  return { fresh: r.status === 0, output: `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(0, 2).join(' | ') };
}

const fixtures = fixtureManifest().filter((f) => f.manager === 'pdm-inputs' && !f.bad);

describe('pdm.lock with lock_inputs: our verdict is `pdm lock --check`\'s', () => {
  it('has fixtures written by the real PDM with lock_inputs', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
    for (const f of fixtures) expect(readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'lockfiles', f.dir, 'pdm.lock'), 'utf8')).toMatch(/^\[metadata\.lock_inputs\.project\]/m);
  });

  describe.each(fixtures)('$dir', (fixture) => {
    it.for(EDITS)('$name', async (edit, ctx) => {
      const { workspace, project } = workspaceWithFixture(fixture.dir);
      const manifest = join(project, 'pyproject.toml');
      const lock = readFileSync(join(project, 'pdm.lock'), 'utf8');
      const edited = edit.apply(readFileSync(manifest, 'utf8'), lock);
      if (edited === undefined) return ctx.skip(`"${edit.name}" does not apply to ${fixture.dir}`);
      writeFileSync(manifest, edited);
      const native = pdmCheck(project);
      process.env.GITHUB_WORKSPACE = workspace;
      const [verified] = await verifyProject({ dir: project, manager: 'pdm', lockfile: '', requireHashes: true, native: 'never' });
      const result = verified!.result;
      const detail = `native: ${native.fresh ? 'fresh' : 'stale'} (${native.output}); ours: ${result.freshness} ${result.inconclusiveReason ?? ''} ${JSON.stringify(result.findings.map((f) => f.message))}`;
      expect(result.freshness, detail).toBe(native.fresh ? 'fresh' : 'stale');
      if (!native.fresh) {
        // A stale verdict says what differs, at a manifest line when one is involved.
        const drift = result.findings.filter((f) => f.class === 'drift' && f.severity === 'error');
        expect(drift.length, detail).toBeGreaterThan(0);
        expect(drift.every((f) => f.fix === 'pdm lock'), detail).toBe(true);
      }
    });
  });
});
