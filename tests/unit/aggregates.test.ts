import type { Insertable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayMs, rebuildAggregates, recordEvents } from '../../app/_lib/store/aggregates.server';
import { applyRetention, type Store } from '../../app/_lib/store/database.server';
import { dayPlan, insightsOf } from '../../app/_lib/store/insights.server';
import type { EventsTable } from '../../app/_lib/store/tables';
import { freshDatabasesForThisFile } from './setup/databases';

type Event = Insertable<EventsTable>;
const t0 = Date.UTC(2026, 10, 20);
const steps: [string, string, string][] = [
  ['start', 'choose.wrong-password', 'wrong-password.check-details'],
  ['wrong-password.check-details', 'answer.fixed', 'outcome.fixed'],
  ['start', 'choose.not-receiving-email', 'not-receiving-email.check-folders'],
  ['not-receiving-email.check-folders', 'answer.not-found', 'not-receiving-email.allow-sender'],
  ['not-receiving-email.allow-sender', 'answer.not-arrived', 'contact-support.get-help'],
];

/** A seeded mix: walks over several days, across midnight, some sent out of order, on both surfaces and browsers. */
function mixOfWalks(count: number): Event[] {
  let seed = 7;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  const events: Event[] = [];
  for (let w = 0; w < count; w++) {
    let at = t0 + Math.floor(random() * 6 * dayMs) + w;
    const walk: Event[] = [];
    for (let i = 0, length = 1 + Math.floor(random() * 4); i < length; i++) {
      at += 1_000 + Math.floor(random() * 3_600_000);
      const [from_key, event, to_key] = steps[Math.floor(random() * steps.length)];
      walk.push({
        at, walk: `w${w}`, from_key, event, to_key,
        surface: random() < 0.3 ? 'embed' : 'help',
        school: random() < 0.5 ? null : 'a.cpoms.net',
        browser: ['chrome', 'firefox', 'safari-ios'][w % 3],
      });
    }
    if (random() < 0.3) walk.reverse();
    events.push(...walk);
  }
  return events;
}

/** What the aggregates must hold, counted in plain code from the raw rows. */
async function recount(store: Store) {
  const rows = (await store.db.selectFrom('events').selectAll().execute()).map((row) => ({ ...row, at: Number(row.at) }));
  const walks = new Map<string, Record<string, unknown>>();
  const edges = new Map<string, number>();
  for (const row of [...rows].sort((a, b) => a.at - b.at)) {
    const day = Math.floor(row.at / dayMs);
    const key = `${day} ${row.from_key} ${row.event} ${row.to_key}`;
    edges.set(key, (edges.get(key) ?? 0) + 1);
    const walk = walks.get(row.walk);
    const reached = { fixed: row.to_key === 'outcome.fixed' ? 1 : 0, escalated: row.to_key === 'contact-support.get-help' ? 1 : 0 };
    if (!walk) {
      walks.set(row.walk, { walk: row.walk, first_at: row.at, first_day: Math.floor(row.at / dayMs), last_at: row.at, first_key: row.from_key, last_key: row.to_key, ...reached, surface: row.surface, school: row.school, browser: row.browser });
    } else {
      Object.assign(walk, { last_at: row.at, last_key: row.to_key, fixed: Math.max(Number(walk.fixed), reached.fixed), escalated: Math.max(Number(walk.escalated), reached.escalated) });
    }
  }
  return { walks: [...walks.values()].sort((a, b) => String(a.walk).localeCompare(String(b.walk))), edges: Object.fromEntries([...edges].sort()) };
}

async function stored(store: Store) {
  const walks = (await store.db.selectFrom('walks').selectAll().orderBy('walk').execute()).map((row) => ({
    ...row, first_at: Number(row.first_at), first_day: Number(row.first_day), last_at: Number(row.last_at), fixed: Number(row.fixed), escalated: Number(row.escalated),
  }));
  const edges = await store.db.selectFrom('edge_days').selectAll().execute();
  return {
    walks: walks.sort((a, b) => a.walk.localeCompare(b.walk)),
    edges: Object.fromEntries(edges.map((row) => [`${Number(row.day)} ${row.from_key} ${row.event} ${row.to_key}`, Number(row.total)]).sort()),
  };
}

const databases = freshDatabasesForThisFile();

