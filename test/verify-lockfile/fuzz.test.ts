/**
 * Fuzz test: thousands of mutated lockfiles and manifests (every fixture file, every format) must
 * each end in a result or a UserError — never a TypeError, RangeError or any other uncaught value.
 *
 * Reproduce a run:     FUZZ_SEED=<seed> npx vitest run test/verify-lockfile/fuzz.test.ts
 * Reproduce a mutant:  FUZZ_SEED=<seed> FUZZ_ONLY='webapp/uv/uv.lock#17' npx vitest run test/verify-lockfile/fuzz.test.ts
 * More mutants:        FUZZ_PER_FILE=500 (default: ~4000 in total, spread over the fixture files; FUZZ_BUNDLE=50
 *                      of them also go through the bundle; FUZZ_LARGE=1 adds the >100-package fixtures)
 * Failing mutants are also saved under .lab/fuzz-failures/ with their seed in the name.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../actions/shared/errors.js';
import { verifyProject } from '../../actions/verify-lockfile/main.js';
import { hasStackTrace, runAction } from '../harness/run-action.js';
import { REPO_ROOT } from '../harness/runtimes.js';
import { fileKind, mutantSeed, mutate, type Mutant } from './fuzz-mutators.js';
import { FIXTURES, fixtureManifest, workspaceWithFixture } from './workspace.js';

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 0x5eed_b1ac;
const BUNDLE_MUTANTS = Number(process.env.FUZZ_BUNDLE ?? 50);
const ONLY = process.env.FUZZ_ONLY;
const FAILURES_DIR = join(REPO_ROOT, '.lab', 'fuzz-failures');

interface SeedFile {
  /** Fixture folder, e.g. webapp/uv. */
  dir: string;
  /** File name inside it. */
  file: string;
  role: 'lockfile' | 'manifest';
  /** The fixture's first lockfile (passed as the `lockfile` input on every other mutant). */
  lockfile?: string;
}

function seedFiles(): SeedFile[] {
  const seen = new Set<string>();
  const out: SeedFile[] = [];
  for (const f of fixtureManifest()) {
    // The benchmark's large projects cost ~10× per check; they add no format of their own.
    if ((f.packages ?? 0) > 100 && !process.env.FUZZ_LARGE) continue;
    for (const [role, names] of [['lockfile', f.lockfile], ['manifest', f.manifest]] as const) {
      for (const file of names) {
        const key = `${f.dir}/${file}`;
        if (seen.has(key) || !existsSync(join(FIXTURES, f.dir, file))) continue;
        seen.add(key);
        out.push({ dir: f.dir, file, role, lockfile: f.lockfile.find((l) => existsSync(join(FIXTURES, f.dir, l))) });
      }
    }
  }
  return out;
}

