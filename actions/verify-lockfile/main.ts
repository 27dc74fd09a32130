import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import * as core from '../shared/workflow.js';
import { annotations } from '../shared/annotations.js';
import { UserError } from '../shared/errors.js';
import { getBoolean, getChoice, getString, getWorkspacePath, relativeToWorkspace, workspaceRoot } from '../shared/inputs.js';
import { checkLockfile } from '../shared/lockfile/index.js';
import { MANAGERS, type Finding, type LockCheckResult, type Manager } from '../shared/lockfile/types.js';
import { setOutputs } from '../shared/outputs.js';
import { writeJsonReport } from '../shared/report.js';
import { inline, SummaryBuilder } from '../shared/summary.js';
import { publishCheckRun } from './checkrun.js';
import { missingLockResult, selectTargets } from './targets.js';
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

/** A fix command as code; a fix that is prose with its own `code` spans stays prose (nested backticks break the cell). */
function codeCell(fix: string | undefined): string {
  if (!fix) return '';
  return fix.includes('`') ? fix : `\`${fix}\``;
}

/**
 * Findings listed in the job summary. Beyond it the summary would only grow towards GitHub's 1 MiB
 * cap (and be cut mid-table); the JSON report (output `report`) lists every finding.
 */
export const SUMMARY_FINDINGS = 500;

function summarize(verified: VerifiedLockfile[], allFindings: Finding[], reportPath: string): SummaryBuilder {
  const s = new SummaryBuilder();
  const errors = allFindings.filter((f) => f.severity === 'error').length;
  const undecided = !errors && verified.some((v) => !v.inSync);
  s.heading(errors ? `❌ verify-lockfile: ${errors} problem(s)` : undecided ? '⚠️ verify-lockfile: verdict inconclusive' : '✅ verify-lockfile: lockfile verified');
  s.table(
    ['lockfile', 'manager', 'written by', 'packages', 'verdict', 'lock hash'],
    verified.map((v) => [
      `\`${relativeToWorkspace(v.result.lockfile)}\``,
      v.result.manager,
      v.result.toolVersion ?? v.result.writtenBy ?? (v.result.formatVersion ? `lock format ${v.result.formatVersion}` : ''),
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
    // Errors first, so a cut never hides an error behind warnings.
    const rank = { error: 0, warning: 1, notice: 2 } as const;
    const shown = [...allFindings].sort((a, b) => rank[a.severity] - rank[b.severity]).slice(0, SUMMARY_FINDINGS);
    s.heading('Findings', 3);
    s.table(
      ['severity', 'class', 'package', 'lock', 'manifest', 'expected', 'found', 'fix'],
      shown.map((f) => [f.severity, f.class, f.package ?? '', where(f.lock), where(f.manifest), f.expected ?? '', f.found ?? '', codeCell(f.fix)]),
    );
    s.paragraph(shown.map((f) => `- ${inline(f.message)}`).join('\n'));
    if (shown.length < allFindings.length) {
      s.paragraph(`_${allFindings.length - shown.length} more finding(s) not listed here; the JSON report \`${reportPath}\` (output \`report\`) has all ${allFindings.length}._`);
    }
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
  const targets = await selectTargets(options.dir, options.manager, options.lockfile);
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
          message: `Static verdict inconclusive (${result.inconclusiveReason ?? 'see summary'}) and ${native ? `the native check could not run: ${firstLine(native.output)}` : `${target.manager} has no offline check of its own to settle it`}.`,
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
      writtenBy: v.result.writtenBy,
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
  const summary = summarize(verified, findings, report);
  try {
    summary.write();
    // The summary lists the findings GitHub's annotation cap drops: no second table from the entry wrapper.
    annotations.overflowInSummary = true;
  } catch (e) {
    // The job summary is a convenience: an unwritable GITHUB_STEP_SUMMARY must not hide the verdict.
    core.warning(`Could not write the job summary (${(e as Error).message.split('\n')[0]}); the findings are in the annotations and ${report}.`);
  }

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
        `${annotations.overflow.length ? (findings.length > SUMMARY_FINDINGS ? ` (the job summary lists the first ${SUMMARY_FINDINGS}, the JSON report ${report} all of them)` : ' (the job summary lists all of them)') : ''}.` +
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
