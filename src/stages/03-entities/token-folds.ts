/**
 * fold(token.text), once per token of the document being read: the entity rules ask it of the same
 * few tokens many times (a run's first word is looked up as a first name by four rules), and each
 * fold of a capitalized word is a new string to build and hash.
 */
import { fold } from '../../text.js';
import type { Token } from '../../types.js';

let forTokens: readonly Token[] | undefined;
let folded: (string | undefined)[] = [];

export function foldedText(tokens: readonly Token[], i: number): string {
  if (tokens !== forTokens) {
    forTokens = tokens;
    folded = new Array<string | undefined>(tokens.length);
  }
  let f = folded[i];
  if (f === undefined) folded[i] = f = fold(tokens[i]!.text);
  return f;
}
