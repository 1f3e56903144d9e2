import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, embedAncestors } from '../../app/_lib/content-security-policy';

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

describe('embedAncestors', () => {
  it('lets any http or https page frame the widget when no origins are configured', () => {
    expect(embedAncestors(undefined)).toEqual(['http:', 'https:']);
    expect(embedAncestors('  ')).toEqual(['http:', 'https:']);
  });

  it('reads origins separated by spaces or commas', () => {
    expect(embedAncestors('https://a.example, https://b.example:8443 http://localhost:3101/')).toEqual([
      'https://a.example',
      'https://b.example:8443',
      'http://localhost:3101',
    ]);
    expect(embedAncestors('https://*.school.example')).toEqual(['https://*.school.example']);
  });

  it('drops anything that is not a plain origin, so a bad entry never widens or rewrites the policy', () => {
    expect(embedAncestors("https://a.example; script-src 'unsafe-inline' *")).toEqual([]);
    expect(embedAncestors('https://a.example/path javascript:alert(1) * https: https://b.example')).toEqual(['https://b.example']);
    expect(embedAncestors('not-an-origin')).toEqual([]);
  });
});

describe('contentSecurityPolicy', () => {
  const hashes = ["'sha256-abc='"];

  it('allows scripts from this origin and the given hashes only: no inline, no eval', () => {
    const policy = directives(contentSecurityPolicy({ surface: 'help', scriptSources: hashes, embedAncestors: ['https:'] }));
    expect(policy['script-src']).toEqual(["'self'", "'sha256-abc='"]);
    expect(policy['style-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'self'"]);
  });

  it('lets the embed surface be framed by the allowed ancestors', () => {
    const policy = directives(contentSecurityPolicy({ surface: 'embed', scriptSources: hashes, embedAncestors: ['https://a.example'] }));
    expect(policy['frame-ancestors']).toEqual(["'self'", 'https://a.example']);
  });

  it('by default frames /embed/** in any web page, and every other page only in this site', () => {
    const embed = directives(contentSecurityPolicy({ surface: 'embed', scriptSources: hashes, embedAncestors: embedAncestors(undefined) }));
    expect(embed['frame-ancestors']).toEqual(["'self'", 'http:', 'https:']);
    const help = directives(contentSecurityPolicy({ surface: 'help', scriptSources: hashes, embedAncestors: embedAncestors(undefined) }));
    expect(help['frame-ancestors']).toEqual(["'self'"]);
  });

  it('adds eval and inline styles for the dev server only', () => {
    const policy = directives(contentSecurityPolicy({ surface: 'help', scriptSources: [], embedAncestors: [], dev: true }));
    expect(policy['script-src']).toContain("'unsafe-eval'");
    expect(policy['style-src']).toContain("'unsafe-inline'");
  });
});
