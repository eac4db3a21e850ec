import { describe, expect, it } from "vitest";
import { checkUpload, contentDisposition, MAX_UPLOAD_BYTES, sanitizeFileName, sniffType } from "@/lib/files/upload";
import { minimalPdf, sha256Hex } from "@/prisma/factories";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
const file = (data: Uint8Array, name: string, type = "application/pdf") => new File([new Uint8Array(data)], name, { type });

describe("upload content type (magic bytes)", () => {
  it("recognises PDF, JPEG and PNG by their first bytes", () => {
    expect(sniffType(minimalPdf(["x"]))).toBe("application/pdf");
    expect(sniffType(JPEG)).toBe("image/jpeg");
    expect(sniffType(PNG)).toBe("image/png");
  });

  it("rejects everything else, whatever the name or browser type says", async () => {
    const html = Buffer.from("<!doctype html><script>alert(1)</script>");
    expect(sniffType(html)).toBeNull();
    expect(await checkUpload(file(html, "perdes.pdf", "application/pdf"))).toEqual({ ok: false, problem: "type" });
    expect(await checkUpload(file(Buffer.from("%PDF"), "short.pdf"))).toEqual({ ok: false, problem: "type" });
    expect(await checkUpload(file(Buffer.from("PK\x03\x04 docx"), "a.pdf"))).toEqual({ ok: false, problem: "type" });
    // A GIF is an image, but not one we accept.
    expect(await checkUpload(file(Buffer.from("GIF89a...."), "a.png", "image/png"))).toEqual({ ok: false, problem: "type" });
  });

  it("takes the type from the content even when the name says otherwise", async () => {
    const r = await checkUpload(file(PNG, "scan.pdf", "application/pdf"));
    expect(r.ok && r.file.mimeType).toBe("image/png");
    expect(r.ok && r.file.originalName).toBe("scan.png");
  });
});

describe("upload size", () => {
  it("refuses an empty or missing file", async () => {
    expect(await checkUpload(undefined)).toEqual({ ok: false, problem: "required" });
    expect(await checkUpload(file(new Uint8Array(0), "kosong.pdf"))).toEqual({ ok: false, problem: "required" });
  });

  it("refuses a file over the limit without reading it", async () => {
    let read = false;
    const big = { name: "besar.pdf", size: MAX_UPLOAD_BYTES + 1, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) };
    expect(await checkUpload(big)).toEqual({ ok: false, problem: "tooLarge" });
    expect(read).toBe(false);
  });

  it("refuses a real oversized PDF and accepts one exactly at the limit", async () => {
    const head = minimalPdf(["x"]);
    const over = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    over.set(head);
    expect(await checkUpload(file(over, "besar.pdf"))).toEqual({ ok: false, problem: "tooLarge" });
    const atLimit = over.subarray(0, MAX_UPLOAD_BYTES);
    const r = await checkUpload(file(atLimit, "pas.pdf"));
    expect(r.ok && r.file.sizeBytes).toBe(MAX_UPLOAD_BYTES);
  });

  it("stores size and sha256 of the content", async () => {
    const pdf = minimalPdf(["Perdes No. 3 Tahun 2026"]);
    const r = await checkUpload(file(pdf, "perdes.pdf"));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.file).toMatchObject({
      mimeType: "application/pdf",
      sizeBytes: pdf.byteLength,
      sha256: sha256Hex(pdf),
      originalName: "perdes.pdf",
    });
    expect(Buffer.from(r.file.data).equals(pdf)).toBe(true);
  });
});

describe("file names", () => {
  const pdf = "application/pdf" as const;

  it("keeps only the last path part, for either slash", () => {
    expect(sanitizeFileName("../../etc/passwd", pdf)).toBe("passwd.pdf");
    expect(sanitizeFileName("..\\..\\x.pdf", pdf)).toBe("x.pdf");
    expect(sanitizeFileName("C:\\Users\\siti\\Perdes 3.pdf", pdf)).toBe("Perdes 3.pdf");
    expect(sanitizeFileName("/var/www/../.htaccess", pdf)).toBe("htaccess.pdf");
  });

  it("removes control characters, quotes and leading dots; never leaves an empty name", () => {
    expect(sanitizeFileName('per\u0000des\r\n"x".pdf', pdf)).toBe("perdesx.pdf");
    expect(sanitizeFileName("..", pdf)).toBe("dokumen.pdf");
    expect(sanitizeFileName("", pdf)).toBe("dokumen.pdf");
    expect(sanitizeFileName(".../", pdf)).toBe("dokumen.pdf");
    expect(sanitizeFileName("...pdf", pdf)).toBe("pdf.pdf");
  });

  it("gives the extension of the real content and limits the length", () => {
    expect(sanitizeFileName("foto.exe", "image/jpeg")).toBe("foto.jpg");
    expect(sanitizeFileName("scan", "image/png")).toBe("scan.png");
    expect(sanitizeFileName(`${"a".repeat(500)}.pdf`, pdf)).toHaveLength(120);
    expect(sanitizeFileName("Peraturan Desa Masbagik — ditandatangani.pdf", pdf)).toBe("Peraturan Desa Masbagik — ditandatangani.pdf");
  });

  it("builds a Content-Disposition header with an ASCII fallback", () => {
    expect(contentDisposition("perdes.pdf")).toBe(`attachment; filename="perdes.pdf"; filename*=UTF-8''perdes.pdf`);
    const h = contentDisposition("Perdes — 3.pdf");
    expect(h).toContain('filename="Perdes  3.pdf"');
    expect(h).toContain("filename*=UTF-8''Perdes%20%E2%80%94%203.pdf");
    expect(h).not.toMatch(/[\r\n]/);
  });
});
