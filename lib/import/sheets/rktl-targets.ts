// The RKTL targets sheet: one row per target of a plan, as the target form
// asks for it (activity, kind, quantity and unit, kabupaten, person
// responsible, month), checked by the form's own zod schema. The kabupaten is
// found by a KabupatenFinder (the user's scope, lib/data/imports/lookup.ts);
// whether it and the month fit the plan is the plan's rule (targetFits), which
// the adapter applies.
import type { CheckedRow } from "@/lib/data/imports/types";
import { targetInput, type TargetInput } from "@/lib/validation/rktl";
import { toFieldErrors } from "@/lib/validation/field-errors";
import enRktl from "@/messages/en/rktl.json";
import idRktl from "@/messages/id/rktl.json";
import { RktlTargetKind } from "@/lib/generated/prisma/enums";
import { defineSheet, type CheckedCells, type ReadRow, type SheetValues, type BoundSheet } from "../sheet";

const kinds = Object.values(RktlTargetKind).map((k) => ({ value: k, labels: [idRktl.kind[k], enRktl.kind[k]] }));

export const rktlTargetsSheet = defineSheet({
  columns: [
    {
      key: "activity",
      header: "Kegiatan",
      aliases: ["Nama kegiatan", "Rencana kegiatan", "Activity"],
      required: true,
      type: "text",
      maxLength: 200,
      example: "Menyelenggarakan KLIK PEKKA di desa dampingan",
    },
    {
      key: "kind",
      header: "Jenis kegiatan",
      aliases: ["Jenis", "Kind", "Type"],
      required: true,
      type: "choice",
      choices: kinds,
      example: "",
    },
    { key: "quantity", header: "Jumlah target", aliases: ["Jumlah", "Target", "Quantity"], required: true, type: "integer", example: "4" },
    { key: "unit", header: "Satuan", aliases: ["Unit"], required: true, type: "text", maxLength: 40, example: "sesi" },
    { key: "kabupaten", header: "Kabupaten", aliases: ["Kabupaten/Kota", "Kota", "Regency"], required: true, type: "text", example: "" },
    {
      key: "responsible",
      header: "Penanggung jawab",
      aliases: ["PJ", "Penanggungjawab", "Responsible"],
      required: true,
      type: "text",
      maxLength: 120,
      example: "",
    },
    {
      key: "month",
      header: "Bulan",
      aliases: ["Bulan pelaksanaan", "Bulan rencana", "Month", "Planned month"],
      required: true,
      type: "month",
      example: "",
    },
  ],
});

type Sheet = typeof rktlTargetsSheet.spec.columns;
type Column = Sheet[number]["key"];
export type RktlTargetCells = SheetValues<Sheet>;

/** Finds the kabupaten a cell names within the user's scope. */
export type KabupatenFinder = (
  text: string,
) => { ok: true; value: { id: number } } | { ok: false; key: string; values?: Record<string, string | number> };

const COLUMN_OF: Record<string, Column> = {
  activity: "activity",
  kind: "kind",
  quantity: "quantity",
  unit: "unit",
  kabupatenId: "kabupaten",
  responsible: "responsible",
  plannedMonth: "month",
};

/** One row as the engine takes it: the TargetInput, or every reason it is wrong. */
export function checkTargetRow(
  bound: BoundSheet<Sheet>,
  row: ReadRow,
  cells: CheckedCells<Sheet>,
  findKabupaten: KabupatenFinder,
): CheckedRow<TargetInput> {
  const errors = [...cells.errors];
  const v = cells.values;
  let kabupatenId: number | undefined;
  if (v.kabupaten !== undefined) {
    const k = findKabupaten(v.kabupaten);
    if (k.ok) kabupatenId = k.value.id;
    else errors.push(bound.error(row, "kabupaten", k.key, k.values));
  }
  if (errors.length) return { rowNumber: row.rowNumber, errors };
  const parsed = targetInput.safeParse({
    activity: v.activity,
    kind: v.kind,
    quantity: v.quantity,
    unit: v.unit,
    kabupatenId,
    responsible: v.responsible,
    plannedMonth: v.month,
  });
  if (!parsed.success) return { rowNumber: row.rowNumber, errors: bound.fromFieldErrors(row, toFieldErrors(parsed.error), COLUMN_OF) };
  return { rowNumber: row.rowNumber, value: parsed.data };
}
