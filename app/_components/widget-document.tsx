import type { ReactNode } from 'react';
import type { StateKey } from '../../machines/state-key';
import { pathOf } from '../../machines/paths';
import { ogImageSize, ogPathOf } from '../_lib/og-params';
import { absoluteUrl, siteName } from '../_lib/site';
import { StepView } from './step-view';

export type WidgetAssets = { stylesheets: string[]; script: { src: string; integrity: string } };

/** What a pasted link to a widget page previews: the same card as its /help page, which search engines are sent to. */
export type WidgetShare = { description: string; imageAlt: string };

type Props = { assets: WidgetAssets; title: string; share?: WidgetShare; fullSite: StateKey; children: ReactNode };

function ShareMeta({ title, share, url, image }: { title: string; share: WidgetShare; url: string; image: string }) {
  const og = {
    type: 'website', site_name: siteName, locale: 'en_GB', url, title, description: share.description, image,
    'image:width': String(ogImageSize.width), 'image:height': String(ogImageSize.height), 'image:alt': share.imageAlt, 'image:type': 'image/png',
  };
  const twitter = { card: 'summary_large_image', title, description: share.description, image, 'image:alt': share.imageAlt };
  return (
    <>
      <meta name="description" content={share.description} />
      {Object.entries(og).map(([name, content]) => <meta key={name} property={`og:${name}`} content={content} />)}
      {Object.entries(twitter).map(([name, content]) => <meta key={name} name={`twitter:${name}`} content={content} />)}
    </>
  );
}

/**
 * A whole page of the widget, rendered to static HTML at build (scripts/build/widget.tsx): the site's compiled CSS and
 * one external script, no framework runtime and nothing inline, so its policy needs no hashes.
 */
function WidgetDocument({ assets, title, share, fullSite, children }: Props) {
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${siteName}`}</title>
        {share && <ShareMeta title={title} share={share} url={absoluteUrl(pathOf(fullSite))} image={absoluteUrl(ogPathOf(fullSite))} />}
        <meta name="robots" content="noindex, nofollow" />
        <link rel="canonical" href={absoluteUrl(pathOf(fullSite))} />
        {assets.stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
        <script src={assets.script.src} integrity={assets.script.integrity} defer />
      </head>
      <body>
        <div id="embed-root" className="flow-root">
          <main id="main">{children}</main>
          <footer className="mx-auto max-w-2xl px-4 pb-4 text-base">
            <a href={pathOf(fullSite)} data-key={fullSite} data-surface="help" target="_blank" rel="noopener">
              Open this help in a new tab<span className="sr-only"> (opens in a new tab)</span>
            </a>
          </footer>
        </div>
      </body>
    </html>
  );
}

export function WidgetStep({ stateKey, title, share, assets }: { stateKey: StateKey; title: string; share: WidgetShare; assets: WidgetAssets }) {
  return (
    <WidgetDocument assets={assets} title={title} share={share} fullSite={stateKey}>
      <StepView stateKey={stateKey} surface="embed" />
    </WidgetDocument>
  );
}

export function WidgetNotFound({ assets }: { assets: WidgetAssets }) {
  return (
    <WidgetDocument assets={assets} title="Page not found" fullSite="start">
      <div className="mx-auto max-w-2xl px-4 py-8">
        <h1 className="text-3xl font-bold">Page not found</h1>
        <p className="mt-4">This step of the help does not exist, or has moved.</p>
        <p className="mt-2">
          <a href={pathOf('start', 'embed')} data-key="start">
            Start from the list of login problems
          </a>
        </p>
      </div>
    </WidgetDocument>
  );
}
