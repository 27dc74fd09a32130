import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkRequirements,
  exportSelection,
  parseCompileCommand,
  parseRequirementsHeader,
  parseRequirementsText,
  runnableFix,
} from '../../../actions/shared/lockfile/requirements.js';
import { parseToml } from '../../../actions/shared/lockfile/toml.js';

const FIXTURES = path.resolve('test/fixtures/lockfiles');

const DATA = path.resolve('test/shared/lockfile/data/req');
const tmps: string[] = [];
afterAll(() => tmps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function copy(sample: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bb-req-'));
  tmps.push(dir);
  cpSync(path.join(DATA, sample), dir, { recursive: true });
  return dir;
}
const check = (dir: string, requireHashes = false) =>
  checkRequirements({ workspace: dir, dir, lockfile: path.join(dir, 'requirements.txt'), requireHashes });
function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  expect(next).not.toBe(text);
  writeFileSync(file, next);
}

describe('header detection', () => {
  it('recognises pip-compile, uv pip compile and uv export', () => {
    expect(parseRequirementsHeader(readFileSync(path.join(DATA, 'pipc/requirements.txt'), 'utf8'))).toEqual({
      writer: 'pip-compile',
      pythonVersion: '3.11',
      command: 'pip-compile --generate-hashes requirements.in',
      commandLine: 5,
    });
    expect(parseRequirementsHeader(readFileSync(path.join(DATA, 'uvpc/requirements.txt'), 'utf8'))).toMatchObject({
      writer: 'uv-pip-compile',
      command: 'uv pip compile requirements.in --universal -o requirements.txt',
    });
    expect(parseRequirementsHeader(readFileSync(path.join(DATA, 'uvx/requirements.txt'), 'utf8')).writer).toBe('uv-export');
    expect(parseRequirementsHeader('requests==1\n').writer).toBe('unknown');
  });
  it('parses header commands', () => {
    expect(parseCompileCommand('uv pip compile pyproject.toml --extra Dev -o requirements.txt --generate-hashes')).toMatchObject({
      sources: ['pyproject.toml'],
      extras: ['dev'],
      outputFile: 'requirements.txt',
      generateHashes: true,
    });
    expect(parseCompileCommand('pip-compile --output-file=req/dev.txt req/dev.in req/base.in').sources).toEqual(['req/dev.in', 'req/base.in']);
    expect(parseCompileCommand('uv export --format requirements-txt --project sub -o r.txt').project).toBe('sub');
  });
  it('parses continuations, hashes, options, editables and comments', () => {
    const p = parseRequirementsText(
      '--index-url https://pypi.org/simple\n-e ./local\nfoo==1.0 ; python_version < "3.10" \\\n    --hash=sha256:aa \\\n    --hash=sha256:bb\n    # via bar\n-r base.in\n# WARNING: The following packages were not pinned\n# pip\n',
    );
    expect(p.options).toEqual([{ name: '--index-url', value: 'https://pypi.org/simple', line: 1 }]);
    expect(p.requirements[0]).toMatchObject({ editable: true, target: './local', line: 2 });
    expect(p.requirements[1]).toMatchObject({ line: 3, endLine: 5, hashes: ['sha256:aa', 'sha256:bb'] });
    expect(p.requirements[1]!.req!.markerText).toBe('python_version < "3.10"');
    expect(p.includes).toEqual([{ kind: 'requirement', path: 'base.in', line: 7 }]);
    expect(p.unpinnedWarnings).toEqual([{ name: 'pip', line: 9 }]);
  });
  it('joins continuations with trailing whitespace, and stays linear on a huge continued line (fuzz regression)', () => {
    const p = parseRequirementsText('foo==1.0 \\  \t\n    --hash=sha256:aa \\\n\n    --hash=sha256:bb\nbar==2\n');
    expect(p.requirements[0]).toMatchObject({ line: 1, endLine: 3, hashes: ['sha256:aa'] });
    // An empty line ends the continuation (as in pip): the next --hash stands alone as an option.
    expect(p.requirements.map((r) => r.text)).toEqual(['foo==1.0', 'bar==2']);
    expect(p.options).toEqual([{ name: '--hash', value: 'sha256:bb', line: 4 }]);
    // 4 MB of backslashes on one line, then 300 continuation lines: the old /\\\s*$/ loop rescanned the
    // whole line per continuation (minutes); now it is one pass. (The test timeout is the guard.)
    const huge = `foo==1.0 --hash=sha256:${'\\'.repeat(4_000_000)}\\\n${'    --hash=sha256:aa \\\n'.repeat(300)}    --hash=sha256:bb\n`;
    const q = parseRequirementsText(huge);
    expect(q.requirements).toHaveLength(1);
    expect(q.requirements[0]!.hashes).toHaveLength(302);
  }, 30_000);
});

