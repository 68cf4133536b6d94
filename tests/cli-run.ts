/** Helpers for end-to-end tests of the built CLI: run it, and build small JSON Lines corpora. */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export const ROOT = join(import.meta.dirname, '..');
export const BIN = join(ROOT, 'bin', 'whosaid');

export interface Ran {
  code: number;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Run `whosaid ARGS` (stdin: a string, or a file path given as `{ file }`), collecting its output. */
export function run(args: string[], opts: { stdin?: string | { file: string }; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<Ran> {
  return new Promise((resolve) => {
    const child = execFile('node', [BIN, ...args], { maxBuffer: 256 << 20, timeout: 240_000, env: { ...process.env, ...opts.env }, cwd: opts.cwd ?? ROOT },
      (err, stdout, stderr) => {
        const e = err as (Error & { code?: number | string; signal?: NodeJS.Signals }) | null;
        resolve({ code: e ? (typeof e.code === 'number' ? e.code : 1) : 0, signal: e?.signal ?? null, stdout, stderr });
      });
    if (typeof opts.stdin === 'string') child.stdin!.end(opts.stdin);
    else if (opts.stdin) child.stdin!.end(readFileSync(opts.stdin.file));
    else child.stdin!.end();
  });
}

/** Run a shell command line (for GNU parallel pipelines), collecting its output. */
export function sh(command: string, env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-o', 'pipefail', '-c', command], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (code, signal) => resolve({ code: code ?? 1, signal, stdout, stderr }));
  });
}

export const tmp = () => mkdtempSync(join(tmpdir(), 'whosaid-'));

/** The bundled Wikinews articles as JSON Lines records (26 of them). */
export function articles(): { id: string; text: string; published: string }[] {
  const dir = join(ROOT, 'corpus', 'wikinews');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f, i) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8'), published: `2025-0${1 + (i % 9)}-1${i % 10}` }));
}

/** Lines that must each become a failed record (and one with no id, which must not). */
export const BAD_LINES = [
  '{"id":"broken","text":',
  '{"id":"no-text","title":"only a title"}',
  '[1,2,3]',
  '{"text":"A line with no id. Ana Ruiz said the plan failed."}',
];

/**
 * A JSON Lines corpus: the bundled articles `rounds` times with fresh ids, the bad lines spread
 * through it and a blank line. Returns the file's path and its non-blank line count.
 */
export function writeCorpus(dir: string, rounds = 1, name = 'corpus.jsonl'): { path: string; lines: number } {
  const lines: string[] = [];
  for (let r = 0; r < rounds; r++) for (const a of articles()) lines.push(JSON.stringify({ ...a, id: `${a.id}-${r}` }));
  BAD_LINES.forEach((l, i) => lines.splice(3 + i * 7, 0, l));
  lines.splice(10, 0, '');
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, lines: lines.filter((l) => l !== '').length };
}

/** Every row of a whosaid database, table by table, and what the full-text index finds for "said" (to compare databases by content). */
export function databaseRows(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows: Record<string, unknown[]> = {};
    const order = { meta: 'key', documents: 'doc', entities: 'doc, entity_id', mentions: 'rowid', quotes: 'quote' };
    for (const [t, by] of Object.entries(order)) rows[t] = db.prepare(`SELECT * FROM ${t} ORDER BY ${by}`).all();
    rows.fts = db.prepare("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'said' ORDER BY rowid").all();
    return rows;
  } finally {
    db.close();
  }
}

/** The files of an output folder that must be byte-identical between equivalent runs, and the manifest without its timings. */
export function folderContents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of ['documents.jsonl', 'texts.jsonl', 'quotes.csv', 'entities.csv', 'errors.jsonl', 'review.html']) out[f] = readFileSync(join(dir, f), 'utf8');
  out['whosaid.sqlite (rows)'] = JSON.stringify(databaseRows(join(dir, 'whosaid.sqlite')));
  out['manifest.jsonl (without ms)'] = readFileSync(join(dir, 'manifest.jsonl'), 'utf8').replace(/,"ms":[\d.]+/g, '');
  for (const f of readdirSync(join(dir, 'json')).sort()) out[`json/${f}`] = readFileSync(join(dir, 'json', f), 'utf8');
  out['(files)'] = readdirSync(dir).sort().join(' ');
  return out;
}
