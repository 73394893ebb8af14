/**
 * The organisation of Pemko Medan used by the seed (DOMAIN.md §9.2–9.3): the OPD list after the
 * 2022 restructuring, the 21 kecamatan, bidang/subbidang of several OPDs (BKPSDM in full) and the
 * positions with their reporting chain (DOMAIN.md §2.3: Sekda and kepala OPD are JPT pratama;
 * sekretaris, kabid and camat administrator; kasubbag, kasubbid, kasi and lurah pengawas).
 */
import type { OrgUnitKind } from '../modules/org-unit/org-unit.entity.js';
import type { FunctionalLevel, PositionKind } from '../modules/position/position.entity.js';

/** An org unit to create. */
export interface UnitSpec {
  code: string;
  name: string;
  kind: OrgUnitKind;
  parent: string | null;
}

/** What a position's holders studied, which decides titles (see people.ts). */
export type Track =
  | 'general'
  | 'hr'
  | 'tech'
  | 'finance'
  | 'law'
  | 'planning'
  | 'health-doctor'
  | 'health-nurse'
  | 'health-midwife'
  | 'health-pharmacy'
  | 'health-public'
  | 'teacher'
  | 'engineering'
  | 'social'
  | 'order'
  | 'audit';

/** A position to create. `key` is stable and used for the reporting chain and the personas. */
export interface PositionSpec {
  key: string;
  title: string;
  kind: PositionKind;
  functionalLevel: FunctionalLevel | null;
  unit: string;
  reportsTo: string | null;
  track: Track;
  /** Relative number of holders among non-managerial staff (0 for managerial positions). */
  weight: number;
}

/** The validity start of the current SOTK (Perda of 20 Dec 2022, effective with APBD 2023). */
export const SOTK_VALID_FROM = '2023-01-01';

interface OpdSpec {
  code: string;
  name: string;
  kind: OrgUnitKind;
  head: string;
  /** Track of the OPD's own functional staff. */
  track: Track;
  /** Functional positions (title, level, track, weight) reporting to the sekretaris / a kabid. */
  jf?: Array<[string, FunctionalLevel, Track, number]>;
  /** Bidang (or bagian) with their subbidang/seksi. */
  bidang?: Array<{ code: string; name: string; kind?: OrgUnitKind; subs?: Array<[string, string]> }>;
  /** UPT below the OPD. */
  upt?: Array<[string, string, string]>;
  /** Weight of the OPD's pelaksana positions. */
  staff?: number;
  noSekretaris?: boolean;
}

