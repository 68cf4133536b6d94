/** The pipeline checks stage order once, when built; content problems never throw. */
import { describe, expect, test } from 'vitest';
import { STAGES, analyze, buildPipeline, extract } from '../src/index.js';
import { paragraphRanges } from '../src/stages/02-tokenize.js';

describe('pipeline', () => {
  // wink-nlp learns words from every document it reads ("the nation's," makes it keep "nation's"
  // whole afterwards); the tokenize stage makes it forget them, so history never changes a result.
  test.each([
    ['a possessive before a comma', 'He kept in step with the nation’s, but said little.', 'He spent years in the nation’s chief supporting role, aides said.'],
    ['a straight apostrophe', "They matched the senator's, at last.", "The senator's aides said the senator's plan would pass."],
  ])('a document is tagged the same whatever was read before it: %s', (_name, before, target) => {
    const tags = () => analyze(target).tokens.map((t) => `${t.text}/${t.pos}`).join(' ');
    const alone = tags();
    analyze(before);
    expect(tags()).toBe(alone);
  });

  test('the default stages build and add one layer each', () => {
    const doc = analyze('Ana Ruiz said the plan failed.');
    expect(doc.layers).toEqual(STAGES.map((s) => s.name));
  });

  test('a stage whose requirement nothing provides is refused at build time', () => {
    const [, tokenize, entities] = STAGES;
    expect(() => buildPipeline([tokenize!, entities!])).toThrow(/requires norm/);
    expect(() => buildPipeline([STAGES[0]!, entities!])).toThrow(/requires tokens/);
  });

  test('misuse of the API throws; odd content does not', () => {
    expect(() => extract(42 as unknown as string)).toThrow(TypeError);
    expect(() => extract({ id: 'x' } as unknown as string)).toThrow(TypeError);
    for (const text of ['', '   ', '“', '\u0000\u0001', '😀'.repeat(50)]) expect(extract(text).status).toBe('ok');
  });

  // wink-nlp gives no lemma for these before punctuation; a document holding one used to fail whole.
  test.each([
    ['They dont.', 'dont'],
    ['We cant.', 'cant'],
    ['It aint.', 'aint'],
    ['They shouldve.', 'shouldve'],
    ['He mightve, she said.', 'mightve'],
  ])('a contraction written without its apostrophe is read: %s', (text, word) => {
    const doc = analyze(`Ana Ruiz said the plan failed. ${text}`);
    const tok = doc.tokens.find((t) => t.lower === word);
    expect(tok?.lemma).toBe(word);
    expect(extract(`Ana Ruiz said the plan failed. ${text}`).status).toBe('ok');
  });

  test('HTML handed over as text: markup is ignored, offsets stay on the text as given', () => {
    const text = '<html><body><h1>Peru cuts ties</h1><p>&ldquo;We will not back down,&rdquo; Maria Lopez said.</p>'
      + '<script>var said = 1;</script><p>Prosecutors say the mayor took bribes.</p></body></html>';
    const rec = extract(text);
    expect(rec.diagnostics.map((d) => d.rule)).toContain('html-input');
    expect(rec.quotes.map((q) => q.speaker?.name)).toEqual(['Maria Lopez', 'Prosecutors']);
    expect(rec.entities.some((e) => /script|body|said/i.test(e.name))).toBe(false);
    for (const q of rec.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  test.each([
    ['hard-wrapped text: only blank lines separate paragraphs',
      'This first paragraph is written as hard-wrapped text that\ncontinues on a second line of the same\nparagraph and ends here.\n\nE f.', 2],
    ['a line break after a sentence is a paragraph break', 'A b.\nC d.\n\nE f.', 3],
    ['single lines when there are no blank lines', 'A b.\nC d.\nE f.', 3],
    ['CRLF blank lines', 'A b.\r\n\r\nC d.', 2],
    ['empty', '', 0],
  ])('%s', (_n, text, count) => {
    expect(paragraphRanges(text.replace(/\r/g, ' '))).toHaveLength(count);
  });
});
