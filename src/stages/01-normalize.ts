/**
 * Stage 1, normalize: an offset-preserving working copy of the text (`doc.norm`, same length as
 * `doc.text`) and the document's reference date. Odd spaces become plain spaces, lone CRs become
 * line feeds and control characters become spaces, one code unit for one, so every offset computed
 * on `norm` is an offset into the original text. NFC is not applied: it changes lengths; comparisons
 * fold accents instead (text.fold).
 */
import { report } from '../document.js';
import { blankMarkup, looksLikeHtml } from './html.js';
import type { Stage } from '../pipeline.js';
import type { Document } from '../types.js';

// Spaces, controls and format characters that tokenizers treat inconsistently.
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g;
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff\u00ad]/g;
const LONE_CR = /\r(?!\n)/g;
const CRLF_CR = /\r(?=\n)/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const LINE_SEP = /[\u2028\u2029\u0085]/g;

/** Every character one of the replacements below changes: most texts have none, and one scan returns them as they are. */
const ANY_CHANGED = /[\u0000-\u0009\u000b-\u001f\u007f-\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ud800-\udfff\ufeff]/;

export function normalizeText(text: string): string {
  if (!ANY_CHANGED.test(text)) return text;
  return text
    .replace(ODD_SPACE, ' ')
    .replace(CRLF_CR, ' ')
    .replace(LONE_CR, '\n')
    .replace(LINE_SEP, '\n')
    .replace(CONTROL, ' ')
    .replace(LONE_SURROGATE, '\ufffd');
}

/** Longer runs without a space are not words (base64, URLs gone wrong): the tokenizer gets them in pieces. */
const MAX_RUN = 300;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g');

/**
 * wink-nlp's time grows with the square of a token's length (40,000 characters: a second; a megabyte:
 * hours). A space every MAX_RUN characters inside such a run keeps every offset and the time linear.
 */
export function breakLongRuns(norm: string): { text: string; runs: number } {
  if (!hasLongRun(norm)) return { text: norm, runs: 0 };
  let runs = 0;
  const text = norm.replace(LONG_RUN, (m) => {
    runs++;
    let out = '';
    for (let i = 0; i < m.length; i += MAX_RUN) out += i + MAX_RUN < m.length ? `${m.slice(i, i + MAX_RUN - 1)} ` : m.slice(i);
    return out;
  });
  return { text, runs };
}

/** JavaScript's `\s`, by code unit. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether LONG_RUN matches anywhere, in one pass. Nearly no document has such a run, and the regular
 * expression alone, retried at every character of every word, cost 2% of a worker's time.
 */
function hasLongRun(s: string): boolean {
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) run = 0;
    else if (++run > MAX_RUN) return true;
  }
  return false;
}

/** Parse a `published` value into YYYY-MM-DD, or undefined when it is not a date. */
export function parsePublished(value: string): string | undefined {
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const d = iso ? new Date(Date.UTC(+iso[1]!, +iso[2]! - 1, +iso[3]!)) : new Date(value);
  if (Number.isNaN(d.getTime())) return undefined;
  if (iso && d.getUTCDate() !== +iso[3]!) return undefined; // 2025-02-31
  const y = iso ? d.getUTCFullYear() : d.getFullYear();
  const m = iso ? d.getUTCMonth() : d.getMonth();
  const day = iso ? d.getUTCDate() : d.getDate();
  if (y < 1000 || y > 9999) return undefined;
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const normalize: Stage = {
  name: 'normalize',
  requires: [],
  provides: ['norm'],
  run(doc: Document) {
    doc.norm = normalizeText(doc.text);
    if (!doc.norm.trim()) report(doc, 'normalize', 'empty-text', 'the document has no text: nothing to extract');
    const long = breakLongRuns(doc.norm);
    if (long.runs) {
      doc.norm = long.text;
      report(doc, 'normalize', 'long-token', `${long.runs} run(s) of more than ${MAX_RUN} characters without a space: read in pieces`, 'info');
    }
    if (looksLikeHtml(doc.norm)) {
      doc.norm = blankMarkup(doc.norm);
      report(doc, 'normalize', 'html-input', 'the text looks like HTML: markup is ignored, offsets still refer to the text as given');
    }
    const published = doc.meta.published;
    if (published !== undefined && published !== '') {
      const value = parsePublished(published);
      if (value) doc.dateReference = { value, source: 'published' };
      else report(doc, 'normalize', 'bad-published', `published date "${published}" is not a date; relative dates stay unresolved`);
    }
  },
};
