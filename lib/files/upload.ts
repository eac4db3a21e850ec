// The one place that decides whether an uploaded file may be stored: a size
// limit, the type read from the file's first bytes (never the browser's MIME
// type or the extension), a safe display name and a sha256. Pure; unit-tested.
import { createHash } from "node:crypto";

/** 10 MiB. next.config.js allows server-action bodies a little larger, so this check answers with a field error. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const ALLOWED_UPLOAD_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type UploadMimeType = (typeof ALLOWED_UPLOAD_TYPES)[number];

const EXTENSION: Record<UploadMimeType, string> = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" };

/** What a form hands over: a browser File, or anything shaped like one. */
export type IncomingFile = { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

export type CheckedUpload = {
  originalName: string;
  mimeType: UploadMimeType;
  sizeBytes: number;
  sha256: string;
  data: Uint8Array<ArrayBuffer>;
};

/** Why a file was refused; callers map it to their own catalogue key. */
export type UploadProblem = "required" | "tooLarge" | "type";

const startsWith = (b: Uint8Array, sig: readonly number[]) => b.length >= sig.length && sig.every((x, i) => b[i] === x);

/** The type the content shows, from its magic bytes; null for anything else (HTML, scripts, Office files…). */
export function sniffType(b: Uint8Array): UploadMimeType | null {
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf"; // %PDF-
  if (startsWith(b, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  return null;
}

/**
 * A name safe to store and to send back in Content-Disposition: the last path
 * part only (either slash), no control or quote characters, no leading dots,
 * at most 120 characters, and an extension matching the content.
 */
export function sanitizeFileName(raw: string, mimeType: UploadMimeType): string {
  const ext = EXTENSION[mimeType];
  const base = (raw.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f"'`<>:|?*;%]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+/, "");
  let stem = base.replace(/\.[^.]*$/, "").replace(/[.\s]+$/, "");
  if (!stem || /^\.+$/.test(stem)) stem = "dokumen";
  stem = stem.slice(0, 120 - ext.length - 1);
  return `${stem}.${ext}`;
}

export function sha256Of(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Checks an upload; reads its bytes only when the size is acceptable. */
export async function checkUpload(
  file: IncomingFile | null | undefined,
): Promise<{ ok: true; file: CheckedUpload } | { ok: false; problem: UploadProblem }> {
  if (!file || file.size === 0) return { ok: false, problem: "required" };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, problem: "tooLarge" };
  const data = new Uint8Array(await file.arrayBuffer());
  if (data.byteLength === 0) return { ok: false, problem: "required" };
  if (data.byteLength > MAX_UPLOAD_BYTES) return { ok: false, problem: "tooLarge" };
  const mimeType = sniffType(data);
  if (!mimeType) return { ok: false, problem: "type" };
  return {
    ok: true,
    file: { originalName: sanitizeFileName(file.name, mimeType), mimeType, sizeBytes: data.byteLength, sha256: sha256Of(data), data },
  };
}

/** Content-Disposition for a stored name: an ASCII fallback plus the UTF-8 form (RFC 6266). */
export function contentDisposition(name: string, disposition: "attachment" | "inline" = "attachment"): string {
  const ascii =
    name
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\]/g, "") || "dokumen";
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
