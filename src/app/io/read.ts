/**
 * Reading inputs: a raw item (a JSON Lines line, an article file) becomes a document input, or a
 * failed item with its reason and place. Every document yields one item, good or failed, so nothing
 * is dropped silently. This runs in the worker threads; `readInputs` chains it to the sources for
 * library use.
 */
import { createHash } from './builtins.js';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { DocumentInput } from '../../types.js';
import { decodeText, invalidBytes } from './decode.js';
import { fromJsonLine } from './jsonl.js';
import { type OnSkip, type RawItem, readNoFurther, readSources, stemOf } from './sources.js';

export { isInputFile } from './sources.js';

/**
 * One input document, parsed, or why it could not be. `location` is where it was read (`file`,
 * `file:line`, `<stdin>:line`); `stdin` marks a line of stdin, whose record must not depend on
 * its line number (see `recordLocation`).
 */
export type InputItem =
  | { ok: true; input: DocumentInput; location: string; warnings: string[]; stdin?: boolean }
  | { ok: false; id: string; reason: string; location: string; stdin?: boolean };

/** The largest document read by default (1 MiB): far above any news article, low enough to bound memory. */
export const DEFAULT_MAX_DOC_BYTES = 1 << 20;

/**
 * The id of a stdin line that has none: from its content, so it is the same however the stream is
 * cut into pieces (GNU parallel `--pipe`, Hadoop splits), unlike a line number.
 */
export const stdinFallbackId = (sha256Hex: string) => `stdin-${sha256Hex.slice(0, 12)}`;

/** Where a record says it came from: a stdin line's number depends on how the stream was split, so it is left out. */
export const recordLocation = (item: InputItem) => (item.stdin ? item.location.replace(/:\d+$/, '') : item.location);

const tooLarge = (bytes: number, max: number) => `document too large: ${bytes} bytes (the limit is ${max}; see --max-doc-bytes)`;

/** Parse one raw item. Reads the file of an article item; never throws. */
export function toInputItem(raw: RawItem): InputItem {
  if (raw.kind === 'failed') return { ok: false, id: raw.id, reason: raw.reason, location: raw.location };
  if (raw.kind === 'file') return readArticle(raw.path, raw.maxBytes);
  if (raw.kind === 'text') return readStdinText(raw.bytes, raw.tooLarge);
  const location = `${raw.file}:${raw.line}`;
  const stdin = raw.stdin ? { stdin: true } : {};
  const hashed = raw.tooLong?.sha256 ?? (raw.stdin ? createHash('sha256').update(raw.text).digest('hex') : '');
  const fallbackId = raw.stdin ? stdinFallbackId(hashed) : `${stemOf(raw.file)}-${raw.line}`;
  if (raw.tooLong) return { ok: false, id: fallbackId, reason: tooLarge(raw.tooLong.bytes, raw.tooLong.limit), location, ...stdin };
  const item = fromJsonLine(raw.text, location, fallbackId);
  if (item.ok && raw.invalidUtf8) item.warnings.unshift(invalidBytes('utf-8'));
  return { ...item, ...stdin };
}

/** All of stdin as one article: its id from its content (`stdin-` and 12 hex digits of its SHA-256), as a stdin line's. */
function readStdinText(bytes: Uint8Array, tooLarge?: string): InputItem {
  const id = stdinFallbackId(createHash('sha256').update(bytes).digest('hex'));
  if (tooLarge) return { ok: false, id, reason: tooLarge, location: '<stdin>', stdin: true };
  return { ...articleFrom(id, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), '<stdin>'), stdin: true };
}

function readArticle(path: string, maxBytes: number): InputItem {
  const id = stemOf(path);
  let bytes: Buffer;
  try {
    const read = readAtMost(path, maxBytes);
    if ('tooLarge' in read) return { ok: false, id, reason: read.tooLarge, location: path };
    bytes = read.bytes;
  } catch (e) {
    return { ok: false, id, reason: `cannot read ${path}: ${(e as Error).message}`, location: path };
  }
  return articleFrom(id, bytes, path);
}

/** An article's bytes as an input item: decoded, titled by its first line when that reads as a title. */
function articleFrom(id: string, bytes: Uint8Array, location: string): InputItem {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, id, reason: decoded.reason, location };
  const input: DocumentInput = { id, text: decoded.text };
  const title = titleOf(decoded.text);
  if (title) input.title = title;
  return { ok: true, input, location, warnings: decoded.warnings };
}

/**
 * The bytes of the file at `path`, or why not: a regular file larger than `maxBytes` is refused
 * without reading it; anything else (a FIFO, a device such as /dev/zero, a file still growing) is read
 * only until it passes `maxBytes`, as it has no size to check first and may never end.
 */
function readAtMost(path: string, maxBytes: number): { bytes: Buffer } | { tooLarge: string } {
  const fd = openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    if (st.isFile() && st.size > maxBytes) return { tooLarge: tooLarge(st.size, maxBytes) };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(maxBytes + 1 - total, st.isFile() ? st.size + 1 : 1 << 16));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return { tooLarge: readNoFurther(maxBytes) };
    }
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) };
  } finally {
    closeSync(fd);
  }
}

/** All input items from the given paths ('-' or none: stdin), in order; `onSkip` hears of what a folder walk passes over (a FIFO, a device). */
export async function* readInputs(paths: string[], stdin: Readable = process.stdin, maxBytes = DEFAULT_MAX_DOC_BYTES, onSkip?: OnSkip): AsyncGenerator<InputItem> {
  for await (const s of readSources(paths, stdin, maxBytes, false, onSkip)) yield toInputItem(s.item);
}

/** A short first paragraph on its own is the article's title. */
export function titleOf(text: string): string | undefined {
  const m = /^\s*([^\n]{1,200})\n\s*\n/.exec(text);
  const first = m?.[1]?.trim();
  if (!first || /[.:;,]$/.test(first) || first.split(/\s+/).length > 30) return undefined;
  return first;
}