describe('real files are fresh', () => {
  it.each(['pipc', 'uvpc', 'uvx', 'pipc-include', 'pipc-extras'])('%s', (sample) => {
    const r = check(copy(sample), sample !== 'uvpc');
    expect(r.findings).toEqual([]);
    expect(r.freshness).toBe('fresh');
    expect(r.packages).toBeGreaterThan(0);
  });
});

// pipc-include and pipc-extras: pip-compile 7.6.2 output (with and without --strip-extras) of
// requirements.in → -r base.in (requests[socks]) plus attrs under a marker, -c constraints.txt.
describe('pip-compile: what a recompile would change in the pins of the inputs', () => {
  it('an -r include no longer included takes what only it pulled in (the file still on disk)', () => {
    const dir = copy('pipc-include');
    edit(path.join(dir, 'requirements.in'), /^-r base\.in\n/m, '');
    const r = check(dir);
    expect(r.freshness).toBe('stale');
    const gone = r.findings.filter((f) => f.class === 'drift').map((f) => f.package).sort();
    // What pip-compile drops for this edit (checked with the real pip-compile 7.6.2).
    expect(gone).toEqual(['certifi', 'charset-normalizer', 'idna', 'pysocks', 'requests', 'urllib3']);
    expect(r.findings.find((f) => f.package === 'requests')?.message).toMatch(/base\.in \(no longer included\)/);
  });
  it('a changed or removed marker on an input line no longer matches the pin pip-compile wrote', () => {
    for (const [from, to] of [
      ['python_version >= "3.8"', 'python_version >= "3.9"'],
      [' ; python_version >= "3.8"', ''],
    ] as const) {
      const dir = copy('pipc-include');
      edit(path.join(dir, 'requirements.in'), from, to);
      const r = check(dir);
      expect(r.freshness, `${from} → ${to}`).toBe('stale');
      expect(r.findings.find((f) => f.package === 'attrs')).toMatchObject({ class: 'drift', found: 'python_version >= "3.8"', manifest: { file: 'requirements.in', line: 3 } });
    }
  });
  it('the same marker written differently is not a change', () => {
    const dir = copy('pipc-include');
    edit(path.join(dir, 'requirements.in'), 'python_version >= "3.8"', "python_version>='3.8'");
    expect(check(dir).freshness).toBe('fresh');
  });
  it('extras added or removed on an input line, when the pins keep extras', () => {
    const removed = copy('pipc-extras');
    edit(path.join(removed, 'base.in'), 'requests[socks]', 'requests');
    const r = check(removed);
    expect(r.freshness).toBe('stale');
    expect(r.findings.find((f) => f.package === 'requests')).toMatchObject({ expected: '(no extras)', found: '[socks]' });
    const added = copy('pipc-extras');
    edit(path.join(added, 'requirements.in'), /^attrs>=/m, 'attrs[tests]>=');
    expect(check(added).findings.find((f) => f.package === 'attrs')).toMatchObject({ expected: '[tests]', found: '(no extras)' });
  });
  it('with --strip-extras the pins carry no extras: an extra added is not visible statically (documented)', () => {
    const dir = copy('pipc-include');
    edit(path.join(dir, 'requirements.in'), /^attrs>=/m, 'attrs[tests]>=');
    expect(check(dir).freshness).toBe('fresh');
  });
});

