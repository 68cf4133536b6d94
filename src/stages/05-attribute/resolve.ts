/**
 * From a speaker phrase to a speaker: a name resolves to its entity; "he"/"she" to the last person
 * of that gender mentioned outside quotations; "they"/"it" to the last organization, country or
 * group; "who" to the phrase before it; a description ("the minister") to the person holding that
 * role; anything else stays a group ("Prosecutors") or an unnamed source ("Mexico’s president").
 */
import { countryByCapital, countryInfo } from '../../lexicon/countries.js';
import { ORG_WORDS } from '../../lexicon/names.js';
import { isKnownOrganizationWord } from '../../lexicon/organizations.js';
import { GROUP_NOUNS, PRONOUNS, REPRESENTATIVE_NOUNS, ROLE_NOUNS } from '../../lexicon/roles.js';
import { canSpeak } from '../../lexicon/speakers.js';
import { displayName, fold, isCapitalized, span } from '../../text.js';
import type { Document, Entity, Mention, Speaker, SpeakerKind, Token } from '../../types.js';
import { type Phrase, phraseEndingAt } from '../../grammar/phrases.js';
import { firstAtLeast } from '../../sorted.js';

/** How a speaker phrase became a speaker; with the rule it keys the confidence calibration. */
export type ResolutionKind = 'name' | 'pronoun' | 'relative' | 'description' | 'group' | 'phrase' | 'first-person' | 'unresolved' | 'inherited'
  /** A phrase that cannot speak ("The stampede", "50", "what"): kept for calibration, below the floor. */
  | 'mute';

export interface Resolved {
  speaker: Speaker;
  how: ResolutionKind;
}

export interface ResolveContext {
  doc: Document;
  inQuote: Uint8Array;
  /** Mention index by token (-1 where none); DATE mentions excluded. */
  mentionAt: Int32Array;
  entityById: Map<string, Entity>;
  /** Speakers already attributed, with the token where their cue was. */
  history: { speaker: Speaker; at: number }[];
}

/** Nouns that describe a person already named, with the gender they imply ('' for none). */
const PERSON_DESCRIPTIONS: Record<string, 'm' | 'f' | ''> = { old: '', man: 'm', woman: 'f', boy: 'm', girl: 'f', teenager: '', mother: 'f', father: 'm' };
const QUANTIFIERS = new Set(['those', 'these', 'some', 'many', 'most', 'all', 'both', 'several', 'others', 'few', 'half', 'majority', 'minority']);
const KIND: Record<string, SpeakerKind> = { PERSON: 'person', ORG: 'organization', COUNTRY: 'country', PLACE: 'country' };

function fromMention(ctx: ResolveContext, m: Mention, mentionSpan = span(ctx.doc.text, m.start, m.end)): Speaker {
  // "Lima said": a capital speaking is its country's government.
  const capitalOf = m.type === 'PLACE' ? countryByCapital(m.text) : undefined;
  if (capitalOf) {
    const country = ctx.doc.entities.find((x) => x.type === 'COUNTRY' && x.country === capitalOf);
    const s: Speaker = { name: country?.name ?? countryInfo(capitalOf)?.name ?? m.text, kind: 'country', mention: mentionSpan };
    if (country) s.entity = country.id;
    return s;
  }
  const e = m.entity ? ctx.entityById.get(m.entity) : undefined;
  const kind = m.type === 'PLACE' && !m.country ? 'organization' : KIND[m.type] ?? 'unnamed';
  const s: Speaker = { name: e?.name ?? m.text, kind, mention: mentionSpan };
  if (e) s.entity = e.id;
  return s;
}

/** Sentences back a pronoun looks for its person by salience, before falling back to the last mention. */
const SALIENCE_SENTENCES = 2;

/**
 * The person a subject pronoun most likely stands for (Hobbs-style, without a parse): the first
 * fitting mention of the pronoun's own sentence before it, else of the sentence before, and so
 * on — the subject, not the last name in passing ("Matthew Ingram … dubbed the conflict over the
 * Cruise video … He characterized …" is Ingram).
 */
