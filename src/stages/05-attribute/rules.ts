/**
 * Attribution sieves, in order (CoreNLP's QuoteAttributionAnnotator style): each runs over the quotes
 * earlier sieves left without a speaker, and each names itself in the result with a base confidence.
 */
import { CUE_THRESHOLD, cueProbability } from '../../lexicon/reporting-verbs.js';
import { QUOTATION_CLASSES } from '../../lexicon/cue-classes.js';
import { firstAtLeast } from '../../sorted.js';
import { tokenAt } from '../../tokens.js';
import type { Mention, Quote, RuleName, Speaker } from '../../types.js';
import { confidenceFor } from './calibration.js';
import { type ResolveContext, type Resolved, resolvePhrase } from './resolve.js';
import { RELATIVE, headsClause, isFiniteVerb, phraseAfter, subjectBefore } from '../../grammar/phrases.js';
import { speakerPhrase } from './subject.js';
import { transcriptLabel } from '../04-quotes/finders/transcript.js';
import { displayName, span } from '../../text.js';

/** The rules a sieve can record (`none` and `correction` are set outside the sieves). */
export type SieveRule = Exclude<RuleName, 'none' | 'correction'>;

export interface Attribution extends Resolved {
  rule: SieveRule;
  confidence: number;
}

export interface Sieve {
  name: string;
  apply(ctx: ResolveContext, q: Quote, index: number, quotes: Quote[]): Attribution | undefined;
}

const RULE_BY_SIDE = { before: 'cue-subject', after: 'cue-inverted', participle: 'cue-participle', none: '' } as const;
/** Prior confidence of each rule, before calibration on annotated news (calibration.ts). */
const BASE: Record<SieveRule, number> = {
  'transcript-label': 0.9, 'cue-subject': 0.95, 'cue-inverted': 0.95, 'according-to': 0.95, 'cue-participle': 0.85, 'colon-intro': 0.85, 'colon-name': 0.75,
  'dash-name': 0.8, 'trailing-name': 0.8, 'sentence-subject': 0.7, 'same-paragraph': 0.75, 'continuation': 0.65, 'nearest-speaker': 0.45,
};

/** The result of a sieve, with its calibrated confidence. */
function result(q: Quote, r: Resolved | undefined, rule: SieveRule): Attribution | undefined {
  // Written out, not { ...r, rule, … }: a spread that adds properties is ~40× slower in V8 11 (Node 20).
  // The speaker too, in one shape: the resolvers build it in several (spreads, optional entity and mention).
  if (!r) return undefined;
  const s = r.speaker;
  return { speaker: { name: s.name, kind: s.kind, entity: s.entity, mention: s.mention }, how: r.how, rule, confidence: confidenceFor(q.finder, q.complement, rule, r.how, q.cueLemma ?? '', BASE[rule]) };
}

/** Speaker at the quote's own cue. */
const cue: Sieve = {
  name: 'cue',
  apply(ctx, q) {
    const f = q.frame;
    if (!f || f.side === 'none') return undefined;
    const p = speakerPhrase(ctx.doc, f, ctx.inQuote, q);
    if (!p) return undefined;
    const according = ctx.doc.tokens[f.cueFirst]!.lower === 'according';
    return result(q, resolvePhrase(ctx, p), according ? 'according-to' : RULE_BY_SIDE[f.side]);
  },
};

/** "KATE BOLDUAN" → "Kate Bolduan". */
const titleCase = (s: string) => s.replace(/\p{L}+/gu, (w) => w[0] + w.slice(1).toLowerCase());

/** "WALLACE: …" — a transcript turn is its labelled speaker's. */
const transcriptSpeaker: Sieve = {
  name: 'transcript-label',
  apply(ctx, q) {
    const { doc } = ctx;
    const { tokens } = doc;
    const p = doc.sentences[tokens[tokenAt(tokens, q.start)]?.sentence ?? -1]?.paragraph;
    const label = p === undefined ? undefined : transcriptLabel(doc, p);
    if (!label || q.start < tokens[label.colon]!.end) return undefined;
    const mention = span(doc.text, tokens[label.first]!.start, tokens[label.end - 1]!.end);
    const e = label.entity ? ctx.entityById.get(label.entity) : undefined;
    const speaker = e ? { name: e.name, kind: 'person' as const, entity: e.id, mention } : { name: titleCase(displayName(mention.text)), kind: 'person' as const, mention };
    return result(q, { speaker, how: e ? 'name' : 'phrase' }, 'transcript-label');
  },
};

