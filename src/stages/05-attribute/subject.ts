/**
 * The speaker phrase for a quote's frame: the subject before the cue ("Mexico’s president again
 * stated"), the phrase after an inverted cue ("said de Zela", "according to the ministry"), or for a
 * participle cue ("…, insisting that") the subject of the sentence's first finite verb.
 */
import { type Phrase, headsClause, phraseAfter, subjectBefore } from '../../grammar/phrases.js';
import { quotedAsSpeaker } from '../../grammar/quoted-as.js';
import type { Document, QuoteFrame, Range } from '../../types.js';

const BE = new Set(['be', 'get']);

/** "Sanders was asked by host Bill Maher": in the passive the speaker is the agent after "by". */
function byAgent(doc: Document, frame: QuoteFrame): Phrase | undefined {
  const { tokens } = doc;
  let k = frame.cueFirst - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  if (!tokens[k] || !BE.has(tokens[k]!.lemma) || tokens[frame.cueEnd]?.lower !== 'by') return undefined;
  return phraseAfter(tokens, frame.cueEnd + 1, Math.min(tokens.length, frame.cueEnd + 12));
}

/**
 * "Jolly said he would …": a name the tagger read as an adverb, alone before the cue at its
 * sentence's start (the subject finder passes over adverbs there), when a person or organization
 * of the article is named by that word ("Rep. David Jolly"). At a sentence's start the entity stage
 * takes no ordinary word ("jolly") for a name, so the word itself is no mention.
 */
function nameReadAsAdverb(doc: Document, frame: QuoteFrame): Phrase | undefined {
  const k = frame.cueFirst - 1;
  const t = doc.tokens[k];
  if (!t || t.pos !== 'ADV' || k < frame.limitFirst || doc.sentences[t.sentence]?.firstToken !== k || !/^\p{Lu}\p{Ll}/u.test(t.text)) return undefined;
  return namesWords(doc).has(t.text) ? { first: k, end: k + 1 } : undefined;
}

/** The words of the document's person and organization mentions, gathered once (not per quote). */
const nameWords = new WeakMap<Document, Set<string>>();
function namesWords(doc: Document): Set<string> {
  let words = nameWords.get(doc);
  if (!words) {
    words = new Set();
    for (const m of doc.mentions) if (m.type === 'PERSON' || m.type === 'ORG') for (const w of m.text.split(/\s+/)) words.add(w);
    nameWords.set(doc, words);
  }
  return words;
}

export function speakerPhrase(doc: Document, frame: QuoteFrame, inQuote: Uint8Array, content: Range): Phrase | undefined {
  const { tokens } = doc;
  if (frame.side !== 'after' && frame.side !== 'none') {
    // "Reuters quoted the minister as saying …", "He was quoted as saying …".
    const passedOn = quotedAsSpeaker(tokens, frame.cueFirst, doc.sentences[tokens[frame.cueFirst]!.sentence]!.firstToken);
    if (passedOn) return passedOn;
  }
  if (frame.side === 'before') {
    const p = byAgent(doc, frame) ?? subjectBefore(tokens, frame.cueFirst, frame.limitFirst) ?? nameReadAsAdverb(doc, frame);
    // "She declared … and said …": a second verb without its own subject shares the first one's.
    if (p || !['and', 'but'].includes(tokens[frame.cueFirst - 1]?.lower ?? '')) return p;
    return speakerPhrase(doc, { ...frame, side: 'participle' }, inQuote, content);
  }
  if (frame.side === 'after' && tokens[frame.cueFirst]!.lower === 'according') {
    // "According to early results of exit polls conducted by …, …": the whole source up to the comma.
    let end = frame.cueEnd;
    // A modifier's verb ends its head: "the exit poll [conducted by …]", "a survey [released Thursday]".
    while (end < frame.limitEnd && tokens[end]!.text !== ',' && tokens[end]!.text !== '.' && !(end > frame.cueEnd && tokens[end]!.pos === 'VERB' && (tokens[end - 1]!.pos === 'NOUN' || tokens[end - 1]!.pos === 'PROPN'))) end++;
    return end > frame.cueEnd ? { first: frame.cueEnd, end: Math.min(end, frame.cueEnd + 12) } : undefined;
  }
  if (frame.side === 'after') return phraseAfter(tokens, frame.cueEnd, Math.max(frame.limitEnd, frame.cueEnd + 1));
  if (frame.side === 'participle') {
    // The clause's subject: that of its first finite verb, before the cue or else after the content
    // ("After saying he was nervous, the man ended up …").
    const s = doc.sentences[tokens[frame.cueFirst]!.sentence]!;
    for (let j = s.firstToken; j < s.endToken; j++) {
      const t = tokens[j]!;
      // A capitalized word after a comma is a name the tagger may read as a verb ("…, Senator Ted Cruz said").
      if (inQuote[j] || j === frame.cueFirst || (t.start >= content.start && t.end <= content.end) || !headsClause(tokens, j)
        || (j > s.firstToken && /^\p{Lu}/u.test(t.text))) continue;
      const p = subjectBefore(tokens, j, s.firstToken);
      if (p && !(tokens[p.first]!.start >= content.start && tokens[p.first]!.end <= content.end)) return p;
    }
  }
  return undefined;
}
