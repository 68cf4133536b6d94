/**
 * "In an NBC News/Wall Street Journal poll released Monday, 50 percent chose Clinton": a sentence
 * that opens with "In" and a document, then a clause with no verb of saying of its own, reports what
 * the document holds (a finding of a poll, the words of a letter).
 */
import { CUE_LEMMAS } from '../../../lexicon/reporting-verbs.js';
import { clauseEnd, isClause } from '../../../grammar/clauses.js';
import type { Token } from '../../../types.js';
import type { Finder } from '../context.js';
import type { Cue } from '../cues.js';
import { addReport } from '../report.js';

/** Prior that "In <a document>, <clause>" reports what the document says. */
const SOURCE_OPENING_P = 0.6;
/** Most tokens between "In" and its comma. */
const MAX_OPENING = 14;
const DOCUMENT_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'report', 'analysis', 'memo', 'filing', 'filings',
  'document', 'documents', 'letter', 'statement', 'audit', 'review', 'census', 'count', 'tally', 'estimate', 'estimates',
  'data', 'results', 'records', 'findings', 'complaint', 'lawsuit', 'indictment', 'ruling', 'opinion', 'brief']);

/** The comma ending an opening "In <a document> …," when the sentence has one and no verb of saying after it. */
function sourceOpening(tokens: Token[], first: number, end: number): number | undefined {
  if (tokens[first]?.lower !== 'in') return undefined;
  let comma = first + 1;
  let doc = false;
  while (comma < end && comma - first <= MAX_OPENING && tokens[comma]!.text !== ',') {
    if (DOCUMENT_NOUNS.has(tokens[comma]!.lower) && tokens[comma]!.pos === 'NOUN') doc = true;
    comma++;
  }
  if (!doc || tokens[comma]?.text !== ',' || !isClause(tokens, comma + 1, end)) return undefined;
  for (let j = comma + 1; j < end; j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' && CUE_LEMMAS.get(t.lemma) === 'speech') return undefined;
  }
  return comma;
}

export const sourceOpeningFinder: Finder = {
  name: 'source-opening',
  find(ctx) {
    const { tokens, claimed } = ctx;
    for (const s of ctx.doc.sentences) {
      const comma = sourceOpening(tokens, s.firstToken, s.endToken);
      if (comma === undefined || claimed.subarray(comma + 1, s.endToken).includes(1)) continue;
      const cue: Cue = { first: s.firstToken, end: s.firstToken + 1, lemma: 'in', cls: 'evidence', p: SOURCE_OPENING_P };
      addReport(ctx, [[comma + 1, clauseEnd(tokens, comma + 1, s.endToken)]], cue, { finder: 'source-opening', side: 'after', limit: [cue.end, comma] });
    }
  },
};