describe('pip-compile / uv pip compile drift', () => {
  it('a tightened .in specifier the pin no longer satisfies is stale, with the header command as fix', () => {
    const dir = copy('pipc');
    edit(path.join(dir, 'requirements.in'), 'requests>=2.28', 'requests>=3');
    const r = check(dir);
    expect(r.freshness).toBe('stale');
    expect(r.findings[0]).toMatchObject({
      class: 'drift',
      package: 'requests',
      expected: 'requests>=3',
      manifest: { file: 'requirements.in', line: 1 },
      fix: 'pip-compile --generate-hashes requirements.in',
    });
  });
  it('a package added to .in, or violating a -c constraint, is stale', () => {
    const dir = copy('uvpc');
    writeFileSync(path.join(dir, 'requirements.in'), readFileSync(path.join(dir, 'requirements.in'), 'utf8') + 'rich\n');
    edit(path.join(dir, 'constraints.txt'), 'urllib3<3', 'urllib3<2');
    const r = check(dir);
    expect(r.freshness).toBe('stale');
    expect(r.findings.map((f) => f.package).sort()).toEqual(['rich', 'urllib3']);
    expect(r.findings[0]!.fix).toBe('uv pip compile requirements.in --universal -o requirements.txt');
  });
  it('a requirement removed from .in after compiling is stale when `# via` names only that input; a pin a package also needs is left alone', () => {
    const dir = copy('pipc');
    edit(path.join(dir, 'requirements.in'), /^attrs.*\n/m, '');
    const r = check(dir);
    expect(r.freshness).toBe('stale');
    const f = r.findings.find((x) => x.package === 'attrs');
    expect(f?.class).toBe('drift');
    expect(f?.message).toContain('required it when it was compiled (# via), but it no longer does');
    expect(f?.lock?.line).toBe(readFileSync(path.join(dir, 'requirements.txt'), 'utf8').split('\n').findIndex((l) => l.startsWith('attrs==')) + 1);
    expect(f?.fix).toBe('pip-compile --generate-hashes requirements.in');
    // requests stays in the .in; a pin annotated `# via requests` (a package) is never decided by this rule.
    expect(r.findings.filter((x) => x.class === 'drift').map((x) => x.package)).toEqual(['attrs']);
    // The annotation forms: a block, one line, and --annotation-style line.
    const parsed = parseRequirementsText('a==1\n    # via\n    #   -r requirements.in\n    #   b\nb==2\n    # via -r x.in, c\nc==3  # via -r y.in\n');
    expect(parsed.requirements.map((e) => e.via)).toEqual([['-r requirements.in', 'b'], ['-r x.in', 'c'], ['-r y.in']]);
  });
  it('what a removed requirement alone pulled in is left over too (via a left-over package, to a fixpoint; -c adds nothing)', () => {
    const dir = copy('pipc');
    edit(path.join(dir, 'requirements.in'), /^requests.*\n/m, '');
    const r = check(dir);
    expect(r.freshness).toBe('stale');
    const drift = r.findings.filter((f) => f.class === 'drift');
    // urllib3 is `# via -c constraints.txt, requests`: the constraint keeps nothing
    expect(drift.map((f) => f.package).sort()).toEqual(['certifi', 'charset-normalizer', 'idna', 'requests', 'urllib3']);
    expect(drift.find((f) => f.package === 'idna')).toMatchObject({ expected: '(absent)', message: expect.stringContaining('only for requests (# via), which is no longer required') });
    expect(drift.find((f) => f.package === 'idna')?.manifest).toBeUndefined();
    expect(drift.find((f) => f.package === 'requests')?.manifest).toEqual({ file: 'requirements.in' });
  });
  // The compilers' own answer (scripts/gen-fixtures removals: the .in edited, recompiled by the pinned
  // pip-compile / uv with the old output in place): exactly the names they dropped are drift here.
  const REMOVALS = JSON.parse(readFileSync(path.resolve('test/fixtures/lockfiles/removal-verdicts.json'), 'utf8')) as Array<{ fixture: string; removed: string; dropped: string[]; added: string[] }>;
  it.each(REMOVALS)('$fixture without $removed: drift = what the real compiler dropped', ({ fixture, removed, dropped, added }) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-req-rm-'));
    tmps.push(dir);
    cpSync(path.resolve('test/fixtures/lockfiles', fixture), dir, { recursive: true });
    edit(path.join(dir, 'requirements.in'), new RegExp(`^${removed}\\b.*\n`, 'm'), '');
    const r = check(dir);
    expect(added).toEqual([]);
    expect(r.freshness).toBe('stale');
    expect(r.findings.filter((f) => f.class === 'drift' && f.expected === '(absent)').map((f) => f.package).sort()).toEqual(dropped);
  });
  it('a platform-specific requirement missing from a non-universal compile is inconclusive, not stale', () => {
    const dir = copy('pipc');
    writeFileSync(path.join(dir, 'requirements.in'), readFileSync(path.join(dir, 'requirements.in'), 'utf8') + 'pywin32 ; sys_platform == "win32"\n');
    expect(check(dir).freshness).toBe('inconclusive');
  });
  it('unpinned lines, missing hashes, credentials', () => {
    const dir = copy('pipc');
    const txt = path.join(dir, 'requirements.txt');
    edit(txt, /idna==([0-9.]+) \\\n(\s+--hash=\S+ \\\n)*\s+--hash=\S+\n/, 'idna>=3\n');
    edit(txt, '--find-links /opt/wheels', '--index-url https://alice:hunter2@pypi.example.com/simple');
    const r = check(dir);
    const classes = r.findings.map((f) => f.class).sort();
    expect(classes).toEqual(['credentials-in-url', 'missing-hash', 'unpinned']);
    expect(JSON.stringify(r.findings)).not.toContain('hunter2');
  });
  it('require-hashes flags unhashed pins', () => {
    const r = check(copy('uvpc'), true);
    expect(r.findings.length).toBe(r.packages);
    expect(r.findings.every((f) => f.class === 'missing-hash' && f.severity === 'error')).toBe(true);
  });
});

