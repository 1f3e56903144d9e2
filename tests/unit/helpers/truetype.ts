/** The family a font's name table gives (typographic family, id 16, else family, id 1), from its Windows records. */
export function familyOf(name: Buffer): string | undefined {
  const strings = name.readUInt16BE(4);
  const family = (id: number) => {
    for (let i = 0; i < name.readUInt16BE(2); i++) {
      const record = 6 + i * 12;
      if (name.readUInt16BE(record) !== 3 || name.readUInt16BE(record + 6) !== id) continue;
      const start = strings + name.readUInt16BE(record + 10);
      return name.subarray(start, start + name.readUInt16BE(record + 8)).swap16().toString('utf16le');
    }
  };
  return family(16) ?? family(1);
}

/** Reads a TrueType font's tables directly: which characters it draws, and how wide each glyph and its ink are. */
export function truetype(font: Buffer) {
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const entry = 12 + i * 16;
    tables.set(font.toString('latin1', entry, entry + 4), { offset: font.readUInt32BE(entry + 8), length: font.readUInt32BE(entry + 12) });
  }
  const table = (tag: string) => {
    const found = tables.get(tag);
    if (!found) throw new Error(`no ${tag} table`);
    return found.offset;
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

  const family = familyOf(font.subarray(table('name'), table('name') + tables.get('name')!.length));

  return { tags: new Set(tables.keys()), family, codePoints: new Set(glyphs.keys()), metricsOf };
}
