// The official list of areas (Kemendagri codes) from the idn-area-data package
// (code MIT, data ODbL; credited in README.md). Read from its CSV files rather
// than its loader, which needs Node 22. Codes are stored without dots.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseCsv } from "./csv";

export type SourceProvince = { code: string; name: string };
export type SourceKabupaten = { code: string; provinceCode: string; name: string; kind: "KABUPATEN" | "KOTA" };
export type SourceKecamatan = { code: string; kabupatenCode: string; name: string };
export type SourceDesa = { code: string; kecamatanCode: string; name: string; kind: "DESA" | "KELURAHAN" };
export type OfficialAreas = {
  provinces: SourceProvince[];
  kabupaten: SourceKabupaten[];
  kecamatan: SourceKecamatan[];
  desa: SourceDesa[];
};

function dataDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("idn-area-data/package.json")), "data");
}

const undot = (code: string) => code.replaceAll(".", "");

function read(file: string): Record<string, string>[] {
  return parseCsv(readFileSync(path.join(dataDir(), file), "utf8"));
}

/** The package's version, for the load report. */
export function sourceVersion(): string {
  const require = createRequire(import.meta.url);
  return (require("idn-area-data/package.json") as { version: string }).version;
}

/**
 * Areas of the given provinces (two-digit codes), or of all when `provinces` is "all".
 * Regency names come as "Kabupaten X" / "Kota X"; the app stores "X" and the kind.
 * A village code's seventh digit is 1 for a kelurahan, 2 for a desa (3: desa adat in Papua).
 */
export function readOfficialAreas(provinces: readonly string[] | "all"): OfficialAreas {
  const wanted = (code: string) => provinces === "all" || provinces.includes(code.slice(0, 2));
  return {
    provinces: read("provinces.csv")
      .filter((r) => wanted(r.code!))
      .map((r) => ({ code: r.code!, name: r.name! })),
    kabupaten: read("regencies.csv")
      .filter((r) => wanted(r.code!))
      .map((r) => {
        const kota = r.name!.startsWith("Kota ");
        return {
          code: undot(r.code!),
          provinceCode: r.province_code!,
          name: r.name!.replace(/^(Kabupaten|Kota) /, ""),
          kind: kota ? "KOTA" : "KABUPATEN",
        };
      }),
    kecamatan: read("districts.csv")
      .filter((r) => wanted(r.code!))
      .map((r) => ({ code: undot(r.code!), kabupatenCode: undot(r.regency_code!), name: r.name! })),
    desa: read("villages.csv")
      .filter((r) => wanted(r.code!))
      .map((r) => {
        const code = undot(r.code!);
        return { code, kecamatanCode: undot(r.district_code!), name: r.name!, kind: code[6] === "1" ? "KELURAHAN" : "DESA" };
      }),
  };
}
