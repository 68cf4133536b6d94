/** JSON Schema (2020-12) of the output record; `whosaid schema` prints it and tests validate real output against it. */
import { ATTRIBUTION_CLASSES } from './lexicon/cue-classes.js';
import { FINDER_NAMES, RULE_NAMES } from './types.js';

const span = {
  type: 'object',
  required: ['start', 'end', 'text'],
  additionalProperties: false,
  properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 }, text: { type: 'string' } },
} as const;

const range = {
  type: 'object',
  required: ['start', 'end'],
  additionalProperties: false,
  properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } },
} as const;

const entity = {
  type: 'object',
  required: ['id', 'type', 'name', 'mentions'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', description: 'Document-local entity id (e1, e2, … in order of first mention).' },
    type: { enum: ['PERSON', 'COUNTRY', 'PLACE', 'ORG', 'DATE'] },
    name: { type: 'string', description: 'Canonical name: the longest unambiguous form in the article (accented when ever accented).' },
    mentions: { type: 'array', items: span },
    country: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 for COUNTRY, and PLACE where known.' },
    value: { type: 'string', description: 'Normalized DATE value: ISO 8601 or TIMEX-style partial (XXXX-11-03, 196X, PRESENT_REF).' },
    roles: {
      type: 'array',
      items: { type: 'object', required: ['text'], additionalProperties: false, properties: { text: { type: 'string' }, country: { type: 'string', pattern: '^[A-Z]{2}$' } } },
    },
    gender: { enum: ['m', 'f'] },
  },
} as const;

const speaker = {
  type: ['object', 'null'],
  required: ['name', 'kind'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', description: 'Canonical name of the resolved entity, or the phrase for an unnamed or group source.' },
    entity: { type: 'string', description: 'Id of the speaker entity, when resolved to one.' },
    kind: { enum: ['person', 'organization', 'country', 'group', 'unnamed'] },
    mention: { ...span, description: 'The mention as written at the cue ("he", "de Zela").' },
  },
} as const;

const quote = {
  type: 'object',
  required: ['id', 'start', 'end', 'text', 'type', 'class', 'attribution', 'speaker', 'finder', 'rule', 'confidence'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', description: 'Stable id from the offsets: q<start>-<end>.' },
    start: { type: 'integer', minimum: 0, description: 'Start of the quoted words (of the first segment).' },
    end: { type: 'integer', minimum: 0, description: 'End of the quoted words (of the last segment).' },
    text: { type: 'string', description: 'The quoted words only; with segments, the segments\' texts joined by a space.' },
    type: { enum: ['direct', 'partial', 'indirect'] },
    class: { enum: [...ATTRIBUTION_CLASSES], description: 'What the attribution reports: speech and writing are quotations; thought, finding, intent and stance only with --attributions all.' },
    attribution: { type: 'string', description: 'Shared by the quotes of one attribution (one cue and speaker): “A,” she said. “B.” is two quotes, one attribution.' },
    speaker,
    cue: span,
    finder: { enum: [...FINDER_NAMES], description: 'The finder of stage 4 that found the quote.' },
    rule: { enum: [...RULE_NAMES], description: 'The attribution rule that chose the speaker (none when no rule applied).' },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
    evidence: { type: 'object', required: ['sentence'], additionalProperties: false, properties: { sentence: range } },
    segments: { type: 'array', items: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 } },
  },
} as const;

const diagnostic = {
  type: 'object',
  required: ['stage', 'rule', 'message', 'severity'],
  additionalProperties: false,
  properties: {
    stage: { type: 'string' },
    rule: { type: 'string' },
    message: { type: 'string' },
    severity: { enum: ['error', 'warning', 'info'] },
    start: { type: 'integer', minimum: 0 },
    end: { type: 'integer', minimum: 0 },
  },
} as const;

export const outputSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/whosaid/whosaid/schema/record-1.json',
  title: 'whosaid output record',
  description: 'One record per input document. Offsets are half-open UTF-16 code units into the input text.',
  type: 'object',
  required: ['id', 'status', 'offset_unit', 'date_reference', 'entities', 'quotes', 'diagnostics'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    url: { type: 'string' },
    published: { type: 'string' },
    status: { enum: ['ok', 'failed'] },
    offset_unit: { const: 'utf16' },
    date_reference: {
      type: 'object', required: ['value', 'source'], additionalProperties: false,
      properties: { value: { type: 'string' }, source: { enum: ['published', 'none'] } },
    },
    entities: { type: 'array', items: entity },
    quotes: { type: 'array', items: quote },
    diagnostics: { type: 'array', items: diagnostic },
    error: { type: 'object', required: ['message'], additionalProperties: false, properties: { message: { type: 'string' }, location: { type: 'string' } } },
  },
} as const;
