import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../shared/errors.js';
import { confinePath, relativeToWorkspace, workspaceRoot } from '../shared/inputs.js';
import { DEFAULT_LOCKFILE, detectLockfiles, manifestWithoutLock, type DetectedLockfile } from '../shared/lockfile/detect.js';
import { managerForPath } from '../shared/lockfile/index.js';
import { MANAGERS, type LockCheckResult, type Manager } from '../shared/lockfile/types.js';
import { nativeFix } from './native.js';

/**
 * Which lockfiles a run checks: named by the inputs, detected in working-directory, or (a uv
 * workspace member) the workspace root's uv.lock — and, when there is none, the finding or error that
 * says what is there instead.
 */
/** Which lockfiles to check, from the inputs; a clear error when there is nothing to check. */
export async function selectTargets(dir: string, manager: Manager | 'auto', lockfileInput: string): Promise<DetectedLockfile[]> {
  if (lockfileInput) {
    // Several lockfiles, one per line (`lockfile: |` block): each is checked, as auto would check them.
    const entries = [...new Set(lockfileInput.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#')))];
    const targets = entries.map((entry) => selectGiven(dir, manager, entry));
    return targets.filter((t, i) => targets.findIndex((o) => o.lockfile === t.lockfile) === i);
  }
  const found = detectLockfiles(dir).filter((d) => manager === 'auto' || d.manager === manager);
  for (const d of found) confineDetected(d.lockfile);
  if (!found.length && (manager === 'auto' || manager === 'uv')) {
    // A uv workspace member has no lock of its own: uv locks the whole workspace in the root's uv.lock.
    const root = await uvWorkspaceRoot(dir);
    if (root && existsSync(join(root, 'uv.lock'))) {
      confineDetected(join(root, 'uv.lock'));
      return [{ manager: 'uv', lockfile: join(root, 'uv.lock') }];
    }
  }
  return found;
}

/** One lockfile named by the `lockfile` input (relative to working-directory, or absolute). */
function selectGiven(dir: string, manager: Manager | 'auto', lockfileInput: string): DetectedLockfile {
  // An absolute path is taken as is (confined to the workspace like any other), not glued to working-directory.
  const path = confinePath('lockfile', isAbsolute(lockfileInput) ? lockfileInput : join(relativeToWorkspace(dir), lockfileInput));
  if (!existsSync(path)) {
    throw new UserError(`Lockfile ${relativeToWorkspace(path)} does not exist.`, {
      title: 'lockfile not found',
      hint: 'Check the `lockfile` input: it is relative to `working-directory`.',
    });
  }
  if (statSync(path).isDirectory()) {
    throw new UserError(`The \`lockfile\` input names a folder, ${relativeToWorkspace(path)}; it takes the lockfile's path.`, {
      title: 'invalid input: lockfile',
      hint: 'Point `lockfile` at the file (e.g. requirements/prod.txt), or set `working-directory` to the folder and leave `lockfile` empty.',
    });
  }
  const byName = managerForPath(path);
  // A lockfile whose name says which tool wrote it, checked as another tool's lock, would only give
  // a pile of meaningless findings (requirements files and pylock are shared by several tools).
  if (manager !== 'auto' && byName && byName !== manager && !['pip-tools', 'pylock'].includes(byName)) {
    throw new UserError(`${relativeToWorkspace(path)} is a ${byName} lockfile, but the \`manager\` input says ${manager}.`, {
      title: 'invalid input: manager',
      location: { file: relativeToWorkspace(path) },
      hint: `Set \`manager: ${byName}\` (or \`auto\`), or point \`lockfile\` at the ${manager} lockfile.`,
    });
  }
  const detected = manager === 'auto' ? byName : manager;
  if (!detected) {
    throw new UserError(`Cannot tell which tool wrote ${relativeToWorkspace(path)}.`, {
      title: 'unknown lockfile format',
      location: { file: relativeToWorkspace(path) },
      hint: `Set the \`manager\` input to one of ${MANAGERS.join(', ')}.`,
    });
  }
  return { manager: detected, lockfile: path };
}

/**
 * A lockfile found in the checkout that is a symlink leading out of it is refused, like a `lockfile`
 * input that does: the action reads nothing outside the workspace.
 */
function confineDetected(lockfile: string): void {
  const root = workspaceRoot();
  let real: string;
  let realRoot: string;
  try {
    real = realpathSync(lockfile);
    realRoot = realpathSync(root);
  } catch {
    return; // a dangling symlink: the checker reports the unreadable file
  }
  const rel = relative(realRoot, real);
  if (rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) {
    throw new UserError(`${relativeToWorkspace(lockfile)} is a symlink to ${real}, outside the workspace; it is not read.`, {
      title: 'lockfile outside the workspace',
      location: { file: relativeToWorkspace(lockfile) },
      hint: 'Commit the lockfile itself (or a symlink to a file inside the repository).',
    });
  }
}

/**
 * The folders from `dir` up to the checkout root (`top`), nearest first, whose pyproject.toml may
 * declare a uv workspace (a text test: the TOML reader is loaded only when one does), with that text.
 */
function workspaceCandidates(dir: string, top: string): { folder: string; text: string }[] {
  const found: { folder: string; text: string }[] = [];
  for (let folder = dir; ; folder = dirname(folder)) {
    const rel = relative(top, folder);
    if (rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) break;
    let text: string | undefined;
    try {
      text = readFileSync(join(folder, 'pyproject.toml'), 'utf8');
    } catch {
      /* no pyproject.toml here */
    }
    if (text !== undefined && /^\s*\[\s*tool\s*\.\s*uv\s*\.\s*workspace\s*\]|^\s*\[\s*tool\s*\.\s*uv\s*\][^[]*\bworkspace\s*=/m.test(text)) found.push({ folder, text });
    if (folder === dirname(folder)) break;
  }
  return found;
}

/**
 * The root of the uv workspace `dir` is a member of, found as uv finds it: the nearest parent (inside
 * the checkout) whose pyproject.toml has [tool.uv.workspace], when its `members` globs include `dir`
 * and its `exclude` globs do not. Undefined when `dir` is no member (or is a workspace root itself).
 */
async function uvWorkspaceRoot(dir: string): Promise<string | undefined> {
  const target = resolve(dir);
  // Most folders without a lockfile are in no uv workspace (an empty checkout, a typo): decided without
  // loading the TOML reader and uv's checker (a third of a cold start).
  const candidates = workspaceCandidates(target, workspaceRoot());
  if (!candidates.length) return undefined;
  const [{ parseToml }, { expandGlob }] = await Promise.all([import('../shared/lockfile/toml.js'), import('../shared/lockfile/uv.js')]);
  for (const { folder, text } of candidates) {
    let ws: unknown;
    try {
      const data = parseToml(text, relativeToWorkspace(join(folder, 'pyproject.toml')));
      ws = ((data.tool as Record<string, unknown> | undefined)?.uv as Record<string, unknown> | undefined)?.workspace;
    } catch {
      continue;
    }
    if (!ws || typeof ws !== 'object') continue;
    if (folder === target) return undefined; // a workspace root itself
    const table = ws as Record<string, unknown>;
    const globs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((g): g is string => typeof g === 'string') : []);
    const members = new Set(globs(table.members).flatMap((g) => expandGlob(folder, g)));
    const excluded = new Set(globs(table.exclude).flatMap((g) => expandGlob(folder, g)));
    return members.has(target) && !excluded.has(target) ? folder : undefined;
  }
  return undefined;
}

export function missingLockResult(dir: string, manager: Manager | 'auto'): LockCheckResult {
  // A lockfile committed as a symlink whose target is not in the checkout is not "no lockfile".
  for (const [lockManager, name] of Object.entries(DEFAULT_LOCKFILE)) {
    if (manager !== 'auto' && manager !== lockManager) continue;
    const path = join(dir, name);
    let target: string | undefined;
    try {
      if (lstatSync(path).isSymbolicLink()) target = readlinkSync(path);
    } catch {
      continue;
    }
    if (target !== undefined) {
      throw new UserError(`${relativeToWorkspace(path)} is a symlink to ${target}, which does not exist.`, {
        title: 'broken lockfile symlink',
        location: { file: relativeToWorkspace(path) },
        hint: 'Commit the lockfile itself, or check out what the symlink points to before this step.',
      });
    }
  }
  const hint = manifestWithoutLock(dir);
  if (!hint || (manager !== 'auto' && hint.manager !== manager && manager !== 'pip-tools')) {
    const others = detectLockfiles(dir);
    if (others.length) {
      // A project is here, just not one of the asked-for tool: say what was found, not "no project".
      throw new UserError(`No ${manager} lockfile in ${relativeToWorkspace(dir)}; found ${others.map((d) => `${relativeToWorkspace(d.lockfile)} (${d.manager})`).join(', ')}.`, {
        title: 'invalid input: manager',
        hint: `Set \`manager: ${others[0]!.manager}\` (or \`auto\` to check every lockfile), or \`lockfile\` to the path of the ${manager} lockfile.`,
      });
    }
    const wanted = manager === 'auto' ? 'a lockfile (uv.lock, poetry.lock, pdm.lock, Pipfile.lock, pylock.toml or a pip-compile requirements.txt)' : `a ${manager} lockfile`;
    // A monorepo: the projects are in sub-folders. Name them, so the fix is one edit away.
    const below = projectsBelow(dir, manager);
    throw new UserError(`No Python project found in ${relativeToWorkspace(dir)}: expected ${wanted} next to its manifest (pyproject.toml, Pipfile or requirements.in).`, {
      title: 'no lockfile',
      hint: below.length
        ? `Lockfiles were found in sub-folders: ${below.map((d) => `${relativeToWorkspace(d.lockfile)} (${d.manager})`).join(', ')}. Set \`working-directory\` to the project's folder (one step, or a matrix entry, per project).`
        : 'Set `working-directory` to the folder holding the project, or `lockfile` to the lockfile path.',
    });
  }
  const effective = manager === 'auto' ? hint.manager : manager;
  const manifestRel = relativeToWorkspace(hint.manifest);
  const lockName = effective === 'pip-tools' ? 'requirements.txt' : effective === 'pylock' ? 'pylock.toml' : DEFAULT_LOCKFILE[effective];
  // The command that creates the lock for the manager asked for (the manifest's guess when auto).
  const create = effective === hint.manager ? hint.fix : effective === 'pip-tools' ? 'pip-compile --generate-hashes requirements.in' : (nativeFix(effective) ?? hint.fix);
  return {
    manager: effective,
    lockfile: join(dir, lockName),
    manifest: hint.manifest,
    freshness: 'stale',
    packages: 0,
    locked: [],
    findings: [
      {
        class: 'missing-lockfile',
        severity: 'error',
        message: `${manifestRel} has no lockfile: builds resolve dependencies afresh each time and are not reproducible.`,
        manifest: { file: manifestRel, line: 1 },
        fix: `${create}  (then commit ${lockName})`,
      },
    ],
  };
}

/** Lockfiles in the sub-folders of `dir` (a few levels down, first 10), for a monorepo root with none of its own. */
function projectsBelow(dir: string, manager: Manager | 'auto'): DetectedLockfile[] {
  const found: DetectedLockfile[] = [];
  const skip = new Set(['node_modules', '__pycache__', 'site-packages', 'dist', 'build']);
  const walk = (folder: string, depth: number): void => {
    if (depth > 3 || found.length >= 10) return;
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.filter((x) => x.isDirectory() && !x.name.startsWith('.') && !skip.has(x.name)).sort((a, b) => a.name.localeCompare(b.name))) {
      const sub = join(folder, e.name);
      const here = detectLockfiles(sub).filter((d) => manager === 'auto' || d.manager === manager);
      found.push(...here.slice(0, 10 - found.length));
      if (!here.length) walk(sub, depth + 1);
    }
  };
  walk(dir, 1);
  return found;
}
