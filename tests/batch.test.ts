/**
 * Batch runs end to end on the built CLI: output identical whatever the worker count, every input
 * line accounted for (manifest, errors, failed records), every input kind, stdin as a filter.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { BAD_LINES, articles, folderContents, run, tmp, writeCorpus } from './cli-run.js';

const lines = (s: string) => s.split('\n').filter(Boolean);
const records = (s: string) => lines(s).map((l) => JSON.parse(l) as { id: string; status: string; error?: { message: string; location?: string }; diagnostics: { rule: string; message: string }[] });

let dir: string;
let corpus: { path: string; lines: number };
let stdout: string; // the corpus through the main thread alone (--workers 0), on stdout
let out: string; // an output folder written by 2 workers
let stderr: string; // and what that run said

beforeAll(async () => {
  dir = tmp();
  corpus = writeCorpus(dir);
  const r = await run(['extract', corpus.path, '--workers', '0']);
  expect(r.code, r.stderr).toBe(1); // the bad lines fail, and only they
  stdout = r.stdout;
  for (const w of ['1', '2']) {
    const f = await run(['extract', corpus.path, '-o', join(dir, `w${w}`), '--workers', w]);
    expect(f.code, f.stderr).toBe(1);
    stderr = f.stderr;
  }
  out = join(dir, 'w2');
}, 240_000);

describe('worker threads', () => {
  test.each([['1'], ['2']])('documents.jsonl with --workers %s is byte-identical to stdout with the main thread alone', (w) => {
    expect(readFileSync(join(dir, `w${w}`, 'documents.jsonl'), 'utf8')).toBe(stdout);
  });

  test('an output folder is the same with 1 and 2 workers (manifest timings aside)', () => {
    expect(folderContents(join(dir, 'w2'))).toEqual(folderContents(join(dir, 'w1')));
  });
});

describe('a worker that crashes or is stuck on one document', () => {
  // Test hooks (src/app/cli/job.ts): one document spins forever in its worker, another ends its worker thread. The
  // limit is 5 s, not 1: on a loaded 2-core machine an ordinary document (or a replacement worker's start) can take a second.
  test.each([['1'], ['2']])('with --workers %s: those two fail with their reason, the rest equal a normal run', async (w) => {
    const all = records(stdout);
    const stall = all[2]!.id;
    const exit = all[5]!.id;
    expect([all[2]!.status, all[5]!.status]).toEqual(['ok', 'ok']);
    const r = await run(['extract', corpus.path, '--workers', w, '--doc-timeout', '5'],
      { env: { WHOSAID_TEST_STALL_ID: stall, WHOSAID_TEST_EXIT_ID: exit } });
    expect(r.code, r.stderr).toBe(1);
    const got = records(r.stdout);
    expect(got.map((x) => x.id)).toEqual(all.map((x) => x.id));
    got.forEach((rec, i) => {
      if (rec.id === stall) expect(rec.error?.message).toBe('timed out: one document took over 5 s (--doc-timeout)');
      else if (rec.id === exit) expect(rec.error?.message).toMatch(/^internal error: the worker thread processing this document stopped \(exit code 70\)/);
      else expect(JSON.stringify(rec)).toBe(JSON.stringify(all[i]));
    });
    expect(r.stderr).toContain(`document "${stall}" failed: timed out`);
  }, 180_000);

  test('no limit with --doc-timeout 0: a quick run is unaffected', async () => {
    const r = await run(['extract', corpus.path, '--workers', '2', '--doc-timeout', '0']);
    expect(r.stdout).toBe(stdout);
  }, 180_000);
});

describe('every input line is accounted for', () => {
  test('one record per non-blank line, in input order; manifest and errors agree', () => {
    const input = lines(readFileSync(corpus.path, 'utf8'));
    const docs = records(readFileSync(join(out, 'documents.jsonl'), 'utf8'));
    expect(docs).toHaveLength(corpus.lines);
    const manifest = lines(readFileSync(join(out, 'manifest.jsonl'), 'utf8')).map((l) => JSON.parse(l));
    expect(manifest.map((m) => [m.id, m.status])).toEqual(docs.map((d) => [d.id, d.status]));
    input.forEach((l, i) => {
      const want = (JSON.parse(l.startsWith('{"id":"broken"') ? '{}' : l) as { id?: string }).id;
      if (typeof want === 'string') expect(docs[i]!.id).toBe(want);
    });
    for (const m of manifest) expect(Object.keys(m)).toEqual(m.status === 'ok' ? ['id', 'status', 'source', 'tokens', 'quotes', 'entities', 'ms'] : ['id', 'status', 'source', 'reason', 'tokens', 'quotes', 'entities', 'ms']);
    const errors = lines(readFileSync(join(out, 'errors.jsonl'), 'utf8')).map((l) => JSON.parse(l));
    expect(errors.map((e) => e.id)).toEqual(docs.filter((d) => d.status === 'failed').map((d) => d.id));
    expect(errors).toHaveLength(3);
  });

  test.each([
    ['malformed JSON (its id unreadable: <file>-<line>)', /^corpus-\d+$/, /^malformed JSON/],
    ['a record with no text', /^no-text$/, /^no text field/],
    ['a line that is not an object', /^corpus-\d+$/, /must be an object/],
  ])('%s is a failed record with its reason and file:line', (_n, id, reason) => {
    const errors = lines(readFileSync(join(out, 'errors.jsonl'), 'utf8')).map((l) => JSON.parse(l) as { id: string; source: string; reason: string });
    const e = errors.find((x) => reason.test(x.reason))!;
    expect(e.id).toMatch(id);
    expect(e.source).toMatch(/corpus\.jsonl:\d+$/);
    expect(stderr).toContain(`${e.source}: document "${e.id}" failed`);
  });

  test('a record with no id gets <file>-<line> and a warning, and is processed', () => {
    const docs = records(readFileSync(join(out, 'documents.jsonl'), 'utf8'));
    const d = docs.find((x) => x.diagnostics.some((g) => g.message.startsWith('no id field')))!;
    expect(d.id).toMatch(/^corpus-\d+$/);
    expect(d.status).toBe('ok');
  });

  test('stderr is not a terminal: no progress line, only failures and one summary line', () => {
    expect(stderr).not.toContain('\r');
    const last = stderr.trimEnd().split('\n').at(-1)!;
    expect(last).toMatch(new RegExp(`^whosaid: ${corpus.lines} documents \\(3 failed\\), \\d+ quotes?, \\d+ entit(?:y|ies), \\d+ tokens? in [\\d.]+s \\([\\d,]+ tokens/s, 2 workers, peak RSS \\d+ MB\\) → `));
    expect(stderr.trimEnd().split('\n')).toHaveLength(4);
    expect(readdirSync(out).sort()).toEqual(['.whosaid.lock', 'documents.jsonl', 'entities.csv', 'errors.jsonl', 'json', 'manifest.jsonl', 'quotes.csv', 'review.html', 'texts.jsonl', 'whosaid.sqlite']);
  });
});

describe('input kinds', () => {
  test('gzip JSON Lines, as a file and on stdin, read like the plain file', async () => {
    const gz = join(dir, 'corpus.jsonl.gz');
    writeFileSync(gz, gzipSync(readFileSync(corpus.path)));
    const file = await run(['extract', gz, '--workers', '1']);
    expect(file.stdout).toBe(stdout.replaceAll(`${corpus.path}:`, `${gz}:`));
    // On stdin, lines with ids give the same records; the others differ only in their stdin-<hash> ids and locations.
    const zipped = records((await run(['extract', '--workers', '1'], { stdin: { file: gz } })).stdout);
    const plain = records(stdout);
    expect(zipped).toHaveLength(corpus.lines);
    zipped.forEach((z, i) => { if (plain[i]!.status === 'ok' && !z.id.startsWith('stdin-')) expect(z).toEqual(plain[i]); });
  });

  test('a folder tree: walked in name order, mixed kinds, documentation and hidden files skipped, bad files failed', async () => {
    const tree = join(dir, 'tree');
    const [a, b] = articles().sort((x, y) => x.text.length - y.text.length); // the shortest, under the limit below
    mkdirSync(join(tree, 'a'), { recursive: true });
    mkdirSync(join(tree, 'b'), { recursive: true });
    writeFileSync(join(tree, 'a', 'first.txt'), a!.text);
    writeFileSync(join(tree, 'a', 'README.md'), '# not news');
    writeFileSync(join(tree, '.hidden.txt'), 'not read');
    writeFileSync(join(tree, 'b', 'news.jsonl.gz'), gzipSync(`${JSON.stringify({ id: 'gz-1', text: b!.text })}\n${JSON.stringify({ id: 'gz-2', text: 'Ana Ruiz said it worked.' })}\n`));
    writeFileSync(join(tree, 'b', 'more.ndjson'), `${JSON.stringify({ id: 'big', text: 'x '.repeat(3000) })}\n${JSON.stringify({ id: 'small', text: 'Tom Baker said no.' })}\n`);
    writeFileSync(join(tree, 'bin.txt'), Buffer.from(Array.from({ length: 300 }, (_, i) => i % 9)));
    writeFileSync(join(tree, 'c.jsonl.gz'), 'this is not gzip');
    writeFileSync(join(tree, 'd.txt'), 'y'.repeat(5000));
    const r = await run(['extract', tree, '--workers', '1', '--max-doc-bytes', '4000']);
    expect(r.code).toBe(1);
    const got = records(r.stdout).map((d) => [d.id, d.status, d.error?.message.replace(/:.*/s, '') ?? '']);
    expect(got).toEqual([
      ['first', 'ok', ''],
      ['more-1', 'failed', 'document too large'], // too long to read its id
      ['small', 'ok', ''],
      ['gz-1', 'ok', ''],
      ['gz-2', 'ok', ''],
      ['bin', 'failed', 'binary content (not text)'],
      ['c-1', 'failed', 'cannot read ' + join(tree, 'c.jsonl.gz') + ' past line 0'],
      ['d', 'failed', 'document too large'],
    ]);
    // An input named on the command line that is not there is a usage error, before anything runs.
    const missing = await run(['extract', tree, join(dir, 'no-such-file.jsonl'), '--workers', '1']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
  });
});

