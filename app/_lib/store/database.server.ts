import type { Env } from '../feedback/settings';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { deleteEventsBefore } from './aggregates.server';
import { migrate } from './migrations.server';
import type { Dialect, Tables } from './tables';

export type Store = { db: Kysely<Tables>; dialect: Dialect; close: () => Promise<void> };
export type StoreSettings = { databaseUrl?: string; file?: string };

const dayMs = 86_400_000;

export function settingsFromEnv(env: Env = process.env): StoreSettings {
  return { databaseUrl: env.DATABASE_URL || undefined, file: env.FEEDBACK_DB || undefined };
}

async function openPostgres(url: string): Promise<Store> {
  const { Pool } = await import('pg');
  const pool = new Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle client losing its server must not crash the process; the next query reconnects or fails with a 503.
  pool.on('error', (error) => console.error('[feedback] postgres connection lost:', error.message));
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

async function openSqlite(file: string): Promise<Store> {
  const { default: Database } = await import('libsql');
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const database = new Database(file);
  database.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
  // libsql follows better-sqlite3's API, which Kysely's SQLite dialect drives.
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: database as never }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/** Opens and migrates the database the settings name: Postgres when DATABASE_URL is set, else the SQLite file. */
export async function openStore(settings: StoreSettings): Promise<Store> {
  const url = settings.databaseUrl;
  if (url && !/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must start with postgres://');
  const store = url ? await openPostgres(url) : await openSqlite(settings.file ?? 'data/login-help.db');
  try {
    await migrate(store.db, store.dialect);
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return store;
}

let opening: Promise<Store> | null = null;

/**
 * The process's store, opened on first use and never at import time (`next build` imports routes in several
 * workers at once). A failed open is forgotten, so the next request tries again.
 */
export function store(): Promise<Store> {
  opening ??= openStore(settingsFromEnv()).catch((error) => {
    opening = null;
    throw error;
  });
  return opening;
}

export function retentionDays(env: Env = process.env): number {
  const days = Number(env.RETENTION_DAYS ?? 400);
  return Number.isFinite(days) && days > 0 ? days : 400;
}

/** Deletes answers and events older than the retention period, and their share of the aggregates; returns how many rows went. */
export async function applyRetention({ db }: Store, days: number, now = Date.now()): Promise<number> {
  const before = now - days * dayMs;
  return db.transaction().execute(async (trx) => {
    const feedback = await trx.deleteFrom('feedback').where('at', '<', before).executeTakeFirst();
    return Number(feedback.numDeletedRows) + (await deleteEventsBefore(trx, before));
  });
}

/** Whether the database answers at all. */
export async function ping({ db }: Store): Promise<void> {
  await sql`select 1`.execute(db);
}
