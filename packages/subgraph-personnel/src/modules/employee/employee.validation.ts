/**
 * Validation of a new employee record against the NIP, the NIK and the golongan rules. Pure: the
 * service adds the checks that need the database (org unit, position, duplicate NIP).
 */
import { isIsoDate } from '@asn-kit/server-kit';
import { parseNip, type NipInfo } from '../nip/nip.rules.js';
import { checkNikAgainstNip, parseNik } from '../nip/nik.rules.js';
import type { EmployeeKind, Gender } from './employee.entity.js';
import {
  golonganFitsKind,
  golonganSystemOf,
  kindMatchesNip,
  parseGolongan,
  type Golongan,
} from './employee.rules.js';

/** The `CreateEmployeeInput` of the SDL. */
export interface NewEmployeeInput {
  nip: string;
  name: string;
  frontTitle?: string | null;
  backTitle?: string | null;
  kind: EmployeeKind;
  gender?: Gender | null;
  birthDate?: string | null;
  birthPlace?: string | null;
  nik?: string | null;
  golongan?: string | null;
  positionId?: string | null;
  orgUnitId: string;
  appointmentDate: string;
  rankSince?: string | null;
  homeAddress?: string | null;
  phone?: string | null;
}

/** A refused field: `field` and `reason` go to the error's `extensions`. */
export interface InputViolation {
  field: string;
  reason: string;
  message: string;
}

/** What the input says once checked: the decoded NIP and the parsed golongan. */
export interface CheckedEmployee {
  nip: NipInfo & { normalized: string; birthDate: string; gender: Gender };
  golongan: Golongan | null;
  nik: string | null;
}

const KIND_NIP_MESSAGE: Record<'PNS' | 'PPPK', string> = {
  PNS: 'PNS dan CPNS harus memiliki NIP (digit 13–14 berupa bulan TMT), bukan NI PPPK.',
  PPPK: 'PPPK harus memiliki NI PPPK (digit 13–14 berupa kode, misalnya 21), bukan NIP PNS.',
};

const blank = (s: string | null | undefined) => s === null || s === undefined || s.trim() === '';

/** Checks a new employee; returns the first violations found, in field order, or the checked data. */
export function checkNewEmployee(
  input: NewEmployeeInput,
): { ok: true; value: CheckedEmployee } | { ok: false; violations: InputViolation[] } {
  const violations: InputViolation[] = [];
  const nip = parseNip(input.nip);
  if (!nip.valid) {
    const first = nip.problems[0]!;
    // Perka BKN 22/2007: a record needs a well-formed NIP; report the first problem found.
    return { ok: false, violations: [{ field: 'nip', reason: first.code, message: first.message }] };
  }
  if (!kindMatchesNip(input.kind, nip.kind)) {
    violations.push({
      field: 'kind',
      reason: 'NIP_KIND_MISMATCH',
      message: KIND_NIP_MESSAGE[golonganSystemOf(input.kind)],
    });
  }
  if (blank(input.name)) {
    violations.push({ field: 'name', reason: 'REQUIRED', message: 'Nama pegawai wajib diisi.' });
  }
  // Perka BKN 22/2007: digit 15 of the NIP is the gender.
  if (input.gender && input.gender !== nip.gender) {
    violations.push({
      field: 'gender',
      reason: 'NIP_MISMATCH',
      message: 'Jenis kelamin tidak sesuai dengan digit ke-15 NIP.',
    });
  }
  // Perka BKN 22/2007: digits 1–8 of the NIP are the birth date.
  if (input.birthDate && input.birthDate !== nip.birthDate) {
    violations.push({
      field: 'birthDate',
      reason: 'NIP_MISMATCH',
      message: 'Tanggal lahir tidak sesuai dengan digit 1–8 NIP.',
    });
  }
  if (!isIsoDate(input.appointmentDate)) {
    violations.push({ field: 'appointmentDate', reason: 'INVALID_DATE', message: 'TMT tidak valid.' });
  } else if (nip.kind === 'PNS' && golonganSystemOf(input.kind) === 'PNS') {
    // Perka BKN 22/2007: digits 9–14 are the year and month of the TMT CPNS.
    if (input.appointmentDate.slice(0, 7) !== nip.appointmentMonth) {
      violations.push({
        field: 'appointmentDate',
        reason: 'NIP_MISMATCH',
        message: `Bulan TMT harus sama dengan digit 9–14 NIP (${nip.appointmentMonth}).`,
      });
    }
  }
  // PP 99/2000: a rank is held from its TMT, which cannot precede the first appointment.
  if (input.rankSince) {
    if (!isIsoDate(input.rankSince)) {
      violations.push({ field: 'rankSince', reason: 'INVALID_DATE', message: 'TMT pangkat tidak valid.' });
    } else if (input.rankSince < input.appointmentDate) {
      violations.push({
        field: 'rankSince',
        reason: 'BEFORE_APPOINTMENT',
        message: 'TMT pangkat tidak boleh sebelum TMT pengangkatan.',
      });
    } else if (golonganSystemOf(input.kind) !== 'PNS') {
      violations.push({
        field: 'rankSince',
        reason: 'NOT_FOR_EMPLOYEE_KIND',
        message: 'TMT pangkat hanya untuk PNS/CPNS.',
      });
    }
  }
  let golongan: Golongan | null = null;
  if (!blank(input.golongan)) {
    golongan = parseGolongan(input.golongan!);
    if (!golongan) {
      violations.push({
        field: 'golongan',
        reason: 'UNKNOWN_GOLONGAN',
        message: 'Golongan tidak dikenal (contoh: III/a untuk PNS, IX untuk PPPK).',
      });
    } else if (!golonganFitsKind(golongan, input.kind)) {
      violations.push({
        field: 'golongan',
        reason: 'NOT_FOR_EMPLOYEE_KIND',
        message:
          golonganSystemOf(input.kind) === 'PNS'
            ? 'PNS/CPNS memakai golongan/ruang I/a–IV/e.'
            : 'PPPK memakai golongan I–XVII.',
      });
    }
  }
  let nik: string | null = null;
  if (!blank(input.nik)) {
    const info = parseNik(input.nik!);
    const problems = info.valid ? checkNikAgainstNip(info, nip) : info.problems;
    if (problems.length > 0) {
      violations.push({ field: 'nik', reason: problems[0]!.code, message: problems[0]!.message });
    } else {
      nik = info.normalized;
    }
  }
  if (violations.length > 0) return { ok: false, violations };
  return {
    ok: true,
    value: { nip: nip as CheckedEmployee['nip'], golongan, nik },
  };
}
