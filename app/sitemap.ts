import type { MetadataRoute } from 'next';
import { pathOf } from '../machines/paths';
import { stateKeys } from '../machines/states';
import { absoluteUrl } from './_lib/site';

/** The start page and every step, from the machine; /embed copies and search results stay out. */
export default function sitemap(): MetadataRoute.Sitemap {
  return stateKeys.map((key) => ({ url: absoluteUrl(pathOf(key)) }));
}
