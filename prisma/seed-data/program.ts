// Program content for the demo seed: the two 2017 workshops described in the
// articles (/work/shared/seeds), the current 2026 training, guides, policy
// titles, RKTL activities, KLIK and FPK texts, program indicators and the demo
// accounts. Places come from ./wilayah.ts; this file holds only words.
import type { GuideTopic, PolicyTopic, PolicyType, RktlTargetKind, Role } from "@/lib/generated/prisma/enums";

/** The demo's "today": current-cycle data is placed before this date. */
export const DEMO_TODAY = "2026-11-22";

// ───────────────────────── Demo accounts ─────────────────────────

/** Password of every demo account (documented in the README). */
export const DEMO_PASSWORD = "demo-pekka-2026";

export type DemoAccount = {
  email: string;
  name: string;
  role: Role;
  /** Province slug from wilayah.ts (coordinators and district staff). */
  provinceSlug?: string;
  /** Kabupaten code from wilayah.ts (district staff). */
  kabupatenCode?: string;
  canViewViolenceDetails?: boolean;
  /** One line for the README. */
  description: string;
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: "admin@pekka.demo",
    name: "Admin Sekretariat",
    role: "ADMIN",
    description: "Sekretariat nasional: kelola pengguna dan data induk / manages users and master data",
  },
  {
    email: "nasional@pekka.demo",
    name: "Staf Program Nasional",
    role: "NATIONAL_STAFF",
    canViewViolenceDetails: true,
    description: "Staf nasional: 20 provinsi, pelatihan nasional, persetujuan RKTL; boleh membuka detail kasus kekerasan",
  },
  {
    email: "direktur@pekka.demo",
    name: "Direktur Program",
    role: "DIRECTOR",
    description: "Direktur: membaca semua data, terutama capaian kebijakan tertulis terhadap target (hanya baca)",
  },
  {
    email: "koordinator.ntb@pekka.demo",
    name: "Baiq Nurul Aini",
    role: "PROVINCE_COORDINATOR",
    provinceSlug: "ntb",
    description: "Koordinator Provinsi Nusa Tenggara Barat: RKTL 2026 disetujui, realisasi Oktober-November",
  },
  {
    email: "koordinator.aceh@pekka.demo",
    name: "Cut Rahmah",
    role: "PROVINCE_COORDINATOR",
    provinceSlug: "aceh",
    description: "Koordinator Provinsi Aceh: RKTL 2026 masih draf",
  },
  {
    email: "staf.lomboktimur@pekka.demo",
    name: "Saenab Hasanah",
    role: "DISTRICT_STAFF",
    provinceSlug: "ntb",
    kabupatenCode: "5203",
    description: "Staf Serikat Pekka Lombok Timur: kader, KLIK PEKKA, kasus dan advokasi kebijakan kabupaten",
  },
];

// ───────────────────────── Regions ─────────────────────────

/**
 * Provinces whose organising is strong: their participants sit in the
 * leadership (ToT) class of the May 2017 workshop and re-train others
 * afterwards. The rest join the implementation class.
 */
export const LEADERSHIP_PROVINCE_SLUGS = ["aceh", "jabar", "jateng", "jatim", "banten", "ntb", "ntt", "kalbar", "sultra"] as const;

/** Names common across regions, mixed into every province's kader. */
export const COMMON_NAMES = {
  given: [
    "Dewi",
    "Ratna",
    "Yanti",
    "Rina",
    "Nur Aini",
    "Fatimah",
    "Aminah",
    "Fitri",
    "Nurul",
    "Ani",
    "Eka",
    "Indah",
    "Rini",
    "Yuyun",
    "Aisyah",
    "Salmah",
    "Nurbaya",
    "Masitah",
    "Siti",
    "Sri",
  ],
  second: [
    "Rahmawati",
    "Lestari",
    "Handayani",
    "Wulandari",
    "Fitriani",
    "Ningsih",
    "Hasanah",
    "Susanti",
    "Wahyuni",
    "Rahayu",
    "Safitri",
    "Anggraini",
    "Yulianti",
    "Astuti",
    "Kartika",
    "Marlina",
    "Herawati",
    "Ramadhani",
    "Pratiwi",
    "Damayanti",
    "Sari",
    "Mardiana",
  ],
};

