/**
 * The arithmetic and text of `make bench`'s report, kept apart from the timing so that it can be
 * tested (tests/bench-stats.test.ts): medians, ratios judged against a target, aligned tables.
 */

/** The median of `values` (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/** A target from the issue: the value must be at most (`≤`) or at least (`≥`) `value`. */
export interface Target { op: '≤' | '≥'; value: number; unit?: string }

/** `1.32×`: a ratio as printed (two decimals). */
export const times = (x: number): string => `${x.toFixed(2)}×`;

/**
 * Is `value` within `target`? Judged on the value as printed (two decimals), so that a line never
 * reads "1.50× (target ≤ 1.5×: NOT MET)".
 */
export function meets(value: number, target: Target): boolean {
  const shown = Math.round(value * 100) / 100;
  return target.op === '≤' ? shown <= target.value : shown >= target.value;
}

/** `(target ≤ 1.5×: met)`, or `(no target; for reference)` without a target. */
export function verdict(value: number, target?: Target): string {
  if (!target) return '(no target; for reference)';
  const unit = target.unit ?? '×';
  return `(target ${target.op} ${target.value}${unit}: ${meets(value, target) ? 'met' : 'NOT MET'})`;
}

/** `2.41 s` (seconds with two decimals; three below a tenth of a second). */
export const secs = (s: number): string => `${s.toFixed(s < 0.1 ? 3 : 2)} s`;

/** A whole number with thousands separators: `1,234,567`. */
export const int = (n: number): string => Math.round(n).toLocaleString('en-US');

/** `1.19` cores busy, or empty when unknown. */
export const cores = (n: number | undefined): string => (n === undefined || Number.isNaN(n) ? '' : n.toFixed(2));

/**
 * Plain aligned text: one line per row, columns two spaces apart, each as wide as its widest cell;
 * `align` says which columns are right-aligned ('r'; the rest left). A row of one cell is a heading:
 * printed as it is, and not counted in the widths. Trailing spaces are trimmed.
 */
export function table(rows: readonly (readonly string[])[], align: string): string[] {
  const widths: number[] = [];
  const len = (s: string) => [...s].length;
  for (const row of rows) if (row.length > 1) row.forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, len(cell)); });
  return rows.map((row) => (row.length === 1 ? row[0]! : row.map((cell, i) => {
    const pad = ' '.repeat(Math.max(0, (widths[i] ?? 0) - len(cell)));
    return align[i] === 'r' ? pad + cell : cell + pad;
  }).join('  ')).trimEnd());
}
