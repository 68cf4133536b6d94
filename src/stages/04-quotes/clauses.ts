/**
 * Clause geometry on POS-tagged tokens, for reported speech without a parser: where a content clause
 * starts after a cue ("said [in a statement] that …"), whether a stretch reads as a clause (a subject
 * then a finite verb), and where it ends (sentence end, a semicolon, a trailing participle phrase,
 * "…, according to", or a new coordinated clause with its own pronoun subject).
 */
import type { Token } from '../../types.js';

const NOMINAL = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ', 'PART']);
const ADJUNCT_PREPS = new Set(['in', 'on', 'at', 'to', 'during', 'with', 'after', 'before', 'via', 'through', 'from',
  'earlier', 'later', 'last', 'this', 'on', 'over', 'by', 'for']);
const TIME_ADVERBS = new Set(['again', 'also', 'later', 'earlier', 'repeatedly', 'previously', 'recently', 'then',
  'once', 'still', 'now', 'further', 'publicly', 'privately', 'separately', 'similarly', 'yesterday', 'today',
  'tuesday', 'monday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'frequently', 'often', 'flatly',
  'firmly', 'angrily', 'bluntly', 'simply', 'quickly', 'openly', 'repeatedly', 'confidently', 'emphatically']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'this', 'that', 'these', 'those']);
const CONNECTORS = new Set(['and', 'but', 'while', 'although', 'though', 'yet', 'so', 'whereas']);
const FINAL = new Set(['.', '!', '?', ',', ';', ':', '…']);
const CLOSE_MARKS = new Set(['”', '"', '’', "'", '»']);

export const isVerb = (t: Token | undefined) => !!t && (t.pos === 'VERB' || t.pos === 'AUX');

/** Skip adverbs and adjunct phrases after a cue ("in a statement", "on Tuesday", "to reporters", "again"). */
export function skipAdjuncts(tokens: Token[], k: number, end: number): number {
  for (let guard = 0; guard < 4 && k < end; guard++) {
    const t = tokens[k]!;
    if (t.pos === 'ADV' && t.lower !== 'that' || TIME_ADVERBS.has(t.lower)) { k++; continue; }
    if (ADJUNCT_PREPS.has(t.lower) && (t.pos === 'ADP' || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'PART')) {
      let j = k + 1;
      while (j < end && j - k <= 7 && (NOMINAL.has(tokens[j]!.pos) || tokens[j]!.lower === 'of' || tokens[j]!.lower === 'with') && tokens[j]!.lower !== 'that') j++;
      if (j > k + 1 && !(isVerb(tokens[j]))) { k = j; continue; }
    }
    break;
  }
  return k;
}

/** Does a clause (subject-like words, then a finite verb) start at k? */
export function isClause(tokens: Token[], k: number, end: number): boolean {
  const first = tokens[k];
  if (!first || (!NOMINAL.has(first.pos) && first.pos !== 'ADV' && first.pos !== 'SCONJ' && first.pos !== 'PUNCT')) return false;
  if (first.pos === 'PUNCT' && first.text !== '“' && first.text !== '"') return false;
  if (first.pos === 'PRON' && !SUBJECT_PRONOUNS.has(first.lower) && first.lower !== 'nothing' && first.lower !== 'everything') return false;
  for (let j = k; j < end && j - k <= 14; j++) {
    const t = tokens[j]!;
    if (j > k && isFinite(tokens, j)) return true;
    if (t.text === ';' || (t.text === '.' && j > k)) return false;
  }
  return false;
}

/** A verb that can head a clause: an auxiliary, or a verb not in -ing form and not after "to" or a comma. */
export function isFinite(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  const prev = tokens[j - 1];
  if (t.pos === 'AUX') return prev?.lower !== 'to';
  if (t.pos !== 'VERB') return false;
  if (prev && (prev.lower === 'to' || prev.text === ',')) return false;
  return !t.lower.endsWith('ing') || prev?.pos === 'AUX';
}

/** Where a content clause that starts at `from` ends (exclusive token index), at most `end`. */
export function clauseEnd(tokens: Token[], from: number, end: number): number {
  for (let j = from + 1; j < end; j++) {
    const t = tokens[j]!;
    if (t.text === ';') return j;
    if (t.text !== ',') continue;
    let a = j + 1;
    while (a < end && tokens[a]!.pos === 'ADV') a++; // ", further aggravating"
    const n = tokens[a];
    const n2 = tokens[a + 1];
    if (!n) break;
    if (n.lower === 'according' && n2?.lower === 'to') return j;
    if (n.pos === 'VERB' && n.lower.endsWith('ing')) return j;
    if (CONNECTORS.has(n.lower) && n2 && SUBJECT_PRONOUNS.has(n2.lower) && n2.lower !== 'that' && isVerb(tokens[a + 2])) return j;
  }
  return end;
}

/**
 * Trim a token range to content: drop trailing sentence punctuation, but keep a closing quote mark
 * (and the punctuation inside it) when its quotation opened inside the range.
 */
export function trimContent(tokens: Token[], first: number, end: number, opensInside: (closeTok: number) => boolean): number {
  while (end > first) {
    const t = tokens[end - 1]!;
    if (CLOSE_MARKS.has(t.text) && t.pos === 'PUNCT') {
      if (opensInside(end - 1)) return end;
      end--;
      continue;
    }
    if (FINAL.has(t.text) || t.text === '—' || t.text === '–') { end--; continue; }
    break;
  }
  return end;
}
