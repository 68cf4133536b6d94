/**
 * `make bench`: what a user sees when they time whosaid, then its steady rates. A user times the whole
 * command, process start to exit, and waits for everything in it (loading the models, starting
 * worker threads, V8 compiling the hot code), so the first table is whole-command wall times:
 * `performance.now()` around each child process, every command started through `bash -c 'exec … >
 * FILE'` so all pay the same (whosaid's stdout a real file: it refuses a closed one), each checked
 * (exit code, record or text count, no failed document) so that a failing run cannot be timed as
 * fast. Three workloads: one article (corpus/seed/peru-mexico-relations.txt; BENCH_ARTICLE_REPEAT
 * rounds, default 7), the 3.8 MB PolNeAR train input ($WHOSAID_DEV/polnear-train.input.jsonl,
 * WHOSAID_DEV defaulting to ../shared/eval/dev; a ~4 MB corpus generated from the bundled articles
 * when it is not there) and a generated BENCH_MB corpus (default 20), each corpus in BENCH_REPEAT
 * rounds (default 3). The baselines are timed in the same rounds: a fresh Node process that loads
 * wink-nlp and its model and calls `readDoc` on the same texts, and one that runs compromise's
 * `nlp(text).json()` (bench/engine-process.ts); compromise is ~20× slower, so on the corpora it runs
 * on a slice (the first 5% of documents, at most 1.5 MB) and is compared by rate (tokens/s). The
 * commands run one at a time in alternating rounds (A, B, C, A, B, C, …), not all of A then all of
 * B, because this 2-core machine has slow spells lasting minutes: alternating spreads a spell over
 * every command instead of charging it to one. Each command's median round is reported (a slow round
 * moves a median little and a mean much) and each ratio is of two medians from the same rounds, the
 * range of the per-round ratios beside it, its target (issue #17's) and verdict, and how busy the
 * cores were: the whole machine's (/proc/stat) and the part that was other load (less this bench's
 * and its commands' CPU time, /proc/self/stat; each command's own CPU time is shown too). Beside each worker ratio, the machine's own ceiling:
 * one wink-nlp process per core at once against one alone, work that shares nothing, which bounds any
 * worker-count ratio (and, once before the rounds, one arithmetic loop per core against one alone: are
 * the cores whole? see computeCeiling); the bound the run's own CPU time sets (see cpuBoundRow); and whosaid's own: the corpus dealt into one shard per core and a `--workers 1`
 * process on each, all at once (see split), whose time no worker count beats by much, start-up
 * included. The second table is the steady state on the BENCH_MB corpus, from the same
 * runs: tokens/s after the first fifth of the records (whosaid's output file is sampled every 50 ms)
 * or texts (the baseline process marks the time), leaving out what a run pays once whatever the
 * corpus size; it shows each engine's best round, its ratios the median round's. BENCH_RSS_MB=200
 * (make bench-rss) adds one run of the default workers on a corpus that big whose vocabulary keeps
 * growing (see writeCorpus), for its peak RSS. Every rate counts wink-nlp's tokens (line breaks
 * excluded) of the same texts, so rates compare like with like.
 */
import { execFile } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { arch, availableParallelism, platform, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { type Target, cores as busyText, int, median, secs, table, times, verdict } from './stats.js';
import { corpusFiles } from './corpus-files.js';

interface Doc { id: string; text: string; published?: string }

const MB = 1024 * 1024;
const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'whosaid');
const ENGINE = join(import.meta.dirname, 'engine-process.js');
const ARTICLE = join(ROOT, 'corpus', 'seed', 'peru-mexico-relations.txt');
const DEV = process.env.WHOSAID_DEV ?? '../shared/eval/dev';
const nCores = availableParallelism();
const ARTICLE_ROUNDS = Math.max(1, Number(process.env.BENCH_ARTICLE_REPEAT ?? 7));
const ROUNDS = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3));
const BENCH_MB = Number(process.env.BENCH_MB ?? 20);
/** The share of records (or texts) a run does before its steady rate is timed. */
const WARM = 0.2;
/** The share of a corpus's documents compromise is timed on, and the most text that slice may hold. */
const SLICE = 0.05;
const SLICE_MAX_BYTES = 1.5 * MB;
/** The most text the machine-ceiling check reads (its runs are of the machine, not of the corpus). */
const CEILING_MAX_BYTES = 5 * MB;

const wink = winkNLP(model);
const its = wink.its;
/** wink-nlp's tokens in `text`, line breaks excluded: the one token count every rate uses. */
const winkTokens = (text: string) => (wink.readDoc(text).tokens().out(its.type) as string[]).filter((t) => t !== 'tabCRLF').length;

const base: Doc[] = corpusFiles(join(ROOT, 'corpus')).map((p, i) => ({ id: `a${i}`, text: readFileSync(p, 'utf8'), published: '2025-11-20' }));
const baseTokens = base.map((d) => winkTokens(d.text));

