// `npm start`: build when there is no build, or when it was made under other settings, then become the server
// (same process, so a supervisor's signals and our exit status are the server's).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const out = '.next/login-help';
const built = existsSync(`${out}/server.mjs`) && existsSync(`${out}/manifest.json`);
let reason = built ? null : 'there is no production build yet';
if (built) {
  const { settingsDrift } = await import(pathToFileURL(`${out}/build-manifest.mjs`).href);
  const { readFileSync } = await import('node:fs');
  const drift = settingsDrift(JSON.parse(readFileSync(`${out}/manifest.json`, 'utf8')).settings, process.env);
  if (drift.length) reason = drift.join('; ');
}
if (reason) {
  console.log(`Building first: ${reason}.`);
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import(pathToFileURL(`${out}/server.mjs`).href);