describe('an empty compiled file', () => {
  it('beside a .in that has requirements: stale, with the compile command (was inconclusive)', () => {
    for (const text of ['', '# nothing pinned yet\n']) {
      const dir = mkdtempSync(path.join(tmpdir(), 'bb-req-'));
      tmps.push(dir);
      writeFileSync(path.join(dir, 'requirements.in'), '# runtime\nflask>=3\nrequests\n');
      writeFileSync(path.join(dir, 'requirements.txt'), text);
      const r = check(dir);
      expect(r.freshness).toBe('stale');
      expect(r.findings).toEqual([
        expect.objectContaining({ class: 'drift', expected: 'flask, requests', manifest: { file: 'requirements.in', line: 2 }, fix: 'pip-compile --generate-hashes --output-file=requirements.txt requirements.in' }),
      ]);
    }
  });
  it('beside a .in without requirements, or with none beside it: still undecided', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-req-'));
    tmps.push(dir);
    writeFileSync(path.join(dir, 'requirements.in'), '# nothing yet\n');
    writeFileSync(path.join(dir, 'requirements.txt'), '');
    expect(check(dir).freshness).toBe('inconclusive');
    rmSync(path.join(dir, 'requirements.in'));
    expect(check(dir).freshness).toBe('inconclusive');
  });
});

