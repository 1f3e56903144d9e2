import { z } from 'zod';

const hex = z.string().regex(/^#[0-9a-f]{6}$/i);
const colorsSchema = z.object({ page: hex, ink: hex, muted: hex, panel: hex, brand: hex, line: hex });

export type ThemeColors = z.infer<typeof colorsSchema>;

/** The light theme's colours from the `@theme` block of globals.css, so images drawn outside CSS match the site. */
export function themeColors(css: string): ThemeColors {
  const theme = /@theme\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const colors = Object.fromEntries([...theme.matchAll(/--color-([a-z-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim()]));
  const result = colorsSchema.safeParse(colors);
  if (result.success) return result.data;
  throw new Error(`app/globals.css @theme: ${result.error.issues.map((issue) => `--color-${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
}
