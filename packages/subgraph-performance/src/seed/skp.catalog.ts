/**
 * Rencana hasil kerja (RHK) and indicators typical of a city government's SKP, for the demo seed,
 * by level of the position (PermenPANRB 6/2022: managers' RHK are about their unit's results,
 * staff RHK about the outputs that feed them). Wording follows common Pemda SKP practice; targets
 * are typical values, not taken from real SKP documents.
 */
import type { IndicatorAspect } from '../modules/skp/skp.entity.js';

export interface IndicatorTemplate {
  aspect: IndicatorAspect;
  description: string;
  /** Lowest and highest target drawn. */
  target: readonly [number, number];
  unit: string;
}

export interface WorkResultTemplate {
  description: string;
  indicators: readonly IndicatorTemplate[];
}

/** Which catalog a position kind plans from. */
export type PlanningLevel = 'MANAGER' | 'SUPERVISOR' | 'STAFF';

export function planningLevelOf(positionKind: string | null): PlanningLevel {
  if (positionKind === 'ADMINISTRATOR' || positionKind?.startsWith('JPT')) return 'MANAGER';
  if (positionKind === 'PENGAWAS') return 'SUPERVISOR';
  return 'STAFF';
}

const percent = (description: string, low: number, high: number): IndicatorTemplate => ({
  aspect: 'QUALITY',
  description,
  target: [low, high],
  unit: 'persen',
});
const onTime = (description: string): IndicatorTemplate => ({
  aspect: 'TIME',
  description,
  target: [12, 12],
  unit: 'bulan',
});

/** Utama RHK of administrators (sekretaris, kepala bidang, camat). */
const MANAGER: readonly WorkResultTemplate[] = [
  {
    description: 'Meningkatnya capaian kinerja program pada unit kerja',
    indicators: [
      percent('Persentase capaian indikator kinerja program unit kerja', 85, 95),
      onTime('Laporan capaian kinerja program disampaikan tepat waktu'),
    ],
  },
  {
    description: 'Terwujudnya tata kelola keuangan dan aset unit kerja yang akuntabel',
    indicators: [
      percent('Persentase realisasi anggaran terhadap rencana', 90, 98),
      {
        aspect: 'QUANTITY',
        description: 'Jumlah temuan pemeriksaan yang ditindaklanjuti',
        target: [3, 10],
        unit: 'temuan',
      },
    ],
  },
  {
    description: 'Meningkatnya kualitas pelayanan publik pada unit kerja',
    indicators: [
      percent('Indeks kepuasan masyarakat (IKM) atas layanan unit kerja', 80, 88),
      percent('Persentase pengaduan masyarakat yang diselesaikan', 85, 95),
    ],
  },
  {
    description: 'Meningkatnya kapasitas dan disiplin aparatur unit kerja',
    indicators: [
      percent('Persentase pegawai yang memenuhi 20 JP pengembangan kompetensi', 70, 90),
      percent('Persentase kehadiran pegawai sesuai ketentuan', 92, 98),
    ],
  },
];

/** Utama RHK of supervisors (kasubbag, kasi, kasubbid, lurah). */
const SUPERVISOR: readonly WorkResultTemplate[] = [
  {
    description: 'Terlaksananya kegiatan subunit sesuai rencana kerja',
    indicators: [
      {
        aspect: 'QUANTITY',
        description: 'Jumlah kegiatan yang terlaksana',
        target: [6, 14],
        unit: 'kegiatan',
      },
      percent('Persentase kegiatan yang selesai sesuai jadwal', 85, 95),
    ],
  },
  {
    description: 'Tersusunnya laporan kinerja dan keuangan subunit',
    indicators: [
      { aspect: 'QUANTITY', description: 'Jumlah laporan yang disusun', target: [4, 12], unit: 'laporan' },
      onTime('Laporan disampaikan tepat waktu setiap periode'),
    ],
  },
  {
    description: 'Meningkatnya ketepatan waktu layanan administrasi',
    indicators: [
      percent('Persentase permohonan layanan diselesaikan sesuai standar pelayanan', 85, 95),
      {
        aspect: 'QUANTITY',
        description: 'Jumlah permohonan layanan yang diproses',
        target: [120, 600],
        unit: 'permohonan',
      },
    ],
  },
  {
    description: 'Terkelolanya data dan arsip subunit secara tertib',
    indicators: [
      percent('Persentase arsip aktif yang tertata sesuai klasifikasi', 80, 95),
      onTime('Pemutakhiran data dilakukan setiap bulan'),
    ],
  },
];

