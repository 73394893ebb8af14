/**
 * Texts of `<asn-appraisal-card>`: Bahasa Indonesia is the source, English is bundled. Predikat and
 * BerAKHLAK names are the official ones (PermenPANRB 6/2022; SE MenPANRB 20/2021).
 */
import type { BerakhlakValue, Expectation, Predikat } from '../../generated/graphql.js';
import type { Locale } from '../../localize/locale.js';

const id = {
  title: (year: number) => `Kinerja ${year}`,
  raterTitle: (year: number) => `Penilaian SKP ${year} oleh pejabat penilai`,
  loading: 'Memuat penilaian kinerja…',
  noSkp: (year: number) => `Belum ada SKP untuk tahun ${year}.`,
  pending: 'Belum dinilai tahunan',
  predikat: {
    SANGAT_BAIK: 'Sangat Baik',
    BAIK: 'Baik',
    BUTUH_PERBAIKAN: 'Butuh Perbaikan',
    KURANG: 'Kurang/Misconduct',
    SANGAT_KURANG: 'Sangat Kurang',
  } satisfies Record<Predikat, string>,
  expectation: {
    ABOVE: 'Di atas ekspektasi',
    MEETS: 'Sesuai ekspektasi',
    BELOW: 'Di bawah ekspektasi',
  } satisfies Record<Expectation, string>,
  result: 'Hasil kerja',
  behavior: 'Perilaku kerja',
  indicators: 'Capaian indikator',
  berakhlak: {
    BERORIENTASI_PELAYANAN: 'Berorientasi Pelayanan',
    AKUNTABEL: 'Akuntabel',
    KOMPETEN: 'Kompeten',
    HARMONIS: 'Harmonis',
    LOYAL: 'Loyal',
    ADAPTIF: 'Adaptif',
    KOLABORATIF: 'Kolaboratif',
  } satisfies Record<BerakhlakValue, string>,
  notes: 'Catatan perilaku (BerAKHLAK)',
  training: (hours: number) => `JP pengembangan kompetensi: ${hours} dari 20`,
  past: 'Tahun sebelumnya',
  none: '—',
  ratee: 'Pegawai yang Anda nilai',
  pickRatee: '— pilih pegawai —',
  noRatees: (year: number) => `Tidak ada SKP ${year} yang Anda nilai.`,
  rate: 'Nilai periode',
  period: 'Periode (TTTT, TTTT-Qn, TTTT-Sn atau TTTT-BB)',
  feedback: 'Umpan balik',
  preview: (predikat: string) => `Predikat menurut matriks: ${predikat}`,
  save: 'Simpan penilaian',
  saved: (predikat: string) => `Penilaian tersimpan. Predikat: ${predikat}.`,
  chooseBoth: 'Pilih penilaian hasil kerja dan perilaku kerja.',
  alerts: {
    NETWORK: 'Server tidak dapat dihubungi. Coba lagi.',
    UNAUTHENTICATED: 'Silakan masuk untuk melihat penilaian kinerja.',
    FORBIDDEN: 'Anda tidak berwenang untuk penilaian ini.',
    NO_ENDPOINT: 'Widget belum terhubung ke server (atribut endpoint kosong).',
    UNKNOWN: 'Terjadi kesalahan di server. Silakan coba lagi.',
  },
};

/** The shape every locale's table must have. */
export type AppraisalCardMessages = typeof id;

const en: AppraisalCardMessages = {
  title: (year) => `Performance ${year}`,
  raterTitle: (year) => `SKP ${year} rating by the rater`,
  loading: 'Loading the appraisal…',
  noSkp: (year) => `No SKP for ${year} yet.`,
  pending: 'No annual rating yet',
  predikat: {
    SANGAT_BAIK: 'Very good',
    BAIK: 'Good',
    BUTUH_PERBAIKAN: 'Needs improvement',
    KURANG: 'Poor/Misconduct',
    SANGAT_KURANG: 'Very poor',
  },
  expectation: { ABOVE: 'Above expectations', MEETS: 'Meets expectations', BELOW: 'Below expectations' },
  result: 'Work results',
  behavior: 'Work behaviour',
  indicators: 'Indicator progress',
  berakhlak: {
    BERORIENTASI_PELAYANAN: 'Service-oriented',
    AKUNTABEL: 'Accountable',
    KOMPETEN: 'Competent',
    HARMONIS: 'Harmonious',
    LOYAL: 'Loyal',
    ADAPTIF: 'Adaptive',
    KOLABORATIF: 'Collaborative',
  },
  notes: 'Behaviour notes (BerAKHLAK)',
  training: (hours) => `Competency development: ${hours} of 20 JP`,
  past: 'Earlier years',
  none: '—',
  ratee: 'Employee you rate',
  pickRatee: '— choose an employee —',
  noRatees: (year) => `No ${year} SKP for you to rate.`,
  rate: 'Rate a period',
  period: 'Period (YYYY, YYYY-Qn, YYYY-Sn or YYYY-MM)',
  feedback: 'Feedback',
  preview: (predikat) => `Predikat from the matrix: ${predikat}`,
  save: 'Save rating',
  saved: (predikat) => `Rating saved. Predikat: ${predikat}.`,
  chooseBoth: 'Choose both the results and the behaviour rating.',
  alerts: {
    NETWORK: 'The server cannot be reached. Try again.',
    UNAUTHENTICATED: 'Sign in to see the appraisal.',
    FORBIDDEN: 'You may not see or rate this appraisal.',
    NO_ENDPOINT: 'The widget is not connected to a server (empty endpoint attribute).',
    UNKNOWN: 'Something went wrong on the server. Please try again.',
  },
};

/** The texts of each locale. */
export const appraisalCardMessages: Record<Locale, AppraisalCardMessages> = { id, en };
