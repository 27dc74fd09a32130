/**
 * The project's console scripts on PATH. The generated Dockerfile copies the project to /app and does
 * not install it (that would need its build backend, and a new wheel for every code change), so
 * nothing would create its commands: `command: myservice` would not be found. The action writes, into
 * the source tar, one small wrapper per [project.scripts] / [tool.poetry.scripts] entry in
 * /opt/venv/bin — what pip would generate — that puts the project on sys.path and calls the entry point.
 * Names the venv itself uses (python*, activate*) are refused: the parity probe runs `python3`.
 */
import { UserError } from '../shared/errors.js';
import { parseToml, type TomlTable } from '../shared/lockfile/toml.js';
import type { EntrySpec } from './tar.js';

export interface ConsoleScript {
  name: string;
  /** `module:object.attr` as declared (extras dropped). */
  target: string;
  module: string;
  /** Dotted attribute path inside the module. */
  attribute: string;
}

export interface ScriptsFound {
  scripts: ConsoleScript[];
  /** Entries not turned into wrappers, with why (shown as a warning). */
  skipped: Array<{ name: string; why: string }>;
}

const ENTRY_POINT = /^\s*([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)\s*:\s*([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)\s*(?:\[[^\]]*\])?\s*$/;
const SCRIPT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const VENV_OWN = /^(python(\d+(\.\d+)?)?|activate(\..*)?|Activate\.ps1|pydoc.*)$/i;

function table(value: unknown): TomlTable | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as TomlTable) : undefined;
}

/** Console scripts declared in pyproject.toml ([project.scripts] first, then Poetry's own table). */
export function consoleScripts(pyprojectText: string, displayPath: string): ScriptsFound {
  const doc = parseToml(pyprojectText, displayPath);
  const declared = new Map<string, unknown>();
  const poetry = table(table(table(doc.tool)?.poetry)?.scripts);
  for (const [name, value] of Object.entries(poetry ?? {})) declared.set(name, value);
  // PEP 621 wins where both name a script (Poetry 2 reads [project.scripts] when [project] exists).
  for (const [name, value] of Object.entries(table(table(doc.project)?.scripts) ?? {})) declared.set(name, value);
  const found: ScriptsFound = { scripts: [], skipped: [] };
  for (const [name, value] of [...declared].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const spec = typeof value === 'string' ? value : typeof table(value)?.callable === 'string' ? (table(value)!.callable as string) : undefined;
    if (spec === undefined) {
      found.skipped.push({ name, why: table(value)?.type === 'file' ? 'a file script (Poetry type = "file"): run it by path' : 'not a "module:function" string' });
      continue;
    }
    if (!SCRIPT_NAME.test(name)) {
      found.skipped.push({ name, why: 'not a valid command name' });
      continue;
    }
    if (VENV_OWN.test(name)) {
      found.skipped.push({ name, why: 'the venv has a file of that name (the interpreter or its activate scripts)' });
      continue;
    }
    const m = ENTRY_POINT.exec(spec);
    if (!m) {
      found.skipped.push({ name, why: `"${spec}" is not an entry point (module:object)` });
      continue;
    }
    found.scripts.push({ name, target: `${m[1]}:${m[2]}`, module: m[1]!, attribute: m[2]! });
  }
  return found;
}

/** The wrapper pip would write, plus the project's own place on sys.path (a script's sys.path[0] is its bin dir). */
export function wrapperText(s: ConsoleScript, projectPath: string): string {
  const [head, ...rest] = s.attribute.split('.');
  return [
    '#!/opt/venv/bin/python',
    `# ${s.name} = "${s.target}" (console script of the project in /app, written by blackbelt build-parity-image)`,
    'import sys',
    `if ${JSON.stringify(projectPath)} not in sys.path:`,
    `    sys.path.insert(0, ${JSON.stringify(projectPath)})`,
    `from ${s.module} import ${head}`,
    "if __name__ == '__main__':",
    `    sys.exit(${[head, ...rest].join('.')}())`,
    '',
  ].join('\n');
}

/** Tar entries for the wrappers: the bin dir chain as the dependency layer has it, then one file per script. */
export function scriptEntries(scripts: ConsoleScript[], projectPath: string, epoch: number, dirMtime: number): Array<EntrySpec & { data?: Buffer }> {
  if (!scripts.length) return [];
  const dirs = ['opt/', 'opt/venv/', 'opt/venv/bin/'].map((name) => ({ name, type: 'dir' as const, mode: 0o755, mtime: dirMtime }));
  return [...dirs, ...scripts.map((s) => ({ name: `opt/venv/bin/${s.name}`, type: 'file' as const, mode: 0o755, mtime: epoch, data: Buffer.from(wrapperText(s, projectPath)) }))];
}

/** consoleScripts() for the action: a pyproject.toml that does not parse is the user's error to fix, with its place. */
export function projectScripts(pyprojectText: string | undefined, displayPath: string): ScriptsFound {
  if (pyprojectText === undefined) return { scripts: [], skipped: [] };
  try {
    return consoleScripts(pyprojectText, displayPath);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${displayPath}: ${e instanceof Error ? e.message : String(e)}`, { title: 'invalid pyproject.toml', location: { file: displayPath } });
  }
}