/** Region-typical names by province slug (each must exist in wilayah.ts' lists). */
export const REGIONAL_NAMES: Record<string, { given: string[]; second: string[] }> = {
  aceh: {
    given: [
      "Cut Nurjannah",
      "Cut Rahmah",
      "Nurjannah",
      "Raudhah",
      "Mariani",
      "Ainul Mardhiah",
      "Safrida",
      "Rosmawar",
      "Khadijah",
      "Nurlaila",
      "Zubaidah",
      "Syarifah Aini",
      "Hafsah",
      "Rukaiyah",
      "Ramlah",
      "Maimunah",
    ],
    second: ["Hasanah", "Fauziah", "Hamidah", "Nurhasanah", "Mardiana", "Ramadhani", "Safitri", "Hidayati", "Nurhidayah"],
  },
  sumut: {
    given: [
      "Tiurma",
      "Rosdiana",
      "Tiomina",
      "Rosmina",
      "Lasma",
      "Nurmala",
      "Rumondang",
      "Hotmaida",
      "Sondang",
      "Tiominar",
      "Rohani",
      "Salmah",
    ],
    second: [
      "Simanjuntak",
      "Sinaga",
      "Nainggolan",
      "Harahap",
      "Nasution",
      "Siregar",
      "Lubis",
      "Hutagalung",
      "Pardede",
      "Situmorang",
      "Silalahi",
      "Manurung",
      "Panjaitan",
      "Sitompul",
      "Tambunan",
      "Hasibuan",
      "Tarigan",
      "Ginting",
      "Sembiring",
      "Saragih",
      "Damanik",
      "Purba",
    ],
  },
  sumbar: {
    given: ["Yusnimar", "Rosnelly", "Desmawati", "Yulinar", "Asnidar", "Nurmaini", "Zuraida", "Erni", "Nurbaya", "Masitah"],
    second: ["Chaniago", "Piliang", "Fitriani", "Handayani", "Mardiana", "Yulianti"],
  },
  riau: {
    given: ["Dayang Aminah", "Rohani", "Zuraida", "Nurmaini", "Maimunah", "Salmah", "Fatimah", "Masitah"],
    second: ["Hasanah", "Fauziah", "Hamidah", "Mardiana", "Safitri"],
  },
  jambi: {
    given: ["Maimunah", "Nurlaila", "Zubaidah", "Rohani", "Salmah", "Masitah", "Fatimah", "Aminah"],
    second: ["Hasanah", "Fauziah", "Hamidah", "Marlina", "Herawati"],
  },
  bengkulu: {
    given: ["Desmawati", "Yulinar", "Asnidar", "Nurmala", "Erni", "Salmah", "Nurbaya"],
    second: ["Marlina", "Herawati", "Susanti", "Wahyuni", "Mardiana"],
  },
  jabar: {
    given: [
      "Euis",
      "Iis",
      "Neneng",
      "Entin",
      "Cucu",
      "Imas",
      "Enok",
      "Dedeh",
      "Eneng",
      "Titin",
      "Yayah",
      "Nining",
      "Lilis",
      "Ela",
      "Oom",
      "Cicih",
    ],
    second: ["Kurniasih", "Rahayu", "Hasanah", "Sulastri", "Nurhasanah", "Herawati", "Kartika", "Marlina", "Juwita"],
  },
  jateng: {
    given: [
      "Siti",
      "Sri",
      "Wartini",
      "Sumiati",
      "Suparmi",
      "Tukinah",
      "Painem",
      "Sainah",
      "Karsinah",
      "Rasminah",
      "Tarsih",
      "Warsini",
      "Juminten",
      "Ngatini",
      "Partini",
      "Suwarni",
      "Sukarsih",
      "Kasiyem",
      "Sutinah",
    ],
    second: [
      "Lestari",
      "Handayani",
      "Wulandari",
      "Ningsih",
      "Purwanti",
      "Setyowati",
      "Hartati",
      "Suharti",
      "Sugiarti",
      "Kusumawati",
      "Astuti",
      "Wijayanti",
      "Haryati",
      "Sulistyowati",
      "Utami",
    ],
  },
  jatim: {
    given: [
      "Siti",
      "Sri",
      "Endang",
      "Sumarni",
      "Mulyani",
      "Kartini",
      "Murniati",
      "Rukmini",
      "Suryani",
      "Tumini",
      "Sarinah",
      "Yuliani",
      "Nurhayati",
      "Sumiati",
    ],
    second: [
      "Lestari",
      "Wahyuni",
      "Rahayu",
      "Purwanti",
      "Susanti",
      "Setyowati",
      "Hidayati",
      "Indrawati",
      "Setiawati",
      "Pratiwi",
      "Wulandari",
    ],
  },
  banten: {
    given: ["Euis", "Neneng", "Entin", "Cucu", "Imas", "Enok", "Eneng", "Titin", "Siti", "Aminah", "Fatimah"],
    second: ["Kurniasih", "Rahayu", "Hasanah", "Nurhasanah", "Hamidah", "Safitri"],
  },
  ntb: {
    given: [
      "Baiq Rohani",
      "Baiq Nurul Aini",
      "Lale Sumarni",
      "Saenab",
      "Rohimah",
      "Nursiah",
      "Halimah",
      "Marni",
      "Hadijah",
      "Rabiah",
      "Ni Wayan Sumerti",
      "Ni Made Sukerni",
    ],
    second: ["Hasanah", "Rahmawati", "Fitriani", "Wahyuni", "Hidayati", "Nurhidayah", "Safitri", "Sari"],
  },
  ntt: {
    given: [
      "Maria Goreti",
      "Yuliana",
      "Agustina",
      "Bernadeta",
      "Fransiska",
      "Katarina",
      "Margaretha",
      "Theresia",
      "Veronika",
      "Elisabeth",
      "Yohana",
      "Antonia",
      "Magdalena",
      "Martha",
      "Regina",
      "Florentina",
      "Yasinta",
      "Modesta",
      "Paulina",
      "Imelda",
    ],
    second: ["Koten", "Maran", "Tukan", "Kelen", "Hayon", "Parera", "da Costa", "Manafe", "Ndun", "Messakh", "Nitbani", "Tefa"],
  },
  kalbar: {
    given: ["Dayang Aminah", "Rohani", "Maimunah", "Yuliana", "Agustina", "Fransiska", "Salmah", "Masitah"],
    second: ["Marlina", "Herawati", "Hasanah", "Safitri", "Anggraini"],
  },
  kaltim: {
    given: ["Hasnah", "Jumriah", "Rahmatia", "Siti", "Sri", "Dewi", "Fitri", "Nurul"],
    second: ["Lestari", "Handayani", "Wahyuni", "Daeng", "Hasanah"],
  },
  sulut: {
    given: ["Meiske", "Deisy", "Femmy", "Jeane", "Vonny", "Sarlota", "Ester", "Naomi", "Yohana", "Martha"],
    second: ["Sumampouw", "Wenas", "Rondonuwu", "Mandagi", "Lumentut", "Pangemanan"],
  },
  sulteng: {
    given: ["Hasnah", "Jumriah", "Rahmatia", "Syamsiah", "Salmiah", "Nurhaedah", "Ni Nyoman Sriasih", "Ni Ketut Suarni"],
    second: ["Daeng", "Hasanah", "Mardiana", "Ramadhani", "Safitri"],
  },
  sulsel: {
    given: ["Andi Ratna", "Hasnah", "Jumriah", "Rahmatia", "Syamsiah", "Sitti Aisyah", "Besse", "Hadrah", "Nurhaedah", "Salmiah"],
    second: ["Daeng", "Hasanah", "Mardiana", "Ramadhani", "Hamidah"],
  },
  sultra: {
    given: ["Wa Ode Hasnia", "Wa Ode Sitti", "Wa Ina", "Sitti Marwah", "Hasnah", "Jumriah", "Syamsiah", "Salmiah"],
    second: ["Daeng", "Hasanah", "Mardiana", "Fauziah", "Safitri"],
  },
  maluku: {
    given: ["Yohana", "Martha", "Ester", "Naomi", "Sarlota", "Magdalena", "Fatimah", "Salmah"],
    second: ["Latupeirissa", "Tuhumury", "Pattiasina", "Sahetapy", "Leiwakabessy"],
  },
  malut: {
    given: ["Fatimah", "Aminah", "Salmah", "Nurbaya", "Hadijah", "Yohana", "Martha"],
    second: ["Hasanah", "Hamidah", "Marlina", "Latupeirissa", "Sahetapy"],
  },
};

