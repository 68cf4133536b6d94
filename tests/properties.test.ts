/**
 * Invariants on random input (fast-check): extract never throws, every span slices out of the text
 * it claims, output is deterministic and matches the schema. FUZZ_RUNS raises the case count (make fuzz).
 */
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { outputSchema } from '../src/schema.js';
import { spansOf } from './helpers.js';

const runs = Number(process.env.FUZZ_RUNS ?? 150);
const validate = new Ajv2020.default({ strict: false }).compile(outputSchema);

/** News-like pieces mixed with hostile ones, so the random text reaches deep into the pipeline. */
const piece = fc.oneof(
  fc.constantFrom('“', '”', '"', "'", '‘', '’', '«', '»', ',', '.', ':', ' — ', '\n', '\n\n', '\r\n', '\r', ' ', '\u00a0', '\u200b', '\u0000',
    'said', 'told reporters', 'according to', 'He', 'she', 'they', 'Hugo de Zela', 'Chávez', 'Peru', "Peru's", 'Nov. 3',
    'December 2022', 'Mr.', 'Prosecutors say', 'that', 'the ministry', 'e\u0301', '😀', '\ud83d', 'שלום', 'Ω', 'x'.repeat(300)),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 60 }).map((a) => a.join(' '));

describe('properties', () => {
  test('never throws; every span is inside the text and slices to its text; schema holds', () => {
    fc.assert(fc.property(text, (t) => {
      const rec = extract({ id: 'p', text: t });
      for (const [where, s] of spansOf(rec)) {
        if (!(s.start >= 0 && s.start <= s.end && s.end <= t.length)) throw new Error(`${where} out of range`);
        if (s.text !== undefined && t.slice(s.start, s.end) !== s.text) throw new Error(`${where} text mismatch`);
      }
      if (!validate(rec)) throw new Error(JSON.stringify(validate.errors));
    }), { numRuns: runs });
  });

  test('a record does not depend on the documents processed before it', () => {
    // wink-nlp caches words it has seen: after "Trump's." it would keep "Trump's" whole.
    const text = 'Donald Trump\'s campaign said the Clinton\'s plan failed. Trump’s aides left.';
    const before = JSON.stringify(extract({ id: 'h', text }));
    extract({ id: 'x', text: 'It was Trump\'s. And Clinton\'s. Then Trump’s. The nation\'s.' });
    expect(JSON.stringify(extract({ id: 'h', text }))).toBe(before);
  });

  test('deterministic: the same input gives the same record', () => {
    fc.assert(fc.property(text, (t) => {
      expect(JSON.stringify(extract({ id: 'p', text: t }))).toBe(JSON.stringify(extract({ id: 'p', text: t })));
    }), { numRuns: Math.ceil(runs / 3) });
  });
});
