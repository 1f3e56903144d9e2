import { describe, expect, it } from 'vitest';
import { exitTarget, ignoredSchoolWarning } from '../../app/_dom/embed-frame';
import { addressParts } from '../../app/_lib/address-parts';
import { embedSnippet, previewQuery } from '../../app/_lib/embed-snippet';
import { allowedHostSuffixes } from '../../machines/school';

const here = 'https://help.example.org/embed/wrong-password/check-details?school=https%3A%2F%2Fmyschool.cpoms.net';

describe('exitTarget', () => {
  it('keeps the wizard’s own pages in the frame', () => {
    expect(exitTarget('/embed/wrong-password/reset?sso=no', here)).toBeNull();
    expect(exitTarget('/embed', here)).toBeNull();
    expect(exitTarget('#main', here)).toBeNull();
  });

  it('opens mail and phone links from the top window', () => {
    expect(exitTarget('mailto:support@cpoms.co.uk', here)).toBe('_top');
    expect(exitTarget('tel:+441756797766', here)).toBe('_top');
  });

  it('opens everything else in a new tab: the school’s CPOMS page, the full site, other sites', () => {
    expect(exitTarget('https://myschool.cpoms.net', here)).toBe('_blank');
    expect(exitTarget('/help/wrong-password/check-details', here)).toBe('_blank');
    expect(exitTarget('/embedded-elsewhere', here)).toBe('_blank');
    expect(exitTarget('https://other.example/embed/x', here)).toBe('_blank');
  });
});

describe('ignoredSchoolWarning', () => {
  const suffixes = allowedHostSuffixes('trust.example');
  it('says nothing when the address is accepted or absent', () => {
    expect(ignoredSchoolWarning('?school=https://greenfield.trust.example', suffixes)).toBeNull();
    expect(ignoredSchoolWarning('?sso=no', suffixes)).toBeNull();
  });
  it('names the ignored address and the endings accepted', () => {
    expect(ignoredSchoolWarning('?school=javascript:alert(1)', suffixes)).toBe(
      '[cpoms-help] data-school-url="javascript:alert(1)" ignored: give the https address of your CPOMS login page, on cpoms.net or trust.example',
    );
  });
});

describe('addressParts', () => {
  it('cuts after dots, slashes and @, keeping the scheme whole', () => {
    expect(addressParts('https://myschool.cpoms.net/auth')).toEqual(['https://', 'myschool.', 'cpoms.', 'net/', 'auth']);
    expect(addressParts('notifications@cpoms.net')).toEqual(['notifications@', 'cpoms.', 'net']);
    expect(addressParts('plain').join('')).toBe('plain');
  });
});

describe('embedSnippet and previewQuery', () => {
  const choices = { school: 'https://myschool.cpoms.net', sso: 'yes', mode: 'launcher', start: 'wrong-password' } as const;
  it('writes the contract’s attributes on the given origin', () => {
    expect(embedSnippet({ origin: 'https://help.example.org', ...choices })).toBe(
      '<script src="https://help.example.org/embed.js" async data-school-url="https://myschool.cpoms.net" data-sso="yes" data-mode="launcher" data-start="wrong-password"></script>',
    );
    expect(embedSnippet({ origin: 'https://help.example.org', school: null, sso: 'unknown', mode: 'inline', start: null })).toBe(
      '<script src="https://help.example.org/embed.js" async></script>',
    );
  });
  it('carries the same choices to the preview', () => {
    expect(Object.fromEntries(new URLSearchParams(previewQuery(choices)))).toEqual({ ...choices });
  });
});