function subjectFirst(ctx: ResolveContext, at: number, ok: (m: Mention) => boolean): Mention | undefined {
  const { doc, inQuote } = ctx;
  const here = doc.tokens[at]?.sentence ?? 0;
  const mentions = doc.mentions;
  for (let s = here; s >= 0 && here - s <= SALIENCE_SENTENCES; s--) {
    const sent = doc.sentences[s]!;
    const end = s === here ? doc.tokens[at]!.start : sent.end;
    // Mentions are in text order: start at the sentence's first by binary search (no scan from the top per pronoun).
    for (let i = firstAtLeast(mentions, startOf, sent.start); i < mentions.length && mentions[i]!.start < end; i++) {
      const m = mentions[i]!;
      if (!inQuote[m.firstToken] && ok(m)) return m;
    }
  }
  return undefined;
}

const startOf = (m: Mention) => m.start;
/** Per document and test: for each mention, the index of the latest one up to it that passes (-1: none). */
const latestPassing = new WeakMap<ResolveContext, Map<string, Int32Array>>();

/**
 * Most recent mention before token `at` (outside quotations) that passes `ok`; `key` names the test.
 * Each test is run over the mentions once per document: scanning back from every pronoun or
 * description for a mention that is not there made a long document's attribution quadratic.
 */
function lastMention(ctx: ResolveContext, at: number, key: string, ok: (m: Mention) => boolean): Mention | undefined {
  const { doc, inQuote } = ctx;
  let tests = latestPassing.get(ctx);
  if (!tests) latestPassing.set(ctx, (tests = new Map()));
  let latest = tests.get(key);
  if (!latest) {
    latest = new Int32Array(doc.mentions.length);
    let last = -1;
    doc.mentions.forEach((m, i) => {
      if (!inQuote[m.firstToken] && m.type !== 'DATE' && ok(m)) last = i;
      latest![i] = last;
    });
    tests.set(key, latest);
  }
  const before = firstAtLeast(doc.mentions, startOf, doc.tokens[at]?.start ?? Infinity) - 1; // mentions are in text order
  return before >= 0 && latest[before]! >= 0 ? doc.mentions[latest[before]!] : undefined;
}

