/**
 * Newsroom aliases in an article: every occurrence of a listed alias becomes a mention of its entity
 * (replacing whatever the taggers made of those words), and a mention written as the canonical name
 * joins it too.
 */
import type { Alias } from '../../aliases.js';
import { fold, span } from '../../text.js';
import type { Document, Mention } from '../../types.js';

/** Alias mentions, and the token ranges they cover (which other candidates must give up). */
export function aliasMentions(doc: Document): { mentions: Mention[]; taken: Uint8Array } {
  const table = doc.options.aliases;
  const taken = new Uint8Array(doc.tokens.length);
  const mentions: Mention[] = [];
  if (!table) return { mentions, taken };
  const { tokens, text } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const entries = table.byFirstWord.get(fold(tokens[i]!.text));
    if (!entries) continue;
    let best: [Alias, number] | undefined;
    for (const e of entries) {
      const want = fold(e.alias.trim());
      for (let j = i + 1; j <= Math.min(tokens.length, i + 12); j++) {
        const got = fold(text.slice(tokens[i]!.start, tokens[j - 1]!.end));
        if (got === want && (!best || j > best[1])) best = [e, j];
        if (got.length >= want.length) break;
      }
    }
    if (!best) continue;
    const [e, end] = best;
    mentions.push({ ...span(text, tokens[i]!.start, tokens[end - 1]!.end), type: e.type ?? 'PERSON', firstToken: i, endToken: end, canonical: e.name.trim() });
    taken.fill(1, i, end);
    i = end - 1;
  }
  return { mentions, taken };
}

/** A mention written as an alias's canonical name takes that name (and so joins the alias's entity). */
export function applyCanonicalNames(doc: Document, mentions: Mention[]): void {
  const table = doc.options.aliases;
  if (!table) return;
  for (const m of mentions) {
    const e = table.byName.get(fold(m.text));
    if (e && !m.canonical) m.canonical = e.name.trim();
  }
}
