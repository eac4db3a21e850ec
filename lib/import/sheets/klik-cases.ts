// The KLIK cases sheet: the paper register of one KLIK day typed into Excel,
// one row per person served at an open desk. Its columns (Indonesian headers,
// English and short aliases accepted) and how a row becomes a case: the desk
// from its label, the issue type among that desk's own (label or code), then
// the form's own zod schema (klikCaseInput). The violence desk is never
// imported: a row for it is refused with the desk cell as its only trace
// (nothing of the name, the issue or the referral is kept), because those
// complaints are recorded only through the sealed form on the session page.
import type { CellError, CheckedRow } from "@/lib/data/imports/types";
import { KLIK_DESKS, KLIK_ISSUE_TYPES } from "@/lib/domain/klik-issue-types";
import type { KlikCaseStatus, KlikDesk } from "@/lib/generated/prisma/enums";
import { klikCaseInput, KLIK_STATUSES } from "@/lib/validation/klik";
import { toFieldErrors } from "@/lib/validation/field-errors";
import enKlik from "@/messages/en/klik.json";
import idKlik from "@/messages/id/klik.json";
import { defineSheet, type BoundSheet, type ReadRow, type SheetValues } from "../sheet";
import { cleanText, nameKey, type RawCell } from "../normalise";

/** The desks a file may name: every desk but the sealed one. */
export const OPEN_DESKS = KLIK_DESKS.filter((d) => d !== "VIOLENCE");
export type OpenDesk = (typeof OPEN_DESKS)[number];

/** "Meja pendaftaran" is also written "Pendaftaran" (and "Registration desk" / "Registration"). */
function deskLabels(desk: KlikDesk): string[] {
  const labels = [idKlik.deskName[desk], enKlik.deskName[desk]];
  const short = labels.map((l) => l.replace(/^meja\s+/i, "").replace(/\s+desk$/i, ""));
  return [...labels, ...short];
}

const deskChoices = OPEN_DESKS.map((d) => ({ value: d, labels: deskLabels(d) }));
const statusChoices = KLIK_STATUSES.map((s) => ({ value: s, labels: [idKlik.caseStatus[s], enKlik.caseStatus[s]] }));

/** The Indonesian and English names of an issue type. */
export function issueTypeLabels(code: string): string[] {
  const id = (idKlik.issueTypeName as Record<string, string>)[code];
  const en = (enKlik.issueTypeName as Record<string, string>)[code];
  return [id, en].filter((l): l is string => Boolean(l));
}

export const klikCasesSheet = defineSheet({
  columns: [
    {
      key: "desk",
      header: "Meja",
      aliases: ["Meja layanan", "Desk", "Service desk"],
      required: true,
      type: "choice",
      choices: deskChoices,
      example: idKlik.deskName.REGISTRATION,
    },
    {
      key: "issueType",
      header: "Jenis masalah",
      aliases: ["Jenis kasus", "Masalah", "Jenis layanan", "Issue type", "Issue"],
      required: true,
      type: "text",
      example: idKlik.issueTypeName.NEW_VISITOR,
    },
    {
      key: "personName",
      header: "Nama",
      aliases: ["Nama lengkap", "Nama warga", "Nama pengunjung", "Name", "Full name", "Person name"],
      required: true,
      type: "text",
      maxLength: 120,
      example: "Siti Aminah",
    },
    {
      key: "status",
      header: "Status",
      aliases: ["Status kasus", "Case status"],
      required: true,
      type: "choice",
      choices: statusChoices,
      example: idKlik.caseStatus.RECEIVED,
    },
    {
      key: "referralInstitution",
      header: "Dirujuk ke",
      aliases: ["Rujukan", "Lembaga rujukan", "Referred to", "Referral", "Referral institution"],
      type: "text",
      maxLength: 200,
      example: "",
    },
  ],
});

export type KlikCasesSheet = typeof klikCasesSheet.spec.columns;
export type KlikCaseCells = SheetValues<KlikCasesSheet>;
type Column = KlikCasesSheet[number]["key"];

/** A case as an import writes it: always at an open desk, always with the person's name. */
export type KlikCaseImport = {
  desk: OpenDesk;
  issueType: string;
  personName: string;
  status: KlikCaseStatus;
  referralInstitution?: string;
};

