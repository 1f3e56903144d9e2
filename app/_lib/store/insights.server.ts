import { sql } from 'kysely';
import { offeredScenarios } from '../../../machines/scenarios';
import { isEnd, stateKeys, stepsOf, type StateKey } from '../../../machines/states';
import { dayMs, escalationKey as escalation, fixedKey } from './aggregates.server';
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

// pg returns counts (bigint) as strings; SQLite as numbers.
const n = (value: unknown) => Number(value ?? 0);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

type Piece = { lo: number; hi: number; sign: 1 | -1 };

/**
 * How to count events in [from, to) from `edge_days`: the whole days [days[0], days[1]) from the table, plus or
 * minus the raw events of the pieces. A partial day is read raw when less than half of it is in range, else taken
 * whole less its raw part outside the range (for "the last 30 days" that part is the future: nothing).
 */
export function dayPlan(from: number, to: number): { days: [number, number]; raw: Piece[] } {
  const raw: Piece[] = [];
  const partial = (d: number, lo: number, hi: number) => {
    if (hi - lo <= dayMs / 2) {
      raw.push({ lo, hi, sign: 1 });
      return false;
    }
    if (lo > d * dayMs) raw.push({ lo: d * dayMs, hi: lo, sign: -1 });
    if (hi < (d + 1) * dayMs) raw.push({ lo: hi, hi: (d + 1) * dayMs, sign: -1 });
    return true;
  };
  let start = Math.ceil(from / dayMs);
  let end = Math.floor(to / dayMs);
  if (start > end) return partial(end, from, to) ? { days: [end, end + 1], raw } : { days: [end, end], raw };
  if (from < start * dayMs && partial(start - 1, from, start * dayMs)) start -= 1;
  if (to > end * dayMs && partial(end, end * dayMs, to)) end += 1;
  return { days: [start, end], raw };
}