describe.each(['sqlite', 'postgres'] as const)('aggregates on %s', (kind) => {
  let store: Store;
  beforeAll(async () => {
    store = await databases.open(kind);
    const events = mixOfWalks(300);
    for (let i = 0; i < events.length; i += 50) await recordEvents(store.db, events.slice(i, i + 50));
  });
  afterAll(async () => {
    await store.close();
  });

  it('equal a recount from the raw rows after a mix of walks', async () => {
    const expected = await recount(store);
    expect(expected.walks).toHaveLength(300);
    expect(await stored(store)).toEqual(expected);
  });

  it('are rebuilt by the backfill to the same rows', async () => {
    const before = await stored(store);
    await rebuildAggregates(store.db);
    expect(await stored(store)).toEqual(before);
  });

  it('give the edges and daily arrivals of any range, partial days included, as the raw rows do', async () => {
    const rows = (await store.db.selectFrom('events').selectAll().execute()).map((row) => ({ ...row, at: Number(row.at) }));
    for (const [from, to] of [
      [t0 + 0.3 * dayMs, t0 + 4.6 * dayMs],
      [t0 + 0.8 * dayMs, t0 + 3.2 * dayMs],
      [t0 + 1.1 * dayMs, t0 + 1.9 * dayMs],
      [t0 + 2.2 * dayMs, t0 + 2.4 * dayMs],
      [t0, t0 + 30 * dayMs],
    ]) {
      const insights = await insightsOf(store, { from, to });
      const inRange = rows.filter((row) => row.at >= from && row.at < to);
      const expected = new Map<string, number>();
      for (const row of inRange) expected.set(`${row.from_key} ${row.event} ${row.to_key}`, (expected.get(`${row.from_key} ${row.event} ${row.to_key}`) ?? 0) + 1);
      expect(new Map(insights.edges.map((edge) => [`${edge.from} ${edge.event} ${edge.to}`, edge.count]))).toEqual(expected);
      const fixedByDay = new Map<string, number>();
      for (const row of inRange.filter((r) => r.to_key === 'outcome.fixed')) {
        const day = new Date(row.at).toISOString().slice(0, 10);
        fixedByDay.set(day, (fixedByDay.get(day) ?? 0) + 1);
      }
      expect(new Map(insights.daily.filter((d) => d.fixed).map((d) => [d.day, d.fixed]))).toEqual(fixedByDay);
      const began = new Map<string, number>();
      for (const walk of (await recount(store)).walks.filter((w) => Number(w.first_at) >= from && Number(w.first_at) < to)) {
        began.set(String(walk.browser), (began.get(String(walk.browser)) ?? 0) + 1);
      }
      expect(insights.walks).toBe([...began.values()].reduce((sum, k) => sum + k, 0));
      expect(new Map(insights.browsers.map((b) => [b.name, b.walks]))).toEqual(began);
    }
  });

  it('lose exactly what retention deletes, a cut through a day and through walks included', async () => {
    const now = t0 + 2.5 * dayMs + 400 * dayMs;
    const removed = await applyRetention(store, 400, now);
    expect(removed).toBeGreaterThan(0);
    const left = await recount(store);
    expect(Math.min(...left.walks.map((walk) => Number(walk.first_at)))).toBeGreaterThanOrEqual(t0 + 2.5 * dayMs);
    expect(await stored(store)).toEqual(left);
  });
});

describe('day plan', () => {
  it('reads whole days from the table and as little raw as it can', () => {
    expect(dayPlan(0, 3 * dayMs)).toEqual({ days: [0, 3], raw: [] });
    expect(dayPlan(0.2 * dayMs, 2.1 * dayMs)).toEqual({ days: [0, 2], raw: [{ lo: 0, hi: 0.2 * dayMs, sign: -1 }, { lo: 2 * dayMs, hi: 2.1 * dayMs, sign: 1 }] });
    expect(dayPlan(1.8 * dayMs, 2.9 * dayMs)).toEqual({ days: [2, 3], raw: [{ lo: 1.8 * dayMs, hi: 2 * dayMs, sign: 1 }, { lo: 2.9 * dayMs, hi: 3 * dayMs, sign: -1 }] });
    expect(dayPlan(1.1 * dayMs, 1.2 * dayMs)).toEqual({ days: [1, 1], raw: [{ lo: 1.1 * dayMs, hi: 1.2 * dayMs, sign: 1 }] });
  });
});