// ───────────────────────── Trainings ─────────────────────────

export type TrainingContent = {
  title: string;
  theme: string;
  objectives: string[];
  place: string;
  organiser: string;
  startDate: string;
  endDate: string;
  classNames: { LEADERSHIP_TOT: string; IMPLEMENTATION: string };
};

/** Article 2: the guide-development workshop, 10–13 April 2017. */
export const WORKSHOP_GUIDES_2017: TrainingContent = {
  title: "Lokakarya Pengembangan Panduan Perlindungan Sosial PEKKA-MAMPU",
  theme: "Pengembangan Panduan dan Bahan-Bahan Perlindungan Sosial untuk Memantau Pelaksanaan Kebijakan Perlindungan Sosial PEKKA-MAMPU",
  objectives: [
    "Membahas dan menyempurnakan panduan JKN, panduan Forum Pemangku Kepentingan (FPK) Perlindungan Sosial, serta panduan advokasi kebijakan dan anggaran.",
    "Menyiapkan bahan-bahan untuk memantau pelaksanaan kebijakan perlindungan sosial bersama pemerintah.",
    "Menjadikan panduan sebagai pegangan Serikat Pekka dalam menjalankan agenda program perlindungan sosial.",
  ],
  place: "Gedung Pusat Pendidikan dan Pelatihan (Pusdiklat) Alta Karya PEKKA",
  organiser: "PEKKA (Kedeputian II, penguatan organisasi basis Pekka) didukung MAMPU",
  startDate: "2017-04-10",
  endDate: "2017-04-13",
  classNames: {
    LEADERSHIP_TOT: "Kelas Penyusun dan Pelatih Panduan",
    IMPLEMENTATION: "Kelas Uji Coba Panduan di Lapangan",
  },
};

