// useSyncStdout(): the log goes out with fs.writeSync(1). When fd 1 is a non-blocking pipe whose
// reader is slow, write(2) fails with EAGAIN and out() must wait and write the rest; when the reader
// is gone (EPIPE) it must drop the rest quietly. A Python parent gives the child exactly that fd 1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace } from '../harness/run-action.js';
import { bundleForTest } from '../harness/bundle.js';

/**
 * `parent.py MODE OUT CMD...`: run CMD with fd 1 = the write end of a pipe set O_NONBLOCK. Waits
 * until the child has written, then reads nothing for 0.3 s (the pipe fills and stays full), then
 * either reads to EOF into OUT (`read`) or closes the read end (`close`). Prints the child's exit
 * code as JSON. Every wait is bounded.
 */
const PARENT = String.raw`
import fcntl, json, os, select, subprocess, sys, termios, time

mode, out_path, *cmd = sys.argv[1:]
r, w = os.pipe()
fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)
child = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=w)  # close_fds: the child has no copy of r
os.close(w)
deadline = time.monotonic() + 20

def queued():
    return int.from_bytes(fcntl.ioctl(r, termios.FIONREAD, b'\0\0\0\0'), sys.byteorder)

while queued() == 0 and child.poll() is None and time.monotonic() < deadline:
    time.sleep(0.005)
time.sleep(0.3)
timed_out = False
with open(out_path, 'wb') as out:
    while mode == 'read':
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([r], [], [], left)[0]:
            timed_out = True
            break
        chunk = os.read(r, 1 << 16)
        if not chunk:
            break
        out.write(chunk)
os.close(r)
try:
    code = child.wait(timeout=max(1, deadline - time.monotonic()))
except subprocess.TimeoutExpired:
    child.kill()
    code = child.wait()
    timed_out = True
print(json.dumps({'code': code, 'timedOut': timed_out}))
`;

/** Child: the module's own logging calls (argv: bundle URL, steps JSON); counts out()'s 1 ms waits. */
const SYNC_CHILD = `
import { readFileSync, writeSync } from 'node:fs';
const wf = await import(process.argv[2]);
const steps = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const wait = Atomics.wait;
let waits = 0;
Atomics.wait = (...args) => { waits++; return wait(...args); };
wf.useSyncStdout();
for (const [fn, message] of steps) wf[fn](message);
writeSync(2, 'done: ' + steps.length + ' calls, ' + waits + ' waits\\n');
`;

/** Control child: plain fs.writeSync(1) on the same kind of pipe, with no EAGAIN handling. */
const PLAIN_CHILD = `
import { writeSync } from 'node:fs';
const buf = Buffer.alloc(1 << 20, 'x');
let written = 0;
try {
  for (let i = 0; i < 8; i++) written += writeSync(1, buf);
  writeSync(2, 'no error after ' + written + '\\n');
} catch (e) {
  writeSync(2, 'error ' + e.code + ' after ' + written + '\\n');
}
`;

type Step = ['info' | 'warning' | 'startGroup' | 'endGroup', string];

/** ~3.5 MB: numbered lines of varied length (some non-ASCII), workflow commands, and messages far larger than the pipe. */
function steps(): Step[] {
  const list: Step[] = [];
  for (let i = 0; i < 20_000; i++) {
    if (i % 2_000 === 0) list.push(['startGroup', `group ${i}`]);
    list.push(['info', `line ${String(i).padStart(5, '0')} ${'é→x'.repeat(i % 37)}${'.'.repeat((i * 7) % 61)}`]);
    if (i % 1_000 === 999) list.push(['warning', `warning after line ${i}`]);
    if (i % 2_000 === 1_999) list.push(['endGroup', '']);
    if (i % 2_500 === 1_234) list.push(['info', `big ${i}: ${Array.from({ length: 12_000 }, (_, k) => `${i}.${k}`).join(' ')}`]);
  }
  return list;
}

function expectedLog(list: Step[]): string {
  return list
    .map(([fn, message]) => {
      if (fn === 'info') return `${message}\n`;
      if (fn === 'endGroup') return '::endgroup::\n';
      return `::${fn === 'startGroup' ? 'group' : fn}::${message}\n`;
    })
    .join('');
}

