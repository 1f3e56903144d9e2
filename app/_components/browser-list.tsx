import { loadAllBrowsers } from '../_lib/content.server';
import { BrowserPicker } from './browser-picker';
import { MdxContent } from './mdx-content';
import { textComponents } from './mdx-text-components';

export async function BrowserList() {
  const browsers = await loadAllBrowsers();
  return (
    <BrowserPicker
      browsers={browsers.map(({ id, code, meta }) => ({
        id,
        name: meta.name,
        section: (
          <>
            <p className="text-base text-muted">{meta.platform}</p>
            {meta.retired && (
              <p className="border-l-4 border-error px-4 py-1 font-bold">{meta.retired}</p>
            )}
            <MdxContent code={code} components={textComponents} />
          </>
        ),
      }))}
    />
  );
}
