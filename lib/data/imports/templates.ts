import "server-only";
// The kader template for the user's own area: the list sheet, the valid desa
// codes of her area ("Kode wilayah", paged from the database so a national list
// never sits in memory at once) and her serikat.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { areaWhere, kabupatenWhere, type ScopedUser } from "@/lib/authz/scope";
import { CONTENT_TYPES, type ExportFormat } from "@/lib/exports/cells";
import { kaderSheet } from "@/lib/import/sheets/kader";
import { csvTemplate, xlsxTemplate } from "@/lib/import/templates";
import { kabupatenLabel } from "../geo";

const PAGE = 5000;

async function* desaCodes(user: ScopedUser) {
  let cursor: number | undefined;
  for (;;) {
    const page = await db().desa.findMany({
      where: { code: { not: null }, kecamatan: { kabupaten: kabupatenWhere(user) } },
      orderBy: { id: "asc" },
      take: PAGE,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: {
        id: true,
        code: true,
        name: true,
        kecamatan: { select: { name: true, kabupaten: { select: { name: true, kind: true } } } },
      },
    });
    for (const d of page) yield [kabupatenLabel(d.kecamatan.kabupaten), d.kecamatan.name, d.name, d.code];
    if (page.length < PAGE) return;
    cursor = page[page.length - 1]!.id;
  }
}

export type TemplateFile = { fileName: string; contentType: string; body: Uint8Array };

export async function kaderTemplate(user: ScopedUser, format: ExportFormat): Promise<TemplateFile> {
  assertCan(user, "kader.write");
  const fileName = `templat-kader.${format}`;
  const serikat = await db().serikat.findMany({
    where: { active: true, ...areaWhere(user) },
    orderBy: [{ kabupaten: { code: "asc" } }, { name: "asc" }],
    select: { name: true, kabupaten: { select: { name: true, kind: true } } },
  });
  if (format === "csv") {
    const s = serikat[0];
    return {
      fileName,
      contentType: CONTENT_TYPES.csv,
      body: csvTemplate(kaderSheet, s ? { serikat: s.name, kabupaten: kabupatenLabel(s.kabupaten) } : {}),
    };
  }
  const body = await xlsxTemplate(kaderSheet, {
    listName: "Kader",
    listsFrom: [{ column: "serikat", sheet: "Serikat", count: serikat.length }],
    help: [
      { name: "Serikat", headers: ["Serikat", "Kabupaten"], rows: serikat.map((s) => [s.name, kabupatenLabel(s.kabupaten)]) },
      { name: "Kode wilayah", headers: ["Kabupaten", "Kecamatan", "Desa", "Kode desa"], rows: desaCodes(user) },
    ],
  });
  return { fileName, contentType: CONTENT_TYPES.xlsx, body };
}
