// The YAML users copy (README snippets, the reusable workflow, our CI) must work first time: every
// `with:` key is an input of the action it calls, required inputs are given, every
// `steps.<id>.outputs.<name>` names an output that step's action has, and third-party actions are
// pinned by commit SHA.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../harness/runtimes.js';

interface ActionSpec {
  inputs: Record<string, { required?: boolean; default?: unknown }>;
  outputs: Record<string, unknown>;
}

const ACTIONS = readdirSync(join(REPO_ROOT, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared')
  .map((d) => d.name);
const specs = new Map<string, ActionSpec>(
  ACTIONS.map((name) => [name, parse(readFileSync(join(REPO_ROOT, 'actions', name, 'action.yml'), 'utf8')) as ActionSpec]),
);

interface Doc {
  where: string;
  text: string;
  value: unknown;
}

function yamlDocs(): Doc[] {
  const docs: Doc[] = [];
  const wfDir = join(REPO_ROOT, '.github', 'workflows');
  for (const f of readdirSync(wfDir).filter((n) => /\.ya?ml$/.test(n))) {
    const text = readFileSync(join(wfDir, f), 'utf8');
    docs.push({ where: `.github/workflows/${f}`, text, value: parse(text) });
  }
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const fence = /^```ya?ml\n([\s\S]*?)^```/gm;
  for (let m = fence.exec(readme); m; m = fence.exec(readme)) {
    const line = readme.slice(0, m.index).split('\n').length;
    docs.push({ where: `README.md:${line}`, text: m[1]!, value: parse(m[1]!) });
  }
  return docs;
}

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

/** Every object with a `uses:` key that is a step (not a job calling a reusable workflow). */
function steps(value: unknown, out: Step[] = []): Step[] {
  if (Array.isArray(value)) for (const v of value) steps(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.uses === 'string' && !o.uses.includes('.github/workflows/')) out.push(o as Step);
    for (const v of Object.values(o)) steps(v, out);
  }
  return out;
}

/** `owner/repo/actions/<name>@ref` or `./actions/<name>` → <name> when it is one of ours. */
function ourAction(uses: string): string | undefined {
  const m = /(?:^\.\/|\/)actions\/([a-z0-9-]+)(?:@|$)/.exec(uses);
  return m && specs.has(m[1]!) ? m[1] : undefined;
}

const docs = yamlDocs();

describe('workflow YAML users copy', () => {
  it('finds the README snippets and workflows', () => {
    expect(docs.some((d) => d.where.startsWith('README.md'))).toBe(true);
    expect(docs.some((d) => d.where.endsWith('python-ship.yml'))).toBe(true);
    expect(docs.flatMap((d) => steps(d.value)).some((s) => s.uses && ourAction(s.uses))).toBe(true);
  });

  it.each(docs.map((d) => [d.where, d] as const))('%s: inputs given to our actions exist and required ones are set', (_, doc) => {
    for (const step of steps(doc.value)) {
      const name = step.uses && ourAction(step.uses);
      if (!name) continue;
      const spec = specs.get(name)!;
      for (const key of Object.keys(step.with ?? {})) expect(Object.keys(spec.inputs), `${doc.where}: ${name} has no input '${key}'`).toContain(key);
      for (const [key, meta] of Object.entries(spec.inputs)) {
        if (meta.required && meta.default === undefined) expect(Object.keys(step.with ?? {}), `${doc.where}: ${name} needs '${key}'`).toContain(key);
      }
    }
  });

  it.each(docs.map((d) => [d.where, d] as const))('%s: every steps.<id>.outputs.<name> is an output of that step', (_, doc) => {
    const byId = new Map<string, string | undefined>();
    for (const s of steps(doc.value)) if (s.id) byId.set(s.id, s.uses ? ourAction(s.uses) : undefined);
    for (const m of doc.text.matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
      const [, id, output] = m as unknown as [string, string, string];
      expect(byId.has(id), `${doc.where}: no step with id '${id}'`).toBe(true);
      const action = byId.get(id);
      if (action) expect(Object.keys(specs.get(action)!.outputs), `${doc.where}: ${action} has no output '${output}'`).toContain(output);
    }
  });

  it.each(docs.map((d) => [d.where, d] as const))('%s: third-party actions are pinned by commit SHA', (_, doc) => {
    for (const s of steps(doc.value)) {
      if (!s.uses || s.uses.startsWith('./') || ourAction(s.uses)) continue;
      expect(s.uses, doc.where).toMatch(/@[0-9a-f]{40}$/);
    }
  });

  it('the reusable workflow passes only its declared inputs and secrets', () => {
    const doc = docs.find((d) => d.where.endsWith('python-ship.yml'))!;
    const call = (doc.value as { on: { workflow_call: { inputs: object; secrets?: object } } }).on.workflow_call;
    const code = doc.text.replace(/^\s*#.*$/gm, ''); // the header comment shows a caller's side
    for (const m of code.matchAll(/\binputs\.([A-Za-z0-9_-]+)/g)) expect(Object.keys(call.inputs)).toContain(m[1]);
    for (const m of code.matchAll(/\bsecrets\.([A-Za-z0-9_]+)/g)) {
      if (m[1] !== 'GITHUB_TOKEN') expect(Object.keys(call.secrets ?? {})).toContain(m[1]);
    }
  });
});

describe('callers of the reusable workflow', () => {
  const ship = parse(readFileSync(join(REPO_ROOT, '.github', 'workflows', 'python-ship.yml'), 'utf8')) as {
    on: { workflow_call: { inputs: Record<string, { required?: boolean }>; secrets?: Record<string, unknown> } };
  };
  const callers = docs.flatMap((doc) =>
    Object.values(((doc.value as { jobs?: Record<string, { uses?: string; with?: object; secrets?: object }> } | null)?.jobs) ?? {})
      .filter((job) => job.uses?.includes('.github/workflows/python-ship.yml'))
      .map((job) => [doc.where, job] as const),
  );

  it('the README shows one', () => expect(callers.length).toBeGreaterThan(0));

  it.each(callers)('%s: passes declared inputs and secrets, and every required input', (where, job) => {
    const { inputs, secrets } = ship.on.workflow_call;
    for (const key of Object.keys(job.with ?? {})) expect(Object.keys(inputs), `${where}: no input '${key}'`).toContain(key);
    for (const key of Object.keys(job.secrets ?? {})) expect(Object.keys(secrets ?? {}), `${where}: no secret '${key}'`).toContain(key);
    for (const [key, meta] of Object.entries(inputs)) if (meta.required) expect(Object.keys(job.with ?? {})).toContain(key);
  });
});