/** Utama RHK of staff (pelaksana and jabatan fungsional). */
const STAFF: readonly WorkResultTemplate[] = [
  {
    description: 'Tersusunnya dokumen administrasi layanan',
    indicators: [
      {
        aspect: 'QUANTITY',
        description: 'Jumlah dokumen yang diselesaikan',
        target: [60, 240],
        unit: 'dokumen',
      },
      percent('Persentase dokumen tanpa revisi', 85, 95),
    ],
  },
  {
    description: 'Terlaksananya verifikasi berkas permohonan',
    indicators: [
      {
        aspect: 'QUANTITY',
        description: 'Jumlah berkas yang diverifikasi',
        target: [100, 400],
        unit: 'berkas',
      },
      percent('Persentase berkas diverifikasi dalam 3 hari kerja', 85, 95),
    ],
  },
  {
    description: 'Tersedianya data kepegawaian dan kinerja yang mutakhir',
    indicators: [
      percent('Persentase data yang dimutakhirkan', 90, 100),
      onTime('Rekapitulasi data disampaikan setiap bulan'),
    ],
  },
  {
    description: 'Terkelolanya persuratan dan arsip unit kerja',
    indicators: [
      { aspect: 'QUANTITY', description: 'Jumlah surat yang diagendakan', target: [200, 900], unit: 'surat' },
      percent('Persentase surat didistribusikan pada hari yang sama', 85, 98),
    ],
  },
  {
    description: 'Terlaksananya layanan kepada masyarakat sesuai standar pelayanan',
    indicators: [
      {
        aspect: 'QUANTITY',
        description: 'Jumlah masyarakat yang dilayani',
        target: [150, 800],
        unit: 'orang',
      },
      percent('Persentase layanan tanpa pengaduan', 90, 98),
    ],
  },
];

/** Tambahan RHK (tugas tambahan), any level. */
export const ADDITIONAL: readonly WorkResultTemplate[] = [
  {
    description: 'Terlaksananya tugas sebagai anggota tim pelaksana kegiatan lintas unit',
    indicators: [
      { aspect: 'QUANTITY', description: 'Jumlah rapat tim yang diikuti', target: [4, 10], unit: 'rapat' },
    ],
  },
  {
    description: 'Terlaksananya tugas sebagai pengelola zona integritas unit kerja',
    indicators: [
      {
        aspect: 'QUANTITY',
        description: 'Jumlah dokumen bukti zona integritas',
        target: [6, 20],
        unit: 'dokumen',
      },
    ],
  },
];

export const UTAMA_CATALOG: Readonly<Record<PlanningLevel, readonly WorkResultTemplate[]>> = {
  MANAGER,
  SUPERVISOR,
  STAFF,
};

/** The rater's words in an annual evaluation, by predikat. */
export const ANNUAL_FEEDBACK = {
  SANGAT_BAIK: [
    'Hasil kerja melampaui target dan menjadi contoh bagi rekan kerja.',
    'Capaian di atas ekspektasi; pertahankan inisiatif dan kolaborasinya.',
  ],
  BAIK: [
    'Target tercapai sesuai ekspektasi. Tingkatkan dokumentasi bukti dukung.',
    'Kinerja sesuai ekspektasi; perlu lebih proaktif pada semester berikutnya.',
    'Hasil kerja baik dan tepat waktu.',
  ],
  BUTUH_PERBAIKAN: [
    'Beberapa target belum tercapai; perlu rencana perbaikan bersama atasan.',
    'Ketepatan waktu penyelesaian perlu ditingkatkan.',
  ],
  KURANG: ['Perilaku kerja perlu pembinaan; disiplin dan kerja sama belum sesuai ekspektasi.'],
  SANGAT_KURANG: ['Hasil dan perilaku kerja di bawah ekspektasi; diikuti pembinaan oleh atasan.'],
} as const;

/** BerAKHLAK notes a rater writes, by the value they are about. */
export const BEHAVIOR_NOTES = {
  BERORIENTASI_PELAYANAN: 'Ramah dan cepat tanggap terhadap kebutuhan pemohon layanan.',
  AKUNTABEL: 'Menyelesaikan tugas dengan bukti dukung yang lengkap.',
  KOMPETEN: 'Aktif mengikuti pengembangan kompetensi dan menerapkannya.',
  HARMONIS: 'Menjaga suasana kerja yang saling menghargai.',
  LOYAL: 'Menjaga kerahasiaan data dan nama baik instansi.',
  ADAPTIF: 'Cepat menyesuaikan diri dengan aplikasi layanan yang baru.',
  KOLABORATIF: 'Terbuka bekerja sama lintas bidang.',
} as const;

/** Reasons an employee objects (keberatan), and how the rater's superior decided. */
export const OBJECTIONS: ReadonlyArray<{ reason: string; decision: string }> = [
  {
    reason: 'Realisasi kegiatan triwulan IV belum diperhitungkan dalam penilaian.',
    decision: 'Keberatan diterima sebagian; bukti dukung triwulan IV telah diperiksa, penilaian tetap.',
  },
  {
    reason: 'Penugasan tambahan di luar SKP tidak dipertimbangkan.',
    decision: 'Keberatan tidak diterima; tugas tambahan tidak tercantum dalam SKP yang disepakati.',
  },
];
