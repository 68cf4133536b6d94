/** Quotation marks → quoted spans: CoreNLP's hard cases (unclosed, apostrophes, reopened paragraphs, nesting). */
import { describe, expect, test } from 'vitest';
import { analyze } from '../src/index.js';
import { findQuotedSpans } from '../src/stages/04-quotes/marks.js';

const spans = (text: string) => {
  const doc = analyze(text);
  return findQuotedSpans(doc).map((s) => ({ text: text.slice(s.start, s.end), closed: s.closed, pieces: s.segments.length }));
};

const rows: [string, string, { text: string; closed?: boolean; pieces?: number }[]][] = [
  ['curly pair', 'He said “yes” today.', [{ text: '“yes”' }]],
  ['straight pair', 'He said "yes, really" today.', [{ text: '"yes, really"' }]],
  ['nested single inside double', '“She said ‘no’ twice,” he said.', [{ text: '“She said ‘no’ twice,”' }]],
  ['single marks as primary quotes', 'The team was honored for ‘courageous achievement’ at the event.', [{ text: '‘courageous achievement’' }]],
  ['unclosed at paragraph end', '“Never closed here.\n\nNext paragraph.', [{ text: '“Never closed here.', closed: false }]],
  ['reopened in the next paragraph', '“First part.\n\n“Second part.”', [{ text: '“First part.\n\n“Second part.”', pieces: 2 }]],
  ['guillemets', 'Il a dit «non» hier.', [{ text: '«non»' }]],
  // Rows that must find nothing.
  ['possessive apostrophes', 'Jones’ cow and Peru’s army and the Smiths\' house.', []],
  ['elisions', 'Rock ’n’ roll in the ’90s and \'em.', []],
  ['plain text', 'No marks at all in this sentence.', []],
];

describe('quotation marks', () => {
  test.each(rows)('%s', (_n, text, want) => {
    const got = spans(text);
    expect(got.map((g) => g.text)).toEqual(want.map((w) => w.text));
    want.forEach((w, i) => {
      if (w.closed !== undefined) expect(got[i]!.closed).toBe(w.closed);
      if (w.pieces !== undefined) expect(got[i]!.pieces).toBe(w.pieces);
    });
  });
});
