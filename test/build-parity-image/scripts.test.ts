import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoleScripts, projectScripts, scriptEntries, wrapperText } from '../../actions/build-parity-image/scripts.js';
import { isUserError } from '../../actions/shared/errors.js';

const PYPROJECT = `
[project]
name = "acme"
version = "1.0"

[project.scripts]
acme = "acme.cli:main"
acme-admin = " acme.admin : App.run [extra1, extra2] "
python3 = "acme.cli:main"
"bad name!" = "acme.cli:main"
no-object = "acme.cli"

[tool.poetry.scripts]
acme = "acme.old:main"
acme-worker = { callable = "acme.worker:main", extras = ["queue"] }
acme-sh = { reference = "bin/acme.sh", type = "file" }
`;

describe('console scripts (scripts.ts)', () => {
  it('reads [project.scripts] and Poetry\'s table ([project] wins), drops extras, refuses what it cannot wrap', () => {
    const found = consoleScripts(PYPROJECT, 'pyproject.toml');
    expect(found.scripts).toEqual([
      { name: 'acme', target: 'acme.cli:main', module: 'acme.cli', attribute: 'main' },
      { name: 'acme-admin', target: 'acme.admin:App.run', module: 'acme.admin', attribute: 'App.run' },
      { name: 'acme-worker', target: 'acme.worker:main', module: 'acme.worker', attribute: 'main' },
    ]);
    const why = Object.fromEntries(found.skipped.map((k) => [k.name, k.why]));
    expect(Object.keys(why).sort()).toEqual(['acme-sh', 'bad name!', 'no-object', 'python3']);
    expect(why['python3']).toMatch(/interpreter/);
    expect(why['acme-sh']).toMatch(/file script/);
    expect(why['no-object']).toMatch(/not an entry point/);
  });

  it('no pyproject, or no scripts: nothing; a pyproject that does not parse: a clear error naming the file', () => {
    expect(projectScripts(undefined, 'pyproject.toml')).toEqual({ scripts: [], skipped: [] });
    expect(projectScripts('[project]\nname = "x"\n', 'pyproject.toml').scripts).toEqual([]);
    let thrown: unknown;
    try {
      projectScripts('[project\nname = 1', 'app/pyproject.toml');
    } catch (e) {
      thrown = e;
    }
    expect(isUserError(thrown)).toBe(true);
    expect(String((thrown as Error).message)).toContain('app/pyproject.toml');
  });

  it('the wrapper runs the entry point with the project on sys.path, and exits with its return value', () => {
    const root = mkdtempSync(join(tmpdir(), 'bb-scripts-'));
    mkdirSync(join(root, 'acme'));
    writeFileSync(join(root, 'acme', '__init__.py'), '');
    writeFileSync(join(root, 'acme', 'cli.py'), 'import sys\ndef main():\n    print("hello", *sys.argv[1:])\n    return 3\nclass App:\n    @staticmethod\n    def run():\n        print("app run")\n');
    const [main, app] = consoleScripts(PYPROJECT, 'pyproject.toml').scripts;
    for (const [script, expected, code] of [[main!, 'hello a b', 3], [{ ...app!, module: 'acme.cli', target: 'acme.cli:App.run' }, 'app run', 0]] as const) {
      const file = join(root, `${script.name}.py`);
      writeFileSync(file, wrapperText(script, root));
      const r = spawnSync('python3', [file, 'a', 'b'], { cwd: tmpdir(), encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe(expected);
      expect(r.status).toBe(code);
    }
  });

  it('tar entries: the bin dir chain with the dependency layer\'s mtime, then one executable per script', () => {
    const { scripts } = consoleScripts(PYPROJECT, 'pyproject.toml');
    const entries = scriptEntries(scripts, '/app/src', 1700000000, 315532800);
    expect(entries.map((e) => [e.name, e.type, e.mode, e.mtime])).toEqual([
      ['opt/', 'dir', 0o755, 315532800],
      ['opt/venv/', 'dir', 0o755, 315532800],
      ['opt/venv/bin/', 'dir', 0o755, 315532800],
      ['opt/venv/bin/acme', 'file', 0o755, 1700000000],
      ['opt/venv/bin/acme-admin', 'file', 0o755, 1700000000],
      ['opt/venv/bin/acme-worker', 'file', 0o755, 1700000000],
    ]);
    expect(entries[3]!.data!.toString()).toMatch(/^#!\/opt\/venv\/bin\/python\n/);
    expect(entries[3]!.data!.toString()).toContain('"/app/src"');
    expect(scriptEntries([], '/app', 1, 2)).toEqual([]);
  });
});
