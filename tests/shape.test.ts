/**
 * One source for the output shape (src/shape.ts): the JSON Schema and the docs tables come from it,
 * the docs file says what the schemas say, and real records from the corpus validate against it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { failedRecord } from '../src/record.js';
import { schemaDocs, withSchemaDocs } from '../src/schema-docs.js';
import { outputSchema } from '../src/schema.js';
import { RECORD_PARTS, RecordSchema } from '../src/shape.js';

const DOCS = 'docs/output-schema.md';
const docs = readFileSync(DOCS, 'utf8');
const validate = new Ajv2020.default({ strict: true, allErrors: true }).compile(outputSchema);

describe('docs/output-schema.md', () => {
  test('its field tables are the ones the schemas render (run make docs after editing src/shape.ts)', () => {
    expect(withSchemaDocs(docs)).toBe(docs);
  });

  // Each row must make the check fail: a hand edit of a generated table is caught.
  test.each([
    ['a description edited by hand', (d: string) => d.replace('| `e1`, `e2`, …', '| `e1`, `e2`, ... ')],
    ['a field row removed', (d: string) => d.replace(/^\| `gender` .*\n/m, '')],
    ['a type changed', (d: string) => d.replace('| `confidence` | number, 0–1 |', '| `confidence` | number |')],
  ])('catches %s', (_what, edit) => {
    const edited = edit(docs);
    expect(edited).not.toBe(docs);
    expect(withSchemaDocs(edited)).not.toBe(edited);
  });

  test('without its markers it is an error, not a silent append', () => {
    expect(() => withSchemaDocs('# Output record\n')).toThrow(/markers/);
  });

  test.each(RECORD_PARTS.map((p) => [String(p.title), p] as const))('%s: a table with every field', (title, part) => {
    const rendered = schemaDocs();
    expect(rendered).toContain(`## ${title}\n`);
    const section = rendered.slice(rendered.indexOf(`## ${title}\n`)).split('\n## ')[0]!;
    for (const name of Object.keys(part.properties as object)) expect(section, name).toContain(`| \`${name}\` |`);
  });
});

describe('the JSON Schema', () => {
  test('is the record schema with its 2020-12 header, and compiles in Ajv strict mode', () => {
    expect(outputSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(outputSchema.properties).toEqual(JSON.parse(JSON.stringify(RecordSchema.properties)));
    expect(typeof validate).toBe('function');
  });

  const corpus = 'corpus/wikinews';
  const articles = readdirSync(corpus).filter((f) => f.endsWith('.txt')).slice(0, 6);
  test.each([['corpus/seed/peru-mexico-relations.txt'], ...articles.map((f) => [join(corpus, f)])])('holds for the record of %s', (path) => {
    const rec = extract({ id: path, text: readFileSync(path, 'utf8') });
    expect(validate(rec), JSON.stringify(validate.errors)).toBe(true);
  });

  test('holds for a failed record', () => {
    expect(validate(failedRecord('x', 'unreadable', 'x.txt:3')), JSON.stringify(validate.errors)).toBe(true);
  });

  // Rows that must not validate: the schema is closed and typed, not a formality.
  test.each([
    ['an unknown field', (r: Record<string, unknown>) => ({ ...r, extra: 1 })],
    ['a missing quotes layer', ({ quotes: _q, ...r }: Record<string, unknown>) => r],
    ['a negative offset', (r: Record<string, unknown>) => ({ ...r, quotes: [{ ...(r.quotes as object[])[0], start: -1 }] })],
    ['an unknown finder', (r: Record<string, unknown>) => ({ ...r, quotes: [{ ...(r.quotes as object[])[0], finder: 'guess' }] })],
    ['a three-number segment', (r: Record<string, unknown>) => ({ ...r, quotes: [{ ...(r.quotes as object[])[0], segments: [[1, 2, 3]] }] })],
    ['a lower-case country code', (r: Record<string, unknown>) => ({ ...r, entities: [{ ...(r.entities as object[])[0], country: 'pe' }] })],
  ])('rejects %s', (_what, edit) => {
    const rec = extract(readFileSync('corpus/seed/peru-mexico-relations.txt', 'utf8')) as unknown as Record<string, unknown>;
    expect(validate(rec)).toBe(true);
    expect(validate(edit(rec))).toBe(false);
  });
});
