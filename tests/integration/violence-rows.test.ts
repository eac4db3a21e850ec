// No list, pagination total, page or export gives a role without the violence
// grant one row per violence-desk case (issue 11, point 1): on the seeded demo
// data, for every demo role (and national staff without the grant), every
// export dataset and every page-list function is read to its last page and its
// rows counted. A violence case may appear as a row only to those who may open
// it (that kabupaten's staff, national staff with the grant); everyone else
// gets the suppressed counts.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { canViewViolenceDetail } from "@/lib/authz/violence";
import { loadSessionUser, type CurrentUser } from "@/lib/data/session-user";
import { DATASETS } from "@/lib/exports/datasets";
import { getKlikSession, listKlikSessions } from "@/lib/data/klik";
import { listKader } from "@/lib/data/kader";
import { listSerikat } from "@/lib/data/serikat";
import { listTrainings } from "@/lib/data/training/list";
import { listPolicies } from "@/lib/data/policy";
import { listPlans } from "@/lib/data/rktl/plans";
import { listTargets } from "@/lib/data/rktl/targets";
import { listFpkMeetings } from "@/lib/data/fpk";
import { listGuides } from "@/lib/data/guides";
import { listUsers, userFilters } from "@/lib/data/users";
import { can } from "@/lib/authz/permissions";
import { kaderFilters } from "@/lib/validation/kader";
import { serikatFilters } from "@/lib/validation/serikat";
import { trainingFilters } from "@/lib/validation/training";
import { policyFilters } from "@/lib/validation/policy";
import { planFilters, targetFilters } from "@/lib/validation/rktl";
import { fpkFilters } from "@/lib/validation/fpk";
import { klikFilters } from "@/lib/validation/klik";
import { seed } from "@/prisma/seed";
import { DEMO_ACCOUNTS } from "@/prisma/seed-data/program";
import { makeUser } from "@/prisma/factories";
import { allRows } from "./export-helpers";

type ViolenceCase = { id: number; kabupatenId: number; sessionId: number };

let roles: [string, CurrentUser][];
let violence: ViolenceCase[];
let allCases: { id: number; desk: string; provinceId: number; kabupatenId: number }[];
let ntbId: number;

beforeAll(async () => {
  const prisma = db();
  await seed(prisma);
  roles = [];
  for (const a of DEMO_ACCOUNTS) {
    const u = await prisma.user.findUniqueOrThrow({ where: { email: a.email }, select: { id: true } });
    roles.push([a.email, (await loadSessionUser(u.id))!]);
  }
  roles.push(["national staff without the grant", (await loadSessionUser((await makeUser(prisma, { role: "NATIONAL_STAFF" })).id))!]);
  ntbId = (await prisma.province.findFirstOrThrow({ where: { slug: "ntb" }, select: { id: true } })).id;
  allCases = await prisma.klikCase.findMany({ select: { id: true, desk: true, provinceId: true, kabupatenId: true } });
  violence = await prisma.klikCase.findMany({ where: { desk: "VIOLENCE" }, select: { id: true, kabupatenId: true, sessionId: true } });
}, 300_000);

/** Every row of a paginated list, page by page; checks the pagination total against the rows. */
async function everyPage<R>(read: (page: number) => Promise<{ rows: R[]; total: number; pageCount: number }>): Promise<R[]> {
  const first = await read(1);
  const rows = [...first.rows];
  for (let p = 2; p <= first.pageCount; p++) rows.push(...(await read(p)).rows);
  expect(rows.length).toBe(first.total);
  return rows;
}

const isViolenceRow = (r: unknown) => typeof r === "object" && r !== null && (r as { desk?: unknown }).desk === "VIOLENCE";

