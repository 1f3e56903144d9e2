import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { DailyChart } from '../../_components/daily-chart';
import { TreeMapSvg } from '../../_components/tree-map';
import { tokenMatches } from '../../_lib/insights/auth.server';
import { parseRange, presetDays } from '../../_lib/insights/range';
import { layOutTree } from '../../_lib/map-layout';
import { scenarioLabels } from '../../_lib/scenario-labels.server';
import { store } from '../../_lib/store/database.server';
import { edgeCount, insightsOf, type Count } from '../../_lib/store/insights.server';
import { treeGroups } from '../../_lib/tree-groups.server';
import type { StateKey } from '../../../machines/states';

export const metadata: Metadata = { title: 'Insights', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);

/** Whoever serves the page answers a missing or wrong password with a 401 first; this is the second lock. */
async function allowed(): Promise<boolean> {
  const token = process.env.INSIGHTS_TOKEN;
  if (!token) return false;
  const authorization = (await headers()).get('authorization') ?? '';
  if (!authorization.startsWith('Basic ')) return false;
  const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
  return tokenMatches(decoded.slice(decoded.indexOf(':') + 1), token);
}

function Breakdown({ title, rows }: { title: string; rows: Count[] }) {
  return (
    <table className="mt-2 w-full text-base">
      <caption className="text-left font-bold">{title}</caption>
      <thead>
        <tr>
          <th scope="col" className="text-left">Name</th>
          <th scope="col" className="text-right">Walks</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <td>{row.name}</td>
            <td className="text-right">{row.walks}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function InsightsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!(await allowed())) notFound();
  const raw = await searchParams;
  const params = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])));
  const parsed = parseRange(params);
  const range = parsed.ok ? parsed : (parseRange(new URLSearchParams()) as Extract<typeof parsed, { ok: true }>);
  const [insights, { steps }, labels] = await Promise.all([insightsOf(await store(), range), treeGroups(), scenarioLabels()]);
  const titleOf = (key: string) => steps.get(key as StateKey)?.meta.title ?? key;
  const open = insights.steps.filter((s) => s.exits > 0);
  const weakest = open.length ? open.reduce((a, b) => (b.dropOff > a.dropOff ? b : a)) : null;
  const dropOf = new Map(insights.steps.map((s) => [s.key, s]));
  const map = layOutTree({
    title: (key) => {
      const s = dropOf.get(key)!;
      return `${titleOf(key)} · ${s.views} seen${s.exits ? `, ${percent(s.dropOff)} left` : ''}`;
    },
    choice: (edge) => `${steps.get(edge.from)!.choiceLabel(edge.event)} (${edgeCount(insights, edge)})`,
    scenario: (scenario) => labels.get(scenario) ?? scenario,
  });
  const exportQuery = new URLSearchParams({ from: insights.from.slice(0, 10), to: new Date(Date.parse(insights.to) - 1).toISOString().slice(0, 10) });

  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-3xl font-bold">Insights</h1>
      <form method="get" action="/insights" className="mt-4 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="days" className="block font-bold">Last</label>
          <select id="days" name="days" defaultValue={String(parsed.ok && parsed.days ? parsed.days : 30)} className="rounded border-2 border-ink bg-page p-2 text-ink">
            {presetDays.map((d) => (
              <option key={d} value={d}>{d} days</option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-secondary">Show</button>
      </form>
      <form method="get" action="/insights" className="mt-3 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="from" className="block font-bold">From</label>
          <input id="from" name="from" type="date" defaultValue={insights.from.slice(0, 10)} className="rounded border-2 border-ink bg-page p-2 text-ink" />
        </div>
        <div>
          <label htmlFor="to" className="block font-bold">To</label>
          <input id="to" name="to" type="date" defaultValue={exportQuery.get('to')!} className="rounded border-2 border-ink bg-page p-2 text-ink" />
        </div>
        <button type="submit" className="button-secondary">Show range</button>
      </form>
      {!parsed.ok && <p role="alert" className="mt-2 font-bold text-error">{parsed.error}: showing the last 30 days.</p>}
      <p className="mt-4">
        {insights.from.slice(0, 10)} to {exportQuery.get('to')} (UTC). Export:{' '}
        <a href={`/api/insights?${exportQuery}`}>JSON</a>, <a href={`/api/insights?${exportQuery}&format=csv`}>CSV</a> (with the token as a Bearer header).
      </p>

      <dl className="mt-6 grid grid-cols-2 gap-4 sm:grid-cols-4" data-testid="summary">
        <div><dt className="text-muted">Walks started</dt><dd className="text-3xl font-bold" data-testid="walks">{insights.walks}</dd></div>
        <div><dt className="text-muted">Solved rate</dt><dd className="text-3xl font-bold">{percent(insights.solvedRate)}</dd></div>
        <div><dt className="text-muted">Reached “fixed” / answered Yes</dt><dd className="text-3xl font-bold">{insights.fixed} / {insights.yes}</dd></div>
        <div><dt className="text-muted">Sent to contact support</dt><dd className="text-3xl font-bold" data-testid="escalated">{insights.escalated}</dd></div>
      </dl>
      <p className="mt-2">Feedback answers: {insights.total} ({insights.yes} Yes, {insights.no} No).</p>

      <h2 className="mt-8 text-2xl font-bold">Walks a day</h2>
      <p className="text-base text-muted">Blue bars: walks. Green mark: reached “fixed”. Red mark: sent to contact support.</p>
      <DailyChart daily={insights.daily} />

      <h2 className="mt-8 text-2xl font-bold">The tree, with counts</h2>
      <p>Each arrow shows how many took that answer; each step how many saw it and how many left there.{weakest && <> The step most people leave: <strong>{titleOf(weakest.key)}</strong> ({percent(weakest.dropOff)}), drawn in red.</>}</p>
      <div role="region" aria-label="The tree with counts" tabIndex={0} className="mt-4 overflow-x-auto border-y border-line py-4" data-testid="tree">
        <TreeMapSvg map={map} title="Every step with its counts" flagged={weakest ? [weakest.key] : []} />
      </div>

      <h2 className="mt-8 text-2xl font-bold">Per scenario</h2>
      <table className="mt-2 w-full text-base">
        <thead><tr><th scope="col" className="text-left">Scenario</th><th scope="col" className="text-right">Started</th><th scope="col" className="text-left">Steps (seen)</th><th scope="col" className="text-right">Solved</th><th scope="col" className="text-right">Escalated</th><th scope="col" className="text-right">Left</th></tr></thead>
        <tbody>
          {insights.funnels.map((f) => (
            <tr key={f.scenario}>
              <th scope="row" className="text-left">{labels.get(f.scenario) ?? f.scenario}</th>
              <td className="text-right">{f.started}</td>
              <td>{f.steps.map((s) => `${titleOf(s.key)} ${s.views}`).join(' → ')}</td>
              <td className="text-right">{f.solved}</td>
              <td className="text-right">{f.escalated}</td>
              <td className="text-right">{f.left}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 className="mt-8 text-2xl font-bold">Per step</h2>
      <table className="mt-2 w-full text-base" data-testid="steps">
        <thead><tr><th scope="col" className="text-left">Step</th><th scope="col" className="text-right">Seen</th><th scope="col" className="text-right">Yes</th><th scope="col" className="text-right">No</th><th scope="col" className="text-right">Left here</th></tr></thead>
        <tbody>
          {insights.steps.filter((s) => s.views || s.solved || s.notSolved).map((s) => (
            <tr key={s.key}>
              <th scope="row" className="text-left">{titleOf(s.key)}</th>
              <td className="text-right">{s.views}</td>
              <td className="text-right">{s.solved}</td>
              <td className="text-right">{s.notSolved}</td>
              <td className="text-right">{s.exits} ({percent(s.dropOff)})</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 className="mt-8 text-2xl font-bold">“No” answers with comments</h2>
      {insights.comments.length === 0 ? <p>None in this range.</p> : (
        <ul className="mt-2 space-y-2" data-testid="comments">
          {insights.comments.map((c, i) => (
            <li key={i}><strong>{titleOf(c.step)}</strong> ({c.at.slice(0, 10)}): {c.comment}</li>
          ))}
        </ul>
      )}

      <h2 className="mt-8 text-2xl font-bold">Top paths to contact support</h2>
      {insights.escalationPaths.length === 0 ? <p>None in this range.</p> : (
        <ol className="mt-2 list-decimal space-y-2 pl-6">
          {insights.escalationPaths.map((p) => (
            <li key={p.path.join(' ')}>{p.path.map(titleOf).join(' → ')}: {p.count}</li>
          ))}
        </ol>
      )}

      <h2 className="mt-8 text-2xl font-bold">Breakdowns</h2>
      <div className="grid gap-6 sm:grid-cols-3">
        <Breakdown title="By browser family" rows={insights.browsers} />
        <Breakdown title="By school address" rows={insights.schools} />
        <Breakdown title="Site or embed" rows={insights.surfaces} />
      </div>
    </div>
  );
}
