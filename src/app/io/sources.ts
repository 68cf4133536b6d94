/**
 * The input, as a lazy stream of raw items in a fixed order: a line of a JSON Lines file (plain or
 * gzip), a line of stdin, an article file, or a path that could not be read. Nothing is parsed here:
 * items are small and cheap to pass to a worker thread, which parses and analyzes them. Folders are
 * walked one directory at a time, so memory does not grow with the size of the tree.
 */
import { type Dirent, type Stats, createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from './builtins.js';
import { type Line, splitLines } from './lines.js';

/** Why an input without a size was read no further than `maxBytes`. */
export const readNoFurther = (maxBytes: number): string => `document too large: more than ${maxBytes} bytes, not read further (see --max-doc-bytes)`;

/** One input document before parsing. Plain data: it crosses to worker threads by structured clone. */
export type RawItem =
  | ({ kind: 'line'; file: string; stdin: boolean } & Line)
  | { kind: 'file'; path: string; maxBytes: number }
  /** All of stdin as one plain-text article (its bytes, or why they were not all read). */
  | { kind: 'text'; bytes: Uint8Array; tooLarge?: string }
  | { kind: 'failed'; id: string; reason: string; location: string };

/** What stdin holds: decided by its first non-blank character (`{`: JSON Lines), or said with --text. */
export type StdinKind = 'auto' | 'text';

/** A raw item and the input bytes it accounts for (for progress). */
export interface Sourced {
  item: RawItem;
  bytes: number;
}

/** The name stdin goes by in locations. */
export const STDIN = '<stdin>';

const ARTICLE_EXT = new Set(['.txt', '.md']);
const JSONL = /\.(jsonl|ndjson)(\.gz)?$/i;
/** A corpus folder's own documentation is not news: skipped when walking a folder (a file named on the command line is always read). */
const NOT_ARTICLES = /^(readme|license|licence|copying|notice|changelog|authors)([._-].*)?$/i;

/** Is this a JSON Lines file (`.jsonl`, `.ndjson`, optionally `.gz`)? */
export const isJsonl = (p: string) => JSONL.test(p);
/** Is this a path whose kind we read when walking a folder? */
export const isInputFile = (p: string) => ARTICLE_EXT.has(extname(p).toLowerCase()) || isJsonl(p);
/** The file name without its extension (both of `news.jsonl.gz`): the id of an article file, the stem of a JSON Lines file's fallback ids. */
export const stemOf = (p: string) => (isJsonl(p) ? basename(p).replace(JSONL, '') : basename(p, extname(p)));

/**
 * Every raw item of the inputs, in order: each path ('-' or none for stdin) in turn, folders walked
 * in name order. `maxBytes` caps one document; a longer one becomes a failed item downstream.
 * `sizes` asks for the size of article files too (a stat each), for a progress bar.
 */
export async function* readSources(paths: string[], stdin: Readable, maxBytes: number, sizes = false, onSkip?: OnSkip, stdinKind: StdinKind = 'auto'): AsyncGenerator<Sourced> {
  if (paths.length === 0) paths = ['-'];
  for (const p of paths) {
    if (p === '-') { yield* stdinItems(stdin, maxBytes, stdinKind); continue; }
    let isDir: boolean;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      yield { item: { kind: 'failed', id: basename(p), reason: `cannot read ${p}: no such file or directory`, location: p }, bytes: 0 };
      continue;
    }
    if (!isDir) { yield* fileItems(p, maxBytes, sizes); continue; }
    for await (const f of walk(p)) {
      if ('file' in f) yield* fileItems(f.file, maxBytes, sizes);
      else if ('skipped' in f) onSkip?.(f.skipped, f.reason);
      else if ('unsupported' in f) onSkip?.(f.unsupported, 'not an input kind', true);
      else yield { item: { kind: 'failed', id: basename(f.dir), reason: `cannot read folder ${f.dir}: ${f.error}`, location: f.dir }, bytes: 0 };
    }
  }
}

