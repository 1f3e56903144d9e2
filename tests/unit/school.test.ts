import { describe, expect, it } from 'vitest';
import { allowedHostSuffixes, parseSchoolUrl, parseSso } from '../../machines/school';

describe('parseSchoolUrl', () => {
  it.each([
    ['https://myschool.cpoms.net', 'https://myschool.cpoms.net'],
    ['https://cpoms.net', 'https://cpoms.net'],
    ['https://MySchool.CPOMS.net/', 'https://myschool.cpoms.net'],
    ['https://myschool.cpoms.net/auth/identity/login', 'https://myschool.cpoms.net/auth/identity/login'],
    ['https://myschool.cpoms.net/?next=x#top', 'https://myschool.cpoms.net'],
    ['https://a.b.cpoms.net', 'https://a.b.cpoms.net'],
  ])('accepts %s as %s', (raw, expected) => {
    expect(parseSchoolUrl(raw)).toBe(expected);
  });

  it.each([
    ['http (not https)', 'http://myschool.cpoms.net'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: dressed as the host', 'javascript://myschool.cpoms.net/%0aalert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a look-alike host', 'https://cpoms.net.evil.example'],
    ['a host that only ends in the letters', 'https://evilcpoms.net'],
    ['user-info', 'https://cpoms.net@evil.example'],
    ['user-info on a real host', 'https://user:pass@myschool.cpoms.net'],
    ['a port', 'https://myschool.cpoms.net:8443'],
    ['protocol-relative', '//myschool.cpoms.net'],
    ['no scheme', 'myschool.cpoms.net'],
    ['a hash that names the host', 'https://evil.example#.cpoms.net'],
    ['a backslash trick', 'https://evil.example\\.cpoms.net'],
    ['whitespace', 'https://myschool.cpoms.net /x'],
    ['a newline', 'https://myschool.cpoms.net\n<script>'],
    ['markup', '<script>alert(1)</script>'],
    ['oversized', `https://${'a'.repeat(400)}.cpoms.net`],
    ['malformed', 'https://%'],
    ['empty', ''],
    ['not a string', 42],
    ['a list', ['https://myschool.cpoms.net']],
  ])('ignores %s', (_, raw) => {
    expect(parseSchoolUrl(raw)).toBeNull();
  });

  it('accepts extra host suffixes from ALLOWED_SCHOOL_HOSTS, and only well-formed ones', () => {
    const suffixes = allowedHostSuffixes(' schools.example.org, .trust.example , bad suffix, *.x.example');
    expect(suffixes).toEqual(['cpoms.net', 'schools.example.org', 'trust.example']);
    expect(parseSchoolUrl('https://cpoms.schools.example.org', suffixes)).toBe('https://cpoms.schools.example.org');
    expect(parseSchoolUrl('https://schools.example.org.evil.example', suffixes)).toBeNull();
  });
});

describe('parseSso', () => {
  it.each([
    ['yes', 'yes'],
    ['no', 'no'],
    ['YES', 'unknown'],
    ['', 'unknown'],
    [undefined, 'unknown'],
    ['<b>', 'unknown'],
  ])('reads %s as %s', (raw, expected) => {
    expect(parseSso(raw)).toBe(expected);
  });
});
