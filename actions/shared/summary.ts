import { appendFileSync, statSync } from 'node:fs';
import type { Annotation } from './annotations.js';

/** GitHub rejects a step summary over 1 MiB; stay under it with room for the truncation note. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;

export type Cell = string | number | boolean | null | undefined | { markdown: string };

/**
 * Escape `*` outside code spans: masked secrets (`user:****@host`) and PEP 440 wildcards
 * (`!=3.0.*,!=3.1.*`) would otherwise turn into bold or italics and lose characters.
 */
export function inline(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\*/g, '\\*')))
    .join('');
}

/** Escape text for a Markdown table cell (pipes and newlines would break the row); `{ markdown }` as is. */
export function cell(value: Cell): string {
  if (value === null || value === undefined || value === '') return ' ';
  if (typeof value === 'object') return value.markdown;
  return inline(String(value).replace(/\\/g, '\\\\')).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Markdown job-summary builder: GitHub renders it, and the CLI turns it into terminal text. */
export class SummaryBuilder {
  private readonly parts: string[] = [];

  heading(text: string, level: 1 | 2 | 3 = 2): this {
    this.parts.push(`${'#'.repeat(level)} ${text}\n`);
    return this;
  }
  paragraph(text: string): this {
    this.parts.push(`${text}\n`);
    return this;
  }
  list(items: string[]): this {
    if (items.length) this.parts.push(items.map((i) => `- ${i}`).join('\n') + '\n');
    return this;
  }
  table(headers: string[], rows: Cell[][]): this {
    const lines = [`| ${headers.map(cell).join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`];
    for (const row of rows) lines.push(`| ${headers.map((_, i) => cell(row[i])).join(' | ')} |`);
    this.parts.push(lines.join('\n') + '\n');
    return this;
  }
  /** Key/value table, the usual "what happened" block. */
  facts(entries: Array<[string, Cell]>): this {
    return this.table(['', ''], entries.map(([k, v]) => [{ markdown: `**${cell(k)}**` }, v]));
  }
  details(summary: string, body: string | SummaryBuilder): this {
    const inner = typeof body === 'string' ? body : body.toString();
    this.parts.push(`<details><summary>${summary}</summary>\n\n${inner}\n</details>\n`);
    return this;
  }
  code(text: string, lang = ''): this {
    const fence = text.includes('```') ? '~~~~' : '```';
    this.parts.push(`${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}\n`);
    return this;
  }
  /** Annotations GitHub would have dropped (over the per-step cap) still reach the reader here. */
  overflow(annotations: Annotation[]): this {
    if (!annotations.length) return this;
    return this.details(
      `${annotations.length} more finding(s) not shown as annotations (GitHub keeps 10 per type per step)`,
      new SummaryBuilder().table(
        ['level', 'where', 'message'],
        annotations.map((a) => [a.level, a.location?.file ? `${a.location.file}${a.location.line ? `:${a.location.line}` : ''}` : '', a.title ? `${a.title}: ${a.message}` : a.message]),
      ),
    );
  }

  toString(): string {
    return this.parts.join('\n');
  }

  /**
   * Append to $GITHUB_STEP_SUMMARY (no-op when it is not set). Returns the text written. The 1 MiB
   * limit is for the step's whole file, so what earlier writes of the step put there counts too.
   */
  write(path = process.env.GITHUB_STEP_SUMMARY): string {
    let text = this.toString();
    let used = 0;
    if (path) {
      try {
        used = statSync(path).size;
      } catch {
        // Not there yet: appendFileSync creates it.
      }
    }
    const budget = SUMMARY_LIMIT_BYTES - used;
    if (Buffer.byteLength(text) > budget) {
      // An earlier write of this step already used the budget (and said it truncated): add nothing.
      if (budget <= 0) return '';
      text = truncateMarkdown(text, budget);
    }
    if (path) appendFileSync(path, text + '\n');
    return text;
  }
}

const TRUNCATION_NOTE = '_Summary truncated at GitHub\'s 1 MiB limit; the JSON report has everything._';

/**
 * Cut Markdown to at most `budget` bytes at a line boundary (never inside a table row or a multi-byte
 * character), close what the cut left open (a code fence, `<details>` blocks) and add a note. The
 * closers and the note use the slack SUMMARY_LIMIT_BYTES keeps below GitHub's limit.
 */
export function truncateMarkdown(text: string, budget: number): string {
  let kept = Buffer.from(text).subarray(0, Math.max(0, budget)).toString('utf8');
  const nl = kept.lastIndexOf('\n');
  kept = nl >= 0 ? kept.slice(0, nl + 1) : '';
  let fence: string | undefined;
  let open = 0;
  for (const line of kept.split('\n')) {
    if (fence) {
      if (line.startsWith(fence)) fence = undefined;
      continue;
    }
    const f = /^(```|~~~~)/.exec(line);
    if (f) {
      fence = f[1];
      continue;
    }
    open += (line.match(/<details>/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
  }
  const closers = (fence ? `${fence}\n` : '') + '\n</details>\n'.repeat(Math.max(0, open));
  return `${kept}${closers}\n${TRUNCATION_NOTE}\n`;
}

/** Render summary Markdown as plain terminal text (for the local CLI). */
export function markdownToTerminal(markdown: string): string {
  const out: string[] = [];
  let tableRows: string[][] = [];
  const flushTable = (): void => {
    if (!tableRows.length) return;
    const widths = tableRows[0]!.map((_, i) => Math.max(...tableRows.map((r) => (r[i] ?? '').length)));
    for (const r of tableRows) out.push('  ' + r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd());
    tableRows = [];
  };
  let inCode = false;
  for (const raw of markdown.split('\n')) {
    const line = raw.trimEnd();
    if (/^(```|~~~~)/.test(line)) {
      flushTable();
      inCode = !inCode;
      continue;
    }
    if (inCode) {
      out.push(`    ${line}`);
      continue;
    }
    if (/^\|.*\|$/.test(line)) {
      if (/^\|(\s*-+\s*\|)+$/.test(line)) continue;
      const cells = line.slice(1, -1).split(/(?<!\\)\|/).map((c) => plain(c.trim()));
      if (cells.every((c) => c === '')) continue;
      tableRows.push(cells);
      continue;
    }
    flushTable();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const text = plain(heading[2]!);
      out.push('', text, (heading[1]!.length === 1 ? '=' : '-').repeat(text.length));
      continue;
    }
    const details = /^<details><summary>(.*)<\/summary>$/.exec(line);
    if (details) {
      out.push(`▸ ${plain(details[1]!)}`);
      continue;
    }
    if (line === '</details>') continue;
    out.push(plain(line));
  }
  flushTable();
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

function plain(text: string): string {
  return text
    .replace(/<br>/g, ' / ')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*(.*?)\*\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\\|/g, '|')
    .replace(/\\\*/g, '*')
    .replace(/\\\\/g, '\\');
}
