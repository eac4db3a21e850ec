import "server-only";
// The targets template of one draft plan: its province's kabupaten and its
// window's six months as the lists to choose from, and the activity kinds.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import type { ScopedUser } from "@/lib/authz/scope";
import { windowMonthList } from "@/lib/domain/rktl-progress";
import { CONTENT_TYPES, type ExportFormat } from "@/lib/exports/cells";
import { rktlTargetsSheet } from "@/lib/import/sheets/rktl-targets";
import { csvTemplate, xlsxTemplate } from "@/lib/import/templates";
import idRktl from "@/messages/id/rktl.json";
import { kabupatenLabel } from "../geo";
import { draftPlan } from "./rktl-targets";
import type { TemplateFile } from "./templates";
import type { ImportContext } from "./types";

/** "Oktober 2026": the template is Indonesian, as its headers are. */
const monthName = new Intl.DateTimeFormat("id-ID", { month: "long", year: "numeric", timeZone: "UTC" });

export async function rktlTargetsTemplate(user: ScopedUser, format: ExportFormat, ctx: ImportContext): Promise<TemplateFile> {
  assertCan(user, "rktl.plan");
  const plan = await draftPlan(db(), user, ctx);
  if (!plan) throw new Error("no draft plan to import into");
  const kabupaten = await db().kabupaten.findMany({
    where: { provinceId: plan.provinceId },
    orderBy: { code: "asc" },
    select: { name: true, kind: true, code: true },
  });
  const months = windowMonthList(plan.windowStart).map((m) => [m.toISOString().slice(0, 7), monthName.format(m)]);
  const fileName = `templat-target-rktl-${plan.id}.${format}`;
  if (format === "csv") {
    const k = kabupaten[0];
    return {
      fileName,
      contentType: CONTENT_TYPES.csv,
      body: csvTemplate(rktlTargetsSheet, {
        kind: idRktl.kind.KLIK_SESSION,
        ...(k ? { kabupaten: kabupatenLabel(k) } : {}),
        month: months[0]![0],
      }),
    };
  }
  const body = await xlsxTemplate(rktlTargetsSheet, {
    listName: "Target",
    listsFrom: [
      { column: "kabupaten", sheet: "Kabupaten", count: kabupaten.length },
      { column: "month", sheet: "Bulan", count: months.length },
    ],
    help: [
      { name: "Kabupaten", headers: ["Kabupaten", "Kode"], rows: kabupaten.map((k) => [kabupatenLabel(k), k.code]) },
      { name: "Bulan", headers: ["Bulan", "Nama bulan"], rows: months },
    ],
  });
  return { fileName, contentType: CONTENT_TYPES.xlsx, body };
}
