import "server-only";
// FPK (Forum Pemangku Kepentingan) meetings per kabupaten: who came (by
// institution), agenda, agreements, follow-ups and budget won through advocacy.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { areaWhere, kabupatenWhere, type ScopedUser } from "@/lib/authz/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fpkMeetingInput, type FpkFilters, type FpkMeetingInput } from "@/lib/validation/fpk";
import { versionField } from "@/lib/validation/common";
import { dayRange } from "@/lib/validation/common";
import { recordAudit } from "./audit";
import { fail, failField, ok, parse, STALE, type Result } from "./result";
import { writeOnce, writeOnceResult } from "./write-once";
import { kabupatenLabel } from "./geo";
import { EXPORT_BATCH_SIZE, exportPage } from "./export-batch";

export const FPK_PAGE_SIZE = 20;

/** The FPK list's where: scope and filters (also used by its export). */
export function listWhere(user: ScopedUser, f: FpkFilters): Prisma.FpkMeetingWhereInput {
  const filters: Prisma.FpkMeetingWhereInput = {
    ...(f.provinceId ? { provinceId: f.provinceId } : {}),
    ...(f.kabupatenId ? { kabupatenId: f.kabupatenId } : {}),
    ...(f.year ? { heldOn: { gte: new Date(Date.UTC(f.year, 0, 1)), lt: new Date(Date.UTC(f.year + 1, 0, 1)) } } : {}),
  };
  const range = dayRange(f.from, f.to);
  return { AND: [areaWhere(user), filters, range ? { heldOn: range } : {}] };
}

/** What the FPK list shows of a meeting, and its row (also the export's). */
export const FPK_LIST_SELECT = {
  id: true,
  heldOn: true,
  agenda: true,
  budgetAmount: true,
  kabupaten: { select: { name: true, kind: true } },
  province: { select: { name: true } },
  participants: { select: { personCount: true } },
} as const satisfies Prisma.FpkMeetingSelect;

export function fpkListRow(m: Prisma.FpkMeetingGetPayload<{ select: typeof FPK_LIST_SELECT }>) {
  return {
    id: m.id,
    heldOn: m.heldOn,
    agenda: m.agenda,
    budgetAmount: m.budgetAmount,
    kabupatenName: kabupatenLabel(m.kabupaten),
    provinceName: m.province.name,
    institutions: m.participants.length,
    people: m.participants.reduce((s, p) => s + p.personCount, 0),
  };
}

export async function listFpkMeetings(user: ScopedUser, f: FpkFilters) {
  assertCan(user, "fpk.read");
  const where = listWhere(user, f);
  const [rows, total] = await Promise.all([
    db().fpkMeeting.findMany({
      where,
      orderBy: [{ heldOn: "desc" }, { id: "desc" }],
      skip: (f.page - 1) * FPK_PAGE_SIZE,
      take: FPK_PAGE_SIZE,
      select: FPK_LIST_SELECT,
    }),
    db().fpkMeeting.count({ where }),
  ]);
  return {
    rows: rows.map(fpkListRow),
    total,
    page: f.page,
    pageCount: Math.max(1, Math.ceil(total / FPK_PAGE_SIZE)),
  };
}

/** FPK meetings as the list shows them (institutions and people counted per meeting). */
export async function fpkExportBatch(user: ScopedUser, f: FpkFilters, after = 0, take = EXPORT_BATCH_SIZE) {
  assertCan(user, "export.data");
  assertCan(user, "fpk.read");
  const rows = await db().fpkMeeting.findMany({
    where: { AND: [listWhere(user, f), { id: { gt: after } }] },
    orderBy: { id: "asc" },
    take,
    select: FPK_LIST_SELECT,
  });
  return exportPage(
    rows.map((m) => {
      const r = fpkListRow(m);
      return { ...r, budgetAmount: r.budgetAmount === null ? null : Number(r.budgetAmount) };
    }),
    take,
  );
}

