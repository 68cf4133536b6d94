/**
 * Stage 2, tokenize: wink-nlp's readDoc gives tokens, POS tags and sentences; here they
 * get exact UTF-16 offsets (wink-nlp has no char offsets: we walk `precedingSpaces` + `value` and
 * check each token against the text) and are cut into paragraphs. Sentences never cross a paragraph.
 */
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import { report } from '../document.js';
import { OPENING_MARKS } from '../lexicon/punctuation.js';
import { CUE_THRESHOLD, cueProbability } from '../lexicon/reporting-verbs.js';
import type { Stage } from '../pipeline.js';
import type { Document, Segment, Token } from '../types.js';

type Model = typeof import('wink-eng-lite-web-model').default;
// Required, not imported: in the command's bundle (tools/bundle.mjs) the model stays a package of its
// own, and an import of it would be hoisted to the bundle's start, loading it (~0.15 s) for every
// command and on the main thread of a worker pool, which never tokenizes.
const model = createRequire(import.meta.url)('wink-eng-lite-web-model') as Model;
/** wink-nlp's lexicon, as its model loader builds it: the words it knows, and those it has learned after `intrinsicSize`. */
interface Lexicon {
  hash: Record<string, number>;
  list: string[];
  index: number;
  intrinsicSize: number;
}

/** The lexicon of the current wink-nlp instance (its cache reads and grows this very object). */
let lexicon: Lexicon;
/** Learned words already looked at by forgetLearned. */
let scanned = 0;

/** The two fields of a document's raw data that wink-nlp's token `its` helpers read. */
interface RawView { tokens: unknown; cache: unknown }
/** A token column helper of wink-nlp (`its.value`, `its.pos`, `its.type`) as it is called: token index, raw data. */
type Column = (index: number, raw: RawView) => string;

/**
 * `doc.out(its.readabilityStats)` hands the model's readability add-on the document's raw data: the
 * one place wink-nlp gives it out. This project never asks for readability; the add-on returns a
 * plain object with the two fields the `its` helpers read. wink-nlp builds the raw data with
 * `Object.create(null)`, which V8 keeps as a hash table, so `tokens().out(f)` pays two hash lookups
 * per token and column; the same helpers over this object take ~40% less time for the three columns
 * read below (~2% of a run). A probe text (rawViewAgrees) checks it against `out()` before the first document.
 */
function rawView(rdd: RawView): RawView {
  return { tokens: rdd.tokens, cache: rdd.cache };
}

/**
 * The model, loaded the way the tokenize stage needs it. Its core loader is wrapped to keep hold of
 * the lexicon each instance gets, which wink-nlp does not expose. Its custom-entity loader runs once:
 * that loader JSON-encodes its data again on every call (it assigns the encoded string back), so each
 * instance would get its data encoded once more, and the 21st would fail with "Invalid string length".
 */
const ourModel: Model = (() => {
  const m = model as Model & { core: () => { features: { lexeme: Lexicon } }; metaCER: () => unknown };
  let meta: unknown;
  return {
    ...m,
    addons: { ...m.addons, readabilityStats: rawView },
    core: () => {
      const core = m.core();
      lexicon = core.features.lexeme;
      scanned = lexicon.index;
      return core;
    },
    metaCER: () => (meta ??= m.metaCER()),
  } as Model;
})();

// Only sentences and POS tags are used: leaving negation, sentiment and NER out of the pipe makes readDoc faster.
const newWink = () => winkNLP(ourModel, ['sbd', 'pos']);
let wink = newWink();
const its = wink.its; // one helper object for every instance
const NOT_WORD = /[^\p{L}\p{N}]/u;

/**
 * wink-nlp learns the words of every document it reads, and after "the nation's," it keeps
 * "nation's" whole for good (wink-nlp issue #143): forgetting the learned words that hold anything
 * but letters and digits before each document makes its tokens and tags independent of what was
 * read before it, or of which worker read it.
 */
