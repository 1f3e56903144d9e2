// Compiles content/ into generated/content.ts and the embed loader into generated/embed-loader.ts (see
// scripts/build/content.ts). `--watch` recompiles on each edit,
// for `npm run dev`. A malformed file stops it, naming the file and the field.
import { watch } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = process.cwd();
const out = path.join(root, 'node_modules', '.cache', 'login-help', `build-content-${process.pid}.mjs`);
await mkdir(path.dirname(out), { recursive: true });
await build({
  entryPoints: [path.join(root, 'scripts/build/content.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'error',
});
const { writeContentModule } = await import(pathToFileURL(out).href);
await rm(out);

async function run() {
  const started = performance.now();
  try {
    const { steps, browsers, bytes } = await writeContentModule(root);
    console.log(`content: ${steps} steps, ${browsers} browsers → generated/content.ts (${Math.round(bytes / 1024)} KB) in ${Math.round(performance.now() - started)} ms`);
    return true;
  } catch (error) {
    console.error(error.name === 'ContentError' ? `Content error: ${error.message}` : error);
    return false;
  }
}

if (process.argv.includes('--watch')) {
  await run();
  let timer;
  for (const dir of ['content', 'app/embed.js']) {
    watch(path.join(root, dir), { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(run, 100);
    });
  }
} else if (!(await run())) {
  process.exit(1);
}
