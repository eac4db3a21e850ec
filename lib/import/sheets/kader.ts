// The kader sheet: its columns (the template's Indonesian headers, English and
// short aliases accepted) and how a row becomes a KaderInput: cells typed by
// the sheet, desa and serikat found by an AreaResolver (the user's scope, from
// lib/data/imports/lookup.ts), then the form's own zod schema.
import type { CellError, CheckedRow } from "@/lib/data/imports/types";
import { kaderInput, type KaderInput } from "@/lib/validation/kader";
import { toFieldErrors } from "@/lib/validation/field-errors";
import enEnums from "@/messages/en/enums.json";
import idEnums from "@/messages/id/enums.json";
import { KaderPosition } from "@/lib/generated/prisma/enums";
import { defineSheet, type BoundSheet, type ReadRow, type SheetValues } from "../sheet";

const positions = Object.values(KaderPosition).map((p) => ({ value: p, labels: [idEnums.position[p], enEnums.position[p]] }));

export const kaderSheet = defineSheet({
  columns: [
    {
      key: "fullName",
      header: "Nama lengkap",
      aliases: ["Nama", "Nama kader", "Full name", "Name"],
      required: true,
      type: "text",
      maxLength: 120,
      example: "Siti Aminah",
    },
    {
      key: "position",
      header: "Jabatan",
      aliases: ["Posisi", "Position"],
      required: true,
      type: "choice",
      choices: positions,
      example: "Kader",
    },
    { key: "phone", header: "No. HP", aliases: ["Nomor HP", "HP", "No HP/WA", "Telepon", "Phone"], type: "phone", example: "081234567890" },
    { key: "birthYear", header: "Tahun lahir", aliases: ["Birth year"], type: "year", example: "1980" },
    { key: "joinedYear", header: "Tahun bergabung", aliases: ["Tahun masuk", "Joined year", "Joined"], type: "year", example: "2015" },
    { key: "serikat", header: "Serikat", aliases: ["Nama serikat", "Union"], required: true, type: "text", example: "" },
    {
      key: "desaCode",
      header: "Kode desa",
      aliases: ["Kode desa/kelurahan", "Kode wilayah", "Village code"],
      type: "areaCode",
      example: "",
    },
    { key: "desa", header: "Desa", aliases: ["Desa/Kelurahan", "Nama desa", "Kelurahan", "Village"], type: "text", example: "" },
    { key: "kecamatan", header: "Kecamatan", aliases: ["District", "Subdistrict"], type: "text", example: "" },
    { key: "kabupaten", header: "Kabupaten", aliases: ["Kabupaten/Kota", "Kota", "Regency"], type: "text", example: "" },
  ],
  anyOf: [["desaCode", "desa"]],
});

export type KaderSheet = typeof kaderSheet.spec.columns;
export type KaderCells = SheetValues<KaderSheet>;
type Column = KaderSheet[number]["key"];

/** What a row says about where the kader is: a desa code, or names. */
export type AreaQuery = { desaCode?: string; desa?: string; kecamatan?: string; kabupaten?: string };

/** A failed lookup names the column it blames and why. */
export type Found<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      column: "desaCode" | "desa" | "kecamatan" | "kabupaten" | "serikat";
      key: string;
      values?: Record<string, string | number>;
    };

/** Finds desa and serikat within the user's scope (lib/data/imports/lookup.ts). */
export type AreaResolver = {
  desa(q: AreaQuery): Found<{ desaId: number; kabupatenId: number }>;
  serikat(kabupatenId: number, name: string): Found<number>;
};

export const areaQuery = (v: KaderCells): AreaQuery => ({
  desaCode: v.desaCode,
  desa: v.desa,
  kecamatan: v.kecamatan,
  kabupaten: v.kabupaten,
});

/** zod fields → the columns they are read from. */
const COLUMN_OF: Record<string, Column> = {
  fullName: "fullName",
  position: "position",
  phone: "phone",
  birthYear: "birthYear",
  joinedYear: "joinedYear",
  serikatId: "serikat",
  desaId: "desaCode",
};

/** One row of the sheet as the engine takes it: the KaderInput, or every reason it is wrong. */
export function checkKaderRow(
  bound: BoundSheet<KaderSheet>,
  row: ReadRow,
  cells: { values: KaderCells; errors: CellError[] },
  areas: AreaResolver,
): CheckedRow<KaderInput> {
  const errors = [...cells.errors];
  const v = cells.values;
  let desaId: number | undefined;
  let serikatId: number | undefined;
  const failed = new Set(errors.map((e) => e.column));
  if (!failed.has(bound.column("desaCode")) && !failed.has(bound.column("desa"))) {
    if (v.desaCode === undefined && v.desa === undefined)
      errors.push(bound.error(row, bound.has("desaCode") ? "desaCode" : "desa", "import.cell.required"));
    else {
      const d = areas.desa(areaQuery(v));
      if (d.ok) {
        desaId = d.value.desaId;
        if (v.serikat !== undefined) {
          const s = areas.serikat(d.value.kabupatenId, v.serikat);
          if (s.ok) serikatId = s.value;
          else errors.push(bound.error(row, s.column as Column, s.key, s.values));
        }
      } else errors.push(bound.error(row, d.column as Column, d.key, d.values));
    }
  }
  if (errors.length) return { rowNumber: row.rowNumber, errors };
  const parsed = kaderInput.safeParse({
    fullName: v.fullName,
    position: v.position,
    phone: v.phone,
    birthYear: v.birthYear,
    joinedYear: v.joinedYear,
    serikatId,
    desaId,
  });
  if (!parsed.success) {
    const columnOf = { ...COLUMN_OF, desaId: bound.has("desaCode") && v.desaCode !== undefined ? "desaCode" : "desa" } as Record<
      string,
      Column
    >;
    return { rowNumber: row.rowNumber, errors: bound.fromFieldErrors(row, toFieldErrors(parsed.error), columnOf) };
  }
  return { rowNumber: row.rowNumber, value: parsed.data };
}
