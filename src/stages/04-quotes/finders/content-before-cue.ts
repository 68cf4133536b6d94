/**
 * Reported speech whose content stands before its cue, or around it:
 *   CONTENT, NP said [on Tuesday].  /  CONTENT, said NP.  /  CONTENT, according to NP.
 *   CONTENT-1, NP said, CONTENT-2.          (a cue set inside its content: one quote, two segments)
 *   CONTENT, as NP put it.                  (the last clause before "as")
 * A verb closing its sentence after a comma and a subject reports the clause before it whatever it
 * usually does ("…, a new poll found."). "CONTENT, according to NP" is recorded by the according-to
 * finder, which calls `contentBefore` for it.
 */
import { CONTENT_BEFORE_THRESHOLD, CUE_LEMMAS, CUE_THRESHOLD, kindProbability } from '../../../lexicon/reporting-verbs.js';
import { CLOSING_MARKS, OPENING_MARKS } from '../../../lexicon/punctuation.js';
import { PRONOUNS } from '../../../lexicon/roles.js';
import { type Phrase, RELATIVE, headsClause, isFiniteVerb, phraseAfter, subjectBefore } from '../../../grammar/phrases.js';
import { clauseEnd, isClause, skipAdjuncts } from '../../../grammar/clauses.js';
import type { Token } from '../../../types.js';
import type { Finder, FinderContext } from '../context.js';
import { addReport } from '../report.js';

/** After a cue, is the rest of the stretch only adjuncts (no verb, no new clause, no quotation)? */
function adjunctTail(tokens: Token[], from: number, end: number): number | undefined {
  for (let j = from; j < end; j++) {
    const t = tokens[j]!;
    if (t.text === ',' && j + 1 < end) return j; // a comma ends the cue's phrase; the caller decides
    if (isFiniteVerb(tokens, j) || t.lower === 'that' || OPENING_MARKS.has(t.text) || t.text === ':' || t.text === ';' || j - from > 25) return undefined;
  }
  return end;
}

/** Where an "according to" source ends: at its comma or the sentence end; undefined at a quotation or a clause. */
function sourceEnd(tokens: Token[], from: number, end: number): number | undefined {
  for (let j = from; j < end && j - from <= 25; j++) {
    const t = tokens[j]!;
    if (t.text === ',' && j + 1 < end) return j;
    if (OPENING_MARKS.has(t.text) || t.lower === 'that' || t.text === ':' || t.text === ';') return undefined;
    if (/^[.!?]$/.test(t.text)) return j;
  }
  return undefined;
}

/** Does a predicate (a finite verb or an auxiliary, after adverbs) start at k: "celebrated", "often is"? */
export function startsPredicate(tokens: Token[], k: number): boolean {
  while (tokens[k]?.pos === 'ADV') k++;
  const t = tokens[k];
  return !!t && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing')));
}

/** The start of the last comma-separated clause in [first, end), else `first`. */
function lastClause(tokens: Token[], first: number, end: number): number {
  for (let j = end - 1; j > first; j--) if (tokens[j]!.text === ',' && isClause(tokens, j + 1, end)) return j + 1;
  return first;
}