const DINAS: Array<[string, string, Track]> = [
  ['DSDABMBK', 'Dinas Sumber Daya Air, Bina Marga dan Bina Konstruksi', 'engineering'],
  ['DPKPCKTR', 'Dinas Perumahan, Kawasan Permukiman, Cipta Karya dan Tata Ruang', 'engineering'],
  ['DAMKAR', 'Dinas Pemadam Kebakaran dan Penyelamatan', 'order'],
  ['SATPOLPP', 'Satuan Polisi Pamong Praja', 'order'],
  ['DINSOS', 'Dinas Sosial', 'social'],
  ['DISNAKER', 'Dinas Tenaga Kerja', 'social'],
  [
    'DP3APMP2KB',
    'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pemberdayaan Masyarakat, Pengendalian Penduduk dan Keluarga Berencana',
    'social',
  ],
  ['DKP3', 'Dinas Ketahanan Pangan, Pertanian dan Perikanan', 'general'],
  ['DLH', 'Dinas Lingkungan Hidup', 'engineering'],
  ['DKP', 'Dinas Kebersihan dan Pertamanan', 'general'],
  ['DISDUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil', 'tech'],
  ['DISHUB', 'Dinas Perhubungan', 'engineering'],
  ['DKUPP', 'Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan', 'finance'],
  ['DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'general'],
  ['DISPORA', 'Dinas Pemuda dan Olahraga', 'general'],
  ['DISPAR', 'Dinas Pariwisata', 'general'],
  ['DISPUSIP', 'Dinas Perpustakaan dan Kearsipan', 'general'],
];

const JF_BY_DINAS: Record<string, Array<[string, FunctionalLevel, Track, number]>> = {
  SATPOLPP: [
    ['Polisi Pamong Praja Terampil', 'TERAMPIL', 'order', 4],
    ['Polisi Pamong Praja Ahli Pertama', 'AHLI_PERTAMA', 'law', 1],
  ],
  DAMKAR: [['Analis Kebakaran Terampil', 'TERAMPIL', 'order', 3]],
  DINSOS: [['Pekerja Sosial Ahli Pertama', 'AHLI_PERTAMA', 'social', 2]],
  DLH: [['Pengendali Dampak Lingkungan Ahli Pertama', 'AHLI_PERTAMA', 'engineering', 1]],
  DISDUKCAPIL: [['Administrator Database Kependudukan Ahli Pertama', 'AHLI_PERTAMA', 'tech', 2]],
  DISHUB: [['Penguji Kendaraan Bermotor Terampil', 'TERAMPIL', 'engineering', 2]],
  DISPUSIP: [
    ['Pustakawan Ahli Pertama', 'AHLI_PERTAMA', 'general', 1],
    ['Arsiparis Terampil', 'TERAMPIL', 'general', 1],
  ],
  DSDABMBK: [['Teknik Jalan dan Jembatan Ahli Pertama', 'AHLI_PERTAMA', 'engineering', 2]],
  DPKPCKTR: [['Penata Ruang Ahli Pertama', 'AHLI_PERTAMA', 'engineering', 1]],
};

/** The OPD of Pemko Medan (DOMAIN.md §9.3), with their internal structure where the seed has one. */
function opdList(): OpdSpec[] {
  return [
    {
      code: 'SETDA',
      name: 'Sekretariat Daerah',
      kind: 'SEKRETARIAT',
      head: 'Sekretaris Daerah',
      track: 'law',
      noSekretaris: true,
      bidang: [
        { code: 'SETDA.PEMERINTAHAN', name: 'Bagian Tata Pemerintahan', kind: 'BAGIAN' },
        {
          code: 'SETDA.HUKUM',
          name: 'Bagian Hukum',
          kind: 'BAGIAN',
          subs: [['SETDA.HUKUM.PERUNDANGAN', 'Subbagian Perundang-undangan']],
        },
        { code: 'SETDA.ORGANISASI', name: 'Bagian Organisasi', kind: 'BAGIAN' },
        { code: 'SETDA.UMUM', name: 'Bagian Umum', kind: 'BAGIAN' },
      ],
      jf: [
        ['Analis Hukum Ahli Pertama', 'AHLI_PERTAMA', 'law', 1],
        ['Perancang Peraturan Perundang-undangan Ahli Muda', 'AHLI_MUDA', 'law', 1],
        ['Analis Kebijakan Ahli Muda', 'AHLI_MUDA', 'planning', 1],
      ],
      staff: 3,
    },
    {
      code: 'SETWAN',
      name: 'Sekretariat DPRD',
      kind: 'SEKRETARIAT',
      head: 'Sekretaris DPRD',
      track: 'general',
      noSekretaris: true,
      staff: 2,
    },
    {
      code: 'INSPEKTORAT',
      name: 'Inspektorat',
      kind: 'INSPEKTORAT',
      head: 'Inspektur',
      track: 'audit',
      jf: [
        ['Auditor Ahli Pertama', 'AHLI_PERTAMA', 'audit', 2],
        ['Auditor Ahli Muda', 'AHLI_MUDA', 'audit', 1],
        ['Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Muda', 'AHLI_MUDA', 'audit', 1],
      ],
    },
    {
      code: 'DISDIKBUD',
      name: 'Dinas Pendidikan dan Kebudayaan',
      kind: 'DINAS',
      head: 'Kepala Dinas Pendidikan dan Kebudayaan',
      track: 'teacher',
      bidang: [
        { code: 'DISDIKBUD.SD', name: 'Bidang Pembinaan Sekolah Dasar' },
        { code: 'DISDIKBUD.SMP', name: 'Bidang Pembinaan Sekolah Menengah Pertama' },
        { code: 'DISDIKBUD.BUDAYA', name: 'Bidang Kebudayaan' },
      ],
      upt: [
        ['DISDIKBUD.SMPN1', 'UPT SMP Negeri 1 Medan', 'Kepala UPT SMP Negeri 1 Medan'],
        ['DISDIKBUD.SMPN3', 'UPT SMP Negeri 3 Medan', 'Kepala UPT SMP Negeri 3 Medan'],
      ],
      jf: [
        ['Pengawas Sekolah Ahli Madya', 'AHLI_MADYA', 'teacher', 1],
        ['Penilik Ahli Muda', 'AHLI_MUDA', 'teacher', 1],
      ],
      staff: 2,
    },
    {
      code: 'DINKES',
      name: 'Dinas Kesehatan',
      kind: 'DINAS',
      head: 'Kepala Dinas Kesehatan',
      track: 'health-public',
      bidang: [
        { code: 'DINKES.KESMAS', name: 'Bidang Kesehatan Masyarakat' },
        { code: 'DINKES.P2P', name: 'Bidang Pencegahan dan Pengendalian Penyakit' },
        { code: 'DINKES.YANKES', name: 'Bidang Pelayanan dan Sumber Daya Kesehatan' },
      ],
      upt: [
        ['DINKES.PKM-PADANG-BULAN', 'UPT Puskesmas Padang Bulan', 'Kepala UPT Puskesmas Padang Bulan'],
        ['DINKES.PKM-TELADAN', 'UPT Puskesmas Teladan', 'Kepala UPT Puskesmas Teladan'],
      ],
      jf: [
        ['Epidemiolog Kesehatan Ahli Pertama', 'AHLI_PERTAMA', 'health-public', 1],
        ['Administrator Kesehatan Ahli Muda', 'AHLI_MUDA', 'health-public', 1],
      ],
      staff: 2,
    },
    ...DINAS.map(([code, name, track]): OpdSpec => ({
      code,
      name,
      kind: 'DINAS',
      head: code === 'SATPOLPP' ? 'Kepala Satuan Polisi Pamong Praja' : `Kepala ${name}`,
      track,
      jf: JF_BY_DINAS[code],
      staff: code === 'SATPOLPP' || code === 'DKP' ? 3 : 1,
    })),
    {
      code: 'DISKOMINFO',
      name: 'Dinas Komunikasi dan Informatika',
      kind: 'DINAS',
      head: 'Kepala Dinas Komunikasi dan Informatika',
      track: 'tech',
      bidang: [
        { code: 'DISKOMINFO.APTIKA', name: 'Bidang Aplikasi Informatika' },
        { code: 'DISKOMINFO.IKP', name: 'Bidang Informasi dan Komunikasi Publik' },
      ],
      jf: [
        ['Pranata Komputer Ahli Pertama', 'AHLI_PERTAMA', 'tech', 2],
        ['Pranata Komputer Ahli Muda', 'AHLI_MUDA', 'tech', 1],
        ['Pranata Hubungan Masyarakat Ahli Pertama', 'AHLI_PERTAMA', 'social', 1],
        ['Statistisi Ahli Pertama', 'AHLI_PERTAMA', 'planning', 1],
      ],
    },
    {
      code: 'BAPPEDA',
      name: 'Badan Perencanaan Pembangunan Daerah',
      kind: 'BADAN',
      head: 'Kepala Badan Perencanaan Pembangunan Daerah',
      track: 'planning',
      jf: [
        ['Perencana Ahli Pertama', 'AHLI_PERTAMA', 'planning', 2],
        ['Perencana Ahli Muda', 'AHLI_MUDA', 'planning', 1],
        ['Perencana Ahli Madya', 'AHLI_MADYA', 'planning', 1],
      ],
    },
    {
      code: 'BKPSDM',
      name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      kind: 'BADAN',
      head: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      track: 'hr',
      bidang: [
        {
          code: 'BKPSDM.PPIK',
          name: 'Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian',
          subs: [
            ['BKPSDM.PPIK.PENGADAAN', 'Subbidang Pengadaan dan Pemberhentian'],
            ['BKPSDM.PPIK.INFORMASI', 'Subbidang Data dan Informasi Kepegawaian'],
          ],
        },
        {
          code: 'BKPSDM.MUTASI',
          name: 'Bidang Mutasi dan Promosi',
          subs: [
            ['BKPSDM.MUTASI.MUTASI', 'Subbidang Mutasi'],
            ['BKPSDM.MUTASI.PROMOSI', 'Subbidang Promosi dan Kepangkatan'],
          ],
        },
        {
          code: 'BKPSDM.BANGKOM',
          name: 'Bidang Pengembangan Kompetensi Aparatur',
          subs: [
            ['BKPSDM.BANGKOM.DIKLAT', 'Subbidang Pendidikan dan Pelatihan'],
            ['BKPSDM.BANGKOM.KARIER', 'Subbidang Pengembangan Karier dan Sertifikasi'],
          ],
        },
        {
          code: 'BKPSDM.PKAP',
          name: 'Bidang Penilaian Kinerja Aparatur dan Penghargaan',
          subs: [
            ['BKPSDM.PKAP.KINERJA', 'Subbidang Penilaian Kinerja'],
            ['BKPSDM.PKAP.DISIPLIN', 'Subbidang Disiplin dan Penghargaan'],
          ],
        },
      ],
      jf: [
        ['Analis Sumber Daya Manusia Aparatur Ahli Pertama', 'AHLI_PERTAMA', 'hr', 3],
        ['Analis Sumber Daya Manusia Aparatur Ahli Muda', 'AHLI_MUDA', 'hr', 2],
        ['Pranata Sumber Daya Manusia Aparatur Terampil', 'TERAMPIL', 'hr', 2],
        ['Pranata Komputer Ahli Muda', 'AHLI_MUDA', 'tech', 1],
        ['Asesor Sumber Daya Manusia Aparatur Ahli Muda', 'AHLI_MUDA', 'hr', 1],
      ],
      staff: 2,
    },
    {
      code: 'BRIDA',
      name: 'Badan Riset dan Inovasi Daerah',
      kind: 'BADAN',
      head: 'Kepala Badan Riset dan Inovasi Daerah',
      track: 'planning',
      jf: [['Peneliti Ahli Pertama', 'AHLI_PERTAMA', 'planning', 1]],
    },
    {
      code: 'BKAD',
      name: 'Badan Keuangan dan Aset Daerah',
      kind: 'BADAN',
      head: 'Kepala Badan Keuangan dan Aset Daerah',
      track: 'finance',
      jf: [
        ['Analis Keuangan Pusat dan Daerah Ahli Pertama', 'AHLI_PERTAMA', 'finance', 2],
        ['Pengelola Pengadaan Barang/Jasa Ahli Pertama', 'AHLI_PERTAMA', 'finance', 1],
      ],
      staff: 2,
    },
    {
      code: 'BAPENDA',
      name: 'Badan Pendapatan Daerah',
      kind: 'BADAN',
      head: 'Kepala Badan Pendapatan Daerah',
      track: 'finance',
      jf: [['Analis Keuangan Pusat dan Daerah Ahli Pertama', 'AHLI_PERTAMA', 'finance', 1]],
      staff: 2,
    },
    {
      code: 'BPBD',
      name: 'Badan Penanggulangan Bencana Daerah',
      kind: 'BADAN',
      head: 'Kepala Pelaksana Badan Penanggulangan Bencana Daerah',
      track: 'general',
    },
    {
      code: 'KESBANGPOL',
      name: 'Badan Kesatuan Bangsa dan Politik',
      kind: 'BADAN',
      head: 'Kepala Badan Kesatuan Bangsa dan Politik',
      track: 'social',
    },
    ...(
      [
        ['RSUD-PIRNGADI', 'RSUD dr. Pirngadi'],
        ['RSUD-BACHTIAR-DJAFAR', 'RSUD H. Bachtiar Djafar'],
      ] as const
    ).map(([code, name]): OpdSpec => ({
      code,
      name,
      kind: 'RSUD',
      head: `Direktur ${name}`,
      track: 'health-doctor',
      jf: [
        ['Dokter Ahli Pertama', 'AHLI_PERTAMA', 'health-doctor', 2],
        ['Dokter Ahli Madya', 'AHLI_MADYA', 'health-doctor', 1],
        ['Perawat Ahli Pertama', 'AHLI_PERTAMA', 'health-nurse', 3],
        ['Perawat Terampil', 'TERAMPIL', 'health-nurse', 4],
        ['Bidan Terampil', 'TERAMPIL', 'health-midwife', 2],
        ['Apoteker Ahli Pertama', 'AHLI_PERTAMA', 'health-pharmacy', 1],
      ],
      staff: 2,
    })),
  ];
}

/** DOMAIN.md §9.2: the 21 kecamatan, with the Kemendagri sub-code used in seeded NIKs. */
export const KECAMATAN = [
  'Medan Tuntungan',
  'Medan Selayang',
  'Medan Johor',
  'Medan Amplas',
  'Medan Denai',
  'Medan Tembung',
  'Medan Kota',
  'Medan Area',
  'Medan Baru',
  'Medan Polonia',
  'Medan Maimun',
  'Medan Sunggal',
  'Medan Helvetia',
  'Medan Barat',
  'Medan Petisah',
  'Medan Timur',
  'Medan Perjuangan',
  'Medan Deli',
  'Medan Labuhan',
  'Medan Marelan',
  'Medan Belawan',
] as const;

/** Kelurahan of Kecamatan Medan Baru (the seed's one kecamatan with kelurahan). */
const KELURAHAN_MEDAN_BARU = ['Babura', 'Darat', 'Merdeka', 'Padang Bulan', 'Petisah Hulu', 'Titi Rantai'];

/** `Medan Baru` → `KEC-MEDAN-BARU`. */
export function kecamatanCode(name: string): string {
  return `KEC-${name.toUpperCase().replace(/\s+/g, '-')}`;
}

const slug = (s: string) =>
  s
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Every unit and position of the seed, parents before children, chains top-down. */
export function buildStructure(): { units: UnitSpec[]; positions: PositionSpec[] } {
  const units: UnitSpec[] = [{ code: 'PEMKO', name: 'Pemerintah Kota Medan', kind: 'PEMKO', parent: null }];
  const positions: PositionSpec[] = [];
  const managerial = (
    key: string,
    title: string,
    kind: PositionKind,
    unit: string,
    reportsTo: string | null,
    track: Track,
  ) => positions.push({ key, title, kind, functionalLevel: null, unit, reportsTo, track, weight: 0 });
  const staff = (unit: string, reportsTo: string, weight: number) => {
    positions.push(
      {
        key: `${unit}/PELAKSANA-ADM`,
        title: 'Pengadministrasi Perkantoran',
        kind: 'PELAKSANA',
        functionalLevel: null,
        unit,
        reportsTo,
        track: 'general',
        weight,
      },
      {
        key: `${unit}/PELAKSANA-PLO`,
        title: 'Penata Layanan Operasional',
        kind: 'PELAKSANA',
        functionalLevel: null,
        unit,
        reportsTo,
        track: 'general',
        weight,
      },
      {
        key: `${unit}/PELAKSANA-OLO`,
        title: 'Operator Layanan Operasional',
        kind: 'PELAKSANA',
        functionalLevel: null,
        unit,
        reportsTo,
        track: 'general',
        weight: weight / 2,
      },
    );
  };

  for (const opd of opdList()) {
    units.push({ code: opd.code, name: opd.name, kind: opd.kind, parent: 'PEMKO' });
    const head = `${opd.code}/KEPALA`;
    managerial(head, opd.head, 'JPT_PRATAMA', opd.code, null, opd.track);
    if (!opd.noSekretaris) {
      const sek = `${opd.code}.SEKRETARIAT`;
      units.push({ code: sek, name: 'Sekretariat', kind: 'SEKRETARIAT', parent: opd.code });
      units.push({
        code: `${sek}.UMUM`,
        name: 'Subbagian Umum dan Kepegawaian',
        kind: 'SUBBAGIAN',
        parent: sek,
      });
      const sekTitle =
        opd.kind === 'RSUD'
          ? 'Wakil Direktur Administrasi Umum dan Keuangan'
          : `Sekretaris ${opd.kind === 'INSPEKTORAT' ? 'Inspektorat' : opd.kind === 'BADAN' ? 'Badan' : 'Dinas'}`;
      managerial(`${sek}/SEKRETARIS`, sekTitle, 'ADMINISTRATOR', sek, head, 'general');
      managerial(
        `${sek}.UMUM/KASUBBAG`,
        'Kepala Subbagian Umum dan Kepegawaian',
        'PENGAWAS',
        `${sek}.UMUM`,
        `${sek}/SEKRETARIS`,
        'general',
      );
      staff(`${sek}.UMUM`, `${sek}.UMUM/KASUBBAG`, opd.staff ?? 1);
    } else {
      staff(opd.code, head, opd.staff ?? 1);
    }
    const bidangHeads: Array<[string, string]> = [];
    for (const b of opd.bidang ?? []) {
      const kind = b.kind ?? 'BIDANG';
      units.push({ code: b.code, name: b.name, kind, parent: opd.code });
      const kabid = `${b.code}/KABID`;
      managerial(kabid, `Kepala ${b.name}`, 'ADMINISTRATOR', b.code, head, opd.track);
      bidangHeads.push([b.code, kabid]);
      for (const [code, name] of b.subs ?? []) {
        units.push({ code, name, kind: kind === 'BAGIAN' ? 'SUBBAGIAN' : 'SUBBIDANG', parent: b.code });
        managerial(`${code}/KASUBBID`, `Kepala ${name}`, 'PENGAWAS', code, kabid, opd.track);
        staff(code, `${code}/KASUBBID`, 0.5);
      }
    }
    for (const [code, name, title] of opd.upt ?? []) {
      units.push({ code, name, kind: 'UPT', parent: opd.code });
      managerial(`${code}/KEPALA`, title, 'PENGAWAS', code, head, opd.track);
      if (opd.code === 'DISDIKBUD') {
        for (const [t, level, w] of [
          ['Guru Ahli Pertama', 'AHLI_PERTAMA', 4],
          ['Guru Ahli Muda', 'AHLI_MUDA', 3],
          ['Guru Ahli Madya', 'AHLI_MADYA', 1],
        ] as const) {
          positions.push({
            key: `${code}/${slug(t)}`,
            title: t,
            kind: 'FUNGSIONAL',
            functionalLevel: level,
            unit: code,
            reportsTo: `${code}/KEPALA`,
            track: 'teacher',
            weight: w,
          });
        }
      } else {
        for (const [t, level, track, w] of [
          ['Dokter Ahli Pertama', 'AHLI_PERTAMA', 'health-doctor', 1],
          ['Perawat Terampil', 'TERAMPIL', 'health-nurse', 2],
          ['Bidan Terampil', 'TERAMPIL', 'health-midwife', 2],
        ] as const) {
          positions.push({
            key: `${code}/${slug(t)}`,
            title: t,
            kind: 'FUNGSIONAL',
            functionalLevel: level,
            unit: code,
            reportsTo: `${code}/KEPALA`,
            track,
            weight: w,
          });
        }
      }
    }
    // JF sit in the bidang when there are some (spread in turn), else under the sekretaris or the head.
    (opd.jf ?? []).forEach(([title, level, track, weight], i) => {
      const [unit, reportsTo] =
        bidangHeads.length > 0
          ? bidangHeads[i % bidangHeads.length]!
          : [opd.code, opd.noSekretaris ? head : `${opd.code}.SEKRETARIAT/SEKRETARIS`];
      positions.push({
        key: `${unit}/${slug(title)}`,
        title,
        kind: 'FUNGSIONAL',
        functionalLevel: level,
        unit,
        reportsTo,
        track,
        weight,
      });
    });
  }

  // BKPSDM: every bidang has its own analysts (the personas sit in Mutasi and PPIK).
  for (const [unit, title, level, track, weight] of [
    ['BKPSDM.MUTASI', 'Analis Sumber Daya Manusia Aparatur Ahli Pertama', 'AHLI_PERTAMA', 'hr', 2],
    ['BKPSDM.PPIK', 'Pranata Komputer Ahli Muda', 'AHLI_MUDA', 'tech', 1],
    ['BKPSDM.PKAP', 'Analis Sumber Daya Manusia Aparatur Ahli Muda', 'AHLI_MUDA', 'hr', 1],
  ] as const) {
    const key = `${unit}/${slug(title)}`;
    if (!positions.some((p) => p.key === key)) {
      positions.push({
        key,
        title,
        kind: 'FUNGSIONAL',
        functionalLevel: level,
        unit,
        reportsTo: `${unit}/KABID`,
        track,
        weight,
      });
    }
  }

  for (const name of KECAMATAN) {
    const code = kecamatanCode(name);
    units.push({ code, name: `Kecamatan ${name}`, kind: 'KECAMATAN', parent: 'PEMKO' });
    const camat = `${code}/CAMAT`;
    managerial(camat, `Camat ${name}`, 'ADMINISTRATOR', code, null, 'general');
    managerial(`${code}/SEKCAM`, `Sekretaris Kecamatan ${name}`, 'ADMINISTRATOR', code, camat, 'general');
    for (const [suffix, seksi] of [
      ['PEM', 'Seksi Pemerintahan'],
      ['TRANTIB', 'Seksi Ketenteraman dan Ketertiban Umum'],
    ] as const) {
      units.push({ code: `${code}.${suffix}`, name: seksi, kind: 'SEKSI', parent: code });
      managerial(
        `${code}.${suffix}/KASI`,
        `Kepala ${seksi}`,
        'PENGAWAS',
        `${code}.${suffix}`,
        camat,
        'general',
      );
    }
    staff(code, `${code}/SEKCAM`, 0.6);
    if (name === 'Medan Baru') {
      for (const kel of KELURAHAN_MEDAN_BARU) {
        const kcode = `${code}.${slug(kel)}`;
        units.push({ code: kcode, name: `Kelurahan ${kel}`, kind: 'KELURAHAN', parent: code });
        managerial(`${kcode}/LURAH`, `Lurah ${kel}`, 'PENGAWAS', kcode, camat, 'general');
      }
    }
  }
  return { units, positions };
}
