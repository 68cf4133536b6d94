/** The `whosaid` command line: extract, report, check, schema. Exit 0 on success, 1 when some documents failed, 2 on usage errors. */
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { type Alias, aliasTable, parseAliases } from '../../aliases.js';
import { setFlagsFromString } from 'node:v8';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_DOC_BYTES } from '../io/read.js';
import { ShardError, resolveShard } from '../io/shard.js';
import { type Correction, CorrectionsError, parseCorrections } from '../corrections/index.js';
import { FolderError } from '../io/folder.js';
import { CheckUsageError, runCheck } from './check.js';
import { MissingSqliteError } from '../db/sqlite.js';
import { why } from './errors.js';
import { runReport } from './report.js';
import { DEFAULT_DOC_TIMEOUT, runExtract } from './extract.js';
import { OutputFolderError } from './lock.js';
import { ResumeError } from './outdir.js';
import { maxWorkers } from './pool.js';
import { logLine, printableLines } from './printable.js';
import { summaryLine } from './progress.js';
import { onStdoutError, stdoutClosed } from './stdout.js';

// Memory and CPU for batch runs: V8 lets a heap grow to several times its live size (~30 MB per
// worker: models, lexicons) between full collections; 8 MB semi-spaces and growing by 40% keep peak
// RSS ~100 MB lower per worker. Growing by only 20% (until this version) kept ~10 MB less but ran
// twice the full collections, whose marking on V8's helper threads was the largest share of their
// CPU in a profile: CPU those threads take from the other workers.
// Optimizing compilation: every worker is its own isolate and compiles the pipeline's hot code again,
// and with V8's defaults that took ~5 s of TurboFan CPU per isolate on the 3.8 MB PolNeAR train corpus
// (432 compiles, 151 deoptimizations: big hot functions with many helpers inlined, compiled before
// their branches had been seen). Tiering up after 4× the default budget (once a function's type
// feedback has settled) and inlining at most 100 bytes of bytecode per function cut it to ~1.2 s
// (268 compiles, 44 deoptimizations), with no loss in steady speed on a 20 MB run: one worker ~10%
// faster on 3.8 MB, and two workers now pay from ~1 MB of input (see BYTES_PER_WORKER).
// Set before any worker starts, as they read the flags then; a flag given to node itself wins.
const given = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
for (const flag of ['--heap-growing-percent=40', '--max-semi-space-size=8', '--interrupt-budget=270000', '--max-inlined-bytecode-size-cumulative=100']) {
  if (!given.includes(flag.split('=')[0]!)) setFlagsFromString(flag);
}

/** A usage error found after parsing (exit 2). */
class UsageError extends Error {}

/** The text of a file an option names, or a usage error naming the option and the path. */
function readOptionFile(path: string, option: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`${option} ${path}: ${why(e)}`);
  }
}

/** Every input path is there (a file, a folder, or '-' for stdin), or a usage error naming the first that is not. */
function checkInputs(paths: string[]): void {
  for (const p of paths) {
    if (p === '-') continue;
    try {
      statSync(p);
    } catch (e) {
      throw new UsageError(`cannot read the input ${p}: ${why(e)}`);
    }
  }
}

/** Read and check an alias file; any problem is a usage error naming the file. */
function readAliases(path: string): Alias[] {
  let entries: Alias[];
  try {
    entries = parseAliases(readOptionFile(path, '--aliases'), path);
    aliasTable(entries);
  } catch (e) {
    throw e instanceof UsageError ? e : new UsageError(`--aliases ${path}: ${(e as Error).message}`);
  }
  return entries;
}

/** Read and check a corrections file; any problem is a usage error naming the file and line. */
function readCorrections(path: string): Correction[] {
  return parseCorrections(readOptionFile(path, '--corrections'), path);
}

const whole = (min: number) => (v: string) => {
  if (!/^\d+$/.test(v) || Number(v) < min) throw new InvalidArgumentError(`expected a whole number ≥ ${min}`);
  return Number(v);
};

interface ExtractFlags {
  out?: string;
  workers: number;
  resume?: boolean;
  shard?: string;
  shards?: string;
  maxDocBytes: number;
  docTimeout: number;
  progress: boolean;
  text?: boolean;
  aliases?: string;
  corrections?: string;
  attributions: 'quotes' | 'all';
}

const program = new Command();
program
  .name('whosaid')
  .description('Who said what: entities, quotations and their speakers in English news articles')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(printableLines(s)) }); // it repeats what was typed, which may hold escapes

