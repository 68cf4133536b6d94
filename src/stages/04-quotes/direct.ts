/**
 * Direct quotations: a quoted span that stands as speech (it opens a sentence or paragraph, or sits
 * next to a cue with a comma or colon), with the cue on either side: “…,” de Zela told reporters /
 * “…,” said de Zela / He said: “…” / According to X, “…”. A quotation interrupted by its cue
 * (“A,” he said, “B.”) becomes one quote with two segments. Spans that are none of these are
 * fragments, left for the reported-speech step (partial quotes) or dropped as scare quotes.
 */
import { tokenAt } from '../../tokens.js';
import type { Document, QuoteFrame, Token } from '../../types.js';
import type { Cue } from './cues.js';
import type { Draft } from './draft.js';
import { CUE_LEMMAS, CUE_THRESHOLD, HEARER_VERBS, cueProbability } from '../../lexicon/reporting-verbs.js';
import { NP_POS, isFiniteVerb, phraseAfter } from '../../phrases.js';
import { participle } from './reported.js';
import type { QuotedSpan } from './marks.js';

export interface Located extends QuotedSpan {
  openTok: number;
  /** Token of the closing mark (or the last token inside when unclosed). */
  closeTok: number;
  words: number;
}

const SPEECH_END = /[,?!.…—–-]$/;
/** How sure a verb found only by its place next to a quotation is a cue. */
const SLOT_CUE_P = 0.6;

export function locate(doc: Document, spans: QuotedSpan[]): Located[] {
  const { tokens } = doc;
  return spans.map((s) => {
    const openTok = tokenAt(tokens, s.start);
    const closeTok = Math.max(openTok, tokenAt(tokens, s.end) - 1);
    let words = 0;
    for (let k = openTok + 1; k < closeTok; k++) if (tokens[k]!.kind === 'word') words++;
    return { ...s, openTok, closeTok, words };
  });
}

const isNominal = (t: Token) => NP_POS.has(t.pos) || t.text === ',' || t.pos === 'ADV' || t.pos === 'AUX';
/** After a quotation the speaker phrase may carry an appositive: “…,” Murphy, the head of Right to Rise, said. */
const inSpeakerPhrase = (t: Token) => isNominal(t) || t.pos === 'ADP' || t.pos === 'CCONJ' || t.text === '(' || t.text === ')';

/** A verb in a cue slot next to a quotation reports it even when no list knows it ("“Denver,” he answered"). */
function slotCue(tokens: Token[], k: number, cueAt: Map<number, Cue>): Cue | undefined {
  const known = cueAt.get(k);
  if (known) return known;
  const t = tokens[k]!;
  const p = cueProbability(t.lemma);
  // "Bozell answers." is sometimes tagged as a noun; a known cue lemma in the slot is a verb.
  if (t.pos === 'NOUN' && p !== undefined && p >= CUE_THRESHOLD && /s$/.test(t.lower)) return { first: k, end: k + 1, lemma: t.lemma, cls: 'speech', p };
  // After an appositive the verb follows a comma: “…” Murphy, the head of Right to Rise, tweeted.
  const finite = isFiniteVerb(tokens, k) || (tokens[k - 1]?.text === ',' && !t.lower.endsWith('ing'));
  if (t.pos !== 'VERB' || !finite) return undefined;
  return { first: k, end: k + 1, lemma: t.lemma, cls: 'speech', p: Math.max(p ?? 0, SLOT_CUE_P) };
}

