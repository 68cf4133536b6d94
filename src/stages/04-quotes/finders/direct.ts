/**
 * Direct quotations: a quoted span that stands as speech (it opens a sentence or paragraph, or sits
 * next to a cue with a comma or colon), with the cue on either side: “…,” de Zela told reporters /
 * “…,” said de Zela / He said: “…” / According to X, “…”. Each pair of marks is its own quote; a
 * second passage under the same cue (“A,” he said, “B.” or “A,” he said. “B.”) shares the first
 * one's attribution. Spans that are none of these are fragments, left for the reported-speech
 * finders (partial quotes) or dropped as scare quotes.
 */
import { CUE_LEMMAS, CUE_THRESHOLD, HEARER_VERBS, cueProbability } from '../../../lexicon/reporting-verbs.js';
import { DASH, DOUBLE_MARKS, QUOTE_MARKS } from '../../../lexicon/punctuation.js';
import { WORK_NOUNS, isSayingLemma } from '../../../lexicon/cue-classes.js';
import { NP_POS, isFiniteVerb, phraseAfter } from '../../../grammar/phrases.js';
import { cueAfterQuoting } from '../../../grammar/quoted-as.js';
import { SUBORDINATORS } from '../../../lexicon/function-words.js';
import type { Document, QuoteFrame, Token } from '../../../types.js';
import type { Finder, FinderContext } from '../context.js';
import type { Cue } from '../cues.js';
import type { Draft } from '../draft.js';
import { participle } from '../frame.js';
import type { Located } from '../located.js';
import { isTitleLike } from '../titles.js';
import { mentionAt } from './set-off.js';