/** A round number as letters ("b", "bc"), to make words no earlier round had. */
const letters = (n: number) => n.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!);

/**
 * Write a corpus of at least `bytes` bytes of JSON Lines: the bundled articles over and over with
 * fresh ids. With `newWords`, each round also gives every word of six or more small letters a suffix
 * of its own ("official" → "officialbc"), so the vocabulary keeps growing as a real corpus's does
 * (new names, numbers, words) and whatever a run learns per word shows in its peak RSS.
 */
function writeCorpus(path: string, bytes: number, newWords = false): { docs: number; bytes: number; tokens: number } {
  const fd = openSync(path, 'w');
  let written = 0;
  let docs = 0;
  let tokens = 0;
  for (let round = 0; written < bytes; round++) {
    const tag = letters(round);
    const text = (t: string) => (newWords ? t.replace(/\b[a-z]{6,}\b/g, (w) => w + tag) : t);
    const chunk = base.map((d) => `${JSON.stringify({ ...d, id: `bench-${round}-${d.id}`, text: text(d.text) })}\n`).join('');
    written += writeSync(fd, chunk);
    docs += base.length;
    tokens += baseTokens.reduce((a, b) => a + b, 0);
  }
  closeSync(fd);
  return { docs, bytes: written, tokens };
}

/** CPU time of the whole machine, in core-seconds, from /proc/stat (undefined off Linux). */
function machineBusy(): number | undefined {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    return (f[0]! + f[1]! + f[2]! + f[5]! + f[6]!) / 100; // user nice system irq softirq (USER_HZ = 100)
  } catch {
    return undefined;
  }
}

/**
 * CPU time, in core-seconds, of the commands this bench ran and waited for (its reaped children's,
 * from /proc/self/stat; undefined off Linux) and of the bench itself (process.cpuUsage). Over a
 * command, the machine's busy time less both is what other load on the machine took.
 */
function ownBusy(): { children: number; self: number } | undefined {
  try {
    const f = readFileSync('/proc/self/stat', 'utf8');
    const rest = f.slice(f.lastIndexOf(')') + 2).split(' '); // fields from the 3rd (state) on
    const self = process.cpuUsage();
    return { children: (Number(rest[13]) + Number(rest[14])) / 100, self: (self.user + self.system) / 1e6 }; // cutime cstime (USER_HZ = 100)
  } catch {
    return undefined;
  }
}

/** Cores busy over `ms` milliseconds of the bench doing nothing: the machine's other load. */
async function idleBusy(ms = 1000): Promise<number | undefined> {
  const b0 = machineBusy();
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, ms));
  const b1 = machineBusy();
  return b0 === undefined || b1 === undefined ? undefined : (b1 - b0) / ((performance.now() - t0) / 1000);
}

/** A path quoted for bash. */
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Progress on stderr (stdout holds only the report). */
const note = (s: string) => process.stderr.write(`bench: ${s}\n`);

/**
 * `busy`: the whole machine's cores busy during the command; `others`: the part this bench and the
 * command did not use; `cpu`: the command's CPU seconds (all its threads).
 */
interface Timed { ok: boolean; exit: string; secs: number; busy?: number; others?: number; cpu?: number; stderr: string; sizes: [number, number][] }

/**
 * Time one command, process start to exit: `bash -c 'exec COMMAND > OUT'`, stderr captured. With
 * `sample`, OUT's size is recorded every 50 ms (milliseconds since the start, bytes) for the steady rate.
 */
function time(command: string, out: string, sample = false): Promise<Timed> {
  rmSync(out, { force: true });
  return new Promise((resolve) => {
    const sizes: [number, number][] = [];
    const b0 = machineBusy();
    const o0 = ownBusy();
    const t0 = performance.now();
    const timer = sample ? setInterval(() => { try { sizes.push([performance.now() - t0, statSync(out).size]); } catch { /* not yet created */ } }, 50) : undefined;
    execFile('bash', ['-c', `exec ${command} > ${q(out)}`], { maxBuffer: 64 * MB }, (err, _stdout, stderr) => {
      const s = (performance.now() - t0) / 1000;
      clearInterval(timer);
      const b1 = machineBusy();
      const o1 = ownBusy();
      const busy = b0 === undefined || b1 === undefined ? undefined : (b1 - b0) / s;
      const cpu = o0 === undefined || o1 === undefined ? undefined : o1.children - o0.children;
      const own = o0 === undefined || o1 === undefined ? undefined : (cpu! + o1.self - o0.self) / s;
      resolve({
        ok: !err, exit: err ? String(err.code ?? err.signal ?? err.message) : '0', secs: s, stderr, sizes,
        ...(busy === undefined ? {} : { busy }), ...(busy === undefined || own === undefined ? {} : { others: Math.max(0, busy - own) }),
        ...(cpu === undefined ? {} : { cpu }),
      });
    });
  });
}

