import 'server-only';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { offeredScenarios } from '../../machines/scenarios';

/** The loader's readable source; it names the scenarios as a placeholder, filled in from the machine here. */
export const loaderSourcePath = join(process.cwd(), 'app/embed.js/embed-loader.js');

/** What `/embed.js` serves: the loader with the start page's scenarios written in, minified (built once, at build). */
export async function embedLoader(): Promise<string> {
  const source = await readFile(loaderSourcePath, 'utf8');
  const filled = source.replace('__SCENARIOS__', offeredScenarios.map(({ scenario }) => scenario).join(' '));
  const { code } = await transform(filled, { minify: true, target: 'es2017', legalComments: 'none' });
  return code;
}
