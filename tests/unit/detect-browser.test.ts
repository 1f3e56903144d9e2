import { describe, expect, it } from 'vitest';
import { detectBrowser } from '../../app/_lib/detect-browser';

export const userAgents = {
  chrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0',
  firefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0',
  'safari-mac': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
  'safari-ios': 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1',
  'internet-explorer': 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
} as const;

describe('detectBrowser', () => {
  it.each(Object.entries(userAgents))('recognises %s', (id, ua) => {
    expect(detectBrowser(ua)).toBe(id);
  });

  it('tells an iPad (which reports a Mac) by its touch points', () => {
    expect(detectBrowser(userAgents['safari-mac'], 5)).toBe('safari-ios');
  });

  it('gives Chrome on a Chromebook the Chrome steps', () => {
    expect(detectBrowser('Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36')).toBe('chrome');
  });

  it('makes no guess for an unknown browser', () => {
    expect(detectBrowser('curl/8.5.0')).toBeNull();
  });
});
