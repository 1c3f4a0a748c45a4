/** The ranking's shape, the same on both engines: tiers best first, each asked only for the rows the page still needs. */
import type { QueryTerm } from "./normalize";

export type Hit = { id: number; tier: number };
/** `total` counts at most `countCap` + 1 matches: more than `countCap` means "more than countCap". */
export type HitPage = { hits: Hit[]; total: number };
export type PublicQuery = { locale: string; terms: QueryTerm[]; now: Date; limit: number; offset: number; countCap: number };

/** Fills a page tier by tier, best tier first, asking each only for the rows still needed. */
export async function rankTiers(need: number, tiers: readonly number[], rows: (tier: number, n: number) => Promise<number[]>): Promise<Hit[]> {
  const ranked: Hit[] = [];
  for (const tier of tiers) {
    if (ranked.length >= need) break;
    for (const id of await rows(tier, need - ranked.length)) ranked.push({ id, tier });
  }
  return ranked;
}
