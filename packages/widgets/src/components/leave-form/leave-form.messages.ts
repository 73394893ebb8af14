/**
 * Texts of `<asn-leave-form>`: Bahasa Indonesia is the source, English is bundled.
 * The English table must have exactly the source's keys (checked by the type).
 */
import type { LeaveStatus, LeaveType } from '../../generated/graphql.js';
import type { Locale } from '../../localize/locale.js';

const id = {
  title: 'Pengajuan Cuti',
  intro: 'Isian bertanda * wajib diisi.',
  type: 'Jenis cuti',
  chooseType: 'Pilih jenis cuti',
  // The seven PNS leave types, PP 11/2017 Pasal 310.
  leaveTypes: {
    ANNUAL: 'Cuti Tahunan',
    LONG_SERVICE: 'Cuti Besar',
    SICK: 'Cuti Sakit',
    MATERNITY: 'Cuti Melahirkan',
    IMPORTANT_REASON: 'Cuti Karena Alasan Penting',
    COLLECTIVE: 'Cuti Bersama',
    UNPAID: 'Cuti di Luar Tanggungan Negara',
  } satisfies Record<LeaveType, string>,
  startDate: 'Tanggal mulai',
  endDate: 'Tanggal selesai',
  reason: 'Alasan cuti',
  addressDuringLeave: 'Alamat selama menjalankan cuti',
  phoneDuringLeave: 'Telepon selama cuti',
  optional: 'opsional',
  submit: 'Ajukan cuti',
  submitting: 'Mengirim…',
  required: (label: string) => `${label} wajib diisi.`,
  invalidDate: 'Tanggal tidak valid.',
  endBeforeStart: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
  invalidPhone: 'Nomor telepon hanya boleh berisi angka, spasi, +, - dan tanda kurung (6–20 karakter).',
  alertTitle: 'Permintaan cuti belum terkirim',
  alerts: {
    NETWORK: 'Server tidak dapat dihubungi. Periksa koneksi lalu kirim ulang; isian Anda tetap tersimpan.',
    UNAUTHENTICATED: 'Anda belum masuk atau sesi telah berakhir. Silakan masuk, lalu kirim ulang.',
    FORBIDDEN: 'Anda tidak berwenang mengajukan cuti ini.',
    NO_ENDPOINT: 'Formulir belum terhubung ke server (atribut endpoint kosong).',
    UNKNOWN: 'Terjadi kesalahan di server. Silakan coba lagi.',
  },
  successTitle: 'Permintaan cuti terkirim',
  successIntro: 'Permintaan Anda diteruskan kepada atasan langsung untuk pertimbangan.',
  period: 'Masa cuti',
  calendarDays: (days: number) => `${days} hari kalender`,
  status: 'Status',
  submittedAt: 'Diajukan pada',
  statuses: {
    SUBMITTED: 'Diajukan',
    APPROVED: 'Disetujui',
    CHANGED: 'Perubahan',
    DEFERRED: 'Ditangguhkan',
    REJECTED: 'Tidak disetujui',
    CANCELLED: 'Dibatalkan',
  } satisfies Record<LeaveStatus, string>,
  another: 'Ajukan cuti lain',
};

/** The shape every locale's table must have. */
export type LeaveFormMessages = typeof id;

const en: LeaveFormMessages = {
  title: 'Leave request',
  intro: 'Fields marked * are required.',
  type: 'Leave type',
  chooseType: 'Choose a leave type',
  leaveTypes: {
    ANNUAL: 'Annual leave',
    LONG_SERVICE: 'Long service leave',
    SICK: 'Sick leave',
    MATERNITY: 'Maternity leave',
    IMPORTANT_REASON: 'Leave for important reasons',
    COLLECTIVE: 'Collective leave',
    UNPAID: 'Unpaid leave (outside state responsibility)',
  },
  startDate: 'Start date',
  endDate: 'End date',
  reason: 'Reason',
  addressDuringLeave: 'Address during leave',
  phoneDuringLeave: 'Phone during leave',
  optional: 'optional',
  submit: 'Submit request',
  submitting: 'Sending…',
  required: (label: string) => `${label} is required.`,
  invalidDate: 'This is not a valid date.',
  endBeforeStart: 'The end date cannot be before the start date.',
  invalidPhone: 'A phone number may contain only digits, spaces, +, - and brackets (6–20 characters).',
  alertTitle: 'Your leave request was not sent',
  alerts: {
    NETWORK: 'The server cannot be reached. Check your connection and send again; what you typed is kept.',
    UNAUTHENTICATED: 'You are not signed in or your session has ended. Sign in, then send again.',
    FORBIDDEN: 'You are not allowed to submit this leave request.',
    NO_ENDPOINT: 'This form is not connected to a server (the endpoint attribute is empty).',
    UNKNOWN: 'Something went wrong on the server. Please try again.',
  },
  successTitle: 'Leave request sent',
  successIntro: 'Your request has been forwarded to your direct superior for review.',
  period: 'Leave period',
  calendarDays: (days: number) => `${days} calendar day${days === 1 ? '' : 's'}`,
  status: 'Status',
  submittedAt: 'Submitted on',
  statuses: {
    SUBMITTED: 'Submitted',
    APPROVED: 'Approved',
    CHANGED: 'Changed',
    DEFERRED: 'Deferred',
    REJECTED: 'Rejected',
    CANCELLED: 'Cancelled',
  },
  another: 'Submit another request',
};

/** Messages of `<asn-leave-form>` per locale. */
export const leaveFormMessages: Record<Locale, LeaveFormMessages> = { id, en };
