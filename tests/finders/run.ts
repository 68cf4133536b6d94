/**
 * Runs one finder of stage 4 on a text: the document is built by the stages before it (normalize,
 * tokenize, entities), the quoted spans and cues are found, the earlier finders run (they claim
 * what they take, as in the pipeline), and only the drafts the finder under test adds come back.
 */
import { createDocument } from '../../src/document.js';
import { normalize } from '../../src/stages/01-normalize.js';
import { tokenize } from '../../src/stages/02-tokenize.js';
import { entities } from '../../src/stages/03-entities/index.js';
import { finderContext } from '../../src/stages/04-quotes/context.js';
import { findCues } from '../../src/stages/04-quotes/cues.js';
import { FINDERS } from '../../src/stages/04-quotes/finders/index.js';
import { locate } from '../../src/stages/04-quotes/located.js';
import { findQuotedSpans } from '../../src/stages/04-quotes/marks.js';
import type { FinderName } from '../../src/types.js';

export interface Found { type: string; text: string; cue?: string }

export function runFinder(name: FinderName, text: string): Found[] {
  const doc = createDocument({ id: 't', text });
  for (const s of [normalize, tokenize, entities]) s.run(doc);
  const spans = locate(doc, findQuotedSpans(doc));
  const inQuote = new Uint8Array(doc.tokens.length);
  for (const q of spans) inQuote.fill(1, q.openTok, q.closeTok + 1);
  const ctx = finderContext(doc, spans, findCues(doc, inQuote));
  const at = FINDERS.findIndex((f) => f.name === name);
  if (at < 0) throw new Error(`no finder ${name}`);
  for (const f of FINDERS.slice(0, at)) f.find(ctx);
  const before = new Set(ctx.drafts);
  FINDERS[at]!.find(ctx);
  return ctx.drafts.filter((d) => !before.has(d) && d.finder === name).map((d) => {
    const f: Found = { type: d.type, text: (d.segments && d.segments.length > 1 ? d.segments : [[d.start, d.end]]).map(([a, b]) => text.slice(a, b)).join(' ') };
    if (d.frame.cueFirst >= 0) f.cue = text.slice(doc.tokens[d.frame.cueFirst]!.start, doc.tokens[d.frame.cueEnd - 1]!.end);
    return f;
  });
}
