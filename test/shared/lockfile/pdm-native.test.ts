import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPdm, pdmContentHash, PDM_INCOMPATIBLE, PDM_KNOWN_TOOL } from '../../../actions/shared/lockfile/pdm.js';
import { parseToml } from '../../../actions/shared/lockfile/toml.js';
import type { LockCheckResult } from '../../../actions/shared/lockfile/types.js';
import { pdmMarkerString } from '../../../actions/shared/lockfile/pdm-inputs.js';
import { editedCopy, type Edit } from './helpers.js';

// Samples written by PDM 2.29.4 (`pdm lock`); compared with `pdm lock --check` of the same PDM.
//  content-hash:          default lock (no lock_inputs), [dependency-groups] + [tool.pdm.dev-dependencies]
//  inputs-target-python:  lock_inputs = true, locked with `pdm lock --python ">=3.11"` (every package
//                         gets the marker python_version >= "3.11")
//  inputs-markers-url:    lock_inputs = true, a nested marker PDM rewrites, a two-clause marker and a
//                         `name @ https://…whl` requirement (recorded as a url-sha256 fingerprint)
const DATA = path.resolve('test/shared/lockfile/data/pdm');
const PDM = path.resolve('.lab/tools/bin/pdm');
const tmps: string[] = [];
afterAll(() => tmps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function pdmVerdict(dir: string): 'fresh' | 'stale' | undefined {
  if (!existsSync(PDM)) return undefined;
  const r = spawnSync(PDM, ['lock', '--check'], { cwd: dir, encoding: 'utf8', env: { ...process.env, PDM_CHECK_UPDATE: 'false', NO_COLOR: '1' } });
  if (r.status === 0) return 'fresh';
  expect(r.stdout + r.stderr, 'pdm lock --check fails only on the lock').toMatch(/doesn't satisfy the project requirements|out of date/);
  return 'stale';
}

async function verdicts(sample: string, edits: Edit[]): Promise<{ ours: LockCheckResult; tool: 'fresh' | 'stale' | undefined }> {
  const dir = editedCopy(path.join(DATA, sample), edits, 'bb-pdm-');
  tmps.push(dir);
  const ours = await checkPdm({ workspace: dir, dir, lockfile: path.join(dir, 'pdm.lock'), requireHashes: true });
  return { ours, tool: pdmVerdict(dir) };
}
async function expectSame(sample: string, want: 'fresh' | 'stale', edits: Edit[] = []): Promise<LockCheckResult> {
  const { ours, tool } = await verdicts(sample, edits);
  const label = `${sample} ${JSON.stringify(edits.map((e) => e[2]))}: ${ours.inconclusiveReason ?? ''}`;
  expect(ours.freshness, label).toBe(want);
  if (tool) expect(tool, `pdm: ${label}`).toBe(want);
  return ours;
}
const PY = 'pyproject.toml';
const LOCK = 'pdm.lock';

describe('pdm.lock: same verdict as `pdm lock --check` (PDM 2.29.4)', () => {
  it.each(['content-hash', 'inputs-target-python', 'inputs-markers-url'])('%s: a freshly locked project is fresh with zero error findings', async (sample) => {
    const r = await expectSame(sample, 'fresh');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('content_hash: group spellings PDM normalises, and hashed settings', async () => {
    await expectSame('content-hash', 'fresh', [[PY, 'lint = [', 'Lint = [']]);
    await expectSame('content-hash', 'fresh', [
      [PY, '[tool.pdm.dev-dependencies]\ntest = ["iniconfig>=2"]\n', ''],
      [PY, 'lint = ["mccabe>=0.7"]', 'lint = ["mccabe>=0.7"]\ntest = ["iniconfig>=2"]'],
    ]);
    await expectSame('content-hash', 'stale', [[PY, 'lint = [', 'li_nt = [']]);
    await expectSame('content-hash', 'stale', [[PY, 'distribution = false', 'distribution = false\n[tool.pdm.resolution]\nallow-prereleases = true']]);
    await expectSame('content-hash', 'fresh', [[PY, 'distribution = false', 'distribution = false\n[tool.pdm.resolution]']]);
    await expectSame('content-hash', 'fresh', [[LOCK, /groups = \[[^\]]*\]\n/, '']]);
  });

  it('content_hash: PDM >= 2.20 accepts its own hash whatever lock_version says; an older-generation hash warns', async () => {
    // a current-generation hash under an older lock_version (PDM only warns "generated on an older version")
    await expectSame('content-hash', 'fresh', [[LOCK, 'lock_version = "4.5.1"', 'lock_version = "4.4.1"']]);
    await expectSame('content-hash', 'fresh', [[LOCK, 'lock_version = "4.5.1"', 'lock_version = "4.4.2"']]);
    // the hash PDM 2.13–2.15 wrote (an "overrides" key): fresh for that writer, stale for PDM 2.29.4
    const old = pdmContentHash(parseToml(readFileSync(path.join(DATA, 'content-hash', PY), 'utf8'), PY), 'overrides');
    const { ours, tool } = await verdicts('content-hash', [
      [LOCK, 'lock_version = "4.5.1"', 'lock_version = "4.4.1"'],
      [LOCK, /content_hash = "sha256:[0-9a-f]+"/, `content_hash = "sha256:${old}"`],
    ]);
    expect(ours.freshness).toBe('fresh');
    expect(ours.findings).toContainEqual(expect.objectContaining({ class: 'tool-version-skew', severity: 'warning', found: `sha256:${old}` }));
    if (tool) expect(tool).toBe('stale');
  });

  it('lock_inputs: requires-python is compared as PDM prints it, so an equal range written differently is stale', async () => {
    const r = await expectSame('inputs-target-python', 'stale', [[PY, 'requires-python = ">=3.9"', 'requires-python = ">=3.9.0"']]);
    expect(r.findings).toContainEqual(expect.objectContaining({ class: 'drift', expected: '>=3.9.0', found: '>=3.9' }));
    await expectSame('inputs-target-python', 'stale', [[PY, 'requires-python = ">=3.9"', 'requires-python = ">=3.9,<4"']]);
    await expectSame('inputs-target-python', 'fresh', [[PY, 'requires-python = ">=3.9"', 'requires-python = ">= 3.9"']]);
  });

  it('lock_inputs: a package marker equal to the target Python range covers the requirement (pdm lock --python)', async () => {
    await expectSame('inputs-target-python', 'fresh', [[PY, 'mccabe>=0.7', 'mccabe>=0.6']]);
    await expectSame('inputs-target-python', 'stale', [[PY, 'six>=1.16', 'six>=1.18']]);
    await expectSame('inputs-target-python', 'stale', [[PY, `python_version >= '3.9'`, `python_version >= '3.10'`]]);
  });

  it('lock_inputs: a one-clause marker is recorded as written, so the same meaning written differently is stale', async () => {
    await expectSame('inputs-target-python', 'stale', [[PY, `python_version >= '3.9'`, `python_version > '3.8'`]]);
    await expectSame('inputs-target-python', 'stale', [[PY, `python_version >= '3.9'`, `'3.9' <= python_version`]]);
    await expectSame('inputs-target-python', 'fresh', [[PY, `python_version >= '3.9'`, `python_version>='3.9'`]]);
  });

  it('lock_inputs: a requirement without a marker that no locked package of its group meets is stale', async () => {
    const r = await expectSame('inputs-target-python', 'stale', [[LOCK, /\[\[package\]\]\nname = "mccabe"[\s\S]*?(?=\n\[\[package)/, '']]);
    expect(r.findings).toContainEqual(expect.objectContaining({ class: 'drift', package: 'mccabe', found: 'not locked' }));
    await expectSame('inputs-target-python', 'stale', [[LOCK, 'groups = ["lint"]', 'groups = ["default"]']]);
  });

  it('lock_inputs: a group with more requirements than recorded is stale even when one is not parsed statically', async () => {
    await expectSame('inputs-target-python', 'stale', [[PY, 'lint = ["mccabe>=0.7"]', 'lint = ["mccabe>=0.7", "-e file:///${PROJECT_ROOT}/libs/loc#egg=loc"]']]);
  });

  // dep_logic distributes `a and (b or c)` into `b and a or c and a` and keeps a plain and/or in order.
  const NESTED = `(python_version >= '3.9' or os_name == 'nt') and sys_platform != 'cygwin'`;
  const PLAIN = `os_name != 'nt' and sys_platform != 'cygwin'`;
  it('lock_inputs: a compound marker is compared as PDM prints it (dep_logic), not as written', async () => {
    await expectSame('inputs-markers-url', 'fresh', [[PY, NESTED, `sys_platform != 'cygwin' and (python_version >= '3.9' or os_name == 'nt')`]]);
    await expectSame('inputs-markers-url', 'fresh', [[PY, NESTED, `python_version >= '3.9' and sys_platform != 'cygwin' or os_name == 'nt' and sys_platform != 'cygwin'`]]);
    await expectSame('inputs-markers-url', 'fresh', [[PY, NESTED, `((python_version >= '3.9' or os_name == 'nt')) and (sys_platform != 'cygwin')`]]);
    await expectSame('inputs-markers-url', 'stale', [[PY, NESTED, `(os_name == 'nt' or python_version >= '3.9') and sys_platform != 'cygwin'`]]);
    await expectSame('inputs-markers-url', 'stale', [[PY, PLAIN, `sys_platform != 'cygwin' and os_name != 'nt'`]]);
    await expectSame('inputs-markers-url', 'fresh', [[PY, PLAIN, `(os_name != 'nt') and (sys_platform != 'cygwin')`]]);
    await expectSame('inputs-markers-url', 'fresh', [[PY, PLAIN, `os_name != 'nt' and sys_platform != 'cygwin' and sys_platform != 'cygwin'`]]);
    await expectSame('inputs-markers-url', 'stale', [[PY, PLAIN, `os_name != 'nt' or sys_platform != 'cygwin'`]]);
  });

  const WHEEL = 'https://files.pythonhosted.org/packages/b7/ce/149a00dd41f10bc29e5921b496af8b574d8413afcd5e30dfa0ed46c2cc5e/six-1.17.0-py2.py3-none-any.whl';
  it("lock_inputs: a URL requirement is fingerprinted from PDM's line for it (fragments dropped, egg renames, marker after ' ; ')", async () => {
    await expectSame('inputs-markers-url', 'fresh', [[PY, WHEEL, `${WHEEL}#sha256=4721f391ed90541fddacab5acf947aa0d3dc7d27b2e1e8eda2be8970586c3274`]]);
    await expectSame('inputs-markers-url', 'fresh', [[PY, WHEEL, `${WHEEL}#egg=six`]]);
    await expectSame('inputs-markers-url', 'stale', [[PY, WHEEL, `${WHEEL}#egg=Six`]]);
    await expectSame('inputs-markers-url', 'fresh', [[PY, `six @ ${WHEEL}`, `six@${WHEEL}`]]);
    await expectSame('inputs-markers-url', 'fresh', [[PY, WHEEL, WHEEL.replace('https:', 'HTTPS:')]]);
    await expectSame('inputs-markers-url', 'fresh', [[PY, WHEEL, `${WHEEL}?`]]);
    await expectSame('inputs-markers-url', 'stale', [[PY, WHEEL, `${WHEEL} ; python_version >= '3.9'`]]);
    await expectSame('inputs-markers-url', 'stale', [[PY, WHEEL, `${WHEEL} ; python_version >= '3.9' and os_name != 'nt'`]]);
    await expectSame('inputs-markers-url', 'stale', [[PY, `six @ ${WHEEL}`, `six[b,a] @ ${WHEEL}`]]);
    await expectSame('inputs-markers-url', 'stale', [[PY, WHEEL, `${WHEEL}#subdirectory=sub`]]);
  });

  it.each(['4.6.0', '5.0.0'])('lock_version %s (newer than PDM 2.29.4 reads): inconclusive with a warning that quotes what PDM 2.29.4 says', async (version) => {
    const dir = editedCopy(path.join(DATA, 'inputs-markers-url'), [[LOCK, 'lock_version = "4.5.1"', `lock_version = "${version}"`]], 'bb-pdm-');
    tmps.push(dir);
    const ours = await checkPdm({ workspace: dir, dir, lockfile: path.join(dir, LOCK), requireHashes: true });
    expect(ours.freshness).toBe('inconclusive');
    expect(ours.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const finding = ours.findings.find((f) => f.class === 'unsupported-format');
    expect(finding).toMatchObject({ severity: 'warning', found: version, expected: '4.x <= 4.5.1' });
    expect(finding!.message).toContain(PDM_KNOWN_TOOL);
    expect(finding!.message).toContain(PDM_INCOMPATIBLE);
    if (!existsSync(PDM)) return;
    const r = spawnSync(PDM, ['--version'], { encoding: 'utf8' });
    expect(r.stdout).toContain(PDM_KNOWN_TOOL.replace('PDM ', ''));
    const check = spawnSync(PDM, ['lock', '--check'], { cwd: dir, encoding: 'utf8', env: { ...process.env, PDM_CHECK_UPDATE: 'false', NO_COLOR: '1' } });
    expect(check.status).toBe(1);
    expect(check.stdout + check.stderr).toContain(PDM_INCOMPATIBLE);
  });

  // PDM's own marker code (dep_logic) run by PDM's interpreter, each marker with fresh caches (dep_logic
  // caches merged markers by a key that ignores a reversed comparison; pdmMarkerString is unknown there).
  const PDM_PYTHON = path.resolve('.lab/tools/pdm/bin/python');
  it.runIf(existsSync(PDM_PYTHON))('pdmMarkerString prints what dep_logic prints, on random and/or markers', () => {
    const vars: [string, string[]][] = [
      ['os_name', ['nt', 'posix']],
      ['sys_platform', ['linux', 'win32', 'darwin']],
      ['platform_machine', ['x86_64', 'arm64']],
      ['implementation_name', ['cpython', 'pypy']],
      ['platform_system', ['Linux', 'Windows']],
      ['python_version', ['3.9', '3.10', '3.12']],
      ['extra', ['Foo_Bar', 'dev']],
      ['platform_release', ['5.0']],
      ['python_full_version', ['3.9.1']],
    ];
    let seed = 20261128;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const markers: string[] = [];
    for (let n = 0; n < 250; n++) {
      const pool = [...vars].sort(() => rnd() - 0.5);
      const used: string[] = [];
      const gen = (depth: number): string => {
        if (depth === 0 || rnd() < 0.3 || pool.length < 2) {
          // a comparison repeated now and then; otherwise each variable once (dep_logic merges two of one variable)
          if (used.length && (rnd() < 0.2 || pool.length === 0)) return pick(used);
          const [name, values] = pool.pop()!;
          const leaf = `${name} ${pick(name === 'extra' ? ['==', '!='] : ['==', '!=', '<', '>=', '>', '<='])} "${pick(values)}"`;
          used.push(leaf);
          return rnd() < 0.05 ? `"${pick(values)}" < ${name}` : leaf;
        }
        const parts = Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => gen(depth - 1));
        const joined = parts.join(rnd() < 0.5 ? ' and ' : ' or ');
        return rnd() < 0.7 ? `(${joined})` : joined;
      };
      markers.push(gen(3));
    }
    const script = [
      'import json, sys',
      'import dep_logic.markers as dm, dep_logic.utils as du, dep_logic.markers.single as ds',
      'from pdm.models.requirements import parse_requirement',
      'out = []',
      'for m in json.load(sys.stdin):',
      '    dm.parse_marker.cache_clear(); du.cnf.cache_clear(); du.dnf.cache_clear(); ds._merge_single_markers.cache_clear()',
      '    try:',
      '        out.append(str(parse_requirement("pkg ; " + m).marker))',
      '    except Exception:',
      '        out.append(None)',
      'json.dump(out, sys.stdout)',
    ].join('\n');
    const r = spawnSync(PDM_PYTHON, ['-c', script], { input: JSON.stringify(markers), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const printed = JSON.parse(r.stdout) as (string | null)[];
    let compared = 0;
    markers.forEach((m, i) => {
      const ours = pdmMarkerString(m);
      if (ours === undefined) return;
      compared++;
      expect(ours, m).toBe(printed[i]); // null: PDM fails on the marker, where we must not claim a text
    });
    expect(compared).toBeGreaterThan(80);
  });
});
