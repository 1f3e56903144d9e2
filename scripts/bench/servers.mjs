// The production server under test, and a bare node:http server returning the same response: the ceiling.
import { fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { httpGet } from './http-get.mjs';

async function stopped(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

/** The production server as `npm start` runs it, under the settings the build was made with. */
export async function startNext(root, port, env = {}) {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['.next/login-help/server.mjs'], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), HOSTNAME: '127.0.0.1', ...env },
    stdio: 'ignore',
  });
  for (let waited = 0; ; waited += 250) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    if (waited > 30_000) {
      await stopped(child);
      throw new Error(`the server did not answer on ${url} within 30 s`);
    }
    try {
      await httpGet(url);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return { url, stop: () => stopped(child) };
}

const perConnection = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/** Serves, for every request, the status, headers and body the production server gave for `pageUrl`. */
export async function startCeiling(pageUrl, port) {
  const { status, headers, body } = await httpGet(pageUrl);
  const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !perConnection.has(name)));
  const child = fork(fileURLToPath(new URL('./ceiling-server.mjs', import.meta.url)), { stdio: 'ignore' });
  child.send({ port, status, headers: { ...kept, 'content-length': body.length }, body: body.toString('base64') });
  const [message] = await once(child, 'message');
  if (message !== 'listening') throw new Error(`ceiling server: ${message}`);
  return { url: `http://127.0.0.1:${port}/`, stop: () => stopped(child) };
}
