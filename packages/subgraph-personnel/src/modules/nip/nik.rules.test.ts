import { describe, expect, it } from 'vitest';
import { buildNik, checkNikAgainstNip, maskNik, parseNik } from './nik.rules.js';
import { parseNip } from './nip.rules.js';

describe('parseNik', () => {
  it('decodes region, birth date and gender; women have the day plus 40', () => {
    expect(parseNik('1271 1217 0878 0001')).toMatchObject({
      valid: true,
      regencyCode: '1271',
      districtCode: '127112',
      birthDay: 17,
      birthMonth: 8,
      birthYear2: 78,
      gender: 'MALE',
      serial: 1,
    });
    expect(parseNik('1271125203940002')).toMatchObject({
      valid: true,
      birthDay: 12,
      birthMonth: 3,
      gender: 'FEMALE',
    });
  });

  it('refuses wrong length, letters, impossible dates and serial 0000', () => {
    expect(parseNik('127112').problems.map((p) => p.code)).toEqual(['NIK_LENGTH']);
    expect(parseNik('12711217087800a1').problems.map((p) => p.code)).toEqual(['NIK_NON_DIGIT']);
    expect(parseNik('1271123213780001').problems.map((p) => p.code)).toEqual(['NIK_BIRTH_DATE']);
    expect(parseNik('1271127202930001').problems.map((p) => p.code)).toEqual(['NIK_BIRTH_DATE']);
    expect(parseNik('1271126902920001').valid).toBe(true);
    expect(parseNik('1271121708780000').problems.map((p) => p.code)).toEqual(['NIK_SERIAL_ZERO']);
  });
});

describe('checkNikAgainstNip', () => {
  const nip = parseNip('199403122019032001'); // woman born 12 Mar 1994

  it('accepts a NIK with the same birth date and gender', () => {
    const nik = buildNik({ districtCode: '127112', birthDate: '1994-03-12', gender: 'FEMALE', serial: 7 });
    expect(nik).toBe('1271125203940007');
    expect(checkNikAgainstNip(parseNik(nik), nip)).toEqual([]);
  });

  it('reports a different birth date or gender', () => {
    const male = buildNik({ districtCode: '127112', birthDate: '1994-03-12', gender: 'MALE', serial: 7 });
    expect(checkNikAgainstNip(parseNik(male), nip).map((p) => p.code)).toEqual(['NIK_NIP_GENDER']);
    const otherDay = buildNik({
      districtCode: '127112',
      birthDate: '1994-03-13',
      gender: 'FEMALE',
      serial: 7,
    });
    expect(checkNikAgainstNip(parseNik(otherDay), nip).map((p) => p.code)).toEqual(['NIK_NIP_BIRTH_DATE']);
  });

  it('masks all but the region and the serial', () => {
    expect(maskNik('1271125203940007')).toBe('1271********0007');
  });
});