describe('uv export vs uv.lock', () => {
  it('a version or hash that uv.lock does not record is a mismatch', () => {
    const dir = copy('uvx');
    edit(path.join(dir, 'requirements.txt'), 'six==1.17.0', 'six==1.16.0');
    let r = check(dir);
    expect(r.freshness).toBe('stale');
    expect(r.findings[0]).toMatchObject({ class: 'version-mismatch', package: 'six', expected: '1.17.0', found: '1.16.0', fix: 'uv export --format requirements-txt -o requirements.txt' });
    const dir2 = copy('uvx');
    edit(path.join(dir2, 'requirements.txt'), 'sha256:4721f3', 'sha256:0000f3');
    r = check(dir2);
    expect(r.findings[0]).toMatchObject({ class: 'version-mismatch', package: 'six' });
  });
  it('a marker that a fresh export writes differently is drift (names, versions and hashes all unchanged)', () => {
    // export-markers (real uv 0.13.9): requirements.old.txt was exported before `{ include-group = "lint" }`
    // was dropped from the dev group; only tomli's marker differs from what `uv export` writes now.
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-req-'));
    tmps.push(dir);
    cpSync(path.resolve('test/shared/lockfile/data/uv/export-markers'), dir, { recursive: true });
    const current = checkRequirements({ workspace: dir, dir, lockfile: path.join(dir, 'requirements.txt'), requireHashes: true });
    expect(current.findings).toEqual([]);
    expect(current.freshness).toBe('fresh');
    const old = checkRequirements({ workspace: dir, dir, lockfile: path.join(dir, 'requirements.old.txt'), requireHashes: true });
    expect(old.freshness).toBe('stale');
    expect(old.findings).toHaveLength(1);
    expect(old.findings[0]).toMatchObject({
      class: 'drift',
      package: 'tomli',
      expected: "python_full_version < '3.11'",
      found: "python_full_version < '3.11' or sys_platform == 'darwin'",
      lock: { file: 'requirements.old.txt' },
      fix: 'uv export --frozen --all-extras -o requirements.old.txt',
    });
    expect(old.findings[0]!.lock!.line).toBeGreaterThan(1);
  });
  it('a hash dropped from a pin (or all of them), or hashes under --no-hashes: stale, as `uv export --frozen` rewrites them (were fresh)', () => {
    // uv export writes every artifact hash uv.lock records for the version (sdist and all wheels)
    const UV = path.resolve('.lab/tools/bin/uv');
    const exportVerdict = (dir: string): 'fresh' | 'stale' | undefined => {
      if (!existsSync(UV)) return undefined;
      const file = path.join(dir, 'requirements.txt');
      const lines = (t: string): string => {
        const p = parseRequirementsText(t);
        return p.requirements.map((e) => `${e.text} ${[...e.hashes].sort().join(' ')}`).sort().join('\n');
      };
      const before = readFileSync(file, 'utf8');
      const argv = parseRequirementsHeader(before).command!.split(/\s+/).slice(1).filter((a) => a !== '--frozen');
      const r = spawnSync(UV, [...argv, '--frozen', '-q'], { cwd: dir, encoding: 'utf8', env: { ...process.env, UV_PYTHON_DOWNLOADS: 'never' } });
      if (r.status !== 0) return undefined;
      return lines(before) === lines(readFileSync(file, 'utf8')) ? 'fresh' : 'stale';
    };
    const cases: [string, string | RegExp, string, 'fresh' | 'stale'][] = [
      ['one of 57 pyyaml hashes dropped', /\n\s+--hash=sha256:02893d\w+ \\/, '', 'stale'],
      ['every click hash dropped', /click==8\.5\.0 \\\n(\s+--hash=\S+ \\\n)*\s+--hash=\S+\n/, 'click==8.5.0\n', 'stale'],
      ['--no-hashes added to the command of a hashed export', '--no-dev ', '--no-dev --no-hashes ', 'stale'],
      ['unchanged', 'uv export', 'uv export', 'fresh'],
    ];
    for (const [label, from, to, want] of cases) {
      const dir = copy('uvexport');
      if (from !== to) edit(path.join(dir, 'requirements.txt'), from, to);
      const r = check(dir);
      expect(r.freshness, `${label}: ${JSON.stringify(r.findings.map((f) => f.message))}`).toBe(want);
      if (want === 'stale') expect(r.findings.some((f) => f.class === 'drift'), label).toBe(true);
      const tool = exportVerdict(dir);
      if (tool) expect(tool, `uv export --frozen: ${label}`).toBe(want);
    }
    const dropped = copy('uvexport');
    edit(path.join(dropped, 'requirements.txt'), /\n\s+--hash=sha256:02893d\w+ \\/, '');
    expect(check(dropped).findings).toEqual([
      expect.objectContaining({ class: 'drift', package: 'pyyaml', expected: '57 hashes', found: 'missing sha256:02893d100e99e03eda1c8fd5c441d8c60103fd175728e23e431db1b589cf5ab3', fix: 'uv export --format requirements.txt --no-dev -o requirements.txt' }),
    ]);
  });
  it('no uv.lock → inconclusive', () => {
    const dir = copy('uvx');
    rmSync(path.join(dir, 'uv.lock'));
    expect(check(dir).freshness).toBe('inconclusive');
  });
});

