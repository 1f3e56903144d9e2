import { describe, expect, it } from 'vitest';
import { trackingRefused } from '../../app/_dom/step-beacon';
import { clientAddress } from '../../app/_lib/feedback/rate-limit.server';

describe('the step beacon', () => {
  it('stays silent under Global Privacy Control or Do Not Track', () => {
    expect(trackingRefused({ globalPrivacyControl: true, doNotTrack: null } as unknown as Navigator)).toBe(true);
    expect(trackingRefused({ doNotTrack: '1' } as Navigator)).toBe(true);
    expect(trackingRefused({ globalPrivacyControl: false, doNotTrack: '0' } as unknown as Navigator)).toBe(false);
  });
});

describe('the client address', () => {
  it('is the last X-Forwarded-For entry behind a trusted proxy, else the one Next set from the socket', () => {
    const headers = new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.2' });
    expect(clientAddress(headers, { TRUST_PROXY: '1' })).toBe('10.0.0.2');
    expect(clientAddress(new Headers({ 'x-forwarded-for': '127.0.0.1' }), {})).toBe('127.0.0.1');
  });
});
