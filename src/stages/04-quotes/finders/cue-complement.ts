/**
 * Reported speech after its cue: NP said [to reporters] [that] CONTENT / called for CONTENT /
 * asked whether CONTENT / vowed to CONTENT / criticized THE PLAN / …, insisting that CONTENT. What
 * the cue takes is its complement (grammar/complement.ts); whether a verb with that kind of
 * complement reports anything is learned per lemma and kind from annotated news.
 */
import { KIND_THRESHOLD, OBJECT_KIND_THRESHOLD, kindProbability } from '../../../lexicon/reporting-verbs.js';
import { LABEL_VERBS, QUOTATION_CLASSES, cueClass, surelyQuotes } from '../../../lexicon/cue-classes.js';
import { GROUP_NOUNS, ROLE_NOUNS } from '../../../lexicon/roles.js';
import { NP_WORD, clauseEnd, isClause } from '../../../grammar/clauses.js';
import { RELATIVE_PRONOUNS, SUBORDINATORS } from '../../../lexicon/function-words.js';
import { CLOSING_MARKS, OPENING_MARKS } from '../../../lexicon/punctuation.js';
import { complementAfter } from '../../../grammar/complement.js';
import { quotingVerbBefore } from '../../../grammar/quoted-as.js';
import { isFiniteVerb } from '../../../grammar/phrases.js';
import type { Token } from '../../../types.js';
import type { Finder } from '../context.js';
import { participle } from '../frame.js';
import { addReport, openingIn } from '../report.js';
import { isTitleLike } from '../titles.js';

const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * "While he's said he'll fight to the convention, Sanders must decide …": a cue in a subordinate clause
 * opening its sentence reports up to the comma where the main clause starts, like an opening participle.
 */
function subordinateOpening(tokens: Token[], first: number, cue: number): boolean {
  if (!SUBORDINATORS.has(tokens[first]!.lower) || cue - first > 6) return false;
  for (let k = first + 1; k < cue; k++) if (tokens[k]!.text === ',') return false;
  return true;
}

/**
 * Where a noun phrase naming people at k ends ("its own ambassador", "two envoys", "the police"), or -1
 * when the phrase at k names no one. One of a group counts too ("the student": "students").
 */
function peopleObjectEnd(tokens: Token[], k: number, end: number): number {
  let head: Token | undefined;
  let j = k;
  for (; j < end && j - k < 6; j++) {
    const t = tokens[j]!;
    if (!NP_WORD.has(t.pos) && !(t.pos === 'PRON' && POSSESSIVES.has(t.lower))) break;
    if (t.pos === 'NOUN') head = t;
  }
  return head && (ROLE_NOUNS.has(head.lemma) || GROUP_NOUNS.has(head.lower) || GROUP_NOUNS.has(`${head.lower}s`)) ? j : -1;
}

/**
 * "To understand the real Dred Scott, Roberts said, one should visit this museum", "But to prevent
 * problems, he said, local officials should …", "In the three years since the shootings, Barden says,
 * far too many lives …": a cue set off by commas inside its content (a comma after the cue too); the
 * phrase before its speaker opens the content ("Back in Virginia", "And perhaps"). A participle
 * ("Standing outside the courthouse, her lawyer said, …") or a phrase about the saying itself ("In a
 * separate interview, the minister said, …") is the speaker's.
 */
function leadingPart(tokens: Token[], first: number, c: { first: number; end: number }): [number, number] | undefined {
  if (tokens[c.end]?.text !== ',') return undefined;
  let comma = c.first - 1;
  while (comma > first && tokens[comma]!.text !== ',') comma--;
  if (comma <= first + 1 || c.first - comma > 6) return undefined;
  for (let k = first; k < comma; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || isFiniteVerb(tokens, k) || OPENING_MARKS.has(t.text) || SAYING_SETTINGS.has(t.lemma)) return undefined;
  }
  for (let k = comma + 1; k < c.first; k++) if (!SPEAKER_POS.has(tokens[k]!.pos) && tokens[k]!.text !== '.') return undefined;
  let open = first;
  if (tokens[open]!.lower === 'but' || tokens[open]!.lower === 'and' || tokens[open]!.lower === 'so') open++;
  // A participle opening the sentence is the speaker's doing ("Standing outside the courthouse").
  const o = tokens[open]!;
  return o.pos === 'VERB' || (o.pos !== 'ADP' && /(?:ing|ed)$/.test(o.lower)) ? undefined : [first, comma]; // the tagger may call "Standing" a name
}

