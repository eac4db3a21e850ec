// The seed's areas are official ones: their Kemendagri codes come from the
// official list (lib/geo/source.ts) by name, so wilayah.ts keeps only names.
// A name that is not in the list (or is ambiguous) stops the seed.
import { readOfficialAreas } from "@/lib/geo/source";

const key = (...parts: string[]) => parts.map((p) => p.trim().toLowerCase()).join("|");

export function officialCodes(provinceCodes: string[]) {
  const src = readOfficialAreas(provinceCodes);
  const kec = new Map<string, string[]>();
  const desa = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, k: string, code: string) => m.set(k, [...(m.get(k) ?? []), code]);
  for (const k of src.kecamatan) add(kec, key(k.kabupatenCode, k.name), k.code);
  // Kind too: Oesao (Kupang Timur) and Nusaniwe (Ambon) are each a desa and a kelurahan.
  for (const d of src.desa) add(desa, key(d.kecamatanCode, d.name, d.kind), d.code);
  const one = (m: Map<string, string[]>, k: string, what: string) => {
    const found = m.get(k) ?? [];
    if (found.length !== 1) throw new Error(`seed: ${what} "${k}" has ${found.length} matches in the official list`);
    return found[0]!;
  };
  return {
    kecamatan: (kabupatenCode: string, name: string) => one(kec, key(kabupatenCode, name), "kecamatan"),
    desa: (kecamatanCode: string, name: string, kind: "DESA" | "KELURAHAN") => one(desa, key(kecamatanCode, name, kind), "desa"),
  };
}