/** Article 1: the national training and workshop, 20–23 May 2017, Bekasi. */
export const WORKSHOP_NATIONAL_2017: TrainingContent = {
  title: "Pelatihan dan Lokakarya Nasional Serikat Pekka 2017",
  theme: "Meningkatkan Kualitas Kehidupan Masyarakat Miskin melalui Akses dan Kontrol terhadap Program Perlindungan Sosial",
  objectives: [
    "Merefleksikan capaian dan perkembangan kegiatan PEKKA dalam setahun terakhir.",
    "Meningkatkan pengetahuan kader dan pengurus PEKKA mengenai program perlindungan sosial.",
    "Meningkatkan keterampilan kader dan pengurus PEKKA dalam melaksanakan KLIK PEKKA dan advokasi kebijakan.",
  ],
  place: "Bekasi, Jawa Barat",
  organiser: "PEKKA didukung MAMPU",
  startDate: "2017-05-20",
  endDate: "2017-05-23",
  classNames: {
    LEADERSHIP_TOT: "Kelas Kepemimpinan Perempuan dan Perlindungan Sosial (pelatihan untuk pelatih)",
    IMPLEMENTATION: "Kelas Pelaksanaan Program Perlindungan Sosial",
  },
};

/** The current cycle: RKTL windows run October 2026 – March 2027. */
export const TRAINING_CURRENT_2026: TrainingContent = {
  title: "Pelatihan Nasional Penguatan Kepemimpinan Perempuan dan Perlindungan Sosial 2026",
  theme: "Penguatan Kepemimpinan Perempuan dan Perlindungan Sosial",
  objectives: [
    "Memperkuat kepemimpinan kader dan pengurus Serikat Pekka dalam mengawal program perlindungan sosial di desa dan kabupaten.",
    "Memperbarui pengetahuan kader tentang JKN, bantuan sosial dan pemutakhiran data kesejahteraan sosial.",
    "Menyusun RKTL provinsi untuk enam bulan berikutnya dengan target kuantitatif.",
  ],
  place: "Pusdiklat Alta Karya PEKKA",
  organiser: "Seknas PEKKA",
  startDate: "2026-09-08",
  endDate: "2026-09-11",
  classNames: {
    LEADERSHIP_TOT: "Kelas Kepemimpinan (pelatihan untuk pelatih)",
    IMPLEMENTATION: "Kelas Pelaksanaan Program",
  },
};

export const PROVINCIAL_RETRAINING = {
  title: (province: string) => `Pelatihan Ulang Kader Perlindungan Sosial Provinsi ${province}`,
  theme: "Kepemimpinan Perempuan dan Perlindungan Sosial: KLIK PEKKA dan Advokasi Kebijakan",
  objectives: [
    "Meneruskan materi pelatihan nasional Mei 2017 kepada kader dan pengurus di provinsi.",
    "Melatih kader melaksanakan KLIK PEKKA dengan empat meja layanan melalui simulasi.",
    "Menyiapkan kader pelatih untuk pelatihan tingkat kabupaten.",
  ],
  place: (kabupaten: string, kecamatan: string) => `Sekretariat Serikat Pekka ${kabupaten}, Kecamatan ${kecamatan}`,
  organiser: (kabupaten: string) => `Serikat Pekka ${kabupaten} bersama Seknas PEKKA`,
  classNames: {
    LEADERSHIP_TOT: "Kelas Pelatih Kabupaten",
    IMPLEMENTATION: "Kelas Pelaksana KLIK PEKKA",
  },
};

export const LOCAL_RETRAINING = {
  /** `kabupaten` as "Kabupaten Bima" / "Kota Kendari". */
  title: (kabupaten: string) => `Pelatihan Kader KLIK PEKKA dan Advokasi Desa, ${kabupaten}`,
  theme: "Akses dan Kontrol Perempuan Kepala Keluarga terhadap Program Perlindungan Sosial",
  objectives: [
    "Mengenalkan program perlindungan sosial (JKN, PKH, BPNT, KIP) kepada anggota serikat.",
    "Melatih kader menjadi petugas meja KLIK PEKKA.",
    "Merencanakan advokasi Perdes dan anggaran desa untuk perlindungan sosial.",
  ],
  place: (desa: string, kecamatan: string) => `Balai Desa ${desa}, Kecamatan ${kecamatan}`,
  organiser: (kabupaten: string) => `Serikat Pekka ${kabupaten}`,
  className: "Kelas Pelaksana KLIK PEKKA Desa",
};

// ───────────────────────── Guides ─────────────────────────

export type GuideContent = {
  key: "JKN" | "FPK" | "POLICY" | "BUDGET";
  topic: GuideTopic;
  title: string;
  versions: { version: string; publishedOn: string; notes: string }[];
};

