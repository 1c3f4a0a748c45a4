import type { SeedArticle } from "../types";
import { articlesAr } from "./ar";
import { articlesEn } from "./articles-en";

/** All demo articles: Arabic edition first (one file per section, in ./ar), then English. */
export const articles: SeedArticle[] = [...articlesAr, ...articlesEn];
