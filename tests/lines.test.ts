/** Splitting input streams into lines: breaks, byte counts, limits, and chunk boundaries anywhere. */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { splitLines } from '../src/app/io/lines.js';

async function lines(chunks: (string | Buffer)[], max = 100) {
  const out = [];
  for await (const l of splitLines((async function* () { yield* chunks; })(), max)) out.push(l);
  return out;
}

describe('splitLines', () => {
  test.each([
    ['LF', ['a\nb\n'], ['a', 'b']],
    ['CRLF: the CR is dropped', ['a\r\nb\r\n'], ['a', 'b']],
    ['a lone CR is not a break', ['a\rb\n'], ['a\rb']],
    ['no final line break', ['a\nb'], ['a', 'b']],
    ['blank lines are kept (the reader skips them)', ['a\n\n\nb\n'], ['a', '', '', 'b']],
    ['a byte-order mark on the first line is dropped', ['\ufeffa\n\ufeffb\n'], ['a', '\ufeffb']],
    ['breaks split across chunks', ['a', 'b\n', 'c', '\nd'], ['ab', 'c', 'd']],
    ['a UTF-8 character split across chunks', [Buffer.from([0x63, 0x61, 0x66, 0xc3]), Buffer.from([0xa9, 0x0a])], ['café']],
    ['nothing at all', [], []],
    ['an empty stream chunk', [''], []],
  ])('%s', async (_n, chunks, want) => {
    expect((await lines(chunks)).map((l) => l.text)).toEqual(want);
  });

  test('line numbers and byte counts add up to the stream', async () => {
    const got = await lines(['ab\r\n', 'é\n', 'x']);
    expect(got.map((l) => [l.line, l.bytes])).toEqual([[1, 4], [2, 3], [3, 1]]);
  });

  test('invalid UTF-8 is flagged and replaced', async () => {
    const [l] = await lines([Buffer.from([0x61, 0xff, 0x0a])]);
    expect(l).toMatchObject({ text: 'a\ufffd', invalidUtf8: true });
  });

  test.each([
    ['in one chunk', ['x'.repeat(30) + '\nok\n']],
    ['over many chunks', ['x'.repeat(7), 'x'.repeat(13), 'x'.repeat(10), '\nok\n']],
  ])('a line over the limit is reported with its size and hash, not kept (%s)', async (_n, chunks) => {
    const got = await lines(chunks, 10);
    expect(got[0]).toMatchObject({ text: '', line: 1, bytes: 31, tooLong: { bytes: 30, limit: 10, sha256: createHash('sha256').update('x'.repeat(30)).digest('hex') } });
    expect(got[1]).toMatchObject({ text: 'ok', line: 2 });
  });

  test('a line exactly at the limit is kept', async () => {
    expect((await lines(['0123456789\n'], 10))[0]).toMatchObject({ text: '0123456789' });
  });
});
