import "server-only";
// The participants template of one class: the list sheet with a column per
// day of its training, drop-downs for the role and ya/tidak, and the help
// sheet "Kader": the kader of the user's area who may be registered, with
// their registry id (paged from the database, as the kader template's desa codes).
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import type { ScopedUser } from "@/lib/authz/scope";
import { CONTENT_TYPES, type ExportFormat } from "@/lib/exports/cells";
import { participantsSheet } from "@/lib/import/sheets/participants";
import { csvTemplate, xlsxTemplate } from "@/lib/import/templates";
import { kabupatenLabel } from "../geo";
import { registrableKaderWhere } from "../training/participants";
import { classDays } from "./participants-file";
import type { TemplateFile } from "./templates";
import type { ImportContext } from "./types";

const PAGE = 5000;

const KADER = {
  id: true,
  fullName: true,
  serikat: { select: { name: true } },
  desa: { select: { name: true } },
  kabupaten: { select: { name: true, kind: true } },
} as const;

async function* kaderRows(user: ScopedUser) {
  let cursor: number | undefined;
  for (;;) {
    const page = await db().kader.findMany({
      where: registrableKaderWhere(user),
      orderBy: { id: "asc" },
      take: PAGE,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: KADER,
    });
    for (const k of page) yield [k.id, k.fullName, k.serikat.name, k.desa.name, kabupatenLabel(k.kabupaten)];
    if (page.length < PAGE) return;
    cursor = page[page.length - 1]!.id;
  }
}

export async function participantsTemplate(user: ScopedUser, format: ExportFormat, ctx: ImportContext): Promise<TemplateFile> {
  assertCan(user, "training.write");
  const days = await classDays(user, ctx);
  if (!days) throw new Error("no class to import into"); // the route answered 404 before
  const sheet = participantsSheet(days);
  const fileName = `templat-peserta-kelas-${ctx.parentId}.${format}`;
  if (format === "csv") {
    const first = await db().kader.findFirst({ where: registrableKaderWhere(user), orderBy: { id: "asc" }, select: KADER });
    const example: Record<string, string> = first
      ? { kaderId: String(first.id), name: first.fullName, desa: first.desa.name, kabupaten: kabupatenLabel(first.kabupaten) }
      : {};
    return { fileName, contentType: CONTENT_TYPES.csv, body: csvTemplate(sheet, example) };
  }
  const count = await db().kader.count({ where: registrableKaderWhere(user) });
  const body = await xlsxTemplate(sheet, {
    listName: "Peserta",
    listsFrom: [{ column: "kaderId", sheet: "Kader", count }],
    help: [{ name: "Kader", headers: ["ID kader", "Nama kader", "Serikat", "Desa", "Kabupaten"], rows: kaderRows(user) }],
  });
  return { fileName, contentType: CONTENT_TYPES.xlsx, body };
}
