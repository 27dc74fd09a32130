/**
 * Reading build logs: the failing step (BuildKit `> [stage 2/4] RUN …:` / legacy `Step 2/4 : RUN …`
 * / parse errors `line N`), mapped back to a Dockerfile line, and layer reuse (CACHED / Using cache).
 */

export interface BuildFailure {
  /** The failing instruction as the log prints it. */
  step?: string;
  /** 1-based Dockerfile line, when the log or a match in the Dockerfile gives it. */
  line?: number;
  /** The error line(s). */
  error: string;
  /** The log lines around the failure worth showing. */
  excerpt: string;
}

function findInstructionLine(dockerfile: string, instruction: string): number | undefined {
  const want = instruction.replace(/\s+/g, ' ').trim();
  const lines = dockerfile.split('\n');
  // Join continuation lines so multi-line RUNs match their first line.
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i]!;
    let j = i;
    while (text.trimEnd().endsWith('\\') && j + 1 < lines.length) text = text.trimEnd().slice(0, -1) + ' ' + lines[++j]!;
    const norm = text.replace(/\s+/g, ' ').trim();
    if (norm && (norm === want || norm.startsWith(want) || (want.length > 20 && want.startsWith(norm.slice(0, 40))))) return i + 1;
  }
  return undefined;
}

export function parseBuildFailure(log: string, dockerfile: string): BuildFailure {
  const lines = log.split('\n').map((l) => l.replace(/\r$/, ''));
  const parse = /(?:dockerfile parse error|Dockerfile parse error) (?:on )?line (\d+): (.*)$/i.exec(log);
  if (parse) return { line: Number(parse[1]), error: `Dockerfile parse error: ${parse[2]!.trim()}`, excerpt: parse[0] };
  const dfLine = /Dockerfile:(\d+)/.exec(log);
  let step: string | undefined;
  const bk = [...log.matchAll(/^ > \[(?:[^\]]*?\s)?\d+\/\d+\] (.+?):$/gm)].pop();
  if (bk) step = bk[1]!.trim();
  if (!step) {
    const steps = [...log.matchAll(/^Step \d+\/\d+ : (.+)$/gm)];
    if (steps.length) step = steps[steps.length - 1]![1]!.trim();
  }
  const errorLines = lines.filter((l) => /^(ERROR|error):|^#\d+ ERROR:|returned a non-zero code|^Error response from daemon|failed to solve/i.test(l.trim()));
  const error = errorLines.length ? errorLines.slice(-2).join('\n') : lines.filter(Boolean).slice(-3).join('\n');
  let line = dfLine ? Number(dfLine[1]) : undefined;
  if (!line && step) line = findInstructionLine(dockerfile, step);
  // Output of the failing step: BuildKit prefixes its lines with `#N`; show the last 25 log lines.
  const excerpt = lines.filter((l) => l.trim()).slice(-25).join('\n');
  return { step, line, error, excerpt };
}

/** Steps the builder reused from cache. */
export function cachedSteps(log: string): string[] {
  const out: string[] = [];
  // BuildKit: "#7 [deps 3/4] RUN …" … "#7 CACHED"
  const names = new Map<string, string>();
  for (const m of log.matchAll(/^#(\d+) (\[.+)$/gm)) names.set(m[1]!, m[2]!.trim());
  for (const m of log.matchAll(/^#(\d+) CACHED$/gm)) {
    const n = names.get(m[1]!);
    if (n) out.push(n);
  }
  // Legacy: "Step 3/9 : RUN …" followed by " ---> Using cache"
  const lines = log.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (/^ ---> Using cache/.test(lines[i]!)) {
      for (let j = i - 1; j >= 0; j--) {
        const s = /^Step \d+\/\d+ : (.+)$/.exec(lines[j]!);
        if (s) {
          out.push(s[1]!);
          break;
        }
      }
    }
  }
  return out;
}
