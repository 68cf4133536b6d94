/**
 * Cue words: reporting verbs by lemma (any inflection), "according to", and "point out"-style
 * phrasal cues. A verb inside a quotation is the quoted speaker's own word, not a cue of ours.
 */
import { CUE_LEMMAS, type CueClass } from '../../lexicon/reporting-verbs.js';
import type { Document, Token } from '../../types.js';

export interface Cue {
  first: number;
  end: number;
  lemma: string;
  cls: CueClass;
}

const PHRASAL: Record<string, string> = { point: 'out', spell: 'out', lay: 'out', weigh: 'in', chime: 'in', fire: 'back', hit: 'back' };

/** Is this token a reporting verb used as a verb? ("says" is sometimes tagged NOUN by the tagger.) */
export function cueClass(t: Token): CueClass | undefined {
  const cls = CUE_LEMMAS.get(t.lemma);
  if (!cls) return undefined;
  if (t.pos === 'VERB') return cls;
  if (t.pos === 'NOUN' && (t.lower === 'says' || t.lower === 'claims' || t.lower === 'tells' || t.lower === 'warns')) return cls;
  return undefined;
}

export function findCues(doc: Document, inQuote: Uint8Array): Cue[] {
  const { tokens } = doc;
  const out: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (inQuote[i]) continue;
    const t = tokens[i]!;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      out.push({ first: i, end: i + 2, lemma: 'according to', cls: 'speech' });
      i++;
      continue;
    }
    const particle = PHRASAL[t.lemma];
    if (particle && t.pos === 'VERB' && tokens[i + 1]?.lower === particle) {
      out.push({ first: i, end: i + 2, lemma: `${t.lemma} ${particle}`, cls: 'speech' });
      i++;
      continue;
    }
    const cls = cueClass(t);
    // "to declare", "effort to say": an infinitive reports nothing yet.
    if (cls && tokens[i - 1]?.lower === 'to') continue;
    // "so-called", "well-known": a verb glued into a compound is not a cue.
    if (cls && tokens[i - 1]?.text === '-' && !t.spaceBefore) continue;
    if (cls) out.push({ first: i, end: i + 1, lemma: t.lemma, cls });
  }
  return out;
}
