import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import * as core from '../shared/workflow.js';
import { annotations } from '../shared/annotations.js';
import { UserError } from '../shared/errors.js';
import { confinePath, getBoolean, getChoice, getString, getWorkspacePath, relativeToWorkspace, workspaceRoot } from '../shared/inputs.js';
import { DEFAULT_LOCKFILE, detectLockfiles, manifestWithoutLock, type DetectedLockfile } from '../shared/lockfile/detect.js';
import { checkLockfile, managerForPath } from '../shared/lockfile/index.js';
import { MANAGERS, type Finding, type LockCheckResult, type Manager } from '../shared/lockfile/types.js';
import { setOutputs } from '../shared/outputs.js';
import { writeJsonReport } from '../shared/report.js';
import { inline, SummaryBuilder } from '../shared/summary.js';
import { publishCheckRun } from './checkrun.js';
import { nativeFix, runNativeCheck, shouldRunNative, verdictLine, type NativeMode, type NativeVerdict } from './native.js';

export interface VerifiedLockfile {
  result: LockCheckResult;
  lockHash: string;
  native?: NativeVerdict;
  /** Final verdict after the native tool, if it ran. */
  inSync: boolean;
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Which lockfiles to check, from the inputs; a clear error when there is nothing to check. */
function selectTargets(dir: string, manager: Manager | 'auto', lockfileInput: string): DetectedLockfile[] {
  if (lockfileInput) {
    const path = confinePath('lockfile', join(relativeToWorkspace(dir), lockfileInput));
    if (!existsSync(path)) {
      throw new UserError(`Lockfile ${relativeToWorkspace(path)} does not exist.`, {
        title: 'lockfile not found',
        hint: 'Check the `lockfile` input: it is relative to `working-directory`.',
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
    return [{ manager: detected, lockfile: path }];
  }
  return detectLockfiles(dir).filter((d) => manager === 'auto' || d.manager === manager);
}

function missingLockResult(dir: string, manager: Manager | 'auto'): LockCheckResult {
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
    throw new UserError(`No Python project found in ${relativeToWorkspace(dir)}: expected ${wanted} next to its manifest (pyproject.toml, Pipfile or requirements.in).`, {
      title: 'no lockfile',
      hint: 'Set `working-directory` to the folder holding the project, or `lockfile` to the lockfile path.',
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

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}

function findingText(f: Finding): string {
  const parts = [f.message];
  if (f.expected !== undefined || f.found !== undefined) parts.push(`Expected ${f.expected ?? '—'}, found ${f.found ?? '—'}.`);
  if (f.manifest?.file && f.lock?.file) parts.push(`Manifest: ${f.manifest.file}${f.manifest.line ? `:${f.manifest.line}` : ''}.`);
  if (f.fix) parts.push(`Fix: ${f.fix}`);
  return parts.join(' ');
}

function where(loc: Finding['lock']): string {
  return loc?.file ? `${loc.file}${loc.line ? `:${loc.line}` : ''}` : '';
}

function summarize(verified: VerifiedLockfile[], allFindings: Finding[]): SummaryBuilder {
  const s = new SummaryBuilder();
  const errors = allFindings.filter((f) => f.severity === 'error').length;
  const undecided = !errors && verified.some((v) => !v.inSync);
  s.heading(errors ? `❌ verify-lockfile: ${errors} problem(s)` : undecided ? '⚠️ verify-lockfile: verdict inconclusive' : '✅ verify-lockfile: lockfile verified');
  s.table(
    ['lockfile', 'manager', 'written by', 'packages', 'verdict', 'lock hash'],
    verified.map((v) => [
      `\`${relativeToWorkspace(v.result.lockfile)}\``,
      v.result.manager,
      v.result.toolVersion ?? (v.result.formatVersion ? `lock format ${v.result.formatVersion}` : ''),
      v.result.packages,
      v.inSync ? 'in sync' : v.result.freshness === 'inconclusive' && !v.native ? 'inconclusive' : 'out of sync',
      `\`${v.lockHash.slice(0, 12)}\``,
    ]),
  );
  for (const v of verified) {
    if (v.result.inconclusiveReason) s.paragraph(`**${relativeToWorkspace(v.result.lockfile)}**: static verdict inconclusive — ${v.result.inconclusiveReason}`);
    if (v.native) {
      s.details(
        `Native check \`${v.native.command.join(' ')}\`: ${v.native.verdict} (exit ${v.native.exitCode})`,
        new SummaryBuilder().code(v.native.output || '(no output)'),
      );
    }
  }
  if (allFindings.length) {
    s.heading('Findings', 3);
    s.table(
      ['severity', 'class', 'package', 'lock', 'manifest', 'expected', 'found', 'fix'],
      allFindings.map((f) => [f.severity, f.class, f.package ?? '', where(f.lock), where(f.manifest), f.expected ?? '', f.found ?? '', f.fix ? `\`${f.fix}\`` : '']),
    );
    s.paragraph(allFindings.map((f) => `- ${inline(f.message)}`).join('\n'));
  }
  return s;
}

export async function verifyProject(options: {
  dir: string;
  manager: Manager | 'auto';
  lockfile: string;
  requireHashes: boolean;
  native: NativeMode;
}): Promise<VerifiedLockfile[]> {
  const workspace = workspaceRoot();
  const targets = selectTargets(options.dir, options.manager, options.lockfile);
  if (!targets.length) {
    const result = missingLockResult(options.dir, options.manager);
    return [{ result, lockHash: '', inSync: false }];
  }
  const verified: VerifiedLockfile[] = [];
  for (const target of targets) {
    // dir is the project (working-directory), not the lockfile's folder: a `lockfile: requirements/prod.txt`
    // names its sources relative to where the tool ran, and the checkers look there too.
    const result = await checkLockfile(target.manager, { workspace, dir: options.dir, lockfile: target.lockfile, requireHashes: options.requireHashes });
    const lockHash = sha256File(target.lockfile);
    let native: NativeVerdict | undefined;
    let inSync = result.freshness === 'fresh';
    if (shouldRunNative(options.native, result)) {
      // pdm takes the lock's path (--lockfile) and runs in the project; the others want the lock beside the manifest.
      const cwd = target.manager === 'pdm' ? options.dir : dirname(target.lockfile);
      native = await runNativeCheck(target.manager, cwd, relative(cwd, target.lockfile).split(sep).join('/'));
      if (native && native.verdict !== 'unavailable') {
        if (result.freshness === 'inconclusive') {
          inSync = native.verdict === 'fresh';
          if (!inSync) {
            result.findings.push({
              class: 'drift',
              severity: 'error',
              message: `${native.command.join(' ')} reports the lockfile out of date: ${verdictLine(native.output)}`,
              lock: { file: relativeToWorkspace(target.lockfile) },
              fix: result.findings.find((f) => f.fix)?.fix ?? nativeFix(target.manager, result.toolVersion),
            });
          }
        } else if ((native.verdict === 'fresh') !== inSync) {
          result.findings.push({
            class: 'inconclusive',
            severity: 'warning',
            message: `The native check (${native.command.join(' ')}) says "${native.verdict}" but the static check says "${result.freshness}"; the stricter verdict stands.`,
            lock: { file: relativeToWorkspace(target.lockfile) },
          });
          inSync = false;
        }
      } else if (result.freshness === 'inconclusive') {
        result.findings.push({
          class: 'inconclusive',
          severity: 'warning',
          message: `Static verdict inconclusive (${result.inconclusiveReason ?? 'see summary'}) and the native check could not run${native ? `: ${firstLine(native.output)}` : ''}.`,
          lock: { file: relativeToWorkspace(target.lockfile) },
        });
      } else if (options.native === 'always') {
        // Asked for explicitly: say that it did not happen, rather than a silent "verified".
        result.findings.push({
          class: 'inconclusive',
          severity: native ? 'warning' : 'notice',
          message: `native-check: always, but ${native ? `${native.command.join(' ')} could not run: ${firstLine(native.output)}` : `${target.manager} has no native check`}; the static verdict (${result.freshness}) stands.`,
          lock: { file: relativeToWorkspace(target.lockfile) },
        });
      }
    } else if (result.freshness === 'inconclusive') {
      result.findings.push({
        class: 'inconclusive',
        severity: 'warning',
        message: `Static verdict inconclusive: ${result.inconclusiveReason ?? 'unknown reason'}. Set native-check: always (with the tool installed) for a definite verdict.`,
        lock: { file: relativeToWorkspace(target.lockfile) },
      });
    }
    if (result.findings.some((f) => f.severity === 'error' && f.class === 'drift')) inSync = false;
    verified.push({ result, lockHash, native, inSync });
  }
  return verified;
}

/**
 * Locked packages across every lockfile checked, each name+version once: a uv export beside its
 * uv.lock, or a dev.txt constrained to requirements.txt, does not count the shared pins twice.
 */
function distinctPackages(verified: VerifiedLockfile[]): number {
  if (verified.length === 1) return verified[0]!.result.packages;
  const seen = new Set<string>();
  let uncounted = 0;
  for (const { result } of verified) {
    if (!result.locked.length) uncounted += result.packages;
    // A local project has no version in an export (`-e .`) but one in uv.lock: count it by name.
    for (const p of result.locked) seen.add(p.source === 'path' || p.source === 'project' ? `local:${p.name || p.path}` : `${p.name}@${p.version}`);
  }
  return seen.size + uncounted;
}

/** Combined cache key when several lockfiles were checked: stable in path order. */
function combinedHash(verified: VerifiedLockfile[]): string {
  if (verified.length === 1) return verified[0]!.lockHash;
  const h = createHash('sha256');
  for (const v of verified) h.update(`${relativeToWorkspace(v.result.lockfile)}\0${v.lockHash}\n`);
  return h.digest('hex');
}

export async function main(): Promise<void> {
  const dir = getWorkspacePath('working-directory', '.');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError(`working-directory "${getString('working-directory', '.')}" is not a directory in the workspace.`, {
      title: 'invalid input: working-directory',
      hint: 'Check out the repository first (actions/checkout) and point working-directory at the Python project.',
    });
  }
  const manager = getChoice('manager', ['auto', ...MANAGERS] as const, 'auto');
  const requireHashes = getBoolean('require-hashes', true);
  const native = getChoice('native-check', ['auto', 'always', 'never'] as const, 'auto');
  const token = getString('github-token');
  if (token) core.setSecret(token);
  const checkName = getString('check-name', 'lockfile');

  const verified = await verifyProject({ dir, manager, lockfile: getString('lockfile'), requireHashes, native });
  const findings = verified.flatMap((v) => v.result.findings);
  for (const f of findings) {
    const title = f.package ? `${f.class}: ${f.package}` : f.class;
    annotations.add({ level: f.severity, message: findingText(f), title, location: f.lock?.file ? f.lock : f.manifest });
  }
  const inSync = verified.every((v) => v.inSync);
  const packages = distinctPackages(verified);
  const report = writeJsonReport('verify-lockfile', {
    tool: 'blackbelt/verify-lockfile',
    inSync,
    lockfiles: verified.map((v) => ({
      manager: v.result.manager,
      lockfile: relativeToWorkspace(v.result.lockfile),
      manifest: v.result.manifest ? relativeToWorkspace(v.result.manifest) : undefined,
      toolVersion: v.result.toolVersion,
      formatVersion: v.result.formatVersion,
      lockHash: v.lockHash,
      packages: v.result.packages,
      freshness: v.result.freshness,
      inconclusiveReason: v.result.inconclusiveReason,
      native: v.native,
      inSync: v.inSync,
    })),
    findings,
  });
  setOutputs({
    manager: [...new Set(verified.map((v) => v.result.manager))].join(','),
    lockfile: verified.map((v) => relativeToWorkspace(v.result.lockfile)).join(','),
    'lock-hash': combinedHash(verified),
    packages,
    'in-sync': inSync,
    report,
  });
  const summary = summarize(verified, findings);
  summary.write();

  const errors = findings.filter((f) => f.severity === 'error');
  await publishCheckRun({
    token,
    name: checkName,
    conclusion: errors.length ? 'failure' : 'success',
    title: errors.length ? `${errors.length} lockfile problem(s)` : `Lockfile verified (${packages} packages)`,
    summary: summary.toString(),
    findings,
  });
  if (errors.length) {
    // The step's last word: how many, where, and every distinct fix — not a repeat of the first finding.
    const files = [...new Set(errors.map((f) => f.lock?.file ?? f.manifest?.file).filter(Boolean))];
    const fixes = [...new Set(errors.map((f) => f.fix).filter(Boolean))];
    annotations.fail(
      `${errors.length} lockfile problem${errors.length === 1 ? '' : 's'} in ${files.join(', ') || relativeToWorkspace(dir)}` +
        `${annotations.overflow.length ? ' (the job summary lists all of them)' : ''}.` +
        (fixes.length ? ` To fix: ${fixes.join('; ')}` : ''),
      undefined,
      'verify-lockfile failed',
    );
  } else if (inSync) {
    core.info(`✓ ${verified.map((v) => relativeToWorkspace(v.result.lockfile)).join(', ')}: ${packages} packages, in sync.`);
  } else {
    core.info('No errors, but the verdict is inconclusive (see the warning): in-sync is false.');
  }
}
