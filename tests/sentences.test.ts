/** Sentences: wink-nlp's breaks, cut at paragraphs and mended where it broke inside an abbreviation. */
import { describe, expect, test } from 'vitest';
import { createDocument } from '../src/document.js';
import { STAGES } from '../src/index.js';

function sentences(text: string): string[] {
  const doc = createDocument({ id: 's', text }, {});
  for (const s of STAGES.slice(0, 2)) s.run(doc);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
}

describe('sentence breaks', () => {
  test.each([
    ['party and state, then the verb', 'Sen. Ann Cole (D-Ore.) said no. She left.', ['Sen. Ann Cole (D-Ore.) said no.', 'She left.']],
    ['party and state, then an appositive', 'Rep. Don Beyer (D-Va.), a former governor, said no.', ['Rep. Don Beyer (D-Va.), a former governor, said no.']],
    ['a state in initials', 'Rep. Tom Gray (R-S.C.) said no.', ['Rep. Tom Gray (R-S.C.) said no.']],
    ['a state in initials without the last period', 'Rep. Steve Israel (D-N.Y) said no.', ['Rep. Steve Israel (D-N.Y) said no.']],
    ['a name with an exclamation mark in a list', 'Jeb!, Ben Carson and Donald Trump spoke.', ['Jeb!, Ben Carson and Donald Trump spoke.']],
    // Rows that must keep their break.
    ['two plain sentences', 'It rained. Then it stopped.', ['It rained.', 'Then it stopped.']],
    ['a sentence ending in initials', 'He moved to Washington, D.C. Then he ran.', ['He moved to Washington, D.C.', 'Then he ran.']],
    ['a question, then a new paragraph', 'Who won?\nNobody did.', ['Who won?', 'Nobody did.']],
  ])('%s', (_name, text, want) => {
    expect(sentences(text)).toEqual(want);
  });
});