/** The number of lines of a file, and the byte offset just past its `nth` line (0 when it has fewer). */
function lines(path: string, nth = 0): { count: number; offset: number } {
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(MB);
  let count = 0;
  let offset = 0;
  try {
    for (let pos = 0, n; (n = readSync(fd, buf, 0, buf.length, pos)) > 0; pos += n) {
      for (let at = buf.indexOf(10); at !== -1 && at < n; at = buf.indexOf(10, at + 1)) {
        count++;
        if (count === nth) offset = pos + at + 1;
      }
    }
  } finally {
    closeSync(fd);
  }
  return { count, offset };
}

/** What one timed command gave. */
interface Sample { secs: number; busy?: number; others?: number; cpu?: number; peakMb?: number; steady?: number; workers?: string }

/** The timing part of a sample. */
const timing = (t: Timed) => ({
  secs: t.secs, ...(t.busy === undefined ? {} : { busy: t.busy }), ...(t.others === undefined ? {} : { others: t.others }), ...(t.cpu === undefined ? {} : { cpu: t.cpu }),
});

const failure = (what: string, t: Timed, why: string) =>
  new Error(`${what} failed (exit ${t.exit}): ${why}\n${t.stderr.trim().split('\n').slice(-5).join('\n')}`);

/**
 * `whosaid extract INPUT [--workers N] > out`, checked: exit 0, the summary line names `docs`
 * documents and none failed, and the output has `docs` records. With `tokensOf` (wink-nlp's tokens
 * of the record on each line), its steady rate too: the tokens of the records after the first WARM
 * share, over the seconds from the first size sample that holds that share to the end.
 */
async function whosaid(input: string, workers: number | undefined, docs: number, out: string, tokensOf?: (line: number) => number): Promise<Sample> {
  const command = `${q(BIN)} extract ${q(input)}${workers === undefined ? '' : ` --workers ${workers}`}`;
  const t = await time(command, out, tokensOf !== undefined);
  const what = `whosaid extract ${relative(ROOT, input) || input}${workers === undefined ? '' : ` --workers ${workers}`}`;
  const summary = t.stderr.trim().split('\n').at(-1) ?? '';
  const counts = /(\d+) documents? \((\d+) failed\)/.exec(summary);
  const rss = /(main thread|\d+ workers?), peak RSS (\d+) MB\)/.exec(summary);
  if (!t.ok || !counts || !rss) throw failure(what, t, 'no summary line');
  if (Number(counts[1]) !== docs || counts[2] !== '0') throw failure(what, t, `${counts[1]} documents (${counts[2]} failed) for ${docs}`);
  const warm = Math.ceil(docs * WARM);
  const written = lines(out, warm);
  if (written.count !== docs) throw failure(what, t, `${written.count} records for ${docs} documents`);
  const sample: Sample = { ...timing(t), peakMb: Number(rss[2]), workers: rss[1]! };
  if (!tokensOf) return sample;
  let tokens = 0;
  for (let i = warm; i < docs; i++) tokens += tokensOf(i);
  const warmAt = t.sizes.find(([, size]) => size >= written.offset)?.[0] ?? t.secs * 1000;
  return { ...sample, steady: tokens / Math.max(0.001, t.secs - warmAt / 1000) };
}

/** What bench/engine-process.js prints: milliseconds since its start, the texts, its peak RSS. */
interface Marks { texts: number; warm: number; loaded: number; warmAt: number; end: number; peakKb: number }

/**
 * A fresh `node engine-process.js ENGINE INPUT`, checked (exit 0, `texts` texts read). With
 * `tokensOf` (each text's tokens), its steady rate: the texts after its first WARM share over the
 * time from when they were done to the end, as the process marked them.
 */
async function engine(name: 'wink' | 'compromise', input: string, texts: number, out: string, tokensOf?: (i: number) => number): Promise<Sample & { marks: Marks }> {
  const t = await time(`node ${q(ENGINE)} ${name} ${q(input)}`, out);
  const what = `${name} process on ${relative(ROOT, input) || input}`;
  if (!t.ok) throw failure(what, t, 'exit');
  const marks = JSON.parse(readFileSync(out, 'utf8')) as Marks;
  if (marks.texts !== texts) throw failure(what, t, `${marks.texts} texts for ${texts}`);
  const sample = { ...timing(t), peakMb: Math.round(marks.peakKb / 1024), marks };
  if (!tokensOf) return sample;
  let tokens = 0;
  for (let i = marks.warm; i < texts; i++) tokens += tokensOf(i);
  return { ...sample, steady: tokens / Math.max(0.001, (marks.end - marks.warmAt) / 1000) };
}

/**
 * The machine's ceiling for parallel work: the aggregate readDoc rate of one wink-nlp process per
 * core, all started at once, over one process's alone (each timed from its model loaded to its end).
 * The only check in the bench that runs processes concurrently, on purpose.
 */
async function ceiling(input: string, texts: number): Promise<number> {
  const work = (m: Marks) => (m.end - m.loaded) / 1000;
  const alone = await engine('wink', input, texts, join(dir, 'ceiling-alone.out'));
  const together = await Promise.all(Array.from({ length: nCores }, (_, i) => engine('wink', input, texts, join(dir, `ceiling-${i}.out`))));
  return together.reduce((a, s) => a + work(alone.marks) / work(s.marks), 0);
}

