/**
 * The output record's shape, defined once. From these TypeBox schemas come the output types
 * (types.ts and record.ts take them with `Static`), the JSON Schema `whosaid schema` prints
 * (schema.ts), and the field tables of docs/output-schema.md (tools/schema-docs.ts renders them;
 * a test fails when the file and the schemas disagree). A field's `description` is its
 * documentation: change it here, then `make docs`.
 */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { ENTITY_TYPES, FINDER_NAMES, QUOTE_TYPES, RULE_NAMES, SEVERITIES, SPEAKER_KINDS } from './closed-sets.js';
import { ATTRIBUTION_CLASSES } from './lexicon/cue-classes.js';


/** A closed set of strings as a plain JSON Schema `enum` (TypeBox's own unions print as anyOf of consts). */
function Enum<const T extends readonly string[]>(values: T, description?: string) {
  return Type.Unsafe<T[number]>({ enum: [...values], ...(description ? { description } : {}) });
}

const offset = (description?: string) => Type.Integer({ minimum: 0, ...(description ? { description } : {}) });
const iso2 = (description: string) => Type.String({ pattern: '^[A-Z]{2}$', description });
/** `[start, end]`, as a 2020-12 tuple (TypeBox's Tuple prints the draft-07 form). */
const Pair = Type.Unsafe<[number, number]>({ type: 'array', prefixItems: [offset(), offset()], items: false, minItems: 2, maxItems: 2 });
/** Schema options of a named part of the record: its title names its docs table and its type in other tables. */
const part = (title: string, description: string) => ({ title, description, additionalProperties: false });
/** A named part used inside another, with the meaning it has there. */
const as = <T extends TSchema>(schema: T, description: string): T => ({ ...schema, description });

export const SpanSchema = Type.Object({
  start: offset('first UTF-16 code unit'),
  end: offset('one past the last'),
  text: Type.String({ description: 'the text between them: `text.slice(start, end)`' }),
}, part('Span', 'A half-open UTF-16 range with the text it covers in the original document.'));

export const RangeSchema = Type.Object({
  start: offset('first UTF-16 code unit'),
  end: offset('one past the last'),
}, part('Range', 'A half-open UTF-16 range without its text.'));

export const RoleSchema = Type.Object({
  text: Type.String({ description: 'the title as written ("former Peruvian Prime Minister")' }),
  country: Type.Optional(iso2('ISO 3166-1 alpha-2 of the country a demonym or country name in it points to ("Peruvian" → PE)')),
}, part('Role', 'A title or role written next to a person\'s name.'));

export const EntitySchema = Type.Object({
  id: Type.String({ description: '`e1`, `e2`, … in order of first mention (stable for the same input)' }),
  type: Enum(ENTITY_TYPES, 'a person; a country; another place (a city, a region, a landmark); an organization (a government body, a company, a party, a newspaper); a date'),
  name: Type.String({ description: 'canonical name: for people the longest form in the article, accented if ever accented ("Betssy Chávez"); for countries the English common name ("United States" for "U.S."); for dates the first mention' }),
  mentions: Type.Array(SpanSchema, { description: 'every mention, as written; possessive `\'s` excluded, titles excluded for people' }),
  country: Type.Optional(iso2('ISO 3166-1 alpha-2: COUNTRY entities; PLACE entities when known (a capital city, a territory)')),
  value: Type.Optional(Type.String({ description: 'DATE: `2025-11-03`, `2022-12`, `2022`, `XXXX-11-03` (year unknown), `XXXX-WXX-5` (a Friday), `196X` (a decade: "the 1960s", "the sixties"), `19XX` (a century: "the 20th century"), `2015-SP` (a season; "the fall" alone takes the reference year), `2025-W46` (a week), `PRESENT_REF` ("today" without a reference date); absent when the text does not pin the date down ("the next day")' })),
  roles: Type.Optional(Type.Array(RoleSchema, { description: 'PERSON: titles written next to the name ("former Peruvian Prime Minister"), with the country a demonym or country name in them points to' })),
  gender: Type.Optional(Enum(['m', 'f'] as const, 'PERSON: from a known first name or a gendered title, when known')),
}, part('Entity', 'A person, country, place, organization or date, with every mention of it. Entities are in order of first mention.'));

