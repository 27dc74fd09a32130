/**
 * Staging the build context for the generated Dockerfile:
 *   CTX/Dockerfile, CTX/deps/requirements.txt, CTX/deps/wheels/*.whl, CTX/src.tar (the project under app/)
 * The project is taken with its .dockerignore applied (Docker's rules: last matching pattern
 * wins, `!` re-includes, `**` spans directories, a matched directory excludes its content).
 * `.git` is always left out: its bytes differ between two checkouts of the same commit.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, readlinkSync, readSync, writeSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../shared/errors.js';
import { entryHeader, tarPadding, type EntrySpec } from './tar.js';

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

const CHUNK = 1 << 20;

/**
 * Append file `src` to the open tar `out` after `header(size)`, hashing what is written. A file read
 * whole (up to 1 MiB, the usual source file) gets its exact size; a bigger one must keep the size
 * lstat gave — one that changes while it is read is an error, not a corrupt tar.
 */
function copyInto(src: string, statSize: number, out: number, hash: Hash, header: (size: number) => void): number {
  if (statSize <= CHUNK) {
    const data = readFileSync(src);
    header(data.length);
    hash.update(data);
    writeSync(out, data);
    return data.length;
  }
  header(statSize);
  const fd = openSync(src, 'r');
  const buf = Buffer.allocUnsafe(CHUNK);
  let done = 0;
  try {
    for (let n; done < statSize && (n = readSync(fd, buf, 0, Math.min(CHUNK, statSize - done), done)) > 0; done += n) {
      hash.update(buf.subarray(0, n));
      writeSync(out, buf, 0, n);
    }
  } finally {
    closeSync(fd);
  }
  if (done !== statSize) throw new UserError(`${src} changed size while it was being packed for the image (${statSize} → ${done} bytes).`, { title: 'source changed during the build', hint: 'Do not write into working-directory while the image is built.' });
  return done;
}

export interface SourceTar {
  /** Relative paths of the project's files and symlinks in the tar (directories not listed). */
  files: string[];
  /** sha256 hex of the tar bytes. */
  sha256: string;
}

/**
 * Write the project (`from`, .dockerignore applied) as a tar for `ADD src.tar /`: every entry under
 * `app/` (itself 0755), in sorted order, owned by 0:0, modes kept minus group/other write, every mtime = `epoch`
 * (directories too). The builder's own context transfer keeps file mtimes but stamps directories
 * with the transfer time, and clamping them in the image took a RUN step (~0.35 s of every
 * code-only build); a tar that `ADD` unpacks carries every timestamp itself, on every builder.
 * `extra` entries (the console-script wrappers, scripts.ts) follow the project's; `leaveOut` names
 * paths (relative, slash-separated) never packed: a staged context inside the project.
 */
export function writeSourceTar(from: string, tarPath: string, epoch: number, extra: Array<EntrySpec & { data?: Buffer }> = [], leaveOut: ReadonlySet<string> = new Set()): SourceTar {
  const ignoreFile = join(from, '.dockerignore');
  const rules = existsSync(ignoreFile) ? parseDockerignore(readFileSync(ignoreFile, 'utf8')) : [];
  const files: string[] = [];
  const fd = openSync(tarPath, 'w');
  const hash = createHash('sha256');
  const put = (b: Buffer): void => {
    if (!b.length) return;
    hash.update(b);
    writeSync(fd, b);
  };
  const mode = (st: Stats): number => st.mode & 0o7777 & ~0o022;
  try {
    // /app itself as COPY would create it (the checkout's own mode may be 0700: a temp dir, a umask)
    put(entryHeader({ name: 'app/', type: 'dir', mode: 0o755, mtime: epoch }));
    const walk = (rel: string): void => {
      for (const name of readdirSync(rel ? join(from, rel) : from).sort()) {
        const childRel = rel ? `${rel}/${name}` : name;
        if ((!rel && ALWAYS_EXCLUDED.has(name)) || leaveOut.has(childRel)) continue;
        const src = join(from, childRel);
        const st = lstatSync(src);
        const ignored = isIgnored(childRel, rules);
        if (st.isDirectory()) {
          if (ignored && !mayReinclude(childRel, rules)) continue;
          put(entryHeader({ name: `app/${childRel}/`, type: 'dir', mode: mode(st), mtime: epoch }));
          walk(childRel);
          continue;
        }
        if (ignored) continue;
        if (st.isSymbolicLink()) {
          put(entryHeader({ name: `app/${childRel}`, type: 'symlink', mode: 0o777, mtime: epoch, linkname: readlinkSync(src) }));
        } else if (st.isFile()) {
          // Streamed in chunks: a project may carry large data files. The size is the one read.
          const size = copyInto(src, st.size, fd, hash, (n) => put(entryHeader({ name: `app/${childRel}`, type: 'file', mode: mode(st), mtime: epoch, size: n })));
          put(Buffer.alloc(tarPadding(size)));
        } else continue; // sockets, fifos, devices: not source
        files.push(childRel);
      }
    };
    try {
      walk('');
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code !== 'EACCES' && err.code !== 'EPERM') throw e;
      throw new UserError(`Cannot read ${err.path ?? from} to pack the project into the image: permission denied.`, {
        title: 'source not readable',
        hint: 'Make working-directory readable by the runner user, or list what the image does not need in .dockerignore.',
      });
    }
    for (const e of extra) {
      put(entryHeader({ ...e, size: e.data?.length ?? 0 }));
      if (e.data) {
        put(e.data);
        put(Buffer.alloc(tarPadding(e.data.length)));
      }
    }
    put(Buffer.alloc(1024)); // end of archive: two zero blocks
  } finally {
    closeSync(fd);
  }
  return { files, sha256: hash.digest('hex') };
}
