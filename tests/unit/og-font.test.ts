import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteName } from '../../app/_lib/site';

/** The code points a TrueType font draws, from its cmap (formats 4 and 12, which cover every Unicode font). */
function codePointsOf(font: Buffer): Set<number> {
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) if (font.toString('latin1', 12 + i * 16, 16 + i * 16) === 'cmap') cmap = font.readUInt32BE(20 + i * 16);
  const points = new Set<number>();
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
        const end = font.readUInt16BE(ends + s * 2);
        const delta = font.readUInt16BE(deltas + s * 2);
        const rangeOffset = font.readUInt16BE(offsets + s * 2);
        for (let c = font.readUInt16BE(starts + s * 2); c <= end && c !== 0xffff; c++) {
          const glyph = rangeOffset === 0 ? (c + delta) & 0xffff : font.readUInt16BE(offsets + s * 2 + rangeOffset + (c - font.readUInt16BE(starts + s * 2)) * 2);
          if (glyph !== 0) points.add(c);
        }
      }
    } else if (format === 12) {
      for (let g = 0; g < font.readUInt32BE(sub + 12); g++) {
        const group = sub + 16 + g * 12;
        for (let c = font.readUInt32BE(group); c <= font.readUInt32BE(group + 4); c++) points.add(c);
      }
    }
  }
  return points;
}

function frontmatterOf(file: string): string {
  return /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
}

const stepFiles = readdirSync('content/steps', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => path.join('content/steps', file));

describe('preview card font', () => {
  const drawn = codePointsOf(readFileSync('assets/fonts/geist-regular.ttf'));

  it('reads the font it is given', () => {
    expect(drawn.has('A'.codePointAt(0)!)).toBe(true);
    expect(drawn.has(0x1f600)).toBe(false);
  });

  // A character the font lacks would make next/og fetch a fallback font from Google while building.
  it.each(stepFiles)('draws every character of the titles and choice labels in %s', (file) => {
    const text = frontmatterOf(file) + siteName;
    const missing = [...new Set(text.replace(/\s/g, ''))].filter((char) => !drawn.has(char.codePointAt(0)!));
    expect(missing).toEqual([]);
  });
});