export function resolvePhrase(ctx: ResolveContext, p: Phrase): Resolved | undefined {
  const { doc } = ctx;
  const { tokens, text } = doc;
  const phraseSpan = span(text, tokens[p.first]!.start, tokens[p.end - 1]!.end);
  const head = tokens[p.end - 1]!;
  // "Matthew Ingram of the newspaper", "Jane Doe of Springfield, Va.", "Jane Doe at a regional bank":
  // a named person, then where they are from or work; the person, not the whole phrase or its place.
  const li = ctx.mentionAt[p.first]!;
  const lead = li >= 0 ? doc.mentions[li]! : undefined;
  if (lead?.type === 'PERSON' && lead.firstToken === p.first && lead.endToken < p.end && FOR_PREPS.has(tokens[lead.endToken]!.lower)) {
    return { speaker: fromMention(ctx, lead), how: 'name' };
  }
  const mi = ctx.mentionAt[p.end - 1]!;
  if (mi >= 0) {
    const a = prepositionBefore(tokens, p.first, doc.mentions[mi]!.firstToken);
    const owner = a > p.first ? ctx.mentionAt[a - 1]! : -1;
    // "John Smith of the Brookings Institution", "Analyst Tom Lee at Fundstrat": the person, not the place they work.
    if (owner >= 0 && doc.mentions[owner]!.type === 'PERSON' && doc.mentions[owner]!.firstToken >= p.first) return { speaker: fromMention(ctx, doc.mentions[owner]!), how: 'name' };
    // "A spokeswoman for Hillary Clinton", "Officials at the United Nations": the phrase as it stands.
    if (a > p.first && REPRESENTATIVE_NOUNS.has(tokens[a - 1]!.lower)) {
      const plural = tokens[a - 1]!.lower.endsWith('s') && !tokens[a - 1]!.lower.endsWith('ss');
      return { speaker: { name: displayName(phraseSpan.text), kind: plural ? 'group' : 'unnamed', mention: phraseSpan }, how: plural ? 'group' : 'phrase' };
    }
    // "protest organizers in Cleveland", "The senator from Vermont", "the government in Beijing": a
    // place after in / from / at says where the speakers are. They are the phrase before it: the
    // person or body it names ("The senator" -> Bernie Sanders), else the whole phrase, place and all.
    const place = doc.mentions[mi]!.type === 'PLACE' || doc.mentions[mi]!.type === 'COUNTRY';
    if (place && a > p.first && WHERE_PREPS.has(tokens[a]!.lower)) {
      const before = resolvePhrase(ctx, { first: p.first, end: a });
      if (before?.speaker.entity) return before;
      if (before) return { speaker: { name: displayName(phraseSpan.text), kind: before.speaker.kind, mention: phraseSpan }, how: before.how };
    }
    return { speaker: fromMention(ctx, doc.mentions[mi]!), how: 'name' };
  }
  const pron = PRONOUNS[head.lower];
  if (REFLEXIVES.has(head.lower)) {
    // "Trump himself said", "He himself said": the reflexive only stresses the phrase it closes.
    if (p.end - p.first > 1) return resolvePhrase(ctx, { first: p.first, end: p.end - 1 });
    const emphatic = emphaticOf(tokens, p.first);
    if (emphatic) return emphatic.known ? resolvePhrase(ctx, emphatic.phrase) : {
      // A name the tagger took for a verb ("Ford/VERB itself said"): the name, not a guess at an antecedent.
      speaker: { name: displayName(tokens[p.first - 1]!.text), kind: 'unnamed', mention: span(text, tokens[p.first - 1]!.start, tokens[p.first - 1]!.end) }, how: 'phrase',
    };
  }
  if (pron && p.end - p.first === 1) return resolvePronoun(ctx, p, pron, phraseSpan);
  // "those who said", "many say", "most supported": quantifiers and demonstratives stand for a group.
  if (QUANTIFIERS.has(head.lower)) return { speaker: { name: displayName(phraseSpan.text), kind: 'group', mention: phraseSpan }, how: 'group' };
  if (head.pos === 'DET' || head.pos === 'PART' || head.pos === 'PUNCT' || head.pos === 'ADP') return undefined;
  if (mutePhrase(tokens, p)) return { speaker: { name: displayName(phraseSpan.text), kind: 'unnamed', mention: phraseSpan }, how: 'mute' };
  const plural = GROUP_NOUNS.has(head.lower) || (head.lower.endsWith('s') && !head.lower.endsWith('ss') && head.pos === 'NOUN');
  if (plural) return { speaker: { name: displayName(phraseSpan.text), kind: 'group', mention: phraseSpan }, how: 'group' };
  const possessed = tokens.slice(p.first, p.end).some((t) => t.lower === "'s" || t.lower === '’s');
  // "the 70-year-old", "the woman": the person last mentioned (of that gender, when the noun has one).
  const described = PERSON_DESCRIPTIONS[head.lower];
  if (described !== undefined && tokens[p.first]!.lower === 'the' && !possessed && (head.lower !== 'old' || tokens[p.end - 2]?.text === '-')) {
    const m = lastMention(ctx, p.first, `described:${described}`, (x) => x.type === 'PERSON' && (!described || (ctx.entityById.get(x.entity ?? '')?.gender ?? described) === described));
    if (m) return { speaker: { ...fromMention(ctx, m), mention: phraseSpan }, how: 'description' };
  }
  if (ROLE_NOUNS.has(head.lower) && !possessed && tokens[p.first]!.lower === 'the') {
    // "the minister": the person last mentioned with that role.
    const m = lastMention(ctx, p.first, `role:${head.lower}`, (x) => x.type === 'PERSON' && !!x.entity
      && !!ctx.entityById.get(x.entity)?.roles?.some((r) => r.text.toLowerCase().includes(head.lower)));
    if (m) return { speaker: { ...fromMention(ctx, m), mention: phraseSpan }, how: 'description' };
  }
  if (ORG_WORDS.has(head.lower) && tokens[p.first]!.lower === 'the') {
    const m = lastMention(ctx, p.first, `org:${head.lower}`, (x) => x.type === 'ORG' && x.text.toLowerCase().includes(head.lower));
    if (m) return { speaker: { ...fromMention(ctx, m), mention: phraseSpan }, how: 'description' };
    return { speaker: { name: displayName(phraseSpan.text), kind: 'organization', mention: phraseSpan }, how: 'phrase' };
  }
  // "Trump said" at a sentence's start, where the entity stage takes no ordinary word for a name: a
  // lone capitalized word is the one person of the article with it as their last name ("Donald
  // Trump"; not when two share it, as the Clintons do). The same calibration as before ('phrase'):
  // only the name is filled in.
  if (p.end - p.first === 1 && head.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(head.text)) {
    const named = soleBearer(ctx, head.text);
    if (named) return { speaker: { ...fromMention(ctx, named), mention: phraseSpan }, how: 'phrase' };
  }
  return { speaker: { name: displayName(phraseSpan.text), kind: 'unnamed', mention: phraseSpan }, how: 'phrase' };
}