export const GUIDES: GuideContent[] = [
  {
    key: "JKN",
    topic: "JKN",
    title: "Panduan Jaminan Kesehatan Nasional (JKN) untuk Serikat Pekka",
    versions: [
      {
        version: "1.0",
        publishedOn: "2017-04-13",
        notes: "Disempurnakan dalam lokakarya pengembangan panduan, Pusdiklat Alta Karya PEKKA, 10-13 April 2017.",
      },
      {
        version: "1.1",
        publishedOn: "2018-11-15",
        notes: "Disesuaikan dengan Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan.",
      },
    ],
  },
  {
    key: "FPK",
    topic: "FPK",
    title: "Panduan Forum Pemangku Kepentingan (FPK) Perlindungan Sosial",
    versions: [{ version: "1.0", publishedOn: "2017-04-13", notes: "Disempurnakan dalam lokakarya pengembangan panduan, April 2017." }],
  },
  {
    key: "POLICY",
    topic: "POLICY_ADVOCACY",
    title: "Panduan Advokasi Kebijakan Perlindungan Sosial",
    versions: [
      { version: "1.0", publishedOn: "2017-04-13", notes: "Langkah advokasi Perdes, Perda dan Perbup/Perwali; disempurnakan April 2017." },
    ],
  },
  {
    key: "BUDGET",
    topic: "BUDGET_ADVOCACY",
    title: "Panduan Advokasi Anggaran Desa dan Daerah",
    versions: [
      {
        version: "1.0",
        publishedOn: "2017-04-13",
        notes: "Advokasi kepada kepala desa dan pemerintah daerah untuk mengakses anggaran; disempurnakan April 2017.",
      },
    ],
  },
];

// ───────────────────────── RKTL ─────────────────────────

export const RKTL_ACTIVITIES: Record<RktlTargetKind, { activity: string; unit: string; min: number; max: number }[]> = {
  KLIK_SESSION: [
    { activity: "Menyelenggarakan KLIK PEKKA di desa dampingan", unit: "sesi", min: 2, max: 6 },
    { activity: "KLIK PEKKA keliling bersama Disdukcapil", unit: "sesi", min: 1, max: 3 },
  ],
  SOCIALISATION: [
    { activity: "Sosialisasi JKN dan bantuan sosial kepada anggota kelompok Pekka", unit: "kelompok", min: 4, max: 12 },
    { activity: "Sosialisasi hasil pelatihan nasional kepada anggota serikat", unit: "pertemuan", min: 2, max: 6 },
  ],
  ADVOCACY: [
    { activity: "Audiensi dengan kepala desa untuk Perdes pendataan warga miskin", unit: "desa", min: 2, max: 5 },
    { activity: "Advokasi alokasi dana desa untuk iuran JKN perempuan kepala keluarga", unit: "desa", min: 1, max: 4 },
    { activity: "Audiensi dengan Bupati dan DPRD tentang layanan administrasi kependudukan", unit: "kali", min: 1, max: 2 },
  ],
  FPK_MEETING: [{ activity: "Memfasilitasi pertemuan Forum Pemangku Kepentingan tingkat kabupaten", unit: "pertemuan", min: 1, max: 2 }],
  RETRAINING: [
    { activity: "Pelatihan ulang kader KLIK PEKKA di kabupaten", unit: "kader", min: 10, max: 20 },
    { activity: "Pelatihan ulang pengurus tentang advokasi kebijakan", unit: "pengurus", min: 5, max: 12 },
  ],
  JKN_ENROLMENT: [{ activity: "Mendampingi pendaftaran JKN PBI bagi anggota dan keluarga miskin", unit: "orang", min: 20, max: 80 }],
  OTHER: [
    { activity: "Pendampingan pengurusan akta kelahiran anak anggota", unit: "anak", min: 10, max: 40 },
    { activity: "Pendampingan isbat nikah melalui sidang keliling Pengadilan Agama", unit: "pasangan", min: 5, max: 20 },
  ],
};

export const RKTL_BEHIND_REASONS = [
  "Dana desa belum cair sehingga kegiatan ditunda.",
  "Musim tanam; anggota sibuk di sawah.",
  "Kepala desa sedang dinas luar; audiensi dijadwalkan ulang.",
  "Cuaca buruk dan akses jalan ke desa terputus.",
  "Petugas Disdukcapil belum bisa hadir.",
  "Jadwal bentrok dengan kegiatan musrenbang desa.",
];

export const RKTL_NOTES = [
  "Dilaksanakan bersama pengurus serikat.",
  "Didukung pemerintah desa (tempat dan konsumsi).",
  "Peserta lebih banyak dari perkiraan.",
  "Laporan dan daftar hadir sudah dikirim ke Seknas.",
  "Didampingi kader pelatih hasil pelatihan nasional.",
];

export const RKTL_REVIEW_COMMENTS = {
  SUBMITTED: "Mohon lengkapi penanggung jawab dan bulan pelaksanaan untuk target advokasi sebelum disetujui.",
  DRAFT: "Draf masih disusun bersama peserta dari kabupaten.",
  CLOSED: "Siklus RKTL ditutup; capaian dilaporkan pada pertemuan evaluasi.",
};

// ───────────────────────── KLIK PEKKA ─────────────────────────

