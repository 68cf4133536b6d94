/** The progress line (terminals only) and the summary line. */
import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { ProgressBar, duration, int, progressLine, summaryLine } from '../src/app/cli/progress.js';

const base = { documents: 1234, failed: 2, tokens: 500_000, bytesDone: 25, bytesNew: 25, seconds: 5 };

describe('progressLine', () => {
  test.each([
    ['with a known total: bar, share and ETA', { ...base, totalBytes: 100 }, '[#####---------------]  25%  1,234 docs  100,000 tok/s  ETA 15s  2 failed'],
    ['stdin (no total): no bar, no ETA', base, '1,234 docs  100,000 tok/s  2 failed'],
    ['nothing done yet', { ...base, documents: 0, failed: 0, tokens: 0, bytesDone: 0, bytesNew: 0, seconds: 0, totalBytes: 100 }, '[--------------------]   0%  0 docs  0 tok/s  ETA ?  0 failed'],
    ['a resumed run: its rate counts only its own bytes', { ...base, bytesDone: 75, bytesNew: 25, totalBytes: 100 }, '[###############-----]  75%  1,234 docs  100,000 tok/s  ETA 5s  2 failed'],
  ])('%s', (_n, stats, want) => expect(progressLine(stats)).toBe(want));

  test('fits the terminal', () => expect(progressLine({ ...base, totalBytes: 100 }, 30).length).toBeLessThan(30));

  test.each([0, 7, 999, 1000, 12345, 999999, 1000000, 1234567.6, -1234, -999, 0.4, 2 ** 40])('int(%d) reads as toLocaleString(en-US) does', (n) =>
    expect(int(n)).toBe(Math.round(n).toLocaleString('en-US')));
  test.each([[0, '0s'], [59.4, '59s'], [65, '1m05s'], [3600 * 2 + 7 * 60, '2h07m']])('duration(%d) = %s', (s, want) => expect(duration(s)).toBe(want));
});

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  const w = Object.assign(new Writable({ write(c, _e, cb) { chunks.push(String(c)); cb(); } }), { isTTY, columns: 80 });
  return { w, chunks };
}

describe('ProgressBar', () => {
  test('draws on a terminal, in place, and erases itself', () => {
    const { w, chunks } = stream(true);
    const bar = new ProgressBar(w);
    bar.update(() => base);
    bar.update(() => base); // within 200 ms: not redrawn
    bar.clear();
    expect(chunks).toEqual([`\r${progressLine(base)}\x1b[K`, '\r\x1b[K']);
  });

  test.each([
    ['not a terminal', false, true],
    ['a terminal, with --no-progress', true, false],
  ])('silent when %s', (_n, isTTY, wanted) => {
    const { w, chunks } = stream(isTTY);
    const bar = new ProgressBar(w, wanted);
    bar.update(() => base);
    bar.clear();
    expect(chunks).toEqual([]);
  });
});

describe('summaryLine', () => {
  const s = { documents: 10, failed: 1, quotes: 20, entities: 30, tokens: 4000, skipped: 0, seconds: 2, tokensNew: 4000, workers: 2, peakRss: 300 * 1048576 };
  test.each([
    ['a plain run', s, 'whosaid: 10 documents (1 failed), 20 quotes, 30 entities, 4000 tokens in 2.00s (2,000 tokens/s, 2 workers, peak RSS 300 MB)\n'],
    ['a shard, into a folder', { ...s, shard: '1/4', skipped: 30, out: 'out' }, 'whosaid: 10 documents (1 failed), 20 quotes, 30 entities, 4000 tokens in 2.00s (2,000 tokens/s, 2 workers, peak RSS 300 MB); shard 1/4, 30 documents of other shards skipped → out\n'],
    ['a resumed run on the main thread', { ...s, workers: 0, resumedAfter: 6, tokensNew: 1000 }, 'whosaid: 10 documents (1 failed), 20 quotes, 30 entities, 4000 tokens in 2.00s (500 tokens/s, main thread, peak RSS 300 MB); resumed after 6 documents\n'],
    ['one of each, in the singular', { ...s, documents: 1, failed: 0, quotes: 1, entities: 1, tokens: 1, tokensNew: 0, workers: 1, shard: '2/2', skipped: 1, resumedAfter: 1 },
      'whosaid: 1 document (0 failed), 1 quote, 1 entity, 1 token in 2.00s (0 tokens/s, 1 worker, peak RSS 300 MB); shard 2/2, 1 document of other shards skipped; resumed after 1 document\n'],
  ])('%s', (_n, summary, want) => expect(summaryLine(summary)).toBe(want));
});
