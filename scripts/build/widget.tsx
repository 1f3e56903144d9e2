import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { WidgetNotFound, WidgetStep, type WidgetAssets } from '../../app/_components/widget-document';
import { loadStep } from '../../app/_lib/content.server';
import { shareCardOf } from '../../app/_lib/share-card.server';
import { stylesheetsOf, widgetFile, type WidgetFiles } from '../../app/_lib/widget-files';
import { pathOf } from '../../machines/paths';
import { stateKeys } from '../../machines/states';

/** Where a prerendered page of the site links Next's compiled CSS (tests/unit/widget-files.test.ts holds this). */
export const cssSource = '.next/server/app/index.html';

/** app/_dom/widget.ts for browsers: one small file, with the settings the site's own script has fixed at build. */
async function bundleScript(root: string): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [path.join(root, 'app/_dom/widget.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    write: false,
    legalComments: 'none',
    define: {
      'process.env.ALLOWED_SCHOOL_HOSTS': JSON.stringify(process.env.ALLOWED_SCHOOL_HOSTS ?? ''),
      'process.env.FEEDBACK_AT_BUILD': JSON.stringify(process.env.FEEDBACK_AT_BUILD),
    },
  });
  return outputFiles[0].text;
}

const documentOf = (element: ReactElement) => `<!DOCTYPE html>${renderToStaticMarkup(element)}`;

/**
 * Renders every step of the widget to a static HTML document with the project's own react-dom/server, in plain
 * Node, after `next build` (whose CSS the pages link), and writes them with the script to .next/login-help/.
 */
export async function writeWidget(root = process.cwd()) {
  const stylesheets = stylesheetsOf(await readFile(path.join(root, cssSource), 'utf8'), cssSource);
  for (const href of stylesheets) await readFile(path.join(root, '.next', href.replace('/_next/', ''))).catch(() => {
    throw new Error(`${cssSource} links ${href}, which the build did not write`);
  });
  const body = await bundleScript(root);
  const hash = createHash('sha256').update(body).digest();
  const script = { path: `/embed/widget-${hash.toString('hex').slice(0, 12)}.js`, body };
  const assets: WidgetAssets = { stylesheets, script: { src: script.path, integrity: `sha256-${hash.toString('base64')}` } };
  const pages: WidgetFiles['pages'] = {};
  for (const key of stateKeys) {
    const { meta } = loadStep(key);
    const share = { description: meta.description, imageAlt: (await shareCardOf(key)).alt };
    pages[pathOf(key, 'embed')] = documentOf(<WidgetStep stateKey={key} title={meta.title} share={share} assets={assets} />);
  }
  const files: WidgetFiles = { pages, notFound: documentOf(<WidgetNotFound assets={assets} />), script };
  await writeFile(path.join(root, widgetFile), JSON.stringify(files));
  return { pages: stateKeys.length, scriptBytes: body.length };
}
