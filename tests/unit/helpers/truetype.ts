/** Reads a TrueType font's tables directly: which characters it draws, and how wide each glyph and its ink are. */
export function truetype(font: Buffer) {
  const tables = new Map<string, number>();
  for (let i = 0; i < font.readUInt16BE(4); i++) tables.set(font.toString('latin1', 12 + i * 16, 16 + i * 16), font.readUInt32BE(20 + i * 16));
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`no ${tag} table`);
    return offset;
  };

  // cmap formats 4 and 12, which cover every Unicode font.
  const glyphs = new Map<number, number>();
  const cmap = table('cmap');
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const sub = cmap + font.readUInt32BE(cmap + 8 + i * 8);
    const format = font.readUInt16BE(sub);
    if (format === 4) {
      const segments = font.readUInt16BE(sub + 6) / 2;
      const ends = sub + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const offsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const start = font.readUInt16BE(starts + s * 2);
        const delta = font.readUInt16BE(deltas + s * 2);
        const rangeOffset = font.readUInt16BE(offsets + s * 2);
        for (let c = start; c <= font.readUInt16BE(ends + s * 2) && c !== 0xffff; c++) {
          const glyph = rangeOffset === 0 ? (c + delta) & 0xffff : font.readUInt16BE(offsets + s * 2 + rangeOffset + (c - start) * 2);
          if (glyph !== 0) glyphs.set(c, glyph);
        }
      }
    } else if (format === 12) {
      for (let g = 0; g < font.readUInt32BE(sub + 12); g++) {
        const group = sub + 16 + g * 12;
        const first = font.readUInt32BE(group);
        for (let c = first; c <= font.readUInt32BE(group + 4); c++) glyphs.set(c, font.readUInt32BE(group + 8) + c - first);
      }
    }
  }

  const head = table('head');
  const unitsPerEm = font.readUInt16BE(head + 18);
  const longLoca = font.readInt16BE(head + 50) === 1;
  const horizontalMetrics = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const loca = table('loca');
  const glyf = table('glyf');

  /** Advance, left side bearing and ink width of a character's glyph, in units of the em. */
  function metricsOf(char: string) {
    const glyph = glyphs.get(char.codePointAt(0)!);
    if (glyph === undefined) throw new Error(`the font does not draw ${char}`);
    const advance = font.readUInt16BE(hmtx + Math.min(glyph, horizontalMetrics - 1) * 4);
    const at = (g: number) => (longLoca ? font.readUInt32BE(loca + g * 4) : font.readUInt16BE(loca + g * 2) * 2);
    const empty = at(glyph) === at(glyph + 1);
    const xMin = empty ? 0 : font.readInt16BE(glyf + at(glyph) + 2);
    const xMax = empty ? 0 : font.readInt16BE(glyf + at(glyph) + 6);
    return { advance: advance / unitsPerEm, left: xMin / unitsPerEm, right: (advance - xMax) / unitsPerEm, ink: (xMax - xMin) / unitsPerEm };
  }

  return { tags: new Set(tables.keys()), codePoints: new Set(glyphs.keys()), metricsOf };
}
