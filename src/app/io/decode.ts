/**
 * Bytes → text: UTF-8 with replacement for invalid sequences (a warning, not a failure); UTF-16 when
 * the file starts with its byte order mark (as Windows tools save "Unicode" text); binary is refused.
 * A byte order mark is not part of the text: offsets count from after it.
 */

export type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';
/** Per encoding: a decoder that throws on invalid bytes, and one that replaces them. */
const decoders = new Map<Encoding, [TextDecoder, TextDecoder]>();

/** The warning for bytes an encoding cannot decode. */
export const invalidBytes = (encoding: Encoding): string => `invalid ${encoding.toUpperCase()}: undecodable bytes replaced with U+FFFD`;

/** Decode strictly, else with U+FFFD for what cannot be decoded and a warning saying so. */
function decodeReplacing(encoding: Encoding, bytes: Uint8Array, warnings: string[]): string {
  let pair = decoders.get(encoding);
  if (!pair) decoders.set(encoding, (pair = [new TextDecoder(encoding, { fatal: true }), new TextDecoder(encoding)]));
  try {
    return pair[0].decode(bytes);
  } catch {
    warnings.push(invalidBytes(encoding));
    return pair[1].decode(bytes);
  }
}

/** Share of bytes that are control characters other than tab, CR, LF, FF: text has (almost) none. */
function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 8192);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 9 || (b > 13 && b < 32)) bad++;
  }
  return n ? bad / n : 0;
}

/** The UTF-16 encoding a byte order mark announces. */
function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

export function decodeText(bytes: Uint8Array): Decoded {
  const utf16 = utf16Bom(bytes);
  if (utf16) return decodeWith(utf16, bytes); // before the control-byte test: UTF-16 English is half NUL bytes
  if (controlShare(bytes) > 0.1) return { ok: false, reason: 'binary content (not text): more than 10% control bytes' };
  const warnings: string[] = [];
  const text = decodeReplacing('utf-8', bytes, warnings);
  return { ok: true, text, warnings };
}

function decodeWith(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  const text = decodeReplacing(encoding, bytes, warnings);
  // A binary file may start with FF FE too: its characters are then mostly controls or replacements.
  const head = text.slice(0, 4096);
  const bad = head.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (head.length && bad / head.length > 0.1) return { ok: false, reason: 'binary content (not text): more than 10% control characters' };
  return { ok: true, text, warnings };
}
