/**
 * The few figures of a TrueType font that a size-matched fallback needs, read from its
 * tables: units per em, the line's ascent, descent and gap (OS/2 typographic values when
 * the font asks for them, else hhea), and the average advance of a sample text's characters.
 */
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

/** The glyph of a BMP code point through the font's format-4 Unicode cmap. */
function glyphLookup(ttf, t) {
  const cmap = t.cmap;
  const n = ttf.readUInt16BE(cmap + 2);
  let sub = -1;
  for (let i = 0; i < n; i++) {
    const platform = ttf.readUInt16BE(cmap + 4 + i * 8);
    const encoding = ttf.readUInt16BE(cmap + 6 + i * 8);
    const offset = ttf.readUInt32BE(cmap + 8 + i * 8);
    if (ttf.readUInt16BE(cmap + offset) === 4 && ((platform === 3 && encoding === 1) || platform === 0)) sub = cmap + offset;
  }
  if (sub < 0) throw new Error("font-metrics: no format 4 cmap");
  const segX2 = ttf.readUInt16BE(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  return (code) => {
    for (let i = 0; i < segX2; i += 2) {
      if (ttf.readUInt16BE(ends + i) < code) continue;
      const start = ttf.readUInt16BE(starts + i);
      if (start > code) return 0;
      const delta = ttf.readUInt16BE(deltas + i);
      const ro = ttf.readUInt16BE(rangeOffsets + i);
      if (ro === 0) return (code + delta) & 0xffff;
      const glyph = ttf.readUInt16BE(rangeOffsets + i + ro + (code - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** The mean advance width (font units) of the sample's characters, unshaped. */
export function averageAdvance(ttf, sample) {
  const t = tables(ttf);
  const glyphOf = glyphLookup(ttf, t);
  const longMetrics = ttf.readUInt16BE(t.hhea + 34);
  const advance = (g) => ttf.readUInt16BE(t.hmtx + Math.min(g, longMetrics - 1) * 4);
  const chars = [...sample];
  return chars.reduce((sum, c) => sum + advance(glyphOf(c.codePointAt(0))), 0) / chars.length;
}