function forgetLearned(): void {
  for (let i = scanned; i < lexicon.index; i++) {
    const w = lexicon.list[i]!;
    if (lexicon.hash[w] === i && NOT_WORD.test(w)) delete lexicon.hash[w];
  }
  scanned = lexicon.index;
}

/**
 * wink-nlp adds every word it has not met to its lexicon, for good: over a corpus of millions of
 * articles (new names, numbers, URLs) that alone would grow a worker without bound. A fresh instance
 * (a fresh lexicon; ~70 ms to build) once this one has learned this many words keeps memory flat
 * (~150 bytes a word). Tokens and tags do not depend on what an instance read before (see
 * forgetLearned), so output never changes.
 */
let renewAfterWords = 60_000;
let renewals = 0;

/** Renew wink-nlp once it has learned this many words (tests make it small to show that renewal changes nothing); returns the old setting. */
export function setTokenizerRenewal(words: number): number {
  const old = renewAfterWords;
  renewAfterWords = words;
  return old;
}

/** Words the current wink-nlp instance has learned, and how many instances were renewed so far (for tests). */
export function tokenizerState(): { learned: number; renewals: number } {
  return { learned: learnedWords(), renewals };
}

const learnedWords = () => lexicon.index - lexicon.intrinsicSize;

function readDoc(norm: string) {
  if (learnedWords() >= renewAfterWords) {
    // Let go of the old instance first, so a collection during the new one's loading can free it.
    wink = null as unknown as typeof wink;
    wink = newWink();
    renewals++;
    for (const m of lemmaMaps) m.clear(); // an epoch for it too: it keeps the words of the current stretch of the corpus
    lemmaCount = 0;
    lexemes = [];
  }
  rawAgrees ??= rawViewAgrees();
  forgetLearned();
  return wink.readDoc(norm);
}
type WinkDoc = ReturnType<typeof wink.readDoc>;
type WinkTokens = ReturnType<WinkDoc['tokens']>;
const COLUMNS = [its.value, its.pos, its.type, its.uniqueId] as unknown as [Column, Column, Column, (index: number, raw: RawView) => number];
/** Whether the raw view gives what `out()` gives: checked once, on a probe text, before the first document. */
let rawAgrees: boolean | undefined;

/** Each token's value and POS tag, and its lexeme (type, lower case), as `tokens().out(its.value / its.pos / its.type)` give them. */
function readColumns(wd: WinkDoc, items: WinkTokens): Columns {
  return rawAgrees ? rawColumns(wd, items) : publicColumns(items);
}

/**
 * What a word of wink-nlp's lexicon always has: its type and its lower case; and the lemma lemmaOf
 * gave it under each tag, once lemmaOf remembers that (so it can no longer change).
 */
interface Lexeme { kind: string; lower: string; verb: string | undefined; aux: string | undefined; noun: string | undefined }

/** Every lexeme in one shape, its lemma slots there from the start: they fill in any order, and a read of a field of many shapes is a slow lookup. */
const newLexeme = (kind: string, lower: string): Lexeme => ({ kind, lower, verb: undefined, aux: undefined, noun: undefined });

interface Columns { values: string[]; pos: string[]; lexemes: Lexeme[] }

/**
 * The current instance's lexemes by id (`its.uniqueId`), as far as documents have met them: a token's
 * type and lower case are one array read, not a lexicon lookup and a new string per token. wink-nlp
 * never gives an id to another word (its lexicon only grows), and a renewed instance starts a new table.
 */
let lexemes: (Lexeme | undefined)[] = [];

function rawColumns(wd: WinkDoc, items: WinkTokens): Columns {
  const raw = wd.out(its.readabilityStats) as unknown as RawView;
  const n = items.length();
  const values = new Array<string>(n);
  const pos = new Array<string>(n);
  const byToken = new Array<Lexeme>(n);
  const [value, tag, type, id] = COLUMNS;
  for (let i = 0; i < n; i++) {
    const v = (values[i] = value(i, raw));
    pos[i] = tag(i, raw);
    const k = id(i, raw);
    let lx = lexemes[k];
    if (lx === undefined) {
      while (lexemes.length <= k) lexemes.push(undefined); // filled up to k: a plain array, never a sparse one
      lx = lexemes[k] = newLexeme(type(i, raw), v.toLowerCase());
    }
    byToken[i] = lx;
  }
  return { values, pos, lexemes: byToken };
}