describe('stdin is a deterministic filter', () => {
  const noId = JSON.stringify({ text: 'Ana Ruiz said the plan failed.' });
  const broken = '{"id":"x","text":';
  const other = JSON.stringify({ id: 'o', text: 'Tom Baker said it worked.' });

  let a: Awaited<ReturnType<typeof run>>;
  let b: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    a = await run(['extract', '--workers', '1'], { stdin: [noId, broken, other, BAD_LINES[1], BAD_LINES[2]].join('\n') });
    b = await run(['extract', '--workers', '0'], { stdin: [other, other, '', broken, noId].join('\n') });
  }, 180_000);

  test('a line gives the same output line wherever it sits in the stream', () => {
    const [la, lb] = [lines(a.stdout), lines(b.stdout)];
    expect(lb).toEqual([la[2], la[2], la[1], la[0]]);
    const rec = records(a.stdout);
    expect(rec[0]!.id).toBe(`stdin-${createHash('sha256').update(noId).digest('hex').slice(0, 12)}`);
    expect(rec[1]!.error).toEqual({ message: expect.stringMatching(/^malformed JSON/), location: '<stdin>' });
    expect(b.stderr).toContain('<stdin>:4: document "stdin-'); // the line number is for people, on stderr
  });

  test.each([[1, broken], [3, BAD_LINES[1]], [4, BAD_LINES[2]]])('bad line %i (%s): a failed record, the others go on', (i) => {
    expect(a.code).toBe(1);
    const statuses = records(a.stdout).map((d) => d.status);
    expect(statuses[i]).toBe('failed');
    expect(statuses.filter((x) => x === 'ok')).toHaveLength(2);
  });
});

describe('usage errors exit 2 before any work', () => {
  test.each([
    ['--resume without -o', ['extract', '--resume'], /--resume needs -o DIR/],
    ['a shard out of range', ['extract', '--shard', '4/4'], /K must be in 0…N-1/],
    ['a bad worker count', ['extract', '--workers', 'many'], /expected a whole number/],
    ['a shard count without an index', ['extract', '--shards', '4'], /needs this task's index/],
  ])('%s', async (_n, args, message) => {
    const r = await run(args, { env: { JOB_COMPLETION_INDEX: '', AWS_BATCH_JOB_ARRAY_INDEX: '', WHOSAID_SHARD_INDEX: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});
