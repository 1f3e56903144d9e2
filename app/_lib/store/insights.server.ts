import { sql } from 'kysely';
import { offeredScenarios } from '../../../machines/scenarios';
import { isEnd, stateKeys, stepsOf, type StateKey } from '../../../machines/states';
import type { Store } from './database.server';

export type Range = { from: number; to: number };
export type Count = { name: string; walks: number };
export type StepFigures = { key: StateKey; views: number; exits: number; solved: number; notSolved: number; dropOff: number };
export type Funnel = { scenario: string; started: number; steps: { key: StateKey; views: number }[]; solved: number; escalated: number; left: number };
export type Insights = {
  from: string;
  to: string;
  /** Feedback answers (Yes and No) in the range. */
  total: number;
  walks: number;
  yes: number;
  no: number;
  fixed: number;
  escalated: number;
  /** Walks that reached "fixed" or answered Yes, against those plus the walks sent to contact support. */
  solvedRate: number | null;
  edges: { from: StateKey; event: string; to: StateKey; count: number }[];
  steps: StepFigures[];
  funnels: Funnel[];
  comments: { step: string; comment: string; at: string }[];
  escalationPaths: { path: StateKey[]; count: number }[];
  browsers: Count[];
  schools: Count[];
  surfaces: Count[];
  daily: { day: string; walks: number; fixed: number; escalated: number }[];
};

