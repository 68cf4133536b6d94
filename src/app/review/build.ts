/**
 * Writing the review pages of an output folder. A page holds at most `pageSize` articles and about
 * `pageBytes` of data, so each stays quick to open and memory stays bounded however large the
 * corpus: review.html is the first page, review-2.html … the next ones, each one self-contained and
 * linking to the others. A first pass over the files (sizes only, no parsing) decides the pages, so
 * every page can show where it stands; the second pass streams the documents into them. Pages are
 * written under temporary names and renamed into place, review.html last.
 */
import { createReadStream, existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFolder } from '../io/folder.js';
import { splitLines } from '../io/lines.js';
import { type ReviewArticle, toReviewArticle } from './data.js';
import { pageFile, renderPage } from './page.js';

export interface ReviewOptions {
  /** Most articles on a page (default 500). */
  pageSize?: number;
  /** A page is closed once its documents and texts reach this many bytes (default 8 MiB). */
  pageBytes?: number;
}

export const DEFAULT_PAGE_SIZE = 500;
export const DEFAULT_PAGE_BYTES = 8 << 20;

/** Review pages of an earlier build (`review.html`, `review-N.html`). */
const PAGE = /^review(-\d+)?\.html$/;

/** Remove the review pages of `dir` (before a new run, so stale pages never outlive their data). */
export function removeReview(dir: string): void {
  if (!existsSync(dir)) return;
  for (const f of readdirSync(dir)) if (PAGE.test(f) || /^review(-\d+)?\.html\.tmp$/.test(f)) rmSync(join(dir, f), { force: true });
}

/** Is the review page there? (review.html is renamed into place last, so it stands for all pages.) */
export const hasReview = (dir: string) => existsSync(join(dir, pageFile(1)));

/** How many documents go on each page, from the byte sizes of their lines. */
async function planPages(dir: string, pageSize: number, pageBytes: number): Promise<number[]> {
  const sizes: number[] = [];
  for await (const l of splitLines(createReadStream(join(dir, 'documents.jsonl')), Number.MAX_SAFE_INTEGER)) if (l.text.trim()) sizes.push(l.bytes);
  if (existsSync(join(dir, 'texts.jsonl'))) {
    let i = 0;
    for await (const l of splitLines(createReadStream(join(dir, 'texts.jsonl')), Number.MAX_SAFE_INTEGER)) if (i < sizes.length) { sizes[i] = sizes[i]! + l.bytes; i++; }
  }
  const pages: number[] = [];
  let count = 0;
  let bytes = 0;
  for (const s of sizes) {
    if (count > 0 && (count >= pageSize || bytes + s > pageBytes)) { pages.push(count); count = 0; bytes = 0; }
    count++;
    bytes += s;
  }
  pages.push(count); // an empty folder still gets a page that says so
  return pages;
}

/** Write the review pages of the finished output folder `dir`; returns their file names. */
export async function buildReview(dir: string, opts: ReviewOptions = {}): Promise<string[]> {
  const plan = await planPages(dir, opts.pageSize ?? DEFAULT_PAGE_SIZE, opts.pageBytes ?? DEFAULT_PAGE_BYTES);
  const documents = plan.reduce((a, b) => a + b, 0);
  const files = plan.map((_, i) => pageFile(i + 1));
  for (const f of readdirSync(dir)) if (/\.html\.tmp$/.test(f) && PAGE.test(f.slice(0, -4))) rmSync(join(dir, f)); // a killed build's
  let page = 0;
  let articles: ReviewArticle[] = [];
  const write = () => {
    writeFileSync(join(dir, `${files[page]}.tmp`), renderPage({ page: page + 1, pages: plan.length, documents }, articles));
    page++;
    articles = [];
  };
  for await (const d of readFolder(dir)) {
    articles.push(toReviewArticle(d));
    if (articles.length === plan[page] && page < plan.length - 1) write();
  }
  write();
  // Pages of an earlier, longer build would link back to pages that changed: remove them.
  for (const f of readdirSync(dir)) if (PAGE.test(f) && !files.includes(f)) rmSync(join(dir, f));
  for (const f of [...files.slice(1), files[0]!]) renameSync(join(dir, `${f}.tmp`), join(dir, f));
  return files;
}
