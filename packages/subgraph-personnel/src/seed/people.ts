/**
 * Synthetic employees for a position: education and titles that fit the track, golongan that fit
 * the position (DOMAIN.md §2.1–2.3), ages that fit the golongan and the retirement age, a valid
 * NIP / NI PPPK and a Medan NIK that agrees with it.
 */
import { anniversary, buildNip, isCalendarDate, isoDate, nipPrefix } from '../modules/nip/nip.rules.js';
import { buildNik, MEDAN_REGENCY_CODE } from '../modules/nip/nik.rules.js';
import { PNS_GOLONGAN } from '../modules/employee/employee.rules.js';
import type { EmployeeKind, EmployeeStatus, Gender } from '../modules/employee/employee.entity.js';
import { generateName, MEDAN_STREETS } from './names.js';
import { KECAMATAN, type PositionSpec, type Track } from './org-structure.js';
import type { Random } from './prng.js';

/** The seed's "today": fixed, so the same seed gives the same people every year. */
export const SEED_REFERENCE_YEAR = 2026;

type Education = 'SMA' | 'D3' | 'S1' | 'S2' | 'S3';

/** One row of `personnel.employee`, before ids are known. */
export interface PersonDraft {
  nip: string;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  gender: Gender;
  kind: EmployeeKind;
  pnsGolongan: string | null;
  pppkGolongan: number | null;
  birthDate: string;
  birthPlace: string;
  nik: string;
  appointmentDate: string;
  status: EmployeeStatus;
  homeAddress: string;
  phone: string;
}

/** Keeps generated NIPs and NIKs unique: the NIP serial counts up per 15-digit prefix (Perka BKN 43/2007). */
export class IdentifierRegistry {
  private readonly serials = new Map<string, number>();
  private readonly niks = new Set<string>();

  /** Records a NIP created elsewhere (the personas). */
  claimNip(nip: string): void {
    const prefix = nipPrefix(nip);
    this.serials.set(prefix, Math.max(this.serials.get(prefix) ?? 0, Number(nip.slice(15))));
  }

  /** The next serial of a prefix. */
  nextSerial(prefix: string): number {
    const next = (this.serials.get(prefix) ?? 0) + 1;
    this.serials.set(prefix, next);
    return next;
  }

  /** A NIK not used yet, built from the person's data. */
  nik(random: Random, kecamatan: number, birthDate: string, gender: Gender): string {
    for (;;) {
      const nik = buildNik({
        districtCode: `${MEDAN_REGENCY_CODE}${String(kecamatan).padStart(2, '0')}`,
        birthDate,
        gender,
        serial: random.int(1, 9999),
      });
      if (!this.niks.has(nik)) {
        this.niks.add(nik);
        return nik;
      }
    }
  }

  /** Records a NIK created elsewhere. */
  claimNik(nik: string): void {
    this.niks.add(nik);
  }
}

function educationFor(random: Random, position: PositionSpec, kind: EmployeeKind): Education {
  switch (position.kind) {
    case 'JPT_UTAMA':
    case 'JPT_MADYA':
    case 'JPT_PRATAMA':
      return random.chance(0.15) ? 'S3' : 'S2';
    case 'ADMINISTRATOR':
      return random.chance(0.7) ? 'S2' : 'S1';
    case 'PENGAWAS':
      return random.chance(0.4) ? 'S2' : 'S1';
    case 'FUNGSIONAL':
      switch (position.functionalLevel) {
        case 'AHLI_MUDA':
          return random.chance(0.3) ? 'S2' : 'S1';
        case 'AHLI_MADYA':
          return 'S2';
        case 'AHLI_UTAMA':
          return 'S3';
        case 'TERAMPIL':
        case 'MAHIR':
          return 'D3';
        case 'PENYELIA':
          return random.chance(0.5) ? 'S1' : 'D3';
        case 'PEMULA':
          return 'SMA';
        default:
          return 'S1';
      }
    default:
      return random.weighted<Education>(
        kind === 'PPPK_PART_TIME'
          ? [
              ['SMA', 60],
              ['D3', 20],
              ['S1', 20],
            ]
          : [
              ['SMA', 45],
              ['D3', 25],
              ['S1', 30],
            ],
      );
  }
}

