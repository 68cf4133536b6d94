/**
 * Reported and mixed speech around cues that no direct quotation took:
 *   A  CONTENT, NP said [on Tuesday].  /  CONTENT, said NP.  /  CONTENT, according to NP.
 *   A' CONTENT-1, NP said, CONTENT-2.                         (a cue set inside its content)
 *   B  According to NP, CONTENT.
 *   C  NP said [to reporters] [that] CONTENT  /  called for CONTENT  /  …, insisting that CONTENT
 *   C' …, which officials said will take effect in May, …          (a cue inside a relative clause)
 *   D  In a new poll, CONTENT.
 * A content clause holding a quoted fragment is a partial quote; one without is indirect. Earlier
 * patterns claim their tokens first, so a cue nested inside a content clause adds no second quote.
 */
import { CONTENT_BEFORE_THRESHOLD, CUE_LEMMAS, CUE_THRESHOLD, KIND_THRESHOLD, OBJECT_KIND_THRESHOLD, kindProbability } from '../../lexicon/reporting-verbs.js';
import { DASH, type Phrase, RELATIVE, headsClause, isFiniteVerb, phraseAfter, subjectBefore } from '../../phrases.js';
import { GROUP_NOUNS, PRONOUNS, ROLE_NOUNS } from '../../lexicon/roles.js';
import { firstAtLeast } from '../../sorted.js';
import type { Document, QuoteFrame, Token } from '../../types.js';
import { NP_WORD, clauseEnd, isClause, skipAdjuncts, trimContent } from './clauses.js';
import { complementAfter } from './complement.js';
import type { Cue } from './cues.js';
import type { Located } from './direct.js';
import type { Draft } from './draft.js';