const dayMs = 86_400_000;
const escalation: StateKey = 'contact-support.get-help';
const fixedKey: StateKey = 'outcome.fixed';
// pg returns counts (bigint) as strings; SQLite as numbers.
const n = (value: unknown) => Number(value ?? 0);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export async function insightsOf({ db }: Store, { from, to }: Range): Promise<Insights> {
  const events = db.selectFrom('events').where('at', '>=', from).where('at', '<', to);
  const feedback = db.selectFrom('feedback').where('at', '>=', from).where('at', '<', to);
  // Each walk's first and last event, found once each: what the walk started with (landing step, browser, school,
  // surface, day) and where it ended. Everything counted per walk is grouped from these, never by count(distinct).
  const walkEdge = (edge: 'min' | 'max') =>
    db
      .selectFrom('events as e')
      .innerJoin(
        events.select(['walk', (eb) => (edge === 'min' ? eb.fn.min('at') : eb.fn.max('at')).as('edge_at')]).groupBy('walk').as('w'),
        (join) => join.onRef('e.walk', '=', 'w.walk').onRef('e.at', '=', 'w.edge_at'),
      );
  const dayOf = sql<number>`e.at / ${sql.lit(dayMs)}`;

  const [answers, edgeRows, firsts, lasts, comments, arrivalsByDay, escalatedWalks] = await Promise.all([
    feedback.select(['step', 'outcome', (eb) => eb.fn.countAll().as('n')]).groupBy(['step', 'outcome']).execute(),
    events.select(['from_key', 'event', 'to_key', (eb) => eb.fn.countAll().as('n')]).groupBy(['from_key', 'event', 'to_key']).execute(),
    walkEdge('min')
      .select(['e.from_key as key', 'e.browser', 'e.school', 'e.surface', dayOf.as('day'), (eb) => eb.fn.countAll().as('n')])
      .groupBy(['e.from_key', 'e.browser', 'e.school', 'e.surface', dayOf])
      .execute(),
    walkEdge('max').select(['e.to_key as key', (eb) => eb.fn.countAll().as('n')]).groupBy('e.to_key').execute(),
    feedback.select(['step', 'comment', 'at']).where('outcome', '=', 'not-solved').where('comment', 'is not', null).orderBy('at', 'desc').limit(100).execute(),
    events
      .select([
        sql<number>`at / ${sql.lit(dayMs)}`.as('day'),
        sql<number>`sum(case when to_key = ${fixedKey} then 1 else 0 end)`.as('fixed'),
        sql<number>`sum(case when to_key = ${escalation} then 1 else 0 end)`.as('escalated'),
      ])
      .where('to_key', 'in', [fixedKey, escalation])
      .groupBy(sql`at / ${sql.lit(dayMs)}`)
      .execute(),
    db
      .selectFrom('events')
      .select(['walk', 'at', 'from_key', 'to_key'])
      .where('walk', 'in', events.select('walk').where('to_key', '=', escalation).orderBy('at', 'desc').limit(1000))
      .where('at', '>=', from)
      .where('at', '<', to)
      .orderBy('walk')
      .orderBy('at')
      .execute(),
  ]);

  const tally = (pick: (row: (typeof firsts)[number]) => string | number | null) => {
    const totals = new Map<string, number>();
    for (const row of firsts) totals.set(String(pick(row) ?? 'none'), (totals.get(String(pick(row) ?? 'none')) ?? 0) + n(row.n));
    return totals;
  };
  const top = (totals: Map<string, number>): Count[] =>
    [...totals].map(([name, walks]) => ({ name, walks })).sort((a, b) => b.walks - a.walks).slice(0, 20);
  const walksByDay = tally((row) => n(row.day));
  const arrivals = new Map(arrivalsByDay.map((row) => [String(n(row.day)), row]));
  const days = [...new Set([...walksByDay.keys(), ...arrivals.keys()])].map(Number).sort((a, b) => a - b);

  const edges = edgeRows.map((row) => ({ from: row.from_key as StateKey, event: row.event, to: row.to_key as StateKey, count: n(row.n) }));
  const into = new Map<string, number>();
  for (const edge of edges) into.set(edge.to, (into.get(edge.to) ?? 0) + edge.count);
  const landed = tally((row) => row.key);
  const ended = new Map(lasts.map((row) => [row.key, n(row.n)]));
  const split = new Map<string, { solved: number; notSolved: number }>();
  let yes = 0;
  let no = 0;
  for (const row of answers) {
    const entry = split.get(row.step) ?? { solved: 0, notSolved: 0 };
    if (row.outcome === 'solved') {
      entry.solved += n(row.n);
      yes += n(row.n);
    } else {
      entry.notSolved += n(row.n);
      no += n(row.n);
    }
    split.set(row.step, entry);
  }
  const views = (key: StateKey) => (into.get(key) ?? 0) + (landed.get(key) ?? 0);
  const steps = stateKeys.map((key): StepFigures => {
    const seen = views(key);
    const exits = isEnd(key) ? 0 : (ended.get(key) ?? 0);
    return { key, views: seen, exits, ...(split.get(key) ?? { solved: 0, notSolved: 0 }), dropOff: seen ? exits / seen : 0 };
  });
  const fixed = into.get(fixedKey) ?? 0;
  const escalated = into.get(escalation) ?? 0;

  const funnels = offeredScenarios
    .filter(({ first }) => !isEnd(first))
    .map(({ scenario, first }): Funnel => {
      const keys = stepsOf(scenario);
      const leaving = edges.filter((edge) => keys.includes(edge.from));
      return {
        scenario,
        started: views(first),
        steps: keys.map((key) => ({ key, views: views(key) })),
        solved: leaving.filter((edge) => edge.to === fixedKey).reduce((sum, edge) => sum + edge.count, 0),
        escalated: leaving.filter((edge) => edge.to.startsWith('contact-support.')).reduce((sum, edge) => sum + edge.count, 0),
        left: keys.reduce((sum, key) => sum + (ended.get(key) ?? 0), 0),
      };
    });

  const paths = new Map<string, number>();
  let walk = '';
  let path: string[] = [];
  const finish = () => {
    const at = path.indexOf(escalation);
    if (at > 0) paths.set(path.slice(0, at + 1).join(' '), (paths.get(path.slice(0, at + 1).join(' ')) ?? 0) + 1);
  };
  for (const row of escalatedWalks) {
    if (row.walk !== walk) {
      finish();
      walk = row.walk;
      path = [row.from_key];
    }
    path.push(row.to_key);
  }
  finish();

  const solvedWalks = fixed + yes;
  return {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    total: yes + no,
    walks: firsts.reduce((sum, row) => sum + n(row.n), 0),
    yes,
    no,
    fixed,
    escalated,
    solvedRate: solvedWalks + escalated ? solvedWalks / (solvedWalks + escalated) : null,
    edges,
    steps,
    funnels,
    comments: comments.map((row) => ({ step: row.step, comment: row.comment ?? '', at: new Date(n(row.at)).toISOString() })),
    escalationPaths: [...paths].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([joined, total]) => ({ path: joined.split(' ') as StateKey[], count: total })),
    browsers: top(tally((row) => row.browser)),
    schools: top(tally((row) => row.school)),
    surfaces: top(tally((row) => row.surface)),
    daily: days.map((d) => ({
      day: day(d * dayMs),
      walks: walksByDay.get(String(d)) ?? 0,
      fixed: n(arrivals.get(String(d))?.fixed),
      escalated: n(arrivals.get(String(d))?.escalated),
    })),
  };
}

/** Only the edges the machine has are counted on its tree: anything else in the table cannot be drawn. */
export function edgeCount(insights: Insights, edge: { from: string; event: string; to: string }): number {
  return insights.edges.find((e) => e.from === edge.from && e.event === edge.event && e.to === edge.to)?.count ?? 0;
}

