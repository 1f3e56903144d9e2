import { loadAllBrowsers } from '../_lib/content.server';
import { MdxContent } from './mdx-content';
import { textComponents } from './mdx-text-components';

/**
 * Every browser's steps, all open: so they work without script and all print. app/_dom/browsers.ts puts the
 * reader's browser first and open, and closes the others.
 */
export function BrowserList() {
  return (
    <div data-browsers="">
      <p className="font-bold" data-testid="detected-browser" data-detected-note="" hidden />
      <div className="mt-4 flex flex-col gap-3">
        {loadAllBrowsers().map(({ id, code, meta }) => (
          <details key={id} id={id} open data-browser-name={meta.name} className="rounded border-2 border-line">
            <summary className="cursor-pointer px-4 py-3 text-xl font-bold">{meta.name}</summary>
            <div className="prose-step border-t border-line px-4 py-4">
              <p className="text-base text-muted">{meta.platform}</p>
              {meta.retired && <p className="border-l-4 border-error px-4 py-1 font-bold">{meta.retired}</p>}
              <MdxContent code={code} components={textComponents} />
            </div>
          </details>
        ))}
      </div>
    </div>
  );
}