/** Stable 32-bit hash of a string (FNV-1a), to give every seed file its own mutant stream. */
function hashString(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function mutantFor(sf: SeedFile, index: number, donors: readonly string[]): Mutant & { id: string; seed: number } {
  const source = readFileSync(join(FIXTURES, sf.dir, sf.file), 'utf8');
  const seed = mutantSeed(hashString(`${sf.dir}/${sf.file}`, SEED), index);
  return { ...mutate(source, fileKind(sf.file), seed, donors), id: `${sf.dir}/${sf.file}#${index}`, seed };
}

type Outcome = { kind: 'result' } | { kind: 'user-error'; message: string } | { kind: 'crash'; error: unknown };

/** Sanity of a returned verdict: a result the summary/annotations can render. */
function malformed(verified: Awaited<ReturnType<typeof verifyProject>>): string | undefined {
  if (!Array.isArray(verified) || !verified.length) return 'verifyProject returned no verdicts';
  for (const v of verified) {
    const r = v.result;
    if (!['fresh', 'stale', 'inconclusive'].includes(r.freshness)) return `freshness ${String(r.freshness)}`;
    if (!Number.isFinite(r.packages)) return `packages ${String(r.packages)}`;
    if (!Array.isArray(r.findings)) return 'findings is not an array';
    for (const f of r.findings) {
      if (typeof f.message !== 'string' || !f.message) return `finding without message: ${JSON.stringify(f)}`;
      if (f.lock?.line !== undefined && !(Number.isInteger(f.lock.line) && f.lock.line > 0)) return `bad lock line ${String(f.lock.line)}`;
      if (f.manifest?.line !== undefined && !(Number.isInteger(f.manifest.line) && f.manifest.line > 0)) return `bad manifest line ${String(f.manifest.line)}`;
    }
  }
  return undefined;
}

async function checkMutant(project: string, sf: SeedFile, explicitLockfile: boolean): Promise<Outcome> {
  try {
    const verified = await verifyProject({
      dir: project,
      manager: 'auto',
      lockfile: explicitLockfile && sf.lockfile ? sf.lockfile : '',
      requireHashes: true,
      native: 'never',
    });
    const bad = malformed(verified);
    return bad ? { kind: 'crash', error: new Error(`malformed result: ${bad}`) } : { kind: 'result' };
  } catch (error) {
    if (error instanceof UserError) return { kind: 'user-error', message: error.message };
    return { kind: 'crash', error };
  }
}

function preview(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  const shown = text.length > 3000 ? `${text.slice(0, 1500)}\n…[${text.length - 3000} chars elided]…\n${text.slice(-1500)}` : text;
  // Control characters made visible (built by code so the source holds no raw control-char regex).
  return [...shown].map((c) => (c.charCodeAt(0) < 0x20 && c !== '\n' && c !== '\t') || c === '\x7f' ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : c).join('');
}

function report(sf: SeedFile, m: ReturnType<typeof mutantFor>, error: unknown): string {
  mkdirSync(FAILURES_DIR, { recursive: true });
  const saved = join(FAILURES_DIR, `${m.id.replace(/[/#]/g, '_')}-seed${SEED}`);
  writeFileSync(saved, m.bytes);
  const err = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack?.split('\n').slice(1, 8).join('\n')}` : String(error);
  return [
    `mutant ${m.id} (run seed FUZZ_SEED=${SEED}, mutant seed ${m.seed}, ops ${m.ops.join('+')})`,
    `reproduce: FUZZ_SEED=${SEED} FUZZ_ONLY='${m.id}' npx vitest run test/verify-lockfile/fuzz.test.ts`,
    `saved: ${saved} (replace ${sf.dir}/${sf.file} with it)`,
    err,
    '--- mutant ---',
    preview(m.bytes),
  ].join('\n');
}

const ALL = seedFiles();
const PER_FILE = Number(process.env.FUZZ_PER_FILE ?? Math.ceil(4000 / Math.max(ALL.length, 1)));
const DONORS = ALL.map((sf) => readFileSync(join(FIXTURES, sf.dir, sf.file), 'utf8'));
const byDir = new Map<string, SeedFile[]>();
for (const sf of ALL) byDir.set(sf.dir, [...(byDir.get(sf.dir) ?? []), sf]);

const stats = { mutants: 0, results: 0, userErrors: 0, crashes: 0, slowest: { ms: 0, id: '' }, byOp: new Map<string, number>() };
let previousWorkspace: string | undefined;

describe(`lockfile fuzz (FUZZ_SEED=${SEED}, ${PER_FILE} mutants × ${ALL.length} fixture files)`, () => {
  beforeAll(() => {
    previousWorkspace = process.env.GITHUB_WORKSPACE;
    console.log(`fuzz: FUZZ_SEED=${SEED} FUZZ_PER_FILE=${PER_FILE}${ONLY ? ` FUZZ_ONLY=${ONLY}` : ''}`);
  });
  afterAll(() => {
    if (previousWorkspace === undefined) delete process.env.GITHUB_WORKSPACE;
    else process.env.GITHUB_WORKSPACE = previousWorkspace;
    const ops = [...stats.byOp.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ');
    console.log(
      `fuzz: ${stats.mutants} mutants → ${stats.results} results, ${stats.userErrors} user errors, ${stats.crashes} crashes; slowest ${stats.slowest.ms.toFixed(0)} ms (${stats.slowest.id}); ops ${ops}`,
    );
  });

  it('has fixtures in every format', () => {
    const names = new Set(ALL.map((sf) => sf.file));
    for (const n of ['uv.lock', 'poetry.lock', 'pdm.lock', 'pylock.toml', 'Pipfile.lock', 'requirements.txt', 'pyproject.toml', 'Pipfile', 'requirements.in']) expect(names).toContain(n);
  });

  // One workspace per fixture project, reused: each mutant overwrites one file and restores it.
  it.each([...byDir.keys()])('%s: every mutant gives a result or a UserError', async (dir) => {
    const { workspace, project } = workspaceWithFixture(dir);
    process.env.GITHUB_WORKSPACE = workspace;
    const failures: string[] = [];
    for (const sf of byDir.get(dir)!) {
      const path = join(project, sf.file);
      const original = readFileSync(path);
      const count = ONLY?.startsWith(`${sf.dir}/${sf.file}#`) ? Math.max(PER_FILE, Number(ONLY.split('#')[1]) + 1) : PER_FILE;
      for (let i = 0; i < count; i++) {
        const id = `${sf.dir}/${sf.file}#${i}`;
        if (ONLY && ONLY !== id) continue;
        const m = mutantFor(sf, i, DONORS);
        writeFileSync(path, m.bytes);
        const started = performance.now();
        const outcome = await checkMutant(project, sf, i % 2 === 1);
        const ms = performance.now() - started;
        writeFileSync(path, original);
        stats.mutants++;
        for (const op of m.ops) stats.byOp.set(op, (stats.byOp.get(op) ?? 0) + 1);
        if (ms > stats.slowest.ms) stats.slowest = { ms, id };
        // Not a timing assertion: every input here checks in well under a second; 10 s means superlinear work.
        if (ms > 10_000) failures.push(report(sf, m, new Error(`took ${(ms / 1000).toFixed(1)} s: superlinear on this input?`)));
        if (outcome.kind === 'result') stats.results++;
        else if (outcome.kind === 'user-error') stats.userErrors++;
        else {
          stats.crashes++;
          failures.push(report(sf, m, outcome.error));
        }
      }
    }
    expect(failures, `${failures.length} mutant(s) crashed the checker:\n\n${failures.slice(0, 5).join('\n\n')}`).toEqual([]);
  });
});