const D3_TITLE: Partial<Record<Track, string>> = {
  tech: 'A.Md.Kom.',
  'health-nurse': 'A.Md.Kep.',
  'health-midwife': 'A.Md.Keb.',
  'health-pharmacy': 'A.Md.Farm.',
  finance: 'A.Md.Ak.',
  engineering: 'A.Md.T.',
};
const S1_TITLES: Record<Track, readonly string[]> = {
  general: ['S.Sos.', 'S.E.', 'S.A.P.', 'S.I.P.'],
  hr: ['S.Psi.', 'S.Sos.', 'S.A.P.', 'S.H.'],
  tech: ['S.Kom.', 'S.T.'],
  finance: ['S.E.', 'S.Ak.'],
  law: ['S.H.'],
  planning: ['S.E.', 'S.T.', 'S.Si.', 'S.P.W.K.'],
  'health-doctor': [],
  'health-nurse': ['S.Kep., Ners'],
  'health-midwife': ['S.Tr.Keb.'],
  'health-pharmacy': ['S.Farm., Apt.'],
  'health-public': ['S.K.M.'],
  teacher: ['S.Pd.'],
  engineering: ['S.T.'],
  social: ['S.Sos.', 'S.I.Kom.'],
  order: ['S.H.', 'S.Sos.'],
  audit: ['S.E.', 'S.Ak.'],
};
const S2_TITLES: Record<Track, readonly string[]> = {
  general: ['M.Si.', 'M.AP.', 'M.M.'],
  hr: ['M.Psi.', 'M.Si.', 'M.AP.'],
  tech: ['M.Kom.', 'M.T.'],
  finance: ['M.Si.', 'M.Ak.', 'M.M.'],
  law: ['M.H.', 'M.Kn.'],
  planning: ['M.Si.', 'M.T.', 'M.S.P.'],
  'health-doctor': ['M.Kes.', 'Sp.PD', 'Sp.A', 'Sp.OG'],
  'health-nurse': ['M.Kep.'],
  'health-midwife': ['M.Keb.'],
  'health-pharmacy': ['M.Farm.'],
  'health-public': ['M.Kes.', 'M.K.M.'],
  teacher: ['M.Pd.'],
  engineering: ['M.T.'],
  social: ['M.Si.'],
  order: ['M.H.', 'M.Si.'],
  audit: ['M.Ak.', 'M.Si.'],
};

/** Titles for an education on a track: `dr.` and `Ir.` in front, degrees behind. */
function titlesFor(
  random: Random,
  education: Education,
  track: Track,
  birthYear: number,
): {
  front: string | null;
  back: string | null;
} {
  if (education === 'SMA') return { front: null, back: null };
  if (education === 'D3') return { front: null, back: D3_TITLE[track] ?? 'A.Md.' };
  const front: string[] = [];
  const back: string[] = [];
  if (education === 'S3') front.push('Dr.');
  if (track === 'health-doctor') front.push('dr.');
  else if (track === 'engineering' && birthYear <= 1976 && random.chance(0.4)) front.push('Ir.');
  else back.push(random.pick(S1_TITLES[track]));
  if (education === 'S2' || education === 'S3') back.push(random.pick(S2_TITLES[track]));
  return { front: front.join(' ') || null, back: back.join(', ') || null };
}

