/**
 * Texts of `<asn-leave-form>`: Bahasa Indonesia is the source, English is bundled.
 * The English table must have exactly the source's keys (checked by the type).
 */
import type { LeaveReason, LeaveStatus, LeaveType } from '../../generated/graphql.js';
import type { Locale } from '../../localize/locale.js';

/** `LeaveProblem.code` / `extensions.reason` values the element can say in its own words. */
export type LeaveProblemCode =
  | 'SERVICE_TOO_SHORT'
  | 'NOT_FOR_EMPLOYEE_KIND'
  | 'NOT_FOR_GENDER'
  | 'MATERNITY_LIMIT'
  | 'INSUFFICIENT_BALANCE'
  | 'OVERLAP'
  | 'EXCEEDS_MAXIMUM'
  | 'END_BEFORE_START'
  | 'INVALID_DATE'
  | 'NO_WORKING_DAYS'
  | 'NOT_COLLECTIVE_LEAVE_DAY'
  | 'REASON_REQUIRED'
  | 'REASON_NOT_FOR_TYPE'
  | 'LONG_SERVICE_TOO_SOON'
  | 'CALENDAR_UNKNOWN';

const id = {
  title: 'Pengajuan Cuti',
  intro: 'Isian bertanda * wajib diisi.',
  typesUnavailable: 'Jenis cuti yang dapat Anda ajukan belum dapat dimuat; semua jenis cuti ditampilkan.',
  type: 'Jenis cuti',
  choose: 'Pilih',
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
  reasonCode: 'Jenis alasan',
  reasons: {
    FIRST_HAJJ: 'Ibadah haji pertama',
    FOURTH_BIRTH: 'Persalinan anak keempat dan seterusnya',
    FAMILY_ILLNESS: 'Keluarga inti sakit keras',
    FAMILY_DEATH: 'Keluarga inti meninggal dunia',
    FAMILY_RIGHTS: 'Mengurus hak keluarga yang meninggal dunia',
    MARRIAGE: 'Melangsungkan perkawinan',
    WIFE_GIVING_BIRTH: 'Istri melahirkan/operasi caesar',
    DISASTER: 'Kebakaran atau bencana alam',
    DANGEROUS_POSTING: 'Pemulihan setelah bertugas di perwakilan RI yang rawan',
    MISCARRIAGE: 'Gugur kandungan',
    WORK_ACCIDENT: 'Kecelakaan kerja',
    SPOUSE_STATE_DUTY: 'Mengikuti suami/istri tugas negara atau tugas belajar',
    SPOUSE_EMPLOYMENT: 'Mendampingi suami/istri bekerja',
    FERTILITY_PROGRAM: 'Program kesuburan',
    CHILD_SPECIAL_NEEDS: 'Mendampingi anak berkebutuhan khusus',
    FAMILY_SPECIAL_CARE: 'Mendampingi suami/istri/anak yang memerlukan perawatan khusus',
    PARENT_CARE: 'Merawat orang tua/mertua yang sakit atau lanjut usia',
  } satisfies Record<LeaveReason, string>,
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
  invalidPhone: 'Nomor telepon: 6–20 angka, spasi, +, - atau tanda kurung.',
  // Server messages are Indonesian already: shown as they are.
  problems: {} as Partial<Record<LeaveProblemCode, string>>,
  days: (working: number, calendar: number) =>
    `Lama cuti: ${working} hari kerja (${calendar} hari kalender).`,
  balance: (days: number) => `Sisa cuti tahunan: ${days} hari kerja`,
  after: (days: number) => `; setelah permintaan ini: ${days} hari kerja`,
  bkn: 'Memerlukan persetujuan Kepala BKN.',
  documents: 'Dokumen yang perlu dilampirkan:',
  alertTitle: 'Permintaan cuti belum terkirim',
  alerts: {
    NETWORK: 'Server tidak dapat dihubungi; isian Anda tetap tersimpan. Silakan kirim ulang.',
    UNAUTHENTICATED: 'Sesi Anda telah berakhir. Silakan masuk, lalu kirim ulang.',
    FORBIDDEN: 'Anda tidak berwenang mengajukan cuti ini.',
    NO_ENDPOINT: 'Formulir belum terhubung ke server (atribut endpoint).',
    UNKNOWN: 'Terjadi kesalahan di server. Silakan coba lagi.',
  },
  sent: (status: string) => `Permintaan cuti terkirim. Status: ${status}.`,
  statuses: {
    SUBMITTED: 'Diajukan',
    CONSIDERED: 'Dipertimbangkan atasan',
    APPROVED: 'Disetujui',
    CHANGED: 'Perubahan',
    DEFERRED: 'Ditangguhkan',
    REJECTED: 'Tidak disetujui',
    CANCELLED: 'Dibatalkan',
  } satisfies Record<LeaveStatus, string>,
};

/** The shape every locale's table must have. */
export type LeaveFormMessages = typeof id;

