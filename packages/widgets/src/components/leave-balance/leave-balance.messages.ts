/**
 * Texts of `<asn-leave-balance>`: Bahasa Indonesia is the source, English is bundled.
 * The English table must have exactly the source's keys (checked by the type).
 */
import type { Locale } from '../../localize/locale.js';

const id = {
  title: 'Saldo Cuti Tahunan',
  yearSwitcher: 'Pilih tahun',
  previousYear: (year: number) => `Tahun sebelumnya, ${year}`,
  nextYear: (year: number) => `Tahun berikutnya, ${year}`,
  loading: (year: number) => `Memuat saldo cuti tahun ${year}…`,
  remaining: (year: number) => `Sisa cuti tahunan ${year}`,
  workingDays: (days: number) => `${days} hari kerja`,
  ofEntitlement: (days: number) => `dari ${days} hari kerja hak cuti tahun ini`,
  // PP 11/2017 Pasal 311(1): the right to cuti tahunan starts after one year of continuous service.
  notEligible: (year: number) =>
    `Belum ada hak cuti tahunan pada tahun ${year} (hak timbul setelah 1 tahun bekerja).`,
  cap: (days: number) => `Batas saldo: ${days} hari kerja.`,
  capReasons: {
    // PP 11/2017 Pasal 312: nothing carried in, so only the year's own 12 days.
    NONE: 'Tidak ada sisa tahun sebelumnya yang dibawa, jadi hanya hak tahun ini.',
    // PP 11/2017 Pasal 312(1)–(2): at most 6 unused days carried, at most 18 in all.
    STANDARD:
      'Sisa tahun sebelumnya dibawa paling banyak 6 hari, sehingga jumlahnya paling banyak 18 hari (PP 11/2017 Pasal 312).',
    // PP 11/2017 Pasal 313: two or more consecutive years not taken, up to 24 in all.
    TWO_UNUSED_YEARS:
      'Cuti tahunan tidak diambil 2 tahun berturut-turut atau lebih, sehingga jumlahnya paling banyak 24 hari (PP 11/2017 Pasal 313).',
    // PP 11/2017 Pasal 314: leave deferred (ditangguhkan) by the PYBMC is usable next year, up to 24 in all.
    DEFERRED:
      'Cuti tahunan tahun lalu ditangguhkan oleh pejabat yang berwenang, sehingga jumlahnya paling banyak 24 hari (PP 11/2017 Pasal 314).',
  },
  computation: (year: number) => `Perhitungan cuti tahunan ${year}`,
  item: 'Uraian',
  days: 'Hari kerja',
  currentYear: (year: number) => `Hak tahun ${year}`,
  // PP 11/2017 Pasal 333: cuti bersama worked by order is added to the year's cuti tahunan.
  compensation: 'termasuk kompensasi cuti bersama yang tidak dapat diambil',
  carriedOver: 'Sisa tahun sebelumnya yang dibawa',
  entitlement: 'Jumlah hak',
  used: 'Telah diambil',
  reserved: 'Menunggu keputusan',
  remainingRow: 'Sisa',
  forfeited: 'Sisa tahun lalu yang hangus (tidak dapat dibawa)',
  // Peraturan BKN 24/2017 Anak Lampiran 1.b: the catatan cuti rows N-2, N-1 and N.
  sources: 'Sisa menurut tahun asal (catatan cuti)',
  sourceYear: 'Tahun',
  otherLeave: (year: number) => `Cuti lain pada tahun ${year}`,
  type: 'Jenis cuti',
  requests: 'Permintaan',
  noOtherLeave: 'Tidak ada cuti lain pada tahun ini.',
  alertTitle: 'Saldo cuti tidak dapat dimuat',
  alerts: {
    NETWORK: 'Server tidak dapat dihubungi. Periksa koneksi lalu coba lagi.',
    UNAUTHENTICATED: 'Anda belum masuk atau sesi telah berakhir. Silakan masuk, lalu coba lagi.',
    FORBIDDEN: 'Anda tidak berwenang melihat saldo cuti pegawai ini.',
    NO_ENDPOINT: 'Widget belum terhubung ke server (atribut endpoint kosong).',
    UNKNOWN: 'Terjadi kesalahan di server. Silakan coba lagi.',
  },
  retry: 'Coba lagi',
};

/** The shape every locale's table must have. */
export type LeaveBalanceMessages = typeof id;

const en: LeaveBalanceMessages = {
  title: 'Annual leave balance',
  yearSwitcher: 'Choose a year',
  previousYear: (year) => `Previous year, ${year}`,
  nextYear: (year) => `Next year, ${year}`,
  loading: (year) => `Loading the ${year} leave balance…`,
  remaining: (year) => `Annual leave left in ${year}`,
  workingDays: (days) => `${days} working day${days === 1 ? '' : 's'}`,
  ofEntitlement: (days) => `of ${days} working days this year`,
  notEligible: (year) => `No right to annual leave in ${year} yet (it starts after 1 year of service).`,
  cap: (days) => `Balance limit: ${days} working days.`,
  capReasons: {
    NONE: 'Nothing was carried over from last year, so only this year’s days count.',
    STANDARD: 'At most 6 unused days are carried over, so at most 18 days in all (PP 11/2017 art. 312).',
    TWO_UNUSED_YEARS:
      'Annual leave was not taken for 2 or more years in a row, so at most 24 days in all (PP 11/2017 art. 313).',
    DEFERRED:
      'Last year’s annual leave was deferred by the authorised official, so at most 24 days in all (PP 11/2017 art. 314).',
  },
  computation: (year) => `How the ${year} balance is computed`,
  item: 'Item',
  days: 'Working days',
  currentYear: (year) => `Days for ${year}`,
  compensation: 'including compensation for collective leave days worked',
  carriedOver: 'Carried over from earlier years',
  entitlement: 'Total entitlement',
  used: 'Taken',
  reserved: 'Awaiting a decision',
  remainingRow: 'Left',
  forfeited: 'Last year’s days forfeited (could not be carried over)',
  sources: 'Days left by year of origin (leave record)',
  sourceYear: 'Year',
  otherLeave: (year) => `Other leave in ${year}`,
  type: 'Leave type',
  requests: 'Requests',
  noOtherLeave: 'No other leave this year.',
  alertTitle: 'The leave balance could not be loaded',
  alerts: {
    NETWORK: 'The server cannot be reached. Check your connection and try again.',
    UNAUTHENTICATED: 'You are not signed in or your session has ended. Sign in, then try again.',
    FORBIDDEN: 'You are not allowed to see this employee’s leave balance.',
    NO_ENDPOINT: 'This widget is not connected to a server (the endpoint attribute is empty).',
    UNKNOWN: 'Something went wrong on the server. Please try again.',
  },
  retry: 'Try again',
};

/** Messages of `<asn-leave-balance>` per locale. */
export const leaveBalanceMessages: Record<Locale, LeaveBalanceMessages> = { id, en };