describe('useSyncStdout() on a non-blocking stdout pipe', () => {
  let dir: string;
  let bundleUrl: string;
  const list = steps();
  let input: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bb-sync-stdout-'));
    bundleUrl = pathToFileURL(bundleForTest('actions/shared/workflow.ts', 'workflow-sync-stdout')).href;
    writeFileSync(join(dir, 'parent.py'), PARENT);
    writeFileSync(join(dir, 'sync-child.mjs'), SYNC_CHILD);
    writeFileSync(join(dir, 'plain-child.mjs'), PLAIN_CHILD);
    input = join(dir, 'steps.json');
    writeFileSync(input, JSON.stringify(list));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function run(mode: 'read' | 'close', child: string, ...args: string[]) {
    const out = join(dir, `${mode}-${child}.out`);
    const env = { ...process.env };
    delete env.BLACKBELT_CLI;
    const res = spawnSync('python3', [join(dir, 'parent.py'), mode, out, process.execPath, join(dir, child), ...args], {
      encoding: 'utf8',
      env,
      timeout: 30_000,
    });
    const detail = `status ${res.status} signal ${res.signal} error ${res.error?.message}\nstdout: ${res.stdout}\nstderr: ${res.stderr}`;
    expect(res.status, detail).toBe(0);
    const result = JSON.parse(res.stdout) as { code: number; timedOut: boolean };
    expect(result.timedOut, detail).toBe(false);
    return { code: result.code, stderr: res.stderr, received: readFileSync(out), detail };
  }

  it('control: a plain fs.writeSync(1) gets EAGAIN once the pipe is full', () => {
    const { code, stderr, received, detail } = run('read', 'plain-child.mjs');
    expect(code, detail).toBe(0);
    const m = /^error EAGAIN after (\d+)$/m.exec(stderr);
    expect(m, detail).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(0); // the first write filled the pipe, a later one found it full
    expect(received.length).toBe(Number(m![1]));
  });

  it('waits out EAGAIN and delivers every line exactly once, in order', () => {
    const expected = expectedLog(list);
    expect(Buffer.byteLength(expected)).toBeGreaterThan(3_000_000);

    const { code, stderr, received, detail } = run('read', 'sync-child.mjs', bundleUrl, input);
    expect(code, detail).toBe(0);
    const m = /^done: (\d+) calls, (\d+) waits$/m.exec(stderr);
    expect(m, detail).not.toBeNull();
    expect(Number(m![1])).toBe(list.length);
    expect(Number(m![2]), 'out() never hit EAGAIN: the test did not exercise the retry').toBeGreaterThan(10);
    expect(hasStackTrace(stderr), detail).toBe(false);

    const text = received.toString('utf8');
    // Compare line by line first: a failure then names the first wrong line instead of a 3 MB diff.
    const got = text.split('\n');
    const want = expected.split('\n');
    const firstDiff = want.findIndex((line, i) => got[i] !== line);
    const where = (): string => {
      const [g, w] = [got[firstDiff] ?? '<missing>', want[firstDiff]!];
      let col = 0;
      while (col < w.length && g[col] === w[col]) col++;
      return `line ${firstDiff}, column ${col}: got …${g.slice(Math.max(0, col - 20), col + 40)}… want …${w.slice(Math.max(0, col - 20), col + 40)}…`;
    };
    expect(firstDiff, firstDiff >= 0 ? where() : '').toBe(-1);
    expect(text.length).toBe(expected.length);
    expect(text === expected).toBe(true);
  });

  it('drops the rest of the log quietly when the reader goes away (EPIPE), exit code 0', () => {
    const { code, stderr, detail } = run('close', 'sync-child.mjs', bundleUrl, input);
    expect(code, detail).toBe(0); // not killed by SIGPIPE (negative code), no uncaught EPIPE (1)
    const m = /^done: (\d+) calls, (\d+) waits$/m.exec(stderr);
    expect(m, detail).not.toBeNull(); // every call returned
    expect(Number(m![2]), detail).toBeGreaterThan(10); // it was waiting on the full pipe when the reader left
    expect(hasStackTrace(stderr), detail).toBe(false);
  });
});
