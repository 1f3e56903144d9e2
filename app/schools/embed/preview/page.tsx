import type { Metadata } from 'next';
import { embedAttributes } from '../../../_lib/embed-snippet';
import { allowedHostSuffixes, parseSchoolUrl, parseSso } from '../../../../machines/school';
import { offeredScenario } from '../../../../machines/scenarios';

export const metadata: Metadata = { title: 'Preview of your intranet page', robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A stand-in intranet page for /schools/embed's preview: the real loader, with the choices made there. */
export default async function EmbedPreviewPage({ searchParams }: Props) {
  const params = await searchParams;
  const attributes = embedAttributes({
    school: parseSchoolUrl(params.school, allowedHostSuffixes(process.env.ALLOWED_SCHOOL_HOSTS)),
    sso: parseSso(params.sso),
    mode: params.mode === 'launcher' ? 'launcher' : 'inline',
    start: typeof params.start === 'string' ? (offeredScenario(params.start)?.scenario ?? null) : null,
  });
  // Shown twice on the setup page, so each copy's landmark names its width.
  const view = params.view === 'phone' ? 'on a phone' : 'on a computer';
  return (
    <main className="min-h-screen p-4" aria-label={`Your intranet page ${view}`}>
      <h1 className="text-xl font-bold">Your intranet page</h1>
      <p className="mt-2 text-base text-muted">Your own content stays as it is; the help appears where you paste the line.</p>
      <div id="widget-slot" className="mt-4" />
      <script src="/embed.js" async data-target="#widget-slot" {...attributes} />
    </main>
  );
}
