import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ogFontFamily, ogFontFile } from '../../app/_lib/og-font.server';
import { familyOf, truetype } from './helpers/truetype';
import { woff2Tables } from './helpers/woff2';

// next/font/local only runs inside Next's compiler, so read its options from the source.
const siteFontSource = readFileSync('app/_lib/site-font.ts', 'utf8');
const siteFontFiles = [...siteFontSource.matchAll(/src: '([^']+)'/g)].map(([, src]) => path.join('app/_lib', src));
const siteFontVariable = /variable: '(--[\w-]+)'/.exec(siteFontSource)?.[1];
const fontSans = /--font-sans:\s*([^;]+);/.exec(readFileSync('app/globals.css', 'utf8'))?.[1];

describe('the site and its preview card share one typeface', () => {
  it('the site sets its text in the font it serves itself, before any system font', () => {
    expect(siteFontFiles).not.toHaveLength(0);
    expect(siteFontVariable).toBeDefined();
    // The widget's pages do not load it (they keep to the system's font): there the fallback holds.
    expect(fontSans?.trim()).toMatch(new RegExp(`^var\\(${siteFontVariable}, system-ui\\),`));
  });

  it('is the same family in the files the site serves and the card is drawn with', () => {
    const card = truetype(readFileSync(ogFontFile)).family;
    expect(card).toBe(ogFontFamily);
    for (const file of siteFontFiles) expect(familyOf(woff2Tables(readFileSync(file)).get('name')!), file).toBe(card);
  });

  it('serves every weight the site uses, bold included, from one variable file', () => {
    for (const file of siteFontFiles) expect(woff2Tables(readFileSync(file)).has('fvar'), file).toBe(true);
    expect(siteFontSource).toContain("weight: '100 900'");
  });
});
