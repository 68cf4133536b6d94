/**
 * Splitting a byte stream into lines with bounded memory. Unlike node:readline this pulls chunks
 * only as fast as the caller consumes lines (so a slow consumer pauses the file or pipe), splits on
 * LF alone (as GNU parallel and Hadoop do; a trailing CR is dropped), counts bytes for progress,
 * and refuses to buffer a line longer than a limit: such a line is reported, not kept.
 */
import { isUtf8 } from 'node:buffer';
import type { Hash } from 'node:crypto';
import { createHash } from './builtins.js';

/** One line of input. `text` is empty when the line was too long to keep. */
export interface Line {
  /** The line without its line break (UTF-8 decoded; a leading byte-order mark dropped). */
  text: string;
  /** 1-based line number. */
  line: number;
  /** Bytes the line took in the stream, line break included. */
  bytes: number;
  /** The line held bytes that are not UTF-8 (replaced by U+FFFD in `text`). */
  invalidUtf8: boolean;
  /** Set when the line was longer than the limit: its length, the limit, and the SHA-256 of its bytes (hex). */
  tooLong?: { bytes: number; limit: number; sha256: string };
}

const LF = 0x0a;
const CR = 0x0d;

/** Lines of `chunks`; a line over `maxBytes` (line break excluded) comes back as `tooLong`, its bytes dropped. */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let held = 0; // bytes of the current line so far (kept in `parts` unless hashing)
  let hash: Hash | undefined; // set once the current line passed maxBytes
  let n = 0;
  const finish = (last: Buffer, withBreak: boolean): Line => {
    n++;
    const size = held + last.length;
    const bytes = size + (withBreak ? 1 : 0);
    let line: Line;
    if (hash) {
      hash.update(last);
      line = { text: '', line: n, bytes, invalidUtf8: false, tooLong: { bytes: size, limit: maxBytes, sha256: hash.digest('hex') } };
    } else {
      let buf = parts.length ? Buffer.concat([...parts, last]) : last;
      if (buf.length && buf[buf.length - 1] === CR) buf = buf.subarray(0, buf.length - 1);
      if (n === 1 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
      line = { text: buf.toString('utf8'), line: n, bytes, invalidUtf8: !isUtf8(buf) };
    }
    parts = [];
    held = 0;
    hash = undefined;
    return line;
  };
  const hold = (piece: Buffer) => {
    if (!piece.length) return;
    if (!hash && held + piece.length > maxBytes) {
      hash = createHash('sha256');
      for (const p of parts) hash.update(p);
      parts = [];
    }
    if (hash) hash.update(piece);
    else parts.push(Buffer.from(piece)); // copy: the stream may reuse its chunk
    held += piece.length;
  };
  for await (const chunk of chunks) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let at = buf.indexOf(LF, from); at !== -1; at = buf.indexOf(LF, from)) {
      const piece = buf.subarray(from, at);
      if (!hash && held + piece.length > maxBytes) { hold(piece); yield finish(Buffer.alloc(0), true); }
      else yield finish(piece, true);
      from = at + 1;
    }
    hold(buf.subarray(from));
  }
  if (held > 0) yield finish(Buffer.alloc(0), false);
}
