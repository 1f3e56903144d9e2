import type { Sso } from '../../machines/school';

export type EmbedOptions = { origin: string; school: string | null; sso: Sso; mode: 'inline' | 'launcher'; start: string | null };

/** The one tag a school pastes into its intranet page (DESIGN.md's embed contract). */
export function embedSnippet({ origin, school, sso, mode, start }: EmbedOptions): string {
  const attributes = [
    `src="${origin}/embed.js"`,
    'async',
    school && `data-school-url="${school}"`,
    sso !== 'unknown' && `data-sso="${sso}"`,
    mode === 'launcher' && 'data-mode="launcher"',
    start && `data-start="${start}"`,
  ].filter(Boolean);
  return `<script ${attributes.join(' ')}></script>`;
}
