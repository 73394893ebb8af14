/**
 * Texts of `<asn-leave-inbox>`: Bahasa Indonesia is the source, English is bundled.
 * The English table must have exactly the source's keys (checked by the type).
 */
import type { LeaveDecision, LeaveStep } from '../../generated/graphql.js';
import type { Locale } from '../../localize/locale.js';

const id = {
  title: 'Permintaan cuti menunggu keputusan',
  reload: 'Muat ulang',
  loading: 'Memuat permintaan cuti…',
  empty: 'Tidak ada permintaan cuti yang menunggu keputusan Anda.',
  nip: 'NIP',
  type: 'Jenis cuti',
  dates: 'Tanggal',
  workingDays: (days: number) => `${days} hari kerja`,
  reason: 'Alasan',
  // LeaveRequest.reason is null for a sick leave's reason (health data, UU 27/2022 Pasal 4(2)).
  withheld: 'Rahasia (kesehatan)',
  step: 'Tahap',
  // Peraturan BKN 24/2017 Anak Lampiran 1.b: pertimbangan atasan langsung, then keputusan PYBMC.
  steps: {
    SUPERVISOR: 'Pertimbangan atasan langsung',
    OFFICIAL: 'Keputusan PYBMC',
  } satisfies Record<LeaveStep, string>,
  remaining: (year: number) => `Sisa cuti tahunan ${year}`,
  overlapping: 'Juga cuti di unit ini',
  noOverlap: 'Tidak ada',
  history: 'Keputusan sebelumnya',
  by: 'oleh',
  // The four outcomes of the official form (Peraturan BKN 24/2017 Anak Lampiran 1.b).
  decisions: {
    APPROVE: 'Disetujui',
    CHANGE: 'Perubahan',
    DEFER: 'Ditangguhkan',
    REJECT: 'Tidak disetujui',
  } satisfies Record<LeaveDecision, string>,
  // overlappingColleagues holds approved (APPROVED, CHANGED) and pending requests only.
  approved: 'disetujui',
  pending: 'menunggu keputusan',
  note: 'Catatan',
  noteRequired: 'Catatan (wajib: alasan)',
  changedStartDate: 'Tanggal mulai baru',
  changedEndDate: 'Tanggal selesai baru',
  submit: 'Kirim',
  sending: 'Mengirim…',
  problems: {
    noDecision: 'Pilih salah satu keputusan.',
    required: 'Isi tanggal ini.',
    noteRequired: 'Tuliskan alasan penangguhan atau penolakan.',
    endBeforeStart: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
  },
  alerts: {
    NETWORK: 'Server tidak dapat dihubungi. Coba lagi.',
    UNAUTHENTICATED: 'Sesi berakhir atau Anda belum masuk. Silakan masuk.',
    FORBIDDEN: 'Anda tidak berwenang memutuskan permintaan ini.',
    CONFLICT: 'Permintaan ini sudah diputuskan. Muat ulang daftar.',
    NO_ENDPOINT: 'Widget belum terhubung ke server (atribut endpoint kosong).',
    UNKNOWN: 'Terjadi kesalahan di server. Silakan coba lagi.',
  },
  decided: (name: string, decision: string) => `Terkirim: permintaan cuti ${name} — ${decision}.`,
};

/** The shape every locale's table must have. */
export type LeaveInboxMessages = typeof id;

const en: LeaveInboxMessages = {
  title: 'Leave requests awaiting your decision',
  reload: 'Reload',
  loading: 'Loading leave requests…',
  empty: 'No leave requests are waiting for your decision.',
  nip: 'NIP',
  type: 'Leave type',
  dates: 'Dates',
  workingDays: (days) => `${days} working day${days === 1 ? '' : 's'}`,
  reason: 'Reason',
  withheld: 'Withheld (health data)',
  step: 'Step',
  steps: {
    SUPERVISOR: 'Review by the direct superior',
    OFFICIAL: 'Decision of the PYBMC',
  },
  remaining: (year) => `Annual leave left in ${year}`,
  overlapping: 'Also on leave in the unit',
  noOverlap: 'None',
  history: 'Earlier decisions',
  by: 'by',
  decisions: {
    APPROVE: 'Approved',
    CHANGE: 'Changed',
    DEFER: 'Deferred',
    REJECT: 'Rejected',
  },
  approved: 'approved',
  pending: 'pending',
  note: 'Note',
  noteRequired: 'Note (required: the reason)',
  changedStartDate: 'New start date',
  changedEndDate: 'New end date',
  submit: 'Send',
  sending: 'Sending…',
  problems: {
    noDecision: 'Choose a decision.',
    required: 'Enter this date.',
    noteRequired: 'Give the reason for deferring or rejecting.',
    endBeforeStart: 'The end date cannot be before the start date.',
  },
  alerts: {
    NETWORK: 'The server cannot be reached. Try again.',
    UNAUTHENTICATED: 'Session ended, or not signed in. Please sign in.',
    FORBIDDEN: 'You are not allowed to decide this request.',
    CONFLICT: 'This request has already been decided. Reload the list.',
    NO_ENDPOINT: 'No server (the endpoint attribute is empty).',
    UNKNOWN: 'Server error. Please try again.',
  },
  decided: (name, decision) => `Sent: ${name}’s leave request — ${decision}.`,
};

/** Messages of `<asn-leave-inbox>` per locale. */
export const leaveInboxMessages: Record<Locale, LeaveInboxMessages> = { id, en };
