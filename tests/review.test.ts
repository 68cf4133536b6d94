/**
 * The review page: its HTML and data (escaping, pages) without a browser, then in Debian's Chromium
 * driven by playwright-core: the seed article with its quotes, a click showing the speaker (and a
 * screenshot in the test's temporary folder), an article made of markup shown as text, filters, the
 * speakers table and pages. CI installs chromium (.ci/run); elsewhere the browser tests are skipped
 * unless WHOSAID_REQUIRE_CHROMIUM is set.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { OutputRecord } from '../src/record.js';
import { buildReview } from '../src/app/review/build.js';
import { CLIENT_SCRIPT } from '../src/app/review/client.js';
import { flagsOf } from '../src/app/review/data.js';
import { renderPage, scriptJson } from '../src/app/review/page.js';
import { ROOT, run, tmp } from './cli-run.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.WHOSAID_REQUIRE_CHROMIUM) throw new Error(`Chromium is required (WHOSAID_REQUIRE_CHROMIUM) but ${CHROMIUM} is missing`);

/** The JSON data of a review page, as its script reads it. */
function pageData(html: string): { page: number; pages: number; documents: number; articles: { n: number; id: string; text: string | null; quotes: { text?: string }[] }[] } {
  const m = /<script type="application\/json" id="whosaid-data">(.*?)<\/script>/s.exec(html)!;
  return JSON.parse(m[1]!);
}

const record = (id: string, quotes: OutputRecord['quotes'] = []): OutputRecord => ({
  id, status: 'ok', offset_unit: 'utf16', date_reference: { value: 'XXXX-XX-XX', source: 'none' }, entities: [], quotes, diagnostics: [],
});

/** An output folder written by hand: n short documents, with or without texts.jsonl. */
function folder(n: number, texts = true): string {
  const dir = tmp();
  const docs = Array.from({ length: n }, (_, i) => record(`d${i + 1}`, [{ id: 'q0-5', start: 0, end: 5, text: 'Hello', type: 'direct', class: 'speech', attribution: 'a0-5', speaker: null, finder: 'direct', rule: 'none', confidence: 0 }]));
  writeFileSync(join(dir, 'documents.jsonl'), docs.map((d) => `${JSON.stringify(d)}\n`).join(''));
  if (texts) writeFileSync(join(dir, 'texts.jsonl'), docs.map((d) => `${JSON.stringify({ id: d.id, text: `Hello from ${d.id}.` })}\n`).join(''));
  return dir;
}