/**
 * Told when a folder walk passes over a path: an input-named one that is no regular file, or a folder
 * already walked (`unsupported` false: worth a line each); a file of no input kind (.docx, no
 * extension: `unsupported` true, counted in the summary).
 */
export type OnSkip = (path: string, reason: string, unsupported?: boolean) => void;

/** What a folder walk finds: an input file, a folder it cannot list, a path it passes over (and why), a file of no input kind. */
export type WalkEntry = { file: string } | { dir: string; error: string } | { skipped: string; reason: string } | { unsupported: string };

/** What a path is that is neither a regular file nor a folder. */
const special = (s: Stats | Dirent) => `${s.isFIFO() ? 'a FIFO' : s.isSocket() ? 'a socket' : s.isCharacterDevice() || s.isBlockDevice() ? 'a device' : 'something'}, not a regular file`;

/**
 * Input files under `dir`, depth first in name order (code-unit order, so the same on every
 * machine); a folder that cannot be listed comes as `{dir, error}` in its place. Symbolic links are
 * followed, each folder walked once (`seen`: a link back up the tree would loop for ever); a FIFO,
 * socket or device named like an input is passed over, as `{skipped, reason}`: reading one may never end.
 * A broken link named like an input is yielded, so it fails as a document that cannot be read.
 */
export async function* walk(dir: string, seen = new Set<string>()): AsyncGenerator<WalkEntry> {
  let entries;
  try {
    const st = await stat(dir);
    const key = `${st.dev}:${st.ino}`;
    if (seen.has(key)) {
      yield { skipped: dir, reason: 'a folder already walked (reached again through a symbolic link)' };
      return;
    }
    seen.add(key);
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    yield { dir, error: (e as Error).message };
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || NOT_ARTICLES.test(e.name)) continue;
    const full = join(dir, e.name);
    let target: Stats | Dirent = e;
    if (e.isSymbolicLink()) {
      try {
        target = await stat(full);
      } catch {
        if (isInputFile(full)) yield { file: full };
        continue;
      }
    }
    if (target.isDirectory()) yield* walk(full, seen);
    else if (!isInputFile(full)) { if (target.isFile()) yield { unsupported: full }; }
    else if (target.isFile()) yield { file: full };
    else yield { skipped: full, reason: special(target) };
  }
}

async function* fileItems(path: string, maxBytes: number, sizes: boolean): AsyncGenerator<Sourced> {
  if (!isJsonl(path)) {
    const bytes = sizes ? await stat(path).then((s) => s.size, () => 0) : 0;
    yield { item: { kind: 'file', path, maxBytes }, bytes };
    return;
  }
  const file = createReadStream(path);
  const body = /\.gz$/i.test(path) ? file.pipe(createGunzip()).on('error', () => {}) : file;
  if (body !== file) file.on('error', (e) => body.destroy(e)); // pipe() does not forward read errors
  yield* jsonlItems(body, path, false, maxBytes, () => file.bytesRead);
}

/** Lines of a JSON Lines stream; blank lines are skipped, a read or gzip error ends the file as a failed item. */
async function* jsonlItems(body: AsyncIterable<Buffer | string>, file: string, stdin: boolean, maxBytes: number, position: () => number): AsyncGenerator<Sourced> {
  let last = 0;
  let line = 0;
  // A compressed file's progress is counted in its compressed bytes, which is what its size says.
  const bytesOf = (l: Line) => { if (stdin || !/\.gz$/i.test(file)) return l.bytes; const now = position(); const d = now - last; last = now; return d; };
  try {
    for await (const l of splitLines(body, maxBytes)) {
      line = l.line;
      const bytes = bytesOf(l);
      if (l.tooLong === undefined && l.text.trim() === '') continue;
      yield { item: { kind: 'line', file, stdin, ...l }, bytes };
    }
  } catch (e) {
    const where = `${file}:${line + 1}`;
    yield { item: { kind: 'failed', id: `${stemOf(file)}-${line + 1}`, reason: `cannot read ${file} past line ${line}: ${(e as Error).message}`, location: where }, bytes: 0 };
  }
}

