// Timed production builds: the project itself, and a temporary copy whose tree is ten times the size.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import path from 'node:path';
import { multiplyContent } from './synthetic-content.mjs';

const notCopied = new Set(['node_modules', '.next', '.git', 'bench', 'tests', 'test-results', 'playwright-report']);

/** Runs the production build (scripts/build.mjs) in `cwd` at low priority (the machine may be shared) and returns its wall-clock seconds. */
export function timedBuild(cwd, env = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['scripts/build.mjs'], {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    setPriority(child.pid, 10);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      if (code === 0) resolve((performance.now() - started) / 1000);
      else reject(new Error(`build in ${cwd} failed (${code}):\n${output.slice(-4000)}`));
    });
  });
}

/** Builds a copy of the project (node_modules hard-linked) with the content multiplied; the copy is then removed. */
export async function tenfoldBuildSeconds(root, copies = 10) {
  const copy = path.join(root, 'bench/tmp/tenfold');
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  try {
    for (const name of readdirSync(root).filter((name) => !notCopied.has(name))) {
      cpSync(path.join(root, name), path.join(copy, name), { recursive: true });
    }
    const linked = spawnSync('cp', ['-al', path.join(root, 'node_modules'), path.join(copy, 'node_modules')]);
    if (linked.status !== 0) throw new Error(`cp -al node_modules failed: ${linked.stderr}`);
    // The copy sits inside the project, whose lockfile Next would otherwise take as the root.
    const config = path.join(copy, 'next.config.mjs');
    writeFileSync(config, `${readFileSync(config, 'utf8')}\nnextConfig.turbopack = { root: import.meta.dirname };\n`);
    const steps = multiplyContent(copy, copies);
    return { ...steps, seconds: await timedBuild(copy) };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
