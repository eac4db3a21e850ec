// Synthetic national dataset for load tests (docs/decisions/0012-benchmark.md):
//   npm run seed:scale -- --factor 5 [--yes]
// Deterministic (seeded PRNG streams, explicit ids) and linear in the factor:
// factor 5 ≈ 20 provinces, 120 kabupaten, 3 000 desa, 25 000 kader, 150 000
// participations, 6 000 RKTL targets, 20 000 KLIK sessions with 200 000 cases,
// 3 000 policy targets; factor 1 is a fifth of that. Geography never shrinks
// below one real kabupaten (with one desa) per province. Like the demo seed it
// EMPTIES the database first, then also creates the six demo accounts.
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db/client";
import { KLIK_DESKS, KLIK_ISSUE_TYPES } from "@/lib/domain/klik-issue-types";
import type {
  KaderPosition,
  KlikCaseStatus,
  KlikDesk,
  PolicyStatus,
  Prisma,
  PrismaClient,
  RktlTargetKind,
} from "@/lib/generated/prisma/client";
import {
  Rng,
  addDays,
  addMonths,
  at,
  buildDesa,
  buildKabupaten,
  buildKader,
  buildKecamatan,
  buildKlikCase,
  buildKlikSession,
  buildPolicyTarget,
  buildProvince,
  buildRktlPlan,
  buildRktlRealisation,
  buildRktlTarget,
  buildSerikat,
  buildStoredFile,
  buildTraining,
  buildUser,
  buildViolenceDetail,
  day,
  insertMany,
  minimalPdf,
  policySteps,
  resetDatabase,
  serikatName,
  syncSequences,
  trainingDays,
} from "./factories";
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  FPK_AGENDAS,
  GUIDES,
  POLICY_STEP_NOTES,
  POLICY_TEMPLATES,
  PROGRAM_INDICATORS,
  PROGRAM_PERIOD,
  RKTL_ACTIVITIES,
} from "./seed-data/program";
import { FAMILY_OR_SECOND_NAMES, PROVINCES, WOMEN_GIVEN_NAMES } from "./seed-data/wilayah";

/** Sizes at factor 1 (a fifth of factor 5); everything scales linearly. */
export const PER_FACTOR = {
  kabupaten: 24,
  desa: 600,
  kader: 5_000,
  participation: 30_000,
  rktlTarget: 1_200,
  klikSession: 4_000,
  klikCase: 40_000,
  policyTarget: 600,
  fpkMeeting: 120,
} as const;

const KECAMATAN_PER_KAB = 5;
const LOCAL_TRAININGS_PER_KAB = 4;

type Kab = {
  id: number;
  provinceId: number;
  provSlug: string;
  name: string;
  kind: "KABUPATEN" | "KOTA";
  desas: number[];
  serikatId: number;
  kader: number[];
};

export type ScaleData = {
  province: Prisma.ProvinceCreateManyInput[];
  kabupaten: Prisma.KabupatenCreateManyInput[];
  kecamatan: Prisma.KecamatanCreateManyInput[];
  desa: Prisma.DesaCreateManyInput[];
  user: Prisma.UserCreateManyInput[];
  serikat: Prisma.SerikatCreateManyInput[];
  kader: Prisma.KaderCreateManyInput[];
  guide: Prisma.GuideCreateManyInput[];
  guideVersion: Prisma.GuideVersionCreateManyInput[];
  storedFile: Prisma.StoredFileCreateManyInput[];
  training: Prisma.TrainingCreateManyInput[];
  trainingClass: Prisma.TrainingClassCreateManyInput[];
  participation: Prisma.ParticipationCreateManyInput[];
  participationAttendance: Prisma.ParticipationAttendanceCreateManyInput[];
  rktlPlan: Prisma.RktlPlanCreateManyInput[];
  rktlTarget: Prisma.RktlTargetCreateManyInput[];
  rktlRealisation: Prisma.RktlRealisationCreateManyInput[];
  klikSession: Prisma.KlikSessionCreateManyInput[];
  klikCase: Prisma.KlikCaseCreateManyInput[];
  violenceCaseDetail: Prisma.ViolenceCaseDetailCreateManyInput[];
  klikFollowUp: Prisma.KlikFollowUpCreateManyInput[];
  policyTarget: Prisma.PolicyTargetCreateManyInput[];
  policyStatusChange: Prisma.PolicyStatusChangeCreateManyInput[];
  fpkMeeting: Prisma.FpkMeetingCreateManyInput[];
  fpkParticipant: Prisma.FpkParticipantCreateManyInput[];
  programIndicator: Prisma.ProgramIndicatorCreateManyInput[];
};

