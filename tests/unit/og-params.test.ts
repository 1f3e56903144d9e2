import { describe, expect, it } from 'vitest';
import { ogKeyOf, ogParams, ogPathOf } from '../../app/_lib/og-params';
import { stateKeys } from '../../machines/states';

describe('OG image paths', () => {
  it('gives the start page and every step a card of its own', () => {
    const paths = stateKeys.map(ogPathOf);
    expect(new Set(paths).size).toBe(stateKeys.length);
    expect(ogPathOf('start')).toBe('/og/start.png');
    expect(ogPathOf('wrong-password.check-details')).toBe('/og/wrong-password/check-details.png');
  });

  it.each(stateKeys)('parses the card path of %s back to its state', (key) => {
    expect(ogKeyOf(ogPathOf(key).split('/').slice(2))).toBe(key);
  });

  it('pre-renders exactly one card per state', () => {
    expect(ogParams().map(({ path }) => ogKeyOf(path))).toEqual(stateKeys);
  });

  it.each([
    [['nope', 'x.png']],
    [['wrong-password', 'nope.png']],
    [['wrong-password']],
    [['wrong-password.png']],
    [['wrong-password', 'check-details']],
    [['wrong-password', 'check-details.jpg']],
    [['wrong-password', 'check-details.png', 'x']],
    [['Wrong-Password', 'check-details.png']],
    [['..', 'start.png']],
    [['start', 'x.png']],
    [[]],
    ['start.png'],
    [undefined],
  ])('refuses %j', (segments) => {
    expect(ogKeyOf(segments)).toBeNull();
  });
});
