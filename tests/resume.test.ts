/**
 * Interrupted runs: a run killed with SIGKILL, then `--resume`d, ends with the same files as a run
 * that was never interrupted, with no document lost or written twice. The kill points are exact
 * (a test hook makes the process SIGKILL itself at its Nth write) plus one kill from outside at
 * whatever point the run has reached.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { LOCK_FILE } from '../src/app/cli/lock.js';
import { BIN, ROOT, folderContents, run, tmp, writeCorpus } from './cli-run.js';

let dir: string;
let corpus: { path: string; lines: number };
let reference: Record<string, string>;

beforeAll(async () => {
  dir = tmp();
  corpus = writeCorpus(dir);
  const r = await run(['extract', corpus.path, '-o', join(dir, 'reference'), '--workers', '1']);
  expect(r.code, r.stderr).toBe(1);
  reference = folderContents(join(dir, 'reference'));
}, 180_000);

/** Resume the run in `out` and check it ends equal to the uninterrupted reference. */
async function resumeAndCompare(out: string, workers = '1'): Promise<string> {
  const r = await run(['extract', corpus.path, '-o', out, '--workers', workers, '--resume']);
  expect(r.code, r.stderr).toBe(1); // the corpus's bad lines
  expect(folderContents(out)).toEqual(reference);
  const ids = readFileSync(join(out, 'manifest.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { source: string }).source);
  expect(new Set(ids).size).toBe(corpus.lines); // each input line exactly once
  return r.stderr;
}

describe('resume after SIGKILL', () => {
  // One run, interrupted again and again at chosen points, each time resumed (with another worker count).
  let out: string;
  test.each([
    ['between batches, mid-run', '20', '1'],
    ['in the middle of a write, mid-run', '31:torn', '2'],
    ['while renaming the finished files into place', 'rename:2', '0'],
  ])('killed %s (WHOSAID_TEST_KILL_AT=%s, %s workers); the next run resumes it', async (_n, at, workers) => {
    out ??= join(dir, 'killed');
    const resuming = existsSync(join(out, '.whosaid-checkpoint.jsonl'));
    const r = await run(['extract', corpus.path, '-o', out, '--workers', workers, ...(resuming ? ['--resume'] : [])], { env: { WHOSAID_TEST_KILL_AT: at } });
    expect(r.signal, r.stderr).toBe('SIGKILL');
    expect(existsSync(join(out, '.whosaid-checkpoint.jsonl'))).toBe(true);
  });

  test('--resume with other inputs is refused (exit 2) and leaves the folder alone', async () => {
    // Every file but the lock, whose holder line names each run that took it.
    const files = () => readdirSync(out).filter((f) => f !== LOCK_FILE).sort().map((f) => [f, existsSync(join(out, f)) && !f.startsWith('json') ? readFileSync(join(out, f), 'utf8') : '']);
    const before = files();
    const other = writeCorpus(dir, 1, 'other.jsonl'); // the same lines, another file
    const r = await run(['extract', other.path, '-o', out, '--resume']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/other inputs or settings; run again without --resume/);
    expect(files()).toEqual(before);
  });

  test('the last --resume finishes it: the files equal an uninterrupted run\'s', async () => {
    await resumeAndCompare(out);
  });

  test('killed from outside once it has written some documents', async () => {
    const out = join(dir, 'outside');
    const child = spawn('node', [BIN, 'extract', corpus.path, '-o', out, '--workers', '1'], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise<void>((r) => child.on('exit', () => r()));
    const checkpoint = join(out, '.whosaid-checkpoint.jsonl');
    // Wait for the first batch on disk (the header and the empty state make two lines), then kill.
    for (let i = 0; i < 6000; i++) {
      if (child.exitCode !== null) break;
      if (existsSync(checkpoint) && readFileSync(checkpoint, 'utf8').split('\n').length > 3) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill('SIGKILL');
    await exited;
    const stderr = await resumeAndCompare(out, '2');
    if (child.signalCode === 'SIGKILL') expect(stderr).toMatch(/resumed after \d+ documents?/);
  });

  test('killed at several random points in a row, resumed each time: the same files as one run', async () => {
    // A seeded generator: random points, the same on every machine.
    let seed = 20261127;
    const next = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
    const out = join(dir, 'random');
    const writes = 50; // about the number of writes a run over this corpus makes
    for (let k = 0; k < 4; k++) {
      const at = `${1 + Math.floor(next() * writes)}${next() < 0.5 ? ':torn' : ''}`;
      const resuming = existsSync(join(out, '.whosaid-checkpoint.jsonl'));
      const r = await run(['extract', corpus.path, '-o', out, '--workers', String(k % 3), ...(resuming ? ['--resume'] : [])], { env: { WHOSAID_TEST_KILL_AT: at } });
      // A point past the run's last write lets it finish; a later --resume then has nothing to do.
      expect(r.signal === 'SIGKILL' || r.code === 1, `${at}: ${r.stderr}`).toBe(true);
      if (r.signal !== 'SIGKILL') break;
    }
    if (existsSync(join(out, '.whosaid-checkpoint.jsonl'))) await resumeAndCompare(out);
    else expect(folderContents(out)).toEqual(reference);
  }, 180_000);

  test('--resume of a finished folder has nothing to do', async () => {
    const r = await run(['extract', corpus.path, '-o', join(dir, 'reference'), '--resume']);
    expect(r.stderr).toMatch(/already complete, nothing to do/);
    expect(r.code).toBe(1); // its documents that failed still count
    expect(folderContents(join(dir, 'reference'))).toEqual(reference);
  });
});