const isBlankByte = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0xef || b === 0xbb || b === 0xbf; // and a UTF-8 BOM

/**
 * stdin's items: JSON Lines when its first non-blank character is `{` (a record), else one plain-text
 * article ("cat article.txt | whosaid extract"), read up to `maxBytes`.
 */
async function* stdinItems(stdin: Readable, maxBytes: number, kind: StdinKind): AsyncGenerator<Sourced> {
  const body = gunzipIfGzip(stdin);
  const held: Buffer[] = [];
  let first: number | undefined;
  // Read ahead by hand to the first non-blank byte: breaking out of a for-await would close the stream.
  while (first === undefined && kind !== 'text') {
    const r = await body.next();
    if (r.done) break;
    held.push(r.value);
    for (let i = 0; i < r.value.length && first === undefined; i++) if (!isBlankByte(r.value[i]!)) first = r.value[i];
  }
  async function* rest(): AsyncGenerator<Buffer> {
    yield* held;
    for (let r = await body.next(); !r.done; r = await body.next()) yield r.value;
  }
  if (first === undefined && kind !== 'text') return; // nothing but blanks
  if (kind !== 'text' && first === 0x7b) { yield* jsonlItems(rest(), STDIN, true, maxBytes, () => 0); return; }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of rest()) {
    chunks.push(chunk);
    total += chunk.length;
    if (total > maxBytes) {
      yield { item: { kind: 'text', bytes: new Uint8Array(0), tooLarge: readNoFurther(maxBytes) }, bytes: total };
      return;
    }
  }
  yield { item: { kind: 'text', bytes: Buffer.concat(chunks) }, bytes: total };
}

/** stdin as given, or decompressed when it starts with the gzip magic bytes. */
async function* gunzipIfGzip(stdin: Readable): AsyncGenerator<Buffer> {
  const it: AsyncIterator<Buffer | string> = stdin[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const head = Buffer.isBuffer(first.value) ? first.value : Buffer.from(first.value);
  async function* all(): AsyncGenerator<Buffer> {
    yield head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
  }
  if (head[0] !== 0x1f || head[1] !== 0x8b) { yield* all(); return; }
  const gunzip = createGunzip();
  Readable.from(all()).on('error', (e) => gunzip.destroy(e)).pipe(gunzip);
  yield* gunzip;
}

/**
 * Each input path that is not a folder, and each file of a folder walk, with its stat; paths that
 * cannot be stat'ed are left out (they are reported as failed items when read).
 */
async function* statInputs(paths: string[]): AsyncGenerator<[string, Stats]> {
  for (const p of paths) {
    let st: Stats;
    try { st = await stat(p); } catch { continue; }
    if (!st.isDirectory()) { yield [p, st]; continue; }
    for await (const f of walk(p)) {
      if (!('file' in f)) continue;
      let fst: Stats;
      try { fst = await stat(f.file); } catch { continue; }
      yield [f.file, fst];
    }
  }
}

/**
 * The input's size in bytes, as far as `limit`: the exact total when it is at most `limit`, else some
 * number above it (the walk stops there). Undefined when it cannot be known before reading: stdin,
 * a FIFO or device. A gzip file counts as eight times its size, a rough ratio for JSON Lines.
 */
export async function inputSizeUpTo(paths: string[], limit: number): Promise<number | undefined> {
  if (paths.length === 0 || paths.includes('-')) return undefined;
  let total = 0;
  for await (const [p, st] of statInputs(paths)) {
    if (!st.isFile()) return undefined;
    total += /\.gz$/i.test(p) ? 8 * st.size : st.size;
    if (total > limit) return total;
  }
  return total;
}

/** The total size in bytes of the inputs (as stored: a .gz file's compressed size), or undefined when stdin is one. */
export async function inputSize(paths: string[]): Promise<number | undefined> {
  if (paths.length === 0 || paths.includes('-')) return undefined;
  let total = 0;
  for await (const [, st] of statInputs(paths)) total += st.size;
  return total;
}
