import "server-only";
// The KLIK cases template of one session (in Indonesian, as its headers are): the list sheet with drop-downs for
// the desk (the open desks only) and the status, and the help sheet "Jenis
// masalah" naming each open desk's issue types. The violence desk is not in
// it: its complaints are recorded only through the sealed form on the session page.
import { db } from "@/lib/db/client";
import type { ScopedUser } from "@/lib/authz/scope";
import { CONTENT_TYPES, type ExportFormat } from "@/lib/exports/cells";
import { KLIK_ISSUE_TYPES } from "@/lib/domain/klik-issue-types";
import { klikCasesSheet, OPEN_DESKS } from "@/lib/import/sheets/klik-cases";
import { csvTemplate, xlsxTemplate } from "@/lib/import/templates";
import idImport from "@/messages/id/import.json";
import idKlik from "@/messages/id/klik.json";
import { writableKlikSession } from "../klik-cases";
import type { TemplateFile } from "./templates";
import type { ImportContext } from "./types";

/** The help sheet's rows: issue type (as the list column takes it), its desk, its code. */
const issueRows = OPEN_DESKS.flatMap((desk) =>
  KLIK_ISSUE_TYPES[desk].map((code) => [idKlik.issueTypeName[code], idKlik.deskName[desk], code]),
);

export async function klikCasesTemplate(user: ScopedUser, format: ExportFormat, ctx: ImportContext): Promise<TemplateFile> {
  const session = ctx.parentId ? await writableKlikSession(db(), user, ctx.parentId) : null;
  if (!session) throw new Error("no session to import into");
  const fileName = `templat-kasus-klik-${session.id}.${format}`;
  if (format === "csv") return { fileName, contentType: CONTENT_TYPES.csv, body: csvTemplate(klikCasesSheet) };
  const body = await xlsxTemplate(klikCasesSheet, {
    listName: "Kasus",
    listsFrom: [{ column: "issueType", sheet: "Jenis masalah", count: issueRows.length }],
    help: [
      {
        name: "Jenis masalah",
        headers: ["Jenis masalah", "Meja", "Kode"],
        rows: [...issueRows, [], [idImport.klik.templateViolenceNote.replace("{desk}", idKlik.deskName.VIOLENCE)]],
      },
    ],
  });
  return { fileName, contentType: CONTENT_TYPES.xlsx, body };
}
