/**
 * One writer per output folder. The lock is `.whosaid.lock`, a small SQLite database inside the
 * folder that the writer keeps a write transaction open on for the whole run: SQLite's file locks
 * are the operating system's, released when the process ends however it ends (kill -9, out of
 * memory), so a dead run's lock is free at once and there is no stale lock to clear, and no pid that
 * the system gave again to another process can keep it. The holder writes its pid and start time
 * there first, for the message a second writer gets. The file itself stays: deleting a lock file
 * while another process may be opening it would let two writers hold two files.
 *
 * Without the optional better-sqlite3 the lock is `.whosaid.pid`, created exclusively and holding
 * the writer's pid and host: a run that finds it there is refused, unless the pid is no longer alive
 * on this host (a run killed with kill -9), when the file is taken over. Weaker than the operating
 * system's locks (two runs taking over one stale file at the same instant may both win), and said so.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { loadSqlite } from '../db/sqlite.js';
import { why } from './errors.js';

export const LOCK_FILE = '.whosaid.lock';
/** The lock without better-sqlite3. */
export const PID_LOCK_FILE = '.whosaid.pid';

/** The output folder cannot be used: it cannot be made or written, or another run holds it (a usage error). */
export class OutputFolderError extends Error {}

/** A held lock. */
export interface FolderLock {
  release(): void;
}


/**
 * Create `dir` and its missing parents one at a time. Node's own recursive mkdir retries for ever
 * where a file system refuses new folders but says ENOENT (under /proc, say).
 */
export function makeFolder(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if (!statSync(dir).isDirectory()) throw new OutputFolderError(`cannot use ${dir} as the output folder: it exists and is not a folder`);
      return;
    }
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw new OutputFolderError(`cannot create the output folder ${dir}: ${why(e)}`);
    makeFolder(parent);
    try {
      mkdirSync(dir);
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code === 'EEXIST' && statSync(dir).isDirectory()) return; // made meanwhile by another process
      const code2 = (again as NodeJS.ErrnoException).code;
      throw new OutputFolderError(`cannot create the output folder ${dir}: ${code2 === 'ENOENT' ? 'this file system does not allow it (ENOENT)' : why(again)}`);
    }
  }
}

/** Create `dir` if need be and lock it for this process; throws OutputFolderError naming the holder when another run has it. */
export function lockFolder(dir: string): FolderLock {
  makeFolder(dir);
  const Database = loadSqlite();
  if (!Database) return pidLock(dir);
  const path = join(dir, LOCK_FILE);
  try {
    closeSync(openSync(path, 'a')); // the plain file first: its error says why (read-only, permission) where SQLite's would not
  } catch (e) {
    throw new OutputFolderError(`cannot write to the output folder ${dir}: ${why(e)}`);
  }
  const db = new Database(path, { timeout: 0 });
  try {
    db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER, host TEXT, since TEXT)');
    db.exec('BEGIN IMMEDIATE');
    db.prepare('DELETE FROM holder').run();
    db.prepare('INSERT INTO holder VALUES (?, ?, ?)').run(process.pid, hostname(), new Date().toISOString());
    db.exec('COMMIT');
    // From here to the end of the run: a write lock no other process can take (readers still can, to read the holder).
    db.exec('BEGIN IMMEDIATE');
  } catch (e) {
    const busy = (e as { code?: string }).code === 'SQLITE_BUSY';
    const holder = busy ? holderOf(db) : undefined;
    db.close();
    if (!busy) throw new OutputFolderError(`cannot lock the output folder ${dir}: ${(e as Error).message}`);
    const who = holder ? `pid ${holder.pid}${holder.pid === process.pid ? ', this process' : ''} on ${holder.host}, since ${holder.since}` : 'just starting';
    throw new OutputFolderError(`${dir} is in use by another whosaid run (${who}): wait for it to end, or write to another folder`);
  }
  return {
    release() {
      if (!db.open) return;
      db.exec('ROLLBACK');
      db.close();
    },
  };
}

interface Holder { pid: number; host: string; since: string }

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // there, but someone else's
  }
};

/** The lock without better-sqlite3: an exclusively created pid file (see the header). */
function pidLock(dir: string): FolderLock {
  const path = join(dir, PID_LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return {
        release() {
          try {
            if ((JSON.parse(readFileSync(path, 'utf8')) as Holder).pid === me.pid) rmSync(path, { force: true });
          } catch { /* gone already */ }
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new OutputFolderError(`cannot lock the output folder ${dir}: ${why(e)}`);
    }
    let holder: Holder | undefined;
    try { holder = JSON.parse(readFileSync(path, 'utf8')) as Holder; } catch { /* being written, or damaged */ }
    const stale = holder !== undefined && holder.host === me.host && !alive(holder.pid);
    if (!stale || attempt > 0) {
      const who = holder ? `pid ${holder.pid} on ${holder.host}, since ${holder.since}` : 'just starting';
      throw new OutputFolderError(`${dir} is in use by another whosaid run (${who}): wait for it to end, or write to another folder`);
    }
    // A run killed before it could let go: move its file aside (only one taker's rename succeeds) and try again.
    try { renameSync(path, `${path}.stale-${me.pid}`); rmSync(`${path}.stale-${me.pid}`, { force: true }); } catch { /* taken by another */ }
  }
}

function holderOf(db: import('../db/sqlite.js').SqliteDatabase): { pid: number; host: string; since: string } | undefined {
  try {
    return db.prepare('SELECT pid, host, since FROM holder').get() as { pid: number; host: string; since: string } | undefined;
  } catch {
    return undefined; // a lock file being created by the other run: no table yet
  }
}