/** Indices into PNS_GOLONGAN a PNS in this position usually holds (0 = I/a, 8 = III/a, 12 = IV/a). */
function pnsGolonganRange(position: PositionSpec, education: Education): readonly number[] {
  switch (position.kind) {
    case 'JPT_UTAMA':
    case 'JPT_MADYA':
    case 'JPT_PRATAMA':
      return [13, 14, 14, 15];
    case 'ADMINISTRATOR':
      return [12, 13];
    case 'PENGAWAS':
      return [10, 11, 12];
    case 'FUNGSIONAL':
      switch (position.functionalLevel) {
        case 'AHLI_PERTAMA':
          return [8, 9];
        case 'AHLI_MUDA':
          return [10, 11];
        case 'AHLI_MADYA':
          return [12, 13, 14];
        case 'AHLI_UTAMA':
          return [15, 16];
        case 'PEMULA':
          return [4, 5];
        case 'TERAMPIL':
          return [6, 7, 8, 9];
        case 'MAHIR':
          return [8, 9];
        default:
          return [10, 11];
      }
    default:
      return education === 'SMA' ? [4, 5, 6, 7] : education === 'D3' ? [6, 7, 8] : [8, 9];
  }
}

/** Usual entry golongan of a CPNS by education (DOMAIN.md §2.1: SMA II/a, D3 II/c, S1 III/a, S2 III/b). */
const ENTRY_INDEX: Record<Education, number> = { SMA: 4, D3: 6, S1: 8, S2: 9, S3: 10 };

/** PPPK golongan by position (DOMAIN.md §2.2, PermenPANRB 72/2020). */
function pppkGrade(position: PositionSpec, education: Education): number {
  if (position.kind === 'FUNGSIONAL') {
    switch (position.functionalLevel) {
      case 'PEMULA':
        return 5;
      case 'TERAMPIL':
        return 7;
      case 'MAHIR':
        return 9;
      case 'PENYELIA':
        return 11;
      case 'AHLI_MUDA':
        return 11;
      case 'AHLI_MADYA':
        return 13;
      case 'AHLI_UTAMA':
        return 16;
      default:
        return education === 'S2' ? 10 : 9;
    }
  }
  return education === 'SMA' ? 5 : education === 'D3' ? 7 : 9;
}

/** Retirement age (BUP) of the position: PP 11/2017 Pasal 239. */
function retirementAge(position: PositionSpec): number {
  if (position.kind.startsWith('JPT') || position.functionalLevel === 'AHLI_MADYA') return 60;
  if (position.functionalLevel === 'AHLI_UTAMA') return 65;
  return 58;
}

const MIN_AGE_AT_ENTRY: Record<Education, number> = { SMA: 19, D3: 21, S1: 22, S2: 22, S3: 22 };

function randomBirthDate(random: Random, year: number): string {
  const month = random.int(1, 12);
  let day = random.int(1, 31);
  while (!isCalendarDate(year, month, day)) day--;
  return isoDate(year, month, day);
}