/** A loop of arithmetic in a fresh Node process (~2 s here): work that touches next to no memory. */
const SPIN = `node -e ${q('let x = 0; for (let i = 0; i < 8e8; i++) x = (x * 31 + i) | 0; if (x === 0.5) console.log(x);')}`;

/**
 * The machine's cores on their own: one arithmetic loop per core at once against one alone. Near
 * `nCores`× says the cores are whole, so a wink-nlp ceiling well below it is what sharing the memory
 * system (caches, bandwidth) costs work like this, not a want of cores. Checked once, before the rounds.
 */
async function computeCeiling(): Promise<number> {
  const run = async (i: number) => {
    const t = await time(SPIN, join(dir, `spin-${i}.out`));
    if (!t.ok) throw failure('arithmetic loop', t, 'exit');
    return t.secs;
  };
  const alone = await run(0);
  const together = await Promise.all(Array.from({ length: nCores }, (_, i) => run(i)));
  return (nCores * alone) / Math.max(...together);
}

/**
 * The same work split the way workers split it, sharing nothing: the corpus's documents dealt into one
 * shard file per core (document i to shard i mod cores), and `whosaid extract SHARD --workers 1` on
 * every shard, all started at once; its time is the last one's to end. No worker count can do much
 * better on this machine: each process starts Node and loads the models in parallel with the others,
 * as workers do, and then runs on its own core with nothing to coordinate. So default / --workers 1
 * is bounded by --workers 1 / this (the machine's ceiling for whosaid's own work, start-up included).
 */
async function split(shards: { path: string; docs: number }[], out: (i: number) => string): Promise<Sample> {
  const runs = await Promise.all(shards.map((s, i) => whosaid(s.path, 1, s.docs, out(i))));
  const last = runs.reduce((a, b) => (b.secs > a.secs ? b : a));
  // A run's CPU is its children's reaped while it was timed, and every run was timed from the same
  // start: the last to end saw them all. Their sum counted each shard that ended earlier again.
  return { secs: last.secs, ...(last.busy === undefined ? {} : { busy: last.busy }), ...(last.others === undefined ? {} : { others: last.others }), cpu: Math.max(...runs.map((r) => r.cpu ?? 0)), peakMb: Math.max(...runs.map((r) => r.peakMb ?? 0)) };
}

/** A command timed in rounds. */
interface Job { key: string; run: () => Promise<Sample> }

/**
 * `n` alternating rounds of `jobs` (each round runs every job once, in order, one at a time), then
 * `after` (the ceiling check) unless there is one core. The samples, by key, in round order.
 */
async function rounds(title: string, n: number, jobs: Job[], after?: () => Promise<number>): Promise<{ samples: Map<string, Sample[]>; machine: number[] }> {
  const samples = new Map<string, Sample[]>(jobs.map((j) => [j.key, []]));
  const machine: number[] = [];
  for (let r = 0; r < n; r++) {
    const took: string[] = [];
    for (const j of jobs) {
      const s = await j.run();
      samples.get(j.key)!.push(s);
      took.push(`${j.key} ${s.secs.toFixed(2)}`);
    }
    if (after && nCores > 1) machine.push(await after());
    note(`${title}, round ${r + 1}/${n}: ${took.join(', ')} s${machine.length ? `; machine ${machine.at(-1)!.toFixed(2)}×` : ''}`);
  }
  return { samples, machine };
}

/** The first documents of `docs`: `share` of them (at least 25), cut to at most `maxBytes` of text. */
function firstDocs(docs: Doc[], share: number, maxBytes: number): Doc[] {
  const slice: Doc[] = [];
  let bytes = 0;
  for (const d of docs.slice(0, Math.max(25, Math.ceil(docs.length * share)))) {
    bytes += Buffer.byteLength(d.text);
    if (slice.length > 0 && bytes > maxBytes) break;
    slice.push(d);
  }
  return slice;
}

/**
 * The rounds of a corpus at `path` (its documents `docs`): whosaid with one worker and the default,
 * a wink-nlp process on every text and a compromise process on the first documents (written to a
 * file of their own), then the ceiling check on at most CEILING_MAX_BYTES of it. With `tokensOf`
 * (each document's tokens), the steady rates too. `name` names its files in the temporary folder.
 */