/** Which referral institutions (by a fragment of their name in wilayah.ts) fit which desk. */
export const REFERRAL_HINTS = {
  REGISTRATION: ["Kantor Desa", "Kantor Kecamatan", "TKSK"],
  SOCIAL_PROTECTION: [
    "Dinas Sosial",
    "BPJS Kesehatan",
    "Pendamping PKH",
    "TKSK",
    "Puskesmas",
    "Dinas Kesehatan",
    "Baznas",
    "Dinas Pendidikan",
  ],
  LEGAL_IDENTITY: ["Disdukcapil", "Pengadilan Agama", "Posbakum", "KUA", "Kantor Desa"],
  VIOLENCE: ["P2TP2A", "UPTD PPA", "DP3A", "Unit PPA", "LBH", "Crisis", "SAPA 129"],
} as const;

export const KLIK_SESSION_NOTES = [
  "KLIK dilaksanakan di balai desa bersama perangkat desa.",
  "Hadir petugas Disdukcapil untuk perekaman KTP-el.",
  "Hadir pendamping PKH kecamatan.",
  "Antrean panjang di meja perlindungan sosial; perlu tambahan petugas.",
  "Banyak warga menanyakan status kepesertaan JKN PBI.",
  null,
  null,
];

/** Follow-up notes per desk: `progress` while a case is open, `done` for the last note of a resolved case. */
export const KLIK_FOLLOW_UP_NOTES = {
  REGISTRATION: {
    progress: ["Warga dihubungi kembali dan diberi informasi jadwal layanan berikutnya."],
    done: "Warga sudah mendapat informasi yang dibutuhkan.",
  },
  SOCIAL_PROTECTION: {
    progress: [
      "Kader mengantar berkas ke Dinas Sosial untuk usulan masuk DTKS.",
      "Kader mengecek status kepesertaan di kantor BPJS Kesehatan.",
      "Berkas dilengkapi dengan surat keterangan tidak mampu dari desa.",
    ],
    done: "Kartu atau bantuan sudah diterima warga; kasus selesai.",
  },
  LEGAL_IDENTITY: {
    progress: [
      "Berkas diserahkan ke Disdukcapil; dokumen dijanjikan terbit dua minggu lagi.",
      "Warga didaftarkan untuk sidang keliling Pengadilan Agama.",
    ],
    done: "Dokumen sudah terbit dan diserahkan kepada warga.",
  },
  VIOLENCE: {
    progress: ["Kader mendampingi pelapor ke lembaga rujukan.", "Lembaga rujukan menyampaikan bahwa pendampingan berjalan."],
    done: "Pelapor menyatakan kondisinya sudah aman; pendampingan selesai.",
  },
} as const;

/** Short, non-graphic narratives for sealed violence details. `{tindak}` is the action taken. */
export const VIOLENCE_NARRATIVES: Record<"DOMESTIC_VIOLENCE" | "SEXUAL_VIOLENCE" | "ECONOMIC_NEGLECT" | "CHILD_ABUSE" | "OTHER", string> = {
  DOMESTIC_VIOLENCE: "Pelapor menyampaikan mengalami kekerasan dalam rumah tangga; {tindak}.",
  SEXUAL_VIOLENCE: "Pelapor melaporkan kekerasan seksual yang dialami anggota keluarganya; {tindak}.",
  ECONOMIC_NEGLECT: "Pelapor tidak lagi menerima nafkah untuk anak-anaknya dari mantan suami; {tindak}.",
  CHILD_ABUSE: "Pelapor menyampaikan kekhawatiran atas perlakuan kasar terhadap seorang anak di lingkungannya; {tindak}.",
  OTHER: "Pelapor mengalami ancaman dan intimidasi dari kerabat terkait harta warisan; {tindak}.",
};

export const VIOLENCE_ACTIONS = {
  RECEIVED: "kader mencatat pengaduan dan menjadwalkan pendampingan",
  REFERRED: "dirujuk ke {lembaga} untuk pendampingan",
  IN_PROGRESS: "sedang didampingi {lembaga}",
  RESOLVED: "telah didampingi {lembaga} dan pelapor menyatakan kondisinya aman",
  CLOSED: "kasus ditutup atas persetujuan pelapor setelah pendampingan",
} as const;

// ───────────────────────── Policy targets ─────────────────────────

/**
 * Title templates. `{desa}` is a village name, `{kab}` the kabupaten/kota name,
 * `{prov}` the province, `{kepala}` "Bupati" or "Wali Kota", `{daerah}`
 * "Kabupaten" or "Kota".
 */
export type PolicyTemplate = {
  type: PolicyType;
  level: "DESA" | "KABUPATEN" | "PROVINSI";
  topic: PolicyTopic;
  title: string;
  /** Short form used in the enacted number, e.g. "Perdes". */
  numberPrefix: string;
  /** Budget won with this policy, in millions of rupiah (range). */
  budgetMillions?: [number, number];
};