/** Creates one synthetic employee of the given kind for a position. */
export function generatePerson(
  random: Random,
  registry: IdentifierRegistry,
  position: PositionSpec,
  kind: EmployeeKind,
): PersonDraft {
  const gender: Gender = random.chance(
    position.track === 'health-nurse' || position.track === 'health-midwife' ? 0.85 : 0.5,
  )
    ? 'FEMALE'
    : 'MALE';
  const actualGender: Gender = position.track === 'health-midwife' ? 'FEMALE' : gender;
  const education = educationFor(random, position, kind);
  const { name, birthPlace } = generateName(random, actualGender);
  const bup = retirementAge(position);

  let birthYear: number;
  let appointmentDate: string;
  let nip: string;
  let pnsGolongan: string | null = null;
  let pppkGolongan: number | null = null;

  if (kind === 'PNS' || kind === 'CPNS') {
    const entry = Math.min(ENTRY_INDEX[education], 8);
    const golIndex =
      kind === 'CPNS' ? ENTRY_INDEX[education] : random.pick(pnsGolonganRange(position, education));
    pnsGolongan = PNS_GOLONGAN[golIndex]!.code;
    // PP 11/2017 Pasal 34: a CPNS serves one year of probation; PNS promotions every ~4 years.
    const serviceYears = kind === 'CPNS' ? 1 : Math.max(2, (golIndex - entry) * 4 + random.int(0, 3));
    const tmtYear = SEED_REFERENCE_YEAR - serviceYears;
    const tmtMonth = kind === 'CPNS' ? 6 : random.pick([1, 1, 3, 3, 4, 10, 12]);
    const minAge = MIN_AGE_AT_ENTRY[education];
    // PP 11/2017 Pasal 23: CPNS applicants are 18 to 35 years old.
    let ageAtEntry = random.int(minAge, Math.min(35, minAge + 9));
    // Keep everyone below their retirement age in the reference year.
    while (SEED_REFERENCE_YEAR - (tmtYear - ageAtEntry) >= bup - 1 && ageAtEntry > minAge) ageAtEntry--;
    birthYear = tmtYear - ageAtEntry;
    let birthDate = randomBirthDate(random, birthYear);
    const tmt = `${tmtYear}-${String(tmtMonth).padStart(2, '0')}`;
    if (`${tmt}-01` < anniversary(birthDate, 18)) birthDate = randomBirthDate(random, birthYear - 1);
    appointmentDate = `${tmt}-01`;
    const prefix = buildNip({
      kind: 'PNS',
      birthDate,
      appointmentMonth: tmt,
      gender: actualGender,
      serial: 1,
    }).slice(0, 15);
    nip = buildNip({
      kind: 'PNS',
      birthDate,
      appointmentMonth: tmt,
      gender: actualGender,
      serial: registry.nextSerial(prefix),
    });
    return finish(birthDate);
  }

  // PPPK (PP 49/2018): NI PPPK carries the appointment year and the code 21; part-time PPPK 24.
  pppkGolongan = pppkGrade(position, education);
  const partTime = kind === 'PPPK_PART_TIME';
  const niYear = partTime
    ? 2025
    : random.weighted([
        [2021, 3],
        [2022, 3],
        [2023, 2],
        [2024, 3],
      ] as const);
  birthYear = random.int(
    Math.max(1970, SEED_REFERENCE_YEAR - bup + 2),
    niYear - MIN_AGE_AT_ENTRY[education] - 1,
  );
  const birthDate = randomBirthDate(random, birthYear);
  appointmentDate = partTime ? '2025-12-01' : `${niYear}-${random.pick(['03', '04', '07', '10', '12'])}-01`;
  const code = partTime ? 24 : 21;
  const prefix = buildNip({
    kind: 'PPPK',
    birthDate,
    appointmentYear: niYear,
    code,
    gender: actualGender,
    serial: 1,
  }).slice(0, 15);
  nip = buildNip({
    kind: 'PPPK',
    birthDate,
    appointmentYear: niYear,
    code,
    gender: actualGender,
    serial: registry.nextSerial(prefix),
  });
  return finish(birthDate);

  function finish(birthDate: string): PersonDraft {
    const { front, back } = titlesFor(random, education, position.track, Number(birthDate.slice(0, 4)));
    const kecamatan = random.int(1, KECAMATAN.length);
    return {
      nip,
      name,
      frontTitle: front,
      backTitle: back,
      gender: actualGender,
      kind,
      pnsGolongan,
      pppkGolongan,
      birthDate,
      birthPlace,
      nik: registry.nik(random, kecamatan, birthDate, actualGender),
      appointmentDate,
      status:
        kind === 'PNS' && position.kind === 'FUNGSIONAL' && random.chance(0.01) ? 'UNPAID_LEAVE' : 'ACTIVE',
      homeAddress: homeAddress(random, kecamatan),
      phone: phoneNumber(random),
    };
  }
}

/** A plausible Medan address in the given kecamatan (1–21). */
export function homeAddress(random: Random, kecamatan: number): string {
  return `${random.pick(MEDAN_STREETS)} No. ${random.int(1, 250)}, Kec. ${KECAMATAN[kecamatan - 1]}, Kota Medan`;
}

/** A plausible Indonesian mobile number. */
export function phoneNumber(random: Random): string {
  const prefix = random.pick(['0812', '0813', '0821', '0822', '0852', '0853', '0877', '0896', '0811']);
  return `${prefix}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
}
