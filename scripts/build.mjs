// `npm run build`: compile content/, let Next build and prerender, render the widget's pages, then record the pages'
// script hashes and bundle the server (server/*.ts) into .next/login-help/, where `npm start` finds them.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = process.cwd();
const out = path.join(root, '.next', 'login-help');

function run(...args) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('scripts/build-content.mjs');
run('node_modules/next/dist/bin/next', 'build');
// The widget's pages are the site's server components rendered in plain Node, where `server-only` has nothing to guard.
const serverOnlyIsEmpty = {
  name: 'server-only-is-empty',
  setup(build) {
    build.onResolve({ filter: /^server-only$/ }, () => ({ path: 'server-only', namespace: 'empty' }));
    build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '' }));
  },
};
await build({
  entryPoints: {
    server: 'server/main.ts',
    'write-manifest': 'server/write-manifest.ts',
    'build-manifest': 'server/build-manifest.ts',
    widget: 'scripts/build/widget.tsx',
  },
  outdir: out,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  packages: 'external',
  plugins: [serverOnlyIsEmpty],
  // As next.config.mjs inlines it for the site's pages.
  define: { 'process.env.FEEDBACK_AT_BUILD': JSON.stringify(process.env.FEEDBACK === 'off' ? 'off' : 'on') },
  logLevel: 'error',
});
try {
  const { writeWidget } = await import(pathToFileURL(path.join(out, 'widget.mjs')).href);
  const widget = await writeWidget(root);
  console.log(`after build: the widget's ${widget.pages} pages rendered to static HTML, its script ${widget.scriptBytes} bytes`);
  const { writeManifest } = await import(pathToFileURL(path.join(out, 'write-manifest.mjs')).href);
  const { pages } = await writeManifest(root);
  console.log(`after build: script hashes of ${pages} prerendered pages in .next/login-help/manifest.json`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
