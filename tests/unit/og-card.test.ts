import { readFileSync } from 'node:fs';
import { ImageResponse } from 'next/og';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { OgCard } from '../../app/_components/og-card';
import { ogFontFile, ogFonts } from '../../app/_lib/og-font.server';
import { ogImageSize } from '../../app/_lib/og-params';
import { shareCardOf } from '../../app/_lib/share-card.server';
import { siteName } from '../../app/_lib/site';
import { themeColors } from '../../app/_lib/theme-colors';
import { stateKeys } from '../../machines/states';
import { decodePng } from './helpers/png';
import { truetype } from './helpers/truetype';

const colors = themeColors(readFileSync('app/globals.css', 'utf8'));
const font = truetype(readFileSync(ogFontFile));
const space = font.metricsOf(' ').advance;

/** Each text of the card, as og-card.tsx sets it: where it sits, its size and letter spacing in px. */
function textsOf(card: Awaited<ReturnType<typeof shareCardOf>>) {
  return [
    { text: siteName, top: 0, bottom: 112, size: 48, tracking: 0, dark: true },
    ...(card.scenario ? [{ text: card.scenario, top: 128, bottom: ogImageSize.height, size: 40, tracking: 0, dark: false }] : []),
    { text: card.title, top: 128, bottom: ogImageSize.height, size: 80, tracking: -1, dark: true },
  ];
}

/** The blank columns between words on each line of text, left to right, lines top to bottom, in px. */
function wordGapsOf(png: Buffer, { top, bottom, size, dark }: ReturnType<typeof textsOf>[number]) {
  const { width, rgba } = decodePng(png);
  // Letters stand at most about 0.17 em apart in Geist, words at least 0.28 em.
  // The title is in ink (#0b0c0c), the scenario above it in the muted grey (#484949): tell them apart by darkest pixel.
  const red = (x: number, y: number) => rgba[(y * width + x) * 4];
  const inkRow = (y: number) => {
    let darkest = 255;
    for (let x = 0; x < width; x++) darkest = Math.min(darkest, red(x, y));
    return darkest;
  };
  const lines: number[][] = [];
  for (let y = top; y < bottom; y++) {
    if (inkRow(y) >= 128) continue;
    // A line runs on across blank rows shorter than the space above an i's stem; lines stand further apart.
    let end = y;
    let darkest = 255;
    for (let blank = 0; end < bottom && blank < size * 0.12; end++) {
      const row = inkRow(end);
      darkest = Math.min(darkest, row);
      blank = row < 128 ? 0 : blank + 1;
    }
    if ((darkest < 40) === dark) {
      const gaps: number[] = [];
      let run = -1;
      for (let x = 0; x < width; x++) {
        let ink = false;
        for (let row = y; row < end && !ink; row++) ink = red(x, row) < 128;
        if (ink && run > size * 0.22) gaps.push(run);
        run = ink ? 0 : run < 0 ? -1 : run + 1;
      }
      lines.push(gaps);
    }
    y = end;
  }
  return lines;
}

describe('preview card word spacing', async () => {
  const fonts = await ogFonts();

  it.each(stateKeys)('%s: each gap between words is one space of the font, whatever the letters beside it', async (key) => {
    const card = await shareCardOf(key);
    const image = new ImageResponse(createElement(OgCard, { card, site: siteName, colors }), { ...ogImageSize, fonts });
    const png = Buffer.from(await image.arrayBuffer());
    for (const text of textsOf(card)) {
      const words = text.text.split(' ');
      const lines = wordGapsOf(png, text);
      const measured = lines.flat();
      expect(measured, `${text.text}: a gap per word boundary not at a line end`).toHaveLength(words.length - lines.length);
      // Where the line breaks fall is Satori's choice: match each line's gaps to the boundaries in order, skipping one per break.
      const expected: number[] = [];
      let word = 0;
      for (const gaps of lines) {
        for (let i = 0; i < gaps.length; i++, word++) {
          const before = font.metricsOf([...words[word]].at(-1)!);
          const after = font.metricsOf([...words[word + 1]][0]);
          expected.push(Math.round((before.right + space + after.left) * text.size + 2 * text.tracking));
        }
        word++;
      }
      // Anti-aliasing moves an edge by at most a pixel either side.
      const off = measured.map((gap, i) => gap - expected[i]);
      expect(off.every((d) => Math.abs(d) <= 2), `${text.text}: measured ${measured} px, expected ${expected} px`).toBe(true);
    }
  });
});
