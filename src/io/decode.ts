/** Bytes → text: UTF-8 with replacement for invalid sequences (a warning, not a failure); binary is refused. */

export type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

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

export function decodeText(bytes: Uint8Array): Decoded {
  if (controlShare(bytes) > 0.1) return { ok: false, reason: 'binary content (not text): more than 10% control bytes' };
  const warnings: string[] = [];
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    text = lenient.decode(bytes);
    warnings.push('invalid UTF-8: undecodable bytes replaced with U+FFFD');
  }
  return { ok: true, text, warnings };
}
