/** Shared test helpers: every span in a record must slice out of the text it claims to cover. */
import { expect } from 'vitest';
import { extract, type OutputRecord } from '../src/index.js';

interface Sp { start: number; end: number; text?: string }

/** Every span in the record, with where it sits. */
export function spansOf(rec: OutputRecord): [string, Sp][] {
  const out: [string, Sp][] = [];
  for (const e of rec.entities) e.mentions.forEach((m, i) => out.push([`${e.id}.mentions[${i}]`, m]));
  for (const q of rec.quotes) {
    // A quote with segments is its segments: its text is theirs joined by a space, its start and end their extent.
    out.push([`${q.id}`, q.segments ? { start: q.start, end: q.end } : q]);
    if (q.cue) out.push([`${q.id}.cue`, q.cue]);
    if (q.speaker?.mention) out.push([`${q.id}.speaker.mention`, q.speaker.mention]);
    if (q.evidence) out.push([`${q.id}.evidence`, q.evidence.sentence]);
    for (const [a, b] of q.segments ?? []) out.push([`${q.id}.segment`, { start: a, end: b }]);
  }
  for (const d of rec.diagnostics) if (d.start !== undefined && d.end !== undefined) out.push([`diagnostic ${d.rule}`, { start: d.start, end: d.end }]);
  return out;
}

/** Assert the offset invariant on every span: inside the text, and `text.slice(start, end) === span.text`. */
export function expectValidSpans(text: string, rec: OutputRecord): void {
  for (const [where, s] of spansOf(rec)) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end), where).toBe(true);
    expect(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${where} [${s.start}, ${s.end}) in ${text.length}`).toBe(true);
    if (s.text !== undefined) expect(text.slice(s.start, s.end), where).toBe(s.text);
  }
  for (const q of rec.quotes) {
    if (!q.segments) continue;
    expect(q.text, `${q.id}.text`).toBe(q.segments.map(([a, b]) => text.slice(a, b)).join(' '));
    expect(q.start === q.segments[0]![0] && q.end === q.segments[q.segments.length - 1]![1], `${q.id} extent`).toBe(true);
  }
}

/** Every mention but dates, in text order, as `TYPE:text`, after checking every span (published 2016-09-28). */
export function typedMentions(text: string): string[] {
  const rec = extract({ id: 'x', text, published: '2016-09-28' });
  expectValidSpans(text, rec);
  return rec.entities.filter((e) => e.type !== 'DATE').flatMap((e) => e.mentions.map((m) => ({ at: m.start, s: `${e.type}:${m.text}` })))
    .sort((a, b) => a.at - b.at).map((m) => m.s);
}
