import { describe, expect, it } from 'vitest';
import { readSchoolInput } from '../../app/_lib/school-input';
import { allowedHostSuffixes } from '../../machines/school';

const suffixes = allowedHostSuffixes('trust.example');

describe('readSchoolInput', () => {
  it.each([
    ['myschool.cpoms.net', 'https://myschool.cpoms.net'],
    ['  MySchool.cpoms.net/ ', 'https://myschool.cpoms.net'],
    ['http://myschool.cpoms.net', 'https://myschool.cpoms.net'],
    ['https://myschool.cpoms.net/auth/identity/login', 'https://myschool.cpoms.net/auth/identity/login'],
    ['greenfield.trust.example', 'https://greenfield.trust.example'],
  ])('reads %j as %s', (typed, school) => {
    expect(readSchoolInput(typed, suffixes)).toEqual({ school, error: null });
  });

  it('asks for nothing when the field is empty', () => {
    expect(readSchoolInput('   ', suffixes)).toEqual({ school: null, error: null });
  });

  it('names the endings it accepts when the host is not a CPOMS one', () => {
    expect(readSchoolInput('intranet.greenfield.sch.uk', suffixes).error).toBe(
      'intranet.greenfield.sch.uk is not a CPOMS address: it should end in cpoms.net or trust.example',
    );
    expect(readSchoolInput('https://cpoms.net.evil.example', suffixes).error).toMatch(/not a CPOMS address/);
  });

  it.each(['javascript:alert(1)', 'my school', 'https://user:pw@myschool.cpoms.net', 'https://myschool.cpoms.net:8443', 'ftp://myschool.cpoms.net'])(
    'refuses %j with an example of what to type',
    (typed) => {
      expect(readSchoolInput(typed, suffixes)).toEqual({ school: null, error: 'Enter your CPOMS address as it appears in your browser, like myschool.cpoms.net' });
    },
  );
});
