import type { z } from 'zod';

/** Frontmatter checked against its schema; a bad file stops the build naming the file and the field. */
export function parseFrontmatter<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : '(frontmatter)';
    const keys = 'keys' in issue && Array.isArray(issue.keys) ? ` ${issue.keys.join(', ')}` : '';
    return `  ${field}:${keys} ${issue.message}`;
  });
  throw new ContentError(`${file}: invalid frontmatter\n${problems.join('\n')}`);
}

export class ContentError extends Error {
  name = 'ContentError';
}
