// `npm run bench`: build, serve and measure; prints a table and writes bench/results.json. Figures, not pass/fail.
// BENCH_PORT (default 3304; the ceiling server takes the next port) and CHROMIUM_PATH (default /usr/bin/chromium).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tenfoldBuildSeconds, timedBuild } from './bench/build.mjs';
import { firstSearch } from './bench/first-search.mjs';
import { lighthouseScores } from './bench/lighthouse.mjs';
import { load } from './bench/load.mjs';
import { pageWeight, sizesOf } from './bench/page-weight.mjs';
import { startCeiling, startNext } from './bench/servers.mjs';
import { benchFeedback } from './bench/feedback.mjs';
import { widgetFigures } from './bench/widget.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.BENCH_PORT ?? 3304);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const origin = `http://127.0.0.1:${port}`;
const deepStep = '/help/wrong-password/saved-password';
const widgetStep = deepStep.replace('/help/', '/embed/');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const load1 = () => Number(loadavg()[0].toFixed(2));
const step = (message) => console.log(`bench: ${message}`);

const environment = {
  date: new Date().toISOString(),
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim(),
  node: process.version,
  next: JSON.parse(readFileSync(path.join(root, 'node_modules/next/package.json'), 'utf8')).version,
  cpus: cpus().length,
  loadAverageAtStart: load1(),
};

step('building (clean)');
rmSync(path.join(root, '.next'), { recursive: true, force: true });
// Canonical and preview URLs point at the server Lighthouse audits.
const buildSeconds = await timedBuild(root, { SITE_URL: origin });

step(`serving on ${origin}`);
const server = await startNext(root, port, { SITE_URL: origin });
let ceiling;
let measured;
try {
  step('first search after start');
  const search = await firstSearch(origin);
  step('Lighthouse (mobile)');
  const lighthouse = await lighthouseScores([`${origin}/`, `${origin}${deepStep}`], chromePath);
  step('page weight');
  const weight = await pageWeight(`${origin}${deepStep}`, chromePath);
  const embedJs = await sizesOf(`${origin}/embed.js`);
  step('widget: cold loads in a school\'s page, CPU slowed 4×');
  const widgetPages = Object.keys(JSON.parse(readFileSync(path.join(root, '.next/login-help/widget.json'), 'utf8')).pages);
  const widget = await widgetFigures(origin, { chromePath, hostPort: port + 3, steps: widgetPages });
  step('load: production server');
  const loadAverageBeforeLoad = load1();
  const production = await load(`${origin}${deepStep}`);
  ceiling = await startCeiling(`${origin}${deepStep}`, port + 1);
  step('load: bare node:http ceiling');
  const bare = await load(ceiling.url);
  await ceiling.stop();
  step('load: a widget step, and its ceiling');
  const widgetProduction = await load(`${origin}${widgetStep}`);
  ceiling = await startCeiling(`${origin}${widgetStep}`, port + 1);
  const widgetBare = await load(ceiling.url);
  measured = { search, lighthouse, weight, embedJs, widget, loadAverageBeforeLoad, production, bare, widgetLoad: { production: widgetProduction, ceiling: widgetBare } };
} finally {
  await ceiling?.stop();
  await server.stop();
}

step('tenfold build (temporary copy under bench/tmp)');
const tenfold = await tenfoldBuildSeconds(root);

step('answers and insights, SQLite and Postgres (takes a few minutes)');
const feedback = await benchFeedback({ port: port + 2, log: step, settings: { SITE_URL: origin } });

const { search, lighthouse, weight, embedJs, widget, widgetLoad, production, bare } = measured;
const results = {
  environment: { ...environment, loadAverageBeforeLoad: measured.loadAverageBeforeLoad },
  build: { seconds: Number(buildSeconds.toFixed(1)), steps: tenfold.before },
  tenfoldBuild: { seconds: Number(tenfold.seconds.toFixed(1)), steps: tenfold.after },
  lighthouse: Object.fromEntries(Object.entries(lighthouse).map(([url, result]) => [new URL(url).pathname, result])),
  stepPage: { path: deepStep, html: weight.html, javaScript: weight.scripts },
  embedJs,
  widget: { ...widget, load: { path: widgetStep, ...widgetLoad, ratio: Number((widgetLoad.production.requestsPerSecond / widgetLoad.ceiling.requestsPerSecond).toFixed(2)) } },
  search,
  load: { path: deepStep, production, ceiling: bare, ratio: Number((production.requestsPerSecond / bare.requestsPerSecond).toFixed(2)) },
  feedback,
};
mkdirSync(path.join(root, 'bench'), { recursive: true });
writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

