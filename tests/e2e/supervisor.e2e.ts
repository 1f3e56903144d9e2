import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { serverEnv } from '../../playwright.config';

const port = Number(process.env.E2E_PORT ?? 3100) + 10;

function npmStart(env: Record<string, string> = {}): { child: ChildProcess; output: () => string } {
  const child = spawn('npm', ['start'], { env: { ...serverEnv, PORT: String(port), HOSTNAME: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function ready(output: () => string) {
  await expect.poll(output, { timeout: 30_000 }).toContain(`ready on http://127.0.0.1:${port}`);
}

function portIsFree(host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, host, () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(true));
  });
}

/** The server process itself: npm's child, since `npm start` execs node and start.mjs becomes the server. */
function serverPid(npm: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    const ps = spawn('ps', ['-o', 'pid=', '--ppid', String(npm.pid)]);
    let out = '';
    ps.stdout.on('data', (chunk) => (out += chunk));
    ps.on('close', () => (out.trim() ? resolve(Number(out.trim().split('\n')[0])) : reject(new Error('no server process'))));
  });
}

test.describe.configure({ mode: 'serial' });

test.describe('npm start under a supervisor', () => {
  test('listens on HOSTNAME and PORT only, and SIGTERM leaves nothing on the port', async () => {
    const { child, output } = npmStart();
    await ready(output);
    expect(await portIsFree('127.0.0.1')).toBe(false);
    expect(await portIsFree('::1')).toBe(true);
    const res = await fetch(`http://127.0.0.1:${port}/`);
    expect(res.status).toBe(200);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(await portIsFree('127.0.0.1')).toBe(true);
  });

  test('exits non-zero when the server is killed, so a supervisor restarts it', async () => {
    const { child, output } = npmStart();
    await ready(output);
    process.kill(await serverPid(child), 'SIGKILL');
    const [code, signal] = await once(child, 'exit');
    expect(code ?? signal).not.toBe(0);
  });
});

test.describe('the server checks its build', () => {
  function server(cwd: string, env: Record<string, string> = {}) {
    const child = spawn(process.execPath, [path.resolve('.next/login-help/server.mjs')], { cwd, env: { ...serverEnv, PORT: String(port), ...env } });
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    return once(child, 'exit').then(([code]) => ({ code, output }));
  }

  test('refuses to start under a SITE_URL other than the build’s, naming it', async () => {
    const { code, output } = await server(process.cwd(), { SITE_URL: 'https://help.elsewhere.example' });
    expect(code).toBe(1);
    expect(output).toContain(`SITE_URL was ${serverEnv.SITE_URL} at build and is https://help.elsewhere.example now`);
  });

  test('refuses to start without its manifest, or with another build’s', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'login-help-'));
    mkdirSync(path.join(dir, '.next/login-help'), { recursive: true });
    writeFileSync(path.join(dir, '.next/BUILD_ID'), 'this-build');
    expect((await server(dir)).output).toContain('manifest.json is missing');
    writeFileSync(path.join(dir, '.next/login-help/manifest.json'), JSON.stringify({ buildId: 'other-build', settings: {}, pages: {}, notFound: [] }));
    const { code, output } = await server(dir);
    expect(code).toBe(1);
    expect(output).toContain('belongs to build other-build, not to this build (this-build)');
  });
});

test('serves search and the setup page with no content/ folder and no esbuild: content was compiled at build', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'login-help-deploy-'));
  for (const name of ['.next', 'public', 'package.json', 'next.config.mjs']) symlinkSync(path.resolve(name), path.join(dir, name));
  mkdirSync(path.join(dir, 'node_modules'));
  for (const name of readdirSync('node_modules').filter((name) => !['esbuild', '@esbuild', '.bin', '.cache'].includes(name))) {
    symlinkSync(path.resolve('node_modules', name), path.join(dir, 'node_modules', name));
  }
  const child = spawn(process.execPath, [path.resolve('.next/login-help/server.mjs')], { cwd: dir, env: { ...serverEnv, PORT: String(port), HOSTNAME: '127.0.0.1' } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    await ready(() => output);
    const search = await fetch(`http://127.0.0.1:${port}/search?q=expired`);
    expect(search.status).toBe(200);
    expect(await search.text()).toContain('/help/link-expired/request-new-link');
    expect((await fetch(`http://127.0.0.1:${port}/schools/embed`)).status).toBe(200);
    expect(await (await fetch(`http://127.0.0.1:${port}/embed.js`)).text()).toContain('cpoms-help');
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
});
