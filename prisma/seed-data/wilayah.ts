// Demo seed geography for Serikat PEKKA: 20 provinces where PEKKA works, with a few
// kabupaten/kota, kecamatan and desa/kelurahan each. All place names are real; codes are
// the official Kemendagri codes (Kepmendagri 2025 wilayah list), stored without dots.
// Also: realistic women's names and the kinds of referral institutions members deal with.

export type DesaSeed = { name: string; kind: "DESA" | "KELURAHAN" };
export type KecamatanSeed = { name: string; desa: DesaSeed[] };
export type KabupatenSeed = { name: string; kind: "KABUPATEN" | "KOTA"; code: string; kecamatan: KecamatanSeed[] };
export type ProvinceSeed = { name: string; code: string; slug: string; kabupaten: KabupatenSeed[] };

export const PROVINCES: ProvinceSeed[] = [
  {
    name: "Aceh",
    code: "11",
    slug: "aceh",
    kabupaten: [
      {
        name: "Aceh Besar",
        kind: "KABUPATEN",
        code: "1106",
        kecamatan: [
          {
            name: "Kota Jantho",
            desa: [
              { name: "Jantho", kind: "DESA" },
              { name: "Teureubeh", kind: "DESA" },
              { name: "Barueh", kind: "DESA" },
            ],
          },
          {
            name: "Ingin Jaya",
            desa: [
              { name: "Lambaro", kind: "DESA" },
              { name: "Meunasah Manyang Lam Garot", kind: "DESA" },
              { name: "Bakoy", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Pidie",
        kind: "KABUPATEN",
        code: "1107",
        kecamatan: [
          {
            name: "Kota Sigli",
            desa: [
              { name: "Blang Paseh", kind: "DESA" },
              { name: "Benteng", kind: "DESA" },
              { name: "Blok Bengkel", kind: "DESA" },
            ],
          },
          {
            name: "Padang Tiji",
            desa: [
              { name: "Mesjid Kunyet", kind: "DESA" },
              { name: "Piala Kunyet", kind: "DESA" },
              { name: "Hagu Kunyet", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Bireuen",
        kind: "KABUPATEN",
        code: "1111",
        kecamatan: [
          {
            name: "Kota Juang",
            desa: [
              { name: "Bandar Bireuen", kind: "DESA" },
              { name: "Bireuen Meunasah Reulet", kind: "DESA" },
              { name: "Bireuen Meunasah Blang", kind: "DESA" },
            ],
          },
          {
            name: "Peusangan",
            desa: [
              { name: "Keude Matang Glumpang Dua", kind: "DESA" },
              { name: "Pante Gajah", kind: "DESA" },
              { name: "Blang Asan", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Aceh Utara",
        kind: "KABUPATEN",
        code: "1108",
        kecamatan: [
          {
            name: "Lhoksukon",
            desa: [
              { name: "Kuta Lhoksukon", kind: "DESA" },
              { name: "Cot U Sibak", kind: "DESA" },
              { name: "Bintang Hu", kind: "DESA" },
            ],
          },
          {
            name: "Samudera",
            desa: [
              { name: "Pie", kind: "DESA" },
              { name: "Asan", kind: "DESA" },
              { name: "Murong", kind: "DESA" },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Sumatera Utara",
    code: "12",
    slug: "sumut",
    kabupaten: [
      {
        name: "Asahan",
        kind: "KABUPATEN",
        code: "1209",
        kecamatan: [
          {
            name: "Kota Kisaran Timur",
            desa: [
              { name: "Kisaran Timur", kind: "KELURAHAN" },
              { name: "Teladan", kind: "KELURAHAN" },
              { name: "Siumbut Umbut", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Air Joman",
            desa: [
              { name: "Air Joman", kind: "DESA" },
              { name: "Binjai Serbangan", kind: "KELURAHAN" },
              { name: "Air Joman Baru", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Serdang Bedagai",
        kind: "KABUPATEN",
        code: "1218",
        kecamatan: [
          {
            name: "Sei Rampah",
            desa: [
              { name: "Sei Rampah", kind: "DESA" },
              { name: "Cempedak Lobang", kind: "DESA" },
              { name: "Firdaus", kind: "DESA" },
            ],
          },
          {
            name: "Perbaungan",
            desa: [
              { name: "Melati I", kind: "KELURAHAN" },
              { name: "Simpang Tiga Pekan", kind: "KELURAHAN" },
              { name: "Batang Terap", kind: "KELURAHAN" },
            ],
          },
        ],
      },
      {
        name: "Batu Bara",
        kind: "KABUPATEN",
        code: "1219",
        kecamatan: [
          {
            name: "Lima Puluh",
            desa: [
              { name: "Lima Puluh Kota", kind: "KELURAHAN" },
              { name: "Mangkai Baru", kind: "DESA" },
              { name: "Mangkai Lama", kind: "DESA" },
            ],
          },
          {
            name: "Tanjung Tiram",
            desa: [
              { name: "Tanjung Tiram", kind: "KELURAHAN" },
              { name: "Bagan Arya", kind: "KELURAHAN" },
              { name: "Guntung", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Tapanuli Utara",
        kind: "KABUPATEN",
        code: "1202",
        kecamatan: [
          {
            name: "Tarutung",
            desa: [
              { name: "Partoli Toruan", kind: "KELURAHAN" },
              { name: "Hutatoruan V", kind: "KELURAHAN" },
              { name: "Hutatoruan VI", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Siborongborong",
            desa: [
              { name: "Siborong Borong I", kind: "DESA" },
              { name: "Siborong Borong II", kind: "DESA" },
              { name: "Sitampurung", kind: "DESA" },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Sumatera Barat",
    code: "13",
    slug: "sumbar",
    kabupaten: [
      {
        name: "Pesisir Selatan",
        kind: "KABUPATEN",
        code: "1301",
        kecamatan: [
          {
            name: "IV Jurai",
            desa: [
              { name: "Painan", kind: "DESA" },
              { name: "Tambang", kind: "DESA" },
              { name: "Salido", kind: "DESA" },
            ],
          },
          {
            name: "Koto XI Tarusan",
            desa: [
              { name: "Siguntur", kind: "DESA" },
              { name: "Sungai Pinang", kind: "DESA" },
              { name: "Duku", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Padang Pariaman",
        kind: "KABUPATEN",
        code: "1305",
        kecamatan: [
          {
            name: "Nan Sabaris",
            desa: [
              { name: "Kapalo Koto", kind: "DESA" },
              { name: "Pauh Kambar", kind: "DESA" },
              { name: "Padang Bintungan", kind: "DESA" },
            ],
          },
          {
            name: "Sungai Limau",
            desa: [
              { name: "Kuranji Hilir", kind: "DESA" },
              { name: "Pilubang", kind: "DESA" },
              { name: "Guguak Kuranji Hilir", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Agam",
        kind: "KABUPATEN",
        code: "1306",
        kecamatan: [
          {
            name: "Lubuk Basung",
            desa: [
              { name: "Lubuk Basung", kind: "DESA" },
              { name: "Garagahan", kind: "DESA" },
              { name: "Kampung Pinang", kind: "DESA" },
            ],
          },
          {
            name: "Tanjung Raya",
            desa: [
              { name: "Tanjung Sani", kind: "DESA" },
              { name: "Sungai Batang", kind: "DESA" },
              { name: "Maninjau", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Padang",
        kind: "KOTA",
        code: "1371",
        kecamatan: [
          {
            name: "Koto Tangah",
            desa: [
              { name: "Balai Gadang", kind: "KELURAHAN" },
              { name: "Lubuk Minturun", kind: "KELURAHAN" },
              { name: "Aie Pacah", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Pauh",
            desa: [
              { name: "Limau Manis", kind: "KELURAHAN" },
              { name: "Koto Lua", kind: "KELURAHAN" },
              { name: "Limau Manis Selatan", kind: "KELURAHAN" },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Riau",
    code: "14",
    slug: "riau",
    kabupaten: [
      {
        name: "Bengkalis",
        kind: "KABUPATEN",
        code: "1403",
        kecamatan: [
          {
            name: "Bengkalis",
            desa: [
              { name: "Bengkalis Kota", kind: "KELURAHAN" },
              { name: "Damon", kind: "KELURAHAN" },
              { name: "Rimba Sekampung", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Bantan",
            desa: [
              { name: "Bantan Tengah", kind: "DESA" },
              { name: "Bantan Air", kind: "DESA" },
              { name: "Bantan Tua", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Indragiri Hilir",
        kind: "KABUPATEN",
        code: "1404",
        kecamatan: [
          {
            name: "Tembilahan",
            desa: [
              { name: "Tembilahan Kota", kind: "KELURAHAN" },
              { name: "Tembilahan Hilir", kind: "KELURAHAN" },
              { name: "Seberang Tembilahan", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Reteh",
            desa: [
              { name: "Pulaukijang", kind: "KELURAHAN" },
              { name: "Metro", kind: "KELURAHAN" },
              { name: "Madani", kind: "KELURAHAN" },
            ],
          },
        ],
      },
      {
        name: "Kampar",
        kind: "KABUPATEN",
        code: "1401",
        kecamatan: [
          {
            name: "Bangkinang Kota",
            desa: [
              { name: "Bangkinang", kind: "KELURAHAN" },
              { name: "Langgini", kind: "KELURAHAN" },
              { name: "Kumantan", kind: "DESA" },
            ],
          },
          {
            name: "Kampar",
            desa: [
              { name: "Air Tiris", kind: "KELURAHAN" },
              { name: "Batu Belah", kind: "DESA" },
              { name: "Tanjung Berulak", kind: "DESA" },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Jambi",
    code: "15",
    slug: "jambi",
    kabupaten: [
      {
        name: "Muaro Jambi",
        kind: "KABUPATEN",
        code: "1505",
        kecamatan: [
          {
            name: "Sekernan",
            desa: [
              { name: "Sekernan", kind: "DESA" },
              { name: "Sengeti", kind: "KELURAHAN" },
              { name: "Suak Putat", kind: "DESA" },
            ],
          },
          {
            name: "Kumpeh",
            desa: [
              { name: "Tanjung", kind: "KELURAHAN" },
              { name: "Puding", kind: "DESA" },
              { name: "Pulau Mentaro", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Tanjung Jabung Timur",
        kind: "KABUPATEN",
        code: "1507",
        kecamatan: [
          {
            name: "Muara Sabak Timur",
            desa: [
              { name: "Muara Sabak Ilir", kind: "KELURAHAN" },
              { name: "Muara Sabak Ulu", kind: "KELURAHAN" },
              { name: "Alang-Alang", kind: "DESA" },
            ],
          },
          {
            name: "Nipah Panjang",
            desa: [
              { name: "Nipah Panjang I", kind: "KELURAHAN" },
              { name: "Nipah Panjang II", kind: "KELURAHAN" },
              { name: "Simpang Jelita", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Batanghari",
        kind: "KABUPATEN",
        code: "1504",
        kecamatan: [
          {
            name: "Muara Bulian",
            desa: [
              { name: "Muara Bulian", kind: "KELURAHAN" },
              { name: "Teratai", kind: "KELURAHAN" },
              { name: "Sridadi", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Muara Tembesi",
            desa: [
              { name: "Kampung Baru", kind: "KELURAHAN" },
              { name: "Pasar Muara Tembesi", kind: "KELURAHAN" },
              { name: "Jebak", kind: "DESA" },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Bengkulu",
    code: "17",
    slug: "bengkulu",
    kabupaten: [
      {
        name: "Bengkulu Utara",
        kind: "KABUPATEN",
        code: "1703",
        kecamatan: [
          {
            name: "Kota Arga Makmur",
            desa: [
              { name: "Purwodadi", kind: "KELURAHAN" },
              { name: "Gunung Alam", kind: "KELURAHAN" },
              { name: "Tanjung Raman", kind: "DESA" },
            ],
          },
          {
            name: "Ketahun",
            desa: [
              { name: "Urai", kind: "DESA" },
              { name: "Pasar Ketahun", kind: "DESA" },
              { name: "Giri Kencana", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Seluma",
        kind: "KABUPATEN",
        code: "1705",
        kecamatan: [
          {
            name: "Seluma",
            desa: [
              { name: "Lubuk Kebur", kind: "KELURAHAN" },
              { name: "Pasar Tais", kind: "KELURAHAN" },
              { name: "Lubuk Lintang", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Sukaraja",
            desa: [
              { name: "Sukaraja", kind: "KELURAHAN" },
              { name: "Babatan", kind: "KELURAHAN" },
              { name: "Niur", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Bengkulu",
        kind: "KOTA",
        code: "1771",
        kecamatan: [
          {
            name: "Teluk Segara",
            desa: [
              { name: "Berkas", kind: "KELURAHAN" },
              { name: "Pasar Baru", kind: "KELURAHAN" },
              { name: "Jitra", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Selebar",
            desa: [
              { name: "Pagar Dewa", kind: "KELURAHAN" },
              { name: "Sukarami", kind: "KELURAHAN" },
              { name: "Pekan Sabtu", kind: "KELURAHAN" },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Jawa Barat",
    code: "32",
    slug: "jabar",
    kabupaten: [
      {
        name: "Cianjur",
        kind: "KABUPATEN",
        code: "3203",
        kecamatan: [
          {
            name: "Cianjur",
            desa: [
              { name: "Pamoyanan", kind: "KELURAHAN" },
              { name: "Sawahgede", kind: "KELURAHAN" },
              { name: "Bojongherang", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Cibeber",
            desa: [
              { name: "Cipetir", kind: "DESA" },
              { name: "Cihaur", kind: "DESA" },
              { name: "Cimanggu", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Karawang",
        kind: "KABUPATEN",
        code: "3215",
        kecamatan: [
          {
            name: "Rengasdengklok",
            desa: [
              { name: "Rengasdengklok Selatan", kind: "DESA" },
              { name: "Rengasdengklok Utara", kind: "DESA" },
              { name: "Kertasari", kind: "DESA" },
            ],
          },
          {
            name: "Cilamaya Wetan",
            desa: [
              { name: "Mekarmaya", kind: "DESA" },
              { name: "Cilamaya", kind: "DESA" },
              { name: "Muara", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Sukabumi",
        kind: "KABUPATEN",
        code: "3202",
        kecamatan: [
          {
            name: "Surade",
            desa: [
              { name: "Surade", kind: "KELURAHAN" },
              { name: "Buniwangi", kind: "DESA" },
              { name: "Jagamukti", kind: "DESA" },
            ],
          },
          {
            name: "Ciracap",
            desa: [
              { name: "Ciracap", kind: "DESA" },
              { name: "Ujunggenteng", kind: "DESA" },
              { name: "Pangumbahan", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Cirebon",
        kind: "KABUPATEN",
        code: "3209",
        kecamatan: [
          {
            name: "Sumber",
            desa: [
              { name: "Sumber", kind: "KELURAHAN" },
              { name: "Babakan", kind: "KELURAHAN" },
              { name: "Perbutulan", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Gegesik",
            desa: [
              { name: "Kedungdalem", kind: "DESA" },
              { name: "Panunggul", kind: "DESA" },
              { name: "Gegesik Wetan", kind: "DESA" },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Jawa Tengah",
    code: "33",
    slug: "jateng",
    kabupaten: [
      {
        name: "Brebes",
        kind: "KABUPATEN",
        code: "3329",
        kecamatan: [
          {
            name: "Brebes",
            desa: [
              { name: "Brebes", kind: "KELURAHAN" },
              { name: "Gandasuli", kind: "KELURAHAN" },
              { name: "Limbangan Kulon", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Bulakamba",
            desa: [
              { name: "Bulakamba", kind: "DESA" },
              { name: "Bangsri", kind: "DESA" },
              { name: "Banjaratma", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Pekalongan",
        kind: "KABUPATEN",
        code: "3326",
        kecamatan: [
          {
            name: "Kajen",
            desa: [
              { name: "Kajen", kind: "KELURAHAN" },
              { name: "Tambakroto", kind: "DESA" },
              { name: "Kutorojo", kind: "DESA" },
            ],
          },
          {
            name: "Wiradesa",
            desa: [
              { name: "Wiradesa", kind: "DESA" },
              { name: "Gumawang", kind: "KELURAHAN" },
              { name: "Kepatihan", kind: "KELURAHAN" },
            ],
          },
        ],
      },
      {
        name: "Banyumas",
        kind: "KABUPATEN",
        code: "3302",
        kecamatan: [
          {
            name: "Banyumas",
            desa: [
              { name: "Binangun", kind: "DESA" },
              { name: "Pasinggangan", kind: "DESA" },
              { name: "Kedunggede", kind: "DESA" },
            ],
          },
          {
            name: "Sumbang",
            desa: [
              { name: "Sumbang", kind: "DESA" },
              { name: "Silado", kind: "DESA" },
              { name: "Karangturi", kind: "DESA" },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Jawa Timur",
    code: "35",
    slug: "jatim",
    kabupaten: [
      {
        name: "Bangkalan",
        kind: "KABUPATEN",
        code: "3526",
        kecamatan: [
          {
            name: "Bangkalan",
            desa: [
              { name: "Mlajah", kind: "KELURAHAN" },
              { name: "Kemayoran", kind: "KELURAHAN" },
              { name: "Pangeranan", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Kwanyar",
            desa: [
              { name: "Pesanggrahan", kind: "DESA" },
              { name: "Kwanyar Barat", kind: "DESA" },
              { name: "Ketetang", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Bondowoso",
        kind: "KABUPATEN",
        code: "3511",
        kecamatan: [
          {
            name: "Bondowoso",
            desa: [
              { name: "Nangkaan", kind: "KELURAHAN" },
              { name: "Tamansari", kind: "KELURAHAN" },
              { name: "Kademangan", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Tamanan",
            desa: [
              { name: "Tamanan", kind: "DESA" },
              { name: "Sukosari", kind: "DESA" },
              { name: "Karang Melok", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Lamongan",
        kind: "KABUPATEN",
        code: "3524",
        kecamatan: [
          {
            name: "Lamongan",
            desa: [
              { name: "Sukorejo", kind: "KELURAHAN" },
              { name: "Sukomulyo", kind: "KELURAHAN" },
              { name: "Sidoharjo", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Paciran",
            desa: [
              { name: "Paciran", kind: "DESA" },
              { name: "Blimbing", kind: "KELURAHAN" },
              { name: "Kandangsemangkon", kind: "DESA" },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Banten",
    code: "36",
    slug: "banten",
    kabupaten: [
      {
        name: "Serang",
        kind: "KABUPATEN",
        code: "3604",
        kecamatan: [
          {
            name: "Ciruas",
            desa: [
              { name: "Ciruas", kind: "DESA" },
              { name: "Citerep", kind: "DESA" },
              { name: "Pulo", kind: "DESA" },
            ],
          },
          {
            name: "Pontang",
            desa: [
              { name: "Pontang", kind: "DESA" },
              { name: "Sukanegara", kind: "DESA" },
              { name: "Linduk", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Pandeglang",
        kind: "KABUPATEN",
        code: "3601",
        kecamatan: [
          {
            name: "Pandeglang",
            desa: [
              { name: "Pandeglang", kind: "KELURAHAN" },
              { name: "Kadomas", kind: "KELURAHAN" },
              { name: "Babakan Kalanganyar", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Labuan",
            desa: [
              { name: "Labuan", kind: "DESA" },
              { name: "Rancateureup", kind: "DESA" },
              { name: "Banyubiru", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Lebak",
        kind: "KABUPATEN",
        code: "3602",
        kecamatan: [
          {
            name: "Rangkasbitung",
            desa: [
              { name: "Rangkasbitung Barat", kind: "KELURAHAN" },
              { name: "Cijoro Lebak", kind: "KELURAHAN" },
              { name: "Muara Ciujung Barat", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Malingping",
            desa: [
              { name: "Cilangkahan", kind: "DESA" },
              { name: "Pagelaran", kind: "DESA" },
              { name: "Sukaraja", kind: "DESA" },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Nusa Tenggara Barat",
    code: "52",
    slug: "ntb",
    kabupaten: [
      {
        name: "Lombok Timur",
        kind: "KABUPATEN",
        code: "5203",
        kecamatan: [
          {
            name: "Selong",
            desa: [
              { name: "Selong", kind: "KELURAHAN" },
              { name: "Pancor", kind: "KELURAHAN" },
              { name: "Kelayu Selatan", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Masbagik",
            desa: [
              { name: "Masbagik Selatan", kind: "DESA" },
              { name: "Masbagik Utara", kind: "DESA" },
              { name: "Paokmotong", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Lombok Tengah",
        kind: "KABUPATEN",
        code: "5202",
        kecamatan: [
          {
            name: "Praya",
            desa: [
              { name: "Praya", kind: "KELURAHAN" },
              { name: "Leneng", kind: "KELURAHAN" },
              { name: "Gerunung", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Pujut",
            desa: [
              { name: "Sengkol", kind: "DESA" },
              { name: "Kuta", kind: "DESA" },
              { name: "Rembitan", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Lombok Barat",
        kind: "KABUPATEN",
        code: "5201",
        kecamatan: [
          {
            name: "Gerung",
            desa: [
              { name: "Gerung Utara", kind: "KELURAHAN" },
              { name: "Dasan Geres", kind: "KELURAHAN" },
              { name: "Gerung Selatan", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Narmada",
            desa: [
              { name: "Narmada", kind: "DESA" },
              { name: "Lembuak", kind: "DESA" },
              { name: "Nyur Lembang", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Bima",
        kind: "KABUPATEN",
        code: "5206",
        kecamatan: [
          {
            name: "Woha",
            desa: [
              { name: "Keli", kind: "DESA" },
              { name: "Tenga", kind: "DESA" },
              { name: "Tente", kind: "DESA" },
            ],
          },
          {
            name: "Sape",
            desa: [
              { name: "Sari", kind: "DESA" },
              { name: "Boke", kind: "DESA" },
              { name: "Jia", kind: "DESA" },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Nusa Tenggara Timur",
    code: "53",
    slug: "ntt",
    kabupaten: [
      {
        name: "Flores Timur",
        kind: "KABUPATEN",
        code: "5306",
        kecamatan: [
          {
            name: "Larantuka",
            desa: [
              { name: "Larantuka", kind: "KELURAHAN" },
              { name: "Waibalun", kind: "KELURAHAN" },
              { name: "Lewolere", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Adonara Timur",
            desa: [
              { name: "Waiwerang Kota", kind: "KELURAHAN" },
              { name: "Lamatwelu", kind: "KELURAHAN" },
              { name: "Dawataa", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Sikka",
        kind: "KABUPATEN",
        code: "5307",
        kecamatan: [
          {
            name: "Alok",
            desa: [
              { name: "Madawat", kind: "KELURAHAN" },
              { name: "Nangalimang", kind: "KELURAHAN" },
              { name: "Kabor", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Nita",
            desa: [
              { name: "Nita", kind: "DESA" },
              { name: "Takaplager", kind: "DESA" },
              { name: "Tebuk", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Kupang",
        kind: "KABUPATEN",
        code: "5301",
        kecamatan: [
          {
            name: "Kupang Timur",
            desa: [
              { name: "Babau", kind: "KELURAHAN" },
              { name: "Naibonat", kind: "KELURAHAN" },
              { name: "Oesao", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Amarasi",
            desa: [
              { name: "Nonbes", kind: "KELURAHAN" },
              { name: "Oesena", kind: "DESA" },
              { name: "Ponain", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Timor Tengah Selatan",
        kind: "KABUPATEN",
        code: "5302",
        kecamatan: [
          {
            name: "Kota Soe",
            desa: [
              { name: "Cendana", kind: "KELURAHAN" },
              { name: "Oebesa", kind: "KELURAHAN" },
              { name: "Nunumeu", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Mollo Utara",
            desa: [
              { name: "Bosen", kind: "DESA" },
              { name: "Netpala", kind: "DESA" },
              { name: "Ajaobaki", kind: "DESA" },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Kalimantan Barat",
    code: "61",
    slug: "kalbar",
    kabupaten: [
      {
        name: "Kubu Raya",
        kind: "KABUPATEN",
        code: "6112",
        kecamatan: [
          {
            name: "Sungai Raya",
            desa: [
              { name: "Sungai Raya", kind: "DESA" },
              { name: "Sungai Ambangah", kind: "DESA" },
              { name: "Arang Limbung", kind: "DESA" },
            ],
          },
          {
            name: "Sungai Kakap",
            desa: [
              { name: "Sungai Kakap", kind: "DESA" },
              { name: "Sungai Itik", kind: "DESA" },
              { name: "Jeruju Besar", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Sanggau",
        kind: "KABUPATEN",
        code: "6103",
        kecamatan: [
          {
            name: "Kapuas",
            desa: [
              { name: "Tanjung Kapuas", kind: "KELURAHAN" },
              { name: "Tanjung Sekayam", kind: "KELURAHAN" },
              { name: "Sungai Sengkuang", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Tayan Hilir",
            desa: [
              { name: "Pulau Tayan Utara", kind: "DESA" },
              { name: "Kawat", kind: "DESA" },
              { name: "Pedalaman", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Sambas",
        kind: "KABUPATEN",
        code: "6101",
        kecamatan: [
          {
            name: "Sambas",
            desa: [
              { name: "Dalam Kaum", kind: "DESA" },
              { name: "Lubuk Dagang", kind: "DESA" },
              { name: "Tanjung Bugis", kind: "DESA" },
            ],
          },
          {
            name: "Pemangkat",
            desa: [
              { name: "Pemangkat Kota", kind: "DESA" },
              { name: "Harapan", kind: "DESA" },
              { name: "Penjajap", kind: "DESA" },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Kalimantan Timur",
    code: "64",
    slug: "kaltim",
    kabupaten: [
      {
        name: "Kutai Kartanegara",
        kind: "KABUPATEN",
        code: "6402",
        kecamatan: [
          {
            name: "Tenggarong",
            desa: [
              { name: "Melayu", kind: "KELURAHAN" },
              { name: "Timbau", kind: "KELURAHAN" },
              { name: "Loa Ipuh", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Loa Kulu",
            desa: [
              { name: "Loa Kulu Kota", kind: "DESA" },
              { name: "Sungai Payang", kind: "DESA" },
              { name: "Jembayan", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Paser",
        kind: "KABUPATEN",
        code: "6401",
        kecamatan: [
          {
            name: "Tanah Grogot",
            desa: [
              { name: "Tanah Grogot", kind: "KELURAHAN" },
              { name: "Janju", kind: "DESA" },
              { name: "Tepian Batang", kind: "DESA" },
            ],
          },
          {
            name: "Long Ikis",
            desa: [
              { name: "Long Ikis", kind: "KELURAHAN" },
              { name: "Muara Adang", kind: "DESA" },
              { name: "Teluk Waru", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Samarinda",
        kind: "KOTA",
        code: "6472",
        kecamatan: [
          {
            name: "Samarinda Seberang",
            desa: [
              { name: "Sungai Keledang", kind: "KELURAHAN" },
              { name: "Baqa", kind: "KELURAHAN" },
              { name: "Mesjid", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Palaran",
            desa: [
              { name: "Rawa Makmur", kind: "KELURAHAN" },
              { name: "Handil Bakti", kind: "KELURAHAN" },
              { name: "Bukuan", kind: "KELURAHAN" },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Sulawesi Utara",
    code: "71",
    slug: "sulut",
    kabupaten: [
      {
        name: "Minahasa",
        kind: "KABUPATEN",
        code: "7102",
        kecamatan: [
          {
            name: "Tondano Barat",
            desa: [
              { name: "Masarang", kind: "KELURAHAN" },
              { name: "Rinegetan", kind: "KELURAHAN" },
              { name: "Roong", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Langowan Timur",
            desa: [
              { name: "Wolaang", kind: "DESA" },
              { name: "Teep", kind: "DESA" },
              { name: "Karondoran", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Minahasa Utara",
        kind: "KABUPATEN",
        code: "7106",
        kecamatan: [
          {
            name: "Airmadidi",
            desa: [
              { name: "Airmadidi Bawah", kind: "KELURAHAN" },
              { name: "Rap-Rap", kind: "KELURAHAN" },
              { name: "Saronsong I", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Kema",
            desa: [
              { name: "Makalisung", kind: "DESA" },
              { name: "Waleo", kind: "DESA" },
              { name: "Lilang", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Bitung",
        kind: "KOTA",
        code: "7172",
        kecamatan: [
          {
            name: "Madidir",
            desa: [
              { name: "Wangurer Barat", kind: "KELURAHAN" },
              { name: "Paceda", kind: "KELURAHAN" },
              { name: "Madidir Ure", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Girian",
            desa: [
              { name: "Girian Atas", kind: "KELURAHAN" },
              { name: "Girian Weru Satu", kind: "KELURAHAN" },
              { name: "Girian Bawah", kind: "KELURAHAN" },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Sulawesi Tengah",
    code: "72",
    slug: "sulteng",
    kabupaten: [
      {
        name: "Donggala",
        kind: "KABUPATEN",
        code: "7203",
        kecamatan: [
          {
            name: "Banawa",
            desa: [
              { name: "Ganti", kind: "KELURAHAN" },
              { name: "Kabonga Besar", kind: "KELURAHAN" },
              { name: "Kabonga Kecil", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Sindue",
            desa: [
              { name: "Dalaka", kind: "DESA" },
              { name: "Lero", kind: "DESA" },
              { name: "Taripa", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Sigi",
        kind: "KABUPATEN",
        code: "7210",
        kecamatan: [
          {
            name: "Sigi Biromaru",
            desa: [
              { name: "Sidondo II", kind: "DESA" },
              { name: "Sidondo I", kind: "DESA" },
              { name: "Bora", kind: "DESA" },
            ],
          },
          {
            name: "Dolo",
            desa: [
              { name: "Tulo", kind: "DESA" },
              { name: "Langaleso", kind: "DESA" },
              { name: "Watubula", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Parigi Moutong",
        kind: "KABUPATEN",
        code: "7208",
        kecamatan: [
          {
            name: "Parigi",
            desa: [
              { name: "Masigi", kind: "KELURAHAN" },
              { name: "Maesa", kind: "KELURAHAN" },
              { name: "Loji", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Sausu",
            desa: [
              { name: "Sausu Peore", kind: "DESA" },
              { name: "Maleali", kind: "DESA" },
              { name: "Sausu Trans", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Palu",
        kind: "KOTA",
        code: "7271",
        kecamatan: [
          {
            name: "Palu Barat",
            desa: [
              { name: "Ujuna", kind: "KELURAHAN" },
              { name: "Balaroa", kind: "KELURAHAN" },
              { name: "Kamonji", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Tawaeli",
            desa: [
              { name: "Pantoloan", kind: "KELURAHAN" },
              { name: "Pantoloan Boya", kind: "KELURAHAN" },
              { name: "Baiya", kind: "KELURAHAN" },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Sulawesi Selatan",
    code: "73",
    slug: "sulsel",
    kabupaten: [
      {
        name: "Bone",
        kind: "KABUPATEN",
        code: "7308",
        kecamatan: [
          {
            name: "Tanete Riattang",
            desa: [
              { name: "Biru", kind: "KELURAHAN" },
              { name: "Ta", kind: "KELURAHAN" },
              { name: "Watampone", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Cenrana",
            desa: [
              { name: "Cenrana", kind: "KELURAHAN" },
              { name: "Pacubbe", kind: "DESA" },
              { name: "Panyiwi", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Bulukumba",
        kind: "KABUPATEN",
        code: "7302",
        kecamatan: [
          {
            name: "Ujung Bulu",
            desa: [
              { name: "Tanah Kongkong", kind: "KELURAHAN" },
              { name: "Bentengnge", kind: "KELURAHAN" },
              { name: "Terang Terang", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Kajang",
            desa: [
              { name: "Tanah Jaya", kind: "KELURAHAN" },
              { name: "Laikang", kind: "KELURAHAN" },
              { name: "Tambangan", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Jeneponto",
        kind: "KABUPATEN",
        code: "7304",
        kecamatan: [
          {
            name: "Binamu",
            desa: [
              { name: "Pabiringa", kind: "KELURAHAN" },
              { name: "Balang", kind: "KELURAHAN" },
              { name: "Empoang", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Bangkala",
            desa: [
              { name: "Benteng", kind: "KELURAHAN" },
              { name: "Pallengu", kind: "KELURAHAN" },
              { name: "Pantai Bahari", kind: "KELURAHAN" },
            ],
          },
        ],
      },
      {
        name: "Makassar",
        kind: "KOTA",
        code: "7371",
        kecamatan: [
          {
            name: "Tallo",
            desa: [
              { name: "Tallo", kind: "KELURAHAN" },
              { name: "Pannampu", kind: "KELURAHAN" },
              { name: "Kalukuang", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Tamalate",
            desa: [
              { name: "Barombong", kind: "KELURAHAN" },
              { name: "Maccini Sombala", kind: "KELURAHAN" },
              { name: "Jongaya", kind: "KELURAHAN" },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Sulawesi Tenggara",
    code: "74",
    slug: "sultra",
    kabupaten: [
      {
        name: "Buton",
        kind: "KABUPATEN",
        code: "7404",
        kecamatan: [
          {
            name: "Pasarwajo",
            desa: [
              { name: "Pasarwajo", kind: "KELURAHAN" },
              { name: "Wakoko", kind: "KELURAHAN" },
              { name: "Wasaga", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Lasalimu",
            desa: [
              { name: "Kamaru", kind: "KELURAHAN" },
              { name: "Kakenauwe", kind: "DESA" },
              { name: "Waoleona", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Muna",
        kind: "KABUPATEN",
        code: "7403",
        kecamatan: [
          {
            name: "Katobu",
            desa: [
              { name: "Watonea", kind: "KELURAHAN" },
              { name: "Raha III", kind: "KELURAHAN" },
              { name: "Wamponiki", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Tongkuno",
            desa: [
              { name: "Danagoa", kind: "KELURAHAN" },
              { name: "Kontumolepe", kind: "KELURAHAN" },
              { name: "Tombula", kind: "KELURAHAN" },
            ],
          },
        ],
      },
      {
        name: "Kolaka",
        kind: "KABUPATEN",
        code: "7401",
        kecamatan: [
          {
            name: "Kolaka",
            desa: [
              { name: "Lamokato", kind: "KELURAHAN" },
              { name: "Watuliandu", kind: "KELURAHAN" },
              { name: "Balandete", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Pomalaa",
            desa: [
              { name: "Pomalaa", kind: "KELURAHAN" },
              { name: "Dawi-Dawi", kind: "KELURAHAN" },
              { name: "Tonggoni", kind: "KELURAHAN" },
            ],
          },
        ],
      },
      {
        name: "Kendari",
        kind: "KOTA",
        code: "7471",
        kecamatan: [
          {
            name: "Mandonga",
            desa: [
              { name: "Mandonga", kind: "KELURAHAN" },
              { name: "Korumba", kind: "KELURAHAN" },
              { name: "Labibia", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Abeli",
            desa: [
              { name: "Abeli", kind: "KELURAHAN" },
              { name: "Puday", kind: "KELURAHAN" },
              { name: "Lapulu", kind: "KELURAHAN" },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Maluku",
    code: "81",
    slug: "maluku",
    kabupaten: [
      {
        name: "Maluku Tengah",
        kind: "KABUPATEN",
        code: "8101",
        kecamatan: [
          {
            name: "Kota Masohi",
            desa: [
              { name: "Namaelo", kind: "KELURAHAN" },
              { name: "Namasina", kind: "KELURAHAN" },
              { name: "Ampera", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Leihitu",
            desa: [
              { name: "Asilulu", kind: "DESA" },
              { name: "Ureng", kind: "DESA" },
              { name: "Negeri Lima", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Seram Bagian Barat",
        kind: "KABUPATEN",
        code: "8106",
        kecamatan: [
          {
            name: "Kairatu",
            desa: [
              { name: "Kairatu", kind: "DESA" },
              { name: "Kamarian", kind: "DESA" },
              { name: "Seruawan", kind: "DESA" },
            ],
          },
          {
            name: "Taniwel",
            desa: [
              { name: "Taniwel", kind: "DESA" },
              { name: "Murnaten", kind: "DESA" },
              { name: "Nikulukan", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Ambon",
        kind: "KOTA",
        code: "8171",
        kecamatan: [
          {
            name: "Sirimau",
            desa: [
              { name: "Pandan Kasturi", kind: "KELURAHAN" },
              { name: "Rijali", kind: "KELURAHAN" },
              { name: "Amantelu", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Nusaniwe",
            desa: [
              { name: "Nusaniwe", kind: "KELURAHAN" },
              { name: "Wainitu", kind: "KELURAHAN" },
              { name: "Benteng", kind: "KELURAHAN" },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Maluku Utara",
    code: "82",
    slug: "malut",
    kabupaten: [
      {
        name: "Halmahera Barat",
        kind: "KABUPATEN",
        code: "8201",
        kecamatan: [
          {
            name: "Jailolo",
            desa: [
              { name: "Gufasa", kind: "DESA" },
              { name: "Guaimaadu", kind: "DESA" },
              { name: "Jalan Baru", kind: "DESA" },
            ],
          },
          {
            name: "Sahu",
            desa: [
              { name: "Susupu", kind: "DESA" },
              { name: "Lako Akelamo", kind: "DESA" },
              { name: "Taruba", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Halmahera Selatan",
        kind: "KABUPATEN",
        code: "8204",
        kecamatan: [
          {
            name: "Bacan",
            desa: [
              { name: "Labuha", kind: "DESA" },
              { name: "Amasing Kota", kind: "DESA" },
              { name: "Amasing Kali", kind: "DESA" },
            ],
          },
          {
            name: "Obi",
            desa: [
              { name: "Laiwui", kind: "DESA" },
              { name: "Kawasi", kind: "DESA" },
              { name: "Jikotamo", kind: "DESA" },
            ],
          },
        ],
      },
      {
        name: "Ternate",
        kind: "KOTA",
        code: "8271",
        kecamatan: [
          {
            name: "Kota Ternate Tengah",
            desa: [
              { name: "Takoma", kind: "KELURAHAN" },
              { name: "Tanah Raja", kind: "KELURAHAN" },
              { name: "Muhajirin", kind: "KELURAHAN" },
            ],
          },
          {
            name: "Pulau Hiri",
            desa: [
              { name: "Faudu", kind: "KELURAHAN" },
              { name: "Tomajiko", kind: "KELURAHAN" },
              { name: "Dorari Isa", kind: "KELURAHAN" },
            ],
          },
        ],
      },
    ],
  },
];

export const WOMEN_GIVEN_NAMES: string[] = [
  // Javanese
  "Siti",
  "Sri",
  "Nurhayati",
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
  // Sundanese
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
  // Acehnese and Malay
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
  "Dayang Aminah",
  "Rohani",
  // Sasak
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
  // Bugis, Makassar, Buton, Muna
  "Andi Ratna",
  "Hasnah",
  "Jumriah",
  "Rahmatia",
  "Syamsiah",
  "Sitti Aisyah",
  "Besse",
  "Hadrah",
  "Nurhaedah",
  "Salmiah",
  "Wa Ode Hasnia",
  "Wa Ode Sitti",
  "Wa Ina",
  "Sitti Marwah",
  // Batak and Minang
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
  "Yusnimar",
  "Rosnelly",
  "Desmawati",
  "Yulinar",
  "Asnidar",
  "Nurmaini",
  "Zuraida",
  "Erni",
  // Catholic and Protestant names (NTT, Maluku, Sulawesi Utara)
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
  "Sesilia",
  "Anastasia",
  "Ester",
  "Naomi",
  "Meiske",
  "Deisy",
  "Femmy",
  "Jeane",
  "Vonny",
  "Sarlota",
  // Balinese (transmigrant communities in Sulawesi and NTB)
  "Ni Wayan Sumerti",
  "Ni Made Sukerni",
  "Ni Nyoman Sriasih",
  "Ni Ketut Suarni",
  // Common across regions
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
];

export const FAMILY_OR_SECOND_NAMES: string[] = [
  // Javanese, Sundanese and general Indonesian second names
  "Rahmawati",
  "Lestari",
  "Handayani",
  "Wulandari",
  "Fitriani",
  "Ningsih",
  "Sulastri",
  "Hasanah",
  "Purwanti",
  "Susanti",
  "Wahyuni",
  "Rahayu",
  "Puspitasari",
  "Kurniasih",
  "Setyowati",
  "Hartati",
  "Suharti",
  "Sugiarti",
  "Kusumawati",
  "Safitri",
  "Anggraini",
  "Maharani",
  "Permatasari",
  "Yulianti",
  "Astuti",
  "Hidayati",
  "Nurhidayah",
  "Kartika",
  "Marlina",
  "Herawati",
  "Juwita",
  "Ramadhani",
  "Wijayanti",
  "Haryati",
  "Indrawati",
  "Setiawati",
  "Utami",
  "Pratiwi",
  "Damayanti",
  "Sari",
  "Fauziah",
  "Hamidah",
  "Nurhasanah",
  "Sulistyowati",
  "Mardiana",
  // Batak and Mandailing clan names
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
  // Minang suku
  "Chaniago",
  "Piliang",
  // Bugis-Makassar title used as second name
  "Daeng",
  // Maluku
  "Latupeirissa",
  "Tuhumury",
  "Pattiasina",
  "Sahetapy",
  "Leiwakabessy",
  // Minahasa
  "Sumampouw",
  "Wenas",
  "Rondonuwu",
  "Mandagi",
  "Lumentut",
  "Pangemanan",
  // NTT (Flores, Timor, Rote)
  "Koten",
  "Maran",
  "Tukan",
  "Kelen",
  "Hayon",
  "Parera",
  "da Costa",
  "Manafe",
  "Ndun",
  "Messakh",
  "Nitbani",
  "Tefa",
];

export const ORGANISATION_NAMES_FOR_REFERRALS: string[] = [
  "P2TP2A Kabupaten",
  "UPTD PPA Kabupaten",
  "UPTD PPA Provinsi",
  "DP3A Kabupaten (Dinas Pemberdayaan Perempuan dan Perlindungan Anak)",
  "Dinas Sosial Kabupaten",
  "Disdukcapil Kabupaten",
  "Dinas Kesehatan Kabupaten",
  "Puskesmas Kecamatan",
  "RSUD Kabupaten",
  "BPJS Kesehatan Kantor Cabang",
  "BPJS Ketenagakerjaan Kantor Cabang",
  "Pengadilan Agama",
  "Pengadilan Negeri",
  "Posbakum Pengadilan Agama",
  "Kantor Urusan Agama (KUA) Kecamatan",
  "Polres (Unit PPA)",
  "Polsek",
  "Kejaksaan Negeri",
  "LBH APIK",
  "Lembaga Bantuan Hukum (LBH)",
  "Women's Crisis Center",
  "Komnas Perempuan",
  "SAPA 129 KemenPPPA",
  "Pendamping PKH Kecamatan",
  "TKSK Kecamatan",
  "Baznas Kabupaten",
  "Dinas Koperasi dan UKM Kabupaten",
  "Dinas Tenaga Kerja Kabupaten",
  "Balai Latihan Kerja (BLK)",
  "Dinas Pendidikan Kabupaten",
  "Kantor Desa",
  "Kantor Kecamatan",
];
