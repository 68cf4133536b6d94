/**
 * Markup in what should be plain text (a scraper handed over the page source): tags become spaces and
 * character references their character padded with spaces, so the working text keeps every offset and
 * the pipeline reads the article, not the markup. Block-level tags become line feeds (paragraphs).
 */

const TAG_NAMES = /<\/?(?:p|div|span|a|br|hr|html|head|body|script|style|h[1-6]|li|ul|ol|img|meta|link|table|tr|td|th|article|section|header|footer|nav|em|strong|b|i|blockquote|figure|figcaption)\b[^>]*>/gi;
const HIDDEN = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const ANY_TAG = /<!--[\s\S]*?-->|<\/?[a-zA-Z][^<>]*>/g;
const BLOCK = /^<\/?(?:p|div|br|hr|h[1-6]|li|ul|ol|tr|table|article|section|header|footer|blockquote|figure|figcaption)\b/i;
const REFERENCE = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', laquo: '«', raquo: '»' };

/** Does the text look like HTML rather than an article (three or more common tags)? */
export function looksLikeHtml(text: string): boolean {
  let n = 0;
  TAG_NAMES.lastIndex = 0;
  while (TAG_NAMES.exec(text) && ++n < 3);
  return n >= 3;
}

const blank = (s: string, fill = ' ') => fill + ' '.repeat(s.length - 1);

/** Same-length text with markup blanked out. */
export function blankMarkup(text: string): string {
  return text
    .replace(HIDDEN, (m) => ' '.repeat(m.length))
    .replace(ANY_TAG, (m) => blank(m, BLOCK.test(m) ? '\n' : ' '))
    .replace(REFERENCE, (m, dec?: string, hex?: string, name?: string) => {
      const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : undefined;
      const ch = code !== undefined ? (code > 0 && code <= 0xffff ? String.fromCharCode(code) : ' ') : NAMED[name!.toLowerCase()];
      return ch === undefined ? m : blank(m, ch);
    });
}
