/**
 * Texts of `<asn-leave-permit>`: the headings of the official form (Peraturan BKN 24/2017 Anak
 * Lampiran 1.b) in Bahasa Indonesia, English bundled.
 */
import type { Locale } from '../../localize/locale.js';

const id = {
  title: 'Surat Izin Cuti',
  number: 'Nomor',
  // The sections of the official form, in its order.
  sections: [
    'I. Data Pegawai',
    'II. Jenis Cuti yang Diambil',
    'III. Alasan Cuti',
    'IV. Lamanya Cuti',
    'V. Catatan Cuti Tahunan (sisa)',
    'VI. Alamat Selama Menjalankan Cuti',
    'VII. Pertimbangan Atasan Langsung',
    'VIII. Keputusan Pejabat yang Berwenang Memberikan Cuti',
  ],
  name: 'Nama',
  nip: 'NIP',
  position: 'Jabatan',
  golongan: 'Golongan',
  unit: 'Unit kerja',
  service: 'Masa kerja',
  duration: (working: number, calendar: number) => `${working} hari kerja (${calendar} hari kalender)`,
  from: 'Mulai tanggal',
  until: 's.d.',
  phone: 'Telepon',
  approved: 'Disetujui',
  decidedAt: 'Diputuskan',
  print: 'Cetak',
  loading: 'Memuat surat izin cuti…',
  notApproved: 'Surat izin cuti hanya tersedia untuk permintaan cuti yang disetujui.',
  alerts: {
    NETWORK: 'Server tidak dapat dihubungi. Coba lagi.',
    UNAUTHENTICATED: 'Silakan masuk untuk melihat surat izin cuti.',
    FORBIDDEN: 'Anda tidak berwenang melihat surat izin cuti ini.',
    NOT_FOUND: 'Permintaan cuti tidak ditemukan.',
    NO_ENDPOINT: 'Widget belum terhubung ke server (atribut endpoint kosong).',
    UNKNOWN: 'Terjadi kesalahan di server. Silakan coba lagi.',
  },
};

/** The shape every locale's table must have. */
export type LeavePermitMessages = typeof id;

const en: LeavePermitMessages = {
  title: 'Leave Permit',
  number: 'Number',
  sections: [
    'I. Employee',
    'II. Type of leave',
    'III. Reason',
    'IV. Length',
    'V. Annual leave record (remaining)',
    'VI. Address during leave',
    'VII. Consideration of the direct superior',
    'VIII. Decision of the granting official',
  ],
  name: 'Name',
  nip: 'NIP',
  position: 'Position',
  golongan: 'Rank (golongan)',
  unit: 'Work unit',
  service: 'Length of service',
  duration: (working, calendar) => `${working} working days (${calendar} calendar days)`,
  from: 'From',
  until: 'to',
  phone: 'Phone',
  approved: 'Approved',
  decidedAt: 'Decided',
  print: 'Print',
  loading: 'Loading the leave permit…',
  notApproved: 'A leave permit exists only for an approved leave request.',
  alerts: {
    NETWORK: 'The server cannot be reached. Try again.',
    UNAUTHENTICATED: 'Sign in to see the leave permit.',
    FORBIDDEN: 'You may not see this leave permit.',
    NOT_FOUND: 'Leave request not found.',
    NO_ENDPOINT: 'The widget is not connected to a server (empty endpoint attribute).',
    UNKNOWN: 'Something went wrong on the server. Please try again.',
  },
};

/** The texts of each locale. */
export const leavePermitMessages: Record<Locale, LeavePermitMessages> = { id, en };
