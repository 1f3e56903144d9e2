import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../content/compile';

async function contentWith(file: string, edit: (source: string) => string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'login-help-content-'));
  await cp('content', path.join(root, 'content'), { recursive: true });
  const target = path.join(root, file);
  await writeFile(target, edit(await readFile(target, 'utf8')));
  return root;
}

describe('the build’s content compiler', () => {
  it('compiles every step and browser section', async () => {
    const { steps, browsers } = await compileContent();
    expect(steps.map((step) => step.key)).toContain('wrong-password.saved-password');
    expect(browsers).toHaveLength(6);
    expect(steps.every((step) => step.code.length > 0 && step.text.length > 0)).toBe(true);
  });

  it('stops on a malformed file, naming the file and the field', async () => {
    const root = await contentWith('content/steps/link-expired/request-new-link.mdx', (source) => source.replace(/^title: .*$/m, 'title: 7'));
    await expect(compileContent(root)).rejects.toThrow(/content\/steps\/link-expired\/request-new-link\.mdx: invalid frontmatter\n\s+title:/);
  });

  it('stops on a file whose choices are not the machine’s', async () => {
    const root = await contentWith('content/steps/link-expired/request-new-link.mdx', (source) => source.replace(/answer\.fixed:/, 'answer.fixd:'));
    await expect(compileContent(root)).rejects.toThrow(/request-new-link\.mdx: choices: missing answer\.fixed; answer\.fixd is not a choice/);
  });
});
