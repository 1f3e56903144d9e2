import type { Metadata } from 'next';
import { CopyButton } from '../../../_components/copy-button';
import { embedSnippet, previewQuery } from '../../../_lib/embed-snippet';
import { scenarioLabels } from '../../../_lib/scenario-labels.server';
import { readSchoolInput } from '../../../_lib/school-input';
import { siteUrl } from '../../../_lib/site';
import { allowedHostSuffixes, parseSso } from '../../../../machines/school';
import { offeredScenario, offeredScenarios } from '../../../../machines/scenarios';

export const metadata: Metadata = {
  title: 'Add the login help to your school’s website',
  description: 'Set up the CPOMS login help for your school and copy the one line to paste into your intranet.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EmbedSetupPage({ searchParams }: Props) {
  const params = await searchParams;
  const raw = typeof params.school === 'string' ? params.school.trim().slice(0, 300) : '';
  const { school, error } = readSchoolInput(raw, allowedHostSuffixes(process.env.ALLOWED_SCHOOL_HOSTS));
  const sso = parseSso(params.sso);
  const mode = params.mode === 'launcher' ? 'launcher' : 'inline';
  const offered = typeof params.start === 'string' ? offeredScenario(params.start) : undefined;
  const start = offered?.scenario ?? null;
  // The site's public address, never the request's Host header: the line must work from any intranet.
  const origin = siteUrl.origin;
  const snippet = embedSnippet({ origin, school, sso, mode, start });
  const labels = await scenarioLabels();
  const preview = `/schools/embed/preview?${previewQuery({ school, sso, mode, start })}`;
  const described = ['school-hint', error && 'school-error', school && 'school-understood'].filter(Boolean).join(' ');

  return (
    <>
      <div className="mx-auto max-w-2xl px-4 pt-8">
      <h1 className="text-3xl font-bold">Add the login help to your school’s website</h1>
      <p className="mt-4">
        Staff get this help on your intranet, linked to your school’s own CPOMS login page. Fill this in, then copy one line
        into your page.
      </p>
      <form method="get" noValidate className="mt-8 space-y-6">
        <div>
          <label htmlFor="school" className="block font-bold">
            Your school’s CPOMS address
          </label>
          <p id="school-hint" className="text-base text-muted">
            The address of your CPOMS login page, for example myschool.cpoms.net
          </p>
          {error && (
            <p id="school-error" className="mt-1 font-bold text-error">
              <span className="sr-only">Error: </span>
              {error}
            </p>
          )}
          <input
            id="school"
            name="school"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            defaultValue={raw}
            aria-describedby={described}
            aria-invalid={Boolean(error)}
            className={`mt-2 w-full rounded border-2 bg-page px-3 py-2 text-ink ${error ? 'border-error' : 'border-ink'}`}
          />
          {school && (
            <p id="school-understood" className="mt-1 text-base">
              The line will use <strong className="break-words">{school}</strong>
            </p>
          )}
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
      {error ? (
        <p className="mt-3" data-testid="no-snippet">
          Correct your CPOMS address above, then choose ‘Update the line and preview’ to get your line.
        </p>
      ) : (
        <>
          <pre className="mt-3 whitespace-pre-wrap break-words rounded bg-panel p-4 text-base" data-testid="snippet" tabIndex={0} aria-label="The line to paste">
            <code>{snippet}</code>
          </pre>
          <p className="mt-3">
            <CopyButton copy={{ text: snippet }} label="Copy the line" />
          </p>
        </>
      )}

      <h2 className="mt-10 text-2xl font-bold">What your intranet needs</h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        <li>Paste the line into your page’s HTML where the help should appear. For the button, anywhere in the page will do.</li>
        <li>Pages served over http and over https both work.</li>
        <li>
          If your intranet has a content security policy (whoever looks after it will know), add <code>{origin}</code> to its{' '}
          <code>script-src</code> directive, so the page can load the line, and to its <code>frame-src</code> directive, so it
          can show the help. Nothing else is needed: the help adds no styles, cookies or other sites.
        </li>
        <li>
          If the help cannot load (a web filter blocks this site, say), your page says so and offers a link to open it in a new
          tab instead. Whoever runs this site can also limit which intranets may show it; if the link appears, ask them to add
          your intranet’s address.
        </li>
      </ul>
      </div>

      {!error && (
        <section aria-labelledby="preview-heading" className="mx-auto mt-10 max-w-6xl px-4 pb-8">
          <h2 id="preview-heading" className="text-2xl font-bold">
            Preview
          </h2>
          <p className="mt-2">{mode === 'launcher' ? 'Choose ‘Login help’ in the corner to open it.' : 'As it will sit in your page.'}</p>
          <div className="mt-3 flex flex-wrap items-start gap-6">
            <figure>
              <iframe src={`${preview}&view=phone`} title="Preview on a phone" className="h-[640px] w-[360px] max-w-full rounded border-2 border-line" />
              <figcaption className="mt-1 text-base text-muted">On a phone</figcaption>
            </figure>
            <figure className="min-w-0 flex-1 basis-[36rem]">
              <iframe src={`${preview}&view=computer`} title="Preview on a computer" className="h-[640px] w-full rounded border-2 border-line" />
              <figcaption className="mt-1 text-base text-muted">On a computer</figcaption>
            </figure>
          </div>
        </section>
      )}
    </>
  );
}
