/**
 * better-sqlite3 is an optional dependency: a native addon that only the database features need
 * (whosaid.sqlite in an output folder, `check`, `report --db`). A library user who calls
 * `extract()`, or installs with --omit=optional, never builds it. It is loaded on first use.
 */
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

export type SqliteDatabase = BetterSqlite3.Database;
type Sqlite = typeof BetterSqlite3;

/** A feature needs better-sqlite3 and it is not installed (a usage error: the message says what to install). */
export class MissingSqliteError extends Error {}

let loaded: Sqlite | null | undefined;

/** Test hook: WHOSAID_TEST_NO_SQLITE=1 makes the app behave as if better-sqlite3 were not installed. */
const pretendMissing = process.env.WHOSAID_TEST_NO_SQLITE === '1';

/** better-sqlite3, or undefined when it is not installed. */
export function loadSqlite(): Sqlite | undefined {
  if (pretendMissing) return undefined;
  if (loaded === undefined) {
    try {
      loaded = createRequire(import.meta.url)('better-sqlite3') as Sqlite;
    } catch {
      loaded = null;
    }
  }
  return loaded ?? undefined;
}

/** better-sqlite3 for `feature`, or a MissingSqliteError saying how to install it. */
export function requireSqlite(feature: string): Sqlite {
  const s = loadSqlite();
  if (!s) throw new MissingSqliteError(`${feature} needs the optional package better-sqlite3, which is not installed: npm install better-sqlite3`);
  return s;
}
