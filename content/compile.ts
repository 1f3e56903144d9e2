import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleMDX } from 'mdx-bundler';
import { browserIds, browserSchema, stepSchema, type BrowserId } from './schema';
import { ContentError, parseFrontmatter } from './parse';
import { browserFile, stepFile } from './files';
import { choiceEventsOf, stateKeys, type StateKey } from '../machines/states';
import type { CompiledBrowser, CompiledContent, CompiledStep } from './compiled';

async function bundle(root: string, file: string) {
  const source = await readFile(path.join(root, file), 'utf8');
  try {
    return await bundleMDX({ source });
  } catch (error) {
    throw new ContentError(`${file}: MDX does not compile: ${(error as Error).message}`);
  }
}

/** The words of an MDX body without its markup, for the search index. */
export function plainText(body: string): string {
  return body
    .replace(/\b(?:title|subject|body|label|value)=(?:"([^"]*)"|\{`([^`]*)`\})/g, ' $1 $2 ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/[*_#>`[\]()|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A step's words: the frontmatter must offer exactly the choices the machine gives that state. */
async function compileStep(root: string, key: StateKey): Promise<CompiledStep> {
  const file = stepFile(key);
  const { code, frontmatter, matter } = await bundle(root, file);
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
  return { key, code, meta, text: plainText(matter.content) };
}

async function compileBrowser(root: string, id: BrowserId): Promise<CompiledBrowser> {
  const file = browserFile(id);
  const { code, frontmatter } = await bundle(root, file);
  return { id, code, meta: parseFrontmatter(browserSchema, frontmatter, file) };
}

/** Every step and browser section, compiled and checked: what the build writes into the generated module. */
export async function compileContent(root = process.cwd()): Promise<CompiledContent> {
  const [steps, browsers] = await Promise.all([
    Promise.all(stateKeys.map((key) => compileStep(root, key))),
    Promise.all(browserIds.map((id) => compileBrowser(root, id))),
  ]);
  return { steps, browsers };
}
