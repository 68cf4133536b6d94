/**
 * Interview transcripts: a paragraph that opens with its speaker's name in capitals and a colon
 * ("WALLACE: Let's start …", "JAKE TAPPER: Donald Trump released …") is that person's words. The
 * label must name a person — someone the article names elsewhere, or a first name and a surname —
 * so section heads and datelines ("UPDATE:", "WASHINGTON:", "EXCLUSIVE:") are not speakers. A
 * quotation already found in a turn loses the label from its span; a turn without quotation marks
 * becomes a direct quote.
 */
import { isFirstName } from '../../../lexicon/names.js';
import { OPENING_MARKS } from '../../../lexicon/punctuation.js';
import { fold } from '../../../text.js';
import type { Document } from '../../../types.js';
import type { Finder } from '../context.js';

export interface TranscriptLabel {
  /** Token range of the name. */
  first: number;
  end: number;
  /** The colon after it. */
  colon: number;
  /** The person entity the label names, when the article names them elsewhere. */
  entity?: string;
}

/** A turn may open with a quotation mark, straight single ones included ('WALLACE: …). */
const OPENING = new Set([...OPENING_MARKS, "'"]);
const CAPS_WORD = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;
/** Most words in a label. */
const MAX_WORDS = 3;

/** Labels by paragraph, found once per document (the quotes stage and the attribution sieve both ask). */
const labelsOf = new WeakMap<Document, (TranscriptLabel | undefined)[]>();

/** The speaker label opening paragraph `p`, if it has one. */
export function transcriptLabel(doc: Document, p: number): TranscriptLabel | undefined {
  let labels = labelsOf.get(doc);
  if (!labels) labelsOf.set(doc, (labels = doc.paragraphs.map((_, i) => findLabel(doc, i))));
  return labels[p];
}

function findLabel(doc: Document, p: number): TranscriptLabel | undefined {
  const { tokens } = doc;
  const para = doc.paragraphs[p];
  if (!para) return undefined;
  let k = para.firstToken;
  if (OPENING.has(tokens[k]?.text ?? '')) k++;
  const first = k;
  while (k < para.endToken && k - first < MAX_WORDS && tokens[k]!.kind === 'word' && CAPS_WORD.test(tokens[k]!.text)) k++;
  if (k === first || tokens[k]?.text !== ':' || k + 3 >= para.endToken) return undefined;
  const words = tokens.slice(first, k).map((t) => fold(t.text));
  // The article names this person ("Chris Wallace" … "WALLACE:"): the label is their surname or full name.
  for (const e of doc.entities) {
    if (e.type !== 'PERSON') continue;
    const name = fold(e.name).split(/\s+/);
    const tail = name.slice(name.length - words.length);
    if (name.length >= words.length && tail.every((w, i) => w === words[i])) return { first, end: k, colon: k, entity: e.id };
  }
  return words.length >= 2 && isFirstName(words[0]!) ? { first, end: k, colon: k } : undefined;
}

export const transcript: Finder = {
  name: 'transcript',
  find(ctx) {
    const { doc, tokens, drafts } = ctx;
    doc.paragraphs.forEach((para, p) => {
      const label = transcriptLabel(doc, p);
      if (!label) return;
      const from = tokens[label.colon + 1]!.start;
      const here = drafts.filter((d) => d.end > tokens[para.firstToken]!.start && d.start < para.end);
      for (const d of here) {
        if (d.start >= from || d.end <= from) continue;
        d.start = from;
        if (d.segments) d.segments = d.segments.filter(([, b]) => b > from).map(([a, b]) => [Math.max(a, from), b]);
      }
      if (here.length) return;
      drafts.push({ start: from, end: para.end, type: 'direct', finder: 'transcript',
        frame: { side: 'none', cueFirst: -1, cueEnd: -1, limitFirst: label.colon + 1, limitEnd: para.endToken } });
    });
  },
};
