import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The card's typeface is the site's (see site-font.ts), as a static TrueType file, the only kind Satori reads. */
export const ogFontFamily = 'Geist';
export const ogFontFile = 'assets/fonts/geist-regular.ttf';

// Satori lays a line out from each character's own advance, then draws each word kerned and with ligatures, so a
// word that kerns tight leaves a wider gap after it. Without these tables the drawing matches the layout.
const shapingTables = new Set(['GPOS', 'GSUB', 'kern']);

/** A copy of a TrueType font whose table directory no longer lists kerning or glyph substitution. */
export function withoutShaping(font: Buffer): Buffer {
  const count = font.readUInt16BE(4);
  const entries = Array.from({ length: count }, (_, i) => font.subarray(12 + i * 16, 28 + i * 16));
  const kept = entries.filter((entry) => !shapingTables.has(entry.toString('latin1', 0, 4)));
  const out = Buffer.from(font);
  out.fill(0, 12, 12 + count * 16);
  kept.forEach((entry, i) => entry.copy(out, 12 + i * 16));
  const power = 2 ** Math.floor(Math.log2(kept.length));
  out.writeUInt16BE(kept.length, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(kept.length * 16 - power * 16, 10);
  return out;
}

export async function ogFonts() {
  const data = withoutShaping(await readFile(path.join(process.cwd(), ogFontFile)));
  return [{ name: ogFontFamily, data, weight: 400, style: 'normal' } as const];
}
