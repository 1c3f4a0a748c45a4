/** Paging shared by every list (no server-only import: the search benchmark script uses it too). */
export const PAGE_SIZE = 20;

/** Pages for a list; an empty list still has page 1. */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}