describe('runnableFix (the header command, runnable from the project folder)', () => {
  it('goes into the lockfile folder when the command was run there', () => {
    expect(runnableFix('pip-compile --generate-hashes --output-file=dev.txt dev.in', '/p/requirements/dev.txt', '/p')).toBe('cd requirements && pip-compile --generate-hashes --output-file=dev.txt dev.in');
    expect(runnableFix('pip-compile -o requirements/dev.txt requirements/dev.in', '/p/requirements/dev.txt', '/p')).toBe('pip-compile -o requirements/dev.txt requirements/dev.in');
    expect(runnableFix('pip-compile -o requirements.txt', '/p/requirements.txt', '/p')).toBe('pip-compile -o requirements.txt');
    expect(runnableFix('pip-compile requirements.in', '/p/sub/requirements.txt', '/p')).toBe('pip-compile requirements.in');
    expect(runnableFix('uv pip compile x.in -o "my reqs.txt"', '/p/a b/my reqs.txt', '/p')).toBe('cd "a b" && uv pip compile x.in -o "my reqs.txt"');
    expect(runnableFix(undefined, '/p/a/r.txt', '/p')).toBeUndefined();
  });
});

// uvexport: uv 0.13.9 `uv export --format requirements.txt --no-dev`; uv.lock.with-rich is the lock after
// adding rich to the project and running `uv lock` (without exporting again).
describe('uv export: the listed packages are what a fresh export would list', () => {
  it('a project whose lock gained dependencies since the export is stale, naming each one', () => {
    const dir = copy('uvexport');
    expect(check(dir).freshness).toBe('fresh');
    cpSync(path.join(dir, 'uv.lock.with-rich'), path.join(dir, 'uv.lock'));
    cpSync(path.join(dir, 'pyproject.toml.with-rich'), path.join(dir, 'pyproject.toml'));
    const r = check(dir);
    expect(r.freshness).toBe('stale');
    expect(r.findings.filter((f) => f.class === 'drift').map((f) => f.package).sort()).toEqual(['markdown-it-py', 'mdurl', 'pygments', 'rich']);
  });
  it('a dev-only change does not touch a --no-dev export', () => {
    const dir = copy('uvexport');
    edit(path.join(dir, 'requirements.txt'), '--no-dev ', '');
    // Without --no-dev the default group (dev: iniconfig) belongs in the export: it is missing.
    expect(check(dir).findings.find((f) => f.package === 'iniconfig')).toMatchObject({ class: 'drift', found: '(absent)' });
  });
  it('selects exactly what every uv export fixture lists (the real uv wrote them)', () => {
    const dirs = readdirSync(FIXTURES).map((p) => path.join(FIXTURES, p, 'uv-export')).filter((d) => existsSync(path.join(d, 'requirements.txt')));
    expect(dirs.length).toBeGreaterThanOrEqual(3);
    for (const d of dirs) {
      const text = readFileSync(path.join(d, 'requirements.txt'), 'utf8');
      const sel = exportSelection(parseRequirementsHeader(text).command!, parseToml(readFileSync(path.join(d, 'uv.lock'), 'utf8'), 'uv.lock'), parseToml(readFileSync(path.join(d, 'pyproject.toml'), 'utf8'), 'pyproject.toml'));
      expect(sel, d).toBeDefined();
      const listed = parseRequirementsText(text).requirements.filter((e) => e.req && !e.editable).map((e) => e.req!.normalizedName);
      expect([...sel!.names].sort(), d).toEqual([...new Set(listed)].sort());
    }
  });
  it('gives no verdict for options it does not model', () => {
    const lock = parseToml('[[package]]\nname = "a"\nversion = "1"\nsource = { virtual = "." }\n', 'uv.lock');
    const py = parseToml('[project]\nname = "a"\n', 'pyproject.toml');
    expect(exportSelection('uv export --format requirements.txt', lock, py)).toBeDefined();
    expect(exportSelection('uv export --package b --format requirements.txt', lock, py)).toBeUndefined();
    expect(exportSelection('uv export --prune x', lock, py)).toBeUndefined();
    expect(exportSelection('uv pip compile x.in', lock, py)).toBeUndefined();
  });
});

