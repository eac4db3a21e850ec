// Spreadsheet habits, understood once for every import: each function takes a
// cell as a reader gives it (RawCell) and answers the value or null when the
// cell says nothing usable. Pure: no database, no Next; unit-tested with
// hostile cells in tests/unit/import-normalise.test.ts.

/** A cell as read from a file: CSV gives text only; XLSX also numbers, booleans and dates (formulas as their cached result). */
export type RawCell = string | number | boolean | Date | null;

// Control characters (tab and line breaks become spaces first) and format
// characters: zero-width spaces and joiners, bidi overrides (an RTL override in a
// name would make the registry show it reversed), the BOM, soft hyphens.
const CONTROL = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** Text as compared and stored: NFC, no control or zero-width characters, single spaces, trimmed. */
export function cleanText(raw: RawCell): string {
  if (raw === null) return "";
  // An invalid date cell (new Date(NaN)) says nothing: toISOString would throw.
  const s = raw instanceof Date ? (Number.isNaN(raw.getTime()) ? "" : isoDay(raw)) : String(raw);
  return s
    .normalize("NFC")
    .replace(/[\t\n\r\v\f]/g, " ")
    .replace(CONTROL, "")
    .replace(/\s+/gu, " ")
    .trim();
}

/** A spreadsheet error value (#N/A, #REF!…) shown as text: not data. */
export function isErrorText(s: string): boolean {
  return /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i.test(s);
}

/**
 * A whole number, also when typed as text with Indonesian or English thousands
 * separators ("1.234", "1,234", " 12 ") or as 12.0; null for anything else.
 */
export function toInteger(raw: RawCell): number | null {
  if (typeof raw === "number") return Number.isSafeInteger(raw) ? raw : null;
  if (typeof raw !== "string") return null;
  const s = cleanText(raw).replace(/\s/g, "");
  if (/^[+-]?\d+$/.test(s)) return safe(Number(s));
  // One kind of separator only: "1.234.567" or "1,234,567", never "1.234,567".
  if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(s) || /^[+-]?\d{1,3}(,\d{3})+$/.test(s)) return safe(Number(s.replace(/[.,]/g, "")));
  if (/^[+-]?\d+[.,]0+$/.test(s)) return safe(Number(s.replace(/[.,]0+$/, "")));
  return null;
}

const safe = (n: number) => (Number.isSafeInteger(n) ? n : null);

/** A year: 2015, "2015", a date cell (its year); null for anything else. */
export function toYear(raw: RawCell): number | null {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.getUTCFullYear();
  if (typeof raw === "string" && /^\s*\d{4}\s*$/.test(cleanText(raw))) return Number(cleanText(raw));
  const n = toInteger(raw);
  return n !== null && n >= 1000 && n <= 9999 ? n : null;
}

// Indonesian and English month names and their usual abbreviations.
const MONTHS: Record<string, number> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  february: 2,
  pebruari: 2,
  feb: 2,
  peb: 2,
  maret: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  agustus: 8,
  august: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  december: 12,
  des: 12,
  dec: 12,
};

/** A two-digit year: the nearest century that keeps it no more than 10 years ahead of now. */
function fullYear(y: number, now: Date): number {
  if (y >= 100) return y;
  const century = Math.floor(now.getUTCFullYear() / 100) * 100;
  return century + y > now.getUTCFullYear() + 10 ? century - 100 + y : century + y;
}

