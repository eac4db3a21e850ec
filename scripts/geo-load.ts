// npm run geo:load [-- --provinces 11,52 | --all]
// Loads the official kabupaten/kota, kecamatan and desa/kelurahan (idn-area-data)
// for the given provinces; without options, for the provinces already in the
// database (the program's). Safe to run again: see lib/geo/load.ts.
import { createPrismaClient } from "@/lib/db/client";
import { loadGeography, type GeoLoadReport } from "@/lib/data/geo-load";
import { sourceVersion } from "@/lib/geo/source";

const HELP = `usage: npm run geo:load [-- --provinces 11,52 | --all]
  --provinces  two-digit Kemendagri province codes, comma-separated
  --all        every province of the official list
  (none)       the provinces already in the database`;

export function parseGeoArgs(argv: string[]): { provinces: string[] | "all" | "database" } | { error: string } {
  if (argv.length === 0) return { provinces: "database" };
  if (argv.length === 1 && argv[0] === "--all") return { provinces: "all" };
  const value = argv[0] === "--provinces" ? argv[1] : argv[0]?.startsWith("--provinces=") ? argv[0].slice(12) : undefined;
  if (value === undefined || argv.length > (argv[0] === "--provinces" ? 2 : 1)) return { error: HELP };
  const codes = value
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);
  if (codes.length === 0 || codes.some((c) => !/^\d{2}$/.test(c))) return { error: `province codes are two digits: ${value}\n${HELP}` };
  return { provinces: [...new Set(codes)] };
}

function describe(r: GeoLoadReport): string {
  const line = (label: string, c: GeoLoadReport["desa"]) =>
    `  ${label.padEnd(10)} ${c.created} baru, ${c.updated} diperbarui, ${c.unchanged} tetap, ${c.deleted} dihapus`;
  const lines = [line("provinsi", r.provinces), line("kabupaten", r.kabupaten), line("kecamatan", r.kecamatan), line("desa", r.desa)];
  if (r.kept.length > 0) {
    lines.push(`  ${r.kept.length} wilayah tidak ada lagi di daftar resmi tetapi masih dipakai data, jadi tidak dihapus:`);
    for (const k of r.kept) lines.push(`    ${k.level} #${k.id} ${k.code ?? "(tanpa kode)"} ${k.name}: ${k.references} data terkait`);
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const args = parseGeoArgs(process.argv.slice(2));
  if ("error" in args) {
    console.error(args.error);
    process.exit(2);
  }
  const prisma = createPrismaClient();
  try {
    const provinces =
      args.provinces === "database"
        ? (await prisma.province.findMany({ select: { code: true }, orderBy: { code: "asc" } })).map((p) => p.code)
        : args.provinces;
    if (provinces !== "all" && provinces.length === 0) {
      console.error(`no provinces in the database yet; name them.\n${HELP}`);
      process.exit(2);
    }
    const started = performance.now();
    const report = await loadGeography(prisma, provinces);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Wilayah resmi (idn-area-data ${sourceVersion()}) dimuat dalam ${seconds} s:\n${describe(report)}`);
  } finally {
    await prisma.$disconnect();
  }
}

if (process.argv[1]?.endsWith("geo-load.ts")) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