describe('the page without a browser', () => {
  test.each([
    ['a closing script tag', '</script><script>alert(1)</script>'],
    ['a comment opener', '<!-- <script>'],
    ['line separators', 'a\u2028b\u2029c'],
    ['ampersands and entities', '&amp; &lt; &'],
  ])('%s stays inside the JSON data', (_n, text) => {
    const json = scriptJson({ text });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ text });
  });

  test('a page holds its data, its script and style, and loads nothing', () => {
    const html = renderPage({ page: 1, pages: 1, documents: 1 }, [{ n: 1, id: 'x', status: 'ok', text: '</script><img src=x>', quotes: [] }]);
    expect(html.match(/<\/script/g)).toHaveLength(2); // the data's and the script's own
    expect(html).not.toMatch(/<img|\b(src|href)=["']?(https?:|\/\/)/);
    expect(html).toContain("default-src 'none'");
    expect(pageData(html).articles[0]!.text).toBe('</script><img src=x>');
    expect(() => new Function(CLIENT_SCRIPT)).not.toThrow(); // the page's script parses
  });

  test.each([
    [0.95, { name: 'A', kind: 'person' }, []],
    [0.5, { name: 'A', kind: 'person' }, []],
    [0.49, { name: 'A', kind: 'person' }, ['low']],
    [0.8, null, ['unattributed']],
    [0, null, ['low', 'unattributed']],
  ] as const)('confidence %s, speaker %j: flags %j', (confidence, speaker, flags) => {
    expect(flagsOf({ confidence, speaker: speaker === null ? null : { ...speaker } })).toEqual(flags);
  });

  test('pages: at most --page-size articles each, numbered, and a rebuild removes pages no longer needed', async () => {
    const dir = folder(5);
    expect(await buildReview(dir, { pageSize: 2 })).toEqual(['review.html', 'review-2.html', 'review-3.html']);
    const pages = ['review.html', 'review-2.html', 'review-3.html'].map((f) => pageData(readFileSync(join(dir, f), 'utf8')));
    expect(pages.map((p) => [p.page, p.pages, p.documents, p.articles.map((a) => a.n)])).toEqual([[1, 3, 5, [1, 2]], [2, 3, 5, [3, 4]], [3, 3, 5, [5]]]);
    expect(await buildReview(dir)).toEqual(['review.html']);
    expect(readdirSync(dir).filter((f) => f.includes('review')).sort()).toEqual(['review.html']);
  });

  test('pages are cut by size too', async () => {
    const dir = folder(3);
    expect(await buildReview(dir, { pageBytes: 10 })).toHaveLength(3);
  });

  test('a folder without texts.jsonl still lists its quotes', async () => {
    const dir = folder(1, false);
    await buildReview(dir);
    const a = pageData(readFileSync(join(dir, 'review.html'), 'utf8')).articles[0]!;
    expect([a.text, a.quotes[0]!.text]).toEqual([null, 'Hello']);
  });
});

