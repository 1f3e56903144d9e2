import type { ReactNode } from 'react';
import type { StateKey } from '../../machines/state-key';
import { pathOf } from '../../machines/paths';
import { siteName } from '../_lib/site';
import { StepView } from './step-view';

export type WidgetAssets = { stylesheets: string[]; script: { src: string; integrity: string } };

type Props = { assets: WidgetAssets; title: string; description?: string; fullSite: StateKey; children: ReactNode };

/**
 * A whole page of the widget, rendered to static HTML at build (scripts/build/widget.tsx): the site's compiled CSS and
 * one external script, no framework runtime and nothing inline, so its policy needs no hashes.
 */
function WidgetDocument({ assets, title, description, fullSite, children }: Props) {
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${siteName}`}</title>
        {description && <meta name="description" content={description} />}
        <meta name="robots" content="noindex, nofollow" />
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

export function WidgetStep({ stateKey, title, description, assets }: { stateKey: StateKey; title: string; description: string; assets: WidgetAssets }) {
  return (
    <WidgetDocument assets={assets} title={title} description={description} fullSite={stateKey}>
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