/**
 * Per document, the last word of each person's full-name mentions → the first such mention, or null
 * when two people share it. Built once: scanning the mentions for every lone word made a long
 * document of them quadratic.
 */
const bearers = new WeakMap<ResolveContext, Map<string, Mention | null>>();

/** The full-name mention of the only person of the document whose name ends in this word (one entity), else undefined. */
function soleBearer(ctx: ResolveContext, word: string): Mention | undefined {
  if (isKnownOrganizationWord(fold(word))) return undefined; // "Twitter said" is no one's surname
  let index = bearers.get(ctx);
  if (!index) {
    index = new Map();
    for (const m of ctx.doc.mentions) {
      if (m.type !== 'PERSON' || m.endToken - m.firstToken < 2) continue;
      const last = ctx.doc.tokens[m.endToken - 1]!.text;
      const had = index.get(last);
      if (had === undefined) index.set(last, m);
      else if (had && had.entity !== m.entity) index.set(last, null);
    }
    bearers.set(ctx, index);
  }
  return index.get(word) ?? undefined;
}

/**
 * "Nicky Driscoll, 24, from Manchester, who said", "workers in New York, Los Angeles and Seattle who
 * demanded": "who" after a place stands for the people before where they are, not for the place.
 * Walks left over the places (and the commas and "and" between them) to their preposition, then
 * takes a person named right before it (past an age between commas), or the phrase there.
 */
function whoBeforePlace(ctx: ResolveContext, place: Mention): Resolved | undefined {
  if (place.type !== 'PLACE' && place.type !== 'COUNTRY') return undefined;
  const { tokens, mentions } = ctx.doc;
  let a = place.firstToken - 1;
  while (a > 0 && place.firstToken - a < 12) {
    const mi = ctx.mentionAt[a]!;
    if (mi >= 0 && (mentions[mi]!.type === 'PLACE' || mentions[mi]!.type === 'COUNTRY')) a = mentions[mi]!.firstToken - 1;
    else if (tokens[a]!.text === ',' || tokens[a]!.lower === 'and') a--;
    else break;
  }
  if (!WHERE_PREPS.has(tokens[a]?.lower ?? '') && tokens[a]?.lower !== 'of') return undefined;
  let k = a - 1;
  if (tokens[k]?.text === ',' && tokens[k - 1]?.pos === 'NUM' && tokens[k - 2]?.text === ',') k -= 3; // ", 24,"
  const mi = k >= 0 ? ctx.mentionAt[k]! : -1;
  if (mi >= 0 && mentions[mi]!.type === 'PERSON') return { speaker: fromMention(ctx, mentions[mi]!), how: 'name' };
  const before = k >= 0 && tokens[k]!.text !== ',' ? phraseEndingAt(tokens, k + 1, Math.max(0, k - 10)) : undefined;
  return before ? resolvePhrase(ctx, before) : undefined;
}

