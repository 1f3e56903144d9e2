import { sql, type Insertable, type Kysely } from 'kysely';
import type { StateKey } from '../../../machines/states';
import type { EventsTable, Tables } from './tables';

export const dayMs = 86_400_000;
export const fixedKey: StateKey = 'outcome.fixed';
export const escalationKey: StateKey = 'contact-support.get-help';

const earlier = sql`excluded.first_at < walks.first_at`;
const later = sql`excluded.last_at >= walks.last_at`;
const first = (column: string) => sql<never>`case when ${earlier} then excluded.${sql.ref(column)} else walks.${sql.ref(column)} end`;
const last = (column: string) => sql<never>`case when ${later} then excluded.${sql.ref(column)} else walks.${sql.ref(column)} end`;
const either = (column: string) => sql<never>`case when excluded.${sql.ref(column)} > walks.${sql.ref(column)} then excluded.${sql.ref(column)} else walks.${sql.ref(column)} end`;

/**
 * Stores one event and folds it into `walks` and `edge_days`. Run it inside the transaction that acknowledges the
 * event, so the raw row and the figures read from the aggregates never disagree.
 */
export async function recordEvent(db: Kysely<Tables>, event: Insertable<EventsTable>): Promise<void> {
  const { at, walk, from_key, event: name, to_key, surface, school = null, browser = null } = event;
  await db.insertInto('events').values(event).execute();
  await db
    .insertInto('walks')
    .values({
      walk,
      first_at: at,
      first_day: Math.floor(at / dayMs),
      last_at: at,
      first_key: from_key,
      last_key: to_key,
      fixed: to_key === fixedKey ? 1 : 0,
      escalated: to_key === escalationKey ? 1 : 0,
      surface,
      school,
      browser,
    })
    .onConflict((oc) =>
      oc.column('walk').doUpdateSet({
        first_at: first('first_at'),
        first_day: first('first_day'),
        first_key: first('first_key'),
        surface: first('surface'),
        school: first('school'),
        browser: first('browser'),
        last_at: last('last_at'),
        last_key: last('last_key'),
        fixed: either('fixed'),
        escalated: either('escalated'),
      }),
    )
    .execute();
  // Last: a popular edge's row is locked only from here to the commit.
  await db
    .insertInto('edge_days')
    .values({ day: Math.floor(at / dayMs), from_key, event: name, to_key, total: 1 })
    .onConflict((oc) => oc.columns(['day', 'from_key', 'event', 'to_key']).doUpdateSet({ total: sql<never>`edge_days.total + 1` }))
    .execute();
}

/** Several events in one transaction: all stored and counted, or none. */
export async function recordEvents(db: Kysely<Tables>, events: Insertable<EventsTable>[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const event of events) await recordEvent(trx, event);
  });
}

/** Summarises the given walks (all when omitted) from their raw events into `walks`, which must not hold them yet. */
export async function insertWalks(db: Kysely<Tables>, only?: string[]): Promise<void> {
  const chunks = only ? Array.from({ length: Math.ceil(only.length / 500) }, (_, i) => only.slice(i * 500, i * 500 + 500)) : [null];
  for (const chunk of chunks) {
    const where = chunk ? sql`where walk in (${sql.join(chunk)})` : sql``;
    await sql`
      with ranked as (
        select walk, at, from_key, to_key, surface, school, browser,
          row_number() over (partition by walk order by at) as up,
          row_number() over (partition by walk order by at desc) as down,
          max(case when to_key = ${fixedKey} then 1 else 0 end) over (partition by walk) as fixed,
          max(case when to_key = ${escalationKey} then 1 else 0 end) over (partition by walk) as escalated
        from events ${where}
      )
      insert into walks (walk, first_at, first_day, last_at, first_key, last_key, fixed, escalated, surface, school, browser)
      select f.walk, f.at, f.at / ${sql.lit(dayMs)}, l.at, f.from_key, l.to_key, f.fixed, f.escalated, f.surface, f.school, f.browser
      from ranked f join ranked l on l.walk = f.walk and l.down = 1
      where f.up = 1`
      .execute(db);
  }
}

/** Rebuilds both aggregates from the raw events: the migration's backfill, and the bench's after a bulk load. */
export async function rebuildAggregates(db: Kysely<Tables>): Promise<void> {
  await db.deleteFrom('walks').execute();
  await db.deleteFrom('edge_days').execute();
  const day = sql`at / ${sql.lit(dayMs)}`;
  await sql`
    insert into edge_days (day, from_key, event, to_key, total)
    select ${day}, from_key, event, to_key, count(*) from events group by ${day}, from_key, event, to_key`.execute(db);
  await insertWalks(db);
}

/**
 * Deletes events before `before` and keeps the aggregates equal to what is left: whole days go from `edge_days`,
 * the cut's own day loses what was counted before the cut, and walks that began before it are summarised again
 * from their remaining events. Returns how many events went.
 */
export async function deleteEventsBefore(db: Kysely<Tables>, before: number): Promise<number> {
  const cutDay = Math.floor(before / dayMs);
  const straddling = (await db.selectFrom('walks').select('walk').where('first_at', '<', before).where('last_at', '>=', before).execute()).map((row) => row.walk);
  const leaving = await db
    .selectFrom('events')
    .select(['from_key', 'event', 'to_key', (eb) => eb.fn.countAll().as('n')])
    .where('at', '>=', cutDay * dayMs)
    .where('at', '<', before)
    .groupBy(['from_key', 'event', 'to_key'])
    .execute();
  const deleted = await db.deleteFrom('events').where('at', '<', before).executeTakeFirst();
  await db.deleteFrom('edge_days').where('day', '<', cutDay).execute();
  for (const row of leaving) {
    await db
      .updateTable('edge_days')
      .set({ total: sql<never>`total - ${Number(row.n)}` })
      .where('day', '=', cutDay)
      .where('from_key', '=', row.from_key)
      .where('event', '=', row.event)
      .where('to_key', '=', row.to_key)
      .execute();
  }
  await db.deleteFrom('edge_days').where('total', '<=', 0).execute();
  await db.deleteFrom('walks').where('first_at', '<', before).execute();
  if (straddling.length) await insertWalks(db, straddling);
  return Number(deleted.numDeletedRows);
}
