/** The server keeps its dashboard deadline lists to this many entries. */
export const DEADLINE_LIST_LIMIT = 20;

/** A count from a capped list: "20+" when the server may have left some out. */
export function cappedCount(items: readonly unknown[]): { count: number; isMore: boolean } {
  return { count: items.length, isMore: items.length >= DEADLINE_LIST_LIMIT };
}
