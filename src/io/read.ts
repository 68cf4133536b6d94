/**
 * Reading inputs: files (.txt, .md: one article each; .jsonl: one per line), folders (walked in name
 * order) and stdin (JSON Lines). Every document yields one item, good or failed, so nothing is
 * dropped silently: a bad line becomes a failed item with its file and line.
 */
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { DocumentInput } from '../types.js';
import { decodeText } from './decode.js';
import { fromJsonLine } from './jsonl.js';

export type InputItem =
  | { ok: true; input: DocumentInput; location: string; warnings: string[] }
  | { ok: false; id: string; reason: string; location: string };

const ARTICLE_EXT = new Set(['.txt', '.md']);
/** A corpus folder's own documentation is not news: skipped when walking a folder (a file named on the command line is always read). */
const NOT_ARTICLES = /^(readme|license|licence|copying|notice|changelog|authors)([._-].*)?$/i;
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);

/** Is this a path whose kind we read? */
export const isInputFile = (p: string) => ARTICLE_EXT.has(extname(p).toLowerCase()) || JSONL_EXT.has(extname(p).toLowerCase());

/** All input items from the given paths ('-' or none: stdin). */
export async function* readInputs(paths: string[], stdin: Readable = process.stdin): AsyncGenerator<InputItem> {
  if (paths.length === 0) paths = ['-'];
  for (const p of paths) {
    if (p === '-') { yield* readJsonl(stdin, '<stdin>'); continue; }
    let info;
    try {
      info = await stat(p);
    } catch {
      yield { ok: false, id: basename(p), reason: `cannot read ${p}: no such file or directory`, location: p };
      continue;
    }
    if (info.isDirectory()) {
      for (const f of await walk(p)) yield* readFileItems(f);
    } else {
      yield* readFileItems(p);
    }
  }
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || NOT_ARTICLES.test(e.name)) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && isInputFile(full)) out.push(full);
  }
  return out;
}

async function* readFileItems(path: string): AsyncGenerator<InputItem> {
  const ext = extname(path).toLowerCase();
  if (JSONL_EXT.has(ext)) { yield* readJsonl(createReadStream(path), path); return; }
  const id = basename(path, extname(path));
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    yield { ok: false, id, reason: `cannot read ${path}: ${(e as Error).message}`, location: path };
    return;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) { yield { ok: false, id, reason: decoded.reason, location: path }; return; }
  const input: DocumentInput = { id, text: decoded.text };
  const title = titleOf(decoded.text);
  if (title) input.title = title;
  yield { ok: true, input, location: path, warnings: decoded.warnings };
}

/** A short first paragraph on its own is the article's title. */
export function titleOf(text: string): string | undefined {
  const m = /^\s*([^\n]{1,200})\n\s*\n/.exec(text);
  const first = m?.[1]?.trim();
  if (!first || /[.:;,]$/.test(first) || first.split(/\s+/).length > 30) return undefined;
  return first;
}

async function* readJsonl(stream: Readable, location: string): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    yield fromJsonLine(line, `${location}:${n}`, `${basename(location, extname(location))}-${n}`);
  }
}