export const POLICY_TEMPLATES: PolicyTemplate[] = [
  {
    type: "PERDES",
    level: "DESA",
    topic: "JKN",
    title: "Peraturan Desa {desa} tentang Pendataan Warga Miskin untuk Kepesertaan JKN",
    numberPrefix: "Perdes",
  },
  {
    type: "PERDES",
    level: "DESA",
    topic: "BUDGET",
    title: "Peraturan Desa {desa} tentang Alokasi Dana Desa untuk Bantuan Iuran JKN Perempuan Kepala Keluarga",
    numberPrefix: "Perdes",
    budgetMillions: [15, 120],
  },
  {
    type: "PERDES",
    level: "DESA",
    topic: "SOCIAL_PROTECTION",
    title: "Peraturan Desa {desa} tentang Perlindungan Sosial bagi Perempuan Kepala Keluarga dan Warga Rentan",
    numberPrefix: "Perdes",
  },
  {
    type: "PERDES",
    level: "DESA",
    topic: "LEGAL_IDENTITY",
    title: "Peraturan Desa {desa} tentang Pelayanan Administrasi Kependudukan di Tingkat Desa",
    numberPrefix: "Perdes",
  },
  {
    type: "PERDES",
    level: "DESA",
    topic: "VIOLENCE",
    title: "Peraturan Desa {desa} tentang Pencegahan dan Penanganan Kekerasan terhadap Perempuan dan Anak",
    numberPrefix: "Perdes",
  },
  {
    type: "PERDES",
    level: "DESA",
    topic: "FPK",
    title: "Peraturan Desa {desa} tentang Forum Warga Pemantau Program Perlindungan Sosial",
    numberPrefix: "Perdes",
  },
  {
    type: "PERBUP",
    level: "KABUPATEN",
    topic: "LEGAL_IDENTITY",
    title: "Peraturan {kepala} {kab} tentang Pelayanan Administrasi Kependudukan Terpadu",
    numberPrefix: "Perbup",
  },
  {
    type: "PERBUP",
    level: "KABUPATEN",
    topic: "JKN",
    title: "Peraturan {kepala} {kab} tentang Bantuan Iuran Jaminan Kesehatan bagi Penduduk Miskin di Luar Kuota PBI",
    numberPrefix: "Perbup",
    budgetMillions: [250, 2500],
  },
  {
    type: "PERBUP",
    level: "KABUPATEN",
    topic: "FPK",
    title: "Peraturan {kepala} {kab} tentang Forum Pemangku Kepentingan Perlindungan Sosial",
    numberPrefix: "Perbup",
  },
  {
    type: "PERBUP",
    level: "KABUPATEN",
    topic: "SOCIAL_PROTECTION",
    title: "Peraturan {kepala} {kab} tentang Verifikasi dan Validasi Data Terpadu Kesejahteraan Sosial Berbasis Desa",
    numberPrefix: "Perbup",
  },
  {
    type: "PERDA",
    level: "KABUPATEN",
    topic: "VIOLENCE",
    title: "Peraturan Daerah {daerah} {kab} tentang Perlindungan Perempuan dan Anak dari Tindak Kekerasan",
    numberPrefix: "Perda",
  },
  {
    type: "PERDA",
    level: "KABUPATEN",
    topic: "SOCIAL_PROTECTION",
    title: "Peraturan Daerah {daerah} {kab} tentang Penyelenggaraan Kesejahteraan Sosial",
    numberPrefix: "Perda",
  },
  {
    type: "PERDA",
    level: "PROVINSI",
    topic: "VIOLENCE",
    title: "Peraturan Daerah Provinsi {prov} tentang Perlindungan Perempuan dan Anak",
    numberPrefix: "Perda Prov.",
  },
  {
    type: "SK",
    level: "KABUPATEN",
    topic: "FPK",
    title: "Keputusan {kepala} {kab} tentang Pembentukan Forum Pemangku Kepentingan Perlindungan Sosial",
    numberPrefix: "SK",
  },
  {
    type: "SK",
    level: "KABUPATEN",
    topic: "BUDGET",
    title: "Keputusan {kepala} {kab} tentang Alokasi Anggaran Pendampingan Layanan KLIK PEKKA",
    numberPrefix: "SK",
    budgetMillions: [50, 300],
  },
  {
    type: "SK",
    level: "DESA",
    topic: "LEGAL_IDENTITY",
    title: "Keputusan Kepala Desa {desa} tentang Petugas Pelayanan Administrasi Kependudukan Desa",
    numberPrefix: "SK Kades",
  },
  {
    type: "OTHER",
    level: "KABUPATEN",
    topic: "LEGAL_IDENTITY",
    title: "Surat Edaran {kepala} {kab} tentang Penerbitan Akta Kelahiran Tanpa Biaya",
    numberPrefix: "SE",
  },
  {
    type: "OTHER",
    level: "KABUPATEN",
    topic: "JKN",
    title: "Nota Kesepahaman Pemerintah {daerah} {kab} dan BPJS Kesehatan tentang Perluasan Kepesertaan JKN",
    numberPrefix: "NK",
  },
];

