#!/usr/bin/env node
/**
 * blackbelt <action> [--<input> value ...]: run an action locally with the same code the runner
 * executes. Inputs come from flags (defaults from the action's action.yml), outputs and the job
 * summary are printed as terminal text. Exit code is the step's exit code.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { markdownToTerminal } from './summary.js';
import { parseOutputFile } from './runner-files.js';

interface ActionYaml {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
}

type ActionMain = () => Promise<void>;

const ACTIONS: Record<string, () => Promise<ActionMain>> = {
  'verify-lockfile': async () => (await import('../verify-lockfile/main.js')).main,
  'build-parity-image': async () => (await import('../build-parity-image/main.js')).main,
};

function repoRoot(): string {
  // dist/cli/index.js or actions/shared/cli.ts → two levels up is the repository.
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

function loadActionYaml(name: string): ActionYaml {
  const path = join(repoRoot(), 'actions', name, 'action.yml');
  if (!existsSync(path)) return {};
  return (parseYaml(readFileSync(path, 'utf8')) ?? {}) as ActionYaml;
}

/** Runner expressions we can evaluate locally; anything else becomes empty, as on a runner without it. */
function evaluateDefault(value: string): string {
  return value.replace(/\$\{\{\s*github\.token\s*\}\}/g, process.env.GITHUB_TOKEN ?? '').replace(/\$\{\{[^}]*\}\}/g, '');
}

function usage(): string {
  const lines = ['usage: blackbelt <action> [--<input> <value> ...]', '', 'actions:'];
  for (const name of Object.keys(ACTIONS)) lines.push(`  ${name.padEnd(20)} ${loadActionYaml(name).description?.split('\n')[0] ?? ''}`);
  lines.push('', 'blackbelt <action> --help lists its inputs.');
  return lines.join('\n');
}

function actionHelp(name: string, spec: ActionYaml): string {
  const lines = [`usage: blackbelt ${name} [--<input> <value> ...]`, '', spec.description?.trim() ?? '', '', 'inputs:'];
  for (const [input, meta] of Object.entries(spec.inputs ?? {})) {
    const dflt = meta.default !== undefined && meta.default !== '' ? ` (default: ${meta.default})` : meta.required ? ' (required)' : '';
    lines.push(`  --${input}${dflt}`, `      ${(meta.description ?? '').trim().split('\n')[0]}`);
  }
  return lines.join('\n');
}

/** Parse `--name value`, `--name=value`, and bare `--flag` (→ "true"). */
export function parseFlags(argv: string[]): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}" (inputs are given as --name value)`);
    const eq = arg.indexOf('=');
    if (eq > 0) {
      inputs[arg.slice(2, eq)] = arg.slice(eq + 1);
    } else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) {
      inputs[arg.slice(2)] = argv[++i]!;
    } else {
      inputs[arg.slice(2)] = 'true';
    }
  }
  return inputs;
}

async function cli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name ? 0 : 2;
  }
  const load = ACTIONS[name];
  if (!load) {
    process.stderr.write(`blackbelt: unknown action "${name}"\n\n${usage()}\n`);
    return 2;
  }
  const spec = loadActionYaml(name);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(actionHelp(name, spec) + '\n');
    return 0;
  }
  let flags: Record<string, string>;
  try {
    flags = parseFlags(rest);
  } catch (e) {
    process.stderr.write(`blackbelt: ${(e as Error).message}\n`);
    return 2;
  }
  const known = new Set(Object.keys(spec.inputs ?? {}));
  for (const flag of Object.keys(flags)) {
    if (spec.inputs && !known.has(flag)) {
      process.stderr.write(`blackbelt: ${name} has no input "--${flag}". Run "blackbelt ${name} --help".\n`);
      return 2;
    }
  }

  // Same environment the runner gives an action step.
  const temp = mkdtempSync(join(tmpdir(), 'blackbelt-cli-'));
  const env = process.env;
  env.BLACKBELT_CLI = '1';
  env.GITHUB_WORKSPACE ??= process.cwd();
  // Reports must outlive this run (the `report` output points at them); runner files need not.
  env.RUNNER_TEMP ??= join(tmpdir(), 'blackbelt-cli');
  env.GITHUB_OUTPUT = join(temp, 'output');
  env.GITHUB_STEP_SUMMARY = join(temp, 'summary.md');
  env.GITHUB_ENV = join(temp, 'env');
  env.GITHUB_STATE = join(temp, 'state');
  env.GITHUB_PATH = join(temp, 'path');
  for (const file of [env.GITHUB_OUTPUT, env.GITHUB_STEP_SUMMARY, env.GITHUB_ENV, env.GITHUB_STATE, env.GITHUB_PATH]) writeFileSync(file, '');
  for (const [input, meta] of Object.entries(spec.inputs ?? {})) {
    if (meta.default !== undefined) env[`INPUT_${input.toUpperCase()}`] = evaluateDefault(String(meta.default));
  }
  for (const [input, value] of Object.entries(flags)) env[`INPUT_${input.toUpperCase()}`] = value;

  const { runAction } = await import('./runner.js');
  await runAction(name, await load());

  const summary = existsSync(env.GITHUB_STEP_SUMMARY) ? readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8') : '';
  if (summary.trim()) process.stdout.write('\n' + markdownToTerminal(summary));
  const outputs = existsSync(env.GITHUB_OUTPUT) ? parseOutputFile(readFileSync(env.GITHUB_OUTPUT, 'utf8')) : {};
  if (Object.keys(outputs).length) {
    process.stdout.write('\noutputs:\n');
    for (const [k, v] of Object.entries(outputs)) process.stdout.write(`  ${k} = ${v}\n`);
  }
  rmSync(temp, { recursive: true, force: true });
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}

cli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`blackbelt: ${(e as Error)?.message ?? String(e)}\n`);
    process.exit(1);
  },
);
