import { describe, expect, it } from 'vitest';
import { anniversary, buildNip, formatNip, parseNip, type NipProblemCode } from './nip.rules.js';

const codes = (input: string): NipProblemCode[] => parseNip(input).problems.map((p) => p.code);

describe('parseNip', () => {
  it('decodes a valid PNS NIP, ignoring spaces', () => {
    expect(parseNip('19860926 201505 1 001')).toEqual({
      valid: true,
      normalized: '198609262015051001',
      formatted: '19860926 201505 1 001',
      kind: 'PNS',
      birthDate: '1986-09-26',
      appointmentMonth: '2015-05',
      gender: 'MALE',
      serial: 1,
      problems: [],
    });
  });

  it('reads an NI PPPK: positions 13–14 are a code, not a month, and only the year is encoded', () => {
    const info = parseNip('19830207 202121 2 004');
    expect(info).toMatchObject({
      valid: true,
      kind: 'PPPK',
      appointmentMonth: '2021',
      gender: 'FEMALE',
      serial: 4,
    });
    expect(parseNip('199009132025242014')).toMatchObject({
      valid: true,
      kind: 'PPPK',
      appointmentMonth: '2025',
    });
  });

  it('LENGTH: not 18 digits', () => {
    expect(codes('1986092620150510')).toEqual(['LENGTH']);
    expect(codes('')).toEqual(['LENGTH']);
    expect(parseNip('123').normalized).toBeNull();
  });

  it('NON_DIGIT: anything but digits and spaces', () => {
    expect(codes('19860926201505100A')).toEqual(['NON_DIGIT']);
    expect(codes('1986-0926-2015')).toEqual(['LENGTH', 'NON_DIGIT']);
    expect(parseNip('19860926201505100A').problems[0]!.message).toMatch(/angka/);
  });

  it('BIRTH_DATE: positions 1–8 must be a real date (leap years count)', () => {
    expect(parseNip('199202292015051001')).toMatchObject({ valid: true, birthDate: '1992-02-29' });
    expect(codes('199302292015051001')).toEqual(['BIRTH_DATE']);
    expect(codes('198613262015051001')).toEqual(['BIRTH_DATE']);
    expect(codes('198609002015051001')).toEqual(['BIRTH_DATE']);
    expect(parseNip('199302292015051001').birthDate).toBeNull();
  });

  it('APPOINTMENT_MONTH: month 00, or a TMT before birth', () => {
    expect(codes('198609262015001001')).toEqual(['APPOINTMENT_MONTH']);
    expect(codes('198609261985051001')).toEqual(['APPOINTMENT_MONTH']);
    expect(codes('199009132021211001'.replace('2021', '1989'))).toEqual(['APPOINTMENT_MONTH']);
  });

  it('GENDER_DIGIT: position 15 is 1 or 2', () => {
    expect(codes('198609262015053001')).toEqual(['GENDER_DIGIT']);
    expect(codes('198609262015050001')).toEqual(['GENDER_DIGIT']);
  });

  it('SERIAL_ZERO: positions 16–18 are not 000', () => {
    expect(codes('198609262015051000')).toEqual(['SERIAL_ZERO']);
  });

  it('APPOINTMENT_BEFORE_AGE_18: the TMT is at least 18 years after birth (PP 11/2017)', () => {
    // Born 15 Jun 1990: 18 on 15 Jun 2008. TMT 2008-06 (the 1st) is too early, 2008-07 is fine.
    expect(codes('199006152008061001')).toEqual(['APPOINTMENT_BEFORE_AGE_18']);
    expect(codes('199006152008071001')).toEqual([]);
    // PPPK: only the year is known; refused only when the 18th birthday is after that year.
    expect(codes('200501012022211001')).toEqual(['APPOINTMENT_BEFORE_AGE_18']);
    expect(codes('200412312022211001')).toEqual([]);
  });

  it('lists every problem in enum order', () => {
    expect(codes('199302292015133000')).toEqual(['BIRTH_DATE', 'GENDER_DIGIT', 'SERIAL_ZERO']);
  });
});

describe('formatNip, buildNip, anniversary', () => {
  it('groups 8-6-1-3 and leaves other input alone', () => {
    expect(formatNip('198609262015051001')).toBe('19860926 201505 1 001');
    expect(formatNip('abc')).toBe('abc');
  });

  it('builds numbers that parse back to their parts', () => {
    const pns = buildNip({
      kind: 'PNS',
      birthDate: '1992-02-29',
      appointmentMonth: '2016-03',
      gender: 'FEMALE',
      serial: 12,
    });
    expect(pns).toBe('199202292016032012');
    expect(parseNip(pns)).toMatchObject({
      valid: true,
      kind: 'PNS',
      appointmentMonth: '2016-03',
      serial: 12,
    });
    const pppk = buildNip({
      kind: 'PPPK',
      birthDate: '1990-09-13',
      appointmentYear: 2025,
      code: 24,
      gender: 'MALE',
      serial: 14,
    });
    expect(pppk).toBe('199009132025241014');
    expect(parseNip(pppk)).toMatchObject({ valid: true, kind: 'PPPK', appointmentMonth: '2025' });
    expect(() =>
      buildNip({
        kind: 'PNS',
        birthDate: '1990-01-01',
        appointmentMonth: '2015-01',
        gender: 'MALE',
        serial: 0,
      }),
    ).toThrow();
  });

  it('puts a 29 February birthday on 1 March in common years', () => {
    expect(anniversary('1992-02-29', 18)).toBe('2010-03-01');
    expect(anniversary('1992-02-29', 20)).toBe('2012-02-29');
  });
});
