#!/usr/bin/env node
// Regenerate the README's input/output tables from each action.yml (between
// <!-- action-docs:NAME --> and <!-- /action-docs:NAME --> markers).
//   node scripts/gen-docs.mjs          rewrite README.md
//   node scripts/gen-docs.mjs --check  exit 1 when README.md is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const cell = (text) => String(text ?? '').trim().replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

export function actionTables(name) {
  const spec = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'));
  const lines = ['| input | required | default | description |', '| --- | --- | --- | --- |'];
  for (const [input, meta] of Object.entries(spec.inputs ?? {})) {
    const dflt = meta.default === undefined || meta.default === '' ? '' : `\`${cell(meta.default)}\``;
    lines.push(`| \`${input}\` | ${meta.required ? 'yes' : 'no'} | ${dflt} | ${cell(meta.description)} |`);
  }
  lines.push('', '| output | description |', '| --- | --- |');
  for (const [output, meta] of Object.entries(spec.outputs ?? {})) lines.push(`| \`${output}\` | ${cell(meta.description)} |`);
  return lines.join('\n');
}

export function renderReadme(text) {
  return text.replace(/(<!-- action-docs:([\w-]+) -->)[\s\S]*?(<!-- \/action-docs:\2 -->)/g, (_, open, name, close) => `${open}\n${actionTables(name)}\n${close}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = join(root, 'README.md');
  const current = readFileSync(path, 'utf8');
  const next = renderReadme(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md input/output tables are out of date: run `npm run docs`.');
      process.exit(1);
    }
  } else if (next !== current) {
    writeFileSync(path, next);
    console.log('README.md tables updated');
  }
}