function publicColumns(items: WinkTokens): Columns {
  const values = items.out(its.value) as string[];
  const kinds = items.out(its.type) as string[];
  return { values, pos: items.out(its.pos) as string[], lexemes: values.map((v, i) => newLexeme(kinds[i]!, v.toLowerCase())) };
}

/** A later wink-nlp could build its raw data or its helpers differently: then `out()` it is. */
const rawViewAgrees = () => rawColumnsAgree('Mr. O\'Neil\'s 3 dogs—“fine,” he said at 5pm :) #tag https://x.org 2,000.');

/** Whether the raw view reads `text` as `out()` does (for the probe and for tests). */
export function rawColumnsAgree(text: string): boolean {
  const wd = wink.readDoc(text);
  const raw = wd.out(its.readabilityStats) as unknown;
  if (typeof raw !== 'object' || raw === null || !('tokens' in raw) || !('cache' in raw)) return false;
  const want = publicColumns(wd.tokens());
  const got = rawColumns(wd, wd.tokens());
  return got.values.length === want.values.length && got.values.every((v, i) => v === want.values[i] && got.pos[i] === want.pos[i]
    && got.lexemes[i]!.kind === want.lexemes[i]!.kind && got.lexemes[i]!.lower === want.lexemes[i]!.lower);
}

/** Whether token columns are read through the raw view (tests check that the installed wink-nlp allows it). */
export const readsRawView = (): boolean => rawAgrees === true;

// wink-nlp's typings declare `its.lemma` with a signature `out()` does not accept; it works at run time.
const LEMMA = its.lemma as unknown as typeof its.value;

/**
 * Paragraph ranges. A line break is a paragraph break, unless the text is hard-wrapped: it has blank
 * lines between paragraphs and most of its single line breaks fall mid-sentence in long lines.
 */
export function paragraphRanges(norm: string): [number, number][] {
  const sep = isHardWrapped(norm) ? /\n[ \t]*\n\s*/g : /\n\s*/g;
  const out: [number, number][] = [];
  let last = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(norm[a]!)) a++;
    while (b > a && /\s/.test(norm[b - 1]!)) b--;
    if (b > a) out.push([a, b]);
  };
  for (const m of norm.matchAll(sep)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, norm.length);
  return out;
}

/** Ends in 's or ’s (either case): tested by code, as it runs on every token. */
const isPossessiveEnd = (v: string) => {
  const s = v.charCodeAt(v.length - 1);
  const q = v.charCodeAt(v.length - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019);
};
// norm has only plain spaces and line feeds left (normalize flattened the rest).
const isSpaceCode = (c: number) => c === 32 || c === 10 || c === 13;
/** `norm.startsWith(v, at)` by char codes: tokens are short, and the builtin's call costs more than the compare (once per token). */
function occursAt(norm: string, v: string, at: number): boolean {
  if (at + v.length > norm.length) return false;
  for (let k = 0; k < v.length; k++) if (norm.charCodeAt(at + k) !== v.charCodeAt(k)) return false;
  return true;
}
const isBlank = (v: string) => { for (let i = 0; i < v.length; i++) if (!isSpaceCode(v.charCodeAt(i))) return false; return true; };
/** Lemma by word, one map per tag that needsLemma lets through (no key string built per token, one lookup). */
const verbLemmas = new Map<string, string>();
const auxLemmas = new Map<string, string>();
const nounLemmas = new Map<string, string>();
const lemmaMaps = [verbLemmas, auxLemmas, nounLemmas];
let lemmaCount = 0;
/** Bounds the cache on corpora with endless vocabularies. */
const LEMMA_CACHE_MAX = 200_000;