export async function insightsOf({ db }: Store, { from, to }: Range): Promise<Insights> {
  const events = db.selectFrom('events').where('at', '>=', from).where('at', '<', to);
  const feedback = db.selectFrom('feedback').where('at', '>=', from).where('at', '<', to);
  const plan = dayPlan(from, to);
  const rawDay = sql<number>`at / ${sql.lit(dayMs)}`;
  const edgeDays = async () => {
    const [whole, ...pieces] = await Promise.all([
      db
        .selectFrom('edge_days')
        .select(['day', 'from_key', 'event', 'to_key', 'total as n'])
        .where('day', '>=', plan.days[0])
        .where('day', '<', plan.days[1])
        .execute(),
      ...plan.raw.map(({ lo, hi }) =>
        db
          .selectFrom('events')
          .select([rawDay.as('day'), 'from_key', 'event', 'to_key', (eb) => eb.fn.countAll().as('n')])
          .where('at', '>=', lo)
          .where('at', '<', hi)
          .groupBy([rawDay, 'from_key', 'event', 'to_key'])
          .execute(),
      ),
    ]);
    const totals = new Map<string, { day: number; from_key: string; event: string; to_key: string; n: number }>();
    const add = (rows: { day: unknown; from_key: string; event: string; to_key: string; n: unknown }[], sign: number) => {
      for (const row of rows) {
        const key = `${n(row.day)} ${row.from_key} ${row.event} ${row.to_key}`;
        const entry = totals.get(key) ?? { day: n(row.day), from_key: row.from_key, event: row.event, to_key: row.to_key, n: 0 };
        entry.n += sign * n(row.n);
        totals.set(key, entry);
      }
    };
    add(whole, 1);
    pieces.forEach((rows, i) => add(rows, plan.raw[i].sign));
    return [...totals.values()].filter((row) => row.n > 0);
  };

  // Walks are counted in the range they began in, from the summary each event insert keeps up to date: whole
  // days by first_day in index order, the partial days' pieces by first_at.
  const walkColumns = ['first_day as day', 'first_key as key', 'browser', 'school', 'surface', 'last_key'] as const;
  const walkGroups = ['first_day', 'first_key', 'browser', 'school', 'surface', 'last_key'] as const;
  const walkDays = async () => {
    const [whole, ...pieces] = await Promise.all([
      db
        .selectFrom('walks')
        .select([...walkColumns, (eb) => eb.fn.countAll().as('n')])
        .where('first_day', '>=', plan.days[0])
        .where('first_day', '<', plan.days[1])
        .groupBy([...walkGroups])
        .execute(),
      ...plan.raw.map(({ lo, hi }) =>
        db
          .selectFrom('walks')
          .select([...walkColumns, (eb) => eb.fn.countAll().as('n')])
          .where('first_at', '>=', lo)
          .where('first_at', '<', hi)
          .groupBy([...walkGroups])
          .execute(),
      ),
    ]);
    const totals = new Map<string, Omit<(typeof whole)[number], 'n'> & { n: number }>();
    const add = (rows: typeof whole, sign: number) => {
      for (const row of rows) {
        const key = JSON.stringify([n(row.day), row.key, row.browser, row.school, row.surface, row.last_key]);
        const entry = totals.get(key) ?? { ...row, day: n(row.day), n: 0 };
        entry.n += sign * n(row.n);
        totals.set(key, entry);
      }
    };
    add(whole, 1);
    pieces.forEach((rows, i) => add(rows, plan.raw[i].sign));
    return [...totals.values()].filter((row) => row.n > 0);
  };

  const [answers, byDay, firsts, comments, escalatedWalks] = await Promise.all([
    feedback.select(['step', 'outcome', (eb) => eb.fn.countAll().as('n')]).groupBy(['step', 'outcome']).execute(),
    edgeDays(),
    walkDays(),
    feedback.select(['step', 'comment', 'at']).where('outcome', '=', 'not-solved').where('comment', 'is not', null).orderBy('at', 'desc').limit(100).execute(),
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
  const edgeTotals = new Map<string, { from_key: string; event: string; to_key: string; n: number }>();
  const arrivals = new Map<string, { fixed: number; escalated: number }>();
  for (const row of byDay) {
    const key = `${row.from_key} ${row.event} ${row.to_key}`;
    const entry = edgeTotals.get(key) ?? { from_key: row.from_key, event: row.event, to_key: row.to_key, n: 0 };
    entry.n += row.n;
    edgeTotals.set(key, entry);
    if (row.to_key !== fixedKey && row.to_key !== escalation) continue;
    const arrived = arrivals.get(String(row.day)) ?? { fixed: 0, escalated: 0 };
    if (row.to_key === fixedKey) arrived.fixed += row.n;
    else arrived.escalated += row.n;
    arrivals.set(String(row.day), arrived);
  }
  const edgeRows = [...edgeTotals.values()];

  const tally = (pick: (row: (typeof firsts)[number]) => string | number | null) => {
    const totals = new Map<string, number>();
    for (const row of firsts) totals.set(String(pick(row) ?? 'none'), (totals.get(String(pick(row) ?? 'none')) ?? 0) + n(row.n));
    return totals;
  };
  const top = (totals: Map<string, number>): Count[] =>
    [...totals].map(([name, walks]) => ({ name, walks })).sort((a, b) => b.walks - a.walks).slice(0, 20);
  const walksByDay = tally((row) => n(row.day));
  const days = [...new Set([...walksByDay.keys(), ...arrivals.keys()])].map(Number).sort((a, b) => a - b);

  const edges = edgeRows.map((row) => ({ from: row.from_key as StateKey, event: row.event, to: row.to_key as StateKey, count: n(row.n) }));
  const into = new Map<string, number>();
  for (const edge of edges) into.set(edge.to, (into.get(edge.to) ?? 0) + edge.count);
  const landed = tally((row) => row.key);
  const ended = new Map<string, number>();
  for (const row of firsts) ended.set(row.last_key, (ended.get(row.last_key) ?? 0) + row.n);
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

