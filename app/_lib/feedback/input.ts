import { z } from 'zod';
import { isStateKey, type StateKey } from '../../../machines/states';
import { treeEdges } from '../../../machines/tree';
import { commentMaxLength } from './settings';

const surface = z.enum(['help', 'embed']);
const school = z.string().max(300);

/** `<scenario>/<step>` as the contract has it, or `start`, mapped to the machine's key. */
const step = z
  .string()
  .max(100)
  .transform((value, ctx): StateKey => {
    const key = value === 'start' ? value : value.replace('/', '.');
    if (/^[a-z-]+(\/[a-z-]+)?$/.test(value) && isStateKey(key)) return key;
    ctx.addIssue({ code: 'custom', message: 'unknown step', params: { status: 422 } });
    return z.NEVER;
  });

/** Keys outside these are refused (400), never merged: `__proto__` included. */
export const feedbackInput = z
  .object({
    step,
    outcome: z.enum(['solved', 'not-solved']),
    comment: z.string().max(commentMaxLength).optional(),
    surface: surface.optional(),
    school: school.optional(),
  })
  .strict();

export const eventInput = z
  .object({
    walk: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
    from: z.string().max(100),
    event: z.string().max(100),
    to: z.string().max(100),
    surface,
    school: school.optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    const known = treeEdges.some((edge) => edge.from === value.from && edge.event === value.event && edge.to === value.to);
    if (!known) ctx.addIssue({ code: 'custom', message: 'not an answer the wizard has', params: { status: 422 } });
  })
  .transform((value) => ({ ...value, from: value.from as StateKey, to: value.to as StateKey }));

export type FeedbackInput = z.infer<typeof feedbackInput>;
export type EventInput = z.infer<typeof eventInput>;

/** The status a refused body gets: 422 when it is well-formed but names no step or edge of the machine, else 400. */
export function statusOf(error: z.ZodError): 400 | 422 {
  const structural = error.issues.some((issue) => !(issue.code === 'custom' && issue.params?.status === 422));
  return structural ? 400 : 422;
}

export function messageOf(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') return `unexpected field: ${issue.keys.join(', ')}`;
  if (field === 'comment') return `comment must be at most ${commentMaxLength} characters`;
  if (field === 'outcome') return 'outcome must be "solved" or "not-solved"';
  return field ? `${field}: ${issue.message}` : issue.message;
}
