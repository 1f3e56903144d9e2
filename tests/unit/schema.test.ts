import { describe, expect, it } from 'vitest';
import { browserSchema, stepSchema } from '../../content/schema';
import { ContentError, parseFrontmatter } from '../../content/parse';

const file = 'content/steps/wrong-password/check-details.mdx';
const good = {
  title: 'Check the web address and your login details',
  description: 'A description long enough to be a useful preview of the step.',
  question: 'Can you log in now?',
  choices: { 'answer.fixed': 'Yes, I can log in now' },
};

function problem(data: unknown, schema: typeof stepSchema | typeof browserSchema = stepSchema) {
  try {
    parseFrontmatter(schema, data, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('expected the frontmatter to be rejected');
}

describe('frontmatter schema', () => {
  it('accepts a well-formed step', () => {
    expect(parseFrontmatter(stepSchema, good, file)).toEqual(good);
  });

  it.each([
    ['a missing title', { ...good, title: undefined }, 'title'],
    ['a title of the wrong type', { ...good, title: 42 }, 'title'],
    ['a description too short to preview', { ...good, description: 'Short' }, 'description'],
    ['an unknown field (typo)', { ...good, qestion: 'Can you log in?' }, 'qestion'],
    ['a choice that is not an event', { ...good, choices: { fixed: 'Yes' } }, 'choices.fixed'],
    ['an empty choice label', { ...good, choices: { 'answer.fixed': '' } }, 'choices.answer.fixed'],
    ['keywords that are not a list', { ...good, keywords: 'spam' }, 'keywords'],
  ])('rejects %s, naming the file and the field', (_, data, field) => {
    const message = problem(data);
    expect(message).toContain(file);
    expect(message).toContain(field);
  });

  it('rejects a browser file with a web link where a browser address belongs', () => {
    const message = problem({ name: 'Google Chrome', platform: 'Windows', address: 'https://evil.example' }, browserSchema);
    expect(message).toContain('address');
  });
});
