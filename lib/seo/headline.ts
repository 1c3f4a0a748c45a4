/** Google shows at most 110 characters of a NewsArticle headline. */
export const HEADLINE_MAX = 110;

const ELLIPSIS = "…";

/**
 * A headline that fits in `max` characters (code points): unchanged when it
 * already fits, otherwise cut at the last word boundary that leaves room for
 * an ellipsis, with trailing punctuation and spaces dropped before it.
 */
export function cutHeadline(text: string, max = HEADLINE_MAX): string {
  const clean = text.replace(/\s+/gu, " ").trim();
  const chars = [...clean];
  if (chars.length <= max) return clean;
  const room = chars.slice(0, max - 1).join("");
  // Cut where the next character is a space, so no word is split.
  const boundary = chars[max - 1] === " " ? room.length : room.lastIndexOf(" ");
  const head = boundary > 0 ? room.slice(0, boundary) : room;
  return `${head.replace(/[\s\p{P}]+$/u, "")}${ELLIPSIS}`;
}
