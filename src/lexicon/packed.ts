/**
 * A large word list kept as the one string it was stored as, a key or "key<TAB>value" a line, with
 * a hash table of line numbers over it: nothing is made per word when the list loads. A Set of the
 * ~60,000 English words, or a Map of the ~30,000 towns, took ~25–30 ms each at every start (of the
 * command, and of each worker thread), a third of what the command adds to a one-article run; this
 * index takes a few milliseconds, and a lookup costs about what a Set's does.
 */

/** FNV-1a over the UTF-16 code units of s[start, end). */
function hashOf(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class PackedTable {
  /** Where each line starts, where its key ends and where it ends, in `text`. */
  private readonly starts: Uint32Array;
  private readonly keyEnds: Uint32Array;
  private readonly ends: Uint32Array;
  /** Open addressing: line number + 1 in the slot of its key's hash (0: empty), probed linearly. */
  private readonly slots: Uint32Array;
  private readonly mask: number;

  /** `text`: lines separated by "\n", each a key or "key\tvalue"; the first line of a key counts. */
  constructor(private readonly text: string) {
    // Lines and tabs found with indexOf (native), not a loop over every character: this runs at start.
    const breaks: number[] = [];
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks.push(at);
    if (text.length > 0 && breaks.at(-1) !== text.length - 1) breaks.push(text.length);
    const ends = (this.ends = Uint32Array.from(breaks));
    const starts = (this.starts = new Uint32Array(ends.length));
    const keyEnds = (this.keyEnds = new Uint32Array(ends.length));
    let size = 8;
    while (size < 2 * ends.length) size *= 2;
    this.slots = new Uint32Array(size);
    this.mask = size - 1;
    let tab = text.indexOf('\t');
    for (let line = 0, start = 0; line < ends.length; start = ends[line++]! + 1) {
      const end = ends[line]!;
      if (tab >= 0 && tab < start) tab = text.indexOf('\t', start);
      starts[line] = start;
      keyEnds[line] = tab >= 0 && tab < end ? tab : end;
      let slot = hashOf(text, start, keyEnds[line]!) & this.mask;
      while (this.slots[slot] !== 0 && !this.keyIs(this.slots[slot]! - 1, text, start, keyEnds[line]!)) slot = (slot + 1) & this.mask;
      if (this.slots[slot] === 0) this.slots[slot] = line + 1;
    }
  }

  /** Lines in the table. */
  get size(): number {
    return this.starts.length;
  }

  has(key: string): boolean {
    return this.lineOf(key) >= 0;
  }

  /** The value of `key` ('' for a line without one), or undefined when it is not in the table. */
  get(key: string): string | undefined {
    const line = this.lineOf(key);
    if (line < 0) return undefined;
    const keyEnd = this.keyEnds[line]!;
    const end = this.ends[line]!;
    return keyEnd < end ? this.text.slice(keyEnd + 1, end) : '';
  }

  private lineOf(key: string): number {
    const { slots, mask } = this;
    for (let slot = hashOf(key, 0, key.length) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const line = slots[slot]! - 1;
      if (this.keyIs(line, key, 0, key.length)) return line;
    }
    return -1;
  }

  /** Is line's key the code units s[start, end)? */
  private keyIs(line: number, s: string, start: number, end: number): boolean {
    const from = this.starts[line]!;
    if (this.keyEnds[line]! - from !== end - start) return false;
    for (let i = 0; i < end - start; i++) if (this.text.charCodeAt(from + i) !== s.charCodeAt(start + i)) return false;
    return true;
  }
}

/** Lines for a PackedTable from keys (and values): sorted, one per key, "\n"-separated. Throws on an empty key (a table of one would read as none), a key holding a tab or line break, or one given twice. */
export function packTable(entries: Iterable<[string, string?]>): string {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 0; i < sorted.length; i++) {
    const [k, v] = sorted[i]!;
    if (k === '') throw new Error('packTable: an empty key');
    if (k.includes('\t') || k.includes('\n') || v?.includes('\n')) throw new Error(`packTable: "${k}" holds a tab or line break`);
    if (i > 0 && sorted[i - 1]![0] === k) throw new Error(`packTable: "${k}" is given twice`);
  }
  return sorted.map(([k, v]) => (v === undefined ? k : `${k}\t${v}`)).join('\n');
}
