import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ogFontFile, withoutShaping } from '../../app/_lib/og-font.server';
import { siteName } from '../../app/_lib/site';
import { truetype } from './helpers/truetype';

function frontmatterOf(file: string): string {
  return /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
}

const stepFiles = readdirSync('content/steps', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => path.join('content/steps', file));

describe('preview card font', () => {
  const drawn = truetype(readFileSync(ogFontFile)).codePoints;

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

describe('the font the card is drawn with', () => {
  const original = truetype(readFileSync(ogFontFile));
  const drawn = truetype(withoutShaping(readFileSync(ogFontFile)));

  it('has no kerning or ligatures, so Satori draws each word as wide as it laid it out', () => {
    expect(original.tags).toContain('GPOS');
    for (const tag of ['GPOS', 'GSUB', 'kern']) expect(drawn.tags).not.toContain(tag);
  });

  it('keeps every other table, character and glyph width', () => {
    expect([...drawn.tags].sort()).toEqual([...original.tags].filter((tag) => !['GPOS', 'GSUB', 'kern'].includes(tag)).sort());
    expect(drawn.codePoints).toEqual(original.codePoints);
    for (const char of 'AWaw’ ') expect(drawn.metricsOf(char)).toEqual(original.metricsOf(char));
  });
});
