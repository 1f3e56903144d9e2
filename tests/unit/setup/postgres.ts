import type { TestProject } from 'vitest/node';
import { startPostgres } from '../../../scripts/lib/postgres-cluster.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** One real Postgres server for the whole run: every store test runs against it as well as against SQLite. */
export default async function setup(project: TestProject) {
  const port = 5439 + (process.pid % 500);
  const cluster = await startPostgres(port);
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
