import { z } from 'zod';

const label = z.string().trim().min(2).max(90);

export const stepSchema = z
  .object({
    title: label,
    description: z.string().trim().min(20).max(170),
    question: label.optional(),
    choices: z.record(z.string().regex(/^(choose|answer)\.[a-z-]+$/), label).optional(),
    keywords: z.array(z.string().trim().min(2)).optional(),
  })
  .strict();

export type StepFrontmatter = z.infer<typeof stepSchema>;

export const browserIds = ['chrome', 'edge', 'firefox', 'safari-mac', 'safari-ios', 'internet-explorer'] as const;
export type BrowserId = (typeof browserIds)[number];

export const browserSchema = z
  .object({
    name: label,
    platform: label,
    address: z.string().regex(/^(chrome|edge|about):\/?\/?[a-z/-]+$/).optional(),
    retired: z.string().trim().min(10).optional(),
  })
  .strict();

export type BrowserFrontmatter = z.infer<typeof browserSchema>;
