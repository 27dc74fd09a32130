/**
 * Staging the build context for the generated Dockerfile:
 *   CTX/Dockerfile, CTX/deps/requirements.txt, CTX/deps/wheels/*.whl, CTX/src/<project files>
 * The project is copied with its .dockerignore applied (Docker's rules: last matching pattern
 * wins, `!` re-includes, `**` spans directories, a matched directory excludes its content).
 * `.git` is always left out: its bytes differ between two checkouts of the same commit.
 */
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

export interface IgnoreRule {
  negate: boolean;
  regex: RegExp;
  pattern: string;
}

function cleanPattern(p: string): string {
  let t = p.trim().replace(/\\/g, '/');
  while (t.startsWith('./')) t = t.slice(2);
  t = t.replace(/^\/+/, '').replace(/\/+$/, '');
  // path.Clean-ish: collapse // and /./
  t = t.replace(/\/{2,}/g, '/').replace(/\/\.\//g, '/');
  return t;
}

function globToRegex(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**` matches any number of directories (including none)
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end === -1) re += '\\[';
      else {
        let cls = glob.slice(i + 1, end);
        if (cls.startsWith('^') || cls.startsWith('!')) cls = '^' + cls.slice(1);
        re += `[${cls.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < glob.length) {
      re += glob[++i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    } else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function parseDockerignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    const pattern = cleanPattern(negate ? line.slice(1) : line);
    if (!pattern) continue;
    rules.push({ negate, regex: globToRegex(pattern), pattern });
  }
  return rules;
}

/** Is `rel` (slash-separated, relative to the context root) excluded? A parent match counts. */
export function isIgnored(rel: string, rules: IgnoreRule[]): boolean {
  const parts = rel.split('/');
  let ignored = false;
  for (const rule of rules) {
    let matched = false;
    for (let i = parts.length; i >= 1 && !matched; i--) matched = rule.regex.test(parts.slice(0, i).join('/'));
    if (matched) ignored = !rule.negate;
  }
  return ignored;
}

/** Could anything below directory `rel` be re-included by a `!` rule? (then we must descend) */
function mayReinclude(rel: string, rules: IgnoreRule[]): boolean {
  return rules.some((r) => r.negate && (r.pattern.startsWith(rel + '/') || r.pattern.includes('*')));
}

export const ALWAYS_EXCLUDED = new Set(['.git']);

/** Copy `from` into `to` honouring .dockerignore; returns the copied relative paths. */
export function stageSource(from: string, to: string, extraExcludes: string[] = []): string[] {
  const ignoreFile = join(from, '.dockerignore');
  const rules = [...(existsSync(ignoreFile) ? parseDockerignore(readFileSync(ignoreFile, 'utf8')) : []), ...parseDockerignore(extraExcludes.join('\n'))];
  const copied: string[] = [];
  mkdirSync(to, { recursive: true });
  const walk = (rel: string): void => {
    const abs = rel ? join(from, rel) : from;
    for (const name of readdirSync(abs).sort()) {
      const childRel = rel ? `${rel}/${name}` : name;
      if (!rel && ALWAYS_EXCLUDED.has(name)) continue;
      const src = join(from, childRel);
      const dst = join(to, childRel);
      const st = lstatSync(src);
      const ignored = isIgnored(childRel, rules);
      if (st.isDirectory()) {
        if (ignored && !mayReinclude(childRel, rules)) continue;
        mkdirSync(dst, { recursive: true, mode: st.mode & 0o7777 });
        walk(childRel);
        continue;
      }
      if (ignored) continue;
      if (st.isSymbolicLink()) {
        symlinkSync(readlinkSync(src), dst);
      } else if (st.isFile()) {
        copyFileSync(src, dst);
      } else continue;
      copied.push(childRel);
    }
  };
  walk('');
  return copied;
}
