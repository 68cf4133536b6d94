/**
 * Reported and mixed speech around cues that no direct quotation took:
 *   A  CONTENT, NP said.  /  CONTENT, said NP.  /  CONTENT, according to NP.   (cue ends the sentence)
 *   B  According to NP, CONTENT.
 *   C  NP said [to reporters] [that] CONTENT  /  NP told NP that CONTENT  /  …, insisting that CONTENT
 *   D  NP rejected X as “FRAGMENT”  /  called it “FRAGMENT”                    (quoted fragment only)
 * A content clause holding a quoted fragment is a partial quote; one without is indirect. Earlier
 * patterns claim their tokens first, so a cue nested inside a content clause adds no second quote.
 */
import { HEARER_VERBS } from '../../lexicon/reporting-verbs.js';
import type { Document, QuoteFrame, Token } from '../../types.js';
import { clauseEnd, isClause, isVerb, skipAdjuncts, trimContent } from './clauses.js';
import type { Cue } from './cues.js';
import type { Located } from './direct.js';
import { type Draft, NP_POS } from './draft.js';

const TO_VERBS = new Set(['promise', 'vow', 'pledge', 'threaten', 'urge', 'ask', 'tell', 'agree', 'refuse', 'offer',
  'warn', 'want', 'hope', 'expect', 'claim', 'decline', 'demand', 'plan', 'call']);
const CLOSERS = new Set(['”', '"', '’', "'", '»']);

/** Skip a noun phrase of at most `max` tokens starting at k. */
function skipNP(tokens: Token[], k: number, end: number, max = 6): number {
  let j = k;
  while (j < end && j - k < max && NP_POS.has(tokens[j]!.pos) && tokens[j]!.lower !== 'that') j++;
  return j;
}