function day(y: number, m: number, d: number): string | null {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return null; // 31/02 is no day
  return isoDay(t);
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Days from Excel's day 0 (1899-12-30, which absorbs its 1900 leap-year bug) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;

/**
 * A calendar day as YYYY-MM-DD from a date cell, an Excel serial number or
 * date-like text. Text is read day first, as Indonesians write it: 31/12/2026,
 * 31-12-26, 31.12.2026, 31 Desember 2026, 31 Des 2026; and 2026-12-31.
 */
export function toDay(raw: RawCell, now: Date = new Date()): string | null {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : isoDay(raw);
  if (typeof raw === "number") {
    // 1 = 1900-01-01 … 2958465 = 9999-12-31; a fraction is the time of day.
    if (!Number.isFinite(raw) || raw < 1 || raw >= 2958466) return null;
    return isoDay(new Date((Math.floor(raw) - EXCEL_EPOCH_OFFSET) * 86_400_000));
  }
  if (typeof raw !== "string") return null;
  const s = cleanText(raw).toLowerCase();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(s);
  if (m) return day(fullYear(Number(m[3]), now), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[\s\-/.]*([a-z]+)\.?[\s\-/.,]*(\d{2}|\d{4})$/.exec(s);
  if (m && MONTHS[m[2]!]) return day(fullYear(Number(m[3]), now), MONTHS[m[2]!]!, Number(m[1]));
  if (/^\d{5}(\.\d+)?$/.test(s)) return toDay(Number(s), now); // a serial number stored as text
  return null;
}

/**
 * A month as YYYY-MM: "2026-10", "10/2026", "10-26", "Oktober 2026", "Okt
 * 2026", or any day of it (a date cell, a serial number, date-like text:
 * spreadsheets turn "Okt 2026" into the 1st of October).
 */
export function toMonth(raw: RawCell, now: Date = new Date()): string | null {
  if (typeof raw === "string") {
    const s = cleanText(raw).toLowerCase();
    let m = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
    if (m) return month(Number(m[1]), Number(m[2]));
    m = /^(\d{1,2})[-/.](\d{4}|\d{2})$/.exec(s);
    if (m) return month(fullYear(Number(m[2]), now), Number(m[1]));
    m = /^([a-z]+)\.?[\s\-/.,']*(\d{4}|\d{2})$/.exec(s);
    if (m && MONTHS[m[1]!]) return month(fullYear(Number(m[2]), now), MONTHS[m[1]!]!);
  }
  return toDay(raw, now)?.slice(0, 7) ?? null;
}

function month(y: number, m: number): string | null {
  return day(y, m, 1)?.slice(0, 7) ?? null;
}

/**
 * An Indonesian mobile number as 08…: a number cell that lost its leading 0
 * (81234567890), the country code (6281…, +62 812…), spaces, dashes, dots and
 * brackets. Anything else comes back cleaned, for validation to refuse.
 */
export function toPhone(raw: RawCell): string | null {
  if (raw === null || raw instanceof Date || typeof raw === "boolean") return null;
  const text = typeof raw === "number" ? (Number.isSafeInteger(raw) ? String(raw) : "") : cleanText(raw);
  if (text === "") return null;
  const compact = text.replace(/[\s\-.()]/g, "");
  if (/^\+?62\d+$/.test(compact)) return `0${compact.replace(/^\+?62/, "")}`;
  if (/^8\d{7,11}$/.test(compact)) return `0${compact}`;
  return compact;
}

const YES = new Set(["ya", "y", "yes", "true", "1", "v", "✓", "✔", "x", "hadir", "benar", "iya", "ada", "sudah"]);
const NO = new Set(["tidak", "tdk", "t", "no", "n", "false", "0", "-", "tidak hadir", "absen", "salah", "belum", "bukan"]);

/** Yes/no as spreadsheets write it in Indonesian (ya, tidak, hadir, v…); null for blank; undefined when unreadable. */
export function toBoolean(raw: RawCell): boolean | null | undefined {
  if (typeof raw === "boolean") return raw;
  if (typeof raw === "number") return raw === 1 ? true : raw === 0 ? false : undefined;
  const s = cleanText(raw).toLowerCase();
  if (s === "") return null;
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return undefined;
}

/** Kemendagri code without dots: "52.01.01.2001" → "5201012001"; null when it is not one. */
export function toAreaCode(raw: RawCell): string | null {
  const s = typeof raw === "number" ? (Number.isSafeInteger(raw) ? String(raw) : "") : cleanText(raw);
  const digits = s.replace(/[\s.]/g, "");
  return /^\d{2}(\d{2}(\d{2}(\d{4})?)?)?$/.test(digits) ? digits : null;
}

export type AreaName = { name: string; kind?: "KABUPATEN" | "KOTA" };

// The prefixes written before an area's name; "Kab."/"Kabupaten"/"Kota" also say the kind.
const KABUPATEN_PREFIX = /^(kabupaten\s+|kab\.\s*|kab\s+)/i;
const KOTA_PREFIX = /^(kota(madya)?|kodya\.?|kot\.)\s+/i;
const OTHER_PREFIX = /^(kecamatan\s+|kec\.\s*|kec\s+|desa\s+|ds\.\s*|kelurahan\s+|kel\.\s*|kel\s+|provinsi\s+|prov\.\s*)/i;

/** An area's name without its prefix ("Kab. Lombok Timur" → Lombok Timur, kind KABUPATEN). */
export function areaName(raw: RawCell): AreaName {
  const s = cleanText(raw);
  if (KABUPATEN_PREFIX.test(s) && s.replace(KABUPATEN_PREFIX, "") !== "")
    return { name: s.replace(KABUPATEN_PREFIX, ""), kind: "KABUPATEN" };
  if (KOTA_PREFIX.test(s)) return { name: s.replace(KOTA_PREFIX, ""), kind: "KOTA" };
  return { name: s.replace(OTHER_PREFIX, "") };
}

/** How two names are compared: without case, accents on Latin letters, punctuation or repeated spaces. */
export function nameKey(raw: RawCell): string {
  return cleanText(raw)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("id")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** An area name's key, its prefix dropped: "KAB.  lombok-timur" and "Lombok Timur" meet. */
export function areaKey(raw: RawCell): string {
  return nameKey(areaName(raw).name);
}
