import { sql, type Kysely } from 'kysely';
import { rebuildAggregates } from './aggregates.server';
import type { Dialect, Tables } from './tables';

type Migration = { name: string; up: (db: Kysely<Tables>, dialect: Dialect) => Promise<void> };

/** Append only: a migration that has run anywhere is never edited. */
const migrations: Migration[] = [
  {
    name: '001-feedback-and-events',
    async up(db, dialect) {
      await db.schema
        .createTable('feedback')
        .ifNotExists()
        .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('step', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('surface', 'text', (c) => c.notNull())
        .addColumn('school', 'text')
        .addColumn('browser', 'text')
        .execute();
      await db.schema
        .createTable('events')
        .ifNotExists()
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('walk', 'text', (c) => c.notNull())
        .addColumn('from_key', 'text', (c) => c.notNull())
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('to_key', 'text', (c) => c.notNull())
        .addColumn('surface', 'text', (c) => c.notNull())
        .addColumn('school', 'text')
        .addColumn('browser', 'text')
        .execute();
      await db.schema.createIndex('feedback_at').ifNotExists().on('feedback').columns(['at', 'step', 'outcome']).execute();
      // Covering indexes: the insights read a range of `at` and group without touching the table.
      await db.schema.createIndex('events_at_edge').ifNotExists().on('events').columns(['at', 'from_key', 'event', 'to_key']).execute();
      await db.schema.createIndex('events_walk_at').ifNotExists().on('events').columns(['walk', 'at', 'from_key', 'to_key']).execute();
      await db.schema.createIndex('events_at_walk').ifNotExists().on('events').columns(['at', 'walk', 'browser', 'surface', 'school']).execute();
    },
  },
  {
    // The insights read these small tables instead of grouping every event: each event insert upserts them.
    name: '002-walks-and-edge-days',
    async up(db) {
      await db.schema
        .createTable('walks')
        .ifNotExists()
        .addColumn('walk', 'text', (c) => c.primaryKey())
        .addColumn('first_at', 'bigint', (c) => c.notNull())
        .addColumn('first_day', 'bigint', (c) => c.notNull())
        .addColumn('last_at', 'bigint', (c) => c.notNull())
        .addColumn('first_key', 'text', (c) => c.notNull())
        .addColumn('last_key', 'text', (c) => c.notNull())
        .addColumn('fixed', 'integer', (c) => c.notNull())
        .addColumn('escalated', 'integer', (c) => c.notNull())
        .addColumn('surface', 'text', (c) => c.notNull())
        .addColumn('school', 'text')
        .addColumn('browser', 'text')
        .execute();
      await db.schema
        .createTable('edge_days')
        .ifNotExists()
        .addColumn('day', 'bigint', (c) => c.notNull())
        .addColumn('from_key', 'text', (c) => c.notNull())
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('to_key', 'text', (c) => c.notNull())
        .addColumn('total', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('edge_days_key', ['day', 'from_key', 'event', 'to_key'])
        .execute();
      // Covering, in the order the insights group whole days by: no sort, no table.
      await db.schema.createIndex('walks_first_day').ifNotExists().on('walks').columns(['first_day', 'first_key', 'browser', 'school', 'surface', 'last_key']).execute();
      await db.schema.createIndex('walks_first_at').ifNotExists().on('walks').columns(['first_at', 'last_at']).execute();
      await rebuildAggregates(db);
    },
  },
];

/**
 * Runs each migration not yet recorded, once, whichever instance gets there first. Postgres: an advisory lock
 * held by the transaction makes a second instance wait, then find the work done. SQLite: `BEGIN IMMEDIATE` takes
 * the file's write lock, so a second process waits on the busy timeout and then finds the work done.
 */
export async function migrate(db: Kysely<Tables>, dialect: Dialect): Promise<void> {
  await db.connection().execute(async (conn) => {
    await sql`begin ${sql.raw(dialect === 'sqlite' ? 'immediate' : '')}`.execute(conn);
    try {
      if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(7270301)`.execute(conn);
      await sql`create table if not exists schema_migrations (name text primary key, at bigint not null)`.execute(conn);
      const { rows } = await sql<{ name: string }>`select name from schema_migrations`.execute(conn);
      const done = new Set(rows.map((row) => row.name));
      for (const migration of migrations) {
        if (done.has(migration.name)) continue;
        await migration.up(conn as Kysely<Tables>, dialect);
        await sql`insert into schema_migrations (name, at) values (${migration.name}, ${Date.now()})`.execute(conn);
      }
      await sql`commit`.execute(conn);
    } catch (error) {
      await sql`rollback`.execute(conn).catch(() => {});
      throw error;
    }
  });
}

export const migrationNames = migrations.map(({ name }) => name);
