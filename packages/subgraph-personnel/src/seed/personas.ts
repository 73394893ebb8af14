/**
 * Fixed, known people created by the seed, for the demo persona picker and for tests. Their
 * NIPs are valid (Perka BKN 22/2007) and their NIKs agree with them (DOMAIN.md §1.3).
 */
import type { Role } from '@asn-kit/server-kit';
import { buildNip } from '../modules/nip/nip.rules.js';
import type { EmployeeKind, Gender } from '../modules/employee/employee.entity.js';

/** A demo persona as the persona picker and the token tool see it. */
export interface DemoPersona {
  /** Stable key (`pegawai`, `atasan`, …). */
  key: string;
  nip: string;
  /** Name without titles (as `Employee.name`). */
  name: string;
  /** Name with titles, as printed (`Employee.fullName`). */
  fullName: string;
  roles: Role[];
  /** For `admin_opd`: the code of the OPD administered. */
  opd?: string;
  /** Indonesian label for the picker. */
  label: string;
}

/** What the seed needs beyond the public persona. */
export interface PersonaRecord extends DemoPersona {
  kind: EmployeeKind;
  gender: Gender;
  birthDate: string;
  birthPlace: string;
  frontTitle: string | null;
  backTitle: string | null;
  /** `III/b` or a PPPK grade. */
  golongan: string | number;
  appointmentDate: string;
  /** Key of the seeded position (see org-structure.ts). */
  positionKey: string;
  /** Kecamatan number (1–21) of the NIK. */
  kecamatan: number;
}

const fullName = (front: string | null, name: string, back: string | null) =>
  `${front ? `${front} ` : ''}${name}${back ? `, ${back}` : ''}`;

function persona(p: Omit<PersonaRecord, 'fullName'>): PersonaRecord {
  return { ...p, fullName: fullName(p.frontTitle, p.name, p.backTitle) };
}

