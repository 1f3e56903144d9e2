import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { openStore, type Store, type StoreSettings } from '../../../app/_lib/store/database.server';

export type TestDatabase = { name: 'sqlite' | 'postgres'; settings: StoreSettings; open: () => Promise<Store>; drop: () => Promise<void> };

/** A fresh, empty database of each kind: a SQLite file in a temp folder, and a new database on the test server. */
export async function freshDatabases(): Promise<TestDatabase[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'login-help-sqlite-'));
  const sqlite: StoreSettings = { file: path.join(dir, 'nested', 'test.db') };
  const admin = inject('postgresUrl');
  const name = `lh_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const postgres: StoreSettings = { databaseUrl: admin.replace(/\/postgres$/, `/${name}`) };
  return [
    { name: 'sqlite', settings: sqlite, open: () => openStore(sqlite), drop: async () => rmSync(dir, { recursive: true, force: true }) },
    {
      name: 'postgres',
      settings: postgres,
      open: () => openStore(postgres),
      drop: async () => {
        const c = new pg.Client({ connectionString: admin });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    },
  ];
}

/** This test file's fresh databases: made before its tests, dropped after them. */
export function freshDatabasesForThisFile() {
  let databases: TestDatabase[] = [];
  beforeAll(async () => {
    databases = await freshDatabases();
  });
  afterAll(async () => {
    await Promise.all(databases.map((db) => db.drop()));
  });
  return { all: () => databases, open: (kind: TestDatabase['name']) => databases.find((db) => db.name === kind)!.open() };
}
