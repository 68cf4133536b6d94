/**
 * Stage 3, entities: DATE mentions by pattern, proper-name runs typed by lexicons and shape, a
 * document-level pass for single words nothing spoke for (a surname seen in a full name is a person),
 * then grouping into entities with canonical names.
 */
import { constituentCountry, countryByName } from '../../lexicon/countries.js';
import { isEnglishWord, isRegion } from '../../lexicon/names.js';
import { isKnownOrganization } from '../../lexicon/organizations.js';
import { CUE_LEMMAS } from '../../lexicon/reporting-verbs.js';
import { ONE_WORD_INSTITUTIONS } from '../../lexicon/seats.js';
import type { Stage } from '../../pipeline.js';
import { fold, isAllCaps } from '../../text.js';
import type { Document, EntityType, Mention } from '../../types.js';
import { aliasMentions, applyCanonicalNames } from './aliases.js';
import { findNameRuns } from './candidates.js';
import { type Candidate, classifyRun, settled, toMention } from './classify.js';
import { dateValue } from './date-values.js';
import { findDates } from './dates.js';
import { contextType, datelineType, definedAcronyms } from './evidence.js';
import { groupMentions } from './group.js';

const typed = (c: Candidate): c is Candidate & { type: EntityType } => c.type !== 'UNKNOWN';

export const entities: Stage = {
  name: 'entities',
  requires: ['tokens', 'sentences'],
  provides: ['mentions', 'entities'],
  run(doc: Document) {
    const aliases = aliasMentions(doc);
    const mentions: Mention[] = [...aliases.mentions];
    const inDate = aliases.taken;
    for (const d of findDates(doc)) {
      if (inDate[d.first]) continue;
      const m = toMention(doc, { type: 'DATE', first: d.first, end: d.end, weak: false, evidence: 'lexicon' });
      // "in September." at a sentence's end: the tokenizer keeps the full stop on the word, the date does not.
      if (m.text.endsWith('.') && /\p{L}{5,}\.$|^(?:.* )?(?:may|june|july)\.$/iu.test(m.text)) { m.end -= 1; m.text = m.text.slice(0, -1); }
      const value = dateValue(m.text, doc.dateReference);
      if (value) m.value = value;
      mentions.push(m);
      inDate.fill(1, d.first, d.end);
    }
    const candidates: Candidate[] = [];
    for (const run of findNameRuns(doc)) {
      let overlapsDate = false;
      for (let k = run.first; k < run.end; k++) if (inDate[k]) overlapsDate = true;
      if (!overlapsDate) for (const c of classifyRun(doc, run)) candidates.push(settled(c));
    }
    resolveUnknowns(doc, candidates);
    for (const c of candidates) if (typed(c)) mentions.push(toMention(doc, c));
    applyCanonicalNames(doc, mentions);
    doc.mentions = mentions;
    groupMentions(doc);
  },
};

/**
 * Decide what shape alone could not: a word that is part of a person's full name elsewhere is that
 * person (also over a place reading: "Paris" where the article is about Paris Jackson); a capitalized
 * word before a reporting verb is a person; weak runs (sentence-initial, headline) survive only with
 * lexicon evidence or a match in the body; a lone head word after "the" ("the Church") is generic.
 */
