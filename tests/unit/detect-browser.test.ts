import { describe, expect, it } from 'vitest';
import { detectBrowser } from '../../app/_lib/detect-browser';
import { userAgents } from '../fixtures/user-agents';


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
