/** The command line, end to end on the built CLI (make test builds first): outputs, exit codes, schema. (Batch runs: batch.test.ts.) */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { outputSchema } from '../src/schema.js';
import { QUOTE_COLUMNS, ENTITY_COLUMNS } from '../src/app/io/write.js';
import { expectValidSpans } from './helpers.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'whosaid');

function run(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('node', [BIN, ...args], { maxBuffer: 64 << 20, timeout: 180_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
    if (stdin !== undefined) child.stdin!.end(stdin);
  });
}

const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(outputSchema);
const tmp = () => mkdtempSync(join(tmpdir(), 'whosaid-'));

describe('whosaid extract -o DIR', () => {
  test('writes documents.jsonl, quotes.csv, entities.csv and json/ for a folder', async () => {
    const out = tmp();
    const r = await run(['extract', 'corpus/seed', '-o', out, '--workers', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const docs = readFileSync(join(out, 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.id)).toEqual(['peru-mexico-relations']);
    const text = readFileSync('corpus/seed/peru-mexico-relations.txt', 'utf8');
    for (const d of docs) {
      expect(validate(d), JSON.stringify(validate.errors)).toBe(true);
      expectValidSpans(text, d);
    }
    const quotes = parse(readFileSync(join(out, 'quotes.csv'), 'utf8')) as string[][];
    expect(quotes[0]).toEqual(QUOTE_COLUMNS);
    expect(quotes.length - 1).toBe(docs[0].quotes.length);
    const col = (name: string) => QUOTE_COLUMNS.indexOf(name);
    const row = quotes.find((q) => q[col('text')]!.includes('unfriendly act'))!;
    expect(row[col('speaker')]).toBe('Hugo de Zela');
    expect(row[col('class')]).toBe('speech');
    expect(row[col('sentence')]).toContain('Peruvian Foreign Minister Hugo de Zela said');
    const entities = parse(readFileSync(join(out, 'entities.csv'), 'utf8')) as string[][];
    expect(entities[0]).toEqual(ENTITY_COLUMNS);
    expect(entities.some((e) => e[2] === 'COUNTRY' && e[3] === 'Peru' && e[4] === 'PE')).toBe(true);
    expect(readdirSync(join(out, 'json'))).toEqual(['peru-mexico-relations.json']);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('a bad document fails alone: exit 1, the rest written, the failure reported with its place', async () => {
    const dir = tmp();
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, ['{"id":"good1","text":"Ana Ruiz said the plan failed."}', '{"id":"bad","text":', '{"id":"good2","text":"Tom Baker said it worked."}'].join('\n'));
    const out = join(dir, 'out');
    const r = await run(['extract', input, '-o', out, '--workers', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${input}:2`);
    const docs = readFileSync(join(out, 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => [d.id, d.status])).toEqual([['good1', 'ok'], ['in-2', 'failed'], ['good2', 'ok']]);
    expect(docs[1].error.location).toBe(`${input}:2`);
    for (const d of docs) expect(validate(d), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('whosaid extract (stdin → stdout)', () => {
  test('one record per input line, in input order', async () => {
    const lines = Array.from({ length: 5 }, (_, i) => JSON.stringify({ id: `d${i}`, text: `Person Number${i} said the thing ${i} was done.` }));
    const r = await run(['extract', '--workers', '1'], `${lines.join('\n')}\n`);
    expect(r.code, r.stderr).toBe(0);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((x) => x.id)).toEqual(['d0', 'd1', 'd2', 'd3', 'd4']);
    expect(r.stderr).toMatch(/5 documents \(0 failed\)/);
  });

});

describe('the edges of a first run: exit 2 and one line naming the path, or a note', () => {
  const dir = tmp();
  mkdirSync(join(dir, 'empty'));
  mkdirSync(join(dir, 'mixed'));
  writeFileSync(join(dir, 'mixed', 'a.txt'), 'Ana Ruiz said the bridge would close next month.');
  writeFileSync(join(dir, 'mixed', 'b.docx'), 'not read');
  writeFileSync(join(dir, 'mixed', 'notes'), 'not read');
  writeFileSync(join(dir, 'a-file'), 'x');
  test.each([
    ['a missing input', ['extract', 'no/such/file.txt'], 2, /^whosaid: cannot read the input no\/such\/file\.txt: no such file or folder \(ENOENT\)$/],
    ['-o naming a file', ['extract', 'corpus/seed', '-o', 'DIR/a-file'], 2, /^whosaid: cannot use .*a-file as the output folder: it exists and is not a folder$/],
    ['-o where no folder can be made', ['extract', 'corpus/seed', '-o', 'DIR/a-file/out'], 2, /^whosaid: cannot create the output folder .*a-file\/out: a part of the path is not a folder \(ENOTDIR\)$/],
    ['a missing --corrections file', ['extract', 'corpus/seed', '--corrections', 'DIR/none.jsonl'], 2, /^whosaid: --corrections .*none\.jsonl: no such file or folder \(ENOENT\)$/],
    ['a missing --aliases file', ['extract', 'corpus/seed', '--aliases', 'DIR/none.csv'], 2, /^whosaid: --aliases .*none\.csv: no such file or folder \(ENOENT\)$/],
    ['a folder for --aliases', ['extract', 'corpus/seed', '--aliases', 'DIR/empty'], 2, /^whosaid: --aliases .*empty: is a folder, not a file \(EISDIR\)$/],
  ])('%s', async (_n, args, code, message) => {
    const r = await run(args.map((a) => a.replace('DIR', dir)));
    expect(r.code, r.stderr).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
  });

  test('an empty folder says so on stderr and exits 0', async () => {
    const r = await run(['extract', join(dir, 'empty'), '--workers', '0']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^whosaid: note: the input holds no documents \(.*empty\)$/m);
  });

  test('files of no input kind in a folder are counted in the summary', async () => {
    const r = await run(['extract', join(dir, 'mixed'), '--workers', '0']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/; 2 files skipped \(no input kind\): \.docx 1, no extension 1$/m);
  });

  test.each([
    ['plain text on stdin is one article', readFileSync('corpus/seed/peru-mexico-relations.txt', 'utf8'), [], 'Peru Ends Diplomatic Relations With Mexico'],
    ['JSON Lines on stdin are records', '{"id":"x","text":"Ana Ruiz said the plan failed."}\n{"id":"y","text":"Tom Baker said no."}\n', [], undefined],
    ['--text reads a brace-led stdin as one article', '{curly} Ana Ruiz said the plan failed.', ['--text'], undefined],
  ])('%s', async (_n, stdin, flags, title) => {
    const r = await run(['extract', '--workers', '0', ...flags], stdin);
    expect(r.code, r.stderr).toBe(0);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { status: string; title?: string; id: string });
    expect(recs.every((x) => x.status === 'ok')).toBe(true);
    expect(recs).toHaveLength(stdin.startsWith('{"') ? 2 : 1);
    if (title) expect(recs[0]!.title).toBe(title);
    if (!stdin.startsWith('{"')) expect(recs[0]!.id).toMatch(/^stdin-[0-9a-f]{12}$/);
  });
});

describe('usage', () => {
  test('unknown options are usage errors (exit 2)', async () => {
    expect((await run(['extract', '--no-such-flag'])).code).toBe(2);
    expect((await run(['no-such-command'])).code).toBe(2);
  });

  test('schema prints the JSON Schema', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe('whosaid output record');
  });

  test('the package entry point imports as "whosaid"', async () => {
    const r = await new Promise<string>((resolve, reject) => execFile('node', ['--input-type=module', '-e',
      "import { extract } from 'whosaid'; console.log(extract('Ana Ruiz said the plan failed.').quotes[0].speaker.name)"],
    (e, so) => (e ? reject(e) : resolve(so))));
    expect(r.trim()).toBe('Ana Ruiz');
    expect(existsSync('dist/index.d.ts')).toBe(true);
  });
});

describe('--aliases', () => {
  test('names a newsroom knows join their entity in every worker', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'aliases.csv'), 'alias,name,type\nAMLO,Andrés Manuel López Obrador,PERSON\n');
    const lines = ['{"id":"a","text":"AMLO said the plan failed. López Obrador left."}', '{"id":"b","text":"Reporters asked AMLO about it."}'];
    const r = await run(['extract', '--workers', '2', '--aliases', join(dir, 'aliases.csv')], `${lines.join('\n')}\n`);
    expect(r.code, r.stderr).toBe(0);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((x) => x.entities.map((e: { name: string }) => e.name))).toEqual([['Andrés Manuel López Obrador'], ['Andrés Manuel López Obrador']]);
  });

  test.each([
    ['a missing file', '/no/such/aliases.csv'],
    ['a file without the alias and name columns', 'bad'],
  ])('%s is a usage error (exit 2)', async (_n, which) => {
    const dir = tmp();
    const path = which === 'bad' ? join(dir, 'bad.csv') : which;
    if (which === 'bad') writeFileSync(path, 'foo,bar\n1,2\n');
    const r = await run(['extract', '--aliases', path], '');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--aliases/);
  });
});

describe('start-up: built-ins a run does not use are not loaded', () => {
  // A preload that writes the process's loaded modules when it exits.
  const dir = tmp();
  const preload = join(dir, 'modules.cjs');
  writeFileSync(preload, "process.on('exit', () => require('fs').writeFileSync(process.env.WHOSAID_TEST_MODULES, process.moduleLoadList.join('\\n')));\n");
  const seed = join(import.meta.dirname, '..', 'corpus', 'seed', 'peru-mexico-relations.txt');
  const gz = join(dir, 'seed.jsonl.gz');
  writeFileSync(gz, gzipSync(`${JSON.stringify({ id: 'seed', text: readFileSync(seed, 'utf8') })}\n`));
  const loaded = (args: string[]) => new Promise<string[]>((resolve, reject) => {
    const out = join(dir, `modules-${Math.random().toString(36).slice(2)}.txt`);
    execFile('node', [BIN, ...args], { env: { ...process.env, NODE_OPTIONS: `--require ${preload}`, WHOSAID_TEST_MODULES: out }, timeout: 180_000 }, (err) => {
      if (err) reject(err);
      else resolve(readFileSync(out, 'utf8').split('\n'));
    });
  });

  test.each([
    // must load none of them: one article, on the main thread
    [['extract', seed], []],
    // the sanity rows: each is loaded when a run needs it
    [['extract', gz], ['zlib']],
    [['extract', seed, '--shard', '1/2'], ['crypto']],
    [['extract', seed, '--workers', '1'], ['worker_threads']],
  ] as [string[], string[]][])('whosaid %j loads of crypto, zlib and worker_threads just %j', async (args, want) => {
    const modules = await loaded(args);
    expect(['crypto', 'zlib', 'worker_threads'].filter((m) => modules.includes(`NativeModule ${m}`))).toEqual(want);
  });
});
