/**
 * Reading a corrections file (`extract --corrections FILE`): JSON Lines, one fix a line, written by
 * a journalist who checked a quote. A line names a document and a quote in it (its id, or its
 * offsets), and says who said it, or that it is not a quote:
 *
 *     {"doc": "peru-mexico-relations", "quote": "q445-601", "speaker": "Dina Boluarte"}
 *     {"doc": "peru-mexico-relations", "start": 919, "end": 970, "speaker": null}
 *     {"doc": "peru-mexico-relations", "quote": "q2571-2589", "not_quote": true, "note": "a topic, not speech"}
 *
 * The whole file is checked before the run starts: any problem is a usage error naming its line.
 */
import type { QuoteType } from '../../types.js';

/** One correction, as read. */
export interface Correction {
  /** Its line in the file, for messages and diagnostics. */
  line: number;
  /** The document's id. */
  doc: string;
  /** The quote's id (`q<start>-<end>`), or its offsets: one of the two is set. */
  quote?: string;
  start?: number;
  end?: number;
  /** Who said it (a name), or null: a quote whose speaker is unknown. Absent with `notQuote`. */
  speaker?: string | null;
  /** The span is not a quote: it is removed. */
  notQuote?: true;
  /** The quote's text when the correction was written: the fix applies only while the text still reads so. */
  text?: string;
  /** For a quote the extractor missed (offsets that match no quote): its type; `direct` when not given. */
  type?: QuoteType;
}

/** A problem in the corrections file: a usage error. */
export class CorrectionsError extends Error {}

const FIELDS = new Set(['doc', 'quote', 'start', 'end', 'speaker', 'not_quote', 'text', 'type', 'note']);
const TYPES = new Set(['direct', 'partial', 'indirect']);
const QUOTE_ID = /^q(\d+)-(\d+)$/;

/** The span a quote id stands for (`q445-601` → [445, 601)), or undefined when it is not one. */
export function quoteIdSpan(id: string): [number, number] | undefined {
  const m = QUOTE_ID.exec(id);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** Parse and check a corrections file's content; `name` is the file, for messages. */
export function parseCorrections(content: string, name: string): Correction[] {
  const out: Correction[] = [];
  const seen = new Map<string, number>();
  content.replace(/^\uFEFF/, '').split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    const fail = (why: string): never => { throw new CorrectionsError(`${name}:${line}: ${why}`); };
    let o: unknown;
    try {
      o = JSON.parse(raw);
    } catch (e) {
      fail(`not JSON (${(e as Error).message})`);
    }
    if (typeof o !== 'object' || o === null || Array.isArray(o)) fail('a correction is a JSON object');
    const r = o as Record<string, unknown>;
    const unknown = Object.keys(r).filter((k) => !FIELDS.has(k));
    if (unknown.length) fail(`unknown field ${unknown.map((k) => `"${k}"`).join(', ')} (fields: ${[...FIELDS].join(', ')})`);
    if (typeof r.doc !== 'string' || !r.doc) fail('"doc" (the document id) must be a non-empty string');
    const c: Correction = { line, doc: r.doc as string };
    const hasOffsets = r.start !== undefined || r.end !== undefined;
    if ((r.quote !== undefined) === hasOffsets) fail('give the quote either as "quote" (its id) or as "start" and "end" (its offsets)');
    if (r.quote !== undefined) {
      if (typeof r.quote !== 'string' || !quoteIdSpan(r.quote)) fail('"quote" must be a quote id such as "q445-601"');
      c.quote = r.quote as string;
    } else {
      const whole = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
      if (!whole(r.start) || !whole(r.end) || (r.start as number) >= (r.end as number)) fail('"start" and "end" must be whole numbers with start < end (UTF-16 offsets)');
      c.start = r.start as number;
      c.end = r.end as number;
    }
    if (r.not_quote !== undefined) {
      if (r.not_quote !== true) fail('"not_quote" can only be true');
      if (r.speaker !== undefined) fail('give "speaker" or "not_quote", not both');
      c.notQuote = true;
    } else if (r.speaker === null || (typeof r.speaker === 'string' && r.speaker.trim())) {
      c.speaker = r.speaker === null ? null : (r.speaker as string).trim();
    } else {
      fail('say who said it ("speaker": a name, or null when unknown) or that it is not a quote ("not_quote": true)');
    }
    if (r.text !== undefined) {
      if (typeof r.text !== 'string') fail('"text" must be a string');
      c.text = r.text as string;
    }
    if (r.type !== undefined) {
      if (typeof r.type !== 'string' || !TYPES.has(r.type)) fail('"type" must be direct, partial or indirect');
      c.type = r.type as QuoteType;
    }
    if (r.note !== undefined && typeof r.note !== 'string') fail('"note" must be a string');
    const span = c.quote ? quoteIdSpan(c.quote)! : [c.start!, c.end!];
    const key = `${c.doc}\u0000${span.join('-')}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) fail(`corrects the same quote as line ${earlier}`);
    seen.set(key, line);
    out.push(c);
  });
  return out;
}
