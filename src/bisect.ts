// Binary search over sorted arrays, shared by the stages that index offsets.

/**
 * The index of the first item for which `before` is false, in a list where
 * every item that satisfies `before` comes first (Rust's `partition_point`).
 */
export function partitionPoint<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