describe("violence-desk cases as rows", () => {
  it("the demo data has violence cases in several kabupaten (the test is not vacuous)", () => {
    expect(violence.length).toBeGreaterThan(5);
    expect(new Set(violence.map((v) => v.kabupatenId)).size).toBeGreaterThan(1);
  });

  it("reach no role without the grant through any export dataset; the KLIK case export has one row per case the user may see", async () => {
    for (const [name, user] of roles) {
      const mayOpen = new Set(violence.filter((v) => canViewViolenceDetail(user, v.kabupatenId)).map((v) => v.id));
      let read = 0;
      for (const dataset of Object.keys(DATASETS)) {
        // null: the role may not export it (the registry says so), as the route would answer 403.
        const rows = await allRows(user, dataset, dataset === "dasbor-nasional-provinsi" ? { provinceId: String(ntbId) } : {});
        if (!rows) continue;
        read++;
        const leaked = rows.filter((r) => isViolenceRow(r) && !mayOpen.has((r as { id: number }).id));
        expect(leaked.length, `${name}: ${dataset}`).toBe(0);
      }
      expect(read, `${name}: datasets read`).toBeGreaterThanOrEqual(10);
      const cases = await allRows(user, "klik-kasus");
      if (!cases) continue;
      const inScope = allCases.filter(
        (c) =>
          (user.provinceId === null || c.provinceId === user.provinceId) &&
          (user.role !== "DISTRICT_STAFF" || c.kabupatenId === user.kabupatenId),
      );
      // Counting the rows gives the open desks' cases, plus the violence cases she may open: nothing that "<5" hides.
      expect(cases.length, name).toBe(inScope.filter((c) => c.desk !== "VIOLENCE" || mayOpen.has(c.id)).length);
    }
  });

  it("reach no role without the grant through any list page or session page; pagination totals count what the rows show", async () => {
    for (const [name, user] of roles) {
      const mayOpen = new Set(violence.filter((v) => canViewViolenceDetail(user, v.kabupatenId)).map((v) => v.id));
      const lists: [string, () => Promise<unknown[]>][] = [
        ["kader", () => everyPage((page) => listKader(user, kaderFilters.parse({ page: String(page) })))],
        ["serikat", () => everyPage((page) => listSerikat(user, serikatFilters.parse({ page: String(page) })))],
        ["training", () => everyPage((page) => listTrainings(user, trainingFilters.parse({ page: String(page) })))],
        ["policy", () => everyPage((page) => listPolicies(user, policyFilters.parse({ page: String(page) })))],
        ["rktl plans", () => everyPage((page) => listPlans(user, planFilters.parse({ page: String(page) })))],
        ["rktl targets", () => everyPage((page) => listTargets(user, targetFilters.parse({ page: String(page) })))],
        ["fpk", () => everyPage((page) => listFpkMeetings(user, fpkFilters.parse({ page: String(page) })))],
        ["klik sessions", () => everyPage((page) => listKlikSessions(user, klikFilters.parse({ page: String(page) })))],
        ["guides", async () => (await listGuides(user)) as unknown[]],
        ...(can(user, "user.manage")
          ? [
              ["users", () => everyPage((page) => listUsers(user, userFilters.parse({ page: String(page) })))] as [
                string,
                () => Promise<unknown[]>,
              ],
            ]
          : []),
      ];
      for (const [list, read] of lists) {
        const rows = await read().catch((e: Error) => (e.name === "ForbiddenError" ? [] : Promise.reject(e)));
        expect(rows.filter(isViolenceRow).length, `${name}: ${list}`).toBe(0);
      }
      // Every session page she can open: violence rows only where she may open them.
      const sessions = await everyPage((page) => listKlikSessions(user, klikFilters.parse({ page: String(page) }))).catch(() => []);
      let shown = 0;
      for (const s of sessions) {
        const page = (await getKlikSession(user, s.id))!;
        for (const c of page.casesByDesk.VIOLENCE) {
          expect(mayOpen.has(c.id), `${name}: session ${s.id}`).toBe(true);
          shown++;
        }
      }
      const expected = violence.filter((v) => mayOpen.has(v.id) && sessions.some((s) => s.id === v.sessionId)).length;
      expect(shown, name).toBe(expected);
    }
  }, 300_000);
});