async function corpusRounds(title: string, name: string, path: string, docs: Doc[], tokensOf?: (i: number) => number) {
  const slice = firstDocs(docs, SLICE, SLICE_MAX_BYTES);
  const slicePath = join(dir, `${name}-slice.jsonl`);
  writeJsonl(slicePath, slice);
  const ceilingDocs = firstDocs(docs, 1, CEILING_MAX_BYTES);
  const ceilingPath = join(dir, `${name}-ceiling.jsonl`);
  writeJsonl(ceilingPath, ceilingDocs);
  const out = join(dir, `${name}.out`);
  const shards = Array.from({ length: nCores }, (_, k) => {
    const part = docs.filter((_, i) => i % nCores === k);
    const shardPath = join(dir, `${name}-shard-${k}.jsonl`);
    writeJsonl(shardPath, part);
    return { path: shardPath, docs: part.length };
  });
  const r = await rounds(title, ROUNDS, [
    { key: 'w1', run: () => whosaid(path, 1, docs.length, out, tokensOf) },
    { key: 'default', run: () => whosaid(path, undefined, docs.length, out, tokensOf) },
    ...(nCores > 1 ? [{ key: 'split', run: () => split(shards, (k) => join(dir, `${name}-shard-${k}.out`)) }] : []),
    { key: 'wink', run: () => engine('wink', path, docs.length, join(dir, 'wink.out'), tokensOf) },
    { key: 'compromise', run: () => engine('compromise', slicePath, slice.length, join(dir, 'compromise.out'), tokensOf) },
  ], () => ceiling(ceilingPath, ceilingDocs.length));
  rmSync(out, { force: true });
  shards.forEach((s, k) => {
    rmSync(s.path, { force: true });
    rmSync(join(dir, `${name}-shard-${k}.out`), { force: true });
  });
  return { ...r, slice };
}

