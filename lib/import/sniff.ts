// What a file is, by its content: the name and the browser's MIME type are
// the user's (or an attacker's) word. A renamed PDF, EXE or old .xls is refused.
import { ImportFileError, MAX_FILE_BYTES } from "./errors";

export type SheetFormat = "xlsx" | "csv";

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

// Binary formats that are never a spreadsheet we read, though some (a PDF) may be mostly ASCII.
const REFUSED: number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x4d, 0x5a], // MZ: Windows executable
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2: .xls, .doc
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x1f, 0x8b], // gzip
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const WORKBOOK_PART = Buffer.from("xl/workbook.xml");

function contains(b: Uint8Array, needle: Buffer): boolean {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes(needle);
}

/** "xlsx" for an Office Open XML workbook, "csv" for UTF-8 text (a BOM is fine) without NUL; null for anything else. */
export function sniffFormat(bytes: Uint8Array): SheetFormat | null {
  if (bytes.byteLength === 0) return null;
  if (startsWith(bytes, ZIP)) return contains(bytes, WORKBOOK_PART) ? "xlsx" : null; // a .docx or other zip is not a workbook
  if (REFUSED.some((sig) => startsWith(bytes, sig))) return null;
  if (bytes.includes(0)) return null;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null; // Latin-1 or UTF-16 text: saved as "CSV UTF-8" it reads
  }
  return "csv";
}

/** The format of an uploaded file, or an ImportFileError (too large, empty, not a spreadsheet). The size is checked first. */
export function checkFile(bytes: Uint8Array): SheetFormat {
  if (bytes.byteLength > MAX_FILE_BYTES) throw new ImportFileError("import.file.tooLarge", { max: MAX_FILE_BYTES / 1024 / 1024 });
  if (bytes.byteLength === 0) throw new ImportFileError("import.file.empty");
  const f = sniffFormat(bytes);
  if (!f) throw new ImportFileError("import.file.unknownFormat");
  return f;
}
