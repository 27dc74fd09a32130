import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnnotationEmitter, type Annotation } from '../../actions/shared/annotations.js';
import { cell, inline, markdownToTerminal, SUMMARY_LIMIT_BYTES, SummaryBuilder } from '../../actions/shared/summary.js';

describe('SummaryBuilder', () => {
  it('builds tables whose cells cannot break the row', () => {
    const md = new SummaryBuilder().table(['a', 'b'], [['x|y', 'line1\nline2'], [undefined, 3]]).toString();
    expect(md).toBe('| a | b |\n| --- | --- |\n| x\\|y | line1<br>line2 |\n|   | 3 |\n');
    expect(cell('')).toBe(' ');
  });

  it('nests details blocks and appends to the summary file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bb-sum-')), 'summary.md');
    new SummaryBuilder().heading('Result').details('more', new SummaryBuilder().list(['one', 'two'])).write(file);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('## Result');
    expect(text).toContain('<details><summary>more</summary>\n\n- one\n- two\n');
  });

  it('truncates at GitHub\'s 1 MiB limit with a note', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bb-sum-')), 'summary.md');
    const s = new SummaryBuilder();
    for (let i = 0; i < 20_000; i++) s.paragraph('x'.repeat(80));
    s.write(file);
    const text = readFileSync(file, 'utf8');
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    expect(Buffer.byteLength(text)).toBeGreaterThan(SUMMARY_LIMIT_BYTES - 1);
    expect(text).toContain('Summary truncated');
  });

  it('renders as terminal text without markup', () => {
    const md = new SummaryBuilder().heading('Done').table(['pkg', 'v'], [[{ markdown: '**flask**' }, '`3.1`']]).details('x', 'y').toString();
    const text = markdownToTerminal(md);
    expect(text).toContain('Done\n----');
    expect(text).toMatch(/pkg\s+v\n\s+flask\s+3\.1/);
    expect(text).not.toMatch(/[|*`<]/);
  });
});

describe('AnnotationEmitter', () => {
  it('caps each level, reserves the final error slot, and keeps the overflow', () => {
    const seen: Annotation[] = [];
    const e = new AnnotationEmitter((a) => seen.push(a));
    for (let i = 0; i < 15; i++) e.error(`e${i}`);
    for (let i = 0; i < 12; i++) e.notice(`n${i}`);
    expect(seen.filter((a) => a.level === 'error')).toHaveLength(9);
    expect(seen.filter((a) => a.level === 'notice')).toHaveLength(10);
    expect(e.overflow.map((a) => a.message)).toEqual(['e9', 'e10', 'e11', 'e12', 'e13', 'e14', 'n10', 'n11']);
    const before = process.exitCode;
    e.fail('final');
    expect(seen.at(-1)?.message).toBe('final');
    expect(e.count('error')).toBe(10);
    process.exitCode = before;
  });
});

describe('asterisks in findings (masked secrets, PEP 440 wildcards)', () => {
  it('are escaped in table cells and survive the terminal rendering, code spans untouched', () => {
    const masked = 'https://deploy:****@pypi.example.com/simple';
    const md = new SummaryBuilder().table(['found', 'fix'], [[masked, '`pip install "x==1.*"`'], ['!=3.0.*,!=3.1.*', '']]).facts([['source', masked]]).toString();
    expect(md).toContain('https://deploy:\\*\\*\\*\\*@pypi.example.com/simple');
    expect(md).toContain('`pip install "x==1.*"`');
    expect(md).toContain('!=3.0.\\*,!=3.1.\\*');
    expect(md).toContain('| **source** |');
    const text = markdownToTerminal(md);
    expect(text).toContain(masked);
    expect(text).toContain('!=3.0.*,!=3.1.*');
    expect(text).toContain('pip install "x==1.*"');
    expect(text).toMatch(/source\s+https:\/\/deploy:\*\*\*\*@/);
  });
  it('inline() escapes outside code spans only', () => {
    expect(inline('a*b `c*d` e*')).toBe('a\\*b `c*d` e\\*');
  });
});
