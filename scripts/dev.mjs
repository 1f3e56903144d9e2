// `npm run dev`: recompile content/ on each edit, and run our server (server/main.ts) around Next's dev server,
// so development sees the same headers and rules as production.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const watcher = spawn(process.execPath, ['scripts/build-content.mjs', '--watch'], { stdio: 'inherit' });
process.on('exit', () => watcher.kill());
const out = path.resolve('node_modules/.cache/login-help/dev-server.mjs');
await build({ entryPoints: ['server/main.ts'], outfile: out, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'error' });
process.argv.push('--dev');
await import(pathToFileURL(out).href);
