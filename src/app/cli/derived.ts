/**
 * The files an output folder derives from its records once a run has finished: the SQLite database
 * and the review pages. They are built from the finished documents.jsonl and texts.jsonl, never
 * during the run, so they always agree with them, however the run was interrupted and resumed: a
 * new run removes the old ones first, and `--resume` of a finished folder builds whichever is
 * missing (a run killed after its renames but before these were in place).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DB_FILE, buildDatabase, hasDatabase } from '../db/build.js';
import { loadSqlite } from '../db/sqlite.js';
import { buildReview, hasReview, removeReview } from '../review/build.js';

/** Remove the derived files of an earlier run in `dir`. */
export function removeDerived(dir: string): void {
  for (const f of [DB_FILE, `${DB_FILE}.tmp`]) rmSync(join(dir, f), { force: true });
  removeReview(dir);
}

/**
 * Build the database and the review pages of the finished folder `dir`; with `onlyMissing`, only
 * those not there. Without the optional better-sqlite3 the database is left out: the returned note says so.
 */
export async function buildDerived(dir: string, onlyMissing = false): Promise<string | undefined> {
  let note: string | undefined;
  if (!loadSqlite()) note = `${DB_FILE} not written: it needs the optional package better-sqlite3 (npm install better-sqlite3); every other file is`;
  else if (!onlyMissing || !hasDatabase(dir)) await buildDatabase(dir);
  if (!onlyMissing || !hasReview(dir)) await buildReview(dir);
  return note;
}
