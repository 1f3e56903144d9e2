import { z } from 'zod';
import { isStateKey, stateKeys, type StateKey } from '../../machines/states';

const slug = '[a-z]+(?:-[a-z]+)*';

/** `/og/start.png` for the start page, `/og/<scenario>/<step>.png` for every other state. */
export function ogPathOf(key: StateKey): string {
  return `/og/${key.replace('.', '/')}.png`;
}

/** The segments of an OG image path after `/og/`, parsed to the state whose card it is. */
export const ogSegmentsSchema = z
  .array(z.string())
  .min(1)
  .max(2)
  .transform((segments) => segments.join('/'))
  .pipe(z.string().regex(new RegExp(`^(?:${slug}/)?${slug}\\.png$`)))
  .transform((path, ctx) => {
    const key = path.slice(0, -'.png'.length).replace('/', '.');
    if (isStateKey(key)) return key;
    ctx.addIssue({ code: 'custom', message: `${key} is not a state of the machine` });
    return z.NEVER;
  });

export function ogKeyOf(segments: unknown): StateKey | null {
  const result = ogSegmentsSchema.safeParse(segments);
  return result.success ? result.data : null;
}

export function ogParams(): { path: string[] }[] {
  return stateKeys.map((key) => ({ path: ogPathOf(key).split('/').slice(2) }));
}

export const ogImageSize = { width: 1200, height: 630 } as const;
