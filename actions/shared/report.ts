import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Write the action's machine-readable report. It lives under RUNNER_TEMP so later steps of the
 * job (or actions/upload-artifact) can read it; the path is returned for the `report` output.
 */
export function writeJsonReport(action: string, data: unknown, dir = process.env.RUNNER_TEMP || tmpdir()): string {
  const write = (base: string): string => {
    const folder = join(base, 'blackbelt');
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `${action}-report.json`);
    writeFileSync(path, JSON.stringify(data, null, 2) + '\n');
    return path;
  };
  try {
    return write(dir);
  } catch (e) {
    // A RUNNER_TEMP that is not a writable folder (a self-hosted runner's odd setup) must not fail
    // the step: the report goes to the system temp folder instead, and the `report` output says where.
    if (dir === tmpdir()) throw e;
    return write(tmpdir());
  }
}