function resolveUnknowns(doc: Document, cands: Candidate[]): void {
  const personWords = new Set<string>();
  const known = new Map<string, EntityType>();
  // Each candidate's folded text, once (three passes below ask for it).
  const folded = new Map<Candidate, string>();
  const textOf = (c: Candidate) => {
    let t = folded.get(c);
    if (t === undefined) folded.set(c, (t = fold(doc.text.slice(doc.tokens[c.first]!.start, doc.tokens[c.end - 1]!.end))));
    return t;
  };
  // Full names lend their words to single-word mentions: first those with evidence (a first name, a
  // title), then those known by shape alone whose words are neither ordinary nor a known surname plus
  // something else ("Warhol Polaroids" lends nothing; "Valeska Paris" lends "Paris").
  for (const shape of [false, true]) {
    for (const c of cands) {
      if (c.type !== 'PERSON' || c.weak || c.end - c.first < 2 || (c.evidence === 'shape') !== shape) continue;
      const words = textOf(c).split(/[\s-]+/);
      if (shape && (words.some(isEnglishWord) || (personWords.has(words[0]!) && !personWords.has(words[1]!)))) continue;
      // "R-Texas" after a senator's name lends no "Texas".
      if (shape && words.some((w) => isRegion(w) || countryByName(w) !== undefined)) continue;
      for (const w of words) personWords.add(w);
    }
  }
  // A word of a person's full name is that person over a place reading (below): "in Bolton's view"
  // must not lend PLACE to every "Bolton said" of an article about John Bolton.
  for (const c of cands) {
    if (c.type === 'UNKNOWN' || c.weak) continue;
    const t = textOf(c);
    known.set(t, c.end - c.first === 1 && (c.type === 'PLACE' || c.type === 'COUNTRY') && personWords.has(t) ? 'PERSON' : c.type);
  }
  const acronyms = definedAcronyms(doc, cands);
  const people = { endsAt: new Set<number>(), startsAt: new Set<number>() };
  for (const c of cands) if (c.type === 'PERSON' && (c.evidence !== 'shape' || c.end - c.first > 1)) { people.endsAt.add(c.end); people.startsAt.add(c.first); }
  let sporty: boolean | undefined;
  for (const c of cands) {
    const t = textOf(c);
    const acronym = acronyms.size && c.end - c.first === 1 ? acronyms.get(doc.tokens[c.first]!.text.replace(/\./g, '')) : undefined;
    if (acronym) { c.type = acronym; c.weak = false; continue; }
    const dateline = datelineType(doc, c);
    if (dateline) { c.type = dateline; c.weak = false; continue; }
    if (c.type === 'UNKNOWN' || (c.type === 'PERSON' && c.evidence === 'shape') || (c.weak && c.evidence === 'shape')) {
      const ctx = contextType(doc, c, t, people, personWords);
      if (ctx) { c.type = ctx; c.weak = false; continue; }
    }
    // "Warhol Polaroids": a known person's surname, then a word that names no one.
    if (c.type === 'PERSON' && c.evidence === 'shape' && c.end - c.first === 2 && personWords.has(t.split(' ')[0]!) && !personWords.has(t.split(' ')[1]!)) {
      c.end = c.first + 1;
      continue;
    }
    const single = c.end - c.first === 1;
    if (single && (c.type === 'PLACE' || c.type === 'COUNTRY') && personWords.has(t)) { c.type = 'PERSON'; continue; }
    if (single && c.type === 'ORG' && doc.tokens[c.first - 1]?.lower === 'the' && !isAllCaps(doc.tokens[c.first]!.text)
      && !isKnownOrganization(t) && !ONE_WORD_INSTITUTIONS.has(t)) { c.type = 'UNKNOWN'; continue; }
    // The article's whole text is read for sport only when a country is no location by its preposition.
    if ((c.type === 'COUNTRY' || (c.type === 'PLACE' && constituentCountry(t) !== undefined)) && !locativeBefore(doc, c.first)
      && (sporty ??= isSportsArticle(doc))) { c.type = 'ORG'; continue; }
    if (c.type !== 'UNKNOWN' && !(c.weak && c.evidence === 'shape')) continue;
    const body = known.get(t);
    const next = doc.tokens[c.end];
    const cueNext = next !== undefined && CUE_LEMMAS.get(next.lemma) === 'speech' && next.pos === 'VERB';
    if (body) c.type = body;
    else if (t.split(/[\s-]+/).every((w) => personWords.has(w))) c.type = 'PERSON';
    else if (cueNext && !c.weak) c.type = 'PERSON';
    else c.type = 'UNKNOWN';
  }
}

const SPORTS = new Set(['match', 'goal', 'goals', 'scored', 'squad', 'striker', 'goalkeeper', 'midfielder', 'defender',
  'tournament', 'semifinal', 'semi-final', 'quarterfinal', 'quarter-final', 'league', 'cup', 'kick-off', 'halftime',
  'penalty', 'penalties', 'vs', 'versus', 'fixture', 'stadium', 'referee', 'equaliser', 'equalizer', 'minute']);

/**
 * In an article about matches a country name is its national team (GUM, and most NER schemes): the
 * article must talk sport throughout, and the name must not be a location ("in Belgium").
 */
function isSportsArticle(doc: Document): boolean {
  let hits = 0;
  for (const t of doc.tokens) if (SPORTS.has(t.lower)) hits++;
  return hits >= 8 && hits / doc.sentences.length >= 0.2;
}

function locativeBefore(doc: Document, tok: number): boolean {
  const prev = doc.tokens[tok - 1]?.lower;
  return prev === 'in' || prev === 'from' || prev === 'to' || prev === 'of';
}
