/**
 * whosaid.sqlite and `whosaid check`, on one extraction of the bundled corpus: the database holds
 * what the other files hold, answers full-text queries, is rebuilt by --resume when a run died
 * before it was in place; check finds quotes (cut, reworded) and judges the claimed speaker.
 */
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkQuote } from '../src/app/check/search.js';
import type { OutputRecord } from '../src/record.js';
import { databaseRows, run, tmp } from './cli-run.js';

let out: string;
let db: Database.Database;
let records: OutputRecord[];

beforeAll(async () => {
  out = join(tmp(), 'out');
  const r = await run(['extract', 'corpus', '-o', out, '--workers', '2']);
  expect(r.code, r.stderr).toBe(0);
  records = readFileSync(join(out, 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as OutputRecord);
  db = new Database(join(out, 'whosaid.sqlite'), { readonly: true });
}, 180_000);
afterAll(() => db?.close());

describe('whosaid.sqlite', () => {
  test('an FTS query over the bundled corpus finds the seed quote, its speaker and sentence', () => {
    const rows = db.prepare(`SELECT d.id, q.quote_id, q.speaker, q.speaker_kind, q.confidence, q.sentence
      FROM quotes_fts JOIN quotes q ON q.quote = quotes_fts.rowid JOIN documents d ON d.doc = q.doc
      WHERE quotes_fts MATCH '"unfriendly act"' ORDER BY rank`).all();
    expect(rows).toEqual([expect.objectContaining({ id: 'peru-mexico-relations', quote_id: 'q445-601', speaker: 'Hugo de Zela', speaker_kind: 'person' })]);
    expect((rows[0] as { sentence: string }).sentence).toMatch(/^Peruvian Foreign Minister Hugo de Zela said the asylum/);
  });

  test.each([
    ['accents folded', 'chavez', 1],
    ['a word in no quote', 'xylophone', 0],
    ['a prefix', 'interfer*', 1],
  ])('full-text search: %s (%s)', (_n, query, atLeast) => {
    const n = (db.prepare('SELECT count(*) AS n FROM quotes_fts WHERE quotes_fts MATCH ?').get(query) as { n: number }).n;
    if (atLeast) expect(n).toBeGreaterThanOrEqual(atLeast);
    else expect(n).toBe(0);
  });

  test('holds every document, entity, mention and quote of documents.jsonl, with texts and UTF-16 offsets', () => {
    const count = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    expect(count('documents')).toBe(records.length);
    expect(count('entities')).toBe(records.reduce((s, r) => s + r.entities.length, 0));
    expect(count('mentions')).toBe(records.reduce((s, r) => s + r.entities.reduce((t, e) => t + e.mentions.length, 0), 0));
    expect(count('quotes')).toBe((parse(readFileSync(join(out, 'quotes.csv'), 'utf8')) as unknown[]).length - 1);
    const texts = new Map((db.prepare('SELECT doc, text FROM documents').all() as { doc: number; text: string }[]).map((d) => [d.doc, d.text]));
    for (const q of db.prepare('SELECT doc, start, end, text, segments, speaker_mention, speaker_mention_start, speaker_mention_end FROM quotes').all() as
      { doc: number; start: number; end: number; text: string; segments: string | null; speaker_mention: string | null; speaker_mention_start: number; speaker_mention_end: number }[]) {
      const pieces = q.segments ? (JSON.parse(q.segments) as [number, number][]) : [[q.start, q.end]];
      expect(pieces.map(([a, b]) => texts.get(q.doc)!.slice(a, b)).join(' ')).toBe(q.text);
      if (q.speaker_mention !== null) expect(texts.get(q.doc)!.slice(q.speaker_mention_start, q.speaker_mention_end)).toBe(q.speaker_mention);
    }
    expect(db.prepare("SELECT value FROM meta WHERE key = 'offset_unit'").get()).toEqual({ value: 'utf16' });
  });

  test('--resume of a finished folder rebuilds a database and review page that a killed run never put in place', async () => {
    const rows = databaseRows(join(out, 'whosaid.sqlite'));
    const page = readFileSync(join(out, 'review.html'), 'utf8');
    rmSync(join(out, 'whosaid.sqlite'));
    rmSync(join(out, 'review.html'));
    writeFileSync(join(out, 'whosaid.sqlite.tmp'), 'half a database');
    const r = await run(['extract', 'corpus', '-o', out, '--resume']);
    expect(r.code, r.stderr).toBe(0);
    expect(databaseRows(join(out, 'whosaid.sqlite'))).toEqual(rows);
    expect(readFileSync(join(out, 'review.html'), 'utf8')).toBe(page);
    expect(existsSync(join(out, 'whosaid.sqlite.tmp'))).toBe(false);
  });
});

describe('whosaid check', () => {
  const NOT_IN_CORPUS = 'The moon is made of green cheese, the minister told reporters on Tuesday.';
  // The command itself, for its exit codes.
  test.each([
    ['the seed quote, cut, by its speaker', 0, 'unfriendly act', 'Hugo de Zela'],
    ['the seed quote by someone else', 1, 'unfriendly act', 'Dina Boluarte'],
    ['a sentence not in the corpus', 3, NOT_IN_CORPUS, 'Hugo de Zela'],
    ['the seed quote, no speaker claimed', 0, 'unfriendly act', undefined],
  ])('%s: exit %i', async (_n, code, claim, speaker) => {
    const r = await run(['check', claim, ...(speaker ? ['--speaker', speaker] : []), '--db', join(out, 'whosaid.sqlite')]);
    expect(r.code, r.stdout + r.stderr).toBe(code);
  });

  // The same search and verdict in this process, for the ways a claim can differ from the article.
  test.each([
    ['by his surname', 'match', 'unfriendly act', 'de Zela'],
    ['by his name in capitals without accents, with his title', 'match', 'unfriendly act', 'Foreign Minister HUGO DE ZELA'],
    ['reworded a little', 'match', 'the asylum was an unfriendly act', 'Hugo de Zela'],
    ['a word left out and one misspelt', 'match', 'Mexico actions were part of a larger patern', 'Hugo de Zela'],
    ['a name that shares one word only', 'other-speaker', 'unfriendly act', 'Hugo Chávez'],
    ['not in the corpus, no speaker claimed', 'not-found', NOT_IN_CORPUS, undefined],
    ['a sentence of the seed article that is not a quote', 'not-found', 'Castillo, who has been in custody since his removal in December 2022', undefined],
  ])('%s: %s', (_n, verdict, claim, speaker) => {
    expect(checkQuote(db, claim, speaker).verdict).toBe(verdict);
  });

  test('says where the quote is, who it is attributed to there, with confidence and sentence', async () => {
    const r = await run(['check', 'unfriendly act', '--speaker', 'Dina Boluarte', '--db', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('peru-mexico-relations — Peru Ends Diplomatic Relations With Mexico, quote q445-601 [445, 601), similarity 1.00');
    expect(r.stdout).toMatch(/said by: {2}Hugo de Zela \(person\), rule cue-subject, confidence 0\.\d\d {2}✗ not the claimed speaker/);
    expect(r.stdout).toContain('sentence: Peruvian Foreign Minister Hugo de Zela said the asylum constituted an “unfriendly act”');
    expect(r.stdout).toContain('Found, but attributed to Hugo de Zela, not to "Dina Boluarte". (exit 1)');
  });

  test('--json gives the verdict and every match', async () => {
    const r = await run(['check', 'unfriendly act', '--speaker', 'Hugo de Zela', '--db', out, '--json']);
    const res = JSON.parse(r.stdout);
    expect(res).toMatchObject({ claim: 'unfriendly act', speaker: 'Hugo de Zela', verdict: 'match', exitCode: 0 });
    expect(res.matches[0]).toMatchObject({ docId: 'peru-mexico-relations', quoteId: 'q445-601', start: 445, end: 601, score: 1, speakerMatches: true,
      speaker: { name: 'Hugo de Zela', kind: 'person' }, rule: 'cue-subject' });
    const none = JSON.parse((await run(['check', NOT_IN_CORPUS, '--db', out, '--json'])).stdout);
    expect(none).toMatchObject({ verdict: 'not-found', exitCode: 3, matches: [] });
  });

  test('on INPUT files instead of --db: extracts them in memory first', async () => {
    const r = await run(['check', 'unfriendly act', '--speaker', 'Hugo de Zela', 'corpus/seed']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('quote q445-601');
  });

  test.each([
    ['no database and no inputs', ['check', 'unfriendly act']],
    ['both a database and inputs', ['check', 'unfriendly act', '--db', 'x.sqlite', 'corpus/seed']],
    ['a database that is not there', ['check', 'unfriendly act', '--db', '/no/such/whosaid.sqlite']],
    ['an empty quotation', ['check', ' ', 'corpus/seed']],
  ])('%s is a usage error (exit 2)', async (_n, args) => {
    expect((await run(args)).code).toBe(2);
  });

  test('a file that is not a whosaid database is a usage error', async () => {
    const path = join(tmp(), 'other.sqlite');
    copyFileSync(join(out, 'texts.jsonl'), path);
    const r = await run(['check', 'x', '--db', path]);
    expect(r.code).toBe(2);
  });
});