const writeJsonl = (path: string, docs: Doc[]) => writeFileSync(path, `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`);
const readJsonl = (path: string) => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Doc);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const dir = mkdtempSync(join(tmpdir(), 'whosaid-bench-'));
try {
  const out = (name: string) => join(dir, `${name}.out`);
  const idle = await idleBusy();
  const compute = nCores > 1 ? await computeCeiling() : undefined;
  const started = performance.now();

  // 1. One article.
  const articleText = readFileSync(ARTICLE, 'utf8');
  const articleTokens = winkTokens(articleText);
  note(`one article, ${plural(ARTICLE_ROUNDS, 'round')}`);
  const one = await rounds('one article', ARTICLE_ROUNDS, [
    { key: 'node', run: async () => { const t = await time('node -e 0', out('node')); if (!t.ok) throw failure('node -e 0', t, 'exit'); return timing(t); } },
    { key: 'default', run: () => whosaid(ARTICLE, undefined, 1, out('article')) },
    { key: 'w1', run: () => whosaid(ARTICLE, 1, 1, out('article')) },
    { key: 'w0', run: () => whosaid(ARTICLE, 0, 1, out('article')) },
    { key: 'wink', run: () => engine('wink', ARTICLE, 1, out('wink')) },
    { key: 'compromise', run: () => engine('compromise', ARTICLE, 1, out('compromise')) },
  ]);

  // 2. The 3.8 MB PolNeAR train input, or a corpus of about its size.
  const devCorpus = join(DEV, 'polnear-train.input.jsonl');
  const midPath = existsSync(devCorpus) ? devCorpus : join(dir, 'mid.jsonl');
  if (midPath !== devCorpus) writeCorpus(midPath, 4 * MB);
  const midDocs = readJsonl(midPath);
  const midTokensOf = midDocs.map((d) => winkTokens(d.text));
  note(`${midPath === devCorpus ? devCorpus : 'a generated ~4 MB corpus'}, ${plural(ROUNDS, 'round')}`);
  const midBytes = statSync(midPath).size;
  const mid = await corpusRounds(`${(midBytes / MB).toFixed(1)} MB corpus`, 'mid', midPath, midDocs);

  // 3. The BENCH_MB generated corpus, with the steady rates of the second table.
  const bigPath = join(dir, 'corpus.jsonl');
  const corpus = writeCorpus(bigPath, BENCH_MB * MB);
  const bigDocs = readJsonl(bigPath);
  const bigTokensOf = bigDocs.map((d) => baseTokens[base.findIndex((b) => d.id.endsWith(`-${b.id}`))]!);
  note(`${BENCH_MB} MB corpus, ${plural(ROUNDS, 'round')}`);
  const big = await corpusRounds(`${BENCH_MB} MB corpus`, 'big', bigPath, bigDocs, (i) => bigTokensOf[i]!);
  const midSlice = mid.slice;
  const bigSlice = big.slice;

  // BENCH_RSS_MB: the default workers on a corpus whose vocabulary keeps growing, for its peak RSS.
  let rssRun: { mb: number; tokens: number; run: Sample } | undefined;
  const rssMb = Number(process.env.BENCH_RSS_MB ?? 0);
  if (rssMb > 0) {
    const rssPath = join(dir, 'rss.jsonl');
    const c = writeCorpus(rssPath, rssMb * MB, true);
    note(`${rssMb} MB growing-vocabulary corpus, one run`);
    rssRun = { mb: c.bytes / MB, tokens: c.tokens, run: await whosaid(rssPath, undefined, c.docs, out('rss')) };
    rmSync(rssPath);
    rmSync(out('rss'), { force: true });
  }
  const minutes = (performance.now() - started) / 60000;

  // ---- The report. ----
  const med = (s: Sample[], k: 'secs' | 'busy' | 'others' | 'cpu' | 'steady') => median(s.flatMap((x) => (x[k] === undefined ? [] : [x[k]!])));
  const maxRss = (s: Sample[]) => Math.max(...s.map((x) => x.peakMb ?? 0));
  // The default worker count follows the input's size (pool.ts autoRunner): each corpus says its own.
  const defaultOf = (r: { samples: Map<string, Sample[]> }) => [...new Set(r.samples.get('default')!.map((x) => x.workers!))].join(' / ');
  const defaultWorkers = [one, mid, big].map(defaultOf).join(', ');
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const mbOf = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
  const midTokens = sum(midTokensOf);
  const midSliceTokens = sum(midTokensOf.slice(0, midSlice.length));
  const bigSliceTokens = sum(bigTokensOf.slice(0, bigSlice.length));
  const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(part / whole < 0.1 ? 1 : 0)}%`;

  type Row = string[];
  const row = (label: string, s: Sample[], tokens?: number): Row => {
    const ts = s.map((x) => x.secs);
    const m = median(ts);
    const cpu = med(s, 'cpu');
    return [`  ${label}`, secs(m), secs(Math.min(...ts)), secs(Math.max(...ts)), Number.isNaN(cpu) ? '' : secs(cpu), tokens === undefined ? '' : int(tokens / m), maxRss(s) ? `${maxRss(s)} MB` : '', busyText(med(s, 'busy')), busyText(med(s, 'others'))];
  };
  const get = (r: { samples: Map<string, Sample[]> }, k: string) => r.samples.get(k)!;
  const splitRow = (r: { samples: Map<string, Sample[]> }, tokens: number): Row[] =>
    (r.samples.has('split') ? [row(`${nCores} × whosaid --workers 1 at once, on 1/${nCores} of CORPUS each †`, get(r, 'split'), tokens)] : []);
  const busyWithOthers = (s: Sample[]) => `${busyText(med(s, 'busy'))} (${busyText(med(s, 'others'))})`;

  console.log(`whosaid bench: whole commands as a user times them, process start to exit (median of alternating rounds)`);
  const all = [one, mid, big].flatMap((r) => [...r.samples.values()].flat()).filter((x) => x.others !== undefined);
  const otherLoad = all.length ? sum(all.map((x) => x.others! * x.secs)) / sum(all.map((x) => x.secs)) : undefined;
  console.log(`machine: ${nCores} cores, Node ${process.version}, ${platform()} ${arch()}; whosaid's default (article, middle corpus, ${BENCH_MB} MB corpus): ${defaultWorkers}; the bench took ${minutes.toFixed(1)} minutes`);
  console.log(`other load (cores busy with neither the bench nor its commands): ${busyText(idle) || 'unknown'} in the second before the rounds, ${busyText(otherLoad) || 'unknown'} on average during the timed commands`);
  if (compute !== undefined) console.log(`this machine's cores: ${nCores} arithmetic loops at once / 1, ${times(compute)} (next to no memory traffic); the "${nCores} wink-nlp processes at once" rows below are work that reads memory`);
  console.log('');
  const rows: Row[] = [
    ['command', 'median', 'min', 'max', 'CPU', 'tok/s', 'peak RSS', 'cores busy', 'others'],
    [`one article: ${relative(ROOT, ARTICLE)} (${kb(Buffer.byteLength(articleText))}, ${int(articleTokens)} tokens), ${plural(ARTICLE_ROUNDS, 'round')}`],
    row('node -e 0 (Node starting, nothing else)', get(one, 'node')),
    row(`whosaid extract ARTICLE > out (default: ${defaultOf(one)})`, get(one, 'default')),
    row('whosaid extract ARTICLE --workers 1 > out', get(one, 'w1')),
    row('whosaid extract ARTICLE --workers 0 > out', get(one, 'w0')),
    row('node: load wink-nlp, readDoc(text)', get(one, 'wink')),
    row('node: load compromise, nlp(text).json()', get(one, 'compromise')),
    [`${midPath === devCorpus ? devCorpus : `generated corpus (no ${devCorpus})`}: ${int(midDocs.length)} documents, ${mbOf(midBytes)}, ${int(midTokens)} tokens, ${plural(ROUNDS, 'round')}`],
    row('whosaid extract CORPUS --workers 1 > out', get(mid, 'w1'), midTokens),
    row(`whosaid extract CORPUS > out (default: ${defaultOf(mid)})`, get(mid, 'default'), midTokens),
    ...splitRow(mid, midTokens),
    row('node: load wink-nlp, readDoc each text', get(mid, 'wink'), midTokens),
    row(`node: load compromise, nlp(text).json() on a slice *`, get(mid, 'compromise'), midSliceTokens),
    [`generated ${BENCH_MB} MB corpus (the bundled articles repeated): ${int(corpus.docs)} documents, ${mbOf(corpus.bytes)}, ${int(corpus.tokens)} tokens, ${plural(ROUNDS, 'round')}`],
    row('whosaid extract CORPUS --workers 1 > out', get(big, 'w1'), corpus.tokens),
    row(`whosaid extract CORPUS > out (default: ${defaultOf(big)})`, get(big, 'default'), corpus.tokens),
    ...splitRow(big, corpus.tokens),
    row('node: load wink-nlp, readDoc each text', get(big, 'wink'), corpus.tokens),
    row(`node: load compromise, nlp(text).json() on a slice *`, get(big, 'compromise'), bigSliceTokens),
  ];
  for (const l of table(rows, 'lrrrrrrrr')) console.log(l);
  console.log(`* compromise, ~20× slower than wink-nlp, runs on the first documents only (${int(midSlice.length)} of ${int(midDocs.length)}, ${pct(midSliceTokens, midTokens)} of the tokens;`);
  console.log(`  ${int(bigSlice.length)} of ${int(corpus.docs)}, ${pct(bigSliceTokens, corpus.tokens)}): its time is that slice's, and it is compared by rate (tok/s), not by time.`);
  console.log(`cores busy: the whole machine's during the command (median round; ${nCores} cores); others: the part neither the command`);
  console.log(`  nor the bench used, i.e. other load, which slows the command down. CPU: the command's CPU time (all threads; median`);
  console.log(`  round). tok/s: tokens over the median time. peak RSS: the highest round's.`);
  if (nCores > 1) {
    console.log(`† the corpus dealt into ${nCores} shard files, one whosaid --workers 1 process on each, all started at once, timed to the last`);
    console.log(`  one's end (CPU: all of them): the same work split as workers split it, sharing nothing. No worker count beats it by`);
    console.log(`  much, so --workers 1 / this bounds default / --workers 1 on this machine (start-up included).`);
  }
  console.log('');

  /** A ratio of medians, with the per-round range and the cores busy of both sides. */
  const ratioRows: Row[] = [['ratio (of the medians above)', 'value', 'target (issue #17)', 'rounds', 'cores busy (others)']];
  const ratio = (label: string, a: Sample[], b: Sample[], f: (a: number, b: number) => number, target?: Target | string) => {
    const value = f(median(a.map((x) => x.secs)), median(b.map((x) => x.secs)));
    const each = a.map((x, i) => f(x.secs, b[i]!.secs));
    ratioRows.push([`  ${label}`, times(value), typeof target === 'string' ? target : verdict(value, target), `${Math.min(...each).toFixed(2)}–${Math.max(...each).toFixed(2)}`, `${busyWithOthers(a)} / ${busyWithOthers(b)}`]);
  };
  const machineRow = (m: number[]) => {
    if (nCores > 1 && m.length) ratioRows.push([`    this machine: ${nCores} wink-nlp processes at once / 1, rate`, times(median(m)), '(bounds any worker ratio)', `${Math.min(...m).toFixed(2)}–${Math.max(...m).toFixed(2)}`, '']);
  };
  /**
   * Workers take at most nCores cores, so the default cannot finish before its CPU time / nCores:
   * default / --workers 1 ≤ nCores × one worker's time / the default's CPU (median and per round).
   */
  const cpuBoundRow = (dflt: Sample[], w1: Sample[]) => {
    const each = dflt.flatMap((d, i) => (d.cpu ? [(nCores * w1[i]!.secs) / d.cpu] : []));
    if (nCores < 2 || each.length !== dflt.length) return;
    const value = (nCores * median(w1.map((x) => x.secs))) / med(dflt, 'cpu');
    ratioRows.push([`    this run's CPU: ${nCores} cores × --workers 1 time / default's CPU time`, times(value), '(bounds default / --workers 1)', `${Math.min(...each).toFixed(2)}–${Math.max(...each).toFixed(2)}`, '']);
  };
  const timeRatio = (a: number, b: number) => a / b; // a's time over b's: lower is faster
  const speed = (a: number, b: number) => b / a; // a's speed over b's: higher is faster
  ratioRows.push(['one article (time: lower is faster)']);
  ratio('whosaid / wink-nlp process, time', get(one, 'default'), get(one, 'wink'), timeRatio, { op: '≤', value: 1.5 });
  ratio('whosaid --workers 1 / wink-nlp process, time', get(one, 'w1'), get(one, 'wink'), timeRatio);
  ratio('whosaid --workers 0 / wink-nlp process, time', get(one, 'w0'), get(one, 'wink'), timeRatio);
  ratio('whosaid / compromise process, time', get(one, 'default'), get(one, 'compromise'), timeRatio);
  for (const [name, r, tokens, sliceTokens, target] of [
    [`${mbOf(midBytes)} corpus (speed: higher is faster)`, mid, midTokens, midSliceTokens, 1.5],
    [`${BENCH_MB} MB corpus (speed: higher is faster)`, big, corpus.tokens, bigSliceTokens, 1.7],
  ] as const) {
    ratioRows.push([name]);
    ratio('default workers / --workers 1, speed', get(r, 'default'), get(r, 'w1'), speed, { op: '≥', value: target });
    cpuBoundRow(get(r, 'default'), get(r, 'w1'));
    machineRow(r.machine);
    if (r.samples.has('split')) ratio(`  this machine, whosaid's own work: ${nCores} × --workers 1 at once on 1/${nCores} each †`, get(r, 'split'), get(r, 'w1'), speed, '(bounds default / --workers 1)');
    ratio('--workers 1 / wink-nlp process, speed', get(r, 'w1'), get(r, 'wink'), speed, r === mid ? { op: '≥', value: 0.6 } : undefined);
    ratio('default workers / wink-nlp process, speed', get(r, 'default'), get(r, 'wink'), speed);
    ratio('--workers 1 / compromise process, rate (slice *)', get(r, 'w1'), get(r, 'compromise'), (a, b) => (tokens / a) / (sliceTokens / b));
  }
  for (const l of table(ratioRows, 'lrlll')) console.log(l);
  console.log('');

  // The second table: steady rates on the BENCH_MB corpus, from the runs above.
  const best = (s: Sample[]) => s.reduce((a, b) => ((b.steady ?? 0) > (a.steady ?? 0) ? b : a));
  const steadyRow = (label: string, s: Sample[], tokens: number): Row => {
    const b = best(s);
    return [label, int(b.steady!), int(tokens / b.secs), maxRss(s) ? `${maxRss(s)} MB` : '', busyText(b.busy), busyText(b.others)];
  };
  console.log(`steady state, ${BENCH_MB} MB corpus: tokens/s after the first ${WARM * 100}% of the records or texts (loading the models, JIT warm-up left out),`);
  console.log(`the same runs as above; best of ${plural(ROUNDS, 'round')} (other load only slows a run down), ratios of the median round`);
  console.log('');
  const steadyRows: Row[] = [
    ['engine', 'steady tok/s', 'end to end', 'peak RSS', 'cores busy', 'others'],
    steadyRow('whosaid, 1 worker', get(big, 'w1'), corpus.tokens),
    steadyRow(`whosaid, ${defaultOf(big)}`, get(big, 'default'), corpus.tokens),
    steadyRow('wink-nlp readDoc (its process)', get(big, 'wink'), corpus.tokens),
    steadyRow('compromise nlp() (slice *)', get(big, 'compromise'), bigSliceTokens),
  ];
  if (rssRun) steadyRows.push([`whosaid, ${rssRun.run.workers}, ${rssRun.mb.toFixed(0)} MB`, '', int(rssRun.tokens / rssRun.run.secs), `${rssRun.run.peakMb} MB`, busyText(rssRun.run.busy), busyText(rssRun.run.others)]);
  for (const l of table(steadyRows, 'lrrrrr')) console.log(l);
  if (rssRun) console.log(`(the ${rssRun.mb.toFixed(0)} MB corpus gives each round of articles words of its own, so its vocabulary keeps growing)`);
  console.log('');
  const steadyOf = (k: string) => get(big, k).map((s) => s.steady!);
  const perRound = {
    wink: steadyOf('w1').map((x, i) => x / steadyOf('wink')[i]!),
    compromise: steadyOf('w1').map((x, i) => x / steadyOf('compromise')[i]!),
    workers: steadyOf('default').map((x, i) => x / steadyOf('w1')[i]!),
  };
  const each = (v: number[]) => v.map((x) => x.toFixed(2)).join(', ');
  console.log(`ratios per round (the median is judged): 1 worker / readDoc ${each(perRound.wink)}; / compromise ${each(perRound.compromise)}; ${defaultOf(big)} / 1 ${each(perRound.workers)}; machine ${each(big.machine)}`);
  console.log('');
  const peak = Math.max(maxRss(get(big, 'w1')), maxRss(get(big, 'default')), rssRun?.run.peakMb ?? 0);
  const targetRows: Row[] = [
    ['1 worker / wink-nlp readDoc, steady', times(median(perRound.wink)), verdict(median(perRound.wink), { op: '≥', value: 0.33 })],
    ['1 worker / compromise nlp(), steady', times(median(perRound.compromise)), verdict(median(perRound.compromise), { op: '≥', value: 8 })],
    [`${defaultOf(big)} / 1 worker, steady`, times(median(perRound.workers)), verdict(median(perRound.workers), { op: '≥', value: 1.7 })],
  ];
  if (nCores > 1 && big.machine.length) targetRows.push([`  this machine: ${nCores} readDoc processes / 1`, times(median(big.machine)), '(work that shares nothing; over 2×: the lone run was slowed)']);
  targetRows.push([`peak RSS, largest run${rssRun ? ` (${rssRun.mb.toFixed(0)} MB input)` : ''}`, `${peak} MB`, verdict(peak, { op: '≤', value: 400, unit: ' MB' })]);
  for (const l of table(targetRows, 'lrl')) console.log(l);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