export const SpeakerSchema = Type.Object({
  name: Type.String({ description: 'canonical name of the resolved entity ("Hugo de Zela" for "de Zela" or "he"; the country for a capital that speaks: "Peru" for "Lima said"), or the phrase for an unnamed or group source ("Mexico’s president", "Prosecutors"); "the author" for a first-person writer ("I think")' }),
  entity: Type.Optional(Type.String({ description: 'the speaker entity\'s `id`' })),
  kind: Enum(SPEAKER_KINDS, 'a named `person`; an `organization` (one the article names: a ministry, a company); a `country` (or its capital speaking for its government); a `group` (a plural source: "Prosecutors", "economists", "we"); `unnamed` (a description: "Mexico’s president", "a spokesman")'),
  mention: Type.Optional(as(SpanSchema, 'the speaker as written at the cue: "He", "de Zela", "the ministry", "who"')),
}, part('Speaker', 'Who said it.'));

export const EvidenceSchema = Type.Object({
  sentence: as(RangeSchema, 'the sentence(s) from the quote to its cue'),
}, part('Evidence', 'Where the quote\'s attribution was read.'));

export const QuoteSchema = Type.Object({
  id: Type.String({ description: '`q<start>-<end>`: stable, unique within the document' }),
  start: offset('start of the quoted words (of the first segment)'),
  end: offset('end of the quoted words (of the last segment)'),
  text: Type.String({ description: 'the quoted words only, never the cue or the speaker: a direct quote with its marks (one pair of marks, one quote); for reported speech the content clause ("Mexico’s actions were part of a larger pattern"); for mixed speech the clause holding the quoted fragment, or the fragment alone when it hangs on a verb with no clause (“excessive and disproportionate,”). With `segments`, the segments\' texts joined by a space, and `start`/`end` span them (the cue between them is not part of the quote)' }),
  type: Enum(QUOTE_TYPES, '`direct`: words in quotation marks; `partial`: reported speech holding a quoted fragment, or the fragment on its verb; `indirect`: reported speech without marks'),
  class: Enum(ATTRIBUTION_CLASSES, 'what the attribution reports: said, wrote, believes, shows (a poll, a study, data), wants or does, a position taken. Quotations are `speech` and `writing`; the others are written only with `--attributions all` (see the README\'s table)'),
  attribution: Type.String({ description: '`a<start>-<end>` of the attribution\'s first quote: the quotes of one cue and speaker share it (“A,” she said, “B.” is two quotes, one attribution)' }),
  speaker: Type.Union([SpeakerSchema, Type.Null()], { description: 'null when no rule found a speaker at or above confidence 0.3, or when the only speaker found cannot speak ("The stampede", "50")' }),
  cue: Type.Optional(as(SpanSchema, 'the reporting word(s): "said", "told", "according to", "insisting"; the colon of a headline claim ("Poll: Sanders leads")')),
  finder: Enum(FINDER_NAMES, 'the finder of stage 4 that found the quote: `direct` (quotation marks), `transcript` (a labelled turn), `set-off` (a block quote after a colon, a pull quote ending with its speaker\'s name), `according-to`, `content-before-cue` (CONTENT, X said), `relative-clause` (which X said …), `cue-complement` (X said that CONTENT, called for CONTENT), `source-opening` (In a poll, CONTENT), `fragment` (a quoted fragment on its verb), `headline` (Source: claim); `correction` for a quote a journalist added'),
  rule: Enum(RULE_NAMES, 'the sieve of stage 5 that chose the speaker: `cue-subject` (X said), `cue-inverted` (said X), `according-to`, `cue-participle` (…, insisting that / by saying / when asked: the clause\'s subject), `colon-intro` (X continued: “…”), `transcript-label` (WALLACE: … — a transcript turn under its speaker\'s capitalized name), `colon-name` (Name: “…”), `dash-name` (“…” — Name), `trailing-name` (a pull quote\'s closing name), `sentence-subject` (a cue-less quotation after a sentence whose subject is a person), `same-paragraph` / `continuation` / `nearest-speaker` (a cue-less quote continuing the speaker of an earlier quotation), `none`; `correction` when a journalist\'s correction set the speaker'),
  confidence: Type.Number({ minimum: 0, maximum: 1, description: 'how often a quote found and attributed this way is a real quote with the right speaker: calibrated on annotated news per finder, complement, rule, kind of resolution (a name at the cue, a pronoun, a description, an inherited speaker, …) and cue (`say`/`tell` or another verb); 1 for a correction' }),
  evidence: Type.Optional(EvidenceSchema),
  segments: Type.Optional(Type.Array(Pair, { description: 'the `[start, end]` pieces of a quotation interrupted by its cue (“A,” she said, “B.”) or running over paragraphs' })),
}, part('Quote', 'A quotation (or, with `--attributions all`, another attribution) and its speaker. Quotes are in text order.'));

