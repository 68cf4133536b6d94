/**
 * Corrections: the file format (every bad line a usage error naming its line), applying them to a
 * record built by hand, and the round trip through the CLI: extract, correct, extract again, and
 * the corrected attribution in documents.jsonl and whosaid.sqlite.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, test } from 'vitest';
import { CorrectionsError, applyCorrections, parseCorrections } from '../src/app/corrections/index.js';
import type { OutputRecord } from '../src/record.js';
import { run, tmp } from './cli-run.js';
import { expectValidSpans } from './helpers.js';

describe('the corrections file', () => {
  test('reads every form, skipping blank lines', () => {
    const file = [
      '{"doc": "a", "quote": "q10-20", "speaker": "Ana Ruiz", "note": "checked"}',
      '',
      '{"doc": "a", "start": 30, "end": 40, "speaker": null, "text": "0123456789", "type": "indirect"}',
      '{"doc": "b", "quote": "q1-2", "not_quote": true}',
    ].join('\n');
    expect(parseCorrections(file, 'c.jsonl')).toEqual([
      { line: 1, doc: 'a', quote: 'q10-20', speaker: 'Ana Ruiz' },
      { line: 3, doc: 'a', start: 30, end: 40, speaker: null, text: '0123456789', type: 'indirect' },
      { line: 4, doc: 'b', quote: 'q1-2', notQuote: true },
    ]);
  });

  test.each([
    ['not JSON', '{"doc": "a",', /c\.jsonl:2: not JSON/],
    ['not an object', '["a"]', /c\.jsonl:2: a correction is a JSON object/],
    ['no doc', '{"quote": "q1-2", "speaker": "X"}', /"doc"/],
    ['neither quote nor offsets', '{"doc": "a", "speaker": "X"}', /either as "quote"/],
    ['both quote and offsets', '{"doc": "a", "quote": "q1-2", "start": 1, "end": 2, "speaker": "X"}', /either as "quote"/],
    ['a quote id that is not one', '{"doc": "a", "quote": "e12", "speaker": "X"}', /quote id/],
    ['offsets backwards', '{"doc": "a", "start": 9, "end": 3, "speaker": "X"}', /start < end/],
    ['offsets not whole', '{"doc": "a", "start": 1.5, "end": 3, "speaker": "X"}', /whole numbers/],
    ['no verdict', '{"doc": "a", "quote": "q1-2"}', /say who said it/],
    ['an empty speaker', '{"doc": "a", "quote": "q1-2", "speaker": " "}', /say who said it/],
    ['speaker and not_quote', '{"doc": "a", "quote": "q1-2", "speaker": "X", "not_quote": true}', /not both/],
    ['not_quote false', '{"doc": "a", "quote": "q1-2", "not_quote": false}', /can only be true/],
    ['a misspelt field', '{"doc": "a", "quote": "q1-2", "speker": "X"}', /unknown field "speker"/],
    ['a bad type', '{"doc": "a", "quote": "q1-2", "speaker": "X", "type": "rumour"}', /"type"/],
    ['the same quote twice', '{"doc": "a", "start": 10, "end": 20, "speaker": "Y"}', /c\.jsonl:2: corrects the same quote as line 1/],
  ])('%s is refused with its line', (_n, line, message) => {
    const file = `{"doc": "a", "quote": "q10-20", "speaker": "X"}\n${line}\n`;
    expect(() => parseCorrections(file, 'c.jsonl')).toThrow(CorrectionsError);
    expect(() => parseCorrections(file, 'c.jsonl')).toThrow(message);
  });
});

describe('applying corrections to a record', () => {
  const text = 'Foreign Minister Ana Ruiz said the plan failed. Tom Baker said “it worked.” Ruiz disagreed.';
  const rec: OutputRecord = {
    id: 'd', status: 'ok', offset_unit: 'utf16', date_reference: { value: 'XXXX-XX-XX', source: 'none' },
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Ana Ruiz', mentions: [{ start: 17, end: 25, text: 'Ana Ruiz' }, { start: 76, end: 80, text: 'Ruiz' }] },
      { id: 'e2', type: 'PERSON', name: 'Tom Baker', mentions: [{ start: 48, end: 57, text: 'Tom Baker' }] },
    ],
    quotes: [
      { id: 'q31-46', start: 31, end: 46, text: 'the plan failed', type: 'indirect', class: 'speech', attribution: 'a31-46', finder: 'cue-complement', rule: 'cue-subject', confidence: 0.9,
        speaker: { name: 'Ana Ruiz', entity: 'e1', kind: 'person', mention: { start: 17, end: 25, text: 'Ana Ruiz' } }, cue: { start: 26, end: 30, text: 'said' } },
      { id: 'q63-75', start: 63, end: 75, text: '“it worked.”', type: 'direct', class: 'speech', attribution: 'a63-75', finder: 'direct', rule: 'cue-subject', confidence: 0.9,
        speaker: { name: 'Tom Baker', entity: 'e2', kind: 'person', mention: { start: 48, end: 57, text: 'Tom Baker' } } },
    ],
    diagnostics: [],
  };
  const one = (line: string) => applyCorrections(rec, text, parseCorrections(line, 'c'));

  test.each([
    ['a speaker by surname: the entity, its mention nearest the quote', '{"doc": "d", "quote": "q63-75", "speaker": "Ruiz"}', 'q63-75',
      { name: 'Ana Ruiz', entity: 'e1', kind: 'person', mention: { start: 76, end: 80, text: 'Ruiz' } }],
    ['the same speaker keeps the mention found', '{"doc": "d", "quote": "q31-46", "speaker": "ana ruiz"}', 'q31-46',
      { name: 'Ana Ruiz', entity: 'e1', kind: 'person', mention: { start: 17, end: 25, text: 'Ana Ruiz' } }],
    ['a name the article does not hold', '{"doc": "d", "quote": "q63-75", "speaker": "a Treasury official"}', 'q63-75',
      { name: 'a Treasury official', kind: 'unnamed' }],
    ['an unknown speaker', '{"doc": "d", "start": 63, "end": 75, "speaker": null}', 'q63-75', null],
  ])('%s', (_n, line, id, speaker) => {
    const out = one(line);
    const q = out.quotes.find((x) => x.id === id)!;
    expect(q.speaker).toEqual(speaker);
    expect([q.rule, q.confidence]).toEqual(['correction', 1]);
    expect(out.quotes).toHaveLength(2);
    expect(out.diagnostics).toEqual([expect.objectContaining({ stage: 'corrections', rule: 'correction', severity: 'info', start: q.start, end: q.end })]);
    expectValidSpans(text, out);
  });

  test('not a quote: removed, and the record says so', () => {
    const out = one('{"doc": "d", "quote": "q31-46", "not_quote": true}');
    expect(out.quotes.map((q) => q.id)).toEqual(['q63-75']);
    expect(out.diagnostics[0]!.message).toBe('corrections line 1: q31-46 removed: not a quote (was Ana Ruiz, cue-subject, 0.9)');
  });

  test('offsets that match no quote add one, in text order', () => {
    const out = one('{"doc": "d", "start": 0, "end": 8, "speaker": "Tom Baker", "type": "partial"}');
    expect(out.quotes.map((q) => q.id)).toEqual(['q0-8', 'q31-46', 'q63-75']);
    expect(out.quotes[0]).toMatchObject({ text: 'Foreign ', type: 'partial', rule: 'correction', speaker: { name: 'Tom Baker', entity: 'e2' } });
    expectValidSpans(text, out);
  });

  test.each([
    ['a quote id that is not in the document', '{"doc": "d", "quote": "q1-5", "speaker": "X"}', 'correction-unmatched'],
    ['not_quote of a span that is no quote', '{"doc": "d", "start": 1, "end": 5, "not_quote": true}', 'correction-unmatched'],
    ['offsets past the end of the text', '{"doc": "d", "start": 10, "end": 500, "speaker": "X"}', 'correction-unmatched'],
    ['a text that no longer reads so', '{"doc": "d", "quote": "q31-46", "speaker": "X", "text": "the plan worked"}', 'correction-stale'],
  ])('%s changes nothing and is a warning', (_n, line, rule) => {
    const out = one(line);
    expect(out.quotes).toEqual(rec.quotes);
    expect(out.diagnostics).toEqual([expect.objectContaining({ rule, severity: 'warning' })]);
  });

  test('no corrections for the document: the same record', () => {
    expect(applyCorrections(rec, text, [])).toBe(rec);
  });
});

describe('extract --corrections (round trip)', () => {
  let dir: string;
  let first: OutputRecord;
  beforeAll(async () => {
    dir = tmp();
    const r = await run(['extract', 'corpus/seed', '-o', join(dir, 'first'), '--workers', '0']);
    expect(r.code, r.stderr).toBe(0);
    first = JSON.parse(readFileSync(join(dir, 'first', 'documents.jsonl'), 'utf8')) as OutputRecord;
  });

  test('a journalist\'s corrections are applied on the next run, in every output', async () => {
    const unfriendly = first.quotes.find((q) => q.text.includes('unfriendly act'))!;
    const gone = first.quotes.find((q) => q.text.includes('regretted the rupture'))!;
    expect(unfriendly.speaker?.name).toBe('Hugo de Zela');
    const file = join(dir, 'corrections.jsonl');
    writeFileSync(file, [
      { doc: first.id, quote: unfriendly.id, speaker: 'Boluarte', text: unfriendly.text, note: 'the president said it, per the transcript' },
      { doc: first.id, start: gone.start, end: gone.end, not_quote: true },
      { doc: 'no-such-document', quote: 'q1-2', speaker: 'Nobody' },
    ].map((c) => JSON.stringify(c)).join('\n'));
    const out = join(dir, 'second');
    const r = await run(['extract', 'corpus/seed', '-o', out, '--workers', '1', '--corrections', file]);
    expect(r.code, r.stderr).toBe(0);
    const rec = JSON.parse(readFileSync(join(out, 'documents.jsonl'), 'utf8')) as OutputRecord;
    const q = rec.quotes.find((x) => x.id === unfriendly.id)!;
    expect(q).toMatchObject({ rule: 'correction', confidence: 1, speaker: { name: 'Dina Boluarte', kind: 'person', entity: expect.stringMatching(/^e\d+$/) } });
    expect(rec.quotes.map((x) => x.id)).toEqual(first.quotes.filter((x) => x !== gone).map((x) => x.id));
    expectValidSpans(readFileSync('corpus/seed/peru-mexico-relations.txt', 'utf8'), rec);
    expect(readFileSync(join(out, 'quotes.csv'), 'utf8')).toContain(`${unfriendly.id},${unfriendly.attribution},partial,speech,${unfriendly.start},${unfriendly.end}`);
    const db = new Database(join(out, 'whosaid.sqlite'), { readonly: true });
    expect(db.prepare("SELECT speaker, rule, confidence FROM quotes WHERE quote_id = ?").get(unfriendly.id)).toEqual({ speaker: 'Dina Boluarte', rule: 'correction', confidence: 1 });
    db.close();
    const check = await run(['check', 'unfriendly act', '--speaker', 'Dina Boluarte', '--db', out]);
    expect(check.code, check.stdout).toBe(0);
  });

  test.each([
    ['a bad line', '{"doc": "x", "quote": "q1-2", "speaker": "A"}\n{"doc": "x"}\n', /corrections\.jsonl:2: give the quote/],
    ['a missing file', null, /--corrections .*no such file/i],
  ])('%s is a usage error (exit 2) before anything runs', async (_n, content, message) => {
    const file = join(dir, content === null ? 'missing.jsonl' : 'bad-corrections.jsonl');
    if (content !== null) writeFileSync(file, content);
    const r = await run(['extract', 'corpus/seed', '-o', join(dir, 'never'), '--corrections', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
