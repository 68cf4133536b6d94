/**
 * Stage 5, attribute: run the sieves in order; each quote keeps the first attribution it gets, with
 * the rule that made it and a confidence. A quote whose best attribution falls under the floor gets
 * `speaker: null`.
 */
import type { Stage } from '../../pipeline.js';
import { tokenAt } from '../../tokens.js';
import type { Document, Entity, Quote } from '../../types.js';
import type { ResolveContext } from './resolve.js';
import { CONFIDENCE_FLOOR, SIEVES } from './rules.js';
import { type AttributionClass, DOCUMENT_SOURCES, FINDING_SOURCES, QUOTATION_CLASSES } from '../../lexicon/cue-classes.js';

export const attribute: Stage = {
  name: 'attribute',
  requires: ['quotes', 'entities'],
  provides: ['speakers'],
  run(doc: Document) {
    const ctx = context(doc);
    const done = new Set<number>();
    for (const sieve of SIEVES) {
      doc.quotes.forEach((q, i) => {
        if (done.has(i)) return;
        const a = sieve.apply(ctx, q, i, doc.quotes);
        if (!a) return;
        done.add(i);
        q.rule = a.rule;
        q.resolution = a.how;
        q.confidence = a.confidence;
        q.speaker = a.confidence >= CONFIDENCE_FLOOR ? a.speaker : null;
        if (!q.speaker) q.unconfirmed = a.speaker;
        const at = q.frame && q.frame.cueFirst >= 0 ? q.frame.cueFirst : tokenAt(doc.tokens, q.start);
        if (q.speaker) ctx.history.push({ speaker: q.speaker, at });
      });
      ctx.history.sort((a, b) => a.at - b.at);
    }
    for (const [i, q] of doc.quotes.entries()) {
      if (done.has(i)) continue;
      q.rule = 'none';
      q.confidence = 0;
    }
    // Quotes of one attribution (“A,” she said. “B.”) share what their first quote got.
    const leads = new Map<string, Quote>();
    for (const q of doc.quotes) {
      const lead = leads.get(q.attribution);
      if (!lead) { leads.set(q.attribution, q); continue; }
      q.speaker = lead.speaker;
      q.rule = lead.rule;
      q.confidence = lead.confidence;
      q.resolution = lead.resolution;
    }
    for (const q of doc.quotes) q.class = bySource(doc, q);
    if (doc.options.attributions !== 'all') doc.quotes = doc.quotes.filter((q) => QUOTATION_CLASSES.has(q.class));
  },
};

/**
 * What a source's words are, once the source is known: a poll, a study or data that "suggests",
 * "estimates" or "indicates" reports a finding ("Estimates suggest …"); a memo or a letter that
 * says something is writing.
 */
function bySource(doc: Document, q: Quote): AttributionClass {
  const s = q.speaker ?? q.unconfirmed;
  if ((q.class !== 'speech' && q.class !== 'writing') || !s?.mention || (s.kind !== 'unnamed' && s.kind !== 'group' && s.kind !== 'organization')) return q.class;
  const words = s.mention.text.toLowerCase().split(/\s+/);
  // The head noun: the last word, or the one before "of" ("results of the poll": the results).
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1]! : words[words.length - 1]!;
  const lemma = q.frame && q.frame.cueFirst >= 0 ? doc.tokens[q.frame.cueFirst]!.lemma : '';
  if (FINDING_SOURCES.has(head) && EVIDENTIAL.has(lemma)) return 'finding';
  if (DOCUMENT_SOURCES.has(head) && q.type !== 'direct') return 'writing';
  return q.class;
}

/** Verbs of saying that report a finding when the source is a poll, a study or data. */
const EVIDENTIAL = new Set(['suggest', 'estimate', 'indicate', 'reveal', 'conclude', 'predict', 'project', 'confirm']);

function context(doc: Document): ResolveContext {
  const inQuote = new Uint8Array(doc.tokens.length);
  for (const q of doc.quotes) {
    if (q.type !== 'direct') continue;
    for (const [a, b] of q.segments ?? [[q.start, q.end]]) inQuote.fill(1, tokenAt(doc.tokens, a), tokenAt(doc.tokens, b));
  }
  const mentionAt = new Int32Array(doc.tokens.length).fill(-1);
  doc.mentions.forEach((m, i) => { if (m.type !== 'DATE') mentionAt.fill(i, m.firstToken, m.endToken); });
  const entityById = new Map<string, Entity>(doc.entities.map((e) => [e.id, e]));
  return { doc, inQuote, mentionAt, entityById, history: [] };
}
