import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The mutation catalogue for differential tests. Manifest mutations change (or keep) the meaning of
 * the manifest; lock mutations corrupt the lock in ways the native tools mostly do not notice.
 * Every fixture project depends on structlog (direct) and flask → blinker (transitive).
 */
export type MutationKind = 'manifest' | 'lock';

export interface Mutation {
  name: string;
  kind: MutationKind;
  /** For manifest mutations: does the manifest's meaning change (→ stale)? */
  changesMeaning?: boolean;
  /**
   * A lock that records its inputs instead of a hash of them (PDM's lock_inputs) stays fresh when the
   * locked version still satisfies the changed requirement: the native tool decides, both must agree.
   */
  freshIfInputsRecorded?: boolean;
  /** For lock mutations: finding classes any of which we must report. */
  expectClasses?: string[];
  apply(project: string): boolean;
}

function edit(path: string, fn: (t: string) => string): boolean {
  if (!existsSync(path)) return false;
  const before = readFileSync(path, 'utf8');
  const after = fn(before);
  if (after === before) return false;
  writeFileSync(path, after);
  return true;
}

function manifestOf(project: string): string | undefined {
  for (const name of ['pyproject.toml', 'Pipfile', 'requirements.in']) if (existsSync(join(project, name))) return join(project, name);
  return undefined;
}

/** A requirement line for structlog in any manifest syntax, with its version constraint. */
const STRUCTLOG = /(["']?structlog["']?\s*(?:=\s*)?["']?)((?:>=|\^|~=|==|~)\s*[\d.]+)/;

export const MUTATIONS: Mutation[] = [
  {
    name: 'bump a requirement',
    kind: 'manifest',
    changesMeaning: true,
    freshIfInputsRecorded: true,
    apply: (p) => edit(manifestOf(p) ?? '', (t) => t.replace(STRUCTLOG, '$1>=25.99')),
  },
  {
    name: 'add a requirement',
    kind: 'manifest',
    changesMeaning: true,
    apply: (p) => {
      const m = manifestOf(p) ?? '';
      if (m.endsWith('requirements.in')) return edit(m, (t) => `${t.trimEnd()}\nsix>=1.16\n`);
      if (m.endsWith('Pipfile')) return edit(m, (t) => t.replace(/^\[packages\]\n/m, '[packages]\nsix = ">=1.16"\n'));
      return edit(m, (t) =>
        /^\[project\][\s\S]*?^dependencies = \[/m.test(t)
          ? t.replace(/^(\[project\][\s\S]*?^dependencies = \[)/m, '$1\n    "six>=1.16",')
          : t.replace(/^\[tool\.poetry\.dependencies\]\n/m, '[tool.poetry.dependencies]\nsix = ">=1.16"\n'),
      );
    },
  },
  {
    name: 'remove a requirement',
    kind: 'manifest',
    changesMeaning: true,
    apply: (p) => edit(manifestOf(p) ?? '', (t) => t.replace(/^.*structlog.*\n/m, '')),
  },
  {
    name: 'change requires-python',
    kind: 'manifest',
    changesMeaning: true,
    apply: (p) => {
      const m = manifestOf(p) ?? '';
      if (m.endsWith('Pipfile')) return edit(m, (t) => t.replace(/python_version = "[\d.]+"/, 'python_version = "3.13"'));
      return edit(m, (t) => t.replace(/^(requires-python = )"[^"]*"/m, '$1">=3.12"').replace(/^(python = )"[^"]*"/m, '$1">=3.12,<4.0"'));
    },
  },
  {
    name: 'reformat the manifest without changing its meaning',
    kind: 'manifest',
    changesMeaning: false,
    apply: (p) => edit(manifestOf(p) ?? '', (t) => `# reformatted by a test\n\n${t.replace(/\n\n/g, '\n\n\n')}\n# end\n`),
  },
  {
    name: 'edit a locked version by hand',
    kind: 'lock',
    expectClasses: ['version-mismatch', 'drift', 'dangling-dependency'],
    apply: (p) => editLocks(p, (t, file) => (file === 'Pipfile.lock' ? t.replace(/("blinker": \{[^}]*?"version": "==)([\d.]+)"/, '$1$2.1"') : file.endsWith('.txt') ? t.replace(/^(blinker==)([\d.]+)/m, '$1$2.1') : t.replace(/(name = "blinker"\nversion = ")([\d.]+)"/, '$1$2.1"'))),
  },
  {
    name: 'drop a hash',
    kind: 'lock',
    expectClasses: ['missing-hash'],
    apply: (p) =>
      editLocks(p, (t, file) => {
        if (file === 'Pipfile.lock') return t.replace(/("blinker": \{\s*"hashes": \[)[^\]]*\]/, '$1]');
        if (file.endsWith('.txt')) return t.replace(/^(blinker==[^\n]*?)(\s*\\\n\s*--hash=sha256:[0-9a-f]{64})+/m, '$1');
        const block = /name = "blinker"\n[\s\S]*?(?=\n\[\[|\n\[(?!\[)|$)/.exec(t);
        if (!block) return t;
        const stripped = block[0].replace(/,?\s*hash\s*=\s*"sha256:[0-9a-f]{64}"/g, '').replace(/\nhashes = \{[^}]*\}/g, '');
        return t.replace(block[0], stripped);
      }),
  },
  {
    name: 'drop a locked package',
    kind: 'lock',
    expectClasses: ['dangling-dependency', 'drift'],
    apply: (p) =>
      editLocks(p, (t, file) => {
        if (file === 'Pipfile.lock') {
          const data = JSON.parse(t) as { default?: Record<string, unknown> };
          if (!data.default?.blinker) return t;
          delete data.default.blinker;
          return JSON.stringify(data, null, 4) + '\n';
        }
        if (file.endsWith('.txt')) return t.replace(/^blinker==[^\n]*(\\\n[^\n]*)*\n(\s+#[^\n]*\n)*/m, '');
        return t.replace(/\[\[packages?\]\]\nname = "blinker"\n[\s\S]*?(?=\n\[\[packages?\]\]|$)/, '').replace(/\n{3,}/g, '\n\n');
      }),
  },
];

const LOCK_NAMES = /^(uv\.lock|poetry\.lock|pdm\.lock|Pipfile\.lock|pylock(\.[^.]+)?\.toml|requirements\.txt)$/;

/** Apply an edit to every lockfile in the project (the one the tool checks and any export of it). */
function editLocks(project: string, fn: (text: string, file: string) => string): boolean {
  let changed = false;
  for (const name of readdirSync(project)) if (LOCK_NAMES.test(name)) changed = edit(join(project, name), (t) => fn(t, name)) || changed;
  return changed;
}
