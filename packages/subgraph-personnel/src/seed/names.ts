/**
 * Synthetic but plausible names of Medan's ASN: Batak Toba, Mandailing, Karo, Melayu, Jawa, Minang,
 * Tionghoa-Indonesia and Aceh; Muslim and Christian given names; always matching the gender.
 * No real person is meant.
 */
import type { Random } from './prng.js';

export type Gender = 'MALE' | 'FEMALE';
type Religion = 'MUSLIM' | 'CHRISTIAN';

interface Group {
  key: string;
  /** Share among Medan's ASN (rough, for variety only). */
  weight: number;
  /** Probability of a Christian given name. */
  christian: number;
  /** Family names (marga, suku, adopted surnames); empty when the group rarely uses one. */
  surnames: readonly string[];
  /** Probability that a name carries a surname. */
  surnameChance: number;
  given: Record<Religion, Record<Gender, readonly string[]>>;
  /** Second given names by gender (Javanese names have no family name). */
  second?: Record<Gender, readonly string[]>;
  /** Hereditary honorifics written before the name, per gender, with their probability. */
  honorific?: { MALE: string; FEMALE: string; chance: number };
  birthPlaces: readonly string[];
}

const MUSLIM_MALE = [
  'Ahmad',
  'Muhammad',
  'Rahmat',
  'Syahrial',
  'Zulkifli',
  'Irwansyah',
  'Fadli',
  'Hamdani',
  'Arifin',
  'Khairul',
  'Ridwan',
  'Taufik',
  'Yusuf',
  'Ilham',
  'Fauzi',
  'Rizki',
  'Hendra',
  'Azhar',
  'Iskandar',
];
const MUSLIM_FEMALE = [
  'Nurhalimah',
  'Siti Aisyah',
  'Fatimah',
  'Khairunnisa',
  'Nur Hasanah',
  'Rahmadani',
  'Putri',
  'Sri Rezeki',
  'Nurul Hidayah',
  'Halimatussakdiah',
  'Dewi',
  'Ummi Kalsum',
  'Rahmawati',
  'Nurlela',
  'Fitriani',
];
const CHRISTIAN_MALE = [
  'Daniel',
  'Samuel',
  'Yohannes',
  'Paulus',
  'Andreas',
  'Petrus',
  'Markus',
  'Agustinus',
  'Robert',
  'Ferdinand',
  'Benny',
  'Kristian',
  'Jhonson',
  'Ronald',
  'Frans',
];
const CHRISTIAN_FEMALE = [
  'Maria',
  'Ruth',
  'Debora',
  'Lidya',
  'Elisabeth',
  'Yohana',
  'Kristina',
  'Friska',
  'Grace',
  'Agnes',
  'Veronika',
  'Theresia',
  'Magdalena',
  'Rosa',
];

