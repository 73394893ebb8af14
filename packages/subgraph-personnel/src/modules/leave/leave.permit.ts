/**
 * The surat izin cuti of an approved request, with the fields of the official form (Peraturan BKN
 * 24/2017 Anak Lampiran 1.b): I data pegawai, II jenis cuti, III alasan, IV lamanya, V catatan
 * cuti (sisa cuti tahunan N-2, N-1, N), VI alamat selama cuti, VII pertimbangan atasan langsung,
 * VIII keputusan PYBMC.
 */
import type { EmployeeEntity } from '../employee/employee.entity.js';
import { formatGolongan } from '../employee/employee.rules.js';
import { yearOf } from '../calendar/dates.js';
import type { AnnualBalance } from './leave.balance.js';
import type { LeaveDecisionEntity, LeaveRequestEntity } from './leave.entity.js';
import { LEAVE_TYPE_LABELS } from './leave.rules.js';

/** `LeavePermit`. */
export interface LeavePermitModel {
  number: string;
  employeeName: string;
  nip: string;
  positionTitle: string | null;
  golongan: string | null;
  orgUnitName: string;
  serviceLength: string;
  typeLabel: string;
  /** Null when withheld from the caller (a sick leave's reason: leave.access.ts). */
  reason: string | null;
  startDate: string;
  endDate: string;
  workingDays: number;
  calendarDays: number;
  addressDuringLeave: string;
  phoneDuringLeave: string | null;
  annualRecord: { year: number; remaining: number }[];
  supervisorName: string | null;
  supervisorNip: string | null;
  officialName: string | null;
  officialNip: string | null;
  decidedAt: Date;
}

/** What the permit is made of (the service loads it). */
export interface PermitParts {
  request: LeaveRequestEntity;
  employee: EmployeeEntity;
  employeeName: string;
  positionTitle: string | null;
  orgUnitName: string;
  decisions: readonly LeaveDecisionEntity[];
  /** Decider names and NIPs by employee id. */
  people: ReadonlyMap<string, { name: string; nip: string }>;
  /** The annual balance of the start date's year. */
  balance: AnnualBalance;
  /** True when the caller may not read the reason (leave.access.ts `reasonWithheld`). */
  reasonWithheld?: boolean;
}

/** Masa kerja from the TMT to `on`, `N tahun M bulan`. */
export function serviceLength(appointmentDate: string, on: string): string {
  const [y1, m1, d1] = appointmentDate.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = on.split('-').map(Number) as [number, number, number];
  let months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  if (months < 0) months = 0;
  return `${Math.floor(months / 12)} tahun ${months % 12} bulan`;
}

/** The permit, or null when the request is not granted. */
export function buildPermit(parts: PermitParts): LeavePermitModel | null {
  const { request, employee, balance, decisions, people } = parts;
  if ((request.status !== 'APPROVED' && request.status !== 'CHANGED') || !request.decidedAt) return null;
  const year = yearOf(request.startDate);
  const decider = (step: 'SUPERVISOR' | 'OFFICIAL') => {
    const d = [...decisions].reverse().find((x) => x.step === step);
    return d ? (people.get(d.deciderId) ?? null) : null;
  };
  const supervisor = decider('SUPERVISOR');
  const official = decider('OFFICIAL');
  return {
    number: `CUTI/${year}/${request.id.slice(0, 8).toUpperCase()}`,
    employeeName: parts.employeeName,
    nip: employee.nip,
    positionTitle: parts.positionTitle,
    golongan: formatGolongan(employee.pnsGolongan, employee.pppkGolongan),
    orgUnitName: parts.orgUnitName,
    serviceLength: serviceLength(employee.appointmentDate, request.startDate),
    typeLabel: LEAVE_TYPE_LABELS[request.type],
    reason: parts.reasonWithheld ? null : request.reason,
    startDate: request.startDate,
    endDate: request.endDate,
    workingDays: request.workingDays,
    calendarDays: request.calendarDays,
    addressDuringLeave: request.addressDuringLeave,
    phoneDuringLeave: request.phoneDuringLeave ?? null,
    // Anak Lampiran 1.b V: the remaining cuti tahunan of N-2, N-1 and N.
    annualRecord: [year - 2, year - 1, year].map((y) => ({
      year: y,
      remaining: balance.sources.find((s) => s.year === y)?.remaining ?? 0,
    })),
    supervisorName: supervisor?.name ?? null,
    supervisorNip: supervisor?.nip ?? null,
    officialName: official?.name ?? null,
    officialNip: official?.nip ?? null,
    decidedAt: new Date(request.decidedAt),
  };
}