export function reportedSpeech(doc: Document, cues: Cue[], claimed: Uint8Array, fragments: Located[]): Draft[] {
  const { tokens } = doc;
  const drafts: Draft[] = [];
  const absorbed = new Set<Located>();
  const used = new Set<Cue>();
  const free = (a: number, b: number) => { for (let k = a; k < b; k++) if (claimed[k]) return false; return true; };
  const fragsIn = (a: number, b: number) => fragments.filter((f) => f.openTok >= a && f.closeTok < b);

  const add = (first: number, end: number, cue: Cue, side: QuoteFrame['side'], pattern: string, limit: [number, number]) => {
    const opensInside = (closeTok: number) => fragments.some((f) => f.closeTok === closeTok && f.openTok >= first);
    end = trimContent(tokens, first, end, opensInside);
    while (first < end && (tokens[first]!.text === ',' || tokens[first]!.text === ':')) first++;
    for (let k = first; k < end; k++) if (claimed[k]) { end = k; break; } // stop at a direct quotation
    end = trimContent(tokens, first, end, opensInside);
    if (end - first < 2) return false;
    const inner = fragsIn(first, end);
    inner.forEach((f) => absorbed.add(f));
    drafts.push({
      start: tokens[first]!.start, end: tokens[end - 1]!.end, type: inner.length ? 'partial' : 'indirect',
      frame: { side, cueFirst: cue.first, cueEnd: cue.end, limitFirst: limit[0], limitEnd: limit[1] }, pattern,
    });
    claimed.fill(1, first, end);
    claimed.fill(1, cue.first, cue.end);
    used.add(cue);
    return true;
  };

  // A: the cue closes the sentence; the content is what came before the comma.
  for (const c of cues) {
    const s = doc.sentences[tokens[c.first]!.sentence]!;
    const after = skipAdjuncts(tokens, skipNP(tokens, c.end, s.endToken, c.lemma === 'according to' ? 8 : 5), s.endToken);
    if (after < s.endToken && !/^[.!?,]$/.test(tokens[after]!.text)) continue;
    let comma = c.first - 1;
    const inverted = tokens[comma]?.text === ',' && after > c.end;
    if (!inverted) while (comma >= s.firstToken && (NP_POS.has(tokens[comma]!.pos) || tokens[comma]!.pos === 'ADV' || tokens[comma]!.pos === 'AUX')) comma--;
    if (tokens[comma]?.text !== ',' || comma - s.firstToken < 3 || (!inverted && comma === c.first - 1)) continue;
    const side = inverted || c.lemma === 'according to' ? 'after' : 'before';
    add(s.firstToken, comma, c, side, 'content-cue', [comma + 1, s.endToken]);
  }
  // B and C: the content follows the cue.
  for (const c of cues) {
    if (used.has(c) || claimed[c.first]) continue;
    const s = doc.sentences[tokens[c.first]!.sentence]!;
    if (c.lemma === 'according to') {
      const np = skipNP(tokens, c.end, s.endToken, 8);
      if (tokens[np]?.text === ',') add(np + 1, clauseEnd(tokens, np + 1, s.endToken), c, 'after', 'according-to', [c.end, np]);
      continue;
    }
    let k = c.end;
    if (HEARER_VERBS.has(c.lemma) && tokens[k]?.lower !== 'that') k = skipNP(tokens, k, s.endToken);
    k = skipAdjuncts(tokens, k, s.endToken);
    const side = participle(tokens, c) ? 'participle' : 'before';
    const limit: [number, number] = [s.firstToken, c.first];
    const t = tokens[k];
    if (!t || k >= s.endToken) continue;
    if (c.cls !== 'label' && (t.lower === 'that' || t.text === ':') && k + 1 < s.endToken) {
      add(k + 1, clauseEnd(tokens, k + 1, s.endToken), c, side, 'cue-that', limit);
    } else if (c.cls !== 'label' && isClause(tokens, k, s.endToken)) {
      add(k, clauseEnd(tokens, k, s.endToken), c, side, 'cue-clause', limit);
    } else if (t.lower === 'to' && isVerb(tokens[k + 1]) && TO_VERBS.has(c.lemma)) {
      add(k, clauseEnd(tokens, k, s.endToken), c, side, 'cue-to', limit);
    }
  }
  // D: a quoted fragment after a cue in its sentence, outside any content clause. Titles and
  // nicknames (“Silent Rivers”, “Shorty”) and lone scare-quoted words are not speech.
  for (const f of fragments) {
    if (absorbed.has(f) || !free(f.openTok, f.closeTok + 1) || isTitleLike(tokens, f)) continue;
    const before = tokens[f.openTok - 1]?.lower ?? '';
    if (f.words < 2 && !['as', 'it', 'him', 'her', 'them', 'this', 'that'].includes(before) && !cues.some((c) => c.end === f.openTok)) continue;
    const s = doc.sentences[tokens[f.openTok]!.sentence]!;
    const cue = [...cues].reverse().find((c) => c.first < f.openTok && c.first >= Math.max(s.firstToken, f.openTok - 12) && !claimed[c.first]);
    if (!cue) continue;
    const inner = f.closed ? f.end : tokens[f.closeTok]!.end;
    drafts.push({
      start: f.start, end: inner, type: 'partial', pattern: 'cue-fragment',
      frame: { side: participle(tokens, cue) ? 'participle' : 'before', cueFirst: cue.first, cueEnd: cue.end, limitFirst: s.firstToken, limitEnd: cue.first },
    });
    claimed.fill(1, f.openTok, f.closeTok + 1);
  }
  return drafts;
}

/** Every word capitalized: a title or a name in quotation marks, not a quotation. */
function isTitleLike(tokens: Token[], f: Located): boolean {
  let words = 0;
  for (let k = f.openTok + 1; k < f.closeTok; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || ['a', 'an', 'the', 'of', 'in', 'on', 'and', 'to', 'for'].includes(t.lower)) continue;
    if (!/^\p{Lu}/u.test(t.text)) return false;
    words++;
  }
  return words > 0 && words <= 8;
}

/** "…, insisting that" / "… and added that": the cue's subject is the clause's subject. */
function participle(tokens: Token[], c: Cue): boolean {
  let p = c.first - 1;
  while (p >= 0 && tokens[p]!.pos === 'ADV') p--;
  const prev = tokens[p];
  if (!prev) return false;
  const ing = tokens[c.first]!.lower.endsWith('ing');
  if (prev.lower === 'and' || prev.lower === 'but') return true;
  if (ing && prev.text === ',') return true;
  return ing && CLOSERS.has(prev.text) && /,\s*$/.test(tokens[p - 1]?.text ?? '');
}
