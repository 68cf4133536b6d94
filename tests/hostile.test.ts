/**
 * Hostile input, end to end on the built CLI: each row is a document a scraped corpus really
 * contains, with the outcome a user sees. One run over a folder holding all of them: nothing
 * crashes, every document is accounted for, failures say where and why, the rest is processed.
 */
import { readFileSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { outputSchema } from '../src/schema.js';
import { run, tmp } from './cli-run.js';
import { expectValidSpans } from './helpers.js';

interface Rec { id: string; status: string; error?: { message: string; location?: string }; diagnostics: { rule: string; message: string }[]; quotes: { text: string; speaker: { name: string } | null }[]; entities: unknown[] }

const ARTICLE = 'Ana Ruiz said the bridge would close next month.';
const BIG_QUOTE = `Ana Ruiz said: “${'the plan will hold and we will see what happens next. '.repeat(40_000)}” Then she left.`;

/** File name → contents (string, or bytes for what is not text). */
const FILES: Record<string, string | Buffer> = {
  'empty.txt': '',
  'whitespace.txt': '   \n\n\t  \n',
  'binary.txt': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
  'invalid-utf8.txt': Buffer.concat([Buffer.from('Ana Ruiz said the plan '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' failed.')]),
  'bom.txt': `\ufeff${ARTICLE}`,
  'crlf.txt': `Bridge closes\r\n\r\n${ARTICLE}\r\nTom Baker said it was fine.\r\n`,
  'lone-cr.txt': `Bridge closes\r\r${ARTICLE}\rTom Baker said it was fine.\r`,
  'html.txt': `<html><body><p>${ARTICLE}</p><script>alert("said")</script><p>Tom Baker said it was fine.</p></body></html>`,
  'lines.jsonl': [
    '{"id":"malformed","text":',
    '{"id":"no-text","title":"a title and nothing else"}',
    '{"id":"number-text","text":42}',
    JSON.stringify({ id: 'dup', text: ARTICLE }),
    JSON.stringify({ id: 'dup', text: 'Tom Baker said it was fine.' }),
    JSON.stringify({ id: 'nul', text: `Ana\u0000 Ruiz said the plan\u0000 failed.` }),
    JSON.stringify({ id: 'big-quote', text: BIG_QUOTE }),
  ].join('\n'),
};

let out: string;
let recs: Map<string, Rec[]>;
let manifest: { id: string; status: string; source: string; reason?: string }[];
let code: number;
const texts = new Map<string, string>();

beforeAll(async () => {
  const dir = tmp();
  const input = join(dir, 'in');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(input);
  for (const [name, body] of Object.entries(FILES)) writeFileSync(join(input, name), body);
  // A 50 MB article, made sparse so the test does not spend the time writing it.
  const fd = openSync(join(input, 'huge.txt'), 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  out = join(dir, 'out');
  const r = await run(['extract', input, '-o', out, '--max-doc-bytes', '3000000']);
  code = r.code;
  recs = new Map();
  for (const l of readFileSync(join(out, 'documents.jsonl'), 'utf8').trim().split('\n')) {
    const rec = JSON.parse(l) as Rec;
    recs.set(rec.id, [...(recs.get(rec.id) ?? []), rec]);
  }
  manifest = readFileSync(join(out, 'manifest.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  texts.set('bom', ARTICLE).set('crlf', FILES['crlf.txt'] as string).set('lone-cr', FILES['lone-cr.txt'] as string).set('html', FILES['html.txt'] as string);
}, 180_000);

const one = (id: string) => {
  // A line whose id cannot be read is named after its place: lines.jsonl line 1.
  const r = id === 'malformed' ? recs.get('lines-1') : recs.get(id);
  expect(r, `a record for ${id}`).toBeDefined();
  return r![0]!;
};
const rules = (id: string) => one(id).diagnostics.map((d) => d.rule);

describe('hostile input', () => {
  test('some documents failed, so the exit code is 1; every document is in the output and the manifest', () => {
    expect(code).toBe(1);
    const all = [...recs.values()].flat();
    expect(all).toHaveLength(16);
    expect(manifest).toHaveLength(16);
    const validate = new Ajv2020.default({ strict: false }).compile(outputSchema);
    for (const r of all) expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
  });

  test.each([
    // id, status, what the user sees
    ['empty', 'ok', (r: Rec) => expect(rules('empty')).toContain('empty-text')],
    ['whitespace', 'ok', (r: Rec) => { expect(rules('whitespace')).toContain('empty-text'); expect(r.quotes).toEqual([]); }],
    ['binary', 'failed', (r: Rec) => expect(r.error?.message).toMatch(/binary/)],
    ['invalid-utf8', 'ok', (r: Rec) => { expect(r.diagnostics.some((d) => /invalid UTF-8/.test(d.message))).toBe(true); expect(r.quotes[0]?.speaker?.name).toBe('Ana Ruiz'); }],
    ['bom', 'ok', (r: Rec) => expect(r.quotes[0]?.speaker?.name).toBe('Ana Ruiz')],
    ['crlf', 'ok', (r: Rec) => expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Ana Ruiz', 'Tom Baker'])],
    ['lone-cr', 'ok', (r: Rec) => expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Ana Ruiz', 'Tom Baker'])],
    ['html', 'ok', (r: Rec) => { expect(rules('html')).toContain('html-input'); expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Ana Ruiz', 'Tom Baker']); }],
    ['huge', 'failed', (r: Rec) => expect(r.error?.message).toMatch(/max-doc-bytes|larger/)],
    ['malformed', 'failed', (r: Rec) => { expect(r.error?.message).toMatch(/malformed JSON/); expect(r.error?.location).toMatch(/lines\.jsonl:1$/); }],
    ['no-text', 'failed', (r: Rec) => expect(r.error?.message).toMatch(/no text/)],
    ['number-text', 'failed', (r: Rec) => expect(r.error?.message).toMatch(/not a string/)],
    ['nul', 'ok', (r: Rec) => expect(r.quotes[0]?.speaker?.name).toBe('Ana Ruiz')],
    ['big-quote', 'ok', (r: Rec) => { expect(r.quotes).toHaveLength(1); expect(r.quotes[0]!.text.length).toBeGreaterThan(2_000_000); expect(r.quotes[0]!.speaker?.name).toBe('Ana Ruiz'); }],
  ] as const)('%s: %s', (id, status, check) => {
    const r = one(id);
    expect(r.status, JSON.stringify(r.error)).toBe(status);
    check(r);
    const text = texts.get(id);
    if (text !== undefined && id !== 'bom') expectValidSpans(text, r as never);
  });

  test('a duplicate id: both documents processed, the second flagged', () => {
    const dups = recs.get('dup')!;
    expect(dups.map((d) => d.status)).toEqual(['ok', 'ok']);
    expect(dups[1]!.diagnostics.some((d) => d.rule === 'duplicate-id')).toBe(true);
  });
});

describe('100,000 tiny documents', () => {
  test('one record each, in input order, nothing lost', async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => JSON.stringify({ id: `t${i}`, text: i % 7 ? 'Ana said hi.' : '' }));
    const dir = tmp();
    const path = join(dir, 'tiny.jsonl');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const r = await run(['extract', path]);
    expect(r.code, r.stderr).toBe(0);
    const ids = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toHaveLength(100_000);
    expect(ids.every((id, i) => id === `t${i}`)).toBe(true);
  }, 240_000);
});
