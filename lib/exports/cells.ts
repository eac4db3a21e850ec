// Pure helpers shared by every export: cell escaping, row shaping, file names.
// No database, no Next: unit-tested in tests/unit/exports.test.ts.

/** A cell as it leaves the data layer, before it is written to a file. */
export type CellValue = string | number | boolean | Date | null | undefined;

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function parseFormat(raw: string | null | undefined): ExportFormat | null {
  return raw === "csv" || raw === "xlsx" ? raw : null;
}

/**
 * Formula injection: a spreadsheet treats a cell starting with = + - @ (or a
 * tab / carriage return before one) as a formula. Such text gets a leading
 * apostrophe so Excel and LibreOffice show it as text. Numbers, dates and
 * booleans are written as typed values and are never formulas.
 */
export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The value a cell holds in a CSV file: text, escaped; dates as YYYY-MM-DD. */
export function csvCell(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return isoDay(v);
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "1" : "0";
  return escapeFormula(v);
}

/** The value a cell holds in an XLSX file: numbers and dates stay typed, text is escaped. */
export function xlsxCell(v: CellValue): string | number | boolean | Date | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return escapeFormula(v);
  return v;
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** `pekka-kader-2026-11-22.csv`: dataset, the day (Jakarta time) and the format. */
export function exportFileName(dataset: string, format: ExportFormat, now: Date = new Date()): string {
  const jakarta = new Date(now.getTime() + 7 * 3600_000);
  const safe = dataset.replace(/[^a-z0-9-]/gi, "").toLowerCase() || "data";
  return `pekka-${safe}-${isoDay(jakarta)}.${format}`;
}

export const CSV_BOM = "\uFEFF";
export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The download link of a list: its filters (minus the page) plus the format. */
export function exportHref(dataset: string, format: ExportFormat, params: Record<string, string>): string {
  const p = new URLSearchParams();
  p.set("format", format);
  for (const [k, v] of Object.entries(params)) if (k !== "page" && k !== "format" && v !== "") p.set(k, v);
  return `/ekspor/${dataset}?${p.toString()}`;
}
