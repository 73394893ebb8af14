/**
 * Indonesian national holidays (hari libur nasional), cuti bersama and Ramadan periods, 2025–2027:
 * the default data of the work calendar (an admin edits it later; the functions take it as input).
 *
 * Sources (copied from the team's research snapshot, 2026):
 * - 2025: SKB Menag/Menaker/MenPANRB 1017/2/2 Th 2024, amended by SKB 933/1/3 Th 2025 (adds cuti
 *   bersama 18 Aug 2025); Keppres 2/2025 (cuti bersama ASN); isbat 1 Ramadan / 1 Syawal 1446 H.
 * - 2026: SKB 1497/2/5 Th 2025 (19 Sep 2025); Keppres 42/2025 (cuti bersama ASN); isbat 1447 H.
 * - 2027: SKB 1205/3/2 Th 2026 (15 Sep 2026), confirmed only by code/data files citing setneg.go.id
 *   and kemenkopmk.go.id; no Keppres on cuti bersama ASN yet; Ramadan 1448 H approximate (no isbat).
 *   Re-verify before production.
 * Legal basis of the yearly SKB: Keppres 8/2024 tentang Hari-Hari Libur.
 */
import type { CalendarYear } from './calendar.js';

/** The built-in calendar years (2027 provisional). */
export const INDONESIA_CALENDAR_YEARS: readonly CalendarYear[] = [
  {
    year: 2025,
    decree:
      'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2025 (signed 14 Oct 2024; 17 libur nasional + 10 cuti bersama); amended by SKB Nomor 933 Tahun 2025, Nomor 1 Tahun 2025, Nomor 3 Tahun 2025 (signed 7 Aug 2025; adds cuti bersama 18 Aug 2025 -> 11 cuti bersama); Keppres Nomor 2 Tahun 2025 tentang Cuti Bersama Pegawai ASN Tahun 2025 (signed 16 Jan 2025; the original 10 days). Legal basis: Keppres Nomor 8 Tahun 2024 tentang Hari-Hari Libur.',
    provisional: false,
    nationalHolidays: [
      { date: '2025-01-01', name: 'Tahun Baru 2025 Masehi' },
      { date: '2025-01-27', name: 'Isra Mikraj Nabi Muhammad SAW' },
      { date: '2025-01-29', name: 'Tahun Baru Imlek 2576 Kongzili' },
      { date: '2025-03-29', name: 'Hari Suci Nyepi (Tahun Baru Saka 1947)' },
      { date: '2025-03-31', name: 'Idulfitri 1446 Hijriah (hari pertama)' },
      { date: '2025-04-01', name: 'Idulfitri 1446 Hijriah (hari kedua)' },
      { date: '2025-04-18', name: 'Wafat Yesus Kristus' },
      { date: '2025-04-20', name: 'Kebangkitan Yesus Kristus (Paskah)' },
      { date: '2025-05-01', name: 'Hari Buruh Internasional' },
      { date: '2025-05-12', name: 'Hari Raya Waisak 2569 BE' },
      { date: '2025-05-29', name: 'Kenaikan Yesus Kristus' },
      { date: '2025-06-01', name: 'Hari Lahir Pancasila' },
      { date: '2025-06-06', name: 'Iduladha 1446 Hijriah' },
      { date: '2025-06-27', name: '1 Muharam Tahun Baru Islam 1447 Hijriah' },
      { date: '2025-08-17', name: 'Proklamasi Kemerdekaan' },
      { date: '2025-09-05', name: 'Maulid Nabi Muhammad SAW' },
      { date: '2025-12-25', name: 'Kelahiran Yesus Kristus' },
    ],
    collectiveLeave: [
      { date: '2025-01-28', name: 'Cuti Bersama Tahun Baru Imlek 2576 Kongzili' },
      { date: '2025-03-28', name: 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1947)' },
      { date: '2025-04-02', name: 'Cuti Bersama Idulfitri 1446 Hijriah' },
      { date: '2025-04-03', name: 'Cuti Bersama Idulfitri 1446 Hijriah' },
      { date: '2025-04-04', name: 'Cuti Bersama Idulfitri 1446 Hijriah' },
      { date: '2025-04-07', name: 'Cuti Bersama Idulfitri 1446 Hijriah' },
      { date: '2025-05-13', name: 'Cuti Bersama Hari Raya Waisak 2569 BE' },
      { date: '2025-05-30', name: 'Cuti Bersama Kenaikan Yesus Kristus' },
      { date: '2025-06-09', name: 'Cuti Bersama Iduladha 1446 Hijriah' },
      { date: '2025-08-18', name: 'Cuti Bersama Proklamasi Kemerdekaan (HUT ke-80 RI)' },
      { date: '2025-12-26', name: 'Cuti Bersama Kelahiran Yesus Kristus' },
    ],
    ramadan: { start: '2025-03-01', end: '2025-03-30' },
  },
  {
    year: 2026,
    decree:
      'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026 (signed 19 Sep 2025; 17 libur nasional + 8 cuti bersama); Keppres Nomor 42 Tahun 2025 tentang Cuti Bersama Pegawai ASN Tahun 2026 (signed 31 Dec 2025; same 8 days). No amendment found in sources dated up to ~Sep 2026.',
    provisional: false,
    nationalHolidays: [
      { date: '2026-01-01', name: 'Tahun Baru 2026 Masehi' },
      { date: '2026-01-16', name: 'Isra Mikraj Nabi Muhammad SAW' },
      { date: '2026-02-17', name: 'Tahun Baru Imlek 2577 Kongzili' },
      { date: '2026-03-19', name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)' },
      { date: '2026-03-21', name: 'Idulfitri 1447 Hijriah (hari pertama)' },
      { date: '2026-03-22', name: 'Idulfitri 1447 Hijriah (hari kedua)' },
      { date: '2026-04-03', name: 'Wafat Yesus Kristus' },
      { date: '2026-04-05', name: 'Kebangkitan Yesus Kristus (Paskah)' },
      { date: '2026-05-01', name: 'Hari Buruh Internasional' },
      { date: '2026-05-14', name: 'Kenaikan Yesus Kristus' },
      { date: '2026-05-27', name: 'Iduladha 1447 Hijriah' },
      { date: '2026-05-31', name: 'Hari Raya Waisak 2570 BE' },
      { date: '2026-06-01', name: 'Hari Lahir Pancasila' },
      { date: '2026-06-16', name: '1 Muharam Tahun Baru Islam 1448 Hijriah' },
      { date: '2026-08-17', name: 'Proklamasi Kemerdekaan' },
      { date: '2026-08-25', name: 'Maulid Nabi Muhammad SAW' },
      { date: '2026-12-25', name: 'Kelahiran Yesus Kristus' },
    ],
    collectiveLeave: [
      { date: '2026-02-16', name: 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili' },
      { date: '2026-03-18', name: 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)' },
      { date: '2026-03-20', name: 'Cuti Bersama Idulfitri 1447 Hijriah' },
      { date: '2026-03-23', name: 'Cuti Bersama Idulfitri 1447 Hijriah' },
      { date: '2026-03-24', name: 'Cuti Bersama Idulfitri 1447 Hijriah' },
      { date: '2026-05-15', name: 'Cuti Bersama Kenaikan Yesus Kristus' },
      { date: '2026-05-28', name: 'Cuti Bersama Iduladha 1447 Hijriah' },
      { date: '2026-12-24', name: 'Cuti Bersama Kelahiran Yesus Kristus' },
    ],
    ramadan: { start: '2026-02-19', end: '2026-03-20' },
  },
  {
    year: 2027,
    decree:
      'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1205 Tahun 2026, Nomor 3 Tahun 2026, Nomor 2 Tahun 2026 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027 (signed 15 Sep 2026; 18 libur nasional days + 8 cuti bersama = 26). PUBLISHED, but known here only through GitHub code/data files that cite setneg.go.id / kemenkopmk.go.id / kemnaker.go.id; no news or government page about it was in the stored pages corpus. Keppres on cuti bersama ASN 2027: not found (the 2026 one came out 31 Dec 2025).',
    provisional: true,
    nationalHolidays: [
      { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi' },
      { date: '2027-01-05', name: 'Isra Mikraj Nabi Muhammad SAW (1448 H)' },
      { date: '2027-02-06', name: 'Tahun Baru Imlek 2578 Kongzili' },
      { date: '2027-03-08', name: 'Hari Suci Nyepi (Tahun Baru Saka 1949)' },
      { date: '2027-03-10', name: 'Idulfitri 1448 Hijriah (hari pertama)' },
      { date: '2027-03-11', name: 'Idulfitri 1448 Hijriah (hari kedua)' },
      { date: '2027-03-26', name: 'Wafat Yesus Kristus' },
      { date: '2027-03-28', name: 'Kebangkitan Yesus Kristus (Paskah)' },
      { date: '2027-05-01', name: 'Hari Buruh Internasional' },
      { date: '2027-05-06', name: 'Kenaikan Yesus Kristus' },
      { date: '2027-05-17', name: 'Iduladha 1448 Hijriah' },
      { date: '2027-05-20', name: 'Hari Raya Waisak 2571 BE' },
      { date: '2027-06-01', name: 'Hari Lahir Pancasila' },
      { date: '2027-06-06', name: '1 Muharam Tahun Baru Islam 1449 Hijriah' },
      { date: '2027-08-15', name: 'Maulid Nabi Muhammad SAW' },
      { date: '2027-08-17', name: 'Proklamasi Kemerdekaan' },
      { date: '2027-12-25', name: 'Kelahiran Yesus Kristus' },
      { date: '2027-12-26', name: 'Isra Mikraj Nabi Muhammad SAW (1449 H)' },
    ],
    collectiveLeave: [
      { date: '2027-02-05', name: 'Cuti Bersama Tahun Baru Imlek 2578 Kongzili' },
      { date: '2027-03-09', name: 'Cuti Bersama Idulfitri 1448 Hijriah' },
      { date: '2027-03-12', name: 'Cuti Bersama Idulfitri 1448 Hijriah' },
      { date: '2027-03-15', name: 'Cuti Bersama Idulfitri 1448 Hijriah' },
      { date: '2027-03-25', name: 'Cuti Bersama Wafat Yesus Kristus' },
      { date: '2027-05-18', name: 'Cuti Bersama Iduladha 1448 Hijriah' },
      { date: '2027-05-19', name: 'Cuti Bersama Hari Raya Waisak 2571 BE' },
      { date: '2027-12-24', name: 'Cuti Bersama Kelahiran Yesus Kristus' },
    ],
    ramadan: { start: '2027-02-08', end: '2027-03-09' },
  },
];
