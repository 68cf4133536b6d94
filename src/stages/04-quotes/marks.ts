/**
 * Quotation marks → quoted spans. Curly marks say which way they face; straight ones are read from
 * their neighbours. Double marks are primary; single marks count only outside a double quotation
 * (inside one they are nested quotes) and only when they close in the same paragraph, so that
 * apostrophes ("Jones' cow", "Peru’s", "’90s") are never taken for quotes. A paragraph that opens a
 * quote without closing the last one continues it (the multi-paragraph convention); a quote still
 * open at a paragraph end with no continuation is closed there with a warning.
 */
import { report } from '../../document.js';
import { CLOSE_DOUBLE, CLOSE_SINGLE, OPEN_DOUBLE, OPEN_SINGLE } from '../../lexicon/punctuation.js';
import type { Document } from '../../types.js';

export interface QuotedSpan {
  /** Offset of the opening mark, and just past the closing mark (or the paragraph end when unclosed). */
  start: number;
  end: number;
  /** Pieces, one per paragraph, when the quotation runs over several paragraphs. */
  segments: [number, number][];
  closed: boolean;
  /** Single-mark quotation ('...' or ‘...’). */
  single: boolean;
}

/** Every character findQuotedSpans acts on: it jumps from one to the next (a native scan), as most characters are none. */
const ANY_MARK = new RegExp(`["'${[...OPEN_DOUBLE, ...CLOSE_DOUBLE, ...OPEN_SINGLE, ...CLOSE_SINGLE].join('')}]`, 'g');
const OPEN_D = OPEN_DOUBLE;
const CLOSE_D = CLOSE_DOUBLE;
const OPEN_S = OPEN_SINGLE;
const CLOSE_S = CLOSE_SINGLE;
const ELISION = /^(?:'|’)(?:\d\ds|em|n|til|cause|tis|twas)\b/i;

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isOpenerContext = (c: string | undefined) => isSpace(c) || (c !== undefined && /[([{\-—–/“‘"'«]/.test(c));

export function findQuotedSpans(doc: Document): QuotedSpan[] {
  const text = doc.norm;
  const out: QuotedSpan[] = [];
  let open = -1; // double quotation start
  let segStart = -1;
  const segs: [number, number][] = [];
  const paras = doc.paragraphs.length ? doc.paragraphs : [{ start: 0, end: text.length }];
  const emit = (end: number, closed: boolean) => {
    segs.push([segStart, end]);
    out.push({ start: open, end, segments: segs.splice(0), closed, single: false });
    open = -1;
  };
  for (let p = 0; p < paras.length; p++) {
    const { start: ps, end: pe } = paras[p]!;
    // Continued without reopening (see closesLater): a new segment starts with the paragraph.
    if (open >= 0 && segStart < ps && !reopens(text, paras[p])) {
      segs.push([segStart, paras[p - 1]!.end]);
      segStart = ps;
    }
    let sOpen = -1; // single quotation start within this paragraph
    for (let i = ps; i < pe; i++) {
      ANY_MARK.lastIndex = i;
      const found = ANY_MARK.exec(text);
      if (!found || found.index >= pe) break;
      i = found.index;
      const c = found[0];
      // Two apostrophes stand for a straight double mark in some feeds (''Like this,'' he said).
      const w = c === "'" && text[i + 1] === "'" ? 2 : 1;
      const straight = c === '"' || w === 2;
      if (!straight && !OPEN_D.has(c) && !CLOSE_D.has(c)) {
        if (open < 0) sOpen = singleMark(text, i, c, sOpen, out);
        continue;
      }
      const prev = text[i - 1];
      const next = text[i + w];
      // A closing mark where no quotation is open, detached before and attached after, opens one
      // (”Fear. I am …” at a paragraph start).
      let opening = OPEN_D.has(c) || (CLOSE_D.has(c) && open < 0 && isOpenerContext(prev) && isWordChar(next));
      if (straight) {
        const canOpen = isOpenerContext(prev) && !isSpace(next);
        const canClose = !isSpace(prev) && (isSpace(next) || !isWordChar(next));
        opening = canOpen === canClose ? open < 0 : canOpen;
      }
      if (opening) {
        if (open >= 0 && segStart < ps) {
          // Reopened in a new paragraph: the quotation continues.
          segs.push([segStart, paras[p - 1]!.end]);
          segStart = i;
        } else if (open >= 0) {
          if (isSpace(next) || !isWordChar(next)) { emit(i + w, true); i += w - 1; continue; } // a close typed the wrong way round
          report(doc, 'quotes', 'unclosed-quote', 'quotation mark opened and never closed before the next one', 'warning', { start: open, end: i });
          emit(i, false);
          open = segStart = i;
        } else {
          open = segStart = i;
          sOpen = -1;
        }
      } else if (open >= 0) {
        emit(i + w, true);
      } else {
        report(doc, 'quotes', 'stray-close', 'closing quotation mark with no opening mark', 'info', { start: i, end: i + w });
      }
      i += w - 1;
    }
    if (open >= 0 && !reopens(text, paras[p + 1]) && !closesLater(text, paras[p + 1])) {
      report(doc, 'quotes', 'unclosed-quote', 'quotation not closed by the end of its paragraph', 'warning', { start: open, end: pe });
      emit(pe, false);
    }
  }
  if (open >= 0) emit(paras[paras.length - 1]!.end, false);
  return out.sort((a, b) => a.start - b.start);
}

/** Does this paragraph begin by opening a quotation (and so continue an unclosed one)? */
function reopens(text: string, para: { start: number } | undefined): boolean {
  if (!para) return false;
  const c = text[para.start];
  if (c === "'" && text[para.start + 1] === "'") return !isSpace(text[para.start + 2]);
  return c !== undefined && (OPEN_D.has(c) || (c === '"' && !isSpace(text[para.start + 1])));
}

/**
 * Does this paragraph close a quotation it never opened (its first double mark a closing curly
 * one)? Then the quotation left open by the paragraph before runs on into it, unreopened.
 */
function closesLater(text: string, para: { start: number; end: number } | undefined): boolean {
  if (!para) return false;
  for (let i = para.start; i < para.end; i++) {
    const c = text[i]!;
    if (OPEN_D.has(c)) return false;
    if (CLOSE_D.has(c)) return i > para.start; // ”Fear. … at a paragraph start is an opening mark typed the wrong way
    // A straight mark that can only close: after a word, before a space or punctuation.
    if (c === '"') return i > para.start && !isSpace(text[i - 1]) && !isWordChar(text[i + 1]) && !isOpenerContext(text[i - 1]);
  }
  return false;
}

/** Track single-mark quotations; returns the new open position (or -1). */
function singleMark(text: string, i: number, c: string, sOpen: number, out: QuotedSpan[]): number {
  if (c !== "'" && !OPEN_S.has(c) && !CLOSE_S.has(c)) return sOpen;
  const prev = text[i - 1];
  const next = text[i + 1];
  const canOpen = (OPEN_S.has(c) || c === "'") && isOpenerContext(prev) && isWordChar(next) && !ELISION.test(text.slice(i, i + 6));
  const canClose = (CLOSE_S.has(c) || c === "'") && !isSpace(prev) && !isWordChar(next);
  if (sOpen >= 0 && canClose) {
    out.push({ start: sOpen, end: i + 1, segments: [[sOpen, i + 1]], closed: true, single: true });
    return -1;
  }
  if (canOpen) return i;
  return sOpen;
}