const rows = [['Measure', 'Value', 'Target', 'Met']];
const row = (measure, value, target = '', met = null) => rows.push([measure, String(value), target, met === null ? '' : met ? 'yes' : 'NO']);
for (const [page, { scores }] of Object.entries(results.lighthouse)) {
  row(`Lighthouse ${page} performance`, scores.performance, '≥ 95', scores.performance >= 95);
  for (const category of ['accessibility', 'best-practices', 'seo']) row(`Lighthouse ${page} ${category}`, scores[category], '100', scores[category] === 100);
}
row(`JavaScript on ${deepStep} (gzip)`, `${kb(weight.scripts.gzip)} in ${weight.scripts.count} files (${weight.scripts.loadedAtRunTime} at run time)`, '≤ 150 KB', weight.scripts.gzip <= 150 * 1024);
row('JavaScript, uncompressed', kb(weight.scripts.raw));
row('Step page HTML raw / gzip', `${kb(weight.html.raw)} / ${kb(weight.html.gzip)}`);
row('embed.js raw / gzip', `${kb(embedJs.raw)} / ${kb(embedJs.gzip)}`, '≤ 2 KB gzip', embedJs.gzip <= 2048);
const { firstStep, heaviestStep } = widget;
row('Widget: loader + first step (gzip), requests', `${kb(firstStep.gzipBytes)}, ${firstStep.requests}`, '≤ 20 KB', firstStep.gzipBytes <= 20 * 1024);
row(`Widget: loader + heaviest first step ${heaviestStep.path}`, kb(heaviestStep.gzipBytes), '≤ 20 KB', heaviestStep.gzipBytes <= 20 * 1024);
row('Widget sized, CPU 4× (from the school page / from the frame)', `${firstStep.sizedMs} ms / ${firstStep.frameSizedMs} ms`, '≤ 600 ms', firstStep.frameSizedMs <= 600);
row('Widget: main-thread script time, CPU 4×', `${firstStep.scriptMs} ms`);
row('Widget: CSP violations in Chromium', firstStep.cspViolations, '0', firstStep.cspViolations === 0);
row(`Widget ${widgetStep}: req/s, p99 (ceiling req/s)`, `${widgetLoad.production.requestsPerSecond}, ${widgetLoad.production.p99Ms} ms (${widgetLoad.ceiling.requestsPerSecond})`);
row('Widget step / ceiling throughput', results.widget.load.ratio);
for (const [name, run] of [['production', production], ['bare node:http', bare]]) {
  row(`${name}: req/s (50 conn, ${run.seconds} s)`, run.requestsPerSecond);
  row(`${name}: p99 latency`, `${run.p99Ms} ms`, name === 'production' ? '< 100 ms' : '', name === 'production' ? run.p99Ms < 100 : null);
  row(`${name}: errors / non-2xx`, `${run.errors} / ${run.non2xx}`, name === 'production' ? '0' : '', name === 'production' ? run.errors + run.non2xx === 0 : null);
}
row('production / ceiling throughput', results.load.ratio, '≥ 0.14 (twice 0.04–0.07)', results.load.ratio >= 0.14);
row('First search after start / warm median', `${search.firstMs} ms / ${search.warmMedianMs} ms`);
for (const { database, burst, killedBurst, insights } of [feedback.sqlite, feedback.postgres]) {
  row(`${database}: 2,000 answers over 50 conn: accepted / lost`, `${burst.accepted} / ${burst.lost}`, '0 lost', burst.lost === 0);
  row(`${database}: answer p99 latency, answers/s`, `${burst.p99Ms} ms, ${burst.perSecond}/s`);
  row(`${database}: SIGKILL mid-burst: acknowledged / lost`, `${killedBurst.acknowledged} / ${killedBurst.lostAcknowledged}`, '0 lost', killedBurst.lostAcknowledged === 0);
  row(`${database}: /insights, /api/insights at ${insights.events.toLocaleString('en-GB')} events`, `${insights.page.medianMs} ms, ${insights.json.medianMs} ms`, '< 1000 ms', insights.page.medianMs < 1000 && insights.json.medianMs < 1000);
}
row(`Build (${results.build.steps} steps)`, `${results.build.seconds} s`);
row(`Build, content ×10 (${results.tenfoldBuild.steps} steps)`, `${results.tenfoldBuild.seconds} s`);
row('Load average (1 min) at start / before load', `${environment.loadAverageAtStart} / ${measured.loadAverageBeforeLoad} on ${environment.cpus} CPUs`);

const widths = rows[0].map((_, column) => Math.max(...rows.map((cells) => cells[column].length)));
for (const [index, cells] of rows.entries()) {
  console.log(cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
  if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
}
for (const [page, { failing }] of Object.entries(results.lighthouse)) {
  if (failing.length) console.log(`Lighthouse ${page} lost points on: ${failing.map((audit) => audit.id).join(', ')}`);
}
console.log('Written to bench/results.json');
