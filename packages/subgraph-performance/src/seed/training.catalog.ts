/**
 * Competency-development activities typical of Pemko Medan staff, for the demo seed. Titles and
 * organisers are realistic; JP and durations are typical values, not taken from real certificates.
 */
import type { TrainingMethod } from '../modules/training/training.rules.js';

export interface CatalogActivity {
  title: string;
  method: TrainingMethod;
  organizers: readonly string[];
  /** Jam pelajaran recognised. */
  hours: number;
  /** Calendar days the activity spans. */
  days: number;
  /** Only offered to CPNS/PNS (e.g. programmes tied to structural careers). */
  pnsOnly?: boolean;
}

const BPSDM_SUMUT = 'BPSDM Provinsi Sumatera Utara';
const LAN = 'Lembaga Administrasi Negara (LAN RI)';
const BKN = 'Badan Kepegawaian Negara (BKN)';
const BKN_REGIONAL = 'Kantor Regional VI BKN Medan';
const CORPU = 'ASN Corporate University (e-learning)';
const BKPSDM = 'BKPSDM Kota Medan';
const KOMINFO = 'Dinas Komunikasi dan Informatika Kota Medan';
const PANRB = 'Kementerian PANRB';

export const TRAINING_CATALOG: readonly CatalogActivity[] = [
  // Classical (BKN SE 3/2022): training, seminar, course, workshop.
  {
    title: 'Pelatihan Pengadaan Barang/Jasa Pemerintah Tingkat Dasar',
    method: 'TRAINING',
    organizers: [BPSDM_SUMUT, 'LKPP RI'],
    hours: 24,
    days: 3,
    pnsOnly: true,
  },
  {
    title: 'Pelatihan Teknis Pelayanan Prima',
    method: 'TRAINING',
    organizers: [BPSDM_SUMUT, BKPSDM],
    hours: 16,
    days: 2,
  },
  {
    title: 'Bimbingan Teknis Penyusunan SKP dan Penilaian Kinerja',
    method: 'TRAINING',
    organizers: [BKPSDM, BKN_REGIONAL],
    hours: 8,
    days: 1,
  },
  {
    title: 'Pelatihan Analisis Jabatan dan Analisis Beban Kerja',
    method: 'TRAINING',
    organizers: [BKN_REGIONAL, BPSDM_SUMUT],
    hours: 24,
    days: 3,
    pnsOnly: true,
  },
  {
    title: 'Seminar Transformasi Digital Pelayanan Publik',
    method: 'SEMINAR',
    organizers: [KOMINFO, PANRB],
    hours: 4,
    days: 1,
  },
  {
    title: 'Seminar Wawasan Kebangsaan dan Moderasi Beragama',
    method: 'SEMINAR',
    organizers: ['Badan Kesatuan Bangsa dan Politik Kota Medan', BKPSDM],
    hours: 3,
    days: 1,
  },
  {
    title: 'Seminar Keamanan Informasi dan Pelindungan Data Pribadi',
    method: 'SEMINAR',
    organizers: [KOMINFO],
    hours: 5,
    days: 1,
  },
  {
    title: 'Kursus Bahasa Inggris untuk Pelayanan Publik',
    method: 'COURSE',
    organizers: ['Pusat Bahasa Universitas Sumatera Utara'],
    hours: 30,
    days: 10,
  },
  {
    title: 'Kursus Pengelolaan Arsip Dinamis',
    method: 'COURSE',
    organizers: ['Dinas Perpustakaan dan Kearsipan Kota Medan', 'Arsip Nasional Republik Indonesia'],
    hours: 12,
    days: 2,
  },
  {
    title: 'Workshop Penyusunan Laporan Keuangan Berbasis Akrual',
    method: 'WORKSHOP',
    organizers: ['Badan Keuangan dan Aset Daerah Kota Medan', 'BPKP Perwakilan Provinsi Sumatera Utara'],
    hours: 16,
    days: 2,
    pnsOnly: true,
  },
  {
    title: 'Workshop Manajemen Risiko Pemerintah Daerah',
    method: 'WORKSHOP',
    organizers: ['BPKP Perwakilan Provinsi Sumatera Utara', 'Inspektorat Kota Medan'],
    hours: 12,
    days: 2,
  },
  {
    title: 'Workshop Penyusunan Standar Pelayanan dan Survei Kepuasan Masyarakat',
    method: 'WORKSHOP',
    organizers: [PANRB, 'Bagian Organisasi Setda Kota Medan'],
    hours: 8,
    days: 1,
  },
  // Non-classical (BKN SE 3/2022): e-learning, coaching, mentoring, self-learning, secondment.
  {
    title: 'E-learning Orientasi Nilai Dasar ASN BerAKHLAK',
    method: 'E_LEARNING',
    organizers: [CORPU, LAN],
    hours: 6,
    days: 5,
  },
  {
    title: 'MOOC Manajemen ASN',
    method: 'E_LEARNING',
    organizers: [BKN, CORPU],
    hours: 10,
    days: 14,
  },
  {
    title: 'E-learning Literasi Digital bagi ASN',
    method: 'E_LEARNING',
    organizers: [KOMINFO, CORPU],
    hours: 4,
    days: 3,
  },
  {
    title: 'E-learning Penyusunan Sasaran Kinerja Pegawai',
    method: 'E_LEARNING',
    organizers: [BKN, LAN],
    hours: 2,
    days: 1,
  },
  {
    title: 'Coaching Kinerja oleh Atasan Langsung',
    method: 'COACHING',
    organizers: [BKPSDM],
    hours: 2,
    days: 1,
  },
  {
    title: 'Mentoring Penyusunan Rencana Aksi Perubahan',
    method: 'MENTORING',
    organizers: [BPSDM_SUMUT, LAN],
    hours: 4,
    days: 2,
    pnsOnly: true,
  },
  {
    title: 'Belajar Mandiri Kebijakan Pengadaan Barang/Jasa',
    method: 'SELF_LEARNING',
    organizers: [CORPU],
    hours: 3,
    days: 7,
  },
  {
    title: 'Magang di Mal Pelayanan Publik Kota Medan',
    method: 'SECONDMENT',
    organizers: ['Dinas Penanaman Modal dan PTSP Kota Medan'],
    hours: 20,
    days: 5,
    pnsOnly: true,
  },
];