/** What a short speaker between the commas is made of ("Chief Justice Roberts", "he", "the mayor"). */
const SPEAKER_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ']);

/** Where and how something was said: a phrase holding one is the saying's setting, not its content. */
const SAYING_SETTINGS: ReadonlySet<string> = new Set(['interview', 'statement', 'speech', 'letter', 'email', 'call', 'conversation',
  'remark', 'conference', 'briefing', 'hearing', 'appearance', 'post', 'tweet', 'podcast', 'show', 'program', 'broadcast', 'video',
  'rally', 'debate', 'meeting', 'event', 'op-ed', 'column', 'book', 'memo', 'filing', 'testimony']);

/** "…,'' said Mr. Burman", "…?” said Sharon Geyer": a cue right after a quotation that closed on its punctuation, with a name after it. */
function invertedAfterMark(tokens: Token[], cue: number): boolean {
  const prev = tokens[cue - 1];
  const next = tokens[cue + 1];
  if (!prev || !next || !CLOSING_MARKS.has(prev.text)) return false;
  let k = cue - 1;
  while (k > 0 && CLOSING_MARKS.has(tokens[k]!.text)) k--; // '' is two marks
  if (!/^[,.?!…]$/.test(tokens[k]!.text)) return false; // the quotation ended there ("“Brexit” say" is a name in marks)
  return next.pos === 'PROPN' || (next.pos === 'DET' && /^\p{Lu}/u.test(tokens[cue + 2]?.text ?? ''));
}

/** The end of content [first, end) cut before "who" or "which" and a verb of saying or writing. */
function beforeReportingRelative(tokens: Token[], first: number, end: number): number {
  for (let j = first + 1; j + 1 < end; j++) {
    const v = tokens[j + 1]!;
    if ((tokens[j]!.lower === 'who' || tokens[j]!.lower === 'which') && v.pos === 'VERB' && surelyQuotes(v.lemma)) {
      return tokens[j - 1]!.text === ',' ? j - 1 : j;
    }
  }
  return end;
}

/** "called the police.", "called the student, who …": a label verb whose people object is all there is. */
function peopleObjectAlone(tokens: Token[], k: number, end: number): boolean {
  const e = peopleObjectEnd(tokens, k, end);
  return e >= 0 && (e >= end || /^[.,;!?]$/.test(tokens[e]!.text));
}

