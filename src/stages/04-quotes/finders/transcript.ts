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
import { tokenAt } from '../../../tokens.js';
import type { Finder } from '../context.js';
import type { Draft } from '../draft.js';

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

/**
 * A quotation mark opened before a run of turns and reopened at each paragraph ("WALLACE: …
 * "PENCE: …) makes one quotation over several speakers: it is cut at every labelled paragraph.
 */
function splitAtTurns(doc: Document, drafts: Draft[]): void {
  const paraOf = (offset: number) => doc.sentences[doc.tokens[tokenAt(doc.tokens, offset)]?.sentence ?? -1]?.paragraph ?? -1;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.type !== 'direct' || !d.segments || d.segments.length < 2) continue;
    const groups: [number, number][][] = [];
    for (const seg of d.segments) {
      const p = paraOf(seg[0]);
      if (!groups.length || (transcriptLabel(doc, p) && seg !== d.segments[0])) groups.push([]);
      groups[groups.length - 1]!.push(seg);
    }
    if (groups.length < 2) continue;
    const pieces: Draft[] = groups.map((g, k) => ({
      ...d, start: g[0]![0], end: g[g.length - 1]![1], segments: g,
      ...(k > 0 ? { finder: 'transcript' as const, frame: { side: 'none' as const, cueFirst: -1, cueEnd: -1, limitFirst: tokenAt(doc.tokens, g[0]![0]), limitEnd: tokenAt(doc.tokens, g[g.length - 1]![1]) } } : {}),
    }));
    drafts.splice(i, 1, ...pieces);
    i += pieces.length - 1;
  }
}

export const transcript: Finder = {
  name: 'transcript',
  find(ctx) {
    const { doc, tokens, drafts } = ctx;
    splitAtTurns(doc, drafts);
    doc.paragraphs.forEach((para, p) => {
      const label = transcriptLabel(doc, p);
      if (!label) return;
      const from = tokens[label.colon + 1]!.start;
      const paraStart = tokens[para.firstToken]!.start;
      const here = drafts.filter((d) => d.end > paraStart && d.start < para.end);
      // "PENCE: Well, look, Hillary Clinton thinks this is an episode of “Shark Tank.” But …": the whole
      // turn is the speaker's; a quotation inside it is one they quote. Drafts within the turn give way to it.
      const inside = here.filter((d) => d.start >= paraStart && d.end <= para.end && !(d.segments && d.segments.length > 1));
      if (inside.length && inside.length === here.length) {
        for (const d of inside) drafts.splice(drafts.indexOf(d), 1);
        here.length = 0;
      }
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
