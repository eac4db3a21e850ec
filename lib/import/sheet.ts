// The column spec every import kind is written with: which columns a sheet has
// (Indonesian header, accepted aliases incl. English), which are required and
// what each holds. Binding a file's header row finds the columns whatever their
// case, spacing or order; checking a row turns each cell into a typed value or
// a CellError naming the column as the file has it. Pure: unit-tested in
// tests/unit/import-sheet.test.ts.
import type { CellError } from "@/lib/data/imports/types";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { ImportFileError } from "./errors";
import {
  cleanText,
  isErrorText,
  nameKey,
  toAreaCode,
  toBoolean,
  toDay,
  toInteger,
  toMonth,
  toPhone,
  toYear,
  type RawCell,
} from "./normalise";

export type ColumnType = "text" | "integer" | "year" | "date" | "month" | "phone" | "choice" | "boolean" | "areaCode";

/** A fixed choice: the value stored and the labels a cell may hold (Indonesian first). */
export type Choice = { value: string; labels: readonly string[] };

export type ColumnSpec = {
  key: string;
  /** The Indonesian header, as the template writes it. */
  header: string;
  /** Other headers accepted for it (English, older templates, short forms). */
  aliases?: readonly string[];
  required?: boolean;
  type: ColumnType;
  choices?: readonly Choice[];
  /** For text: the longest accepted (200 by default). */
  maxLength?: number;
  /** What the template's example row shows. */
  example?: string;
};

type ValueOf<T extends ColumnType> = T extends "integer" | "year" ? number : T extends "boolean" ? boolean : string;

/** The checked values of a row, by column key; absent when the cell (or the column) is blank. */
export type SheetValues<C extends readonly ColumnSpec[]> = { [S in C[number] as S["key"]]?: ValueOf<S["type"]> };

/** A row as a reader gives it: the spreadsheet's own row number and the cells by header text. */
export type ReadRow = { rowNumber: number; cells: Record<string, RawCell> };

export type CheckedCells<C extends readonly ColumnSpec[]> = {
  rowNumber: number;
  values: SheetValues<C>;
  errors: CellError[];
};

export type SheetSpec<C extends readonly ColumnSpec[]> = {
  columns: C;
  /** Groups of columns of which the file must have at least one (e.g. desa code or desa name). */
  anyOf?: readonly (readonly C[number]["key"][])[];
};

/** Headers compared without case, spaces, punctuation, a "*" mark or a note in brackets. */
export function headerKey(h: string): string {
  return nameKey(cleanText(h).replace(/\(.*?\)|\[.*?\]/g, "")).replace(/\s/g, "");
}

/** The text of a cell as an error shows it: cleaned, and short. */
export function cellText(raw: RawCell): string {
  const s = cleanText(raw);
  return s.length > 100 ? `${s.slice(0, 99)}…` : s;
}

const PHONE = /^08\d{7,11}$/;

export type Sheet<C extends readonly ColumnSpec[]> = {
  spec: SheetSpec<C>;
  /** The headers in template order. */
  headers: string[];
  /** Finds the columns in a file's header row; a missing required column is an ImportFileError naming it. */
  bind(fileHeaders: readonly string[]): BoundSheet<C>;
};

export type BoundSheet<C extends readonly ColumnSpec[]> = {
  /** Whether the file has this column. */
  has(key: C[number]["key"]): boolean;
  /** The column's header as the file writes it (the template's when the file lacks it). */
  column(key: C[number]["key"]): string;
  /** A cell's raw value. */
  raw(row: ReadRow, key: C[number]["key"]): RawCell;
  /** A CellError for a column of a row. */
  error(row: ReadRow, key: C[number]["key"], messageKey: string, values?: Record<string, string | number>): CellError;
  check(row: ReadRow): CheckedCells<C>;
  /** zod field errors of a row's input, as CellErrors on the columns each field comes from. */
  fromFieldErrors(row: ReadRow, errors: FieldErrors, columnOf: Record<string, C[number]["key"]>): CellError[];
};

