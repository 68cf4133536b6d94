/**
 * Whole-pipeline golden records for corpus articles, read as the CLI reads them. A change in output
 * fails here; when the change is intended, regenerate with `UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts`
 * and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { titleOf } from '../src/app/io/read.js';
import { expectValidSpans } from './helpers.js';

const ARTICLES = ['corpus/seed/peru-mexico-relations.txt', 'corpus/wikinews/GUM_news_defector.txt', 'corpus/wikinews/GUM_news_imprisoned.txt'];

describe('golden records', () => {
  test.each(ARTICLES)('%s', (path) => {
    const text = readFileSync(path, 'utf8');
    const id = basename(path, '.txt');
    const title = titleOf(text);
    const rec = extract(title ? { id, text, title } : { id, text });
    expectValidSpans(text, rec);
    const golden = join(import.meta.dirname, 'golden', `${id}.json`);
    if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, `${JSON.stringify(rec, null, 2)}\n`);
    expect(rec).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });

  test('the seed article: who said what, as the brief requires', () => {
    const text = readFileSync(ARTICLES[0]!, 'utf8');
    const rec = extract({ id: 'seed', text });
    const who = (needle: string) => rec.quotes.find((q) => q.text.includes(needle))?.speaker?.name;
    expect(who('unfriendly act')).toBe('Hugo de Zela');
    expect(who('excessive and disproportionate')).toBe('Mexico');
    expect(who('victim')).toBe('Mexico’s president');
    expect(who('Today we learned')).toBe('Hugo de Zela');
    expect(rec.quotes.find((q) => q.text.includes('larger pattern'))?.speaker?.mention?.text).toBe('He');
    const chavez = rec.entities.filter((e) => e.type === 'PERSON' && e.name.includes('Ch'));
    expect(chavez.map((e) => e.name)).toEqual(['Betssy Chávez']);
    expect(chavez[0]!.mentions.map((m) => m.text)).toContain('Chavez');
    const codes = rec.entities.filter((e) => e.type === 'COUNTRY').map((e) => e.country);
    expect(codes).toEqual(['PE', 'MX']);
  });
});