describe('pip-compile / uv pip compile, found by exploratory testing against the real tools', () => {
  // pip-compile 7.6.2 `pip-compile --extra=dev pyproject.toml`: direct pins say `# via pc1 (pyproject.toml)`.
  it('a pyproject.toml requirement removed after compiling is stale, with what only it pulled in (pip-compile drops them)', () => {
    const fresh = copy('pipc-pyproject');
    expect(check(fresh).freshness).toBe('fresh');
    const dir = copy('pipc-pyproject');
    edit(path.join(dir, 'pyproject.toml'), /\s*"requests>=2.28",/, '');
    const r = check(dir);
    expect(r.freshness).toBe('stale');
    expect(r.findings.filter((f) => f.class === 'drift').map((f) => f.package).sort()).toEqual(['certifi', 'charset-normalizer', 'idna', 'requests', 'urllib3']);
    const dev = copy('pipc-pyproject');
    edit(path.join(dev, 'pyproject.toml'), 'dev = ["pytest>=7"]', 'dev = []');
    expect(check(dev).findings.filter((f) => f.class === 'drift').map((f) => f.package)).toContain('pytest');
    // an extra that is not compiled in stays out of it
    const docs = copy('pipc-pyproject');
    edit(path.join(docs, 'pyproject.toml'), 'markupsafe<3', 'markupsafe<2');
    expect(check(docs).freshness).toBe('fresh');
  });

  it('pip-compile output with no extras anywhere: an input that now asks for extras is inconclusive (pip-compile 7 keeps them, 8 strips)', () => {
    const dir = copy('pipc-pyproject');
    edit(path.join(dir, 'pyproject.toml'), '"requests>=2.28"', '"requests[socks]>=2.28"');
    const r = check(dir);
    expect(r.freshness).toBe('inconclusive');
    expect(r.inconclusiveReason).toContain('requests[socks]');
  });

  // uv 0.13.9 `uv pip compile --universal --python-version 3.9 --no-strip-extras --emit-index-url`
  it('uv writes platform_system == "Windows" as sys_platform == \'win32\': a fresh --universal lock is fresh', () => {
    const dir = copy('uvpc-platform');
    expect(readFileSync(path.join(dir, 'requirements.txt'), 'utf8')).toContain("colorama==0.4.6 ; sys_platform == 'win32'");
    const r = check(dir);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.freshness).toBe('fresh');
    edit(path.join(dir, 'requirements.in'), 'platform_system == "Windows"', 'platform_system == "Darwin"');
    expect(check(dir).findings.find((f) => f.package === 'colorama')?.class).toBe('drift');
  });

  it('an extra dropped from an input pinned once per Python range (--universal split) is stale on every pin', () => {
    const dir = copy('uvpc-platform');
    edit(path.join(dir, 'requirements.in'), 'requests[socks]', 'requests');
    const r = check(dir);
    expect(r.freshness).toBe('stale');
    expect(r.findings.filter((f) => f.package === 'requests' && f.class === 'drift').map((f) => f.lock?.line)).toEqual([15, 17]);
  });
});