const GROUPS: readonly Group[] = [
  {
    key: 'batak-toba',
    weight: 20,
    christian: 0.85,
    surnames: [
      'Simanjuntak',
      'Sitompul',
      'Hutapea',
      'Panjaitan',
      'Sinaga',
      'Situmorang',
      'Manurung',
      'Pardede',
      'Simatupang',
      'Tambunan',
      'Hutagalung',
      'Silalahi',
      'Siahaan',
      'Napitupulu',
      'Sihombing',
      'Marpaung',
      'Simbolon',
      'Tampubolon',
      'Hutabarat',
      'Pasaribu',
      'Sianturi',
      'Sitorus',
    ],
    surnameChance: 1,
    given: {
      CHRISTIAN: {
        MALE: [
          ...CHRISTIAN_MALE,
          'Hotman',
          'Togar',
          'Parlindungan',
          'Martua',
          'Bonar',
          'Lamhot',
          'Poltak',
          'Sahat',
          'Tigor',
        ],
        FEMALE: [
          ...CHRISTIAN_FEMALE,
          'Romauli',
          'Sondang',
          'Rosmawati',
          'Lasma',
          'Riris',
          'Tiurma',
          'Hotnida',
          'Rotua',
        ],
      },
      MUSLIM: { MALE: MUSLIM_MALE, FEMALE: MUSLIM_FEMALE },
    },
    birthPlaces: ['Medan', 'Medan', 'Tarutung', 'Balige', 'Siborong-borong', 'Pematangsiantar', 'Sibolga'],
  },
  {
    key: 'mandailing',
    weight: 14,
    christian: 0.03,
    surnames: [
      'Nasution',
      'Lubis',
      'Harahap',
      'Batubara',
      'Daulay',
      'Rangkuti',
      'Pulungan',
      'Hasibuan',
      'Siregar',
      'Matondang',
      'Parinduri',
      'Dalimunthe',
      'Ritonga',
      'Pohan',
    ],
    surnameChance: 1,
    given: {
      MUSLIM: {
        MALE: [...MUSLIM_MALE, 'Syafaruddin', 'Sukri', 'Mara Halim', 'Sutan'],
        FEMALE: [...MUSLIM_FEMALE, 'Nur Aini', 'Masdelina', 'Hotmaida'],
      },
      CHRISTIAN: { MALE: CHRISTIAN_MALE, FEMALE: CHRISTIAN_FEMALE },
    },
    birthPlaces: ['Medan', 'Medan', 'Panyabungan', 'Padang Sidempuan', 'Kotanopan', 'Sipirok'],
  },
  {
    key: 'karo',
    weight: 10,
    christian: 0.65,
    surnames: [
      'Ginting',
      'Sembiring',
      'Tarigan',
      'Sitepu',
      'Barus',
      'Sinulingga',
      'Surbakti',
      'Perangin-angin',
      'Bangun',
      'Kaban',
      'Keliat',
      'Meliala',
      'Brahmana',
      'Pelawi',
      'Depari',
      'Sebayang',
    ],
    surnameChance: 1,
    given: {
      CHRISTIAN: {
        MALE: [...CHRISTIAN_MALE, 'Edison', 'Darwin', 'Robinson', 'Ersada'],
        FEMALE: [...CHRISTIAN_FEMALE, 'Rehulina', 'Ulina', 'Masta', 'Nora', 'Rosita'],
      },
      MUSLIM: { MALE: MUSLIM_MALE, FEMALE: MUSLIM_FEMALE },
    },
    birthPlaces: ['Medan', 'Kabanjahe', 'Berastagi', 'Tiganderket', 'Binjai'],
  },
  {
    key: 'melayu',
    weight: 12,
    christian: 0,
    surnames: [],
    surnameChance: 0,
    given: {
      MUSLIM: {
        MALE: [
          'Rahmat Hidayat',
          'Syafrizal',
          'Azhar',
          'Zulfahmi',
          'Khairuddin',
          'Amiruddin',
          'Syamsul Bahri',
          'Fadlan',
          'Mahyuddin',
          'Rizal Effendi',
          'Ahmad Fauzan',
          'Muhammad Yusri',
          'Indra Syahputra',
        ],
        FEMALE: [
          'Nurhayati',
          'Rosmiati',
          'Siti Rahmah',
          'Fitriani',
          'Zuraidah',
          'Syarifah Aini',
          'Rahmawati',
          'Nurlela',
          'Juliani',
          'Marlina',
          'Nurmala Dewi',
          'Suryani',
        ],
      },
      CHRISTIAN: { MALE: CHRISTIAN_MALE, FEMALE: CHRISTIAN_FEMALE },
    },
    honorific: { MALE: 'Tengku', FEMALE: 'Tengku', chance: 0.12 },
    birthPlaces: ['Medan', 'Medan', 'Tanjung Balai', 'Stabat', 'Tanjung Pura', 'Lubuk Pakam', 'Batubara'],
  },
  {
    key: 'jawa',
    weight: 20,
    christian: 0.08,
    surnames: [],
    surnameChance: 0,
    second: {
      MALE: [
        'Santoso',
        'Setiawan',
        'Susilo',
        'Sutrisno',
        'Prasetyo',
        'Cahyono',
        'Purnomo',
        'Riyadi',
        'Wibowo',
        'Wahyudi',
        'Prabowo',
        'Kurniawan',
        'Hartono',
      ],
      FEMALE: [
        'Lestari',
        'Wahyuni',
        'Rahayu',
        'Handayani',
        'Astuti',
        'Puspitasari',
        'Suryani',
        'Wulandari',
        'Susilawati',
        'Rahmawati',
      ],
    },
    given: {
      MUSLIM: {
        MALE: [
          'Budi',
          'Agus',
          'Joko',
          'Bambang',
          'Eko',
          'Dwi',
          'Hadi',
          'Slamet',
          'Sugeng',
          'Heru',
          'Teguh',
          'Andi',
          'Rudi',
          'Wahyu',
        ],
        FEMALE: [
          'Sri',
          'Dwi',
          'Endang',
          'Retno',
          'Tri',
          'Rina',
          'Wulan',
          'Yuni',
          'Dian',
          'Nining',
          'Ratna',
          'Eka',
        ],
      },
      CHRISTIAN: {
        MALE: ['Yohanes', 'Antonius', 'Stefanus', 'Fransiskus', 'Yosef'],
        FEMALE: ['Maria', 'Theresia', 'Veronika', 'Yuliana', 'Agnes'],
      },
    },
    birthPlaces: [
      'Medan',
      'Medan',
      'Medan',
      'Binjai',
      'Deli Serdang',
      'Tebing Tinggi',
      'Yogyakarta',
      'Semarang',
    ],
  },
  {
    key: 'minang',
    weight: 8,
    christian: 0,
    surnames: ['Chaniago', 'Piliang', 'Tanjung', 'Koto', 'Sikumbang', 'Jambak', 'Melayu'],
    surnameChance: 0.5,
    given: {
      MUSLIM: {
        MALE: [
          'Rizal',
          'Afrizal',
          'Yusrizal',
          'Hendri',
          'Zulkarnain',
          'Syafril',
          'Erwin',
          'Irwan',
          'Fauzan',
          'Andri Saputra',
        ],
        FEMALE: [
          'Yenni',
          'Fitri Yanti',
          'Elvira',
          'Desmawati',
          'Yusnidar',
          'Nelly',
          'Rosmaini',
          'Yulia',
          'Mira Susanti',
        ],
      },
      CHRISTIAN: { MALE: CHRISTIAN_MALE, FEMALE: CHRISTIAN_FEMALE },
    },
    birthPlaces: ['Medan', 'Padang', 'Bukittinggi', 'Payakumbuh', 'Pariaman'],
  },
  {
    key: 'tionghoa',
    weight: 4,
    christian: 1,
    surnames: [
      'Wijaya',
      'Halim',
      'Gunawan',
      'Tanoto',
      'Salim',
      'Hartono',
      'Sutanto',
      'Tanjaya',
      'Lim',
      'Santoso',
    ],
    surnameChance: 1,
    given: {
      CHRISTIAN: {
        MALE: ['Hendra', 'Susanto', 'Wilson', 'Johan', 'Kevin', 'Andy', 'Rudy', 'Willy', 'Edward', 'Vincent'],
        FEMALE: [
          'Linda',
          'Lily',
          'Stefani',
          'Jessica',
          'Vivian',
          'Yenny',
          'Meliana',
          'Susi',
          'Cindy',
          'Sherly',
        ],
      },
      MUSLIM: { MALE: MUSLIM_MALE, FEMALE: MUSLIM_FEMALE },
    },
    birthPlaces: ['Medan', 'Medan', 'Medan', 'Pematangsiantar', 'Tebing Tinggi'],
  },
  {
    key: 'aceh',
    weight: 6,
    christian: 0,
    surnames: [],
    surnameChance: 0,
    given: {
      MUSLIM: {
        MALE: [
          'Muhammad Rizki',
          'Zulfikar',
          'Fauzan',
          'Munawar',
          'Safrizal',
          'Husaini',
          'Mukhlis',
          'Khairul Fahmi',
          'Fakhrurrazi',
          'Mirza',
          'Bustami',
          'Rahmatillah',
        ],
        FEMALE: [
          'Nurul Aini',
          'Rahmi',
          'Nurhayati',
          'Salmiah',
          'Raudhah',
          'Maulidar',
          'Syarifah',
          'Fitri Wahyuni',
          'Cut Rahmawati',
          'Zahratul Aini',
          'Intan Maulida',
        ],
      },
      CHRISTIAN: { MALE: CHRISTIAN_MALE, FEMALE: CHRISTIAN_FEMALE },
    },
    honorific: { MALE: 'Teuku', FEMALE: 'Cut', chance: 0.2 },
    birthPlaces: ['Medan', 'Banda Aceh', 'Lhokseumawe', 'Langsa', 'Bireuen'],
  },
];

