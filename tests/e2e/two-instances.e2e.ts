import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { serverEnv } from '../../playwright.config';
// A plain .mjs module shared with the unit tests' setup and the bench.
import { startPostgres } from '../../scripts/lib/postgres-cluster.mjs';

const port = Number(process.env.E2E_PORT ?? 3100);
// Past the ports the other servers take (app, host page, forge page, the embed fallback's two).
const ports = [port + 5, port + 6];
const token = 'two-instances-token';

async function startApp(appPort: number, databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['.next/login-help/server.mjs'], {
    env: { ...serverEnv, PORT: String(appPort), HOSTNAME: '127.0.0.1', DATABASE_URL: databaseUrl, INSIGHTS_TOKEN: token, RATE_LIMIT_PER_MINUTE: '1000' },
    stdio: 'ignore',
  });
  for (let waited = 0; waited < 30_000; waited += 250) {
    try {
      if ((await fetch(`http://127.0.0.1:${appPort}/privacy`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error(`the app on ${appPort} did not start`);
}

test('two app instances on one Postgres both record, and each reads what the other wrote', async () => {
  test.setTimeout(180_000);
  const cluster = await startPostgres(5439 + (process.pid % 500) + 500);
  const apps: ChildProcess[] = [];
  try {
    // Both start at once: the advisory lock lets one migrate while the other waits.
    apps.push(...(await Promise.all(ports.map((p) => startApp(p, cluster.url)))));
    for (const [i, p] of ports.entries()) {
      const response = await fetch(`http://127.0.0.1:${p}/api/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ step: 'outcome/fixed', outcome: 'not-solved', comment: `from instance ${i}` }),
      });
      expect(response.status).toBe(201);
    }
    for (const p of ports) {
      const response = await fetch(`http://127.0.0.1:${p}/api/insights?days=7`, { headers: { authorization: `Bearer ${token}` } });
      const insights = await response.json();
      expect(insights.total).toBe(2);
      expect(insights.comments.map((c: { comment: string }) => c.comment).sort()).toEqual(['from instance 0', 'from instance 1']);
    }
  } finally {
    for (const app of apps) app.kill('SIGTERM');
    cluster.stop();
  }
});
