/** The widget's pages and script, rendered at build (scripts/build/widget.tsx) and served by app/embed/[[...path]]/route.ts. */
export type WidgetFiles = {
  /** Each step's static HTML document, by its /embed path. */
  pages: Record<string, string>;
  notFound: string;
  /** The one script every page loads; its name carries its hash. */
  script: { path: string; body: string };
};

export const widgetFile = '.next/login-help/widget.json';

/** The stylesheets Next compiled for the site, as a prerendered page links them: the widget links the same files. */
export function stylesheetsOf(html: string, source: string): string[] {
  const hrefs = [...html.matchAll(/<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/g)].map((match) => match[1]);
  if (hrefs.length === 0) throw new Error(`No compiled stylesheet is linked from ${source}: the widget's pages would have no styles. Has Next changed how it links CSS?`);
  return hrefs;
}
