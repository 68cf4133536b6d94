/** One JSON Lines record → an input item, accepting the field names common news datasets use. */
import type { DocumentInput } from '../../types.js';
import type { InputItem } from './read.js';

const TEXT_KEYS = ['text', 'body', 'maintext', 'content', 'article'];
const DATE_KEYS = ['published', 'date', 'published_at', 'date_publish', 'publish_date', 'pubdate'];
const ID_KEYS = ['id', '_id', 'doc_id', 'docid', 'uuid'];

const pick = (o: Record<string, unknown>, keys: string[]) => keys.find((k) => o[k] !== undefined && o[k] !== null);

export function fromJsonLine(line: string, location: string, fallbackId: string): InputItem {
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch (e) {
    return { ok: false, id: fallbackId, reason: `malformed JSON: ${(e as Error).message}`, location };
  }
  if (typeof o !== 'object' || o === null || Array.isArray(o)) {
    return { ok: false, id: fallbackId, reason: 'a JSON Lines record must be an object', location };
  }
  const rec = o as Record<string, unknown>;
  const idKey = pick(rec, ID_KEYS);
  const id = idKey ? String(rec[idKey]) : fallbackId;
  const textKey = pick(rec, TEXT_KEYS);
  if (!textKey) return { ok: false, id, reason: `no text field (expected one of: ${TEXT_KEYS.join(', ')})`, location };
  const text = rec[textKey];
  if (typeof text !== 'string') return { ok: false, id, reason: `field "${textKey}" is ${Array.isArray(text) ? 'an array' : typeof text}, not a string`, location };
  const input: DocumentInput = { id, text };
  const warnings: string[] = [];
  if (!idKey) warnings.push(`no id field: using "${fallbackId}"`);
  if (typeof rec.title === 'string') input.title = rec.title;
  if (typeof rec.url === 'string') input.url = rec.url;
  const dateKey = pick(rec, DATE_KEYS);
  if (dateKey) input.published = String(rec[dateKey]);
  return { ok: true, input, location, warnings };
}
