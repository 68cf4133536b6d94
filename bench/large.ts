/**
 * `make bench-large`: is one long document linear in its length? Each document is built from the
 * bundled articles (corpus/) concatenated, cut to 128 KB, 1 MB and 4 MB, and timed through the whole
 * command (`whosaid extract FILE --workers 1`, loading the models included) in BENCH_REPEAT rounds
 * (default 2; the best round is shown, as other load only slows a run down). Beside the plain
 * concatenation, the same text in shapes that once made a stage quadratic: one paragraph, one word a
 * line, and synthetic news-like texts dense in quotations, pronoun cues or different people. Not a
 * test: times on a shared machine are noisy, so it prints them and their ratios for a person to judge
 * (linear in the analysis: at most 8× from 128 KB to 1 MB and 4× from 1 MB to 4 MB, less as loading
 * the models, shown on the first line, is paid once). BENCH_SHAPES=corpus
 * times only the shapes whose name holds that word.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusFiles } from './corpus-files.js';

const KB = 1024;
const MB = 1024 * KB;
const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'whosaid');

const articles = corpusFiles(join(ROOT, 'corpus')).map((p) => readFileSync(p, 'utf8').trim());

/** `unit` repeated to at least `bytes` bytes of UTF-8, then cut back to at most `bytes` at a space or line break. */
function grow(unit: (round: number) => string, bytes: number): string {
  const parts: string[] = [];
  for (let n = 0, round = 0; n < bytes; round++) {
    const u = unit(round);
    parts.push(u);
    n += Buffer.byteLength(u);
  }
  let text = Buffer.from(parts.join('')).subarray(0, bytes).toString('utf8');
  const cut = Math.max(text.lastIndexOf(' '), text.lastIndexOf('\n'));
  if (cut > 0) text = text.slice(0, cut);
  return text;
}

const FIRST = ['Ana', 'Tom', 'Maria', 'Jose', 'Peter', 'Laura', 'David', 'Sofia', 'Omar', 'Lena'];
/** A made-up surname for each round: Bason, Cason, … */
const surname = (n: number) => {
  let s = '';
  do { s += 'bcdfghjklmnprstvz'[n % 17]! + 'aeiou'[Math.floor(n / 17) % 5]!; n = Math.floor(n / 85); } while (n > 0);
  return `${s[0]!.toUpperCase()}${s.slice(1)}son`;
};

/** The shapes timed: the corpus as it is, then texts that stress one stage each. */
const SHAPES: Record<string, (round: number) => string> = {
  'corpus articles': (r) => `${articles[r % articles.length]}\n\n`,
  'one paragraph': (r) => `${articles[r % articles.length]!.replace(/\s+/g, ' ')} `,
  'one word a line': (r) => `${articles[r % articles.length]!.split(/\s+/).join('\n')}\n`,
  'dense quotations': () => '“Yes,” he said. “No,” she said, “maybe.” ',
  'pronoun cues': () => 'They said the plan failed. The ministry said it would not. ',
  'many people': (r) => `${FIRST[r % FIRST.length]} ${surname(r)} said the plan failed. ${r % 2 ? 'Hillary' : 'Chelsea'} Clinton agreed. Clinton said it would not. `,
};

interface Timed { secs: number; quotes: number }

/** Time one whole process on `path`; the record must be ok. */
function time(path: string, maxBytes: number): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    execFile('node', [BIN, 'extract', path, '--workers', '1', '--doc-timeout', '0', '--max-doc-bytes', String(maxBytes), '--no-progress'],
      { maxBuffer: 512 * MB }, (err, stdout, stderr) => {
        const secs = (performance.now() - t0) / 1000;
        const rec = JSON.parse(stdout || '{}') as { status?: string; quotes?: unknown[] };
        if (err || rec.status !== 'ok') reject(new Error(`whosaid failed on ${path}: ${err?.message ?? rec.status}\n${stderr}`));
        else resolve({ secs, quotes: rec.quotes?.length ?? 0 });
      });
  });
}

const SIZES = [128 * KB, MB, 4 * MB];
const label = (b: number) => (b >= MB ? `${b / MB} MB` : `${b / KB} KB`);
const repeat = Math.max(1, Number(process.env.BENCH_REPEAT ?? 2));
const dir = mkdtempSync(join(tmpdir(), 'whosaid-bench-large-'));
try {
  const tiny = join(dir, 'tiny.txt');
  writeFileSync(tiny, 'Ana Ruiz said the plan failed.\n');
  let base = Infinity;
  for (let i = 0; i < repeat; i++) base = Math.min(base, (await time(tiny, MB)).secs);
  console.log(`whole process, one worker, best of ${repeat}; a one-line document takes ${base.toFixed(2)} s (loading the models)\n`);
  console.log(`${'document'.padEnd(18)}${SIZES.map((s) => label(s).padStart(10)).join('')}   1 MB / 128 KB   4 MB / 1 MB`);
  const only = process.env.BENCH_SHAPES; // e.g. "corpus": only the shapes whose name holds it
  for (const [name, unit] of Object.entries(SHAPES).filter(([n]) => !only || n.includes(only))) {
    const secs: number[] = [];
    for (const size of SIZES) {
      const path = join(dir, `${name.replace(/\W+/g, '-')}-${size}.txt`);
      writeFileSync(path, grow(unit, size));
      let best = Infinity;
      for (let i = 0; i < repeat; i++) best = Math.min(best, (await time(path, 8 * MB)).secs);
      secs.push(best);
    }
    const [a, b, c] = secs as [number, number, number];
    console.log(`${name.padEnd(18)}${secs.map((s) => `${s.toFixed(2)} s`.padStart(10)).join('')}   ${`${(b / a).toFixed(1)}×`.padEnd(14)}  ${(c / b).toFixed(1)}×`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
