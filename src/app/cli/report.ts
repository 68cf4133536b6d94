/** `whosaid report DIR`: rebuild the review pages (and, with --db, the database) of a finished output folder. */
import { basename } from 'node:path';
import { buildDatabase } from '../db/build.js';
import { FolderError, isOutputFolder } from '../io/folder.js';
import { buildReview } from '../review/build.js';
import { lockFolder } from './lock.js';

export interface ReportOptions {
  /** Most articles on one review page. */
  pageSize?: number;
  /** Rebuild whosaid.sqlite too. */
  db?: boolean;
}

/** Rebuild the folder's derived files; returns the files written. */
export async function runReport(dir: string, opts: ReportOptions): Promise<string[]> {
  if (!isOutputFolder(dir)) throw new FolderError(`${dir} is not a finished whosaid output folder (no documents.jsonl): run whosaid extract -o ${dir} first`);
  const lock = lockFolder(dir); // not while a run writes there
  try {
    const pages = await buildReview(dir, opts.pageSize ? { pageSize: opts.pageSize } : {});
    return opts.db ? [...pages, basename(await buildDatabase(dir))] : pages;
  } finally {
    lock.release();
  }
}
