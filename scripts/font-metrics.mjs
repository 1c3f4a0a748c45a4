/**
 * The few figures of a TrueType font that a size-matched fallback needs, read from its
 * tables: units per em, the line's ascent, descent and gap (OS/2 typographic values when
 * the font asks for them, else hhea), and the width of a line of text.
 */
import * as hb from "harfbuzzjs";
function tables(ttf) {
  const count = ttf.readUInt16BE(4);
  const found = {};
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    found[ttf.toString("latin1", at, at + 4)] = ttf.readUInt32BE(at + 8);
  }
  return found;
}

export function metrics(ttf) {
  const t = tables(ttf);
  const upem = ttf.readUInt16BE(t.head + 18);
  const os2 = t["OS/2"];
  const useTypo = os2 !== undefined && (ttf.readUInt16BE(os2 + 62) & (1 << 7)) !== 0;
  if (useTypo) return { upem, ascent: ttf.readInt16BE(os2 + 68), descent: -ttf.readInt16BE(os2 + 70), lineGap: ttf.readInt16BE(os2 + 72) };
  return { upem, ascent: ttf.readInt16BE(t.hhea + 4), descent: -ttf.readInt16BE(t.hhea + 6), lineGap: ttf.readInt16BE(t.hhea + 8) };
}

/**
 * The width of a text set in these fonts, shaped by HarfBuzz (Arabic letters join, so
 * isolated advances overstate it), in font units: each run of characters goes to the first
 * font that has them all, as a browser falls back across unicode-range faces.
 */
export function lineWidth(ttfs, text) {
  const fonts = ttfs.map((ttf) => {
    const face = new hb.Face(new hb.Blob(ttf), 0);
    return { font: new hb.Font(face), covers: new Set(face.collectUnicodes()) };
  });
  let width = 0;
  for (const run of text.match(/[\u0600-\u06ff]+|[^\u0600-\u06ff]+/g) ?? []) {
    const target = fonts.find((f) => [...run].every((c) => f.covers.has(c.codePointAt(0)))) ?? fonts[0];
    const buffer = new hb.Buffer();
    buffer.addText(run);
    buffer.guessSegmentProperties();
    hb.shape(target.font, buffer);
    width += buffer.getGlyphPositions().reduce((n, p) => n + p.xAdvance, 0);
  }
  return width;
}
