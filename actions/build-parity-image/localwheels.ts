/**
 * Local path dependencies — uv/PDM workspace members, Poetry `path = "../lib"`, Pipfile `{path = "./lib"}`,
 * `-e ./lib` in a requirements file — carry no hash in any lock and cannot be downloaded. Left out, the
 * image misses code the application imports. They are built into wheels on the runner (`pip wheel
 * --no-deps`, SOURCE_DATE_EPOCH = the commit time, so the same source gives the same archive) and then
 * installed like every locked package: from the wheelhouse, by hash, and compared by parity.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UserError } from '../shared/errors.js';
import { run } from '../shared/exec.js';
import { normalizeName } from '../shared/lockfile/names.js';
import { normalizeVersion } from '../shared/lockfile/pep440.js';
import type { LocalPackage } from './locked.js';
import { FIXED_MTIME, type HostPip } from './wheelhouse.js';

export interface BuiltWheel {
  name: string;
  version: string;
  hashes: string[];
  /** The wheel's file name in the wheelhouse. */
  file: string;
  /** The source directory or archive it was built from. */
  path: string;
}

/** `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl` → its parts (PEP 427). */
export function parseWheelName(file: string): { name: string; version: string; tags: string } | undefined {
  const m = /^([^-]+)-([^-]+)(?:-\d[^-]*)?-([^-]+-[^-]+-[^-]+)\.whl$/.exec(basename(file));
  return m ? { name: normalizeName(m[1]!), version: m[2]!, tags: m[3]! } : undefined;
}

export async function buildLocalWheels(pip: HostPip, locals: LocalPackage[], target: string, epoch: number, scratch: string): Promise<BuiltWheel[]> {
  mkdirSync(target, { recursive: true });
  const built: BuiltWheel[] = [];
  for (const local of locals) {
    const what = local.name ? `${local.name} (${local.path})` : local.path;
    if (!existsSync(local.path)) {
      throw new UserError(`The lock installs the local package ${what}, but that path does not exist.`, { title: 'local dependency missing', hint: 'Check the path in the manifest (relative to the lockfile) and that the checkout contains it.' });
    }
    let wheel: string;
    if (statSync(local.path).isFile() && local.path.endsWith('.whl')) {
      wheel = local.path;
    } else {
      const out = mkdtempSync(join(scratch, 'local-wheel-'));
      const r = await run(pip.command, [...pip.args, 'wheel', '--no-deps', '--disable-pip-version-check', '--wheel-dir', out, local.path], {
        env: { ...process.env, SOURCE_DATE_EPOCH: String(epoch), PIP_NO_INPUT: '1' },
        timeoutMs: 15 * 60_000,
      });
      const wheels = readdirSync(out).filter((f) => f.endsWith('.whl'));
      if (r.code !== 0 || wheels.length !== 1) {
        throw new UserError(`Could not build a wheel of the local package ${what} with \`pip wheel --no-deps\`: ${(r.stderr || r.stdout).trim().split('\n').slice(-4).join(' | ') || `${wheels.length} wheels`}`, {
          title: 'local dependency does not build',
          hint: 'It needs a [build-system] in its pyproject.toml (and network on the runner for the build backend).',
        });
      }
      wheel = join(out, wheels[0]!);
    }
    const parsed = parseWheelName(wheel);
    if (!parsed) throw new UserError(`${basename(wheel)} (built from ${what}) is not a valid wheel file name.`, { title: 'local dependency does not build' });
    if (!parsed.tags.endsWith('-none-any')) {
      throw new UserError(`The local package ${what} builds a platform wheel (${parsed.tags}) on the runner, which need not fit the image's Python and platform.`, {
        title: 'local dependency is not pure Python',
        hint: 'Publish it to an index with wheels for the image platform and lock it by version, or use your own Dockerfile.',
      });
    }
    if (local.name && parsed.name !== local.name) {
      throw new UserError(`The lock names the local package at ${local.path} ${local.name}, but it builds ${parsed.name}.`, { title: 'local dependency drift', hint: 'Re-lock the project.' });
    }
    if (local.version && normalizeVersion(parsed.version) !== normalizeVersion(local.version)) {
      throw new UserError(`The lock pins the local package ${local.name || parsed.name} at ${local.version}, but its source (${local.path}) now builds ${parsed.version}.`, {
        title: 'local dependency drift',
        hint: 'Re-lock the project so the lock records the version its source has.',
      });
    }
    const file = basename(wheel);
    const dest = join(target, file);
    copyFileSync(wheel, dest);
    utimesSync(dest, FIXED_MTIME, FIXED_MTIME);
    const hash = createHash('sha256').update(readFileSync(dest)).digest('hex');
    built.push({ name: parsed.name, version: parsed.version, hashes: [`sha256:${hash}`], file, path: local.path });
  }
  return built;
}
