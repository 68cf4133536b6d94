/**
 * Where the jobs of a run go with the default worker count: a small input on the main thread (no
 * worker thread is worth starting for it), a large one on a pool, stdin on the main thread until it
 * proves large. Whatever runs them, the records are the same.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { BYTES_PER_WORKER, SMALL_INPUT, workersFor } from '../src/app/cli/pool.js';
import { inputSizeUpTo } from '../src/app/io/sources.js';
import { run, tmp, writeCorpus } from './cli-run.js';

describe('inputSizeUpTo', () => {
  const dir = tmp();
  mkdirSync(join(dir, 'folder', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'a.txt'), 'x'.repeat(100));
  writeFileSync(join(dir, 'folder', 'b.txt'), 'x'.repeat(200));
  writeFileSync(join(dir, 'folder', 'sub', 'c.jsonl'), 'x'.repeat(300));
  writeFileSync(join(dir, 'folder', 'notes.docx'), 'x'.repeat(5000)); // no input kind: not counted
  writeFileSync(join(dir, 'big.txt'), 'x'.repeat(10_000));
  writeFileSync(join(dir, 'c.jsonl.gz'), gzipSync('{}\n'.repeat(1000)));
  let fifo: string | undefined = join(dir, 'pipe.txt');
  try { execFileSync('mkfifo', [fifo]); } catch { fifo = undefined; }
  const gz = 8 * gzipSync('{}\n'.repeat(1000)).length;

  test.each([
    ['one file', ['a.txt'], 1000, 100],
    ['a folder walked (its .docx not counted)', ['folder'], 1000, 500],
    ['files and folders', ['a.txt', 'folder'], 1000, 600],
    ['a gzip file, at eight times its size', ['c.jsonl.gz'], 1 << 20, gz],
    ['no paths: stdin', [], 1000, undefined],
    ['"-": stdin', ['a.txt', '-'], 1000, undefined],
    ['a missing path (it fails when read)', ['nothere.txt', 'a.txt'], 1000, 100],
  ] as const)('%s', async (_what, paths, limit, want) => {
    expect(await inputSizeUpTo(paths.map((p) => (p === '-' ? p : join(dir, p))), limit)).toBe(want);
  });

  test('stops past the limit: some number above it', async () => {
    expect(await inputSizeUpTo([join(dir, 'big.txt'), join(dir, 'folder')], 1000)).toBeGreaterThan(1000);
  });

  test.skipIf(!fifo)('a FIFO: unknown', async () => {
    expect(await inputSizeUpTo([fifo!], 1000)).toBeUndefined();
  });
});

describe('workersFor: one worker per MB begun, at least one, at most the cores', () => {
  test.each([
    [1, 2, 1], [BYTES_PER_WORKER, 2, 1], [BYTES_PER_WORKER + 1, 2, 2], [20 * 2 ** 20, 2, 2], [20 * 2 ** 20, 16, 16], [3.8 * 2 ** 20, 16, 4], [10 * BYTES_PER_WORKER, 4, 4], [0, 8, 1],
  ])('%d bytes, %d cores: %d', (bytes, max, want) => expect(workersFor(bytes, max)).toBe(want));
});

describe('the default worker count', () => {
  let dir: string;
  let small: { path: string; lines: number };
  let large: { path: string; lines: number };
  let smallOut: string;
  let largeOut: string;
  let stdinOut: { small: string; large: string };
  const cores = availableParallelism();
  const poolFor = (bytes: number) => { const n = workersFor(bytes, cores); return `${n} worker${n === 1 ? '' : 's'}`; };
  let pool: string; // the large corpus's pool

  beforeAll(async () => {
    dir = tmp();
    small = writeCorpus(dir, 1, 'small.jsonl');
    large = writeCorpus(dir, 11, 'large.jsonl'); // the corpus articles eleven times: over SMALL_INPUT
    const a = await run(['extract', small.path, '--workers', '0']);
    const b = await run(['extract', large.path, '--workers', '0']);
    smallOut = a.stdout;
    largeOut = b.stdout;
    // On stdin, a line without an id gets one from its content, not from the file: its own reference.
    const c = await run(['extract', '--workers', '0'], { stdin: { file: small.path } });
    const d = await run(['extract', '--workers', '0'], { stdin: { file: large.path } });
    stdinOut = { small: c.stdout, large: d.stdout };
    pool = poolFor((await inputSizeUpTo([large.path], 1 << 30))!);
  }, 240_000);

  test('the test corpora are on either side of the threshold', async () => {
    expect(await inputSizeUpTo([small.path], SMALL_INPUT)).toBeLessThanOrEqual(SMALL_INPUT);
    expect(await inputSizeUpTo([large.path], SMALL_INPUT)).toBeGreaterThan(SMALL_INPUT);
  });

  // Where the jobs ran shows in the summary line; the records never change.
  test.each([
    ['a small file', 'main thread', 'small', [], false],
    ['a small file with --workers 2 asked for', '2 workers', 'small', ['--workers', '2'], false],
    ['a large file', 'pool', 'large', [], false],
    ['a small stdin', 'main thread', 'small', [], true],
    ['a large stdin (the pool starts once it has proved large)', 'pool', 'large', [], true],
  ] as const)('%s: %s', async (_what, expected, which, args, stdin) => {
    const where = expected === 'pool' ? pool : expected;
    const corpus = which === 'small' ? small : large;
    const r = await run(['extract', ...(stdin ? [] : [corpus.path]), ...args], stdin ? { stdin: { file: corpus.path } } : {});
    expect(r.code, r.stderr).toBe(1); // the corpus's bad lines
    expect(r.stderr.trim().split('\n').at(-1)).toContain(`, ${where}, peak RSS`);
    expect(r.stdout).toBe(stdin ? stdinOut[which] : which === 'small' ? smallOut : largeOut);
  }, 240_000);
});
