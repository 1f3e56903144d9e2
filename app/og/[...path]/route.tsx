import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { OgCard } from '../../_components/og-card';
import { ogFonts } from '../../_lib/og-font.server';
import { ogImageSize, ogKeyOf, ogParams } from '../../_lib/og-params';
import { shareCardOf } from '../../_lib/share-card.server';
import { siteName } from '../../_lib/site';
import { themeColors } from '../../_lib/theme-colors';

export const runtime = 'nodejs';
export const dynamicParams = false;
export const generateStaticParams = ogParams;

const [fonts, css] = await Promise.all([ogFonts(), readFile(path.join(process.cwd(), 'app/globals.css'), 'utf8')]);
const colors = themeColors(css);

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const key = ogKeyOf((await params).path);
  if (!key) return new Response('Not found', { status: 404 });
  return new ImageResponse(<OgCard card={await shareCardOf(key)} site={siteName} colors={colors} />, {
    ...ogImageSize,
    fonts,
  });
}