const pad = (n: number, w: number) => String(n).padStart(w, "0");

function fullName(rng: Rng): string {
  return `${rng.pick(WOMEN_GIVEN_NAMES)} ${rng.pick(FAMILY_OR_SECOND_NAMES)}`;
}

/** Every row for `factor`, built in memory. Deterministic for a given password hash. */
export function buildScaleData(factor: number, passwordHash: string, opts: { geographyOnly?: boolean } = {}): ScaleData {
  if (!(factor > 0)) throw new Error("factor must be positive");
  const n = (k: keyof typeof PER_FACTOR, min = 1) => Math.max(min, Math.round(PER_FACTOR[k] * factor));
  const d: ScaleData = {
    province: [],
    kabupaten: [],
    kecamatan: [],
    desa: [],
    user: [],
    serikat: [],
    kader: [],
    guide: [],
    guideVersion: [],
    storedFile: [],
    training: [],
    trainingClass: [],
    participation: [],
    participationAttendance: [],
    rktlPlan: [],
    rktlTarget: [],
    rktlRealisation: [],
    klikSession: [],
    klikCase: [],
    violenceCaseDetail: [],
    klikFollowUp: [],
    policyTarget: [],
    policyStatusChange: [],
    fpkMeeting: [],
    fpkParticipant: [],
    programIndicator: [],
  };

  // ── Geography: all 20 real provinces; kabupaten dealt round-robin, real ones first.
  const kabTotal = Math.max(PROVINCES.length, n("kabupaten"));
  const desaPerKab = Math.max(1, Math.round(n("desa") / kabTotal));
  const kabs: Kab[] = [];
  const kabsByProv = new Map<number, Kab[]>();
  const usedKabCodes = new Set(PROVINCES.flatMap((p) => p.kabupaten.map((k) => k.code)));
  let synthKab = 0;
  let kecId = 0;
  let desaId = 0;
  PROVINCES.forEach((p, i) => d.province.push(buildProvince({ id: i + 1, code: p.code, name: p.name, slug: p.slug })));
  const perProv = PROVINCES.map((_, i) => Math.floor(kabTotal / PROVINCES.length) + (i < kabTotal % PROVINCES.length ? 1 : 0));
  PROVINCES.forEach((p, pi) => {
    const provinceId = pi + 1;
    const list: Kab[] = [];
    for (let j = 0; j < perProv[pi]!; j++) {
      const real = p.kabupaten[j];
      let code: string;
      let name: string;
      let kind: "KABUPATEN" | "KOTA";
      if (real) ({ code, name, kind } = real);
      else {
        synthKab++;
        let s = 99;
        while (usedKabCodes.has(p.code + pad(s, 2))) s--;
        code = p.code + pad(s, 2);
        name = `Sintetis ${pad(synthKab, 4)}`;
        kind = "KABUPATEN";
      }
      usedKabCodes.add(code);
      const kab: Kab = { id: kabs.length + 1, provinceId, provSlug: p.slug, name, kind, desas: [], serikatId: 0, kader: [] };
      d.kabupaten.push(buildKabupaten({ id: kab.id, provinceId, code, name, kind, isProgramArea: j === 0 }));
      // Kecamatan and desa: real names first, then generated ones.
      const realDesa = (real?.kecamatan ?? []).flatMap((kc) => kc.desa.map((ds) => ({ kec: kc.name, ...ds })));
      const kecIds = new Map<string, number>();
      for (let x = 0; x < desaPerKab; x++) {
        const r = realDesa[x];
        const kecName = r ? r.kec : `Kecamatan Sintetis ${pad(kab.id, 4)}-${(x % KECAMATAN_PER_KAB) + 1}`;
        let kid = kecIds.get(kecName);
        if (!kid) {
          kid = ++kecId;
          kecIds.set(kecName, kid);
          d.kecamatan.push(buildKecamatan({ id: kid, kabupatenId: kab.id, name: kecName }));
        }
        const id = ++desaId;
        d.desa.push(buildDesa({ id, kecamatanId: kid, name: r ? r.name : `Desa Sintetis ${pad(id, 5)}`, kind: r ? r.kind : "DESA" }));
        kab.desas.push(id);
      }
      kabs.push(kab);
      list.push(kab);
    }
    kabsByProv.set(provinceId, list);
  });

  // ── Users: the six demo accounts.
  const provBySlug = new Map(PROVINCES.map((p, i) => [p.slug, i + 1]));
  const kabIdByCode = new Map(d.kabupaten.map((k) => [k.code, k.id!]));
  DEMO_ACCOUNTS.forEach((a, i) => {
    const kabupatenId = a.kabupatenCode ? kabIdByCode.get(a.kabupatenCode) : undefined;
    if (a.kabupatenCode && !kabupatenId) throw new Error(`demo kabupaten ${a.kabupatenCode} missing at this factor`);
    d.user.push(
      buildUser({
        id: i + 1,
        email: a.email,
        name: a.name,
        passwordHash,
        role: a.role,
        provinceId: a.provinceSlug ? provBySlug.get(a.provinceSlug)! : null,
        kabupatenId: kabupatenId ?? null,
        canViewViolenceDetails: a.canViewViolenceDetails ?? false,
        createdAt: day("2016-01-04"),
      }),
    );
  });
  const nationalUser = d.user.find((u) => u.role === "NATIONAL_STAFF")!.id!;
  if (opts.geographyOnly) return d;

  // ── Serikat (one per kabupaten) and kader, spread over the desa.
  {
    const rng = new Rng("scale-kader");
    const kaderTotal = n("kader", kabTotal);
    let kaderId = 0;
    kabs.forEach((kab, ki) => {
      kab.serikatId = ki + 1;
      d.serikat.push(
        buildSerikat({
          id: kab.serikatId,
          kabupaten: kab,
          name: serikatName(kab),
          foundedYear: rng.int(2002, 2012),
          createdAt: day("2016-01-15"),
        }),
      );
      const count = Math.floor(kaderTotal / kabTotal) + (ki < kaderTotal % kabTotal ? 1 : 0);
      const taken = new Set<string>();
      const serikat = { id: kab.serikatId, kabupatenId: kab.id, provinceId: kab.provinceId };
      for (let i = 0; i < count; i++) {
        const desa = kab.desas[i % kab.desas.length]!;
        let name = fullName(rng);
        if (taken.has(`${desa}|${name}`)) name = `${name} ${i + 1}`;
        taken.add(`${desa}|${name}`);
        const position: KaderPosition = i === 0 ? "KETUA" : i === 1 ? "SEKRETARIS" : i === 2 ? "BENDAHARA" : i <= 5 ? "PENGURUS" : "KADER";
        const id = ++kaderId;
        kab.kader.push(id);
        d.kader.push(
          buildKader({
            id,
            serikat,
            desaId: desa,
            fullName: name,
            position,
            active: position !== "KADER" || !rng.chance(0.05),
            birthYear: rng.int(1958, 1995),
            joinedYear: rng.int(2012, 2020),
            phone: rng.chance(0.5) ? `08${pad(rng.int(100_000_000, 999_999_999), 9)}` : null,
            createdAt: day("2016-02-01"),
          }),
        );
      }
    });
  }

  // ── Guides (no files), program indicators.
  let gvId = 0;
  GUIDES.forEach((g, gi) => {
    d.guide.push({ id: gi + 1, topic: g.topic, title: g.title, createdAt: day(g.versions[0]!.publishedOn) });
    for (const v of g.versions)
      d.guideVersion.push({
        id: ++gvId,
        guideId: gi + 1,
        version: v.version,
        publishedOn: day(v.publishedOn),
        notes: v.notes,
        fileId: null,
      });
  });
  PROGRAM_INDICATORS.forEach((ind, i) =>
    d.programIndicator.push({
      id: i + 1,
      direction: ind.direction,
      code: ind.code,
      name: ind.name,
      unit: ind.unit,
      target: ind.target,
      periodStart: day(PROGRAM_PERIOD.start),
      periodEnd: day(PROGRAM_PERIOD.end),
    }),
  );

  // ── Trainings: national ones, a provincial re-training per province and national
  // training, LOCAL_TRAININGS_PER_KAB local re-trainings per kabupaten; two classes each.
  {
    const rng = new Rng("scale-training");
    const nationalCount = Math.max(1, Math.round(factor));
    let tId = 0;
    let cId = 0;
    const classes: { id: number; trainingId: number; pool: number[]; days: Date[] }[] = [];
    const add = (t: Omit<Parameters<typeof buildTraining>[0], "id" | "theme" | "objectives" | "organiser">, pool: number[]) => {
      const id = ++tId;
      d.training.push(
        buildTraining({
          ...t,
          id,
          theme: "Kepemimpinan Perempuan dan Perlindungan Sosial",
          objectives: ["Memperkuat kepemimpinan kader.", "Menyusun RKTL."],
          organiser: "Seknas PEKKA",
          createdAt: addDays(t.startDate, -30),
        }),
      );
      const days = trainingDays(t.startDate, t.endDate);
      for (const kind of ["LEADERSHIP_TOT", "IMPLEMENTATION"] as const) {
        const cid = ++cId;
        d.trainingClass.push({
          id: cid,
          trainingId: id,
          kind,
          name: kind === "LEADERSHIP_TOT" ? "Kelas Kepemimpinan (ToT)" : "Kelas Pelaksanaan",
        });
        classes.push({ id: cid, trainingId: id, pool, days });
      }
      return id;
    };
    const allKader = kabs.flatMap((k) => k.kader);
    const nationals: { id: number; start: Date }[] = [];
    for (let i = 0; i < nationalCount; i++) {
      const start = addDays(day("2017-03-06"), i * 140);
      nationals.push({
        id: add(
          {
            level: "NATIONAL",
            title: `Pelatihan Nasional Kepemimpinan ${pad(i + 1, 2)}`,
            startDate: start,
            endDate: addDays(start, 1),
            place: "Jakarta",
          },
          allKader,
        ),
        start,
      });
    }
    const provincialByProv = new Map<number, number[]>();
    for (const [provinceId, list] of kabsByProv) {
      const pool = list.flatMap((k) => k.kader);
      const ids: number[] = [];
      nationals.forEach((nt, i) => {
        const start = addDays(nt.start, rng.int(30, 90));
        ids.push(
          add(
            {
              level: "PROVINCIAL",
              title: `Pelatihan Ulang Provinsi ${d.province[provinceId - 1]!.name} ${pad(i + 1, 2)}`,
              startDate: start,
              endDate: addDays(start, 1),
              place: d.province[provinceId - 1]!.name,
              provinceId,
              parentTrainingId: nt.id,
            },
            pool,
          ),
        );
      });
      provincialByProv.set(provinceId, ids);
    }
    for (const kab of kabs) {
      const parents = provincialByProv.get(kab.provinceId)!;
      for (let i = 0; i < LOCAL_TRAININGS_PER_KAB; i++) {
        const parentTrainingId = rng.pick(parents);
        const start = addDays(d.training[parentTrainingId - 1]!.startDate as Date, rng.int(30, 120));
        add(
          {
            level: "LOCAL",
            title: `Pelatihan Ulang ${kab.name} ${i + 1}`,
            startDate: start,
            endDate: addDays(start, 1),
            place: kab.name,
            provinceId: kab.provinceId,
            kabupatenId: kab.id,
            parentTrainingId,
          },
          kab.kader,
        );
      }
    }
    // Participations: the total spread over the classes, drawn from each class's pool.
    const total = n("participation");
    let pId = 0;
    classes.forEach((c, ci) => {
      const size = Math.min(c.pool.length, Math.floor(total / classes.length) + (ci < total % classes.length ? 1 : 0));
      for (const kaderId of rng.sample(c.pool, size)) {
        const id = ++pId;
        let absent = 0;
        for (const dd of c.days) {
          const present = !rng.chance(0.05);
          if (!present) absent++;
          d.participationAttendance.push({ participationId: id, day: dd, present });
        }
        d.participation.push({ id, classId: c.id, kaderId, role: "PARTICIPANT", completed: absent === 0 });
      }
    });
    // RKTL: one plan per province and national training; targets with monthly realisation.
    const planCount = PROVINCES.length * nationalCount;
    const targetTotal = n("rktlTarget");
    const kinds = Object.keys(RKTL_ACTIVITIES) as RktlTargetKind[];
    let planId = 0;
    let targetId = 0;
    let realId = 0;
    for (const [provinceId, list] of kabsByProv) {
      nationals.forEach((nt) => {
        const id = ++planId;
        const windowStart = addMonths(nt.start, 1);
        const status = rng.weighted([
          ["APPROVED", 6],
          ["CLOSED", 3],
          ["SUBMITTED", 1],
        ] as const);
        d.rktlPlan.push(
          buildRktlPlan({
            id,
            provinceId,
            trainingId: nt.id,
            windowStart,
            status,
            submittedAt: windowStart,
            approvedAt: status === "SUBMITTED" ? null : addDays(windowStart, 7),
            approvedById: status === "SUBMITTED" ? null : nationalUser,
          }),
        );
        const count = Math.floor(targetTotal / planCount) + (id <= targetTotal % planCount ? 1 : 0);
        for (let t = 0; t < count; t++) {
          const kind = rng.pick(kinds);
          const act = rng.pick(RKTL_ACTIVITIES[kind]);
          const tid = ++targetId;
          const offset = rng.int(0, 5);
          const quantity = rng.int(act.min, act.max);
          d.rktlTarget.push(
            buildRktlTarget({
              id: tid,
              planId: id,
              activity: act.activity,
              kind,
              quantity,
              unit: act.unit,
              kabupatenId: rng.pick(list).id,
              responsible: "Koordinator Provinsi",
              plannedMonth: addMonths(windowStart, offset),
            }),
          );
          for (let m = offset; m < 6; m++) {
            d.rktlRealisation.push(
              buildRktlRealisation({
                id: ++realId,
                targetId: tid,
                month: addMonths(windowStart, m),
                achieved: rng.int(0, Math.ceil(quantity / 2)),
                recordedById: nationalUser,
              }),
            );
          }
        }
      });
    }
  }

  // ── KLIK sessions and cases (violence cases with their sealed detail, person_name NULL).
  {
    const rng = new Rng("scale-klik");
    const sessions = n("klikSession");
    const cases = n("klikCase");
    const deskWeights = [
      ["REGISTRATION", 30],
      ["SOCIAL_PROTECTION", 35],
      ["LEGAL_IDENTITY", 25],
      ["VIOLENCE", 10],
    ] as const;
    const statuses: KlikCaseStatus[] = ["RECEIVED", "REFERRED", "IN_PROGRESS", "RESOLVED", "CLOSED"];
    let caseId = 0;
    let fuId = 0;
    for (let s = 1; s <= sessions; s++) {
      const kab = kabs[(s - 1) % kabs.length]!;
      const heldOn = addDays(day("2017-01-02"), rng.int(0, 3500));
      const session = { id: s, kabupatenId: kab.id, provinceId: kab.provinceId };
      d.klikSession.push(
        buildKlikSession({
          id: s,
          desaId: rng.pick(kab.desas),
          kabupaten: kab,
          heldOn,
          officers: `${fullName(rng)}, ${fullName(rng)}`,
          createdById: nationalUser,
          createdAt: heldOn,
        }),
      );
      const count = Math.floor(cases / sessions) + (s <= cases % sessions ? 1 : 0);
      for (let c = 0; c < count; c++) {
        const desk = rng.weighted(deskWeights) as KlikDesk;
        const issueType = rng.pick(KLIK_ISSUE_TYPES[desk] as readonly string[]);
        const status = rng.pick(statuses);
        const id = ++caseId;
        d.klikCase.push(
          buildKlikCase({
            id,
            session,
            desk,
            issueType,
            status,
            personName: desk === "VIOLENCE" ? null : fullName(rng),
            referralInstitution: status === "REFERRED" ? "Dinas Sosial" : null,
            createdAt: at(heldOn, 2),
          }),
        );
        if (desk === "VIOLENCE") {
          d.violenceCaseDetail.push(
            buildViolenceDetail({
              caseId: id,
              complainantName: fullName(rng),
              narrative: "Pelapor menyampaikan mengalami kekerasan dalam rumah tangga; dirujuk untuk pendampingan (data sintetis).",
              createdAt: at(heldOn, 2),
            }),
          );
        }
        if (status === "IN_PROGRESS" && rng.chance(0.5))
          d.klikFollowUp.push({
            id: ++fuId,
            caseId: id,
            date: addDays(heldOn, 14),
            note: "Pendampingan berlanjut.",
            byUserId: nationalUser,
            createdAt: at(addDays(heldOn, 14), 3),
          });
      }
    }
    void KLIK_DESKS;
  }

  // ── Policy targets with status history; ENACTED ones with their own small PDF.
  {
    const rng = new Rng("scale-policy");
    const weights = [
      ["IDENTIFIED", 20],
      ["ADVOCACY", 25],
      ["DRAFTING", 15],
      ["DELIBERATION", 12],
      ["ENACTED", 18],
      ["DROPPED", 10],
    ] as const;
    let changeId = 0;
    let fileId = 0;
    const total = n("policyTarget");
    for (let id = 1; id <= total; id++) {
      const kab = kabs[(id - 1) % kabs.length]!;
      const tpl = rng.pick(POLICY_TEMPLATES);
      const level = tpl.level === "PROVINSI" ? "KABUPATEN" : tpl.level;
      const desaId = level === "DESA" ? rng.pick(kab.desas) : null;
      const title = `${tpl.title
        .replace("{desa}", `Sintetis ${desaId ?? ""}`)
        .replace("{kab}", kab.name)
        .replace("{prov}", "")
        .replace("{kepala}", "Bupati")
        .replace("{daerah}", "Kabupaten")} #${id}`;
      const status = rng.weighted(weights) as PolicyStatus;
      const steps = policySteps(status, rng.pick(["IDENTIFIED", "ADVOCACY", "DRAFTING"] as const));
      let t = addDays(day("2016-08-01"), rng.int(0, 2500));
      const dates = steps.map((_, i) => (i === 0 ? t : (t = addDays(t, rng.int(20, 90)))));
      const last = dates[dates.length - 1]!;
      let evidenceFileId: number | null = null;
      let number: string | null = null;
      let enactedOn: Date | null = null;
      if (status === "ENACTED") {
        enactedOn = addDays(last, -3);
        number = `${tpl.numberPrefix} No. ${(id % 40) + 1} Tahun ${enactedOn.getUTCFullYear()}`;
        evidenceFileId = ++fileId;
        d.storedFile.push(
          buildStoredFile({
            id: evidenceFileId,
            originalName: `bukti-kebijakan-${id}.pdf`,
            data: minimalPdf([title.slice(0, 80), number, "Data sintetis untuk uji beban."]),
            uploadedById: nationalUser,
            createdAt: last,
          }),
        );
      }
      d.policyTarget.push({
        ...buildPolicyTarget({
          id,
          level,
          type: level === "DESA" ? (tpl.type === "SK" ? "SK" : "PERDES") : tpl.type === "PERDES" ? "PERBUP" : tpl.type,
          topic: tpl.topic,
          title,
          kabupaten: kab,
          desaId,
          status,
          number,
          enactedOn,
          evidenceFileId,
          budgetAmount:
            tpl.budgetMillions && status === "ENACTED" ? BigInt(rng.int(tpl.budgetMillions[0], tpl.budgetMillions[1])) * 1_000_000n : null,
          createdAt: dates[0]!,
          updatedAt: last,
        }),
        version: steps.length,
      });
      steps.forEach((to, i) =>
        d.policyStatusChange.push({
          id: ++changeId,
          policyId: id,
          fromStatus: i === 0 ? null : steps[i - 1]!,
          toStatus: to,
          changedAt: dates[i]!,
          changedById: nationalUser,
          note: POLICY_STEP_NOTES[to],
        }),
      );
    }
  }

  // ── FPK meetings.
  {
    const rng = new Rng("scale-fpk");
    let pid = 0;
    const total = n("fpkMeeting");
    const institutions = ["Serikat Pekka", "Dinas Sosial", "Bappeda", "BPJS Kesehatan", "Disdukcapil", "Pemerintah Desa"];
    for (let id = 1; id <= total; id++) {
      const kab = kabs[(id - 1) % kabs.length]!;
      const a = FPK_AGENDAS[id % FPK_AGENDAS.length]!;
      const heldOn = addDays(day("2017-05-01"), rng.int(0, 3300));
      d.fpkMeeting.push({
        id,
        provinceId: kab.provinceId,
        kabupatenId: kab.id,
        heldOn,
        agenda: a.agenda,
        agreements: a.agreements,
        followUps: a.followUps,
        budgetAmount: rng.chance(0.2) ? BigInt(rng.int(20, 150)) * 5_000_000n : null,
        createdAt: heldOn,
        updatedAt: heldOn,
      });
      for (const inst of institutions) d.fpkParticipant.push({ id: ++pid, meetingId: id, institution: inst, personCount: rng.int(1, 6) });
    }
  }
  return d;
}