/** A set-off quotation that ends with its speaker's name: "… the history of the program. Charles Bolden, NASA Administrator". */
const trailingName: Sieve = {
  name: 'trailing-name',
  apply(ctx, q) {
    const f = q.frame;
    if (q.finder !== 'set-off' || !f || f.limitFirst >= f.limitEnd) return undefined;
    const p = phraseAfter(ctx.doc.tokens, f.limitFirst, f.limitEnd);
    return p && ctx.mentionAt[p.first]! >= 0 ? result(q, resolvePhrase(ctx, { first: p.first, end: mentionEnd(ctx, p.first) }), 'trailing-name') : undefined;
  },
};

/** The end token of the mention at token `k`. */
const mentionEnd = (ctx: ResolveContext, k: number) => ctx.doc.mentions[ctx.mentionAt[k]!]!.endToken;

/** “…” — Name, or Name: “…” */
const punctuationName: Sieve = {
  name: 'punctuation-name',
  apply(ctx, q) {
    const { tokens } = ctx.doc;
    const close = tokenAt(tokens, q.end - 1);
    const dash = tokens[close + 1];
    const paraOf = (t: number) => ctx.doc.sentences[tokens[t]?.sentence ?? -1]?.paragraph;
    if (dash && /^[—–―-]$/.test(dash.text) && paraOf(close + 2) === paraOf(close)) {
      const p = phraseAfter(tokens, close + 2, Math.min(tokens.length, close + 8));
      if (p && ctx.mentionAt[p.first]! >= 0) return result(q, resolvePhrase(ctx, p), 'dash-name');
    }
    const open = tokenAt(tokens, q.start);
    const colon = open - 1;
    if (tokens[colon]?.text !== ':') return undefined;
    // "Cruz continued:" / "The email goes on to say:" (any verb) — or a bare "NY Daily News:".
    const s = ctx.doc.sentences[tokens[colon]!.sentence]!;
    // The reporting verb of the intro: a known cue if there is one, else its first finite verb.
    let verb = -1;
    for (let v = s.firstToken; v < colon; v++) {
      if ((cueProbability(tokens[v]!.lemma) ?? 0) >= CUE_THRESHOLD && tokens[v]!.pos === 'VERB') { verb = v; break; }
      if (verb < 0 && isFiniteVerb(tokens, v)) verb = v;
    }
    if (verb >= 0) {
      // "Stated Stone:", "Said Trump:": an inverted cue opening its sentence has its speaker after it.
      const p = subjectBefore(tokens, verb, s.firstToken) ?? (verb === s.firstToken ? phraseAfter(tokens, verb + 1, colon) : undefined);
      return p ? result(q, resolvePhrase(ctx, p), 'colon-intro') : undefined;
    }
    const p = subjectBefore(tokens, colon, s.firstToken);
    return p ? result(q, resolvePhrase(ctx, p), 'colon-name') : undefined;
  },
};

/**
 * A quotation with no cue that follows a sentence about someone, in the same paragraph, is theirs:
 * "Sen. Bernie Sanders identified young voters' exhaustion as a reason. “The younger people …”"
 */
const sentenceSubject: Sieve = {
  name: 'sentence-subject',
  apply(ctx, q) {
    if (q.type !== 'direct' || q.frame?.side !== 'none') return undefined;
    const { tokens, sentences } = ctx.doc;
    const open = tokenAt(tokens, q.start);
    const here = tokens[open]!.sentence;
    const s = sentences[here];
    const before = sentences[here - 1];
    // The sentence just before, in the same paragraph or ending the one before it.
    if (!s || !before || open !== s.firstToken || s.paragraph - before.paragraph > 1) return undefined;
    for (let j = before.firstToken; j < before.endToken; j++) {
      if (ctx.inQuote[j] || !headsClause(tokens, j)) continue;
      // "Lynch announced …": a capitalized first word read as a verb before the verb is its subject.
      if (j === before.firstToken && /^\p{Lu}/u.test(tokens[j]!.text) && headsClause(tokens, j + 1)) continue;
      const p = subjectBefore(tokens, j, before.firstToken);
      if (p && p.end - p.first === 1 && RELATIVE.has(tokens[p.first]!.lower)) continue; // "Cole, who lost …, looked": the main verb's subject
      const r = p ? resolvePhrase(ctx, p) : undefined;
      return r && SENTENCE_SUBJECT_KINDS.has(r.speaker.kind) ? result(q, r, 'sentence-subject') : undefined;
    }
    return undefined;
  },
};
const SENTENCE_SUBJECT_KINDS = new Set(['person']);

