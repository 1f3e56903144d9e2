// `npm start` on a fresh clone: build once when there is no production build, then serve it.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const next = 'node_modules/next/dist/bin/next';
if (!existsSync('.next/BUILD_ID')) {
  const build = spawnSync(process.execPath, [next, 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const args = process.argv.slice(2);
const serve = spawnSync(process.execPath, [next, 'start', ...args], { stdio: 'inherit' });
process.exit(serve.status ?? 0);