/** Lemmas only where cues need them: verbs, and plural-looking nouns that may be mis-tagged verbs ("claims"). */
const needsLemma = (tag: string, lower: string) => tag === 'VERB' || tag === 'AUX' || (tag === 'NOUN' && lower.endsWith('s'));

/** The lemma of wink-nlp's token i under its tag: a word's lemma under a tag never changes, so it is remembered across documents. */
function lemmaOf(tag: string, lower: string, items: { itemAt(i: number): { out(f: typeof LEMMA): unknown } }, i: number): string {
  const byWord = tag === 'VERB' ? verbLemmas : tag === 'AUX' ? auxLemmas : nounLemmas;
  const known = byWord.get(lower);
  if (known !== undefined) return known;
  // wink-nlp has no lemma for a contraction written without its apostrophe before punctuation
  // ("They dont.", "shouldve."): the word is its own, here only (elsewhere wink-nlp may give one,
  // so it is not remembered: what a document gets must not depend on the documents before it).
  const got = items.itemAt(i).out(LEMMA) as string | undefined;
  if (!got) return lower;
  const lemma = got.toLowerCase();
  if (lemmaCount < LEMMA_CACHE_MAX) { byWord.set(lower, lemma); lemmaCount++; }
  return lemma;
}

/** lemmaOf for a token that is its lexeme whole: once lemmaOf remembers the word's lemma, the lexeme keeps it too (one read, not a map lookup). */
function lexemeLemma(lx: Lexeme, tag: string, items: Parameters<typeof lemmaOf>[2], i: number): string {
  const slot = tag === 'VERB' ? 'verb' : tag === 'AUX' ? 'aux' : 'noun';
  const known = lx[slot];
  if (known !== undefined) return known;
  const lemma = lemmaOf(tag, lx.lower, items, i);
  if ((slot === 'verb' ? verbLemmas : slot === 'aux' ? auxLemmas : nounLemmas).get(lx.lower) === lemma) lx[slot] = lemma;
  return lemma;
}

