import { describe, expect, it } from 'vitest';
import {
  composeFullName,
  formatGolongan,
  fromRoman,
  golonganFitsKind,
  kindMatchesNip,
  pangkatOf,
  parseGolongan,
  PNS_GOLONGAN,
  toRoman,
} from './employee.rules.js';

describe('golongan', () => {
  it('has the 17 PNS golongan/ruang with their pangkat', () => {
    expect(PNS_GOLONGAN).toHaveLength(17);
    expect(pangkatOf('III/a')).toBe('Penata Muda');
    expect(pangkatOf('IV/e')).toBe('Pembina Utama');
    expect(pangkatOf('I/d')).toBe('Juru Tingkat I');
    expect(pangkatOf(null)).toBeNull();
  });

  it('writes PPPK golongan I–XVII as Roman numerals and reads them back', () => {
    expect([1, 4, 5, 9, 10, 11, 14, 17].map(toRoman)).toEqual([
      'I',
      'IV',
      'V',
      'IX',
      'X',
      'XI',
      'XIV',
      'XVII',
    ]);
    for (let n = 1; n <= 17; n++) expect(fromRoman(toRoman(n))).toBe(n);
    expect(fromRoman('XVIII')).toBeNull();
  });

  it('parses both systems and refuses the rest', () => {
    expect(parseGolongan('iii/A')).toEqual({ system: 'PNS', code: 'III/a' });
    expect(parseGolongan('IV / e')).toEqual({ system: 'PNS', code: 'IV/e' });
    expect(parseGolongan('IX')).toEqual({ system: 'PPPK', grade: 9 });
    expect(parseGolongan('17')).toEqual({ system: 'PPPK', grade: 17 });
    expect(parseGolongan('V/a')).toBeNull();
    expect(parseGolongan('18')).toBeNull();
    expect(parseGolongan('III/f')).toBeNull();
  });

  it('matches golongan and NIP form to the kind of employment', () => {
    expect(golonganFitsKind({ system: 'PNS', code: 'II/a' }, 'CPNS')).toBe(true);
    expect(golonganFitsKind({ system: 'PPPK', grade: 9 }, 'PNS')).toBe(false);
    expect(golonganFitsKind({ system: 'PPPK', grade: 5 }, 'PPPK_PART_TIME')).toBe(true);
    expect(kindMatchesNip('CPNS', 'PNS')).toBe(true);
    expect(kindMatchesNip('PPPK', 'PNS')).toBe(false);
    expect(formatGolongan(null, 9)).toBe('IX');
    expect(formatGolongan('III/b', null)).toBe('III/b');
    expect(formatGolongan(null, null)).toBeNull();
  });
});

describe('composeFullName', () => {
  it('prints front titles, the name, a comma and the back titles', () => {
    expect(composeFullName('Nama', 'Dr. Ir.', 'S.E., M.Si.')).toBe('Dr. Ir. Nama, S.E., M.Si.');
    expect(composeFullName('Sri Wahyuni', null, 'S.Kom.')).toBe('Sri Wahyuni, S.Kom.');
    expect(composeFullName('Budi Santoso', '', null)).toBe('Budi Santoso');
    expect(composeFullName('Maria Sinaga', 'dr.', undefined)).toBe('dr. Maria Sinaga');
  });
});
