/**
 * Stage 3, entities: DATE mentions by pattern, proper-name runs typed by lexicons and shape, a
 * document-level pass for single words nothing spoke for (a surname seen in a full name is a person),
 * then grouping into entities with canonical names.
 */
import { CUE_LEMMAS } from '../../lexicon/reporting-verbs.js';
import type { Stage } from '../../pipeline.js';
import { fold } from '../../text.js';
import type { Document, EntityType, Mention } from '../../types.js';
import { findNameRuns } from './candidates.js';
import { type Candidate, classifyRun, toMention } from './classify.js';
import { dateValue } from './date-values.js';
import { findDates } from './dates.js';
import { groupMentions } from './group.js';

const typed = (c: Candidate): c is Candidate & { type: EntityType } => c.type !== 'UNKNOWN';

export const entities: Stage = {
  name: 'entities',
  requires: ['tokens', 'sentences'],
  provides: ['mentions', 'entities'],
  run(doc: Document) {
    const mentions: Mention[] = [];
    const inDate = new Uint8Array(doc.tokens.length);
    for (const d of findDates(doc)) {
      const m = toMention(doc, { type: 'DATE', first: d.first, end: d.end, weak: false, evidence: 'lexicon' });
      const value = dateValue(m.text, doc.dateReference);
      if (value) m.value = value;
      mentions.push(m);
      inDate.fill(1, d.first, d.end);
    }
    const candidates: Candidate[] = [];
    for (const run of findNameRuns(doc)) {
      let overlapsDate = false;
      for (let k = run.first; k < run.end; k++) if (inDate[k]) overlapsDate = true;
      if (!overlapsDate) candidates.push(...classifyRun(doc, run));
    }
    resolveUnknowns(doc, candidates);
    for (const c of candidates) if (typed(c)) mentions.push(toMention(doc, c));
    doc.mentions = mentions;
    groupMentions(doc);
  },
};

/**
 * Decide what shape alone could not: a word that is part of a person's full name elsewhere is that
 * person; a capitalized word before a reporting verb is a person; weak runs (sentence-initial,
 * headline) survive only with lexicon evidence or a match in the body.
 */
function resolveUnknowns(doc: Document, cands: Candidate[]): void {
  const personWords = new Set<string>();
  const known = new Map<string, EntityType>();
  const textOf = (c: Candidate) => fold(doc.text.slice(doc.tokens[c.first]!.start, doc.tokens[c.end - 1]!.end));
  for (const c of cands) {
    if (c.type === 'PERSON' && !c.weak && (c.end - c.first > 1 || c.evidence !== 'shape')) {
      for (const w of textOf(c).split(/[\s-]+/)) personWords.add(w);
    }
    if (c.type !== 'UNKNOWN' && !c.weak) known.set(textOf(c), c.type);
  }
  for (const c of cands) {
    const t = textOf(c);
    const body = known.get(t);
    if (c.type === 'UNKNOWN' || (c.weak && c.evidence === 'shape')) {
      const next = doc.tokens[c.end];
      const cueNext = next !== undefined && CUE_LEMMAS.get(next.lemma) === 'speech' && next.pos === 'VERB';
      if (body) c.type = body;
      else if (t.split(/[\s-]+/).every((w) => personWords.has(w))) c.type = 'PERSON';
      else if (cueNext && !c.weak) c.type = 'PERSON';
      else c.type = 'UNKNOWN';
    }
  }
}