const DASHES = new Set([...DASH, '-']);
const SAYING_CLASSES = new Set(['speech', 'label', 'stance']);
const REPORT_RELATIVES = new Set(['which', 'that', 'who', 'what', 'whom']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const BY_GERUND = new Set(['by', 'after', 'while', 'before', 'when', 'in', 'without', 'through', 'since', 'despite', 'upon']);
const CLOSERS = new Set(['”', '"', '’', "'", '»']);
const OPENERS = new Set(['“', '"', '‘', '«']);
const openOf = (f: Located) => f.openTok;

/** After a cue, is the rest of the stretch only adjuncts (no verb, no new clause, no quotation)? */
function adjunctTail(tokens: Token[], from: number, end: number): number | undefined {
  for (let j = from; j < end; j++) {
    const t = tokens[j]!;
    if (t.text === ',' && j + 1 < end) return j; // a comma ends the cue's phrase; the caller decides
    if (isFiniteVerb(tokens, j) || t.lower === 'that' || OPENERS.has(t.text) || t.text === ':' || t.text === ';' || j - from > 25) return undefined;
  }
  return end;
}

/**
 * "which the probe said were …", "what she said is …", "a finish that he said defied …": a relative
 * word, a short subject, a verb of saying and at once the relative clause's own verb. Returns the
 * relative word's index.
 */
function relativeReport(tokens: Token[], c: Cue, sentenceFirst: number): number | undefined {
  if (CUE_LEMMAS.get(c.lemma) !== 'speech' || c.prep || !startsPredicate(tokens, c.end)) return undefined;
  const subject = subjectBefore(tokens, c.first, sentenceFirst);
  if (!subject) return undefined;
  // "what she said": the relative word may have been read into the subject.
  const r = REPORT_RELATIVES.has(tokens[subject.first]!.lower) && subject.end - subject.first > 1 ? subject.first : subject.first - 1;
  if (r < sentenceFirst || subject.end - subject.first > 5 || !REPORT_RELATIVES.has(tokens[r]!.lower)) return undefined;
  return r;
}

/** Does a predicate (a finite verb or an auxiliary, after adverbs) start at k: "celebrated", "often is"? */
function startsPredicate(tokens: Token[], k: number): boolean {
  while (tokens[k]?.pos === 'ADV') k++;
  const t = tokens[k];
  return !!t && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing')));
}

/** The start of the last comma-separated clause in [first, end), else `first`. */
function lastClause(tokens: Token[], first: number, end: number): number {
  for (let j = end - 1; j > first; j--) if (tokens[j]!.text === ',' && isClause(tokens, j + 1, end)) return j + 1;
  return first;
}

/** Where an "according to" source ends: at its comma or the sentence end; undefined at a quotation or a clause. */
function sourceEnd(tokens: Token[], from: number, end: number): number | undefined {
  for (let j = from; j < end && j - from <= 25; j++) {
    const t = tokens[j]!;
    if (t.text === ',' && j + 1 < end) return j;
    if (OPENERS.has(t.text) || t.lower === 'that' || t.text === ':' || t.text === ';') return undefined;
    if (/^[.!?]$/.test(t.text)) return j;
  }
  return undefined;
}

/** Reported speech around the cues; returns the drafts and the quoted fragments their content absorbed. */
export function reportedSpeech(doc: Document, cues: Cue[], claimed: Uint8Array, fragments: Located[]): { drafts: Draft[]; absorbed: Set<Located> } {
  const { tokens } = doc;
  const drafts: Draft[] = [];
  const absorbed = new Set<Located>();
  const used = new Set<Cue>();
  const sentenceOf = (c: Cue) => doc.sentences[tokens[c.first]!.sentence]!;

  // Fragments are in text order: those opening in [a, b) are looked up, not scanned for (linear time on long documents).
  const opening = (a: number, b: number) => fragments.slice(firstAtLeast(fragments, openOf, a), firstAtLeast(fragments, openOf, b));
  const lastOpenBefore = new Map<number, number>(); // closing token → the latest opening of a fragment closed there
  for (const f of fragments) lastOpenBefore.set(f.closeTok, Math.max(f.openTok, lastOpenBefore.get(f.closeTok) ?? -1));

  const add = (pieces: [number, number][], cue: Cue, side: QuoteFrame['side'], pattern: string, limit: [number, number], cueP = cue.p) => {
    const kept: [number, number][] = [];
    for (let [first, end] of pieces) {
      while (first < end && (tokens[first]!.text === ',' || tokens[first]!.text === ':')) first++;
      for (let k = first; k < end; k++) if (claimed[k]) { end = k; break; } // stop at a direct quotation
      // A quotation opened in the content runs to its closing mark, across sentences if it must.
      const spill = opening(first, end).find((f) => f.closed && f.closeTok >= end);
      if (spill && !claimed[spill.closeTok]) end = spill.closeTok + 1;
      const opensInside = (closeTok: number) => (lastOpenBefore.get(closeTok) ?? -1) >= first;
      end = trimContent(tokens, first, end, opensInside);
      if (end - first >= 2 || (kept.length && end > first)) kept.push([first, end]);
    }
    if (!kept.length) return false;
    const first = kept[0]![0];
    const end = kept[kept.length - 1]![1];
    const inner = [...new Set(kept.flatMap(([a, b]) => opening(a, b).filter((f) => f.closeTok < b)))];
    inner.forEach((f) => absorbed.add(f));
    const d: Draft = {
      start: tokens[first]!.start, end: tokens[end - 1]!.end, type: inner.length ? 'partial' : 'indirect', pattern,
      frame: { side, cueFirst: cue.first, cueEnd: cue.end, limitFirst: limit[0], limitEnd: limit[1], cueP },
    };
    if (kept.length > 1) d.segments = kept.map(([a, b]) => [tokens[a]!.start, tokens[b - 1]!.end]);
    drafts.push(d);
    for (const [a, b] of kept) claimed.fill(1, a, b);
    claimed.fill(1, cue.first, cue.end);
    used.add(cue);
    return true;
  };

  // A and A': the content stands before the cue, or around it.
  for (const [ci, c] of cues.entries()) {
    const s = sentenceOf(c);
    // "…, the reports show." / "…, a new poll found.": a verb closing its sentence after a comma and
    // a subject has nothing to report but the clause before it, whatever the verb usually does.
    const closing = c.end >= s.endToken || (c.end === s.endToken - 1 && /^[.!?]$/.test(tokens[c.end]!.text));
    const threshold = closing ? CUE_THRESHOLD : CONTENT_BEFORE_THRESHOLD;
    if ((c.lemma === 'according to' ? c.p : kindProbability(c.lemma, 'none')) < threshold || claimed[c.first]) continue;
    // "…,” reported Reuters": the comma may sit inside the closing mark.
    // "…, questioning the governor's credentials" is a participle clause, never "…, said NP".
    const inverted = c.lemma !== 'according to' && !tokens[c.first]!.lower.endsWith('ing')
      && (tokens[c.first - 1]?.text === ',' || (CLOSERS.has(tokens[c.first - 1]?.text ?? '') && tokens[c.first - 2]?.text === ','));
    const speaker = inverted ? phraseAfter(tokens, c.end, s.endToken) : c.lemma === 'according to' ? undefined : subjectBefore(tokens, c.first, s.firstToken);
    let comma = c.lemma === 'according to' || inverted ? c.first - 1 : speaker ? speaker.first - 1 : -1;
    // "…, as police have said": the clause before "as" is what they said.
    const as = !inverted && tokens[comma]?.lower === 'as' && (tokens[comma - 1]?.text === ',' || (CLOSERS.has(tokens[comma - 1]?.text ?? '') && tokens[comma - 2]?.text === ','));
    if (as) comma--;
    // "Clinton is “the most dishonest candidate,” Pence said": the comma sits inside the closing mark.
    const closedBy = CLOSERS.has(tokens[comma]?.text ?? '') && tokens[comma - 1]?.text === ',' ? comma : -1;
    if (closedBy >= 0) comma--;
    if (comma <= s.firstToken || tokens[comma]?.text !== ',') continue;
    // "…the AP, which first reported the story": a relative clause, not "CONTENT, NP said".
    if (!inverted && speaker && speaker.end - speaker.first === 1 && RELATIVE.has(tokens[speaker.first]!.lower)) continue;
    // "DuVernay said she felt … “…,” she said": a saying verb with its own subject earlier in the
    // stretch heads the sentence; the late cue does not take the whole clause as its content.
    // (A participle is no late cue: "Waters pointed out …, noting the touches …".)
    if (earlierSaying(tokens, cues, ci, s.firstToken, comma, claimed, isFiniteVerb(tokens, c.first) ? speaker : undefined)) continue;
    const tailFrom = inverted && speaker ? speaker.end : c.lemma === 'according to' ? (phraseAfter(tokens, c.end, s.endToken)?.end ?? c.end) : c.end;
    // "…, according to early results of the exit poll conducted by Edison Research.": the source
    // runs to the comma or the sentence end, whatever verbs its own description holds.
    const tail = c.lemma === 'according to' ? sourceEnd(tokens, c.end, s.endToken) : adjunctTail(tokens, skipAdjuncts(tokens, tailFrom, s.endToken), s.endToken);
    if (tail === undefined) continue;
    // "The museum, Mr. Bush said, celebrated …": the cue sits between the content's subject and its verb.
    const split = tokens[tail]?.text === ',' && startsPredicate(tokens, tail + 1);
    if (comma <= s.firstToken + 2 && !split) continue;
    const side = inverted || c.lemma === 'according to' ? 'after' : 'before';
    const limit: [number, number] = side === 'after' ? [c.end, tail] : [comma + 1, c.first];
    // "…, the requirement is a “lawful source of income,” as a memo put it": "as" takes the last clause.
    const before: [number, number] = [as ? lastClause(tokens, s.firstToken, comma) : s.firstToken, closedBy >= 0 ? closedBy + 1 : comma];
    // "Trump, appearing after Clinton at the forum, cited problems …" is a subject with an insert, not content.
    if (!hasMainVerb(tokens, before[0], before[1]) && !(split && before[1] - before[0] <= 8 && !tokens.slice(before[0], before[1]).some((t) => t.text === ','))) continue;
    // "Ruiz said …, and “…,” she said": a direct quotation and its cue already stand in the stretch.
    if (claimed.subarray(before[0], before[1]).includes(1)) continue;
    if (tail >= s.endToken - 1 || /^[.!?]$/.test(tokens[tail]!.text)) add([before], c, side, 'content-cue', limit);
    else if (tokens[tail]!.text === ',' && !(tokens[tail + 1]?.pos === 'VERB' && tokens[tail + 1]!.lower.endsWith('ing'))) {
      add([before, [tail + 1, clauseEnd(tokens, tail + 1, s.endToken)]], c, side, 'content-cue-content', limit);
    } else add([before], c, side, 'content-cue', limit);
  }
  // B and C: the content follows the cue.
  for (const c of cues) {
    if (used.has(c) || claimed[c.first]) continue;
    const s = sentenceOf(c);
    if (c.lemma === 'according to') {
      let np = c.end;
      // The source runs to the comma: "According to early results of exit polls conducted by …, …".
      while (np < s.endToken && tokens[np]!.text !== ',' && np - c.end < 40) np++;
      if (tokens[np]?.text === ',') add([[np + 1, clauseEnd(tokens, np + 1, s.endToken)]], c, 'after', 'according-to', [c.end, np]);
      continue;
    }
    // "the attacks, which the probe said were covered up": the cue sits inside a relative clause
    // whose verb follows it; the content is that clause around the cue.
    const rel = relativeReport(tokens, c, s.firstToken);
    if (rel !== undefined) {
      // ", which officials said will go into effect, will not apply …": a relative clause set off by
      // commas ends at its closing comma.
      let end = clauseEnd(tokens, c.end, s.endToken);
      if (tokens[rel - 1]?.text === ',') for (let j = c.end + 1; j < end; j++) if (tokens[j]!.text === ',') { end = j; break; }
      add([[rel, c.first], [c.end, end]], c, 'before', 'relative-cue', [rel + 1, c.first]);
      continue;
    }
    // "Say Mexico demanded that …": an imperative at the sentence start reports nothing.
    if (c.first === s.firstToken && tokens[c.first]!.lower === c.lemma) continue;
    const comp = complementAfter(tokens, c, s.endToken);
    if (!comp) continue;
    // An object or an infinitive needs more evidence than a clause: "criticized the plan", "vowed to
    // repeal", "wants to repeal" report; "pushed the relationship" does not. The counts learned per
    // lemma and complement decide, whatever the verb's class.
    const objectLike = comp.kind === 'np' || comp.kind === 'to';
    // "recalled its ambassador", "appointed a special envoy": a verb that is not one of saying, done
    // to people, is an act whatever the verb reports elsewhere.
    if (comp.kind === 'np' && !SAYING_CLASSES.has(CUE_LEMMAS.get(c.lemma) ?? 'none') && peopleObject(tokens, comp.start, s.endToken)) continue;
    const pk = comp.kind === 'prep' ? c.p : kindProbability(c.lemma, comp.kind);
    if (pk < (objectLike ? OBJECT_KIND_THRESHOLD : KIND_THRESHOLD)) continue;
    let end = clauseEnd(tokens, comp.start, s.endToken, comp.kind !== 'np' && comp.kind !== 'to' && comp.kind !== 'prep');
    // "After saying he was nervous, the man ended up …": a participle opening its sentence reports up
    // to the comma where the main clause starts.
    if (c.first <= s.firstToken + 1 && tokens[c.first]!.lower.endsWith('ing')) {
      for (let j = comp.start + 1; j < end; j++) if (tokens[j]!.text === ',' && isClause(tokens, j + 1, s.endToken)) { end = j; break; }
    }
    // "wrote the novel “Silent Rivers”": an object named by a title is a work, not a message.
    // A title inside a prepositional phrase is only part of the message: "proclaimed a goal of “Peace Through Strength.”"
    if (comp.kind === 'np' && opening(comp.start, end).some((f) => f.closeTok < end && isTitleLike(tokens, f) && tokens[f.openTok - 1]?.pos !== 'ADP')) continue;
    const side = participle(tokens, c, s.firstToken) ? 'participle' : 'before';
    add([[comp.start, end]], c, side, `cue-${comp.kind}`, [s.firstToken, c.first], pk);
  }
  // D  In a new poll, CONTENT.
  for (const s of doc.sentences) {
    const src = sourceOpening(tokens, s.firstToken, s.endToken);
    if (!src || claimed.subarray(src.comma + 1, s.endToken).includes(1)) continue;
    const cue: Cue = { first: s.firstToken, end: s.firstToken + 1, lemma: 'in', cls: 'evidence', p: SOURCE_OPENING_P };
    add([[src.comma + 1, clauseEnd(tokens, src.comma + 1, s.endToken)]], cue, 'after', 'in-source', [cue.end, src.comma]);
  }
  return { drafts, absorbed };
}

/** Prior that "In <a document>, <clause>" reports what the document says. */
const SOURCE_OPENING_P = 0.6;
const DOCUMENT_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'report', 'analysis', 'memo', 'filing', 'filings',
  'document', 'documents', 'letter', 'statement', 'audit', 'review', 'census', 'count', 'tally', 'estimate', 'estimates',
  'data', 'results', 'records', 'findings', 'complaint', 'lawsuit', 'indictment', 'ruling', 'opinion', 'brief']);