/** One meeting in scope with its participants, or null (outside scope looks like "does not exist"). */
export async function getFpkMeeting(user: ScopedUser, id: number) {
  assertCan(user, "fpk.read");
  const m = await db().fpkMeeting.findFirst({
    where: { id, ...areaWhere(user) },
    select: {
      id: true,
      heldOn: true,
      agenda: true,
      agreements: true,
      followUps: true,
      budgetAmount: true,
      version: true,
      kabupatenId: true,
      updatedAt: true,
      kabupaten: { select: { name: true, kind: true } },
      province: { select: { name: true } },
      participants: { orderBy: { id: "asc" }, select: { institution: true, personCount: true } },
    },
  });
  return m ? { ...m, kabupatenName: kabupatenLabel(m.kabupaten) } : null;
}

async function resolveKabupaten(user: ScopedUser, kabupatenId: number) {
  return db().kabupaten.findFirst({ where: { AND: [kabupatenWhere(user), { id: kabupatenId }] }, select: { id: true, provinceId: true } });
}

function rowData(v: FpkMeetingInput, kab: { id: number; provinceId: number }) {
  return {
    kabupatenId: kab.id,
    provinceId: kab.provinceId,
    heldOn: v.heldOn,
    agenda: v.agenda,
    agreements: v.agreements ?? null,
    followUps: v.followUps ?? null,
    budgetAmount: v.budgetAmount ?? null,
  };
}

export async function createFpkMeeting(user: ScopedUser, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "fpk.write");
  const p = parse(fpkMeetingInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const kab = await resolveKabupaten(user, p.data.kabupatenId);
  if (!kab) return failField("kabupatenId", "validation.outOfScope");
  return writeOnce(user, raw, "fpk_meeting.create", async (tx) => {
    const m = await tx.fpkMeeting.create({ data: { ...rowData(p.data, kab), participants: { create: p.data.participants } } });
    await recordAudit(tx, {
      userId: user.id,
      action: "create",
      entity: "fpk_meeting",
      entityId: m.id,
      after: { ...m, participants: p.data.participants },
    });
    return { id: m.id };
  });
}

export async function updateFpkMeeting(user: ScopedUser, id: number, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "fpk.write");
  const p = parse(fpkMeetingInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const version = versionField.safeParse((raw as Record<string, unknown> | null)?.version);
  if (!version.success) return STALE;
  const before = await db().fpkMeeting.findFirst({
    where: { id, ...areaWhere(user) },
    include: { participants: { orderBy: { id: "asc" }, select: { institution: true, personCount: true } } },
  });
  if (!before) return failField("_form", "validation.notFound");
  const kab = await resolveKabupaten(user, p.data.kabupatenId);
  if (!kab) return failField("kabupatenId", "validation.outOfScope");
  // With the form's key, a repeat of an edit that went through answers its result, not STALE.
  return writeOnceResult(
    user,
    raw,
    "fpk_meeting.update",
    async (tx) => {
      const n = await tx.fpkMeeting.updateMany({
        where: { id, version: version.data, ...areaWhere(user) },
        data: { ...rowData(p.data, kab), version: { increment: 1 } },
      });
      if (n.count === 0) return STALE;
      await tx.fpkParticipant.deleteMany({ where: { meetingId: id } });
      await tx.fpkParticipant.createMany({ data: p.data.participants.map((x) => ({ ...x, meetingId: id })) });
      const after = await tx.fpkMeeting.findUniqueOrThrow({ where: { id } });
      await recordAudit(tx, {
        userId: user.id,
        action: "update",
        entity: "fpk_meeting",
        entityId: id,
        before,
        after: { ...after, participants: p.data.participants },
      });
      return ok({ id });
    },
    { meetingId: id },
  );
}

/** A meeting as its edit form shows it (and as a conflict shows what the record holds now). */
export function fpkMeetingFormValues(m: NonNullable<Awaited<ReturnType<typeof getFpkMeeting>>>): Record<string, string> {
  const values: Record<string, string> = {
    kabupatenId: String(m.kabupatenId),
    heldOn: m.heldOn.toISOString().slice(0, 10),
    agenda: m.agenda,
    agreements: m.agreements ?? "",
    followUps: m.followUps ?? "",
    budgetAmount: m.budgetAmount != null ? m.budgetAmount.toString() : "",
  };
  m.participants.forEach((p, i) => {
    values[`institution_${i}`] = p.institution;
    values[`personCount_${i}`] = String(p.personCount);
  });
  return values;
}
