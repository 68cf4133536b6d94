/**
 * One writer per output folder. The lock is `.whosaid.lock`, a small SQLite database inside the
 * folder that the writer keeps a write transaction open on for the whole run: SQLite's file locks
 * are the operating system's, released when the process ends however it ends (kill -9, out of
 * memory), so a dead run's lock is free at once and there is no stale lock to clear, and no pid that
 * the system gave again to another process can keep it. The holder writes its pid and start time
 * there first, for the message a second writer gets. The file itself stays: deleting a lock file
 * while another process may be opening it would let two writers hold two files.
 */
import { closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';

export const LOCK_FILE = '.whosaid.lock';

/** The output folder cannot be used: it cannot be made or written, or another run holds it (a usage error). */
export class OutputFolderError extends Error {}

/** A held lock. */
export interface FolderLock {
  release(): void;
}

/** Why a file-system call failed, in words. */
function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    EROFS: 'read-only file system', EACCES: 'permission denied', EPERM: 'not permitted', ENOSPC: 'no space left on device',
    ENOTDIR: 'a part of the path is not a folder', EEXIST: 'exists and is not a folder', ENAMETOOLONG: 'name too long', EDQUOT: 'disk quota exceeded',
  };
  return code && words[code] ? `${words[code]} (${code})` : (e as Error).message;
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

function holderOf(db: Database.Database): { pid: number; host: string; since: string } | undefined {
  try {
    return db.prepare('SELECT pid, host, since FROM holder').get() as { pid: number; host: string; since: string } | undefined;
  } catch {
    return undefined; // a lock file being created by the other run: no table yet
  }
}