export const cueComplement: Finder = {
  name: 'cue-complement',
  find(ctx) {
    const { doc, tokens, claimed, fragments } = ctx;
    for (const c of ctx.cues) {
      if (claimed[c.first] || c.lemma === 'according to') continue;
      const s = doc.sentences[tokens[c.first]!.sentence]!;
      // "Say Mexico demanded that …": an imperative at the sentence start reports nothing.
      if (c.first === s.firstToken && tokens[c.first]!.lower === c.lemma) continue;
      // "…''is a misguided approach,'' said Mr. Burman": right after a closing mark, what follows the
      // cue is its speaker (the content came before it).
      if (invertedAfterMark(tokens, c.first)) continue;
      const comp = complementAfter(tokens, c, s.endToken);
      if (!comp) continue;
      // "Writing in a blog post, Ingram dubbed …", "Speaking in their defense, Molomby said …": after a
      // participle opening its sentence, the clause past the comma is the main clause, not its content.
      // "Quoting the minister as saying the war was over, the paper said …": so does the quoting verb's.
      const quoting = quotingVerbBefore(tokens, c.first, s.firstToken);
      const opening = (c.first <= s.firstToken + 1 && tokens[c.first]!.lower.endsWith('ing')) || subordinateOpening(tokens, s.firstToken, c.first)
        || (quoting >= 0 && quoting <= s.firstToken + 1 && tokens[quoting]!.lower.endsWith('ing'));
      if (opening && comp.kind === 'clause' && tokens[comp.start - 1]?.text === ',') continue;
      // An object or an infinitive needs more evidence than a clause: "criticized the plan", "vowed to
      // repeal", "wants to repeal" report; "pushed the relationship" does not. The counts learned per
      // lemma and complement decide, whatever the verb's class.
      const objectLike = comp.kind === 'np' || comp.kind === 'to';
      // "recalled its ambassador", "appointed a special envoy": a verb that is not one of saying, done
      // to people, is an act whatever the verb reports elsewhere.
      // So is a verb of saying done to a person ("questioned the student"); a stance taken on someone
      // ("criticized the president") and a label given them ("called the minister a liar") are not.
      if (comp.kind === 'np' && cueClass(c.lemma) !== 'stance'
        && (LABEL_VERBS.has(c.lemma) ? peopleObjectAlone(tokens, comp.start, s.endToken) : peopleObjectEnd(tokens, comp.start, s.endToken) >= 0)) continue;
      const pk = comp.kind === 'prep' ? c.p : kindProbability(c.lemma, comp.kind);
      if (pk < (objectLike ? OBJECT_KIND_THRESHOLD : KIND_THRESHOLD)) continue;
      let end = clauseEnd(tokens, comp.start, s.endToken, comp.kind !== 'np' && comp.kind !== 'to' && comp.kind !== 'prep', c.end - 1);
      // "began taking calls from listeners who said they had misgivings", "criticized the experts who
      // say …": what a verb that quotes nothing takes ends before a relative clause that reports; that
      // report is its own.
      if (!QUOTATION_CLASSES.has(cueClass(c.lemma, c.prep, comp.kind))) end = beforeReportingRelative(tokens, comp.start, end);
      // "After saying he was nervous, the man ended up …": a participle opening its sentence reports up
      // to the comma where the main clause starts.
      if (opening) {
        for (let j = comp.start + 1; j < end; j++) if (tokens[j]!.text === ',' && !RELATIVE_PRONOUNS.has(tokens[j + 1]?.lower ?? '') && tokens[j + 1]?.lower !== 'where' && isClause(tokens, j + 1, s.endToken)) { end = j; break; }
      }
      // "The ministry, cited by Interfax as saying the drills were routine, gave no details", "The minister,
      // who was quoted as saying …, resigned": a quoting verb in a phrase set off by commas reports up to
      // the comma before the main clause's verb.
      if (quoting >= 0 && tokens.slice(s.firstToken, quoting).some((t) => t.text === ',')) {
        for (let j = comp.start + 1; j < end; j++) if (tokens[j]!.text === ',' && (tokens[j + 1]?.pos === 'VERB' || tokens[j + 1]?.pos === 'AUX')) { end = j; break; }
      }
      // "wrote the novel “Silent Rivers”": an object named by a title is a work, not a message.
      // A title inside a prepositional phrase is only part of the message: "proclaimed a goal of “Peace Through Strength.”"
      if (comp.kind === 'np' && openingIn(fragments, comp.start, end).some((f) => f.closeTok < end && isTitleLike(tokens, f) && tokens[f.openTok - 1]?.pos !== 'ADP')) continue;
      const side = participle(tokens, c, s.firstToken) ? 'participle' : 'before';
      const lead = side === 'before' && comp.kind === 'clause' ? leadingPart(tokens, s.firstToken, c) : undefined;
      const pieces: [number, number][] = lead ? [lead, [comp.start, end]] : [[comp.start, end]];
      addReport(ctx, pieces, c, { finder: 'cue-complement', side, limit: [lead ? lead[1] + 1 : s.firstToken, c.first], cueP: pk, complement: comp.kind });
    }
  },
};
