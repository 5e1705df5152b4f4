/** Binary searches over ascending number arrays, shared by the engine's offset maps. */

/** First index whose element is >= value (sorted.length when none is). */
export function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose element is > value (sorted.length when none is). */
export function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last element that is <= value, or -1. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  return upperBound(sorted, value) - 1;
}
