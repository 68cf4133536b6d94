/**
 * `whosaid check "QUOTE" [--speaker NAME] [--db FILE | INPUT…] [--json]`: is this quotation in the
 * corpus, and who is it attributed to there? Searches a whosaid database (an output folder's
 * whosaid.sqlite), or extracts the given inputs into a database in memory first. Exit 0 when found
 * (and, with --speaker, attributed to that speaker in the best matches), 1 when found but attributed
 * to someone else or no one, 3 when not found.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { type CheckResult, type Match, checkQuote, claimTooShort } from '../check/search.js';
import { DB_FILE, DatabaseWriter } from '../db/build.js';
import { DB_SCHEMA_VERSION } from '../db/schema.js';
import { type SqliteDatabase, requireSqlite } from '../db/sqlite.js';
import { readInputs } from '../io/read.js';
import { logLine, printable, printableJson } from './printable.js';

/** A bad check command line: a usage error (exit 2). */
export class CheckUsageError extends Error {}

export interface CheckOptions {
  speaker?: string;
  /** The database, or an output folder holding one. */
  db?: string;
  json?: boolean;
  /** Most matches listed. */
  limit: number;
}

/** Run a check; resolves to the exit code. */
export async function runCheck(claim: string, inputs: string[], opts: CheckOptions, io: { stdin: Readable; stdout: Writable; stderr: Writable }): Promise<number> {
  if (!claim.trim()) throw new CheckUsageError('check needs the quotation to look for');
  const short = claimTooShort(claim);
  if (short) throw new CheckUsageError(short);
  if (opts.speaker !== undefined && !opts.speaker.trim()) throw new CheckUsageError('--speaker needs a name');
  if (opts.db && inputs.length) throw new CheckUsageError('give --db or inputs to extract, not both');
  if (!opts.db && !inputs.length) throw new CheckUsageError('give --db DIR/whosaid.sqlite, or the inputs to extract (files, folders, - for stdin)');
  const db = opts.db ? openDatabase(opts.db) : await extractToMemory(inputs, io);
  try {
    const result = checkQuote(db, claim, opts.speaker, opts.limit);
    io.stdout.write(opts.json ? `${printableJson(JSON.stringify(result, null, 2))}\n` : describe(result));
    return result.exitCode;
  } finally {
    db.close();
  }
}

function openDatabase(path: string): SqliteDatabase {
  const Database = requireSqlite('whosaid check');
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, DB_FILE) : path;
  if (!existsSync(file)) throw new CheckUsageError(`no database at ${file} (whosaid extract -o DIR writes DIR/${DB_FILE})`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.prepare('SELECT 1 FROM quotes_fts LIMIT 1').get();
  } catch {
    db.close();
    throw new CheckUsageError(`${file} is not a whosaid database (no quotes_fts table)`);
  }
  const version = (db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined)?.value;
  if (version !== String(DB_SCHEMA_VERSION)) {
    db.close();
    throw new CheckUsageError(`${file} was built by another version of whosaid (schema ${version ?? 'unknown'}, this one reads ${DB_SCHEMA_VERSION}): rebuild it with whosaid report DIR --db`);
  }
  return db;
}

/** Extract the inputs on this thread into a database in memory (for a few articles; a corpus is better extracted with -o once). */
async function extractToMemory(inputs: string[], io: { stdin: Readable; stderr: Writable }): Promise<SqliteDatabase> {
  const { extract } = await import('../../analyze.js'); // the models load only when there is something to extract
  const Database = requireSqlite('whosaid check');
  const db = new Database(':memory:');
  const writer = new DatabaseWriter(db);
  let n = 0;
  const passOver = (path: string, reason: string) => logLine(io.stderr, `whosaid: ${path}: skipped: ${reason}`);
  for await (const item of readInputs(inputs, io.stdin, undefined, passOver)) {
    if (!item.ok) { logLine(io.stderr, `whosaid: ${item.location}: skipped: ${item.reason}`); continue; }
    writer.add({ n: ++n, record: extract(item.input), text: item.input.text });
  }
  writer.finish();
  return db;
}

const VERDICT: Record<CheckResult['verdict'], (r: CheckResult) => string> = {
  'found': () => 'Found.',
  'match': (r) => `Found, attributed to ${JSON.stringify(r.speaker)} as claimed.`,
  'other-speaker': (r) => `Found, but attributed to ${[...new Set(r.matches.filter((m) => m.speaker).map((m) => m.speaker!.name))].join(', ')}, not to ${JSON.stringify(r.speaker)}.`,
  'unattributed': () => 'Found, but attributed to no one.',
  'not-found': () => 'Not found among the quotes.',
};

/**
 * The result for people: each match with its place, speaker, confidence and sentence, then the
 * verdict. Each line is made printable on its own (`printable`), so nothing an article holds — an
 * escape sequence, a line break — can clear, move or forge the lines a fact-checker reads.
 */
export function describe(r: CheckResult): string {
  const lines = [`${JSON.stringify(r.claim)}: ${r.matches.length ? `${r.matches.length} quote${r.matches.length > 1 ? 's' : ''} found` : 'no quote found'}`];
  r.matches.forEach((m, i) => lines.push('', ...describeMatch(m, i + 1)));
  lines.push('', `${VERDICT[r.verdict](r)} (exit ${r.exitCode})`);
  return `${lines.map(printable).join('\n')}\n`;
}

function describeMatch(m: Match, k: number): string[] {
  const who = m.speaker ? `${m.speaker.name} (${m.speaker.kind})` : 'no one (unattributed)';
  const mark = m.speakerMatches === undefined ? '' : m.speakerMatches ? '  ✓ the claimed speaker' : '  ✗ not the claimed speaker';
  return [
    `${k}. ${m.docId}${m.title ? ` — ${m.title}` : ''}, quote ${m.quoteId} [${m.start}, ${m.end}), similarity ${m.score.toFixed(2)}`,
    `   said by:  ${who}, rule ${m.rule}, confidence ${m.confidence.toFixed(2)}${mark}`,
    `   quote:    ${m.text}`,
    ...(m.sentence ? [`   sentence: ${m.sentence}`] : []),
  ];
}