/**
 * A quotation with no speaker of its own continues the speaker of the quotation before it: in the
 * same paragraph (`same-paragraph`), or — a direct quote — in the paragraph before (`continuation`)
 * or the one before that (`nearest-speaker`).
 */
const previousSpeaker: Sieve = {
  name: 'previous-speaker',
  apply(ctx, q, i, quotes) {
    const { doc } = ctx;
    const para = (offset: number) => doc.sentences[doc.tokens[tokenAt(doc.tokens, offset)]?.sentence ?? -1]?.paragraph ?? -1;
    const here = para(q.start);
    const prev = quotes[lastWithSpeaker(quotes, i)];
    if (!prev?.speaker) return undefined;
    const gap = here - para(prev.start);
    const inherited: Resolved = { speaker: latestMention(ctx, prev.speaker, q.start), how: 'inherited' };
    if (gap === 0) return result(q, inherited, 'same-paragraph');
    if (gap === 1 && q.type === 'direct') return result(q, inherited, 'continuation');
    if (gap <= 2 && q.type === 'direct') return result(q, inherited, 'nearest-speaker');
    return undefined;
  },
};

/** How far each document's quotes have been read, and the last one with a speaker among them. */
const spoken = new WeakMap<Quote[], { next: number; last: number }>();

/**
 * Index of the last quote before `i` with a speaker (-1: none). The sieve visits a document's quotes
 * once, in order, so the quotes before `i` are settled and each is read once: scanning back from every
 * quote past the unattributed ones was quadratic in a long paragraph of them.
 */
function lastWithSpeaker(quotes: Quote[], i: number): number {
  let s = spoken.get(quotes);
  if (!s || s.next > i) spoken.set(quotes, (s = { next: 0, last: -1 }));
  // A belief or an act before it is no one's words: only quotations are continued.
  for (; s.next < i; s.next++) if (quotes[s.next]!.speaker && QUOTATION_CLASSES.has(quotes[s.next]!.class)) s.last = s.next;
  return s.last;
}

/** The speaker as last named before `before` (the mention nearest the quote, not the earlier quote's). */
function latestMention(ctx: ResolveContext, speaker: Speaker, before: number): Speaker {
  if (!speaker.entity || !speaker.mention) return speaker;
  let best: Mention | undefined;
  const { mentions } = ctx.doc; // in text order: start at the speaker's mention, not at the top
  for (let i = firstAtLeast(mentions, (m) => m.start, speaker.mention.start + 1); i < mentions.length && mentions[i]!.start < before; i++) {
    const m = mentions[i]!;
    if (m.entity === speaker.entity && !ctx.inQuote[m.firstToken]) best = m;
  }
  // A subject pronoun of the speaker's gender after that is nearer still ("… she added. “…”").
  const gender = ctx.entityById.get(speaker.entity)?.gender;
  const { tokens } = ctx.doc;
  let at: [number, number] | undefined = best ? [best.start, best.end] : undefined;
  const prons = gender === 'm' ? ['he'] : gender === 'f' ? ['she'] : speaker.kind === 'organization' || speaker.kind === 'country' ? ['it', 'they'] : [];
  if (prons.length) {
    for (let k = tokenAt(tokens, best?.end ?? speaker.mention.end); k < tokens.length && tokens[k]!.start < before; k++) {
      if (prons.includes(tokens[k]!.lower) && !ctx.inQuote[k]) at = [tokens[k]!.start, tokens[k]!.end];
    }
  }
  return at ? { ...speaker, mention: span(ctx.doc.text, at[0], at[1]) } : speaker;
}

export const SIEVES: readonly Sieve[] = [cue, transcriptSpeaker, trailingName, punctuationName, sentenceSubject, previousSpeaker];

/** Below this, a quote gets `speaker: null` rather than a guess. */
export const CONFIDENCE_FLOOR = 0.3;
