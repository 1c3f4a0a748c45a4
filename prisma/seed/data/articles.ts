import type { SeedArticle } from "../types";
import { articlesAr1 } from "./articles-ar-1";
import { articlesAr2 } from "./articles-ar-2";
import { articlesAr3 } from "./articles-ar-3";
import { articlesAr4 } from "./articles-ar-4";
import { articlesEn } from "./articles-en";

/** All demo articles: Arabic edition first (split only to keep files short), then English. */
export const articles: SeedArticle[] = [...articlesAr1, ...articlesAr2, ...articlesAr3, ...articlesAr4, ...articlesEn];
