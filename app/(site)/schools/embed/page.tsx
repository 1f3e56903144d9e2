import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { CopyButton } from '../../../_components/copy-button';
import { embedSnippet } from '../../../_lib/embed-snippet';
import { scenarioLabels } from '../../../_lib/scenario-labels.server';
import { allowedHostSuffixes, parseSchoolUrl, parseSso } from '../../../../machines/school';
import { contextQuery, pathOf } from '../../../../machines/paths';
import { offeredScenario, offeredScenarios } from '../../../../machines/scenarios';

export const metadata: Metadata = {
  title: 'Add the login help to your school’s website',
  description: 'Set up the CPOMS login help for your school and copy the one line to paste into your intranet.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function siteOrigin() {
  if (process.env.SITE_URL) return new URL(process.env.SITE_URL).origin;
  const host = (await headers()).get('host') ?? 'localhost:3000';
  return /^[a-z0-9.-]+(:\d+)?$/i.test(host) ? `http://${host}` : 'http://localhost:3000';
}

export default async function EmbedSetupPage({ searchParams }: Props) {
  const params = await searchParams;
  const raw = typeof params.school === 'string' ? params.school.trim().slice(0, 300) : '';
  const school = parseSchoolUrl(raw, allowedHostSuffixes(process.env.ALLOWED_SCHOOL_HOSTS));
  const sso = parseSso(params.sso);
  const mode = params.mode === 'launcher' ? 'launcher' : 'inline';
  const offered = typeof params.start === 'string' ? offeredScenario(params.start) : undefined;
  const start = offered?.scenario ?? null;
  const origin = await siteOrigin();
  const snippet = embedSnippet({ origin, school, sso, mode, start });
  const labels = await scenarioLabels();
  const preview = pathOf(offered?.first ?? 'start', 'embed') + contextQuery({ school, sso });

  return (
    <div className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-3xl font-bold">Add the login help to your school’s website</h1>
      <p className="mt-4">
        Staff get this help on your intranet, linked to your school’s own CPOMS login page. Fill this in, then copy one line
        into your page. It works on pages that only allow scripts and frames from this site.
      </p>
      <form method="get" className="mt-8 space-y-6">
        <div>
          <label htmlFor="school" className="block font-bold">
            Your school’s CPOMS address
          </label>
          <p id="school-hint" className="text-base text-muted">
            The address of your CPOMS login page, for example https://yourschool.cpoms.net
          </p>
          {raw && !school && (
            <p id="school-error" className="mt-1 font-bold text-error">
              <span className="sr-only">Error: </span>Enter an https address ending in cpoms.net
            </p>
          )}
          <input
            id="school"
            name="school"
            type="url"
            defaultValue={raw}
            aria-describedby={`school-hint${raw && !school ? ' school-error' : ''}`}
            aria-invalid={Boolean(raw && !school)}
            className="mt-2 w-full rounded border-2 border-ink bg-page px-3 py-2 text-ink"
          />
        </div>
        <fieldset>
          <legend className="font-bold">Do any of your staff sign in with CPOMS SSO?</legend>
          <p className="text-base text-muted">SSO users have access to more than one CPOMS system, such as CPOMS StaffSafe.</p>
          {(
            [
              ['yes', 'Yes, some staff use CPOMS SSO'],
              ['no', 'No, everyone uses CPOMS Identity'],
              ['unknown', 'I’m not sure'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="mt-2 flex items-center gap-3">
              <input type="radio" name="sso" value={value} defaultChecked={sso === value} className="h-6 w-6" />
              {label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend className="font-bold">How should it appear?</legend>
          <label className="mt-2 flex items-center gap-3">
            <input type="radio" name="mode" value="inline" defaultChecked={mode === 'inline'} className="h-6 w-6" />
            In the page, where you paste the line
          </label>
          <label className="mt-2 flex items-center gap-3">
            <input type="radio" name="mode" value="launcher" defaultChecked={mode === 'launcher'} className="h-6 w-6" />
            As a ‘Login help’ button in the corner of the page
          </label>
        </fieldset>
        <div>
          <label htmlFor="start" className="block font-bold">
            Start at
          </label>
          <select id="start" name="start" defaultValue={start ?? ''} className="mt-2 w-full rounded border-2 border-ink bg-page px-3 py-2 text-ink">
            <option value="">The list of problems</option>
            {offeredScenarios.map(({ scenario }) => (
              <option key={scenario} value={scenario}>
                {labels.get(scenario)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Update the line and preview
        </button>
      </form>

      <h2 className="mt-10 text-2xl font-bold">Your line to paste</h2>
      <pre className="mt-3 whitespace-pre-wrap wrap-anywhere rounded bg-panel p-4 text-base" data-testid="snippet" tabIndex={0} aria-label="The line to paste">
        <code>{snippet}</code>
      </pre>
      <p className="mt-3">
        <CopyButton text={snippet} label="Copy the line" />
      </p>

      <h2 className="mt-10 text-2xl font-bold">Preview</h2>
      <iframe src={preview} title="Preview of the login help" className="mt-3 h-[36rem] w-full rounded border-2 border-line" />
    </div>
  );
}
