import type { SeedArticle } from "../types";
import { articlesAr } from "./articles-ar";
import { articlesEn } from "./articles-en";

/** All demo articles: Arabic edition first, then English. */
export const articles: SeedArticle[] = [...articlesAr, ...articlesEn];
