/** Lookups in arrays kept in text order: a binary search instead of a scan, so a stage stays linear on long documents. */

/** Index of the first item whose `key` is at least `value`, in `items` sorted by `key` (ascending); `items.length` if none. */
export function firstAtLeast<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
