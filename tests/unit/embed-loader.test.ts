import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { embedLoader, loaderSourcePath } from '../../scripts/build/embed-loader';
import { offeredScenarios } from '../../machines/scenarios';

describe('/embed.js', () => {
  it('accepts as data-start exactly the scenarios the start page offers, in its order', async () => {
    const code = await embedLoader();
    const lists = [...code.matchAll(/"([a-z-]+(?: [a-z-]+){3,})"/g)].map(([, list]) => list.split(' '));
    expect(lists).toEqual([offeredScenarios.map(({ scenario }) => scenario)]);
    expect(code).not.toContain('__SCENARIOS__');
  });

  it('keeps no copy of the school hosts: the page in the frame checks the address', async () => {
    const code = await embedLoader();
    expect(code).not.toMatch(/cpoms\.net/);
    expect(await readFile(loaderSourcePath, 'utf8')).not.toMatch(/cpoms\.net/);
  });

  it('stays within its budget of 2,048 bytes gzipped, and ES2017 for schools’ older browsers', async () => {
    const code = await embedLoader();
    expect(gzipSync(code).length).toBeLessThanOrEqual(2048);
    // An optional catch binding (ES2019) is the one newer form the source could slip into.
    expect(code).not.toMatch(/catch\{/);
  });
});
