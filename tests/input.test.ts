/** Reading inputs: JSON Lines field aliases, bad lines as failed items, titles of .txt articles. */
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { decodeText } from '../src/app/io/decode.js';
import { fromJsonLine } from '../src/app/io/jsonl.js';
import { readInputs, recordLocation, titleOf } from '../src/app/io/read.js';

describe('JSON Lines records', () => {
  test.each([
    ['plain fields', '{"id":"a","text":"Hi.","published":"2025-01-02","title":"T","url":"u"}', { id: 'a', text: 'Hi.', published: '2025-01-02', title: 'T', url: 'u' }],
    ['body and date aliases', '{"id":"b","body":"Hi.","date":"2025-01-02"}', { id: 'b', text: 'Hi.', published: '2025-01-02' }],
    ['maintext and date_publish (news-please)', '{"id":"c","maintext":"Hi.","date_publish":"2025-01-02 10:00:00"}', { id: 'c', text: 'Hi.', published: '2025-01-02 10:00:00' }],
    ['content and published_at', '{"id":7,"content":"Hi.","published_at":"2025-01-02"}', { id: '7', text: 'Hi.', published: '2025-01-02' }],
  ])('%s', (_n, line, want) => {
    const item = fromJsonLine(line, 'f:1', 'f-1');
    expect(item.ok).toBe(true);
    if (item.ok) expect(item.input).toEqual(want);
  });

  test.each([
    ['malformed JSON', '{"id":"a","text":', /malformed JSON/],
    ['no text field', '{"id":"a","title":"x"}', /no text field/],
    ['text that is not a string', '{"id":"a","text":42}', /is number, not a string/],
    ['not an object', '[1,2]', /must be an object/],
  ])('%s is a failed item with its location', (_n, line, reason) => {
    const item = fromJsonLine(line, 'in.jsonl:3', 'in-3');
    expect(item.ok).toBe(false);
    if (!item.ok) {
      expect(item.reason).toMatch(reason);
      expect(item.location).toBe('in.jsonl:3');
    }
  });

  test('stdin lines keep their order and every line is accounted for', async () => {
    const stdin = Readable.from(['{"id":"1","text":"a"}\n', 'oops\n', '\n', '{"id":"3","text":"c"}\n']);
    const items = [];
    for await (const it of readInputs(['-'], stdin)) items.push(it);
    expect(items.map((i) => (i.ok ? i.input.id : `failed:${i.location}`))).toEqual(['1', 'failed:<stdin>:2', '3']);
  });
});

describe('text files', () => {
  test.each([
    ['a short first paragraph is the title', 'Peru Ends Relations\n\nOn Nov. 3, Peru said so.', 'Peru Ends Relations'],
    ['a first sentence is not a title', 'On Nov. 3, Peru cut ties.\n\nMore text.', undefined],
    ['no paragraphs, no title', 'One long paragraph only.', undefined],
  ])('%s', (_n, text, title) => expect(titleOf(text)).toBe(title));

  test('invalid UTF-8 is decoded with replacement and a warning', () => {
    const d = decodeText(Buffer.from([0x48, 0x69, 0xff, 0x21]));
    expect(d.ok && d.text).toBe('Hi\ufffd!');
    expect(d.ok && d.warnings[0]).toMatch(/invalid UTF-8/);
  });

  test('binary content is refused with a reason', () => {
    const d = decodeText(Buffer.from(Array.from({ length: 200 }, (_, i) => i % 8)));
    expect(d.ok).toBe(false);
  });
});

describe('stdin lines are read on their own', () => {
  test.each([
    ['a line with an id keeps it', '{"id":"a","text":"Hi."}', 'a'],
    ['a line without one gets stdin-<sha256 of the line>', '{"text":"Hi."}', 'stdin-28f215369f63'],
    ['so does a line that is not JSON, among records', '{"id":"a","text":"Hi."}\noops', 'stdin-d13f2eadd4ed'],
  ])('%s', async (_n, line, id) => {
    const items = [];
    for await (const it of readInputs(['-'], Readable.from([`\n\n${line}\n`]))) items.push(it);
    const item = items[items.length - 1];
    expect(item!.ok ? item!.input.id : item!.id).toBe(id);
    expect(item!.location).toBe(`<stdin>:${2 + line.split('\n').length}`);
    expect(recordLocation(item!)).toBe('<stdin>'); // the record does not depend on where the line sat
  });
});
