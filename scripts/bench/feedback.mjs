// Recorded answers under load: a burst, a burst through a SIGKILL, and /insights over a million events,
// on SQLite and on Postgres. `node scripts/bench/feedback.mjs` alone, or as part of `npm run bench` (needs a build).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { sql } from 'kysely';
import Database from 'libsql';
import pg from 'pg';
import { startPostgres } from '../lib/postgres-cluster.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const token = 'bench-token';
const dayMs = 86_400_000;

function startApp(port, env) {
  const child = spawn(process.execPath, ['.next/login-help/server.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1', INSIGHTS_TOKEN: token, RATE_LIMIT_PER_MINUTE: '1000000', ...env },
    stdio: 'ignore',
  });
  const ready = (async () => {
    for (let waited = 0; waited < 30_000; waited += 100) {
      if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/privacy`)).ok) return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error('the app did not start');
  })();
  return {
    ready,
    kill: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await once(child, 'exit');
    },
  };
}

function post(agent, port, body, target = '/api/feedback') {
  return new Promise((resolve) => {
    const started = performance.now();
    const request = http.request(
      { host: '127.0.0.1', port, path: target, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode, ms: performance.now() - started }));
      },
    );
    request.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    request.end(body);
  });
}

/** `total` answers over `connections` keep-alive connections; `onHalf` runs once half have been sent. */
async function burst(port, { total = 2000, connections = 50, tag, onHalf } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const acknowledged = [];
  const latencies = [];
  let next = 0;
  let halfDone = false;
  const statuses = {};
  async function worker() {
    while (next < total) {
      const i = next++;
      if (i === total / 2 && onHalf && !halfDone) {
        halfDone = true;
        await onHalf();
      }
      const id = `${tag}-${i}`;
      const { status, ms } = await post(agent, port, JSON.stringify({ step: 'outcome/fixed', outcome: 'not-solved', comment: id }));
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status === 201) {
        acknowledged.push(id);
        latencies.push(ms);
      }
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    seconds: (performance.now() - started) / 1000,
    acknowledged,
    statuses,
    p99: latencies.length ? Number(latencies[Math.floor(latencies.length * 0.99)].toFixed(1)) : null,
  };
}

/** `total` step events (each a walk of its own) over `connections` keep-alive connections: the write path's rate. */
async function eventsBurst(port, { total = 2000, connections = 50 } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const statuses = {};
  let next = 0;
  async function worker() {
    while (next < total) {
      const i = next++;
      const body = JSON.stringify({ walk: `burst-walk-${i}`, from: 'start', event: 'choose.wrong-password', to: 'wrong-password.check-details', surface: 'help' });
      const { status } = await post(agent, port, body, '/api/events');
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  agent.destroy();
  return { events: total, connections, statuses, perSecond: Math.round((statuses[204] ?? 0) / ((performance.now() - started) / 1000)) };
}

/**
 * The app's own store code, bundled for this script like the machine's edges: the bench folds its bulk-loaded
 * events into the aggregates with the same backfill the migration runs. Written inside the project so that the
 * database drivers resolve from its node_modules.
 */
async function storeModule() {
  const outfile = path.join(root, 'node_modules/.cache/login-help-bench/store.mjs');
  await build({
    stdin: {
      contents: "export { openStore } from './app/_lib/store/database.server'; export { rebuildAggregates } from './app/_lib/store/aggregates.server';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    external: ['pg', 'libsql', 'kysely'],
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}

async function storedComments(db, tag) {
  if (db.kind === 'sqlite') {
    const file = new Database(db.file);
    const rows = file.prepare('select comment from feedback where comment like ?').all(`${tag}-%`);
    file.close();
    return new Set(rows.map((row) => row.comment));
  }
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const { rows } = await client.query('select comment from feedback where comment like $1', [`${tag}-%`]);
  await client.end();
  return new Set(rows.map((row) => row.comment));
}

/** The machine's edges, from the TypeScript source, bundled for this script with the project's esbuild. */
async function treeEdges(dir) {
  const outfile = path.join(dir, 'tree.mjs');
  await build({ entryPoints: [path.join(root, 'machines/tree.ts')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
  return (await import(pathToFileURL(outfile).href)).treeEdges;
}

/** Random walks over the machine until `count` events: about 4 answers a walk over the last 30 days. */
function* walks(edges, count) {
  const from = new Map();
  for (const edge of edges) from.set(edge.from, [...(from.get(edge.from) ?? []), edge]);
  const browsers = ['chrome', 'edge', 'safari-ios', 'firefox', 'safari-mac', 'other'];
  const schools = [null, null, 'a.cpoms.net', 'b.cpoms.net', 'c.cpoms.net'];
  let made = 0;
  let w = 0;
  while (made < count) {
    const walk = `bench-walk-${w++}`;
    let at = Date.now() - Math.floor(Math.random() * 30 * dayMs);
    let key = 'start';
    const surface = Math.random() < 0.3 ? 'embed' : 'help';
    const browser = browsers[w % browsers.length];
    const school = schools[w % schools.length];
    for (let step = 0; step < 12 && made < count; step++) {
      const choices = from.get(key);
      if (!choices || (step > 0 && Math.random() < 0.12)) break;
      const edge = choices[Math.floor(Math.random() * choices.length)];
      at += 5_000 + Math.floor(Math.random() * 60_000);
      yield [at, walk, edge.from, edge.event, edge.to, surface, school, browser];
      made++;
      key = edge.to;
    }
  }
}

async function seed(db, edges, count) {
  const started = performance.now();
  const batch = 10_000;
  const rows = walks(edges, count);
  if (db.kind === 'sqlite') {
    const file = new Database(db.file);
    file.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
    const insert = file.prepare('insert into events (at, walk, from_key, event, to_key, surface, school, browser) values (?, ?, ?, ?, ?, ?, ?, ?)');
    let done = false;
    while (!done) {
      file.exec('begin');
      for (let i = 0; i < batch; i++) {
        const { value, done: end } = rows.next();
        if (end) {
          done = true;
          break;
        }
        insert.run(value);
      }
      file.exec('commit');
    }
    file.close();
  } else {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    let done = false;
    while (!done) {
      const columns = [[], [], [], [], [], [], [], []];
      for (let i = 0; i < batch; i++) {
        const { value, done: end } = rows.next();
        if (end) {
          done = true;
          break;
        }
        value.forEach((v, c) => columns[c].push(v));
      }
      if (columns[0].length === 0) break;
      await client.query(
        `insert into events (at, walk, from_key, event, to_key, surface, school, browser)
         select * from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])`,
        columns,
      );
    }
    await client.end();
  }
  const loaded = performance.now();
  const { openStore, rebuildAggregates } = await storeModule();
  const store = await openStore(db.kind === 'sqlite' ? { file: db.file } : { databaseUrl: db.url });
  try {
    await rebuildAggregates(store.db);
    await sql`analyze`.execute(store.db);
  } finally {
    await store.close();
  }
  return { seedSeconds: (loaded - started) / 1000, aggregateSeconds: (performance.now() - loaded) / 1000 };
}

async function timed(url, headers, runs = 3) {
  const times = [];
  let status;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    status = response.status;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { status, medianMs: Math.round(times[Math.floor(runs / 2)]), firstMs: Math.round(times[0]) };
}

async function measure(db, port, edges, events, settings) {
  const env = { ...settings, ...(db.kind === 'sqlite' ? { FEEDBACK_DB: db.file, DATABASE_URL: '' } : { DATABASE_URL: db.url }) };
  const result = { database: db.kind };
  let app = startApp(port, env);
  await app.ready;
  const plain = await burst(port, { tag: `${db.kind}-burst` });
  await app.kill();
  const storedPlain = await storedComments(db, `${db.kind}-burst`);
  result.burst = {
    answers: 2000,
    connections: 50,
    accepted: plain.acknowledged.length,
    statuses: plain.statuses,
    lost: plain.acknowledged.filter((id) => !storedPlain.has(id)).length,
    p99Ms: plain.p99,
    perSecond: Math.round(plain.acknowledged.length / plain.seconds),
  };

  app = startApp(port, env);
  await app.ready;
  let restarted;
  const killed = await burst(port, {
    tag: `${db.kind}-kill`,
    onHalf: async () => {
      await app.kill('SIGKILL');
      restarted = startApp(port, env);
      await restarted.ready;
    },
  });
  await restarted.kill();
  const storedKilled = await storedComments(db, `${db.kind}-kill`);
  result.killedBurst = {
    answers: 2000,
    acknowledged: killed.acknowledged.length,
    statuses: killed.statuses,
    lostAcknowledged: killed.acknowledged.filter((id) => !storedKilled.has(id)).length,
  };

  app = startApp(port, env);
  await app.ready;
  result.eventsBurst = await eventsBurst(port);
  await app.kill();

  const seeded = await seed(db, edges, events);
  result.seedSeconds = Number(seeded.seedSeconds.toFixed(1));
  result.aggregateSeconds = Number(seeded.aggregateSeconds.toFixed(1));
  app = startApp(port, env);
  await app.ready;
  const basic = { authorization: `Basic ${Buffer.from(`staff:${token}`).toString('base64')}` };
  result.insights = {
    events,
    page: await timed(`http://127.0.0.1:${port}/insights?days=30`, basic),
    json: await timed(`http://127.0.0.1:${port}/api/insights?days=30`, { authorization: `Bearer ${token}` }),
  };
  await app.kill();
  return result;
}

/** `settings`: what the build was made with (SITE_URL), which the server insists on. */
export async function benchFeedback({ port = 3320, events = 1_000_000, log = console.log, settings = {} } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'login-help-bench-'));
  mkdirSync(dir, { recursive: true });
  const cluster = await startPostgres(5439 + 900 + (process.pid % 50));
  try {
    const edges = await treeEdges(dir);
    log('feedback: SQLite');
    const sqlite = await measure({ kind: 'sqlite', file: path.join(dir, 'bench.db') }, port, edges, events, settings);
    log(JSON.stringify(sqlite));
    log('feedback: Postgres');
    const postgres = await measure({ kind: 'postgres', url: cluster.url }, port, edges, events, settings);
    log(JSON.stringify(postgres));
    return { sqlite, postgres };
  } finally {
    cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const events = Number(process.env.BENCH_EVENTS ?? 1_000_000);
  const results = await benchFeedback({ port: Number(process.env.BENCH_PORT ?? 3320), events });
  console.log(JSON.stringify(results, null, 2));
}