export const POLICY_STEP_NOTES = {
  IDENTIFIED: "Diidentifikasi dari temuan KLIK PEKKA dan diskusi kelompok.",
  ADVOCACY: "Audiensi dan penyampaian usulan kepada pemerintah.",
  DRAFTING: "Rancangan disusun bersama pemerintah dengan masukan Serikat Pekka.",
  DELIBERATION: "Rancangan dibahas dalam musyawarah/rapat pembahasan.",
  ENACTED: "Kebijakan disahkan; salinan dokumen diunggah sebagai bukti.",
  DROPPED: "Advokasi dihentikan: pergantian pejabat dan prioritas anggaran berubah.",
} as const;

// ───────────────────────── FPK ─────────────────────────

export const FPK_INSTITUTIONS = [
  "Serikat Pekka",
  "Dinas Sosial",
  "Bappeda",
  "BPJS Kesehatan",
  "Disdukcapil",
  "Pemerintah Desa",
  "Dinas Kesehatan",
  "DP3A",
  "Pengadilan Agama",
  "DPRD",
  "TKSK dan Pendamping PKH",
];

export const FPK_AGENDAS = [
  {
    agenda: "Pembentukan Forum Pemangku Kepentingan Perlindungan Sosial dan penyamaan pemahaman tentang temuan KLIK PEKKA.",
    agreements: "Forum dibentuk dengan sekretariat di Dinas Sosial; Serikat Pekka menjadi anggota tetap.",
    followUps: "Dinas Sosial menyiapkan rancangan SK pembentukan forum.",
  },
  {
    agenda: "Pembahasan data warga miskin yang belum terdaftar JKN PBI dari hasil KLIK PEKKA.",
    agreements: "Data dari KLIK PEKKA diusulkan dalam pemutakhiran DTKS; BPJS Kesehatan membuka layanan jemput bola.",
    followUps: "Serikat Pekka menyerahkan rekap data per desa kepada Dinas Sosial.",
  },
  {
    agenda: "Percepatan kepemilikan akta kelahiran dan kartu keluarga bagi anak dari keluarga perempuan kepala keluarga.",
    agreements: "Disdukcapil mengadakan pelayanan keliling di desa dampingan Pekka.",
    followUps: "Jadwal layanan keliling disusun bersama pemerintah desa.",
  },
  {
    agenda: "Evaluasi pelaksanaan bantuan sosial (PKH, BPNT) dan mekanisme pengaduan warga.",
    agreements: "Pengaduan dari KLIK PEKKA diteruskan melalui TKSK dan pendamping PKH.",
    followUps: "Rapat evaluasi berikutnya tiga bulan lagi.",
  },
  {
    agenda: "Usulan anggaran daerah untuk bantuan iuran JKN penduduk miskin di luar kuota PBI.",
    agreements: "Bappeda memasukkan usulan bantuan iuran JKN dalam rancangan APBD perubahan.",
    followUps: "Serikat Pekka mengawal pembahasan di DPRD.",
  },
];

// ───────────────────────── Program indicators ─────────────────────────

export const PROGRAM_INDICATORS = [
  {
    direction: 1,
    code: "D1_WRITTEN_POLICY",
    name: "Kebijakan tertulis (Perdes/Perda/Perbup/Perwali) disahkan",
    unit: "kebijakan",
    target: 20,
  },
  { direction: 1, code: "D1_BUDGET_WON", name: "Anggaran perlindungan sosial hasil advokasi", unit: "juta rupiah", target: 2000 },
  { direction: 1, code: "D1_JKN_ENROLLED", name: "Warga miskin didampingi mendaftar JKN", unit: "orang", target: 2000 },
  { direction: 2, code: "D2_KLIK_SESSIONS", name: "Sesi KLIK PEKKA terlaksana", unit: "sesi", target: 200 },
  { direction: 2, code: "D2_KLIK_CASES", name: "Kasus dilayani di KLIK PEKKA", unit: "kasus", target: 3000 },
  { direction: 2, code: "D2_FPK_MEETINGS", name: "Pertemuan Forum Pemangku Kepentingan terlaksana", unit: "pertemuan", target: 60 },
  { direction: 3, code: "D3_TOT_TRAINED", name: "Kader terlatih sebagai pelatih (ToT)", unit: "kader", target: 60 },
  {
    direction: 3,
    code: "D3_KADER_TRAINED",
    name: "Kader dan pengurus mengikuti pelatihan perlindungan sosial",
    unit: "orang",
    target: 300,
  },
  { direction: 3, code: "D3_RKTL_ACHIEVED", name: "Target RKTL provinsi tercapai", unit: "persen", target: 75 },
] as const;

export const PROGRAM_PERIOD = { start: "2016-01-01", end: "2019-12-31" } as const;
