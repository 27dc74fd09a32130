import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as toolkit from '@actions/core';
import { describe, expect, it, vi } from 'vitest';
import * as ours from '../../actions/shared/workflow.js';

/** Run the same calls through @actions/core and through our module; capture stdout and files. */
function capture(impl: typeof ours | typeof toolkit, calls: (m: typeof ours) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'bb-wf-'));
  const files = { GITHUB_OUTPUT: join(dir, 'o'), GITHUB_ENV: join(dir, 'e'), GITHUB_STATE: join(dir, 's'), GITHUB_PATH: join(dir, 'p') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const saved = { ...process.env };
  Object.assign(process.env, files);
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += chunk.toString();
    return true;
  });
  // Heredoc delimiters are random UUIDs; make them comparable.
  const uuid = vi.spyOn(globalThis.crypto, 'randomUUID');
  try {
    calls(impl as typeof ours);
  } finally {
    spy.mockRestore();
    uuid.mockRestore();
    process.env = saved;
  }
  const normalise = (t: string) => t.replace(/ghadelimiter_[0-9a-f-]+/g, 'ghadelimiter_X');
  return { out, ...Object.fromEntries(Object.entries(files).map(([k, f]) => [k, normalise(readFileSync(f, 'utf8'))])) };
}

const script = (m: typeof ours) => {
  m.info('plain line: 100% done');
  m.error('multi\nline, with: colons', { title: 'a, b: c', file: 'dir/pyproject.toml', startLine: 3, endLine: 4, startColumn: 2 });
  m.warning('w');
  m.notice('n', {});
  m.setSecret('hunter2');
  m.debug('dbg%');
  m.startGroup('group');
  m.endGroup();
  m.setOutput('multi', 'one\ntwo');
  m.setOutput('num', 42 as unknown as string);
  m.exportVariable('BB_VAR', 'x=y');
  m.saveState('state', 'kept');
  m.addPath('/opt/bb/bin');
};

describe('workflow commands', () => {
  it('write exactly what @actions/core writes (stdout and every file command)', () => {
    expect(capture(ours, script)).toEqual(capture(toolkit, script));
  });

  it('set the failure exit code like core.setFailed', () => {
    const before = process.exitCode;
    capture(ours, (m) => m.setFailed('nope'));
    expect(process.exitCode).toBe(1);
    process.exitCode = before;
  });
});

describe('workflow commands in the local CLI', () => {
  it('print readable text instead of runner commands', () => {
    process.env.BLACKBELT_CLI = '1';
    let out = '';
    let err = '';
    const o = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((out += c.toString()), true));
    const e = vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => ((err += c.toString()), true));
    try {
      ours.startGroup('docker build');
      ours.info('step 1');
      ours.endGroup();
      ours.setSecret('hunter2');
      ours.debug('hidden');
      ours.error('bad', { file: 'uv.lock', startLine: 3, title: 'drift' });
    } finally {
      o.mockRestore();
      e.mockRestore();
      delete process.env.BLACKBELT_CLI;
    }
    expect(out).toBe('── docker build\nstep 1\n');
    expect(err).toBe('error: uv.lock:3: drift: bad\n');
  });
});
