import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cache } from 'react';
import { bundleMDX } from 'mdx-bundler';
import { browserIds, browserSchema, stepSchema, type BrowserId } from '../../content/schema';
import { ContentError, parseFrontmatter } from '../../content/parse';
import { choiceEventsOf, stateKeys, type StateKey } from '../../machines/states';
import { browserFile, stepFile } from './content-files';

async function bundle(file: string) {
  const source = await readFile(path.join(process.cwd(), 'content', path.relative('content', file)), 'utf8');
  try {
    return await bundleMDX({ source });
  } catch (error) {
    throw new ContentError(`${file}: MDX does not compile: ${(error as Error).message}`);
  }
}

const compiled = new Map<string, ReturnType<typeof bundle>>();

/**
 * Every page's layout needs every step's labels, and React's cache() lasts one render: without this, a build
 * compiled each file once per page, so its time grew with the square of the tree. Content cannot change under a
 * build or a production server; the dev server compiles afresh so edits show.
 */
function compile(file: string) {
  if (process.env.NODE_ENV !== 'production') return bundle(file);
  let result = compiled.get(file);
  if (!result) {
    result = bundle(file);
    compiled.set(file, result);
  }
  return result;
}

/** The words of an MDX body without its markup, for the search index. */
function plainText(body: string): string {
  return body
    .replace(/\b(?:title|subject|body|label|value)=(?:"([^"]*)"|\{`([^`]*)`\})/g, ' $1 $2 ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/[*_#>`[\]()|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A step's words: the frontmatter must offer exactly the choices the machine gives that state. */
export const loadStep = cache(async (key: StateKey) => {
  const file = stepFile(key);
  const { code, frontmatter, matter } = await compile(file);
  const meta = parseFrontmatter(stepSchema, frontmatter, file);
  const expected = choiceEventsOf(key);
  const given = Object.keys(meta.choices ?? {});
  const missing = expected.filter((event) => !given.includes(event));
  const extra = given.filter((event) => !(expected as string[]).includes(event));
  if (missing.length || extra.length) {
    throw new ContentError(
      `${file}: choices: ${[...missing.map((e) => `missing ${e}`), ...extra.map((e) => `${e} is not a choice the machine offers here`)].join('; ')}`,
    );
  }
  if (expected.length > 0 && !meta.question) throw new ContentError(`${file}: question: required when the step has choices`);
  return { key, code, meta, text: plainText(matter.content), choiceLabel: (event: string) => meta.choices?.[event] ?? event };
});

export type LoadedStep = Awaited<ReturnType<typeof loadStep>>;

export const loadAllSteps = cache(() => Promise.all(stateKeys.map(loadStep)));

export const loadBrowser = cache(async (id: BrowserId) => {
  const file = browserFile(id);
  const { code, frontmatter } = await compile(file);
  return { id, code, meta: parseFrontmatter(browserSchema, frontmatter, file) };
});

export const loadAllBrowsers = cache(() => Promise.all(browserIds.map(loadBrowser)));
