/**
 * Text from articles and file names, made safe to print on a terminal or in a log. An id, a title, a
 * quote or a path may hold control characters — ESC sequences that clear the screen, retitle the
 * window or forge a link (OSC 8), a carriage return or line break that forges a log line, C1
 * controls, bidirectional overrides that reorder what is shown — so every such character is printed
 * as an escape (`\x1b`, `\u202e`), never sent as it is. Tabs stay.
 */

/** C0 but tab, DEL, C1, the line and paragraph separators, and the bidirectional marks, embeddings, overrides and isolates. */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same, but line breaks are kept (text of several lines). */
const CONTROL_BUT_LF = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r' };
const escape = (c: string) => NAMED[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** `s` with every control character escaped, line breaks too: for one line of a message. */
export const printable = (s: string): string => s.replace(CONTROL, escape);

/** `s` with every control character escaped but its line breaks: for a block of lines we made. */
export const printableLines = (s: string): string => s.replace(CONTROL_BUT_LF, escape);

/** In JSON text: the controls JSON leaves as they are (DEL, C1, separators, bidirectional marks) as `\uXXXX` escapes — the same JSON value. */
const JSON_RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
export const printableJson = (json: string): string => json.replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** One line of a message for a log stream (stderr), its control characters escaped. */
export function logLine(stream: { write(s: string): unknown }, line: string): void {
  stream.write(`${printable(line)}\n`);
}
