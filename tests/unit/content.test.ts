import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllBrowsers, loadStep } from '../../app/_lib/content.server';
import { stepFile } from '../../content/files';
import { choiceEventsOf, isEnd, stateKeys } from '../../machines/states';

async function mdxFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.mdx')).map((e) => path.relative(process.cwd(), path.join(e.parentPath, e.name)));
}

describe('content integrity', () => {
  it('has exactly one MDX file per state, and no orphan files', async () => {
    const files = await mdxFiles('content/steps');
    expect(files.sort()).toEqual(stateKeys.map(stepFile).sort());
  });

  it.each(stateKeys)('%s offers exactly the machine’s choices, each with words', async (key) => {
    const { meta } = await loadStep(key);
    expect(Object.keys(meta.choices ?? {}).sort()).toEqual([...choiceEventsOf(key)].sort());
    if (isEnd(key)) expect(meta.question).toBeUndefined();
    else expect(meta.question).toBeTruthy();
  });

  it('has every step title unique, so each link reads as what it is', async () => {
    const titles = await Promise.all(stateKeys.map(async (key) => (await loadStep(key)).meta.title));
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('has instructions for every browser, Internet Explorer marked retired', async () => {
    const browsers = await loadAllBrowsers();
    expect(browsers.map((b) => b.id)).toEqual(['chrome', 'edge', 'firefox', 'safari-mac', 'safari-ios', 'internet-explorer']);
    expect(browsers.find((b) => b.id === 'internet-explorer')?.meta.retired).toMatch(/15 June 2022/);
    expect((await mdxFiles('content/browsers')).length).toBe(browsers.length);
  });
});
