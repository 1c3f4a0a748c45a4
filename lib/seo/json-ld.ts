/**
 * JSON for a <script type="application/ld+json"> element. JSON.stringify
 * alone lets a value such as "</script>" close the element; escaping <, >
 * and & (and the line separators some parsers treat as newlines) as \uXXXX
 * keeps every value inert while the JSON still parses to the same data.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