/** The seeded personas, with the data the seed writes for them. */
export const PERSONA_RECORDS: readonly PersonaRecord[] = [
  persona({
    key: 'pegawai',
    label: 'Pegawai BKPSDM',
    name: 'Putri Ayu Lestari Nasution',
    frontTitle: null,
    backTitle: 'S.Psi.',
    roles: ['pegawai'],
    kind: 'PNS',
    gender: 'FEMALE',
    birthDate: '1994-03-12',
    birthPlace: 'Medan',
    appointmentDate: '2019-03-01',
    golongan: 'III/b',
    nip: buildNip({
      kind: 'PNS',
      birthDate: '1994-03-12',
      appointmentMonth: '2019-03',
      gender: 'FEMALE',
      serial: 1,
    }),
    positionKey: 'BKPSDM.MUTASI/ANALIS-SUMBER-DAYA-MANUSIA-APARATUR-AHLI-PERTAMA',
    kecamatan: 12,
  }),
  persona({
    key: 'atasan',
    label: 'Atasan: Kepala Bidang Mutasi dan Promosi BKPSDM',
    name: 'Ahmad Fauzi Lubis',
    frontTitle: null,
    backTitle: 'S.H., M.H.',
    roles: ['pegawai'],
    kind: 'PNS',
    gender: 'MALE',
    birthDate: '1978-08-17',
    birthPlace: 'Padang Sidempuan',
    appointmentDate: '2003-12-01',
    golongan: 'IV/a',
    nip: buildNip({
      kind: 'PNS',
      birthDate: '1978-08-17',
      appointmentMonth: '2003-12',
      gender: 'MALE',
      serial: 2,
    }),
    positionKey: 'BKPSDM.MUTASI/KABID',
    kecamatan: 3,
  }),
  persona({
    key: 'pegawai-lain',
    label: 'Pegawai Diskominfo (PPPK)',
    name: 'Hendra Gunawan Ginting',
    frontTitle: null,
    backTitle: 'S.Kom.',
    roles: ['pegawai'],
    kind: 'PPPK',
    gender: 'MALE',
    birthDate: '1991-07-05',
    birthPlace: 'Kabanjahe',
    appointmentDate: '2022-03-01',
    golongan: 9,
    nip: buildNip({
      kind: 'PPPK',
      birthDate: '1991-07-05',
      appointmentYear: 2021,
      gender: 'MALE',
      serial: 3,
    }),
    positionKey: 'DISKOMINFO.APTIKA/PRANATA-KOMPUTER-AHLI-PERTAMA',
    kecamatan: 2,
  }),
  persona({
    key: 'admin-bkpsdm',
    label: 'Admin BKPSDM',
    name: 'Sri Wahyuni',
    frontTitle: null,
    backTitle: 'S.Kom., M.Kom.',
    roles: ['pegawai', 'admin_bkpsdm'],
    kind: 'PNS',
    gender: 'FEMALE',
    birthDate: '1985-04-21',
    birthPlace: 'Binjai',
    appointmentDate: '2010-01-01',
    golongan: 'III/d',
    nip: buildNip({
      kind: 'PNS',
      birthDate: '1985-04-21',
      appointmentMonth: '2010-01',
      gender: 'FEMALE',
      serial: 3,
    }),
    positionKey: 'BKPSDM.PPIK/PRANATA-KOMPUTER-AHLI-MUDA',
    kecamatan: 13,
  }),
  persona({
    key: 'admin-opd',
    label: 'Admin OPD Dinas Kesehatan',
    name: 'Yohannes Simanjuntak',
    frontTitle: null,
    backTitle: 'S.E.',
    roles: ['pegawai', 'admin_opd'],
    opd: 'DINKES',
    kind: 'PNS',
    gender: 'MALE',
    birthDate: '1982-02-14',
    birthPlace: 'Tarutung',
    appointmentDate: '2008-01-01',
    golongan: 'III/d',
    nip: buildNip({
      kind: 'PNS',
      birthDate: '1982-02-14',
      appointmentMonth: '2008-01',
      gender: 'MALE',
      serial: 4,
    }),
    positionKey: 'DINKES.SEKRETARIAT.UMUM/KASUBBAG',
    kecamatan: 17,
  }),
  persona({
    key: 'analis',
    label: 'Analis Data (Bappeda)',
    name: 'Nurul Hidayah Harahap',
    frontTitle: null,
    backTitle: 'S.Si., M.Si.',
    roles: ['pegawai', 'analis'],
    kind: 'PNS',
    gender: 'FEMALE',
    birthDate: '1987-09-09',
    birthPlace: 'Medan',
    appointmentDate: '2011-01-01',
    golongan: 'III/d',
    nip: buildNip({
      kind: 'PNS',
      birthDate: '1987-09-09',
      appointmentMonth: '2011-01',
      gender: 'FEMALE',
      serial: 2,
    }),
    positionKey: 'BAPPEDA/PERENCANA-AHLI-MUDA',
    kecamatan: 9,
  }),
  persona({
    key: 'pejabat',
    label: 'Pejabat: Kepala BKPSDM (pejabat yang berwenang memberikan cuti)',
    name: 'Rahmat Hidayat Siregar',
    frontTitle: 'Drs.',
    backTitle: 'M.AP.',
    roles: ['pegawai'],
    kind: 'PNS',
    gender: 'MALE',
    birthDate: '1971-05-20',
    birthPlace: 'Sibolga',
    appointmentDate: '1996-03-01',
    golongan: 'IV/c',
    nip: buildNip({
      kind: 'PNS',
      birthDate: '1971-05-20',
      appointmentMonth: '1996-03',
      gender: 'MALE',
      serial: 1,
    }),
    positionKey: 'BKPSDM/KEPALA',
    kecamatan: 5,
  }),
];

/** The personas for the demo persona picker and tests (key, NIP, name, roles, OPD, label). */
export const DEMO_PERSONAS: readonly DemoPersona[] = PERSONA_RECORDS.map(
  ({ key, nip, name, fullName: full, roles, opd, label }) => ({
    key,
    nip,
    name,
    fullName: full,
    roles,
    ...(opd ? { opd } : {}),
    label,
  }),
);
