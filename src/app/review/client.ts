/**
 * The review page's script, a function of its own type-checked against the DOM and the page data it
 * reads (data.ts); its compiled source is inlined into every page (`CLIENT_SCRIPT`), so it must not
 * use anything from outside its own body at run time (type imports only). It reads the page's
 * articles from the JSON in `#whosaid-data` and builds each view on demand (an article's text is
 * laid out only when it is opened), so a page of hundreds of articles opens at once. Every piece of
 * article data reaches the page as a text node or an attribute value: nothing from the data is ever
 * parsed as HTML.
 *
 * Views, chosen by the location hash: `#article=N&q=QUOTE_ID` (N: position in documents.jsonl),
 * `#id=DOC_ID`, `#quotes&flag=flagged|low|unattributed&speaker=NAME`, `#speakers`.
 */
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { PageData, ReviewArticle, ReviewQuote } from './data.js';

type Pair = [number, number];
type Attrs = Record<string, unknown> & { on?: Record<string, (ev: Event) => void> };
type Kid = Node | string | null | undefined | false | Kid[];

export function reviewClient(): void {
  'use strict';
  type A = ReviewArticle;
  type Q = ReviewQuote;
  const byId = (id: string) => document.getElementById(id) as HTMLElement;
  const data = JSON.parse(byId('whosaid-data').textContent ?? '{}') as PageData;
  const articles = data.articles;
  const byN = new Map(articles.map((a) => [a.n, a]));
  const view = byId('view');
  const ROWS = 500;
  const state: { listFilter: string; listFlagged: boolean; onlyFlagged: boolean; shown: number; current: A | null } = { listFilter: '', listFlagged: false, onlyFlagged: false, shown: ROWS, current: null };

  /** el('tag.class', {attr: value, on: {event: fn}}, ...children): strings become text nodes. */
  function el(spec: string, attrs?: Attrs, ...kids: Kid[]): HTMLElement {
    const [tag, ...cls] = spec.split('.');
    const e = document.createElement(tag!);
    if (cls.length) e.className = cls.join(' ');
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'on') for (const [ev, f] of Object.entries(v as Record<string, (ev: Event) => void>)) e.addEventListener(ev, f);
      else if (k === 'checked') (e as HTMLInputElement).checked = true;
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const k of (kids as unknown[]).flat(Infinity)) if (k !== null && k !== undefined && k !== false) e.append(k instanceof Node ? k : String(k));
    return e;
  }
  type Params = Record<string, string | number | undefined>;
  const hash = (p: Params) => '#' + new URLSearchParams(Object.entries(p).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])).toString();
  const go = (p: Params) => { location.hash = hash(p); };
  const slice = (a: A, p: Pair | undefined) => (a.text !== null && p ? a.text.slice(p[0], p[1]) : null);
  const quoteText = (a: A, q: Q) => (a.text === null ? q.text ?? '' : q.seg ? q.seg.map((s) => a.text!.slice(s[0], s[1])).join(' ') : a.text.slice(q.start, q.end));
  const short = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
  const flagged = (q: Q) => q.flags.length > 0;
  const flagCount = (a: A) => a.quotes.filter(flagged).length;
  const pageFile = (k: number) => (k === 1 ? 'review.html' : 'review-' + k + '.html');
  const badge = (text: string, cls?: string) => el('span.badge' + (cls ? '.' + cls : ''), {}, text);
  const flagBadges = (q: Q) => q.flags.map((f) => badge(f === 'low' ? 'low confidence' : 'unattributed', 'flag'));
  const articleName = (a: A) => a.title || a.id;

  function header() {
    const first = articles.length ? articles[0]!.n : 0;
    const last = articles.length ? articles[articles.length - 1]!.n : 0;
    const quotes = articles.reduce((s, a) => s + a.quotes.length, 0);
    const flags = articles.reduce((s, a) => s + flagCount(a), 0);
    byId('summary').textContent = 'articles ' + first + '–' + last + ' of ' + data.documents +
      ' · ' + quotes + ' quotes · ' + flags + ' flagged (confidence below ' + data.low + ' or no speaker)';
    const nav = byId('pages');
    if (data.pages < 2) return;
    const ks = new Set([1, data.page - 1, data.page, data.page + 1, data.pages].filter((k) => k >= 1 && k <= data.pages));
    if (data.pages <= 15) for (let k = 1; k <= data.pages; k++) ks.add(k);
    const links: (Node | string)[] = [];
    let prev = 0;
    for (const k of [...ks].sort((x, y) => x - y)) {
      if (k > prev + 1) links.push(' … ');
      links.push(k === data.page ? el('strong', {}, String(k)) : el('a', { href: pageFile(k) }, String(k)), ' ');
      prev = k;
    }
    nav.replaceChildren('Page ', ...links, 'of ' + data.pages);
  }

  function tabs(on: string) {
    for (const a of document.querySelectorAll<HTMLElement>('#tabs a')) a.classList.toggle('on', a.dataset.tab === on);
  }

  function route() {
    const p = new URLSearchParams(location.hash.slice(1));
    if (p.has('quotes')) { tabs('quotes'); state.current = null; return showQuotes(p); }
    if (p.has('speakers')) { tabs('speakers'); state.current = null; return showSpeakers(); }
    tabs('articles');
    let a: A | undefined = articles[0];
    if (p.has('article')) a = byN.get(Number(p.get('article')));
    else if (p.has('id')) a = articles.find((x) => x.id === p.get('id'));
    showArticle(a, p.get('q'));
  }

  // ---- articles ----

  function articleList(active: A) {
    const input = el('input', { type: 'search', placeholder: 'Filter by title or id', value: state.listFilter, 'aria-label': 'Filter articles' }) as HTMLInputElement;
    const only = el('input', { type: 'checkbox', id: 'list-flagged', checked: state.listFlagged }) as HTMLInputElement;
    const ol = el('ol', { id: 'article-list' });
    const fill = () => {
      const f = input.value.toLowerCase();
      const shown = articles.filter((a) => (!f || articleName(a).toLowerCase().includes(f) || a.id.toLowerCase().includes(f)) && (!only.checked || flagCount(a) > 0));
      ol.replaceChildren(...shown.map((a) => el('li', {}, el('a', { href: hash({ article: a.n }), class: a === active ? 'on' : null, title: a.id },
        articleName(a), badge(a.quotes.length + ' q'), flagCount(a) ? badge(flagCount(a) + ' flagged', 'flag') : null,
        a.status === 'failed' ? badge('failed', 'failed') : null))));
      if (!shown.length) ol.append(el('li.empty', {}, 'No article matches.'));
    };
    input.addEventListener('input', () => { state.listFilter = input.value; fill(); });
    only.addEventListener('change', () => { state.listFlagged = only.checked; fill(); });
    fill();
    return el('aside', {}, input, el('div', {}, el('label', {}, only, ' with flagged quotes only')), ol);
  }

  function showArticle(a: A | undefined, qid: string | null) {
    if (!a) { view.replaceChildren(el('p.empty', {}, 'No such article on this page.')); state.current = null; return; }
    if (state.current !== a) {
      state.current = a;
      view.replaceChildren(el('div.cols', {}, articleList(a), articlePane(a), el('div', { id: 'details' })));
    }
    select(a, qid);
  }

  function articlePane(a: A) {
    const meta = [a.id, a.published, a.status === 'failed' ? 'failed: ' + (a.error || '') : null].filter(Boolean).join(' · ');
    const url = a.url && /^https?:\/\//i.test(a.url) ? el('a', { href: a.url, rel: 'noreferrer noopener', target: '_blank' }, a.url) : a.url;
    const only = el('input', { type: 'checkbox', id: 'only-flagged', checked: state.onlyFlagged }) as HTMLInputElement;
    const text = el('div', { id: 'text', class: state.onlyFlagged ? 'only-flagged' : null });
    only.addEventListener('change', () => { state.onlyFlagged = only.checked; text.classList.toggle('only-flagged', only.checked); fillTable(); });
    if (a.text === null) text.append(el('span.empty', {}, a.status === 'failed' ? 'This document could not be processed.' : 'The text is not in this folder (no texts.jsonl): quotes are listed below.'));
    else layOut({ ...a, text: a.text }, text);
    text.addEventListener('click', (ev) => {
      const s = (ev.target as Element).closest<HTMLElement>('[data-q]');
      if (s) go({ article: a.n, q: a.quotes[Number(s.dataset.q)]!.id });
    });
    text.addEventListener('keydown', (ev) => {
      const s = (ev.target as Element).closest<HTMLElement>('[data-q]');
      if (s && (ev.key === 'Enter' || ev.key === ' ')) { ev.preventDefault(); go({ article: a.n, q: a.quotes[Number(s.dataset.q)]!.id }); }
    });
    const tbody = el('tbody');
    const fillTable = () => {
      const qs = a.quotes.filter((q) => !state.onlyFlagged || flagged(q));
      const rows = document.createDocumentFragment(); // not replaceChildren(...rows): a long article has more quotes than a call takes arguments
      for (const q of qs) rows.append(quoteRow(a, q, false));
      tbody.replaceChildren(rows);
      if (!qs.length) tbody.append(el('tr', {}, el('td.empty', { colspan: 6 }, a.quotes.length ? 'No flagged quote.' : 'No quote.')));
    };
    fillTable();
    return el('article', {},
      el('h2', {}, articleName(a)), el('div.meta', {}, meta, url ? [' · ', url] : null),
      el('div.legend', {}, el('span.q', {}, 'quote'), el('span.q.flag', {}, 'flagged quote'), el('span.m', {}, 'speaker mention'), el('span.c', {}, 'cue'),
        el('label', {}, only, ' highlight flagged quotes only')),
      text,
      el('h3', {}, 'Quotes (' + a.quotes.length + ')'),
      el('table', { id: 'article-quotes' }, el('thead', {}, el('tr', {}, ['Speaker', 'Kind', 'Rule', 'Conf.', 'Type', 'Quote'].map((h) => el('th', {}, h)))), tbody));
  }

  /** The text cut at every span boundary; each piece knows the quotes whose quote, mention or cue covers it. */
  function layOut(a: A & { text: string }, into: HTMLElement) {
    const text = a.text;
    interface Mark { s: number; e: number; k: 'q' | 'm' | 'c'; i: number }
    const marks: Mark[] = [];
    a.quotes.forEach((q, i) => {
      for (const [s, e] of q.seg || [[q.start, q.end]]) marks.push({ s, e, k: 'q', i });
      if (q.speaker && q.speaker.mention) marks.push({ s: q.speaker.mention[0], e: q.speaker.mention[1], k: 'm', i });
      if (q.cue) marks.push({ s: q.cue[0], e: q.cue[1], k: 'c', i });
    });
    const ok = marks.filter((m) => m.s >= 0 && m.e <= text.length && m.s < m.e).sort((x, y) => x.s - y.s);
    const cuts = [...new Set([0, text.length, ...ok.flatMap((m) => [m.s, m.e])])].sort((x, y) => x - y);
    const frag = document.createDocumentFragment();
    const started = new Set<number>();
    let active: Mark[] = [];
    let j = 0;
    for (let c = 0; c + 1 < cuts.length; c++) {
      const s = cuts[c]!;
      const piece = text.slice(s, cuts[c + 1]);
      while (j < ok.length && ok[j]!.s <= s) active.push(ok[j++]!);
      active = active.filter((m) => m.e > s);
      if (!active.length) { frag.append(piece); continue; }
      const kinds = new Set(active.map((m) => m.k));
      // The piece belongs to a mention's or cue's quote first, else to the shortest quote covering it.
      const inner = active.filter((m) => m.k === 'q').reduce<Mark | null>((b, m) => (!b || (m.e - m.s) < (b.e - b.s) ? m : b), null);
      const own = (active.find((m) => m.k !== 'q') || inner)!;
      const q = a.quotes[own.i]!;
      const qs = [...new Set(active.map((m) => m.i))];
      const cls = [...kinds as Set<string>].concat(active.some((m) => m.k === 'q' && flagged(a.quotes[m.i]!)) ? ['flag'] : []);
      // Each quote is one stop for the keyboard: its first piece of quoted text.
      const first = inner !== null && inner.i === own.i && !started.has(own.i);
      if (first) started.add(own.i);
      frag.append(el('span', { class: cls.join(' '), 'data-q': own.i, 'data-qs': qs.join(' '), role: first ? 'button' : null, tabindex: first ? 0 : null,
        title: (q.speaker ? q.speaker.name + ' (' + q.speaker.kind + ')' : 'unattributed') + ' · ' + q.rule + ' · confidence ' + q.confidence.toFixed(2) }, piece));
    }
    into.append(frag);
  }

  function select(a: A, qid: string | null) {
    const text = byId('text');
    for (const e of text.querySelectorAll('.sel')) e.classList.remove('sel');
    const i = a.quotes.findIndex((q) => q.id === qid);
    details(a, i >= 0 ? a.quotes[i]! : null);
    if (i < 0) return;
    const spans = text.querySelectorAll<HTMLElement>('[data-qs~="' + i + '"]');
    for (const s of spans) if (s.dataset.q === String(i) || s.classList.contains('q')) s.classList.add('sel');
    if (spans.length) spans[0]!.scrollIntoView({ block: 'nearest' });
  }

  function details(a: A, q: Q | null) {
    const d = byId('details');
    if (!q) {
      d.replaceChildren(el('h2', {}, 'Quote details'), el('p.empty', {}, a.quotes.length ? 'Click a highlighted quote to see who said it and why.' : 'No quote was found in this article.'));
      return;
    }
    const s = q.speaker;
    const row = (name: string, value: string | null | undefined) => (value === null || value === undefined || value === '' ? null : [el('dt', {}, name), el('dd.' + name, {}, value)]);
    const spanText = (p: Pair | undefined, written: string | undefined) => (p ? '“' + (slice(a, p) ?? written) + '” [' + p[0] + ', ' + p[1] + ')' : null);
    const correction = { doc: a.id, quote: q.id, speaker: s ? s.name : null };
    d.replaceChildren(
      el('h2', {}, 'Quote ' + q.id),
      s ? el('div.speaker-name', {}, s.name) : el('div.speaker-name.unattributed', {}, 'Unattributed'),
      el('div', {}, flagBadges(q)),
      el('dl', {},
        row('kind', s ? s.kind : null), row('roles', s && s.roles ? s.roles.join('; ') : null), row('entity', s ? s.entity : null),
        row('mention', s ? spanText(s.mention, s.mentionText) : null), row('cue', spanText(q.cue, q.cueText)),
        row('found by', q.finder), row('rule', q.rule), row('confidence', q.confidence.toFixed(2)), row('type', q.type + ' ' + q.cls), row('span', '[' + q.start + ', ' + q.end + ')')),
      el('h3', {}, 'Evidence sentence'),
      el('blockquote.sentence', {}, slice(a, q.sentence) ?? '—'),
      el('h3', {}, 'Correct it'),
      el('p.meta', {}, 'Edit the speaker (or write "not_quote": true) and add the line to a corrections file for extract --corrections:'),
      el('code', {}, JSON.stringify(correction)));
  }

  function quoteRow(a: A, q: Q, withArticle: boolean) {
    const link = hash({ article: a.n, q: q.id });
    return el('tr', { class: flagged(q) ? 'flag' : null, 'data-quote': q.id },
      withArticle ? el('td', {}, el('a', { href: hash({ article: a.n }) }, short(articleName(a), 60))) : null,
      el('td', {}, q.speaker ? q.speaker.name : el('span.unattributed', {}, 'unattributed')),
      el('td', {}, q.speaker ? q.speaker.kind : ''), el('td', {}, q.rule),
      el('td.num', {}, q.confidence.toFixed(2), flagBadges(q)), el('td', {}, q.type),
      el('td', {}, el('a', { href: link }, short(quoteText(a, q), 200))));
  }

  // ---- quotes ----

  function showQuotes(p: URLSearchParams) {
    const speaker = p.get('speaker');
    const flag = p.get('flag') || 'all';
    const keeps: Record<string, (q: Q) => boolean> = { all: () => true, flagged, low: (q) => q.flags.includes('low'), unattributed: (q) => q.flags.includes('unattributed') };
    const keep = keeps[flag] || (() => true);
    const rows: [A, Q][] = [];
    for (const a of articles) for (const q of a.quotes) if (keep(q) && (speaker === null || (q.speaker ? q.speaker.name : '') === speaker)) rows.push([a, q]);
    const pick = el('select', { id: 'flag-filter', 'aria-label': 'Which quotes' },
      [['all', 'all quotes'], ['flagged', 'flagged: low confidence or unattributed'], ['low', 'low confidence (below ' + data.low + ')'], ['unattributed', 'unattributed']]
        .map(([v, t]) => el('option', { value: v, selected: v === flag }, t))) as HTMLSelectElement;
    pick.addEventListener('change', () => go(Object.assign({ quotes: '', flag: pick.value }, speaker === null ? {} : { speaker })));
    const search = el('input', { type: 'search', placeholder: 'Filter by words in the quote', 'aria-label': 'Filter quotes' }) as HTMLInputElement;
    const tbody = el('tbody');
    const more = el('button.more', {}, 'Show more');
    const fill = () => {
      const f = search.value.toLowerCase();
      const shown = f ? rows.filter(([a, q]) => quoteText(a, q).toLowerCase().includes(f)) : rows;
      tbody.replaceChildren(...shown.slice(0, state.shown).map(([a, q]) => quoteRow(a, q, true)));
      if (!shown.length) tbody.append(el('tr', {}, el('td.empty', { colspan: 7 }, 'No quote matches.')));
      more.hidden = shown.length <= state.shown;
    };
    more.addEventListener('click', () => { state.shown += ROWS; fill(); });
    search.addEventListener('input', () => { state.shown = ROWS; fill(); });
    state.shown = ROWS;
    fill();
    view.replaceChildren(el('div.panel', {},
      el('div.controls', {}, el('label', {}, 'Show ', pick), search,
        speaker !== null ? el('span', {}, 'speaker: ', el('strong', { id: 'speaker-filter' }, speaker || 'unattributed'), ' ', el('a', { href: hash(Object.assign({ quotes: '' }, flag === 'all' ? {} : { flag })) }, '(all speakers)')) : null,
        el('span.meta', {}, rows.length + ' quotes')),
      el('table', { id: 'quotes-table' }, el('thead', {}, el('tr', {}, ['Article', 'Speaker', 'Kind', 'Rule', 'Conf.', 'Type', 'Quote'].map((h) => el('th', {}, h)))), tbody),
      more));
  }

  // ---- speakers ----

  function showSpeakers() {
    const by = new Map<string, { name: string; kinds: Set<string>; quotes: number; flagged: number; articles: Set<number> }>();
    for (const a of articles) for (const q of a.quotes) {
      const name = q.speaker ? q.speaker.name : '';
      let s = by.get(name);
      if (!s) by.set(name, (s = { name, kinds: new Set(), quotes: 0, flagged: 0, articles: new Set() }));
      if (q.speaker) s.kinds.add(q.speaker.kind);
      s.quotes++;
      if (flagged(q)) s.flagged++;
      s.articles.add(a.n);
    }
    const list = [...by.values()].sort((x, y) => y.quotes - x.quotes || y.articles.size - x.articles.size || (x.name < y.name ? -1 : 1));
    const rows = list.map((s) => el('tr', { 'data-speaker': s.name },
      el('td', {}, el('a', { href: hash({ quotes: '', speaker: s.name }) }, s.name || el('span.unattributed', {}, 'unattributed'))),
      el('td', {}, [...s.kinds].join(', ')), el('td.num', {}, String(s.quotes)), el('td.num', {}, String(s.articles.size)),
      el('td.num', {}, s.flagged ? String(s.flagged) : '')));
    view.replaceChildren(el('div.panel', {},
      el('p.meta', {}, list.length + ' speakers on this page; a name opens its quotes.'),
      el('table', { id: 'speakers-table' }, el('thead', {}, el('tr', {}, [['Speaker'], ['Kind'], ['Quotes', 'num'], ['Articles', 'num'], ['Flagged', 'num']]
        .map(([h, c]) => el('th' + (c ? '.' + c : ''), {}, h)))), el('tbody', {}, rows))));
  }

  header();
  window.addEventListener('hashchange', route);
  route();
}

/** The script element's text: the client called at once. */
export const CLIENT_SCRIPT = `(${reviewClient.toString()})();`;