const SPEECH_END = /[,?!.…—–-]$/;
/** Most words of the speaker phrase between a quotation that ends its sentence and its verb of saying. */
const CLOSED_SPEAKER = 5;
/** How sure a verb found only by its place next to a quotation is a cue. */
const SLOT_CUE_P = 0.6;

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
function cueAfter(ctx: FinderContext, q: Located): QuoteFrame | undefined {
  const { doc, tokens, cueAt } = ctx;
  const para = doc.paragraphs[doc.sentences[tokens[q.closeTok]!.sentence]?.paragraph ?? -1];
  // Room for a long appositive: “…,” Leonard E. Burman, director of … and a professor at …, said.
  const limit = Math.min(para?.endToken ?? tokens.length, q.closeTok + 45);
  let j = q.closeTok + 1;
  const inner = doc.norm.slice(q.start, q.end).replace(/["”’'»\s]+$/, '');
  if (tokens[j]?.text === ',' || tokens[j]?.text === '—' || tokens[j]?.text === '–') j++;
  else if (!SPEECH_END.test(inner)) return cueEndingSentence(ctx, q);
  // “This is not a fight we chose.” Conservative Leader Pierre Poilievre accused …: after a quotation
  // that ends its sentence, only a verb of saying, close by, reports it ("“It’s over.” Smith said.").
  const closed = /[.!?…]$/.test(inner) && tokens[j]?.text !== ',';
  let appositive = false;
  for (let k = j; k < limit; k++) {
    const t = tokens[k]!;
    // "Lynch said": a capitalized word in the speaker slot is a name whatever its tag.
    if (t.kind === 'word' && t.pos === 'VERB' && /^\p{Lu}/u.test(t.text) && !cueAt.has(k)) continue;
    // "Mitch McConnell, R-Ky., said": a party and state; "one of the states suing the EPA, said": a participle in an appositive.
    if (t.text === '-' || (t.text === '.' && tokens[k + 1]?.text === ',')) continue;
    // "…, managing director at SunTrust, said": a participle before a noun is an adjective, after the comma too.
    if (appositive && t.pos === 'VERB' && /(ing|ed)$/.test(t.lower) && (tokens[k - 1]?.text !== ',' || tokens[k + 1]?.pos === 'NOUN') && !cueAt.has(k)) continue;
    if (t.text === ',') appositive = true;
    let cue = slotCue(tokens, k, cueAt);
    // "“We will not retreat,” Reuters quoted the general as saying.": the cue is "saying", its speaker the general.
    const passedOn = cue ? cueAfterQuoting(tokens, k) : -1;
    if (passedOn >= 0) cue = { first: passedOn, end: passedOn + 1, lemma: tokens[passedOn]!.lemma, cls: 'speech', p: cue!.p };
    if (cue && closed && (k - j > CLOSED_SPEAKER || !isSayingLemma(cue.lemma))) return undefined;
    if (cue) {
      const inverted = k === j && passedOn < 0;
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

/** Inside a sentence a capitalized word is a name whatever its tag ("said Rose Miller": Rose/VERB). */
const capitalWord = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
/** Most words of a name before a verb of saying that ends its sentence (", Gilbert said."). */
const CLOSING_NAME = 4;

/**
 * “We’re extremely happy” about the decision, said RoseAnn DeMoro, … / “…” and donations began to
 * pick up, Gilbert said.: the quotation runs on in the writer's words, and its sentence ends with a
 * verb of saying and a name after a comma — before it ("…, Gilbert said.") or after it ("…, said
 * RoseAnn DeMoro, executive director of …."). No other quotation mark may stand between.
 */
function cueEndingSentence(ctx: FinderContext, q: Located): QuoteFrame | undefined {
  const { doc, tokens, cueAt } = ctx;
  const s = doc.sentences[tokens[q.closeTok]!.sentence];
  if (!s) return undefined;
  for (let k = q.closeTok + 1; k < s.endToken; k++) {
    if (QUOTE_MARKS.has(tokens[k]!.text)) return undefined;
    if (tokens[k]!.text !== ',') continue;
    // ", said RoseAnn DeMoro[, …]": the sentence's last cue, then a name.
    const inverted = cueAt.get(k + 1);
    if (inverted && isSayingLemma(inverted.lemma) && capitalWord(tokens[inverted.end])) {
      return { side: 'after', cueFirst: inverted.first, cueEnd: inverted.end, limitFirst: k + 1, limitEnd: s.endToken, cueP: inverted.p };
    }
    // ", Gilbert said.": a short capitalized phrase, the cue, and the sentence's end.
    for (let c = k + 2; c <= k + 1 + CLOSING_NAME && c < s.endToken; c++) {
      const cue = cueAt.get(c);
      if (!cue) continue;
      const name = tokens.slice(k + 1, c);
      if (isSayingLemma(cue.lemma) && cue.end === s.endToken - 1 && tokens[cue.end]!.pos === 'PUNCT' && name.every(capitalWord)) {
        return { side: 'before', cueFirst: cue.first, cueEnd: cue.end, limitFirst: k + 1, limitEnd: s.endToken, cueP: cue.p };
      }
      break;
    }
  }
  return undefined;
}

/** NP cue [hearer] , “…”  or  NP cue: “…”  or  cue NP: “…” — the cue shortly before the opening mark. */
function cueBefore(ctx: FinderContext, q: Located): QuoteFrame | undefined {
  const { doc, tokens, cueAt } = ctx;
  const s = doc.sentences[tokens[q.openTok]!.sentence];
  const first = Math.max(s?.firstToken ?? 0, q.openTok - 10);
  let p = q.openTok - 1;
  // “A,” he said, but “B.” — the statement goes on after a conjunction (only after a verb of saying).
  const conj = (tokens[p]?.lower === 'but' || tokens[p]?.lower === 'and') && tokens[p - 1]?.text === ',';
  if (conj) p--;
  // Trump declared “I think NATO may be obsolete. … Things are different now.” — whole sentences
  // right after a verb of saying are its direct quotation, comma or not.
  const sentences = q.words >= 4 && endsWithStop(doc, q);
  const bare = p >= first && sentences && cueAt.has(p) && CUE_LEMMAS.get(cueAt.get(p)!.lemma) === 'speech';
  // Without a comma or colon the quotation is the start of a content clause (said “it gets me mad” every …).
  if (!bare && (p < first || (tokens[p]!.text !== ',' && tokens[p]!.text !== ':'))) return undefined;
  if (!bare) p--;
  let passedOver = false;
  for (let k = p; k >= first; k--) {
    const cue = slotCue(tokens, k, cueAt);
    // "… that if the U.S. pulls back, “our oceans …”", "no matter what action Obama takes on gun
    // control, “…”": a verb that is no known reporting verb reports the quotation only as a main
    // verb; in a clause opened by a subordinator it is passed over like the words around it, and
    // then only a verb of saying in the same stretch (no comma between) takes the quotation.
    if (cue && isWeakCue(cue, cueAt.has(k)) && inDependentClause(tokens, k, s?.firstToken ?? 0)) { passedOver = true; continue; }
    if (passedOver && (tokens[k]!.text === ',' || (cue && CUE_LEMMAS.get(cue.lemma) !== 'speech'))) return undefined;
    if (cue && conj && CUE_LEMMAS.get(cue.lemma) !== 'speech') return undefined;
    if (cue) {
      const after = tokens[cue.end];
      const before = tokens[cue.first - 1];
      const sFirst = s?.firstToken ?? 0;
      const inverted = cue.lemma === 'according to' || (!HEARER_VERBS.has(cue.lemma)
        && cue.end <= p && after !== undefined && NP_POS.has(after.pos) && (!before || !NP_POS.has(before.pos)));
      // "According to X, “…”": its source follows it ("according" opening a sentence is no participle).
      const side = cue.lemma === 'according to' ? 'after' : participle(tokens, cue, sFirst) ? 'participle' : inverted ? 'after' : 'before';
      return { side, cueFirst: cue.first, cueEnd: cue.end, limitFirst: sFirst, limitEnd: q.openTok, cueP: cue.p };
    }
    // "said via email that, “Of course …” against …": the quotation is inside a content clause.
    if (tokens[k]!.lower === 'that' || (!isNominal(tokens[k]!) && tokens[k]!.pos !== 'ADP')) return undefined;
  }
  return undefined;
}

/** Below this learned probability a verb next to a quotation is only weakly a cue ("takes" 0.11; "recall" 0.8 is strong). */
const WEAK_CUE = 0.3;

/** A cue no list of reporting verbs holds, and no learned evidence makes likely. */
const isWeakCue = (cue: Cue, learned: boolean) => !CUE_LEMMAS.has(cue.lemma) && (!learned || (cueProbability(cue.lemma) ?? 0) < WEAK_CUE);

/**
 * Words before a verb's subject that make its clause a dependent one ("if the U.S. pulls back", "no
 * matter what X takes"). Not "as" ("As Obama recalled, “…”") or "where", and not an adverb or one
 * before an adverb ("Once again Trump recalled", "Since then Smith emailed").
 */
const DEPENDENT_OPENERS: ReadonlySet<string> = new Set([...SUBORDINATORS, 'whether', 'what', 'whatever', 'whoever']);
const opensDependent = (tokens: Token[], j: number) => DEPENDENT_OPENERS.has(tokens[j]!.lower) && tokens[j]!.pos !== 'ADV' && tokens[j + 1]?.pos !== 'ADV';

/**
 * Is the verb at k in a dependent clause: is its subject (the noun phrase before it) opened by a
 * subordinator? (A relative clause is left alone: "Said Dorothy Poynter, who grew up with Ali, “…”"
 * finds its speaker through "who".)
 */
function inDependentClause(tokens: Token[], k: number, sentFirst: number): boolean {
  let j = k - 1;
  while (j >= sentFirst && (NP_POS.has(tokens[j]!.pos) || tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'AUX')) {
    if (opensDependent(tokens, j)) return true;
    j--;
  }
  return j >= sentFirst && opensDependent(tokens, j);
}

/** The quoted passage ends in a full stop, a question or an exclamation mark inside its marks. */
const endsWithStop = (doc: Document, q: Located) => /[.!?…]["”’'»]*$/.test(doc.norm.slice(q.start, q.end));

/** Does the quotation stand where a sentence would: paragraph or sentence start, or after a colon? */
function standsAlone(ctx: FinderContext, q: Located): boolean {
  const { doc, tokens } = ctx;
  const s = doc.sentences[tokens[q.openTok]!.sentence];
  const prev = tokens[q.openTok - 1];
  return q.openTok === s?.firstToken || prev === undefined || prev.text === ':' || prev.sentence !== tokens[q.openTok]!.sentence;
}

/** Most tokens of an opening adjunct before a quotation ("As for complexity, “…,” said Kamin"). */
const OPENING_ADJUNCT = 6;

/** Does the quotation follow only a short opening adjunct and its comma, no verb: "As for complexity, “…”"? */
function afterOpeningAdjunct(ctx: FinderContext, q: Located): boolean {
  const { doc, tokens } = ctx;
  const s = doc.sentences[tokens[q.openTok]!.sentence];
  if (!s || tokens[q.openTok - 1]?.text !== ',' || q.openTok - s.firstToken > OPENING_ADJUNCT + 1) return false;
  for (let k = s.firstToken; k < q.openTok - 1; k++) if (isFiniteVerb(tokens, k) || tokens[k]!.text === ',' || DOUBLE_MARKS.has(tokens[k]!.text)) return false;
  return true;
}

/**
 * "'All Bets Are Off.'": a paragraph that is only a quotation in single marks and title case is a
 * section heading, not words said (in double marks, “Thank You, Iowa.” is said).
 */
function headingParagraph(ctx: FinderContext, q: Located): boolean {
  const { doc, tokens } = ctx;
  const p = doc.paragraphs[doc.sentences[tokens[q.openTok]!.sentence]?.paragraph ?? -1];
  // A question or an exclamation ("“Mr. Smith?”") is said to someone, whatever its capitals.
  return p !== undefined && q.single && p.firstToken === q.openTok && p.endToken <= q.closeTok + 2 && q.words >= 2 && isTitleLike(tokens, q)
    && !/[?!]["”’'»]*$/.test(doc.norm.slice(q.start, q.end));
}

/** Between two quotations only their cue phrase (or nothing) stands: “A,” she said. “B.” */
function continues(ctx: FinderContext, prev: Draft, q: Located): boolean {
  const gap = ctx.doc.norm.slice(prev.end, q.start);
  if (gap.length > 120 || [...gap].some((c) => DOUBLE_MARKS.has(c))) return false;
  if (!gap.trim()) return true;
  const cue = prev.frame.cueFirst >= 0 ? ctx.tokens[prev.frame.cueFirst] : undefined;
  return cue !== undefined && cue.start >= prev.end && cue.end <= q.start && /[.!?]\s*$/.test(gap);
}

/**
 * "“Document found on street not secret, say feds” — The Canadian Press, August 15, 2008": a quoted
 * headline cited by its outlet and date, in a list of sources, is a title, not words said.
 */
function citation(ctx: FinderContext, q: Located): boolean {
  const { tokens } = ctx;
  const dash = tokens[q.closeTok + 1];
  if (!dash || !DASH.has(dash.text) && dash.text !== '-') return false;
  // The outlet ("CBC.ca", "The Canadian Press"), a comma, and a date, within a few tokens.
  for (let k = q.closeTok + 2; k < tokens.length && k < q.closeTok + 12 && tokens[k]!.sentence === dash.sentence; k++) {
    if (tokens[k]!.text === ',') return mentionAt(ctx.doc, k + 1)?.type === 'DATE';
  }
  return false;
}

/** "In his 2002 book, “Make Your Kid a Millionaire,” Mr. McKinley suggested …": a title right after the work it names. */
function namedWork(ctx: FinderContext, q: Located): boolean {
  const { tokens } = ctx;
  let k = q.openTok - 1;
  if (tokens[k]?.text === ',') k--;
  const w = tokens[k];
  return w !== undefined && WORK_NOUNS.has(w.lower) && isTitleLike(tokens, q);
}

/** Does the quotation end its sentence (“B.” — not “B” to drive up the price)? */
function endsItsSentence(ctx: FinderContext, q: Located): boolean {
  const { tokens } = ctx;
  const s = tokens[q.closeTok]!.sentence;
  for (let k = q.closeTok + 1; k < tokens.length && tokens[k]!.sentence === s; k++) if (tokens[k]!.kind === 'word') return false;
  return true;
}

/** A quoted passage that goes on with the attribution of `prev` (its cue and speaker). */
function sameAttribution(prev: Draft, q: Located): Draft {
  return { start: q.start, end: q.end, type: 'direct', frame: prev.frame, segments: q.segments, finder: 'direct', lead: prev.lead ?? prev };
}

export const direct: Finder = {
  name: 'direct',
  find(ctx) {
    const { doc, tokens } = ctx;
    let prev: { draft: Draft; cueFirst: number; para: number } | undefined;
    const paraOf = (tok: number) => doc.sentences[tokens[tok]?.sentence ?? -1]?.paragraph ?? -1;
    const take = (d: Draft, q: Located) => {
      ctx.drafts.push(d);
      ctx.claimed.fill(1, q.openTok, q.closeTok + 1);
      if (d.frame.cueFirst >= 0) ctx.claimed.fill(1, d.frame.cueFirst, d.frame.cueEnd); // a cue serves one attribution
      return d;
    };
    for (const q of ctx.spans) {
      // A work's title is nobody's words: a fragment (so "wrote the novel “…”" stays a work) that no finder may take.
      if (namedWork(ctx, q)) { ctx.fragments.push(q); ctx.claimed.fill(1, q.openTok, q.closeTok + 1); prev = undefined; continue; }
      if (citation(ctx, q)) { ctx.fragments.push(q); prev = undefined; continue; }
      const speechLike = q.words >= 3 || /[.?!,]["”’']*$/.test(doc.norm.slice(q.start, q.end));
      const after = speechLike && (standsAlone(ctx, q) || afterOpeningAdjunct(ctx, q)) ? cueAfter(ctx, q) : undefined;
      const before = after ? undefined : cueBefore(ctx, q);
      const frame = after ?? before;
      if (before && prev && before.cueFirst === prev.cueFirst) {
        // “A,” he said, “B.” — a second quoted passage under the same cue.
        prev.draft = take(sameAttribution(prev.draft, q), q);
        continue;
      }
      // “The Internet Explorer 6 Countdown”, Microsoft has launched …: a title next to a verb that does not say is a name.
      if (frame && isTitleLike(ctx.tokens, q) && !isSayingLemma(ctx.tokens[frame.cueFirst]!.lemma)) { ctx.fragments.push(q); prev = undefined; continue; }
      if (frame && (speechLike || standsAlone(ctx, q))) {
        const d = take({ start: q.start, end: q.end, type: 'direct', frame, segments: q.segments, finder: 'direct' }, q);
        prev = { draft: d, cueFirst: frame.cueFirst, para: paraOf(q.closeTok) };
      } else if (standsAlone(ctx, q) && !headingParagraph(ctx, q) && (q.words >= 3 || (q.words >= 1 && q.closed && !q.single && endsWithStop(doc, q)))) {
        // A closed sentence in double marks on its own is said, however short (“It matters.”); a short one
        // ending in a comma is a title in a list (“Billions,” on Showtime, …), “…” or “?!” says nothing.
        if (prev && prev.para === paraOf(q.openTok) && continues(ctx, prev.draft, q) && endsItsSentence(ctx, q)) {
          // “A,” Clinton said. “B.” — the same statement goes on in the same paragraph.
          prev.draft = take(sameAttribution(prev.draft, q), q);
          continue;
        }
        const none: QuoteFrame = { side: 'none', cueFirst: -1, cueEnd: -1, limitFirst: q.openTok, limitEnd: q.closeTok + 1 };
        const d = take({ start: q.start, end: q.end, type: 'direct', frame: none, segments: q.segments, finder: 'direct' }, q);
        prev = { draft: d, cueFirst: -1, para: paraOf(q.closeTok) };
      } else {
        ctx.fragments.push(q);
        prev = undefined;
      }
    }
  },
};