describe.skipIf(!hasChromium)('the page in Chromium', () => {
  let out: string;
  let ctx: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  // Markup everywhere a document can carry text: all of it must show as text, and none of it run.
  const MARKUP = {
    id: 'markup<b>id</b>', title: '<script>window.__pwned = "title"</script> Title', url: 'javascript:window.__pwned = "url"',
    text: '<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> Ana Ruiz said “<b>bold</b> claims </script><script>window.__pwned = 3</script> are false” on Monday.\n\nTom Baker said the plan <i onclick="window.__pwned = 4">worked</i>.',
  };

  beforeAll(async () => {
    const dir = tmp();
    out = join(dir, 'out');
    writeFileSync(join(dir, 'markup.jsonl'), `${JSON.stringify(MARKUP)}\n`);
    // A quote to flag, whoever the extractor finds: the journalist marks the first script element as a quote with no known speaker.
    writeFileSync(join(dir, 'corrections.jsonl'), `${JSON.stringify({ doc: MARKUP.id, start: 0, end: MARKUP.text.indexOf('</script>') + 9, speaker: null })}\n`);
    const r = await run(['extract', 'corpus/seed', join(dir, 'markup.jsonl'), '-o', out, '--workers', '1', '--corrections', join(dir, 'corrections.jsonl')]);
    expect(r.code, r.stderr).toBe(0);
    ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'whosaid-chromium-')), {
      executablePath: CHROMIUM, headless: true, viewport: { width: 1400, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await ctx.newPage();
    page.on('request', (q) => requests.push(q.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  }, 180_000);
  afterAll(async () => { await ctx?.close(); });

  const open = async (file: string, hash: string) => {
    await page.goto(`${pathToFileURL(join(out, file)).href}#${hash}`);
    await page.waitForSelector('#view > *');
  };

  test('the seed article: a click on a quote shows its speaker, kind, rule, confidence and sentence', async () => {
    await open('review.html', 'id=peru-mexico-relations');
    expect(await page.locator('article h2').textContent()).toBe('Peru Ends Diplomatic Relations With Mexico');
    expect(await page.locator('#text .q[role=button]').count()).toBe(11); // each quote reachable (and focusable) once
    const quote = page.locator('#text span.q', { hasText: 'unfriendly act' }).first();
    expect(await quote.getAttribute('title')).toMatch(/^Hugo de Zela \(person\) · cue-subject · confidence 0\.\d\d$/);
    await quote.click();
    await page.waitForSelector('#details .speaker-name');
    expect(await page.locator('#details .speaker-name').textContent()).toBe('Hugo de Zela');
    expect(await page.locator('#details dd.kind').textContent()).toBe('person');
    expect(await page.locator('#details dd.rule').textContent()).toBe('cue-subject');
    expect(await page.locator('#details dd.confidence').textContent()).toMatch(/^0\.\d\d$/);
    expect(await page.locator('#details .sentence').textContent()).toMatch(/^Peruvian Foreign Minister Hugo de Zela said the asylum constituted an “unfriendly act”/);
    // The quote, its speaker mention and its cue are marked as selected.
    expect(await page.locator('#text .sel.m').allTextContents()).toEqual(['Hugo de Zela']);
    expect(await page.locator('#text .sel.c').allTextContents()).toEqual(['said']);
    expect(new URL(page.url()).hash).toBe('#article=1&q=q445-601');
    await page.screenshot({ path: join(out, 'review-seed.png') }); // into the test's own folder, never the user's output/
  });

  test('an article made of markup renders as text, and none of it runs', async () => {
    await open('review.html', 'article=2');
    const text = await page.locator('#text').textContent();
    expect(text).toBe(MARKUP.text);
    expect(await page.locator('article h2').textContent()).toBe(MARKUP.title);
    expect(await page.locator('#view script, #view img, #view b, #view i, #view a[href^="javascript"]').count()).toBe(0);
    await page.locator('#text span.q', { hasText: '<b>bold</b>' }).first().click();
    await page.waitForSelector('#details .speaker-name');
    expect(await page.locator('#details .speaker-name').textContent()).toBe('Ana Ruiz');
    await page.locator('#text span.q', { hasText: '<script>window.__pwned = 1</script>' }).click();
    await page.locator('#details .speaker-name', { hasText: 'Unattributed' }).waitFor();
    expect(await page.locator('#details dd.rule').textContent()).toBe('correction');
    expect(await page.evaluate('window.__pwned')).toBeUndefined(); // a string: the test's own types know no window
    expect(dialogs).toEqual([]);
  });

  test('flagged quotes can be filtered; the speakers table links to a speaker\'s quotes', async () => {
    await open('review.html', 'quotes=&flag=flagged');
    expect(await page.locator('#quotes-table tbody tr').count()).toBe(1);
    expect(await page.locator('#quotes-table tbody tr').textContent()).toContain('unattributed');
    await open('review.html', 'speakers');
    const row = page.locator('#speakers-table tr[data-speaker="Hugo de Zela"]');
    expect(await row.locator('td').allTextContents()).toEqual(['Hugo de Zela', 'person', '4', '1', '']);
    await row.locator('a').click();
    await page.waitForSelector('#speaker-filter');
    expect(await page.locator('#quotes-table tbody tr').count()).toBe(4);
    await page.locator('#quotes-table tbody tr a', { hasText: 'unfriendly act' }).click();
    await page.waitForSelector('#details .speaker-name');
    expect(await page.locator('#details .speaker-name').textContent()).toBe('Hugo de Zela');
  });

  test('whosaid report --page-size 1: one article a page, linked', async () => {
    const r = await run(['report', out, '--page-size', '1']);
    expect(r.code, r.stderr).toBe(0);
    await open('review.html', '');
    await page.reload(); // the same document until now: load the rebuilt page
    await page.locator('#pages a', { hasText: '2' }).click();
    await page.waitForSelector('article h2');
    expect(page.url()).toMatch(/review-2\.html/);
    expect(await page.locator('article h2').textContent()).toBe(MARKUP.title);
  });

  test('the page asked for nothing but its own files, and raised no error', () => {
    expect(requests.filter((u) => !/^file:.*\/review(-\d+)?\.html/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
