import type { SeedArticle } from "../../types";
import { reports2020to2022 } from "./reports-2020-2022";
import { reports2023to2024 } from "./reports-2023-2024";
import { reports2025to2026 } from "./reports-2025-2026";
import { economy } from "./economy";
import { news } from "./news";
import { society } from "./society";
import { culture } from "./culture";
import { opinion } from "./opinion";
import { notPublic } from "./not-public";

/**
 * Arabic edition demo articles, one file per section (reports, the largest, by year of publication),
 * and the items that are not public. Invented, generic demo content: places are real, but people,
 * figures and quotes are illustrative, not real reporting. The Rozana article (key `rozana-isis`)
 * is built elsewhere from the .txt file.
 */
export const articlesAr: SeedArticle[] = [
  ...reports2020to2022,
  ...reports2023to2024,
  ...reports2025to2026,
  ...economy,
  ...news,
  ...society,
  ...culture,
  ...opinion,
  ...notPublic,
];