/** Parents before children. */
const ORDER: (keyof ScaleData)[] = [
  "province",
  "kabupaten",
  "kecamatan",
  "desa",
  "user",
  "serikat",
  "kader",
  "guide",
  "guideVersion",
  "storedFile",
  "training",
  "trainingClass",
  "participation",
  "participationAttendance",
  "rktlPlan",
  "rktlTarget",
  "rktlRealisation",
  "klikSession",
  "klikCase",
  "violenceCaseDetail",
  "klikFollowUp",
  "policyTarget",
  "policyStatusChange",
  "fpkMeeting",
  "fpkParticipant",
  "programIndicator",
];

/** Empties the database and inserts the scaled dataset. Returns row counts per table. */
export async function seedScale(
  prisma: PrismaClient,
  factor: number,
  log: (s: string) => void = () => {},
): Promise<Record<string, number>> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let t = performance.now();
  const data = buildScaleData(factor, passwordHash);
  log(`built in memory in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  await resetDatabase(prisma);
  for (const table of ORDER) {
    t = performance.now();
    const rows = data[table] as object[];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await insertMany((prisma as any)[table], rows);
    if (rows.length > 1000) log(`${table}: ${rows.length} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  await syncSequences(prisma);
  // Visibility map and statistics as on a settled database (index-only scans, plans).
  await prisma.$executeRaw`VACUUM ANALYZE`;
  return Object.fromEntries(ORDER.map((k) => [k, data[k].length]));
}