program
  .command('extract')
  .description('extract entities and attributed quotes; INPUT is .txt/.md/.jsonl/.jsonl.gz files or folders, or - (default) for JSON Lines on stdin')
  .argument('[input...]', 'files or folders; - for stdin')
  .option('-o, --out <dir>', 'write documents.jsonl, quotes.csv, entities.csv, texts.jsonl, manifest.jsonl, errors.jsonl, json/, whosaid.sqlite and review.html to this folder instead of JSON Lines on stdout')
  .option('-w, --workers <n>', 'worker threads (0: all work on the main thread; by default none for an input of at most 1 MB, else one per MB of input, at most one per core)', whole(0), availableParallelism())
  .option('--resume', 'continue the interrupted run in the -o folder (same inputs and options)')
  .option('--shard <K/N>', 'process only shard K (0…N-1) of N: documents whose id hashes to K (also WHOSAID_SHARD)')
  .option('--shards <N>', 'split into N shards, this task\'s index from WHOSAID_SHARD_INDEX, JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX (also WHOSAID_SHARDS)')
  .option('--max-doc-bytes <n>', 'a longer document is a failed record', whole(1), DEFAULT_MAX_DOC_BYTES)
  .option('--doc-timeout <seconds>', 'a document a worker thread spends longer on is a failed record (0: no limit; not with --workers 0)', whole(0), DEFAULT_DOC_TIMEOUT)
  .option('--no-progress', 'no progress line, even on a terminal')
  .option('--text', 'stdin is one plain-text article (by default it is JSON Lines when its first non-blank character is "{", else one article)')
  .option('--aliases <file>', 'newsroom aliases: a JSON array of {alias, name, type?} or a CSV with alias,name[,type]')
  .option('--corrections <file>', 'journalists\' corrections (JSON Lines: {doc, quote | start+end, speaker | not_quote}), applied with rule "correction"')
  .addOption(new Option('--attributions <which>', 'quotes: quotations only (what sources said or wrote); all: every attribution (beliefs, findings, intentions, stances too), each with its class')
    .choices(['quotes', 'all']).default('quotes'))
  .action(async (inputs: string[], flags: ExtractFlags, cmd: Command) => {
    if (flags.resume && !flags.out) throw new UsageError('--resume needs -o DIR: only an output folder keeps a checkpoint');
    checkInputs(inputs);
    if (!flags.out) needStdout();
    const { shard, note } = resolveShard(flags, process.env);
    const aliases = flags.aliases ? readAliases(flags.aliases) : undefined;
    const corrections = flags.corrections ? readCorrections(flags.corrections) : undefined;
    if (note) logLine(process.stderr, `whosaid: note: ${note}`);
    const workers = Math.min(flags.workers, maxWorkers());
    if (workers < flags.workers && cmd.getOptionValueSource('workers') === 'cli') logLine(process.stderr, `whosaid: note: --workers ${flags.workers} is more than this machine can use; using ${workers} (at most 4 per core and one per 256 MB of memory)`);
    const s = await runExtract(inputs, {
      workers, autoWorkers: cmd.getOptionValueSource('workers') === 'default', maxDocBytes: flags.maxDocBytes, docTimeout: flags.docTimeout, progress: flags.progress,
      ...(flags.out ? { out: flags.out } : {}), ...(flags.resume ? { resume: true } : {}), ...(shard ? { shard } : {}),
      ...(aliases ? { aliases } : {}), ...(corrections ? { corrections } : {}), ...(flags.attributions === 'all' ? { attributions: 'all' as const } : {}), ...(flags.text ? { stdinText: true } : {}),
    }, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
    logLine(process.stderr, summaryLine(s).trimEnd());
    process.exitCode = s.failed ? 1 : 0;
  });

program
  .command('report')
  .description('rebuild the review pages (review.html, review-2.html, …) of an output folder from its documents.jsonl and texts.jsonl')
  .argument('<dir>', 'the output folder of whosaid extract -o DIR')
  .option('--page-size <n>', 'most articles on one page', whole(1))
  .option('--db', 'rebuild whosaid.sqlite too')
  .action(async (dir: string, flags: { pageSize?: number; db?: boolean }) => {
    const files = await runReport(dir, { ...(flags.pageSize ? { pageSize: flags.pageSize } : {}), ...(flags.db ? { db: true } : {}) });
    logLine(process.stderr, `whosaid: wrote ${files.join(', ')} in ${dir}`);
  });

program
  .command('check')
  .description('find a quotation in the corpus (fuzzy: cut or slightly reworded) and who it is attributed to; exit 0 found (and by --speaker), 1 by someone else or no one, 3 not found')
  .argument('<quote>', 'the quotation to look for')
  .argument('[input...]', 'files or folders to extract first (- for stdin), instead of --db')
  .option('--speaker <name>', 'the claimed speaker: exit 0 only when the quote is attributed to this name')
  .option('--db <file>', 'a whosaid database (DIR/whosaid.sqlite, or DIR)')
  .option('--json', 'print the result as JSON')
  .option('--limit <n>', 'most matches listed', whole(1), 10)
  .action(async (claim: string, inputs: string[], flags: { speaker?: string; db?: string; json?: boolean; limit: number }) => {
    needStdout();
    process.exitCode = await runCheck(claim, inputs, {
      limit: flags.limit, ...(flags.speaker !== undefined ? { speaker: flags.speaker } : {}), ...(flags.db ? { db: flags.db } : {}), ...(flags.json ? { json: true } : {}),
    }, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  });

program
  .command('schema')
  .description('print the JSON Schema of the output record')
  .action(async () => {
    needStdout();
    process.stdout.write(`${JSON.stringify((await import('../../schema.js')).outputSchema, null, 2)}\n`); // loaded here only: the schema library is for this command
  });

/** A command that writes its result to stdout refuses to start when stdout was closed (its output would be lost). */
function needStdout(): void {
  if (stdoutClosed()) throw new UsageError('stdout is closed, so the output would be lost: redirect it to a file (or to /dev/null on purpose), or use -o DIR');
}

// Writing to stdout failed: a reader that stopped early (exit 1), or a full or broken output (exit 2, one line).
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(onStdoutError(e, process.stderr)));

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else {
    const usage = e instanceof UsageError || e instanceof ShardError || e instanceof ResumeError
      || e instanceof CorrectionsError || e instanceof CheckUsageError || e instanceof FolderError || e instanceof OutputFolderError
      || e instanceof MissingSqliteError;
    logLine(process.stderr, `whosaid: ${usage ? '' : 'error: '}${(e as Error).message}`);
    process.exitCode = 2;
  }
}
