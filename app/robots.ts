import type { MetadataRoute } from 'next';
import { absoluteUrl } from './_lib/site';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/embed/', '/search'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
