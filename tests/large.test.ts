/**
 * Long documents in linear time (issue #19), end to end: each row is a document of 1–2.6 MB in a
 * shape that once made a stage quadratic or overflowed the call stack — half a million short lines
 * after a blank line (`Math.max(...lines)`, asked once a text has paragraph breaks), one paragraph dense in quotations nobody is named for (each quote scanned
 * back past all earlier ones), pronoun and description cues with nothing to resolve to (scanned back
 * to the top, the speaker history copied per pronoun), tens of thousands of different people (each
 * name compared with every person before it). These took 100–470 s each, far over the default
 * `--doc-timeout` of 60 s, so they came back as failed records ("timed out", or the stack
 * overflow); now a few seconds each. No time is asserted: the run's own time limit is what a
 * quadratic stage would run into. `make bench-large` measures and prints the times.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { OutputRecord } from '../src/index.js';
import { run, tmp } from './cli-run.js';
import { expectValidSpans } from './helpers.js';

const FIRST = ['Ana', 'Tom', 'Maria', 'Jose', 'Peter', 'Laura', 'David', 'Sofia', 'Omar', 'Lena'];
/** A made-up surname per number: Bason, Cason, … */
const surname = (n: number) => {
  let s = '';
  do { s += 'bcdfghjklmnprstvz'[n % 17]! + 'aeiou'[Math.floor(n / 17) % 5]!; n = Math.floor(n / 85); } while (n > 0);
  return `${s[0]!.toUpperCase()}${s.slice(1)}son`;
};

describe('long documents, one worker, the default --doc-timeout', () => {
  const dir = tmp();
  test.each([
    ['a title and half a million short lines (1 MB)', () => `Short lines\n\n${'a\n'.repeat(499_990)}`, 0, 0],
    ['one paragraph of 75,000 quotations with no named speaker (1 MB)', () => '“Yes,” he said. “No,” she said, “maybe.” '.repeat(25_000), 75_000, 0],
    ['70,000 pronoun and description cues with nothing to resolve to (2 MB)', () => 'They said the plan failed. The ministry said it would not. '.repeat(35_000), 70_000, 0],
    ['30,000 different people and two Clintons (2.6 MB)', () => Array.from({ length: 30_000 }, (_, r) => `${FIRST[r % FIRST.length]} ${surname(r)} said the plan failed. ${r % 2 ? 'Hillary' : 'Chelsea'} Clinton agreed. Clinton said it would not. `).join(''), 60_000, 30_002],
  ])('%s: processed, every span valid', async (name, make, quotes, people) => {
    const text = make();
    const path = join(dir, `${name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(path, text);
    const r = await run(['extract', path, '--workers', '1', '--max-doc-bytes', '3000000']);
    expect(r.code, r.stderr).toBe(0);
    const rec = JSON.parse(r.stdout) as OutputRecord;
    expect(rec.status).toBe('ok');
    expect(rec.quotes).toHaveLength(quotes);
    expect(rec.entities.filter((e) => e.type === 'PERSON')).toHaveLength(people);
    expectValidSpans(readFileSync(path, 'utf8'), rec);
  }, 240_000);
});
