import { describe, expect, test } from 'vitest';
import { foldedText } from '../src/stages/03-entities/token-folds.js';
import { fold } from '../src/text.js';
import type { Token } from '../src/types.js';

const tok = (text: string): Token => ({ start: 0, end: text.length, text, lower: text.toLowerCase(), pos: 'PROPN', kind: 'word', lemma: text.toLowerCase(), sentence: 0, spaceBefore: true });

describe('foldedText: fold(token.text), once per token of a document', () => {
  test.each([['Chávez'], ['CHAVEZ'], ['de'], ['O’Brien'], ['İstanbul'], ['']])('%s folds as fold() does', (text) => {
    expect(foldedText([tok(text)], 0)).toBe(fold(text));
  });

  test('a new document (a new token list) is folded afresh, not answered from the last one', () => {
    const a = [tok('Peru'), tok('Mexico')];
    const b = [tok('Chile'), tok('Perú')];
    expect(foldedText(a, 1)).toBe('mexico');
    expect(foldedText(b, 1)).toBe('peru');
    expect(foldedText(b, 0)).toBe('chile');
    expect(foldedText(a, 0)).toBe('peru');
  });
});
