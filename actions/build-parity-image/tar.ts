/**
 * Minimal streaming tar reader/writer, enough for `docker save` / `docker load` archives:
 * entries are read one at a time from a stream, layer bodies can be passed through to the writer
 * without being held in memory (raw header blocks are copied byte for byte), and small files
 * (JSON configs, manifests) can be read whole and written anew.
 *
 * Supports ustar, PAX extended headers (`x`, `g`) and GNU long names (`L`, `K`).
 */
import type { Writable } from 'node:stream';

const BLOCK = 512;

class ByteReader {
  private buffered: Buffer[] = [];
  private length = 0;
  private ended = false;
  constructor(private readonly source: AsyncIterator<Buffer | string>) {}

  private async fill(n: number): Promise<void> {
    while (this.length < n && !this.ended) {
      const next = await this.source.next();
      if (next.done) {
        this.ended = true;
        break;
      }
      const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      this.buffered.push(chunk);
      this.length += chunk.length;
    }
  }

  /** Exactly n bytes, or fewer only at end of stream. */
  async read(n: number): Promise<Buffer> {
    await this.fill(n);
    const all = this.buffered.length === 1 ? this.buffered[0]! : Buffer.concat(this.buffered);
    const take = Math.min(n, all.length);
    const out = all.subarray(0, take);
    const rest = all.subarray(take);
    this.buffered = rest.length ? [rest] : [];
    this.length = rest.length;
    return out;
  }

  /** Read and discard everything left in the source. */
  async drain(): Promise<void> {
    this.buffered = [];
    this.length = 0;
    while (!this.ended) {
      const next = await this.source.next();
      if (next.done) this.ended = true;
    }
  }

  /** Up to n bytes in chunks as they arrive (for streaming large bodies). */
  async *pieces(n: number): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      if (this.length === 0) await this.fill(1);
      if (this.length === 0) throw new Error('tar: unexpected end of archive inside an entry');
      const head = this.buffered.shift()!;
      const take = Math.min(left, head.length);
      if (take < head.length) this.buffered.unshift(head.subarray(take));
      this.length -= take;
      left -= take;
      yield head.subarray(0, take);
    }
  }
}

export interface TarHeader {
  name: string;
  size: number;
  /** Type flag: '0' file, '5' directory, '2' symlink, ... */
  type: string;
  mode: number;
  mtime: number;
  linkname: string;
}

export interface TarEntry extends TarHeader {
  /** The raw header blocks as read (PAX / GNU long-name blocks included), for byte-exact passthrough. */
  raw: Buffer;
  /** Read the whole body (small files only). */
  readAll(): Promise<Buffer>;
  /** Stream the body. Each body can be consumed once; unconsumed bodies are skipped. */
  body(): AsyncGenerator<Buffer>;
}

function cString(buf: Buffer, start: number, length: number): string {
  const slice = buf.subarray(start, start + length);
  const nul = slice.indexOf(0);
  return slice.subarray(0, nul === -1 ? slice.length : nul).toString('utf8');
}

function parseNumeric(buf: Buffer, start: number, length: number): number {
  const field = buf.subarray(start, start + length);
  if (field[0]! & 0x80) {
    // GNU base-256
    let value = 0;
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i]!;
    return value;
  }
  const text = cString(buf, start, length).trim();
  return text ? parseInt(text, 8) : 0;
}

function parsePax(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let pos = 0;
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos);
    if (space === -1) break;
    const len = parseInt(data.subarray(pos, space).toString('utf8'), 10);
    if (!len) break;
    const record = data.subarray(space + 1, pos + len - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    pos += len;
  }
  return out;
}

function padding(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK;
}

function isZero(block: Buffer): boolean {
  for (const b of block) if (b !== 0) return false;
  return true;
}

export async function* readTar(stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): AsyncGenerator<TarEntry> {
  const source = Symbol.asyncIterator in stream ? stream : (async function* () { yield* stream; })();
  const reader = new ByteReader(source[Symbol.asyncIterator]());
  let globalPax: Record<string, string> = {};
  for (;;) {
    const rawBlocks: Buffer[] = [];
    let pax: Record<string, string> = {};
    let longName: string | undefined;
    let longLink: string | undefined;
    let header: Buffer;
    for (;;) {
      header = await reader.read(BLOCK);
      if (header.length < BLOCK || isZero(header)) {
        // Drain what follows the end-of-archive blocks (record padding): a producer such as
        // `docker save` does not exit/close until its stdout has been read to the end.
        await reader.drain();
        return;
      }
      rawBlocks.push(Buffer.from(header));
      const type = String.fromCharCode(header[156] || 0x30);
      if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
        const size = parseNumeric(header, 124, 12);
        const data = Buffer.from(await reader.read(size + padding(size)));
        rawBlocks.push(data);
        const body = data.subarray(0, size);
        if (type === 'x') pax = { ...pax, ...parsePax(body) };
        else if (type === 'g') globalPax = { ...globalPax, ...parsePax(body) };
        else if (type === 'L') longName = cString(body, 0, body.length);
        else longLink = cString(body, 0, body.length);
        continue;
      }
      break;
    }
    const merged = { ...globalPax, ...pax };
    const prefix = header.subarray(257, 262).toString('latin1') === 'ustar' ? cString(header, 345, 155) : '';
    const baseName = cString(header, 0, 100);
    const name = merged.path ?? longName ?? (prefix ? `${prefix}/${baseName}` : baseName);
    const size = merged.size !== undefined ? Number(merged.size) : parseNumeric(header, 124, 12);
    const type = String.fromCharCode(header[156] || 0x30);
    let consumed = false;
    const body = async function* (): AsyncGenerator<Buffer> {
      if (consumed) throw new Error(`tar: body of ${name} already consumed`);
      consumed = true;
      yield* reader.pieces(size);
      await reader.read(padding(size));
    };
    const entry: TarEntry = {
      name,
      size,
      type: type === '\0' ? '0' : type,
      mode: parseNumeric(header, 100, 8),
      mtime: merged.mtime !== undefined ? Math.floor(Number(merged.mtime)) : parseNumeric(header, 136, 12),
      linkname: merged.linkpath ?? longLink ?? cString(header, 157, 100),
      raw: Buffer.concat(rawBlocks),
      body,
      readAll: async () => {
        const parts: Buffer[] = [];
        for await (const p of body()) parts.push(Buffer.from(p));
        return Buffer.concat(parts);
      },
    };
    yield entry;
    if (!consumed) {
      consumed = true;
      for await (const _ of reader.pieces(size)) void _;
      await reader.read(padding(size));
    }
  }
}

