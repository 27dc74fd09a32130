/**
 * The markers `uv export` writes, computed from uv.lock (checkUvExportMarkers), against what the real
 * uv 0.13.9 wrote. Sample export-markers: uv.lock and requirements.txt are current; requirements.old.txt
 * was exported before `{ include-group = "lint" }` was dropped from the dev group, a change that keeps
 * every name, version and hash of the export and only changes tomli's marker.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { checkUvExportMarkers, uvExportMarkers, type UvExportPin, type UvExportScope } from '../../../actions/shared/lockfile/uv.js';
import { parseToml } from '../../../actions/shared/lockfile/toml.js';

const DATA = path.resolve('test/shared/lockfile/data/uv');
const FIXTURES = path.resolve('test/fixtures/lockfiles');
const UV = [path.resolve('.lab/tools/bin/uv'), '/tmp/vl-tools/bin/uv'].find((p) => existsSync(p));
const tmps: string[] = [];
afterAll(() => tmps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function pins(text: string): UvExportPin[] {
  const out: UvExportPin[] = [];
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z0-9._-]+)==([^\s;\\]+)\s*(?:;\s*(.*?))?\s*\\?$/.exec(line);
    if (m) out.push({ name: m[1]!, version: m[2]!, ...(m[3] ? { marker: m[3] } : {}) });
  }
  return out;
}
const lockOf = (dir: string) => parseToml(readFileSync(path.join(dir, 'uv.lock'), 'utf8'), 'uv.lock');
const ALL: UvExportScope = { root: 'mk', dependencies: true, extras: 'all', groups: ['dev'] };

describe('uv export markers', () => {
  it('an export written from the current lock matches; one written before a marker-only change does not', () => {
    const dir = path.join(DATA, 'export-markers');
    const lock = lockOf(dir);
    expect(checkUvExportMarkers(lock, ALL, pins(readFileSync(path.join(dir, 'requirements.txt'), 'utf8')))).toEqual({ mismatches: [], unsure: [] });
    const old = checkUvExportMarkers(lock, ALL, pins(readFileSync(path.join(dir, 'requirements.old.txt'), 'utf8')))!;
    expect(old.mismatches).toEqual([{ name: 'tomli', version: '2.2.1', expected: "python_full_version < '3.11'", found: "python_full_version < '3.11' or sys_platform == 'darwin'" }]);
  });

  it('agrees with the markers the real `uv export` writes, for each selection', () => {
    if (!UV) return;
    const samples = ['export-markers', 'single', 'options', 'sources-markers', 'dep-metadata'];
    for (const sample of samples) {
      const dir = mkdtempSync(path.join(tmpdir(), 'bb-uvx-'));
      tmps.push(dir);
      cpSync(path.join(DATA, sample), dir, { recursive: true });
      const lock = lockOf(dir);
      const py = parseToml(readFileSync(path.join(dir, 'pyproject.toml'), 'utf8'), 'pyproject.toml');
      const root = String((py.project as Record<string, unknown>).name).toLowerCase();
      const rootPkg = (lock.package as Record<string, unknown>[]).find((p) => p.name === root)!;
      const groups = Object.keys((rootPkg['dev-dependencies'] as Record<string, unknown>) ?? {});
      const selections: [string[], UvExportScope][] = [
        [[], { root, dependencies: true, extras: [], groups: groups.includes('dev') ? ['dev'] : [] }],
        [['--all-extras', '--all-groups'], { root, dependencies: true, extras: 'all', groups }],
        [['--no-dev'], { root, dependencies: true, extras: [], groups: [] }],
        ...groups.map((g): [string[], UvExportScope] => [['--only-group', g], { root, dependencies: false, extras: [], groups: [g] }]),
      ];
      for (const [flags, scope] of selections) {
        const r = spawnSync(UV, ['export', '--frozen', '--offline', '-q', '--no-header', ...flags], { cwd: dir, encoding: 'utf8' });
        expect(r.status, `${sample} ${flags.join(' ')}: ${r.stderr}`).toBe(0);
        const written = pins(r.stdout);
        expect(written.length).toBeGreaterThan(0);
        expect(checkUvExportMarkers(lock, scope, written), `${sample} ${flags.join(' ')}`).toEqual({ mismatches: [], unsure: [] });
      }
    }
  });

  it('agrees with the committed uv export fixtures (hashes, forks, 300+ packages)', () => {
    const dirs = existsSync(FIXTURES) ? readdirSync(FIXTURES).map((d) => path.join(FIXTURES, d, 'uv-export')).filter((d) => existsSync(path.join(d, 'requirements.txt'))) : [];
    for (const dir of dirs) {
      const text = readFileSync(path.join(dir, 'requirements.txt'), 'utf8');
      if (!/^#\s+uv export --locked --format requirements\.txt -o requirements\.txt$/m.test(text)) continue;
      const py = parseToml(readFileSync(path.join(dir, 'pyproject.toml'), 'utf8'), 'pyproject.toml');
      const root = String((py.project as Record<string, unknown>).name).toLowerCase();
      const r = checkUvExportMarkers(lockOf(dir), { root, dependencies: true, extras: [], groups: ['dev'] }, pins(text));
      expect(r, dir).toEqual({ mismatches: [], unsure: [] });
    }
  });

  it('no verdict for locks it does not model', () => {
    expect(uvExportMarkers(lockOf(path.join(DATA, 'conflicts-envs')), { root: 'ml-demo', dependencies: true, extras: [], groups: [] })).toBeUndefined();
    expect(uvExportMarkers(lockOf(path.join(DATA, 'workspace/ws')), { root: 'ws-root', dependencies: true, extras: [], groups: [] })).toBeUndefined();
    expect(uvExportMarkers(lockOf(path.join(DATA, 'export-markers')), { root: 'nope', dependencies: true, extras: [], groups: [] })).toBeUndefined();
  });
});