describe(`lockfile fuzz through the bundle (${BUNDLE_MUTANTS} mutants, FUZZ_SEED=${SEED})`, () => {
  const bundle = join(REPO_ROOT, 'dist', 'verify-lockfile', 'index.js');

  it('every mutant exits 0 or 1 with no internal error and no stack trace', async () => {
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build verify-lockfile\` first`);
    // Spread the sample over every fixture file, deterministically.
    const sample = Array.from({ length: ONLY ? 0 : BUNDLE_MUTANTS }, (_, k) => ({ sf: ALL[k % ALL.length]!, index: 10_000 + k }));
    const failures: string[] = [];
    const queue = [...sample];
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const m = mutantFor(job.sf, job.index, DONORS);
        const { workspace } = workspaceWithFixture(job.sf.dir);
        writeFileSync(join(workspace, 'project', job.sf.file), m.bytes);
        const inputs: Record<string, string> = { 'working-directory': 'project', 'native-check': 'never' };
        if (job.index % 2 && job.sf.lockfile) inputs.lockfile = job.sf.lockfile;
        const run = await runAction('verify-lockfile', { workspace, inputs, timeoutMs: 60_000 });
        const problems = [
          ![0, 1].includes(run.exitCode) && `exit code ${run.exitCode}`,
          /failed unexpectedly/.test(run.log) && '"failed unexpectedly" in the log',
          hasStackTrace(run.log) && 'stack trace in the log',
          run.exitCode === 1 && !run.annotations.some((a) => a.level === 'error') && 'exit 1 without an error annotation',
        ].filter(Boolean);
        if (problems.length) failures.push(`${problems.join(', ')}\n${report(job.sf, m, run.log.slice(0, 2000))}`);
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    expect(failures, failures.slice(0, 3).join('\n\n')).toEqual([]);
  });
});
