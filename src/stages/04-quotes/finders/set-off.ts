/**
 * Quotations set off from the text without quotation marks, as web pages print them:
 *   block quotes — a paragraph introduced by one that ends with a verb of saying and a colon
 *     ("In a statement, the Church denied these allegations:¶¶She certainly wasn't forced …");
 *   pull quotes — a paragraph that ends with its speaker's name on its own ("… the best
 *     opportunity to share in the history of the program. Charles Bolden, NASA Administrator").
 * Both are direct quotes of one paragraph; the colon-intro and trailing-name sieves name the speaker.
 */
import { isSayingLemma } from '../../../lexicon/cue-classes.js';
import { DOUBLE_MARKS, OPENING_MARKS } from '../../../lexicon/punctuation.js';
import { firstAtLeast } from '../../../sorted.js';
import type { Document, Mention, Segment, Token } from '../../../types.js';
import { type Finder, type FinderContext, free } from '../context.js';

/** Fewest words a set-off quotation holds: shorter paragraphs are captions, datelines, headings. */
const MIN_WORDS = 8;
/** Most tokens of a trailing attribution: a name, a comma and a role ("U.S. Senator (R-Texas)"). */
const MAX_TRAILER = 14;

const words = (tokens: Token[], a: number, b: number) => { let n = 0; for (let k = a; k < b; k++) if (tokens[k]!.kind === 'word') n++; return n; };
const hasMarks = (tokens: Token[], a: number, b: number) => { for (let k = a; k < b; k++) if (DOUBLE_MARKS.has(tokens[k]!.text)) return true; return false; };

/** The paragraph's own quotation, when the paragraph before introduces it with a verb of saying and a colon. */
function blockQuote(ctx: FinderContext, before: Segment, para: Segment): boolean {
  const { tokens, cueAt } = ctx;
  if (tokens[before.endToken - 1]?.text !== ':' || words(tokens, para.firstToken, para.endToken) < MIN_WORDS) return false;
  if (hasMarks(tokens, para.firstToken, para.endToken) || !free(ctx, para.firstToken, para.endToken)) return false;
  const s = ctx.doc.sentences[tokens[before.endToken - 1]!.sentence]!;
  for (let k = s.firstToken; k < before.endToken; k++) if (cueAt.has(k) && isSayingLemma(cueAt.get(k)!.lemma)) return true;
  return false;
}

/**
 * Where a block quote ends: before the first sentence with a verb of saying of its own, where the
 * article's narrative resumes ("… in the engine room. They also claimed Paris was a volunteer").
 */
function quotedPart(ctx: FinderContext, para: Segment): number {
  const { doc, tokens, cueAt } = ctx;
  let s = tokens[para.firstToken]!.sentence;
  for (let k = para.firstToken; k < para.endToken; k++) {
    if (tokens[k]!.sentence !== s) s = tokens[k]!.sentence;
    const c = cueAt.get(k);
    if (c && isSayingLemma(c.lemma) && doc.sentences[s]!.firstToken > para.firstToken) return doc.sentences[s]!.firstToken;
  }
  return para.endToken;
}

/** The mention that starts at token k, if one does (mentions are in text order: a binary search). */
export function mentionAt(doc: Document, k: number): Mention | undefined {
  const i = firstAtLeast(doc.mentions, (m) => m.start, doc.tokens[k]?.start ?? Infinity);
  const m = doc.mentions[i];
  return m?.firstToken === k ? m : undefined;
}

/** Where a trailing attribution starts: just after the paragraph's last full stop, a PERSON named there and no verb after. */
function trailingName(doc: Document, para: Segment): number | undefined {
  const { tokens } = doc;
  for (let k = para.endToken - 1; k > para.firstToken && para.endToken - k <= MAX_TRAILER; k--) {
    const t = tokens[k]!;
    if (/^[.!?]$/.test(t.text)) {
      if (k + 1 >= para.endToken) return undefined; // the paragraph ends with its full stop: no name after it
      if (/^\p{Lu}$/u.test(tokens[k - 1]?.text ?? '')) return undefined; // "Robert C. Scott": an initial, no full stop
      const m = mentionAt(doc, k + 1);
      // The name ends the paragraph, or a comma and a role follow it: "Charles Bolden, NASA Administrator".
      const after = m ? tokens[m.endToken] : undefined;
      return m?.type === 'PERSON' && (m.endToken >= para.endToken || after?.text === ',' || after?.text === '(') ? k + 1 : undefined;
    }
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}/u.test(t.text)) return undefined;
  }
  return undefined;
}

export const setOff: Finder = {
  name: 'set-off',
  find(ctx) {
    const { doc, tokens } = ctx;
    doc.paragraphs.forEach((para, p) => {
      const before = doc.paragraphs[p - 1];
      let first = para.firstToken;
      if (OPENING_MARKS.has(tokens[first]?.text ?? '')) first++;
      if (before && blockQuote(ctx, before, para)) {
        const end = quotedPart(ctx, para);
        ctx.drafts.push({ start: tokens[para.firstToken]!.start, end: tokens[end - 1]!.end, type: 'direct', finder: 'set-off',
          frame: { side: 'none', cueFirst: -1, cueEnd: -1, limitFirst: para.firstToken, limitEnd: end } });
        ctx.claimed.fill(1, para.firstToken, end);
        return;
      }
      const name = trailingName(doc, para);
      if (name === undefined || words(tokens, first, name) < MIN_WORDS || hasMarks(tokens, first, name) || !free(ctx, para.firstToken, name)) return;
      ctx.drafts.push({ start: tokens[para.firstToken]!.start, end: tokens[name - 1]!.end, type: 'direct', finder: 'set-off',
        frame: { side: 'none', cueFirst: -1, cueEnd: -1, limitFirst: name, limitEnd: para.endToken } });
      ctx.claimed.fill(1, para.firstToken, para.endToken);
    });
  },
};
