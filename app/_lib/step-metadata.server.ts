import 'server-only';
import type { Metadata } from 'next';
import { pathOf } from '../../machines/paths';
import type { StateKey } from '../../machines/states';
import { loadStep } from './content.server';
import { ogImageSize, ogPathOf } from './og-params';
import { shareCardOf } from './share-card.server';
import { siteName } from './site';

/** A step's title, description and preview card; the /embed copy shares it and points search engines to /help. */
export async function stepMetadata(key: StateKey): Promise<Metadata> {
  const [{ meta }, card] = await Promise.all([loadStep(key), shareCardOf(key)]);
  const url = pathOf(key);
  const image = { url: ogPathOf(key), ...ogImageSize, alt: card.alt, type: 'image/png' };
  return {
    title: meta.title,
    description: meta.description,
    alternates: { canonical: url },
    openGraph: {
      type: 'website',
      siteName,
      locale: 'en_GB',
      url,
      title: meta.title,
      description: meta.description,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: meta.title, description: meta.description, images: [image] },
  };
}