/** Prepositions that say where the speakers named before them are. */
const WHERE_PREPS: ReadonlySet<string> = new Set(['in', 'from', 'at']);

/** Prepositions after which a named person or body is the one spoken for: "a spokeswoman for X", "an official at X". */
const FOR_PREPS = new Set(['for', 'of', 'at', 'in', 'from', 'with']);

/**
 * The preposition right before the name at `name` (past a determiner) inside a phrase starting at
 * `first`, or -1: "a spokeswoman [for] Hillary Clinton", "John Smith [of] the Brookings Institution".
 */
function prepositionBefore(tokens: readonly Token[], first: number, name: number): number {
  let a = name - 1;
  while (a > first && tokens[a]!.pos === 'DET') a--;
  return a > first && FOR_PREPS.has(tokens[a]!.lower) ? a : -1;
}

/**
 * A phrase that cannot speak: a number ("50"), a pronoun that stands for no one ("what"), or a noun
 * for a thing, event or state ("The stampede", "World's recent analysis of its web statistics": the
 * noun before "of" heads the phrase).
 */
function mutePhrase(tokens: Token[], p: Phrase): boolean {
  if (p.end - p.first === 1 && MUTE_PRONOUNS.has(tokens[p.first]!.lower)) return true;
  const mute = (t: Token) => t.pos === 'NOUN' && !isCapitalized(t.text) && !canSpeak(t.lower);
  // The head of the phrase's first chunk: "officials involved at the time", "people familiar with the
  // plans"; past "of" when the noun before it is a part or a quantity ("The proportion of voters").
  let head: Token | undefined;
  for (let j = p.first; j < p.end; j++) {
    const t = tokens[j]!;
    if (t.lower === 'of' && head) {
      if (!mute(head)) break;
      head = undefined;
      continue;
    }
    if (t.pos === 'ADP' || t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || (head && t.pos === 'ADJ')) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'PRON') head = t;
  }
  return !!head && mute(head);
}
/** Reflexive pronouns: after a noun or a name they stress it ("Clinton herself said"), elsewhere they are pronouns ("bring himself to"). */
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves']);

/**
 * The phrase an emphatic reflexive at `at` stands for: the noun phrase just before it ("Clinton herself",
 * "the campaign itself"), or a capitalized word opening the sentence that the tagger read as a verb
 * ("Ford itself said"); undefined after anything else ("could not bring himself to", "This itself shows").
 */
function emphaticOf(tokens: readonly Token[], at: number): { known: true; phrase: Phrase } | { known: false } | undefined {
  const prev = tokens[at - 1];
  if (!prev) return undefined;
  if (prev.pos === 'PROPN' || prev.pos === 'NOUN') {
    const phrase = phraseEndingAt(tokens, at, Math.max(0, at - 10));
    return phrase ? { known: true, phrase } : undefined;
  }
  const opensSentence = tokens[at - 2] === undefined || tokens[at - 2]!.sentence !== prev.sentence;
  return prev.pos === 'VERB' && opensSentence && isCapitalized(prev.text) ? { known: false } : undefined;
}
/** Pronouns that stand for no one: "what made him famous", "nothing suggests". */
const MUTE_PRONOUNS = new Set(['what', 'whatever', 'nothing', 'something', 'anything']);

/** "the ministry", "the companies": the last institution named by a common noun in the previous sentences. */
function lastInstitution(ctx: ResolveContext, before: number, plural: boolean): Phrase | undefined {
  const { tokens } = ctx.doc;
  const limit = ctx.doc.sentences[Math.max(0, (tokens[before]?.sentence ?? 0) - 2)]?.firstToken ?? 0;
  for (let k = before - 1; k > limit; k--) {
    const t = tokens[k]!;
    const singular = plural && t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower;
    if (t.pos === 'NOUN' && ORG_WORDS.has(singular) && tokens[k - 1]?.lower === 'the' && !ctx.inQuote[k]) return { first: k - 1, end: k + 1 };
  }
  return undefined;
}

