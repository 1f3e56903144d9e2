import { httpGet } from './http-get.mjs';

async function timed(url) {
  const started = performance.now();
  const { status } = await httpGet(url);
  if (status !== 200) throw new Error(`${url} answered ${status}`);
  return Math.round(performance.now() - started);
}

/** The first search after the server starts against the median of the next ten: nothing is compiled on request. */
export async function firstSearch(origin) {
  const url = `${origin}/search?q=${encodeURIComponent('reset link expired')}`;
  const firstMs = await timed(url);
  const warm = [];
  for (let i = 0; i < 10; i++) warm.push(await timed(url));
  warm.sort((a, b) => a - b);
  return { firstMs, warmMedianMs: warm[5] };
}
