import { foldWords, wordMatches, type QueryTerm } from "./normalize";

/** A piece of snippet text; `mark` when it is a word the query matched. */
export type SnippetPart = { text: string; mark: boolean };

// A word as written: anything but spaces, punctuation and symbols (tashkeel, tatweel and joiners stay inside it).
const WORD = /([^\s\p{P}\p{S}]+)/u;
const BEFORE = 12;
const LENGTH = 40;

/**
 * A short passage of the article around the words the query matched, as
 * plain-text parts for the page to render (matched words in <mark>). Picks the
 * paragraph that matches the most query words; the standfirst when none does.
 */
export function buildSnippet(paragraphs: string[], terms: QueryTerm[]): SnippetPart[] {
  // Score paragraphs on their folded words (one pass each); mark words only in the one chosen.
  let best: { text: string; score: number } | null = null;
  for (const p of paragraphs) {
    const words = foldWords(p);
    const score = terms.filter((t) => words.some((w) => wordMatches(w, t))).length;
    if (!best || score > best.score) best = { text: p, score };
    if (score === terms.length) break;
  }
  if (!best) return [];
  return window(markParagraph(best.text, terms));
}

function markParagraph(text: string, terms: QueryTerm[]): SnippetPart[] {
  return text
    .split(WORD)
    .filter((s) => s !== "")
    .map((s) => ({ text: s, mark: WORD.test(s) && foldWords(s).some((w) => terms.some((t) => wordMatches(w, t))) }));
}

/** Cuts the parts to about LENGTH words, starting a little before the first mark. */
function window(parts: SnippetPart[]): SnippetPart[] {
  const wordIndexes = parts.flatMap((p, i) => (WORD.test(p.text) ? [i] : []));
  if (wordIndexes.length <= LENGTH) return merge(parts);
  const firstMark = wordIndexes.findIndex((i) => parts[i].mark);
  const startWord = Math.max(0, Math.min((firstMark < 0 ? 0 : firstMark) - BEFORE, wordIndexes.length - LENGTH));
  const endWord = Math.min(wordIndexes.length, startWord + LENGTH);
  const from = wordIndexes[startWord];
  const to = wordIndexes[endWord - 1];
  const out = parts.slice(from, to + 1);
  if (startWord > 0) out.unshift({ text: "… ", mark: false });
  if (endWord < wordIndexes.length) out.push({ text: " …", mark: false });
  return merge(out);
}

/** Joins neighbouring unmarked parts, so the page renders few nodes. */
function merge(parts: SnippetPart[]): SnippetPart[] {
  const out: SnippetPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && !last.mark && !p.mark) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}
