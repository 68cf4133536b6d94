/**
 * One review page as HTML: a fixed shell, the style, the articles as JSON in a data script, and the
 * script that renders them. Only the JSON varies, and it is escaped so no text can end the script
 * element or start markup; a Content-Security-Policy keeps the page from loading anything at all.
 */
import { CLIENT_SCRIPT } from './client.js';
import { LOW_CONFIDENCE, type PageData, type ReviewArticle } from './data.js';
import { STYLE } from './style.js';

/** Where a page sits among the pages of a folder. */
export interface PageInfo {
  /** 1-based page number. */
  page: number;
  pages: number;
  /** Documents in the whole folder. */
  documents: number;
}

/** The file name of page `k` (1-based): review.html, then review-2.html, … */
export const pageFile = (k: number) => (k === 1 ? 'review.html' : `review-${k}.html`);

/**
 * JSON safe to put inside a `<script>` element: `<`, `>`, `&` and the line separators are written
 * as \u escapes (they can only occur inside JSON strings, where the escape means the same).
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

/** The HTML of one page. */
export function renderPage(info: PageInfo, articles: ReviewArticle[]): string {
  const data: PageData = { ...info, low: LOW_CONFIDENCE, articles };
  const title = info.pages > 1 ? `whosaid review — page ${info.page} of ${info.pages}` : 'whosaid review';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>whosaid review</h1>
<span id="summary"></span>
<nav id="tabs"><a data-tab="articles" href="#articles">Articles</a><a data-tab="quotes" href="#quotes">Quotes</a><a data-tab="speakers" href="#speakers">Speakers</a></nav>
<nav id="pages"></nav>
</header>
<main id="view"><noscript>This page needs JavaScript to show the articles.</noscript></main>
<script type="application/json" id="whosaid-data">${scriptJson(data)}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