function writeOctal(buf: Buffer, value: number, start: number, length: number): void {
  const text = value.toString(8).padStart(length - 1, '0');
  buf.write(text + '\0', start, length, 'latin1');
}

function ustarHeader(name: string, size: number, type: string, mode: number, mtime: number, linkname = ''): Buffer {
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, 'utf8');
  if (linkname) h.write(linkname, 157, 100, 'utf8');
  writeOctal(h, mode, 100, 8);
  writeOctal(h, 0, 108, 8);
  writeOctal(h, 0, 116, 8);
  writeOctal(h, size, 124, 12);
  writeOctal(h, mtime, 136, 12);
  h.write('        ', 148, 8, 'latin1');
  h.write(type, 156, 1, 'latin1');
  h.write('ustar\0', 257, 6, 'latin1');
  h.write('00', 263, 2, 'latin1');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1');
  return h;
}

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const len = Buffer.byteLength(body);
  let total = len + String(len).length;
  if (String(total).length !== String(len).length) total = len + String(total).length;
  return `${total}${body}`;
}

/** Header blocks for a regular file (PAX header when the name does not fit ustar's 100 bytes). */
export function fileHeader(name: string, size: number, mtime = 0, mode = 0o644): Buffer {
  return entryHeader({ name, type: 'file', mode, mtime, size });
}

export const tarPadding = padding;

export interface EntrySpec {
  name: string;
  type: 'file' | 'dir' | 'symlink';
  mode: number;
  mtime: number;
  size?: number;
  linkname?: string;
}

const TYPE_FLAG: Record<EntrySpec['type'], string> = { file: '0', symlink: '2', dir: '5' };

/** Header blocks of one entry, owned by 0:0; a PAX header carries a path or link target too long for ustar. */
export function entryHeader(e: EntrySpec): Buffer {
  const size = e.type === 'file' ? (e.size ?? 0) : 0;
  const linkname = e.linkname ?? '';
  const longName = Buffer.byteLength(e.name) > 100;
  const longLink = Buffer.byteLength(linkname) > 100;
  const header = ustarHeader(longName ? e.name.slice(0, 100) : e.name, size, TYPE_FLAG[e.type], e.mode, e.mtime, longLink ? linkname.slice(0, 100) : linkname);
  if (!longName && !longLink) return header;
  const pax = Buffer.from((longName ? paxRecord('path', e.name) : '') + (longLink ? paxRecord('linkpath', linkname) : ''));
  return Buffer.concat([ustarHeader('PaxHeader', pax.length, 'x', 0o644, e.mtime), pax, Buffer.alloc(padding(pax.length)), header]);
}

export class TarWriter {
  constructor(private readonly out: Writable) {}

  async write(data: Buffer): Promise<void> {
    if (!data.length) return;
    // A reader that went away (docker load failed, the engine closed the socket) must fail the
    // write: a destroyed stream never emits 'drain' again.
    const closed = (): Error => new Error(`the archive's reader closed the stream${this.out.errored ? `: ${this.out.errored.message}` : ''}`);
    if (this.out.destroyed) throw closed();
    if (!this.out.write(data)) {
      await new Promise<void>((resolve, reject) => {
        const done = (): void => {
          this.out.off('drain', onDrain);
          this.out.off('error', onError);
          this.out.off('close', onClose);
        };
        const onDrain = (): void => {
          done();
          resolve();
        };
        const onError = (e: Error): void => {
          done();
          reject(e);
        };
        const onClose = (): void => {
          done();
          reject(closed());
        };
        this.out.once('drain', onDrain);
        this.out.once('error', onError);
        this.out.once('close', onClose);
        if (this.out.destroyed) onClose();
      });
    }
  }

  async addFile(name: string, data: Buffer, mtime = 0): Promise<void> {
    await this.write(fileHeader(name, data.length, mtime));
    await this.write(data);
    await this.write(Buffer.alloc(padding(data.length)));
  }

  /** Copy an entry from a reader unchanged (header blocks byte for byte, body streamed). */
  async passthrough(entry: TarEntry): Promise<void> {
    await this.write(entry.raw);
    for await (const piece of entry.body()) await this.write(piece);
    await this.write(Buffer.alloc(padding(entry.size)));
  }

  /** Write a previously read entry whose body is already in memory. */
  async passthroughBuffered(entry: TarEntry, body: Buffer): Promise<void> {
    await this.write(entry.raw);
    await this.write(body);
    await this.write(Buffer.alloc(padding(entry.size)));
  }

  async finish(): Promise<void> {
    await this.write(Buffer.alloc(BLOCK * 2));
    await new Promise<void>((resolve, reject) => {
      this.out.once('error', reject);
      this.out.end(() => resolve());
    });
  }
}