const en: LeaveFormMessages = {
  title: 'Leave request',
  intro: 'Fields marked * are required.',
  typesUnavailable: 'Your leave types could not be loaded; all are shown.',
  type: 'Leave type',
  choose: 'Choose',
  leaveTypes: {
    ANNUAL: 'Annual leave',
    LONG_SERVICE: 'Long service leave',
    SICK: 'Sick leave',
    MATERNITY: 'Maternity leave',
    IMPORTANT_REASON: 'Leave for important reasons',
    COLLECTIVE: 'Collective leave',
    UNPAID: 'Unpaid leave (outside state responsibility)',
  },
  reasonCode: 'Grounds',
  reasons: {
    FIRST_HAJJ: 'First hajj',
    FOURTH_BIRTH: 'Fourth or later childbirth',
    FAMILY_ILLNESS: 'Close family member seriously ill',
    FAMILY_DEATH: 'Death of a close family member',
    FAMILY_RIGHTS: "Settling a deceased family member's rights",
    MARRIAGE: 'Getting married',
    WIFE_GIVING_BIRTH: 'Wife giving birth (or caesarean)',
    DISASTER: 'Fire or natural disaster',
    DANGEROUS_POSTING: 'Recovery after a posting to a dangerous mission abroad',
    MISCARRIAGE: 'Miscarriage',
    WORK_ACCIDENT: 'Work accident',
    SPOUSE_STATE_DUTY: 'Following a spouse on state duty or study leave',
    SPOUSE_EMPLOYMENT: 'Accompanying a working spouse',
    FERTILITY_PROGRAM: 'Fertility programme',
    CHILD_SPECIAL_NEEDS: 'Accompanying a child with special needs',
    FAMILY_SPECIAL_CARE: 'Accompanying a spouse or child needing special care',
    PARENT_CARE: 'Caring for a sick or elderly parent or parent-in-law',
  },
  startDate: 'Start date',
  endDate: 'End date',
  reason: 'Reason',
  addressDuringLeave: 'Address during leave',
  phoneDuringLeave: 'Phone during leave',
  optional: 'optional',
  submit: 'Submit request',
  submitting: 'Sending…',
  required: (label) => `${label} is required.`,
  invalidDate: 'This is not a valid date.',
  endBeforeStart: 'The end date cannot be before the start date.',
  invalidPhone: 'Phone: 6–20 digits, spaces, +, - or brackets.',
  problems: {
    SERVICE_TOO_SHORT: 'Your service is too short for this leave.',
    NOT_FOR_EMPLOYEE_KIND: 'Not open to your employee status.',
    NOT_FOR_GENDER: 'For women only.',
    MATERNITY_LIMIT: 'Only for the first three births in service.',
    INSUFFICIENT_BALANCE: 'Your annual leave balance is too low.',
    OVERLAP: 'You already have leave on these dates.',
    EXCEEDS_MAXIMUM: 'Longer than allowed.',
    END_BEFORE_START: 'The end date cannot be before the start date.',
    INVALID_DATE: 'This is not a valid date.',
    NO_WORKING_DAYS: 'No working day in these dates.',
    NOT_COLLECTIVE_LEAVE_DAY: 'Not a collective leave day.',
    REASON_REQUIRED: 'Choose the grounds.',
    REASON_NOT_FOR_TYPE: 'Not grounds for this leave type.',
    LONG_SERVICE_TOO_SOON: 'Too soon after your last long service leave.',
    CALENDAR_UNKNOWN: 'No work calendar for these dates yet.',
  },
  days: (working, calendar) =>
    `Length: ${working} working day${working === 1 ? '' : 's'} (${calendar} calendar day${calendar === 1 ? '' : 's'}).`,
  balance: (days) => `Annual leave left: ${days} working days`,
  after: (days) => `; after this request: ${days}`,
  bkn: 'Requires the approval of the Head of BKN.',
  documents: 'Documents to attach:',
  alertTitle: 'Your leave request was not sent',
  alerts: {
    NETWORK: 'The server cannot be reached; what you typed is kept. Please send again.',
    UNAUTHENTICATED: 'Your session has ended. Sign in, then send again.',
    FORBIDDEN: 'You are not allowed to submit this leave request.',
    NO_ENDPOINT: 'This form is not connected to a server (endpoint attribute).',
    UNKNOWN: 'Server error. Please try again.',
  },
  sent: (status) => `Leave request sent. Status: ${status}.`,
  statuses: {
    SUBMITTED: 'Submitted',
    CONSIDERED: 'Considered by your superior',
    APPROVED: 'Approved',
    CHANGED: 'Changed',
    DEFERRED: 'Deferred',
    REJECTED: 'Rejected',
    CANCELLED: 'Cancelled',
  },
};

/** Messages of `<asn-leave-form>` per locale. */
export const leaveFormMessages: Record<Locale, LeaveFormMessages> = { id, en };