export const DiagnosticSchema = Type.Object({
  stage: Type.String({ description: 'the stage that raised it (`input`, `normalize`, `quotes`, `corrections`, …)' }),
  rule: Type.String({ description: 'what it is about (see the list below)' }),
  message: Type.String({ description: 'for people' }),
  severity: Enum(SEVERITIES, '`error`: the document could not be processed; `warning`: part of it was read with a guess or left out; `info`: for the record (a correction applied)'),
  start: Type.Optional(offset('where in the text, when it is about a place in it')),
  end: Type.Optional(offset('end of that place')),
}, part('Diagnostic', 'A content problem: unclosed quotation marks, bad dates, input warnings.'));

export const DateReferenceSchema = Type.Object({
  value: Type.String({ description: 'YYYY-MM-DD, or `XXXX-XX-XX` without one' }),
  source: Enum(['published', 'none'] as const, 'where it came from: the input\'s `published` date, or none'),
}, part('DateReference', 'The date relative dates ("last Tuesday") were resolved against.'));

export const RecordErrorSchema = Type.Object({
  message: Type.String({ description: 'why' }),
  location: Type.Optional(Type.String({ description: 'where: a file, `file:line`; a line of stdin says just `<stdin>`, its line number going to stderr and `manifest.jsonl`' })),
}, part('Error', 'Why a document could not be processed.'));

export const RecordSchema = Type.Object({
  id: Type.String({ description: 'the input document\'s id; for a JSON Lines record without one, `<file>-<line>`, or on stdin `stdin-` and the first 12 hex digits of the line\'s SHA-256 (so it does not depend on where the stream was split); plain text on stdin takes the same from the whole text' }),
  title: Type.Optional(Type.String({ description: 'echoed from the input' })),
  url: Type.Optional(Type.String({ description: 'echoed from the input' })),
  published: Type.Optional(Type.String({ description: 'echoed from the input' })),
  status: Enum(['ok', 'failed'] as const, 'a failed document has empty layers and an `error`'),
  offset_unit: Type.Literal('utf16', { description: 'the unit of every offset' }),
  date_reference: DateReferenceSchema,
  entities: Type.Array(EntitySchema, { description: 'in order of first mention' }),
  quotes: Type.Array(QuoteSchema, { description: 'in text order' }),
  diagnostics: Type.Array(DiagnosticSchema, { description: 'content problems (unclosed quotation marks, bad dates, input warnings)' }),
  error: Type.Optional(as(RecordErrorSchema, 'only on failed records')),
}, part('Record', 'One record per input document. Offsets are half-open UTF-16 code units into the input text.'));

/** The parts of the record, in the order the docs present them. */
export const RECORD_PARTS: readonly TSchema[] = [RecordSchema, EntitySchema, RoleSchema, QuoteSchema, SpeakerSchema, EvidenceSchema, DiagnosticSchema, DateReferenceSchema, RecordErrorSchema, SpanSchema, RangeSchema];

export type Span = Static<typeof SpanSchema>;
export type Range = Static<typeof RangeSchema>;
export type Role = Static<typeof RoleSchema>;
export type Entity = Static<typeof EntitySchema>;
export type Speaker = Static<typeof SpeakerSchema>;
export type Diagnostic = Static<typeof DiagnosticSchema>;
export type DateReference = Static<typeof DateReferenceSchema>;
export type OutputQuote = Static<typeof QuoteSchema>;
export type OutputRecord = Static<typeof RecordSchema>;
