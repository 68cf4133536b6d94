/**
 * Headline claims: a title that opens with its source and a colon ("Graham: Trump's rhetoric is
 * destroying the party's chances", "Poll: Sanders leads in Iowa") reports that source's words. Only
 * the article's first paragraph, only when short, and never a kicker ("Exclusive:", "Watch:") or a
 * dateline in capitals ("WASHINGTON:").
 */
import { CLOSE_SINGLE, DOUBLE_MARKS, OPEN_SINGLE } from '../../../lexicon/punctuation.js';
import type { Token } from '../../../types.js';
import type { Finder, FinderContext } from '../context.js';
import type { Draft } from '../draft.js';

const KICKERS = new Set(['exclusive', 'watch', 'video', 'photos', 'update', 'updated', 'breaking', 'analysis', 'opinion',
  'editorial', 'review', 'live', 'listen', 'read', 'factbox', 'explainer', 'q&a', 'timeline', 'correction', 'full text', 'transcript']);
/** Marks that quote inside a headline (a straight ' is too often an apostrophe there). */
const QUOTE_MARKS = new Set([...DOUBLE_MARKS, ...OPEN_SINGLE, ...CLOSE_SINGLE]);
const LABEL_WORDS = 4;
const HEADLINE_TOKENS = 40;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\s.'’-]*$/u;

export const headline: Finder = {
  name: 'headline',
  find(ctx) {
    const claim = headlineClaim(ctx);
    if (claim) ctx.drafts.push(claim);
  },
};

function headlineClaim(ctx: FinderContext): Draft | undefined {
  const { doc, tokens, drafts } = ctx;
  const para = doc.paragraphs[0];
  if (!para || para.endToken - para.firstToken > HEADLINE_TOKENS) return undefined;
  const first = para.firstToken;
  let colon = first;
  while (colon < para.endToken && colon - first < LABEL_WORDS && isLabelWord(tokens[colon]!)) colon++;
  if (colon === first || tokens[colon]?.text !== ':' || para.endToken - colon < 4) return undefined;
  const label = doc.text.slice(tokens[first]!.start, tokens[colon - 1]!.end);
  if (!/^\p{Lu}/u.test(label) || KICKERS.has(label.toLowerCase()) || ALL_CAPS.test(label)) return undefined;
  let end = para.endToken;
  while (end > colon + 1 && /^[.!?]$/.test(tokens[end - 1]!.text)) end--;
  const start = tokens[colon + 1]!.start;
  const stop = tokens[end - 1]!.end;
  // A quotation already found in the headline is part of the claim, not a quote of its own.
  const inside = drafts.filter((d) => d.start >= start && d.end <= stop);
  if (drafts.some((d) => !inside.includes(d) && d.end > tokens[first]!.start && d.start < stop)) return undefined;
  for (const d of inside) drafts.splice(drafts.indexOf(d), 1);
  const quoted = inside.length > 0 || tokens.slice(colon + 1, end).some((t) => t.pos === 'PUNCT' && QUOTE_MARKS.has(t.text));
  return { start, end: stop, type: quoted ? 'partial' : 'indirect', finder: 'headline',
    frame: { side: 'before', cueFirst: colon, cueEnd: colon + 1, limitFirst: first, limitEnd: colon } };
}

function isLabelWord(t: Token): boolean {
  return t.kind === 'word' && t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'ADP' && t.pos !== 'PRON';
}