/** A database that looks like production: not on this machine, or holding users other than demo/test accounts. */
export async function looksLikeProduction(prisma: PrismaClient, url: string): Promise<string | null> {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) return `database host ${host} is not local`;
  if (process.env.NODE_ENV === "production") return "NODE_ENV is production";
  try {
    const rows = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM app_user WHERE email NOT LIKE '%@pekka.demo' AND email NOT LIKE '%@test.pekka'`;
    const others = Number(rows[0]?.n ?? 0);
    if (others > 0) return `${others} user(s) that are not demo or test accounts`;
  } catch {
    // No schema yet: nothing to lose.
  }
  return null;
}

function parseArgs(argv: string[]): { factor: number; yes: boolean } {
  let factor = 1;
  let yes = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--yes" || a === "-y") yes = true;
    else if (a === "--factor") factor = Number(argv[++i]);
    else if (a.startsWith("--factor=")) factor = Number(a.slice(9));
    else throw new Error(`unknown argument ${a} (usage: seed-scale --factor N [--yes])`);
  }
  if (!(factor > 0) || factor > 50) throw new Error("--factor must be a number in (0, 50]");
  return { factor, yes };
}

async function main(): Promise<void> {
  const { factor, yes } = parseArgs(process.argv.slice(2));
  const url = process.env.DATABASE_URL!;
  const prisma = createPrismaClient(url);
  try {
    const why = await looksLikeProduction(prisma, url);
    if (why && !yes) {
      console.error(`Refusing to replace this database (${why}). Run again with --yes if you mean it.`);
      process.exitCode = 2;
      return;
    }
    const started = performance.now();
    console.log(`Scale seed, factor ${factor}: emptying ${new URL(url).pathname.slice(1) || "the database"} and inserting…`);
    const c = await seedScale(prisma, factor, (s) => console.log(`  ${s}`));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Scale seed done in ${seconds} s:`);
    for (const [k, v] of Object.entries(c)) console.log(`  ${k.padEnd(24)} ${v.toLocaleString("en")}`);
    console.log(`Demo accounts: ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")} (password ${DEMO_PASSWORD}).`);
  } finally {
    await prisma.$disconnect();
  }
}

function isMainModule(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

if (isMainModule()) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