/** A generated name and where its bearer was born. */
export interface GeneratedName {
  name: string;
  birthPlace: string;
  group: string;
}

/** A name of the given gender, from a group drawn by weight. */
export function generateName(random: Random, gender: Gender): GeneratedName {
  const group = random.weighted(GROUPS.map((g) => [g, g.weight] as const));
  const religion: Religion = random.chance(group.christian) ? 'CHRISTIAN' : 'MUSLIM';
  let given = random.pick(group.given[religion][gender]);
  // Two-part given names are common; avoid repeating the same word.
  if (!given.includes(' ') && group.surnames.length > 0 && random.chance(0.35)) {
    const second = random.pick(group.given[religion][gender]);
    if (second !== given && !second.includes(' ')) given = `${given} ${second}`;
  }
  let name = given;
  if (group.second) name = `${given} ${random.pick(group.second[gender])}`;
  if (group.surnames.length > 0 && random.chance(group.surnameChance)) {
    const surname = random.pick(group.surnames);
    if (!name.split(' ').includes(surname)) name = `${name} ${surname}`;
  }
  if (group.honorific && random.chance(group.honorific.chance) && !name.startsWith('Cut ')) {
    name = `${group.honorific[gender]} ${name}`;
  }
  return { name, birthPlace: random.pick(group.birthPlaces), group: group.key };
}

/** Streets of Medan for synthetic home addresses. */
export const MEDAN_STREETS = [
  'Jl. Gatot Subroto',
  'Jl. Setia Budi',
  'Jl. Sisingamangaraja',
  'Jl. Brigjend Katamso',
  'Jl. Sutomo',
  'Jl. Thamrin',
  'Jl. Asia',
  'Jl. Iskandar Muda',
  'Jl. Dr. Mansyur',
  'Jl. Jamin Ginting',
  'Jl. Pancing',
  'Jl. Williem Iskandar',
  'Jl. Krakatau',
  'Jl. Marelan Raya',
  'Jl. Yos Sudarso',
  'Jl. Kapten Muslim',
  'Jl. Ngumban Surbakti',
  'Jl. Sei Padang',
  'Jl. Denai',
  'Jl. AR Hakim',
  'Jl. Bunga Raya',
  'Jl. Karya Wisata',
  'Jl. Sunggal',
  'Jl. Tuasan',
  'Jl. Pelajar',
  'Jl. Garu II',
  'Jl. Bromo',
  'Jl. Halat',
  'Jl. Cemara',
];