/** ", NP" or ",” NP": a comma before token k, possibly inside a closing mark. */
const commaBefore = (tokens: Token[], k: number) => tokens[k - 1]?.text === ',' || (CLOSING_MARKS.has(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === ',');

/**
 * Does a stretch hold a finite verb outside its comma inserts? "The Europeans, who had been cut out
 * of the talks" and "Trump, appearing after Clinton" do not: they are a subject and its insert.
 */
function hasMainVerb(tokens: Token[], first: number, end: number): boolean {
  let insert = false;
  for (let j = first; j < end; j++) {
    const t = tokens[j]!;
    if (t.text === ',') {
      const n = tokens[j + 1];
      insert = !!n && (RELATIVE.has(n.lower) || n.lower === 'whose' || (n.pos === 'VERB' && /ing$/.test(n.lower)));
      continue;
    }
    // "Clinton, a former secretary of state, attended …": a verb right after an appositive heads the clause.
    if (!insert && (headsClause(tokens, j) || OPENING_MARKS.has(t.text))) return true;
  }
  return false;
}

/**
 * A verb of saying with its own subject among the cues before cue `ci`, in (sentenceFirst, before),
 * that the late cue only repeats ("she said"). A late cue with a new speaker is an outer report of
 * the whole clause: "Clinton had told police that …, the source added". Cues are in text order.
 */
function earlierSaying(ctx: FinderContext, ci: number, sentenceFirst: number, before: number, late?: Phrase): boolean {
  const { tokens, cues, claimed } = ctx;
  for (let oi = ci - 1; oi >= 0 && cues[oi]!.first > sentenceFirst; oi--) {
    const o = cues[oi]!;
    // "Those discussions are continuing, he said": a progressive reports nothing here.
    if (o.first >= before || claimed[o.first] || CUE_LEMMAS.get(o.lemma) !== 'speech' || tokens[o.first]!.lower.endsWith('ing')) continue;
    const subject = subjectBefore(tokens, o.first, sentenceFirst);
    if (subject && !(late && newSpeaker(tokens, late, subject))) return true;
  }
  return false;
}

/** Is `late` someone other than `earlier`: a noun phrase, not a pronoun, sharing no word with it? */
function newSpeaker(tokens: Token[], late: Phrase, earlier: Phrase): boolean {
  const words = (p: Phrase) => tokens.slice(p.first, p.end).filter((t) => t.kind === 'word' && t.pos !== 'DET').map((t) => t.lower);
  const l = words(late);
  if (!l.length || (late.end - late.first === 1 && PRONOUNS[tokens[late.first]!.lower] !== undefined)) return false;
  const e = new Set(words(earlier));
  return !l.some((w) => e.has(w));
}

/** Words that open a description of the speaker after "…, said NAME,": "a professor …", "who …". */
const SPEAKER_APPOSITION: ReadonlySet<string> = new Set(['a', 'an', 'the', 'who', 'whose', 'which']);

/** Report the content before cue `ci` (the ci-th of ctx.cues), if it has some; true when added. */
export function contentBefore(ctx: FinderContext, ci: number): boolean {
  const { doc, tokens, claimed } = ctx;
  const c = ctx.cues[ci]!;
  const according = c.lemma === 'according to';
  const s = doc.sentences[tokens[c.first]!.sentence]!;
  // "…, the reports show." / "…, a new poll found.": a verb closing its sentence after a comma and
  // a subject has nothing to report but the clause before it, whatever the verb usually does.
  const closing = c.end >= s.endToken || (c.end === s.endToken - 1 && /^[.!?]$/.test(tokens[c.end]!.text));
  const threshold = closing ? CUE_THRESHOLD : CONTENT_BEFORE_THRESHOLD;
  if ((according ? c.p : kindProbability(c.lemma, 'none')) < threshold || claimed[c.first]) return false;
  // "…,” reported Reuters": the comma may sit inside the closing mark.
  // "…, questioning the governor's credentials" is a participle clause, never "…, said NP".
  const inverted = !according && !tokens[c.first]!.lower.endsWith('ing') && commaBefore(tokens, c.first);
  const speaker = inverted ? phraseAfter(tokens, c.end, s.endToken) : according ? undefined : subjectBefore(tokens, c.first, s.firstToken);
  let comma = according || inverted ? c.first - 1 : speaker ? speaker.first - 1 : -1;
  // "…, as police have said": the clause before "as" is what they said.
  const as = !inverted && tokens[comma]?.lower === 'as' && commaBefore(tokens, comma);
  if (as) comma--;
  // "Clinton is “the most dishonest candidate,” Pence said": the comma sits inside the closing mark.
  const closedBy = CLOSING_MARKS.has(tokens[comma]?.text ?? '') && tokens[comma - 1]?.text === ',' ? comma : -1;
  if (closedBy >= 0) comma--;
  if (comma <= s.firstToken || tokens[comma]?.text !== ',') return false;
  // "…the AP, which first reported the story": a relative clause, not "CONTENT, NP said".
  if (!inverted && speaker && speaker.end - speaker.first === 1 && RELATIVE.has(tokens[speaker.first]!.lower)) return false;
  // "DuVernay said she felt … “…,” she said": a saying verb with its own subject earlier in the
  // stretch heads the sentence; the late cue does not take the whole clause as its content.
  // (A participle is no late cue: "Waters pointed out …, noting the touches …".)
  if (earlierSaying(ctx, ci, s.firstToken, comma, isFiniteVerb(tokens, c.first) ? speaker : undefined)) return false;
  const tailFrom = inverted && speaker ? speaker.end : according ? (phraseAfter(tokens, c.end, s.endToken)?.end ?? c.end) : c.end;
  // "…, according to early results of the exit poll conducted by Edison Research.": the source
  // runs to the comma or the sentence end, whatever verbs its own description holds.
  const tail = according ? sourceEnd(tokens, c.end, s.endToken) : adjunctTail(tokens, skipAdjuncts(tokens, tailFrom, s.endToken), s.endToken);
  if (tail === undefined) return false;
  // "The museum, Mr. Bush said, celebrated …": the cue sits between the content's subject and its verb.
  const split = tokens[tail]?.text === ',' && startsPredicate(tokens, tail + 1);
  if (comma <= s.firstToken + 2 && !split) return false;
  const side = inverted || according ? 'after' : 'before';
  const limit: [number, number] = side === 'after' ? [c.end, tail] : [comma + 1, c.first];
  // "…, the requirement is a “lawful source of income,” as a memo put it": "as" takes the last clause.
  const before: [number, number] = [as ? lastClause(tokens, s.firstToken, comma) : s.firstToken, closedBy >= 0 ? closedBy + 1 : comma];
  // "Trump, appearing after Clinton at the forum, cited problems …" is a subject with an insert, not content.
  if (!hasMainVerb(tokens, before[0], before[1]) && !(split && before[1] - before[0] <= 8 && !tokens.slice(before[0], before[1]).some((t) => t.text === ','))) return false;
  // "Ruiz said …, and “…,” she said": a direct quotation and its cue already stand in the stretch.
  if (claimed.subarray(before[0], before[1]).includes(1)) return false;
  const finder = according ? 'according-to' : 'content-before-cue';
  // "…, said David Autor, a professor of economics at M.I.T., who …": after an inverted cue, a phrase
  // opening with an article or a relative pronoun describes the speaker; the content does not go on.
  const about = inverted && !split && SPEAKER_APPOSITION.has(tokens[tail + 1]?.lower ?? '');
  const around = tail < s.endToken - 1 && tokens[tail]!.text === ',' && !(tokens[tail + 1]?.pos === 'VERB' && tokens[tail + 1]!.lower.endsWith('ing')) && !about;
  const pieces: [number, number][] = around ? [before, [tail + 1, clauseEnd(tokens, tail + 1, s.endToken)]] : [before];
  return addReport(ctx, pieces, c, { finder, side, limit });
}

export const contentBeforeCue: Finder = {
  name: 'content-before-cue',
  find(ctx) {
    ctx.cues.forEach((c, ci) => { if (c.lemma !== 'according to') contentBefore(ctx, ci); });
  },
};