function isHardWrapped(norm: string): boolean {
  if (!/\n[ \t]*\n/.test(norm)) return false;
  // The widest line, trailing spaces left out. Most news has each paragraph on one line: a line over
  // 120 characters says no before any line is cut out.
  let widest = 0;
  for (let a = 0; a <= norm.length;) {
    let b = norm.indexOf('\n', a);
    if (b < 0) b = norm.length;
    let e = b;
    while (e > a && /\s/.test(norm[e - 1]!)) e--;
    if (e - a > 120) return false;
    widest = Math.max(widest, e - a);
    a = b + 1;
  }
  const lines = norm.split('\n').map((l) => l.trimEnd());
  let wrapped = 0;
  let breaks = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!.trimStart();
    if (!line.trim() || !next) continue;
    breaks++;
    // Wrapped by width: the next line carries on in lower case, or this one is full and unfinished.
    if (/^\p{Ll}/u.test(next) || (line.length >= 0.8 * widest && !/[.!?:;"”’)\]]$/.test(line))) wrapped++;
  }
  return breaks > 0 && wrapped / breaks >= 0.5;
}

export const tokenize: Stage = {
  name: 'tokenize',
  requires: ['norm'],
  provides: ['tokens', 'sentences', 'paragraphs'],
  run(doc: Document) {
    const { norm, text } = doc;
    const paras = paragraphRanges(norm);
    const wd = readDoc(norm);
    const items = wd.tokens();
    const { values, pos, lexemes: lexemeOf } = readColumns(wd, items);
    const ours = new Int32Array(values.length + 1); // wink index → index of our first token at or after it
    const tokens: Token[] = [];
    // Once: comparing two equal strings that are not the same object reads them whole.
    const sameText = text === norm;
    let cursor = 0;
    for (let i = 0; i < values.length; i++) {
      ours[i] = tokens.length;
      const v = values[i]!;
      // Skip the spaces before the token ourselves: asking wink-nlp for them costs an array of strings.
      let start = cursor;
      while (start < norm.length && isSpaceCode(norm.charCodeAt(start))) start++;
      if (!occursAt(norm, v, start)) {
        start = norm.indexOf(v, cursor);
        if (start < 0) {
          report(doc, 'tokenize', 'unaligned-token', `token "${v.slice(0, 20)}" not found in the text; skipped`, 'warning', { start: cursor, end: cursor });
          continue;
        }
      }
      const end = start + v.length;
      cursor = end;
      const lx = lexemeOf[i]!;
      if (lx.kind === 'tabCRLF' || isBlank(v)) continue;
      const spaceBefore = start > 0 && isSpaceCode(norm.charCodeAt(start - 1));
      // wink-nlp remembers words across documents: once it has seen "Trump's" whole (from "Trump's."),
      // it keeps it whole. Splitting the possessive ourselves keeps tokens independent of history.
      const kind = lx.kind;
      const clitic = kind === 'word' && v.length > 2 && isPossessiveEnd(v);
      const split = clitic ? end - 2 : end;
      const word = clitic ? v.slice(0, -2) : v;
      const lower = clitic ? word.toLowerCase() : lx.lower;
      const tag = pos[i]!;
      tokens.push({
        start, end: split, text: sameText ? word : text.slice(start, split), lower, pos: tag, kind,
        lemma: !needsLemma(tag, lower) ? lower : clitic ? lemmaOf(tag, lower, items, i) : lexemeLemma(lx, tag, items, i), sentence: -1, spaceBefore,
      });
      if (clitic) {
        const c = v.slice(-2);
        tokens.push({ start: split, end, text: sameText ? c : text.slice(split, end), lower: c.toLowerCase(), pos: 'PART', kind: 'word', lemma: c.toLowerCase(), sentence: -1, spaceBefore: false });
      }
    }
    ours[values.length] = tokens.length;
    retagReportingVerbs(tokens);
    doc.tokens = tokens;
    doc.paragraphs = paragraphSegments(paras, tokens);
    doc.sentences = sentencesFor(wd.sentences().out(its.span) as [number, number][], ours, doc);
  },
};

const OBJECT_START = new Set(['DET', 'PROPN', 'PRON', 'NUM']);
// Right after a verb a straight single mark opens a quotation ("branded it an 'outlaw nation'"), not an apostrophe.
const OPEN_MARKS: ReadonlySet<string> = new Set([...OPENING_MARKS, "'"]);

/** Base forms an -ed or -ing word may come from: referenced → reference, branded → brand, slammed → slam, promising → promise. */
function baseForms(w: string): string[] {
  const stem = w.endsWith('ing') ? w.slice(0, -3) : w.endsWith('ied') ? `${w.slice(0, -3)}y` : w.slice(0, -2);
  const out = [stem, `${stem}e`];
  if (stem.length > 2 && stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
  return out;
}

/**
 * A reporting verb the tagger read as an adjective: "The fund referenced “political tensions”",
 * "Japan branded North Korea an “outlaw nation”", "Trump is promising lower taxes". Only after a
 * subject or an auxiliary and before an object, and only for verbs of saying.
 */
function retagReportingVerbs(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'NOUN') { pluralSubjectVerb(tokens, i); continue; }
    if (t.pos !== 'ADJ' || !/(ed|ing)$/.test(t.lower)) continue;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    const afterSubject = prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'PRON' || (prev.pos === 'AUX' && t.lower.endsWith('ing'));
    const object = OBJECT_START.has(next.pos) || OPEN_MARKS.has(next.text) || (next.pos === 'ADJ' && tokens[i + 2]?.pos === 'NOUN');
    if (!afterSubject || !object) continue;
    const lemma = baseForms(t.lower).find((b) => (cueProbability(b) ?? 0) >= CUE_THRESHOLD);
    if (lemma) { t.pos = 'VERB'; t.lemma = lemma; }
  }
}

const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you']);
/** A verb read as a noun is retagged only when it is this likely to report. */
const NOUN_VERB_CUE = 0.3;

/**
 * "Polls show that …", "new filings show it has …": a base-form reporting verb after a plural subject,
 * before "that" or an object, that the tagger read as a noun.
 */
function pluralSubjectVerb(tokens: Token[], i: number): void {
  const t = tokens[i]!;
  const prev = tokens[i - 1]!;
  const next = tokens[i + 1]!;
  if (t.lemma !== t.lower) return;
  // The subject first: it rules out most nouns before the cue lexicon is asked.
  const plural = ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && prev.lower.endsWith('s') && prev.lemma !== prev.lower) || PLURAL_PRONOUNS.has(prev.lower)
    || (prev.pos === 'PROPN' && /^\p{Lu}\p{Ll}+s$/u.test(prev.text));
  if (!plural || (cueProbability(t.lower) ?? 0) < NOUN_VERB_CUE) return;
  // "…, new fundraising reports show.": closing its sentence after a comma and a short subject.
  const closing = next.text === '.' && tokens.slice(Math.max(0, i - 6), i - 1).some((x) => x.text === ',');
  if (next.lower === 'that' || OBJECT_START.has(next.pos) || closing) t.pos = 'VERB';
}

