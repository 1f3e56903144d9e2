import type { Sso } from '../../machines/school';

export type EmbedOptions = { origin: string; school: string | null; sso: Sso; mode: 'inline' | 'launcher'; start: string | null };
type Choices = Omit<EmbedOptions, 'origin'>;

/** The loader's data-* attributes for these choices (DESIGN.md's embed contract), in the order the line shows them. */
export function embedAttributes({ school, sso, mode, start }: Choices): Record<`data-${string}`, string> {
  return Object.fromEntries(
    [
      ['data-school-url', school],
      ['data-sso', sso === 'unknown' ? null : sso],
      ['data-mode', mode === 'launcher' ? mode : null],
      ['data-start', start],
    ].filter((entry): entry is [string, string] => entry[1] !== null),
  );
}

/** The one tag a school pastes into its intranet page. */
export function embedSnippet({ origin, ...choices }: EmbedOptions): string {
  const attributes = Object.entries(embedAttributes(choices)).map(([name, value]) => `${name}="${value}"`);
  return `<script ${[`src="${origin}/embed.js"`, 'async', ...attributes].join(' ')}></script>`;
}

/** The setup page's choices as the query of its preview page, which runs the loader with them. */
export function previewQuery({ school, sso, mode, start }: Choices): string {
  const params = new URLSearchParams({ sso, mode });
  if (school) params.set('school', school);
  if (start) params.set('start', start);
  return params.toString();
}