/** “…,” [NP] cue  or  “…,” cue [NP] — the cue right after the closing mark. */
function cueAfter(doc: Document, q: Located, cueAt: Map<number, Cue>): QuoteFrame | undefined {
  const { tokens } = doc;
  const para = doc.paragraphs[doc.sentences[tokens[q.closeTok]!.sentence]?.paragraph ?? -1];
  // Room for a long appositive: “…,” Leonard E. Burman, director of … and a professor at …, said.
  const limit = Math.min(para?.endToken ?? tokens.length, q.closeTok + 45);
  let j = q.closeTok + 1;
  const inner = doc.norm.slice(q.start, q.end).replace(/["”’'»\s]+$/, '');
  if (tokens[j]?.text === ',' || tokens[j]?.text === '—' || tokens[j]?.text === '–') j++;
  else if (!SPEECH_END.test(inner)) return undefined;
  let appositive = false;
  for (let k = j; k < limit; k++) {
    const t = tokens[k]!;
    // "Lynch said": a capitalized word in the speaker slot is a name whatever its tag.
    if (t.kind === 'word' && t.pos === 'VERB' && /^\p{Lu}/u.test(t.text) && !cueAt.has(k)) continue;
    // "Mitch McConnell, R-Ky., said": a party and state; "one of the states suing the EPA, said": a participle in an appositive.
    if (t.text === '-' || (t.text === '.' && tokens[k + 1]?.text === ',')) continue;
    if (appositive && t.pos === 'VERB' && /(ing|ed)$/.test(t.lower) && tokens[k - 1]?.text !== ',' && !cueAt.has(k)) continue;
    if (t.text === ',') appositive = true;
    const cue = slotCue(tokens, k, cueAt);
    if (cue) {
      const inverted = k === j;
      // "“…,” drawing applause": a participle after the quotation is no "said X".
      if (inverted && tokens[k]!.lower.endsWith('ing')) return undefined;
      if (inverted && !cueAt.has(k) && !phraseAfter(tokens, cue.end, limit)) return undefined;
      return { side: inverted ? 'after' : 'before', cueFirst: cue.first, cueEnd: cue.end, limitFirst: q.closeTok + 1, limitEnd: limit, cueP: cue.p };
    }
    if (t.text === '(') {
      // "Rep. Gwen Moore (D-Wis.) told": a short parenthesis is part of the speaker phrase.
      let close = k + 1;
      while (close < limit && close < k + 10 && tokens[close]!.text !== ')') close++;
      if (tokens[close]?.text === ')' && close < limit) { k = close; continue; }
    }
    if (!inSpeakerPhrase(t)) return undefined;
  }
  return undefined;
}

/** NP cue [hearer] , “…”  or  NP cue: “…”  or  cue NP: “…” — the cue shortly before the opening mark. */
function cueBefore(doc: Document, q: Located, cueAt: Map<number, Cue>): QuoteFrame | undefined {
  const { tokens } = doc;
  const s = doc.sentences[tokens[q.openTok]!.sentence];
  const first = Math.max(s?.firstToken ?? 0, q.openTok - 10);
  let p = q.openTok - 1;
  // “A,” he said, but “B.” — the statement goes on after a conjunction (only after a verb of saying).
  const conj = (tokens[p]?.lower === 'but' || tokens[p]?.lower === 'and') && tokens[p - 1]?.text === ',';
  if (conj) p--;
  // Trump declared “I think NATO may be obsolete. … Things are different now.” — whole sentences
  // right after a verb of saying are its direct quotation, comma or not.
  const sentences = q.words >= 4 && /[.!?…]["”’'»]*$/.test(doc.norm.slice(q.start, q.end));
  const bare = p >= first && sentences && cueAt.has(p) && CUE_LEMMAS.get(cueAt.get(p)!.lemma) === 'speech';
  // Without a comma or colon the quotation is the start of a content clause (said “it gets me mad” every …).
  if (!bare && (p < first || (tokens[p]!.text !== ',' && tokens[p]!.text !== ':'))) return undefined;
  if (!bare) p--;
  for (let k = p; k >= first; k--) {
    const cue = slotCue(tokens, k, cueAt);
    if (cue && conj && CUE_LEMMAS.get(cue.lemma) !== 'speech') return undefined;
    if (cue) {
      const after = tokens[cue.end];
      const before = tokens[cue.first - 1];
      const sFirst = s?.firstToken ?? 0;
      const inverted = cue.lemma === 'according to' || (!HEARER_VERBS.has(cue.lemma)
        && cue.end <= p && after !== undefined && NP_POS.has(after.pos) && (!before || !NP_POS.has(before.pos)));
      const side = participle(tokens, cue, sFirst) ? 'participle' : inverted ? 'after' : 'before';
      return { side, cueFirst: cue.first, cueEnd: cue.end, limitFirst: sFirst, limitEnd: q.openTok, cueP: cue.p };
    }
    // "said via email that, “Of course …” against …": the quotation is inside a content clause.
    if (tokens[k]!.lower === 'that' || (!isNominal(tokens[k]!) && tokens[k]!.pos !== 'ADP')) return undefined;
  }
  return undefined;
}

/** Does the quotation stand where a sentence would: paragraph or sentence start, or after a colon? */
function standsAlone(doc: Document, q: Located): boolean {
  const { tokens } = doc;
  const s = doc.sentences[tokens[q.openTok]!.sentence];
  const prev = tokens[q.openTok - 1];
  return q.openTok === s?.firstToken || prev === undefined || prev.text === ':' || prev.sentence !== tokens[q.openTok]!.sentence;
}

/** Between two quotations only their cue phrase (or nothing) stands: “A,” she said. “B.” */
function continues(doc: Document, prev: Draft, q: Located): boolean {
  const gap = doc.norm.slice(prev.end, q.start);
  if (/["“”«»]/.test(gap) || gap.length > 120) return false;
  if (!gap.trim()) return true;
  const cue = prev.frame.cueFirst >= 0 ? doc.tokens[prev.frame.cueFirst] : undefined;
  return cue !== undefined && cue.start >= prev.end && cue.end <= q.start && /[.!?]\s*$/.test(gap);
}

/** Does the quotation end its sentence (“B.” — not “B” to drive up the price)? */
function endsItsSentence(doc: Document, q: Located): boolean {
  const { tokens } = doc;
  const s = tokens[q.closeTok]!.sentence;
  for (let k = q.closeTok + 1; k < tokens.length && tokens[k]!.sentence === s; k++) if (tokens[k]!.kind === 'word') return false;
  return true;
}

/** Split quoted spans into direct quotes (with or without a cue) and fragments. */
export function directQuotes(doc: Document, spans: Located[], cues: Cue[]): { drafts: Draft[]; fragments: Located[] } {
  const cueAt = new Map<number, Cue>();
  for (const c of cues) for (let k = c.first; k < c.end; k++) cueAt.set(k, c);
  const drafts: Draft[] = [];
  const fragments: Located[] = [];
  let prev: { draft: Draft; cueFirst: number; para: number } | undefined;
  const paraOf = (tok: number) => doc.sentences[doc.tokens[tok]?.sentence ?? -1]?.paragraph ?? -1;
  for (const q of spans) {
    const speechLike = q.words >= 3 || /[.?!,]["”’']*$/.test(doc.norm.slice(q.start, q.end));
    const after = speechLike && standsAlone(doc, q) ? cueAfter(doc, q, cueAt) : undefined;
    const before = after ? undefined : cueBefore(doc, q, cueAt);
    const frame = after ?? before;
    if (before && prev && before.cueFirst === prev.cueFirst) {
      // “A,” he said, “B.” — one quotation in two pieces around its cue.
      prev.draft.end = q.end;
      prev.draft.segments = [...(prev.draft.segments ?? []), ...q.segments];
      continue;
    }
    if (frame && (speechLike || standsAlone(doc, q))) {
      const d: Draft = { start: q.start, end: q.end, type: 'direct', frame, segments: q.segments, pattern: after ? 'quote-cue' : 'cue-quote' };
      drafts.push(d);
      prev = { draft: d, cueFirst: frame.cueFirst, para: paraOf(q.closeTok) };
    } else if (standsAlone(doc, q) && q.words >= 3) {
      if (prev && prev.para === paraOf(q.openTok) && continues(doc, prev.draft, q) && endsItsSentence(doc, q)) {
        // “A,” Clinton said. “B.” — the same statement goes on in the same paragraph.
        prev.draft.end = q.end;
        prev.draft.segments = [...(prev.draft.segments ?? []), ...q.segments];
        continue;
      }
      const none: QuoteFrame = { side: 'none', cueFirst: -1, cueEnd: -1, limitFirst: q.openTok, limitEnd: q.closeTok + 1 };
      const d: Draft = { start: q.start, end: q.end, type: 'direct', frame: none, segments: q.segments, pattern: 'quote-alone' };
      drafts.push(d);
      prev = { draft: d, cueFirst: -1, para: paraOf(q.closeTok) };
    } else {
      fragments.push(q);
      prev = undefined;
    }
  }
  return { drafts, fragments };
}
