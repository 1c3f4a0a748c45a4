/**
 * Arabic-aware text folding for search, the same for documents and queries on
 * both engines: the engines only ever see the tokens made here (FTS5 with the
 * unicode61 tokenizer, PostgreSQL's 'simple' configuration), so their own
 * Arabic handling (none in FTS5, an inconsistent stemmer in PostgreSQL) never
 * decides what matches.
 *
 * Folding, in order: NFKC; lower case; tashkeel, Quranic marks, tatweel,
 * zero-width and bidi marks removed; hamza forms (أ إ آ ٱ → ا, ؤ ئ → ء),
 * alef maqsura and Farsi ya (ى ی → ي), ta marbuta (ة → ه), Farsi kaf (ک → ك);
 * Arabic-Indic and Persian digits → 0–9; anything not a letter or digit (quotes,
 * punctuation, symbols) separates words. No stemming: «مدرسة» and «مدرس»,
 * «كتاب» and «كتب» stay different words.
 */

const TASHKEEL = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/gu;
// Tatweel, zero-width (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen) and bidi controls.
const INVISIBLE = /[\u0640\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c]/gu;
const LETTER_MAP: Record<string, string> = {
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ؤ: "ء",
  ئ: "ء",
  ى: "ي",
  ی: "ي",
  ة: "ه",
  ک: "ك",
};
const LETTERS = new RegExp(`[${Object.keys(LETTER_MAP).join("")}]`, "gu");
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits to ASCII. */
function foldDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (d) => String(d.charCodeAt(0) & 0xf));
}

/** Folded words of a text, in order (duplicates kept). */
export function foldWords(text: string): string[] {
  const folded = foldDigits(
    text
      .normalize("NFKC")
      .toLowerCase()
      .replace(TASHKEEL, "")
      .replace(INVISIBLE, "")
      .replace(LETTERS, (c) => LETTER_MAP[c] ?? c),
  );
  return folded.split(NOT_WORD).filter(Boolean);
}

const ARTICLES = ["وال", "فال", "بال", "كال", "لل", "ال"];
const CLITICS = ["و", "ف", "ب", "ك", "ل"];
const isArabic = (w: string) => /^[\u0621-\u064a]/u.test(w);

/**
 * A folded word without a leading definite article (ال, وال, فال, بال, كال, لل),
 * when at least two letters remain; else null.
 */
export function withoutArticle(word: string): string | null {
  for (const p of ARTICLES) if (word.startsWith(p) && word.length - p.length >= 2) return word.slice(p.length);
  return null;
}

/**
 * A folded word without one attached و ف ب ك ل, when at least three letters
 * remain (so «بلد» and «كتب» are left whole); else null.
 */
export function withoutClitic(word: string): string | null {
  if (!isArabic(word) || word.length - 1 < 3) return null;
  return CLITICS.includes(word[0]) ? word.slice(1) : null;
}

/**
 * The words a document is indexed under: each folded word, plus its form
 * without a definite article and without an attached و ف ب ك ل. Written to the
 * index as one space-separated string.
 */
export function documentTokens(text: string): string {
  const out: string[] = [];
  for (const w of foldWords(text)) {
    out.push(w);
    const bare = withoutArticle(w);
    if (bare) out.push(bare);
    const noClitic = withoutClitic(w);
    if (noClitic) out.push(noClitic);
  }
  return out.join(" ");
}

export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_TERMS = 12;

/**
 * One word of a query: any of `forms` may match a document word; `prefix` says
 * the form may be the start of the word (the last word, as the reader types).
 */
export type QueryTerm = { forms: { text: string; prefix: boolean }[] };

export type ParsedQuery = { terms: QueryTerm[]; truncated: boolean; text: string };

/**
 * A reader's query → terms. Every term must match; the last one as a prefix.
 * A word with a definite article matches on its bare form (documents are
 * indexed under it too); a word starting with و ف ب ك ل may also be that letter
 * plus a word, so it matches either, the bare form exactly (a prefix only when
 * four letters or more remain, so «كتاب» never finds «تابع»).
 * Everything is text: no character of the query has a meaning to the engines.
 */
export function parseQuery(raw: string): ParsedQuery {
  const trimmed = raw.trim();
  const truncated = [...trimmed].length > MAX_QUERY_CHARS;
  const text = truncated ? [...trimmed].slice(0, MAX_QUERY_CHARS).join("") : trimmed;
  const words = [...new Set(foldWords(text))].slice(0, MAX_QUERY_TERMS);
  const terms = words.map((w, i): QueryTerm => {
    const prefix = i === words.length - 1;
    const bare = withoutArticle(w);
    if (bare) return { forms: [{ text: bare, prefix }] };
    const forms = [{ text: w, prefix }];
    const noClitic = withoutClitic(w);
    if (noClitic) forms.push({ text: noClitic, prefix: prefix && noClitic.length >= 4 });
    return { forms };
  });
  return { terms, truncated, text };
}

/**
 * True when a document word (already folded) answers a query term: the same
 * test the engines make, used to mark words in snippets.
 */
export function wordMatches(word: string, term: QueryTerm): boolean {
  const candidates = [word, withoutArticle(word), withoutClitic(word)].filter((x): x is string => Boolean(x));
  return term.forms.some((f) => candidates.some((c) => (f.prefix ? c.startsWith(f.text) : c === f.text)));
}

/** True when a document text matches every term of the query (reference for tests). */
export function textMatches(doc: string, query: string): boolean {
  const { terms } = parseQuery(query);
  if (!terms.length) return false;
  const words = foldWords(doc);
  return terms.every((t) => words.some((w) => wordMatches(w, t)));
}