const VIOLENCE_DESK = new Set(
  deskLabels("VIOLENCE")
    .map(nameKey)
    .concat([nameKey("VIOLENCE")]),
);
/** Issue types only the violence desk serves ("Lainnya"/OTHER is a word any register may use, so not among them). */
const VIOLENCE_ISSUES = new Set(
  KLIK_ISSUE_TYPES.VIOLENCE.filter((c) => c !== "OTHER").flatMap((c) => [nameKey(c), ...issueTypeLabels(c).map(nameKey)]),
);
/** Words that make a desk or issue cell a violence complaint however it is written ("Kekerasan: …", "KDRT"). */
const VIOLENCE_WORDS = /(^| )(kekerasan|violence|kdrt)( |$)/;
/** Every desk's names, as compared: a cell that is one of them is a desk name and nothing more. */
const DESK_NAMES = new Set(KLIK_DESKS.flatMap((d) => [nameKey(d), ...deskLabels(d).map(nameKey)]));

/** Whether a row speaks of a violence complaint: its desk cell names the violence desk, or its issue is one of that desk's own. */
export function isViolenceRow(desk: RawCell, issue: RawCell): boolean {
  const [d, i] = [nameKey(desk), nameKey(issue)];
  return VIOLENCE_DESK.has(d) || VIOLENCE_WORDS.test(d) || VIOLENCE_ISSUES.has(i) || VIOLENCE_WORDS.test(i);
}

/**
 * What a violence row keeps: its desk cell when that is a desk's name, and
 * otherwise the violence desk's own name (a desk cell such as "Kekerasan: …"
 * may hold more than a desk).
 */
function deskTrace(desk: RawCell): string {
  const text = cleanText(desk);
  return DESK_NAMES.has(nameKey(text)) ? text : idKlik.deskName.VIOLENCE;
}

/** The issue-type code of `desk` a cell names (its Indonesian or English label, or its code; without case or spacing), or null. */
export function issueTypeOf(desk: OpenDesk, cell: string): string | null {
  const k = nameKey(cell);
  const codes = KLIK_ISSUE_TYPES[desk] as readonly string[];
  return codes.find((c) => nameKey(c) === k || issueTypeLabels(c).some((l) => nameKey(l) === k)) ?? null;
}

/** zod fields → the columns they are read from. */
const COLUMN_OF: Record<string, Column> = {
  desk: "desk",
  issueType: "issueType",
  personName: "personName",
  status: "status",
  referralInstitution: "referralInstitution",
};

/**
 * One row of the sheet as the engine takes it: the case, or every reason it is
 * wrong. A violence row is refused with one error that holds the desk cell and
 * nothing else of the row.
 */
export function checkKlikCaseRow(
  bound: BoundSheet<KlikCasesSheet>,
  row: ReadRow,
  cells: { values: KlikCaseCells; errors: CellError[] },
): CheckedRow<KlikCaseImport> {
  if (isViolenceRow(bound.raw(row, "desk"), bound.raw(row, "issueType"))) {
    const desk = bound.column("desk");
    return {
      rowNumber: row.rowNumber,
      errors: [{ column: desk, value: deskTrace(bound.raw(row, "desk")), key: "import.klik.violenceRow" }],
    };
  }
  const errors = cells.errors.map((e) =>
    e.column === bound.column("personName") && e.key === "import.cell.required" ? { ...e, key: "import.klik.nameRequired" } : e,
  );
  const v = cells.values;
  let issueType: string | undefined;
  const failed = new Set(errors.map((e) => e.column));
  const desk = v.desk as OpenDesk | undefined;
  if (desk && v.issueType !== undefined && !failed.has(bound.column("issueType"))) {
    const code = issueTypeOf(desk, v.issueType);
    if (code) issueType = code;
    else
      errors.push(
        bound.error(row, "issueType", "import.klik.issueTypeDesk", {
          desk: idKlik.deskName[desk],
          choices: KLIK_ISSUE_TYPES[desk].map((c) => idKlik.issueTypeName[c]).join(", "),
        }),
      );
  }
  if (errors.length) return { rowNumber: row.rowNumber, errors };
  const parsed = klikCaseInput.safeParse({
    desk,
    issueType,
    personName: v.personName,
    status: v.status,
    referralInstitution: v.referralInstitution,
  });
  if (!parsed.success) return { rowNumber: row.rowNumber, errors: bound.fromFieldErrors(row, toFieldErrors(parsed.error), COLUMN_OF) };
  const p = parsed.data;
  return {
    rowNumber: row.rowNumber,
    value: {
      desk: p.desk as OpenDesk,
      issueType: p.issueType,
      personName: p.personName!,
      status: p.status,
      ...(p.referralInstitution ? { referralInstitution: p.referralInstitution } : {}),
    },
  };
}