function resolvePronoun(ctx: ResolveContext, p: Phrase, pron: string, phraseSpan: Speaker['mention'] & object): Resolved | undefined {
  const { doc } = ctx;
  const { tokens } = doc;
  if (pron === 'm' || pron === 'f') {
    const fits = (x: Mention) => x.type === 'PERSON' && (ctx.entityById.get(x.entity ?? '')?.gender ?? pron) === pron;
    const m = subjectFirst(ctx, p.first, fits) ?? lastMention(ctx, p.first, `pronoun:${pron}`, fits);
    return m ? { speaker: { ...fromMention(ctx, m), mention: phraseSpan }, how: 'pronoun' } : undefined;
  }
  const word = tokens[p.first]!.lower;
  // First person outside quotation marks is the writer: "I" is the author, "we" the writer's side.
  if (word === 'i') return { speaker: { name: 'the author', kind: 'person', mention: phraseSpan }, how: 'first-person' };
  if (word === 'we') return { speaker: { name: 'we', kind: 'group', mention: phraseSpan }, how: 'first-person' };
  if (pron === 'self' && word === 'who') {
    // "X, who said": the antecedent is the phrase before the comma.
    let k = p.first - 1;
    if (tokens[k]?.text === ',') k--;
    const mi = k >= 0 ? ctx.mentionAt[k]! : -1;
    const placed = mi >= 0 ? whoBeforePlace(ctx, doc.mentions[mi]!) : undefined;
    if (placed) return { speaker: { ...placed.speaker, mention: phraseSpan }, how: 'relative' };
    if (mi >= 0) return { speaker: { ...fromMention(ctx, doc.mentions[mi]!), mention: phraseSpan }, how: 'relative' };
    const antecedent = k >= 0 ? phraseEndingAt(tokens, k + 1, Math.max(0, k - 10)) : undefined;
    const r = antecedent && tokens[antecedent.end - 1]!.lower !== 'who' ? resolvePhrase(ctx, antecedent) : undefined;
    return r ? { speaker: { ...r.speaker, mention: phraseSpan }, how: 'relative' } : undefined;
  }
  if (pron === 'plural' || pron === 'neuter') {
    let recent: ResolveContext['history'][number] | undefined; // the latest fitting speaker (a loop: copying the history per pronoun was quadratic)
    for (let i = ctx.history.length - 1; i >= 0 && !recent; i--) {
      const h = ctx.history[i]!;
      if (h.at < p.first && (pron === 'plural' ? h.speaker.kind === 'group' || h.speaker.kind === 'organization' : h.speaker.kind === 'organization' || h.speaker.kind === 'country')) recent = h;
    }
    if (recent) return { speaker: { ...recent.speaker, mention: phraseSpan }, how: 'pronoun' };
    const m = lastMention(ctx, p.first, 'institution', (x) => x.type === 'ORG' || x.type === 'COUNTRY');
    // "The ministry issued a statement. It said …": an unnamed institution named by its head noun.
    const noun = lastInstitution(ctx, p.first, pron === 'plural');
    if (noun && (!m || noun.first > m.endToken)) {
      return { speaker: { name: span(doc.text, tokens[noun.first]!.start, tokens[noun.end - 1]!.end).text, kind: 'organization', mention: phraseSpan }, how: 'pronoun' };
    }
    if (m) return { speaker: { ...fromMention(ctx, m), mention: phraseSpan }, how: 'pronoun' };
    return pron === 'plural' && !REFLEXIVES.has(word) ? { speaker: { name: displayName(phraseSpan.text), kind: 'group', mention: phraseSpan }, how: 'unresolved' } : undefined;
  }
  return undefined;
}