/**
 * "In an NBC News/Wall Street Journal poll released Monday, 50 percent chose Clinton": a sentence
 * that opens with "In" and a document, then a clause with no verb of saying of its own.
 */
function sourceOpening(tokens: Token[], first: number, end: number): { comma: number } | undefined {
  if (tokens[first]?.lower !== 'in') return undefined;
  let comma = first + 1;
  let doc = false;
  while (comma < end && comma - first <= 14 && tokens[comma]!.text !== ',') {
    if (DOCUMENT_NOUNS.has(tokens[comma]!.lower) && tokens[comma]!.pos === 'NOUN') doc = true;
    comma++;
  }
  if (!doc || tokens[comma]?.text !== ',' || !isClause(tokens, comma + 1, end)) return undefined;
  for (let j = comma + 1; j < end; j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' && CUE_LEMMAS.get(t.lemma) === 'speech') return undefined;
  }
  return { comma };
}

/** Is the noun phrase at k headed by a noun for people in a role ("its own ambassador", "two envoys")? */
function peopleObject(tokens: Token[], k: number, end: number): boolean {
  let head: Token | undefined;
  for (let j = k; j < end && j - k < 6; j++) {
    const t = tokens[j]!;
    if (!NP_WORD.has(t.pos) && !(t.pos === 'PRON' && POSSESSIVES.has(t.lower))) break;
    if (t.pos === 'NOUN') head = t;
  }
  return !!head && (ROLE_NOUNS.has(head.lemma) || GROUP_NOUNS.has(head.lower));
}

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
    if (!insert && (headsClause(tokens, j) || OPENERS.has(t.text))) return true;
  }
  return false;
}

