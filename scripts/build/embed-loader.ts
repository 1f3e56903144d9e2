import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { offeredScenarios } from '../../machines/scenarios';

/** The loader's readable source; it names the scenarios as a placeholder, filled in from the machine here. */
export const loaderSourcePath = join(process.cwd(), 'app/embed.js/embed-loader.js');

const scenariosToken = '__SCENARIOS__';

/** What `/embed.js` serves: the loader with the start page's scenarios written in, minified at build (generated/embed-loader.ts). */
export async function embedLoader(): Promise<string> {
  const source = await readFile(loaderSourcePath, 'utf8');
  if (source.split(scenariosToken).length !== 2) throw new Error(`${loaderSourcePath} must name ${scenariosToken} exactly once`);
  const filled = source.replace(scenariosToken, offeredScenarios.map(({ scenario }) => scenario).join(' '));
  const { code } = await transform(filled, { minify: true, target: 'es2017', legalComments: 'none' });
  return code;
}