/** Paragraph segments with their token ranges. */
function paragraphSegments(ranges: [number, number][], tokens: Token[]): Segment[] {
  const out: Segment[] = [];
  let t = 0;
  ranges.forEach(([start, end], i) => {
    while (t < tokens.length && tokens[t]!.start < start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.end <= end) t++;
    out.push({ start, end, firstToken: first, endToken: t, paragraph: i });
  });
  return out;
}

/** wink sentences cut at paragraph boundaries, numbered onto tokens. */
function sentencesFor(winkSpans: [number, number][], ours: Int32Array, doc: Document): Segment[] {
  const { tokens, paragraphs } = doc;
  const paraOf = new Int32Array(tokens.length);
  paragraphs.forEach((p, i) => paraOf.fill(i, p.firstToken, p.endToken));
  const out: Segment[] = [];
  for (const [a, b] of winkSpans) {
    let first = ours[a]!;
    const end = ours[b + 1]!;
    for (let t = first; t <= end; t++) {
      if (t === end || paraOf[t] !== paraOf[first]) {
        if (t > first) {
          const prev = out.at(-1);
          if (prev && prev.endToken === first && prev.paragraph === paraOf[first] && falseBreak(tokens, first)) {
            prev.end = tokens[t - 1]!.end;
            prev.endToken = t;
          } else out.push({ start: tokens[first]!.start, end: tokens[t - 1]!.end, firstToken: first, endToken: t, paragraph: paraOf[first]! });
        }
        first = t;
      }
    }
  }
  out.forEach((seg, i) => { for (let k = seg.firstToken; k < seg.endToken; k++) tokens[k]!.sentence = i; });
  return out;
}

/**
 * A sentence break wink-nlp put after an abbreviation: "Sen. David Perdue (R-Ga.) said he …",
 * "Rep. Gwen Moore (D-Wis.) told reporters." — the next "sentence" opens in lower case, or with a
 * comma ("Rep. Don Beyer (D-Va.), a former lieutenant governor, said …").
 */
function falseBreak(tokens: Token[], first: number): boolean {
  const next = tokens[first]!;
  const last = tokens[first - 1];
  // "(R-S.C.)", "(D-N.Y)": an initial, then the rest of the abbreviation.
  if (last?.text === '.' && /^\p{Lu}$/u.test(tokens[first - 2]?.text ?? '') && (/^\p{Lu}\.$/u.test(next.text) || (/^\p{Lu}$/u.test(next.text) && !next.spaceBefore))) return true;
  // No sentence opens with a comma or a semicolon.
  if (next.text === ',' || next.text === ';') return true;
  if (next.kind !== 'word' || !/^\p{Ll}/u.test(next.text)) return false;
  if (last?.text === ')') return tokens[first - 2]?.text.endsWith('.') ?? false;
  const word = tokens[first - 2];
  return last?.text === '.' && !last.spaceBefore && word !== undefined && /^\p{Lu}[\p{L}]{0,3}$/u.test(word.text);
}