/**
 * A verb of saying with its own subject among the cues before cue `ci`, in (sentenceFirst, before),
 * that the late cue only repeats ("she said"). A late cue with a new speaker is an outer report of
 * the whole clause: "Clinton had told police that …, the source added". Cues are in text order.
 */
function earlierSaying(tokens: Token[], cues: Cue[], ci: number, sentenceFirst: number, before: number, claimed: Uint8Array, late?: Phrase): boolean {
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

/** Every word capitalized: a title or a name in quotation marks, not a quotation. */
export function isTitleLike(tokens: Token[], f: Located): boolean {
  let words = 0;
  for (let k = f.openTok + 1; k < f.closeTok; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || ['a', 'an', 'the', 'of', 'in', 'on', 'and', 'to', 'for'].includes(t.lower)) continue;
    if (!/^\p{Lu}/u.test(t.text)) return false;
    words++;
  }
  return words > 0 && words <= 8;
}

/**
 * "…, insisting that" / "… and added that": the cue's subject is the clause's subject. A cue after
 * "and" is a second verb only when a finite verb came before it ("he and Brafman said" is not).
 */
export function participle(tokens: Token[], c: Cue, sentenceFirst: number): boolean {
  let p = c.first - 1;
  while (p >= sentenceFirst && tokens[p]!.pos === 'ADV' && !BY_GERUND.has(tokens[p]!.lower)) p--;
  const prev = tokens[p];
  const ing = tokens[c.first]!.lower.endsWith('ing');
  // "Asked about X, Christie said …" / "Addressing the gala, Trump …": a participle opening the sentence.
  if (!prev || p < sentenceFirst) return ing || /ed$/.test(tokens[c.first]!.lower);
  if (prev.lower === 'and' || prev.lower === 'but') {
    for (let j = sentenceFirst; j < p; j++) if (isFiniteVerb(tokens, j)) return true;
    return false;
  }
  if (ing && (prev.text === ',' || DASHES.has(prev.text) || BY_GERUND.has(prev.lower))) return true; // "…, saying", "by calling him out"
  // "Trump avoids condemning …", "decided against recommending …": the gerund shares the verb's subject.
  if (ing && ((isFiniteVerb(tokens, p) && prev.pos === 'VERB') || (prev.lower === 'against' && isFiniteVerb(tokens, p - 1)))) return true;
  if (BY_GERUND.has(prev.lower) && tokens[c.first]!.lower.endsWith('ed')) return true; // "when asked if …"
  return ing && CLOSERS.has(prev.text) && tokens[p - 1]?.text === ',';
}