export function defineSheet<const C extends readonly ColumnSpec[]>(spec: SheetSpec<C>): Sheet<C> {
  type Key = C[number]["key"];
  const byHeader = new Map<string, ColumnSpec>();
  for (const c of spec.columns) {
    for (const h of [c.header, ...(c.aliases ?? [])]) {
      const k = headerKey(h);
      const taken = byHeader.get(k);
      if (taken && taken !== c) throw new Error(`header ${h} names two columns`);
      byHeader.set(k, c);
    }
  }
  const specOf = new Map<string, ColumnSpec>(spec.columns.map((c) => [c.key, c]));

  function bind(fileHeaders: readonly string[]): BoundSheet<C> {
    const found = new Map<string, string>();
    for (const h of fileHeaders) {
      const c = byHeader.get(headerKey(h));
      if (!c) continue; // extra columns (notes, numbering) are left alone
      if (found.has(c.key)) throw new ImportFileError("import.file.duplicateColumn", { column: h, other: found.get(c.key)! });
      found.set(c.key, h);
    }
    const missing = spec.columns.filter((c) => c.required && !found.has(c.key)).map((c) => c.header);
    if (missing.length) throw new ImportFileError("import.file.missingColumns", { columns: missing.join(", "), count: missing.length });
    for (const group of spec.anyOf ?? []) {
      if (!group.some((k) => found.has(k)))
        throw new ImportFileError("import.file.missingOneOf", { columns: group.map((k) => specOf.get(k)!.header).join(" / ") });
    }
    const column = (key: Key) => found.get(key) ?? specOf.get(key)!.header;
    const raw = (row: ReadRow, key: Key): RawCell => {
      const h = found.get(key);
      return h === undefined ? null : (row.cells[h] ?? null);
    };
    const error = (row: ReadRow, key: Key, messageKey: string, values?: Record<string, string | number>): CellError => ({
      column: column(key),
      value: cellText(raw(row, key)),
      key: messageKey,
      ...(values ? { values } : {}),
    });

    function check(row: ReadRow): CheckedCells<C> {
      const values: Record<string, unknown> = {};
      const errors: CellError[] = [];
      for (const c of spec.columns) {
        const r = convert(c, raw(row, c.key));
        if ("error" in r) errors.push(error(row, c.key, r.error, r.values));
        else if (r.value !== undefined) values[c.key] = r.value;
      }
      return { rowNumber: row.rowNumber, values: values as SheetValues<C>, errors };
    }

    function fromFieldErrors(row: ReadRow, fieldErrors: FieldErrors, columnOf: Record<string, Key>): CellError[] {
      return Object.entries(fieldErrors).map(([field, m]) => {
        const key = columnOf[field];
        if (key === undefined) return { column: "", value: "", key: m.key, ...(m.values ? { values: m.values } : {}) };
        return error(row, key, m.key, m.values);
      });
    }

    return { has: (key) => found.has(key), column, raw, error, check, fromFieldErrors };
  }

  return { spec, headers: spec.columns.map((c) => c.header), bind };
}

type Converted = { value: unknown } | { error: string; values?: Record<string, string | number> };

/** One cell by its column's type. Blank is absent (or "required"); a spreadsheet error value is never data. */
export function convert(c: ColumnSpec, raw: RawCell): Converted {
  const text = cleanText(raw);
  if (text === "") return c.required ? { error: "import.cell.required" } : { value: undefined };
  if (typeof raw === "string" && isErrorText(text)) return { error: "import.cell.spreadsheetError" };
  switch (c.type) {
    case "text": {
      const max = c.maxLength ?? 200;
      return text.length > max ? { error: "import.cell.tooLong", values: { max } } : { value: text };
    }
    case "integer": {
      const n = toInteger(raw);
      return n === null ? { error: "import.cell.notNumber" } : { value: n };
    }
    case "year": {
      const y = toYear(raw);
      return y === null ? { error: "import.cell.notYear" } : { value: y };
    }
    case "date": {
      const d = toDay(raw);
      return d === null ? { error: "import.cell.notDate" } : { value: d };
    }
    case "month": {
      const m = toMonth(raw);
      return m === null ? { error: "import.cell.notMonth" } : { value: m };
    }
    case "phone": {
      const p = toPhone(raw);
      return p !== null && PHONE.test(p) ? { value: p } : { error: "import.cell.notPhone" };
    }
    case "boolean": {
      const b = toBoolean(raw);
      return b === undefined || b === null ? { error: "import.cell.notYesNo" } : { value: b };
    }
    case "areaCode": {
      const code = toAreaCode(raw);
      return code === null ? { error: "import.cell.notCode" } : { value: code };
    }
    case "choice": {
      const k = nameKey(text);
      const hit = c.choices?.find((ch) => nameKey(ch.value) === k || ch.labels.some((l) => nameKey(l) === k));
      return hit
        ? { value: hit.value }
        : { error: "import.cell.notChoice", values: { choices: (c.choices ?? []).map((ch) => ch.labels[0] ?? ch.value).join(", ") } };
    }
  }
}
