// Demo seed: "a real year of the program" (see /work/shared/DOMAIN.md).
//   DATABASE_URL=… npx tsx prisma/seed.ts      (or: npx prisma db seed / npm run db:seed)
// Deterministic and re-runnable: it empties the database, builds every row in
// memory from seeded PRNG streams with explicit ids, inserts them with bulk
// createMany (a handful of statements per table), then moves the id sequences
// past the inserted ids. Only the bcrypt salt of the demo password differs
// between runs.
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db/client";
import { KLIK_ISSUE_TYPES } from "@/lib/domain/klik-issue-types";
import type {
  KaderPosition,
  KlikCaseStatus,
  KlikDesk,
  PolicyStatus,
  Prisma,
  PrismaClient,
  RktlStatus,
  RktlTargetKind,
  TrainingClassKind,
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
  windowMonths,
} from "./factories";
import {
  COMMON_NAMES,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DEMO_TODAY,
  FPK_AGENDAS,
  GUIDES,
  KLIK_FOLLOW_UP_NOTES,
  KLIK_SESSION_NOTES,
  LEADERSHIP_PROVINCE_SLUGS,
  LOCAL_RETRAINING,
  POLICY_STEP_NOTES,
  POLICY_TEMPLATES,
  PROGRAM_INDICATORS,
  PROGRAM_PERIOD,
  PROVINCIAL_RETRAINING,
  REFERRAL_HINTS,
  REGIONAL_NAMES,
  RKTL_ACTIVITIES,
  RKTL_BEHIND_REASONS,
  RKTL_NOTES,
  RKTL_REVIEW_COMMENTS,
  TRAINING_CURRENT_2026,
  VIOLENCE_ACTIONS,
  VIOLENCE_NARRATIVES,
  WORKSHOP_GUIDES_2017,
  WORKSHOP_NATIONAL_2017,
  type GuideContent,
  type PolicyTemplate,
  type TrainingContent,
} from "./seed-data/program";
import {
  FAMILY_OR_SECOND_NAMES,
  ORGANISATION_NAMES_FOR_REFERRALS,
  PROVINCES,
  WOMEN_GIVEN_NAMES,
  type ProvinceSeed,
} from "./seed-data/wilayah";
import { loadGeography } from "@/lib/data/geo-load";
import { officialCodes } from "./seed-data/official-codes";
import {
  buildDemoImports,
  buildDemoKlikImport,
  buildDemoParticipantsImport,
  buildRktlImport,
  NEW_KADER,
  type ImportData,
} from "./seed-imports";

// ───────────────────────── In-memory model ─────────────────────────

type Prov = { id: number; code: string; name: string; slug: string; kabs: Kab[]; programKab: Kab };
type Kab = {
  id: number;
  provinceId: number;
  code: string;
  name: string;
  kind: "KABUPATEN" | "KOTA";
  isProgramArea: boolean;
  prov: Prov;
  kecs: { id: number; name: string }[];
  desas: Desa[];
  serikatId: number;
  kader: Kader[];
};
type Desa = { id: number; name: string; kind: "DESA" | "KELURAHAN"; kecamatan: string };
type Kader = { id: number; fullName: string; position: KaderPosition; active: boolean; desaId: number; kab: Kab };
type Training = Prisma.TrainingCreateManyInput & { id: number };
type ClassRow = Prisma.TrainingClassCreateManyInput & { id: number };

export type SeedSummary = Record<string, number>;

type Data = {
  province: Prisma.ProvinceCreateManyInput[];
  kabupaten: Prisma.KabupatenCreateManyInput[];
  kecamatan: Prisma.KecamatanCreateManyInput[];
  desa: Prisma.DesaCreateManyInput[];
  user: Prisma.UserCreateManyInput[];
  serikat: Prisma.SerikatCreateManyInput[];
  serikatMembership: Prisma.SerikatMembershipCreateManyInput[];
  kader: Prisma.KaderCreateManyInput[];
  guide: Prisma.GuideCreateManyInput[];
  storedFile: Prisma.StoredFileCreateManyInput[];
  guideVersion: Prisma.GuideVersionCreateManyInput[];
  training: Training[];
  trainingClass: ClassRow[];
  participation: Prisma.ParticipationCreateManyInput[];
  participationAttendance: Prisma.ParticipationAttendanceCreateManyInput[];
  trainingGuide: Prisma.TrainingGuideCreateManyInput[];
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
} & ImportData;

function emptyData(): Data {
  return {
    province: [],
    kabupaten: [],
    kecamatan: [],
    desa: [],
    user: [],
    serikat: [],
    serikatMembership: [],
    kader: [],
    guide: [],
    storedFile: [],
    guideVersion: [],
    training: [],
    trainingClass: [],
    participation: [],
    participationAttendance: [],
    trainingGuide: [],
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
    importBatch: [],
    importRow: [],
    importChange: [],
    backgroundJob: [],
  };
}

/** Explicit ids per table, 1, 2, 3… — what a freshly restarted sequence would give. */
function idAllocator() {
  const last = new Map<string, number>();
  return (table: string): number => {
    const n = (last.get(table) ?? 0) + 1;
    last.set(table, n);
    return n;
  };
}

const TODAY = day(DEMO_TODAY);
const MONTHS_ID = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

function tanggal(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS_ID[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function kabLabel(kab: { name: string; kind: "KABUPATEN" | "KOTA" }): string {
  return kab.kind === "KOTA" ? `Kota ${kab.name}` : `Kabupaten ${kab.name}`;
}

function randomDay(rng: Rng, from: string, to: string): Date {
  const a = day(from).getTime();
  const b = day(to).getTime();
  return new Date(a + rng.int(0, Math.round((b - a) / 86_400_000)) * 86_400_000);
}

function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function wrap(text: string, width = 80): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

// ───────────────────────── Names ─────────────────────────

const GIVEN_SET = new Set(WOMEN_GIVEN_NAMES);
const SECOND_SET = new Set(FAMILY_OR_SECOND_NAMES);

function namePools(slug: string): { given: string[]; second: string[]; commonGiven: string[]; commonSecond: string[] } {
  const regional = REGIONAL_NAMES[slug] ?? COMMON_NAMES;
  const keep = (xs: readonly string[], set: Set<string>) => xs.filter((x) => set.has(x));
  const given = keep(regional.given, GIVEN_SET);
  const second = keep(regional.second, SECOND_SET);
  return {
    given: given.length ? given : [...WOMEN_GIVEN_NAMES],
    second: second.length ? second : [...FAMILY_OR_SECOND_NAMES],
    commonGiven: keep(COMMON_NAMES.given, GIVEN_SET),
    commonSecond: keep(COMMON_NAMES.second, SECOND_SET),
  };
}

function personName(rng: Rng, slug: string): string {
  const p = namePools(slug);
  const given = rng.chance(0.75) ? rng.pick(p.given) : rng.pick(p.commonGiven);
  const second = rng.chance(0.7) ? rng.pick(p.second) : rng.pick(p.commonSecond);
  return given === second ? given : `${given} ${second}`;
}

function phone(rng: Rng): string {
  const prefix = rng.pick(["0812", "0813", "0852", "0853", "0821", "0822", "0819", "0877", "0878", "0857", "0858"]);
  let rest = "";
  for (let i = 0; i < 8; i++) rest += String(rng.int(0, 9));
  return prefix + rest;
}

// ───────────────────────── Build ─────────────────────────

/** Every demo row, built in memory; deterministic for a given password hash. */
export function buildDemoData(passwordHash: string): { data: Data; geo: Prov[] } {
  const d = emptyData();
  const nextId = idAllocator();

  // Geography: 20 provinces; the first kabupaten of each is its program kabupaten
  // (Lombok Timur in NTB, Aceh Besar in Aceh).
  const codes = officialCodes(PROVINCES.map((p) => p.code));
  const geo: Prov[] = PROVINCES.map((ps: ProvinceSeed) => {
    const prov = { id: nextId("province"), code: ps.code, name: ps.name, slug: ps.slug, kabs: [] as Kab[] } as Prov;
    d.province.push(buildProvince(prov));
    ps.kabupaten.forEach((ks, i) => {
      const kab: Kab = {
        id: nextId("kabupaten"),
        provinceId: prov.id,
        code: ks.code,
        name: ks.name,
        kind: ks.kind,
        isProgramArea: i === 0,
        prov,
        kecs: [],
        desas: [],
        serikatId: 0,
        kader: [],
      };
      d.kabupaten.push(buildKabupaten(kab));
      for (const kc of ks.kecamatan) {
        const kec = { id: nextId("kecamatan"), name: kc.name };
        kab.kecs.push(kec);
        const kecCode = codes.kecamatan(ks.code, kc.name);
        d.kecamatan.push(buildKecamatan({ id: kec.id, kabupatenId: kab.id, name: kec.name, code: kecCode }));
        for (const ds of kc.desa) {
          const desa: Desa = { id: nextId("desa"), name: ds.name, kind: ds.kind, kecamatan: kc.name };
          kab.desas.push(desa);
          d.desa.push(
            buildDesa({ id: desa.id, kecamatanId: kec.id, name: ds.name, kind: ds.kind, code: codes.desa(kecCode, ds.name, ds.kind) }),
          );
        }
      }
      prov.kabs.push(kab);
    });
    prov.programKab = prov.kabs[0]!;
    return prov;
  });
  const provBySlug = new Map(geo.map((p) => [p.slug, p]));
  const kabByCode = new Map(geo.flatMap((p) => p.kabs).map((k) => [k.code, k]));
  const allKabs = geo.flatMap((p) => p.kabs);
  const ntb = provBySlug.get("ntb")!;
  const aceh = provBySlug.get("aceh")!;
  const lombokTimur = ntb.programKab;

  // Users: the six demo accounts, one password hash.
  const userIds = new Map<string, number>();
  for (const a of DEMO_ACCOUNTS) {
    const id = nextId("user");
    userIds.set(a.email, id);
    const kab = a.kabupatenCode ? kabByCode.get(a.kabupatenCode) : undefined;
    const prov = a.provinceSlug ? provBySlug.get(a.provinceSlug) : undefined;
    d.user.push(
      buildUser({
        id,
        email: a.email,
        name: a.name,
        passwordHash,
        role: a.role,
        provinceId: prov?.id ?? null,
        kabupatenId: kab?.id ?? null,
        canViewViolenceDetails: a.canViewViolenceDetails ?? false,
        createdAt: at(day("2016-01-04"), 2),
      }),
    );
  }
  const national = userIds.get("nasional@pekka.demo")!;
  const districtLombokTimur = userIds.get("staf.lomboktimur@pekka.demo")!;
  const coordinatorOf = new Map<number, number>([
    [ntb.id, userIds.get("koordinator.ntb@pekka.demo")!],
    [aceh.id, userIds.get("koordinator.aceh@pekka.demo")!],
  ]);
  /** Who records district work (KLIK, policies): the district's staff, else the national staff. */
  const districtActor = (kab: Kab) => (kab.id === lombokTimur.id ? districtLombokTimur : national);
  /** Who records RKTL realisation: the province's coordinator, else the national staff. */
  const provinceActor = (prov: Prov) => coordinatorOf.get(prov.id) ?? national;

  // Serikat and kader.
  {
    const rng = new Rng("serikat-kader");
    allKabs.forEach((kab, kabIndex) => {
      kab.serikatId = nextId("serikat");
      const foundedYear = kab.prov.slug === "aceh" ? 2001 + (kab.isProgramArea ? 0 : rng.int(1, 4)) : rng.int(2002, 2012);
      d.serikat.push(
        buildSerikat({ id: kab.serikatId, kabupaten: kab, name: serikatName(kab), foundedYear, createdAt: at(day("2016-01-15"), 3) }),
      );
      const serikat = { id: kab.serikatId, kabupatenId: kab.id, provinceId: kab.provinceId };
      const count = kabIndex % 7 === 3 ? 9 : 10;
      const desaOrder = rng.shuffle(kab.desas);
      const taken = new Set<string>();
      for (let i = 0; i < count; i++) {
        let fullName = personName(rng, kab.prov.slug);
        for (let tries = 0; taken.has(fullName) && tries < 50; tries++) fullName = personName(rng, kab.prov.slug);
        if (taken.has(fullName)) fullName = `${fullName} ${i + 1}`;
        taken.add(fullName);
        const position: KaderPosition = i === 0 ? "KETUA" : i === 1 ? "SEKRETARIS" : i === 2 ? "BENDAHARA" : i <= 4 ? "PENGURUS" : "KADER";
        const active = position !== "KADER" || !rng.chance(0.05);
        const birthYear = rng.int(1958, 1992);
        const joinedYear = Math.min(2016, Math.max(foundedYear, birthYear + 20) + rng.int(0, 5));
        const desa = desaOrder[i % desaOrder.length]!;
        const k: Kader = { id: nextId("kader"), fullName, position, active, desaId: desa.id, kab };
        kab.kader.push(k);
        d.kader.push(
          buildKader({
            id: k.id,
            serikat,
            desaId: desa.id,
            fullName,
            position,
            active,
            birthYear,
            joinedYear,
            phone: rng.chance(0.5) ? phone(rng) : null,
            createdAt: at(day("2016-02-01"), 3 + (i % 5), kabIndex % 60),
          }),
        );
      }
    });
  }

  // Member counts (decision 0026): mid-year and year-end counts through the
  // MAMPU years, then the last two years; a few serikat start counting late and
  // a few have never counted, so dashboards show "not recorded" too. The
  // program kabupaten of NTB and Aceh also counted at the end of October 2026.
  {
    const rng = new Rng("serikat-members");
    const DAYS = ["2016-06-30", "2016-12-31", "2017-06-30", "2017-12-31", "2018-12-31", "2019-12-31", "2025-12-31", "2026-06-30"];
    allKabs.forEach((kab, kabIndex) => {
      if (kabIndex % 11 === 7) return; // never counted
      const days = [...DAYS.slice(kabIndex % 5 === 2 ? 3 : 0)];
      if (kab.isProgramArea && (kab.prov.id === ntb.id || kab.prov.id === aceh.id)) days.push("2026-10-31");
      let members = rng.int(60, 400);
      for (const iso of days) {
        const recordedOn = day(iso);
        d.serikatMembership.push({
          id: nextId("serikatMembership"),
          serikatId: kab.serikatId,
          recordedOn,
          memberCount: members,
          note: null,
          recordedById: kab.prov.id === ntb.id || kab.prov.id === aceh.id ? provinceActor(kab.prov) : national,
          createdAt: at(recordedOn, 9),
          updatedAt: at(recordedOn, 9),
        });
        // Mostly growth; now and then members leave (moved away, remarried).
        members = Math.max(0, members + Math.round((members * (rng.chance(0.15) ? -rng.int(2, 8) : rng.int(2, 14))) / 100));
      }
    });
  }

  // Guides (files come later, uploaded by staff).
  const guideVersionIds = new Map<string, number>(); // "JKN@1.0" → id
  for (const g of GUIDES as GuideContent[]) {
    const guideId = nextId("guide");
    d.guide.push({ id: guideId, topic: g.topic, title: g.title, createdAt: at(day(g.versions[0]!.publishedOn), 9) });
    for (const v of g.versions) {
      const id = nextId("guideVersion");
      guideVersionIds.set(`${g.key}@${v.version}`, id);
      d.guideVersion.push({ id, guideId, version: v.version, publishedOn: day(v.publishedOn), notes: v.notes, fileId: null });
    }
  }
  const linkGuides = (trainingId: number, keys: string[]) => {
    for (const k of keys) d.trainingGuide.push({ trainingId, guideVersionId: guideVersionIds.get(k)! });
  };

  // Trainings: the two 2017 workshops, the 2026 national training, then the cascade.
  const trng = new Rng("trainings");
  const addTraining = (t: Omit<Parameters<typeof buildTraining>[0], "id">): Training => {
    const row = { ...buildTraining({ ...t, id: nextId("training") }) } as Training;
    d.training.push(row);
    return row;
  };
  const nationalTraining = (c: TrainingContent) =>
    addTraining({
      level: "NATIONAL",
      title: c.title,
      theme: c.theme,
      objectives: c.objectives,
      startDate: day(c.startDate),
      endDate: day(c.endDate),
      place: c.place,
      organiser: c.organiser,
      createdAt: at(addDays(day(c.startDate), -30), 2),
    });
  const addClass = (training: Training, kind: TrainingClassKind, name: string): ClassRow => {
    const row: ClassRow = { id: nextId("trainingClass"), trainingId: training.id, kind, name };
    d.trainingClass.push(row);
    return row;
  };
  /** Adds a participation with one attendance row per day; returns whether it was completed. */
  const participate = (
    training: Training,
    cls: ClassRow,
    kader: Kader,
    role: "PARTICIPANT" | "FACILITATOR" | "RESOURCE_PERSON",
  ): boolean => {
    const id = nextId("participation");
    const days = trainingDays(training.startDate as Date, training.endDate as Date);
    let absent = 0;
    for (const dd of days) {
      const present = role !== "PARTICIPANT" || !trng.chance(0.06);
      if (!present) absent++;
      d.participationAttendance.push({ participationId: id, day: dd, present });
    }
    const completed = role !== "PARTICIPANT" || (absent <= 1 && !trng.chance(0.04));
    d.participation.push({ id, classId: cls.id, kaderId: kader.id, role, completed });
    return completed;
  };
  const isLeadershipProvince = (p: Prov) => (LEADERSHIP_PROVINCE_SLUGS as readonly string[]).includes(p.slug);
  const activeKader = (kab: Kab) => kab.kader.filter((k) => k.active);
  const byPosition = (kab: Kab, pos: KaderPosition) => activeKader(kab).filter((k) => k.position === pos);

  // (a) 10–13 April 2017: guide development, two senior people from eight provinces.
  const aprilWorkshop = nationalTraining(WORKSHOP_GUIDES_2017);
  {
    const lead = addClass(aprilWorkshop, "LEADERSHIP_TOT", WORKSHOP_GUIDES_2017.classNames.LEADERSHIP_TOT);
    const impl = addClass(aprilWorkshop, "IMPLEMENTATION", WORKSHOP_GUIDES_2017.classNames.IMPLEMENTATION);
    for (const slug of ["aceh", "jabar", "jateng", "ntb", "ntt", "kalbar", "sultra", "sulsel"]) {
      const p = provBySlug.get(slug)!;
      const cls = isLeadershipProvince(p) ? lead : impl;
      for (const k of [byPosition(p.programKab, "KETUA")[0], byPosition(p.programKab, "SEKRETARIS")[0]]) {
        if (k) participate(aprilWorkshop, cls, k, "PARTICIPANT");
      }
    }
    linkGuides(aprilWorkshop.id, ["JKN@1.0", "FPK@1.0", "POLICY@1.0", "BUDGET@1.0"]);
  }

  // (b) 20–23 May 2017, Bekasi: three people per province (~60), both classes.
  const mayWorkshop = nationalTraining(WORKSHOP_NATIONAL_2017);
  const mayLeadershipGraduates = new Map<number, Kader[]>(); // province id → completed ToT graduates
  const mayParticipants = new Map<number, Kader[]>(); // province id → participants
  const mayPeople = new Set<number>();
  {
    const lead = addClass(mayWorkshop, "LEADERSHIP_TOT", WORKSHOP_NATIONAL_2017.classNames.LEADERSHIP_TOT);
    const impl = addClass(mayWorkshop, "IMPLEMENTATION", WORKSHOP_NATIONAL_2017.classNames.IMPLEMENTATION);
    // Facilitators and a resource person: senior officers of serikat not sending participants' leaders.
    const jabar = provBySlug.get("jabar")!;
    const jateng = provBySlug.get("jateng")!;
    const banten = provBySlug.get("banten")!;
    const facA = byPosition(jabar.kabs[1]!, "KETUA")[0]!;
    const facB = byPosition(jateng.kabs[1]!, "KETUA")[0]!;
    const resource = byPosition(banten.kabs[1]!, "KETUA")[0]!;
    for (const cls of [lead, impl]) {
      participate(mayWorkshop, cls, facA, "FACILITATOR");
      participate(mayWorkshop, cls, facB, "FACILITATOR");
    }
    participate(mayWorkshop, lead, resource, "RESOURCE_PERSON");
    for (const k of [facA, facB, resource]) mayPeople.add(k.id);
    for (const p of geo) {
      const cls = isLeadershipProvince(p) ? lead : impl;
      const other = trng.pick(p.kabs.slice(1));
      const chosen = [
        byPosition(p.programKab, "KETUA")[0],
        byPosition(p.programKab, "PENGURUS")[0],
        trng.pick(activeKader(other).filter((k) => k.position === "KADER" || k.position === "PENGURUS")),
      ].filter((k): k is Kader => k !== undefined && !mayPeople.has(k.id));
      mayParticipants.set(p.id, chosen);
      for (const k of chosen) {
        mayPeople.add(k.id);
        const completed = participate(mayWorkshop, cls, k, "PARTICIPANT");
        if (completed && cls === lead) mayLeadershipGraduates.set(p.id, [...(mayLeadershipGraduates.get(p.id) ?? []), k]);
      }
    }
    linkGuides(mayWorkshop.id, ["JKN@1.0", "FPK@1.0", "POLICY@1.0", "BUDGET@1.0"]);
  }

  // The current cycle: 8–11 September 2026, NTB and Aceh.
  const currentTraining = nationalTraining(TRAINING_CURRENT_2026);
  {
    const lead = addClass(currentTraining, "LEADERSHIP_TOT", TRAINING_CURRENT_2026.classNames.LEADERSHIP_TOT);
    const impl = addClass(currentTraining, "IMPLEMENTATION", TRAINING_CURRENT_2026.classNames.IMPLEMENTATION);
    const facilitator = mayLeadershipGraduates.get(provBySlug.get("jateng")!.id)?.[0];
    if (facilitator) for (const cls of [lead, impl]) participate(currentTraining, cls, facilitator, "FACILITATOR");
    for (const p of [ntb, aceh]) {
      const officers = [byPosition(p.programKab, "SEKRETARIS")[0], byPosition(p.programKab, "BENDAHARA")[0]];
      for (const k of officers) if (k) participate(currentTraining, lead, k, "PARTICIPANT");
      const newer = trng.sample(
        p.kabs.slice(1).flatMap((kab) => byPosition(kab, "KADER")),
        3,
      );
      for (const k of newer) participate(currentTraining, impl, k, "PARTICIPANT");
    }
    linkGuides(currentTraining.id, ["JKN@1.1", "FPK@1.0", "POLICY@1.0", "BUDGET@1.0"]);
  }

  // The cascade: provincial re-trainings (July–October 2017) in the leadership
  // provinces, each facilitated by a May ToT graduate; then local trainings
  // facilitated by the provincial ToT class's graduates.
  const leadershipProvinces = geo.filter(isLeadershipProvince);
  const provincialStarts = [
    "2017-07-11",
    "2017-07-25",
    "2017-08-08",
    "2017-08-22",
    "2017-09-05",
    "2017-09-19",
    "2017-10-03",
    "2017-10-10",
    "2017-10-17",
  ];
  const localPlans: { parent: Training; kab: Kab; facilitator: Kader; after: Date }[] = [];
  leadershipProvinces.forEach((p, i) => {
    const graduates = mayLeadershipGraduates.get(p.id) ?? mayParticipants.get(p.id) ?? [];
    const facilitator = graduates[0];
    if (!facilitator) return;
    const start = addDays(day(provincialStarts[i % provincialStarts.length]!), trng.int(0, 3));
    const host = p.programKab;
    const training = addTraining({
      level: "PROVINCIAL",
      title: PROVINCIAL_RETRAINING.title(p.name),
      theme: PROVINCIAL_RETRAINING.theme,
      objectives: PROVINCIAL_RETRAINING.objectives,
      startDate: start,
      endDate: addDays(start, 2),
      place: PROVINCIAL_RETRAINING.place(host.name, host.kecs[0]!.name),
      organiser: PROVINCIAL_RETRAINING.organiser(host.name),
      provinceId: p.id,
      parentTrainingId: mayWorkshop.id,
      createdAt: at(addDays(start, -21), 3),
    });
    const lead = addClass(training, "LEADERSHIP_TOT", PROVINCIAL_RETRAINING.classNames.LEADERSHIP_TOT);
    const impl = addClass(training, "IMPLEMENTATION", PROVINCIAL_RETRAINING.classNames.IMPLEMENTATION);
    for (const cls of [lead, impl]) participate(training, cls, facilitator, "FACILITATOR");
    const localKabs = trng.sample(p.kabs, trng.int(1, 2));
    const used = new Set<number>([facilitator.id, ...mayPeople]);
    const total = trng.int(10, 15);
    let count = 0;
    for (const kab of localKabs) {
      const tot = trng.sample(
        activeKader(kab).filter((k) => !used.has(k.id)),
        2,
      );
      for (const k of tot) {
        used.add(k.id);
        count++;
        if (participate(training, lead, k, "PARTICIPANT") && !localPlans.some((l) => l.parent === training && l.kab === kab)) {
          localPlans.push({ parent: training, kab, facilitator: k, after: addDays(start, 2) });
        }
      }
    }
    const pool = trng.shuffle(p.kabs.flatMap((kab) => activeKader(kab)).filter((k) => !used.has(k.id)));
    for (const k of pool) {
      if (count >= total) break;
      used.add(k.id);
      count++;
      participate(training, impl, k, "PARTICIPANT");
    }
    linkGuides(training.id, ["JKN@1.0", "POLICY@1.0"]);
  });
  for (const plan of localPlans) {
    const start = addDays(plan.after, trng.int(21, 70));
    const venue = trng.pick(plan.kab.desas);
    const training = addTraining({
      level: "LOCAL",
      title: LOCAL_RETRAINING.title(kabLabel(plan.kab)),
      theme: LOCAL_RETRAINING.theme,
      objectives: LOCAL_RETRAINING.objectives,
      startDate: start,
      endDate: addDays(start, 1),
      place:
        venue.kind === "KELURAHAN"
          ? `Aula Kantor Kelurahan ${venue.name}, Kecamatan ${venue.kecamatan}`
          : LOCAL_RETRAINING.place(venue.name, venue.kecamatan),
      organiser: LOCAL_RETRAINING.organiser(plan.kab.kind === "KOTA" ? `Kota ${plan.kab.name}` : plan.kab.name),
      provinceId: plan.kab.provinceId,
      kabupatenId: plan.kab.id,
      parentTrainingId: plan.parent.id,
      createdAt: at(addDays(start, -14), 3),
    });
    const impl = addClass(training, "IMPLEMENTATION", LOCAL_RETRAINING.className);
    participate(training, impl, plan.facilitator, "FACILITATOR");
    const others = trng.sample(
      activeKader(plan.kab).filter((k) => k.id !== plan.facilitator.id),
      trng.int(6, 8),
    );
    for (const k of others) participate(training, impl, k, "PARTICIPANT");
  }

  // RKTL: one plan per province for the May 2017 workshop (June–November 2017),
  // plus the current cycle (October 2026 – March 2027) for NTB and Aceh.
  {
    const rng = new Rng("rktl");
    const statusOf = (slug: string): RktlStatus =>
      ["ntb", "aceh"].includes(slug)
        ? "CLOSED"
        : ["malut", "bengkulu"].includes(slug)
          ? "DRAFT"
          : ["riau", "kaltim", "sulut"].includes(slug)
            ? "SUBMITTED"
            : "APPROVED";
    const kinds: RktlTargetKind[] = ["KLIK_SESSION", "SOCIALISATION", "ADVOCACY", "FPK_MEETING", "RETRAINING", "JKN_ENROLMENT", "OTHER"];
    const responsibleFor = (kab: Kab): string => {
      const fromMay = (mayParticipants.get(kab.provinceId) ?? []).find((k) => k.kab.id === kab.id);
      return (fromMay ?? byPosition(kab, "KETUA")[0] ?? activeKader(kab)[0]!).fullName;
    };
    const addTarget = (planId: number, prov: Prov, kind: RktlTargetKind, kab: Kab, plannedMonth: Date, createdAt: Date) => {
      const a = rng.pick(RKTL_ACTIVITIES[kind]);
      const id = nextId("rktlTarget");
      const quantity = rng.int(a.min, a.max);
      d.rktlTarget.push(
        buildRktlTarget({
          id,
          planId,
          activity: a.activity,
          kind,
          quantity,
          unit: a.unit,
          kabupatenId: kab.id,
          responsible: responsibleFor(kab),
          plannedMonth,
          createdAt,
        }),
      );
      return { id, quantity, plannedMonth, prov };
    };
    /** Monthly realisation from the planned month through `lastMonth`, usually short of the target. */
    const realise = (t: { id: number; quantity: number; plannedMonth: Date; prov: Prov }, lastMonth: Date, ratio: number) => {
      const months: Date[] = [];
      for (let m = t.plannedMonth; m <= lastMonth && months.length < 3; m = addMonths(m, 1)) months.push(m);
      let remaining = Math.round(t.quantity * ratio);
      months.forEach((month, i) => {
        const share = i === months.length - 1 ? remaining : Math.round(remaining * (i === 0 ? 0.6 : 0.5));
        remaining -= share;
        const pace = Math.ceil(t.quantity / months.length);
        const behind = share < pace;
        d.rktlRealisation.push(
          buildRktlRealisation({
            id: nextId("rktlRealisation"),
            targetId: t.id,
            month,
            achieved: share,
            note: share > 0 ? rng.pick(RKTL_NOTES) : null,
            behindReason: behind ? rng.pick(RKTL_BEHIND_REASONS) : null,
            recordedById: provinceActor(t.prov),
            createdAt: at(addDays(addMonths(month, 1), rng.int(1, 6)), 4),
          }),
        );
      });
    };

    for (const p of geo) {
      const status = statusOf(p.slug);
      const windowStart = day("2017-06-01");
      const createdAt = at(day("2017-05-23"), 7, 30);
      const submittedAt = status === "DRAFT" ? null : at(addDays(day("2017-05-23"), rng.int(0, 12)), 5);
      const approvedAt = status === "APPROVED" || status === "CLOSED" ? at(addDays(submittedAt!, rng.int(3, 14)), 3) : null;
      const planId = nextId("rktlPlan");
      const updatedAt = status === "CLOSED" ? at(day("2017-12-05"), 4) : (approvedAt ?? submittedAt ?? at(day("2017-06-20"), 4));
      d.rktlPlan.push(
        buildRktlPlan({
          id: planId,
          provinceId: p.id,
          trainingId: mayWorkshop.id,
          windowStart,
          status,
          reviewComment:
            status === "SUBMITTED" || status === "CLOSED"
              ? RKTL_REVIEW_COMMENTS[status]
              : status === "DRAFT"
                ? RKTL_REVIEW_COMMENTS.DRAFT
                : null,
          submittedAt,
          approvedAt,
          approvedById: approvedAt ? national : null,
          createdAt,
          updatedAt,
        }),
      );
      const months = windowMonths(windowStart);
      for (const kind of rng.sample(kinds, rng.int(4, 7))) {
        const kab = rng.chance(0.5) ? p.programKab : rng.pick(p.kabs);
        const t = addTarget(planId, p, kind, kab, rng.pick(months.slice(0, 5)), createdAt);
        if ((status === "APPROVED" || status === "CLOSED") && !rng.chance(0.12)) {
          realise(
            t,
            months[5]!,
            rng.weighted([
              [0.4, 2],
              [0.6, 3],
              [0.8, 3],
              [1, 2],
            ] as const),
          );
        }
      }
    }

    // NTB, approved: October and November 2026 reported, partly achieved.
    {
      const planId = nextId("rktlPlan");
      const windowStart = day("2026-10-01");
      const createdAt = at(day("2026-09-11"), 8);
      d.rktlPlan.push(
        buildRktlPlan({
          id: planId,
          provinceId: ntb.id,
          trainingId: currentTraining.id,
          windowStart,
          status: "APPROVED",
          submittedAt: at(day("2026-09-15"), 3),
          approvedAt: at(day("2026-09-22"), 2),
          approvedById: national,
          createdAt,
          updatedAt: at(day("2026-09-22"), 2),
        }),
      );
      const [lt, lteng, lbar, bima] = ntb.kabs as [Kab, Kab, Kab, Kab];
      const plan: [RktlTargetKind, Kab, number][] = [
        ["KLIK_SESSION", lt, 0],
        ["JKN_ENROLMENT", lt, 0],
        ["SOCIALISATION", lbar, 0],
        ["ADVOCACY", lteng, 1],
        ["KLIK_SESSION", bima, 1],
        ["FPK_MEETING", lt, 2],
        ["RETRAINING", lteng, 3],
      ];
      const lastReported = day("2026-11-01");
      for (const [kind, kab, offset] of plan) {
        const t = addTarget(planId, ntb, kind, kab, addMonths(windowStart, offset), createdAt);
        if (t.plannedMonth <= lastReported) {
          const months = t.plannedMonth < lastReported ? [t.plannedMonth, lastReported] : [lastReported];
          let left = Math.max(1, Math.round(t.quantity * rng.pick([0.5, 0.6, 0.7])));
          months.forEach((month, i) => {
            const achieved = i === months.length - 1 ? left : Math.ceil(left * 0.6);
            left -= achieved;
            const row = buildRktlRealisation({
              id: nextId("rktlRealisation"),
              targetId: t.id,
              month,
              achieved,
              note: rng.pick(RKTL_NOTES),
              behindReason: rng.pick(RKTL_BEHIND_REASONS),
              recordedById: provinceActor(ntb),
              createdAt: month.getTime() === lastReported.getTime() ? at(day("2026-11-20"), 6) : at(day("2026-11-03"), 6),
            });
            // The advocacy target (planned for November) is not reported yet, so the
            // coordinator's "Tugas saya" shows it (the row is drawn all the same: the rest
            // of the seed stays as it was).
            if (kind !== "ADVOCACY") d.rktlRealisation.push(row);
          });
        }
      }
    }
    // Aceh, still a draft: targets, no realisation.
    {
      const planId = nextId("rktlPlan");
      const windowStart = day("2026-10-01");
      const createdAt = at(day("2026-09-11"), 8, 30);
      d.rktlPlan.push(
        buildRktlPlan({
          id: planId,
          provinceId: aceh.id,
          trainingId: currentTraining.id,
          windowStart,
          status: "DRAFT",
          reviewComment: null,
          createdAt,
          updatedAt: at(day("2026-11-18"), 7),
        }),
      );
      const [besar, pidie, bireuen, utara] = aceh.kabs as [Kab, Kab, Kab, Kab];
      const plan: [RktlTargetKind, Kab, number][] = [
        ["KLIK_SESSION", besar, 1],
        ["ADVOCACY", besar, 2],
        ["SOCIALISATION", pidie, 1],
        ["JKN_ENROLMENT", bireuen, 3],
        ["RETRAINING", utara, 4],
      ];
      for (const [kind, kab, offset] of plan) addTarget(planId, aceh, kind, kab, addMonths(windowStart, offset), createdAt);
      const imported = buildRktlImport({
        nextId,
        userId: provinceActor(aceh),
        planId,
        kabupatenId: pidie.id,
        responsible: responsibleFor(pidie),
        months: [addMonths(windowStart, 2), addMonths(windowStart, 3)],
        uploadedAt: at(day("2026-11-20"), 3),
      });
      d.importBatch.push(...imported.importBatch);
      d.importRow.push(...imported.importRow);
    }
  }

  // KLIK PEKKA: ~6 sessions per program kabupaten and 1–2 elsewhere in 2017–2018,
  // plus the current sessions in Lombok Timur (October–November 2026).
  {
    const rng = new Rng("klik");
    const deskWeights = [
      ["REGISTRATION", 20],
      ["SOCIAL_PROTECTION", 38],
      ["LEGAL_IDENTITY", 32],
      ["VIOLENCE", 10],
    ] as const;
    const issueWeights: Record<KlikDesk, readonly (readonly [string, number])[]> = {
      REGISTRATION: [
        ["NEW_VISITOR", 5],
        ["INFORMATION_REQUEST", 3],
        ["CONSULTATION", 2],
      ],
      SOCIAL_PROTECTION: [
        ["JKN_ENROLMENT", 9],
        ["JKN_PREMIUM_ARREARS", 3],
        ["PKH_CASH_TRANSFER", 4],
        ["BPNT_FOOD_AID", 3],
        ["KIP_SCHOOL_AID", 2],
        ["DTKS_DATA_UPDATE", 4],
      ],
      LEGAL_IDENTITY: [
        ["BIRTH_CERTIFICATE", 9],
        ["ID_CARD", 4],
        ["FAMILY_CARD", 4],
        ["MARRIAGE_CERTIFICATE", 4],
        ["DIVORCE_CERTIFICATE", 2],
        ["DEATH_CERTIFICATE", 1],
      ],
      VIOLENCE: [
        ["DOMESTIC_VIOLENCE", 6],
        ["SEXUAL_VIOLENCE", 1],
        ["ECONOMIC_NEGLECT", 3],
        ["CHILD_ABUSE", 1],
        ["OTHER", 1],
      ],
    };
    for (const [desk, pairs] of Object.entries(issueWeights)) {
      for (const [code] of pairs) if (!(KLIK_ISSUE_TYPES[desk as KlikDesk] as readonly string[]).includes(code)) throw new Error(code);
    }
    const pastStatus = (desk: KlikDesk): KlikCaseStatus =>
      desk === "REGISTRATION"
        ? rng.weighted([
            ["RESOLVED", 60],
            ["CLOSED", 35],
            ["RECEIVED", 5],
          ] as const)
        : desk === "VIOLENCE"
          ? rng.weighted([
              ["RESOLVED", 30],
              ["CLOSED", 30],
              ["REFERRED", 18],
              ["IN_PROGRESS", 15],
              ["RECEIVED", 7],
            ] as const)
          : rng.weighted([
              ["RESOLVED", 50],
              ["CLOSED", 20],
              ["REFERRED", 12],
              ["IN_PROGRESS", 10],
              ["RECEIVED", 8],
            ] as const);
    const currentStatus = (desk: KlikDesk): KlikCaseStatus =>
      desk === "REGISTRATION"
        ? rng.weighted([
            ["RESOLVED", 70],
            ["RECEIVED", 30],
          ] as const)
        : rng.weighted([
            ["RECEIVED", 30],
            ["REFERRED", 30],
            ["IN_PROGRESS", 22],
            ["RESOLVED", 15],
            ["CLOSED", 3],
          ] as const);
    const referralPool = (desk: KlikDesk) =>
      ORGANISATION_NAMES_FOR_REFERRALS.filter((o) => (REFERRAL_HINTS[desk] as readonly string[]).some((h) => o.includes(h)));
    const localise = (org: string, kab: Kab) =>
      org.endsWith(" Kabupaten") ? `${org.slice(0, -" Kabupaten".length)} ${kabLabel(kab)}` : org;

    const sessionsFor = (kab: Kab): Date[] => {
      if (kab.isProgramArea) {
        // Six sessions spread over 2017–2018, roughly one per quarter.
        const quarters = ["2017-06-01", "2017-09-01", "2017-12-01", "2018-03-01", "2018-06-01", "2018-09-01"];
        return quarters.map((q) => addDays(day(q), rng.int(0, 80)));
      }
      return Array.from({ length: rng.int(1, 2) }, () => randomDay(rng, "2017-07-01", "2018-10-31")).sort(
        (a, b) => a.getTime() - b.getTime(),
      );
    };
    const current = [day("2026-10-10"), day("2026-10-24"), day("2026-11-14")];

    for (const kab of allKabs) {
      const dates = sessionsFor(kab).map((dt) => ({ dt, isCurrent: false }));
      if (kab.id === lombokTimur.id) dates.push(...current.map((dt) => ({ dt, isCurrent: true })));
      for (const { dt, isCurrent } of dates) {
        const sessionId = nextId("klikSession");
        const desa = rng.pick(kab.desas);
        const officers = rng
          .sample(activeKader(kab), rng.int(2, 4))
          .map((k) => k.fullName)
          .join(", ");
        const actor = districtActor(kab);
        d.klikSession.push(
          buildKlikSession({
            id: sessionId,
            desaId: desa.id,
            kabupaten: kab,
            heldOn: dt,
            officers,
            notes: rng.pick(KLIK_SESSION_NOTES),
            createdById: actor,
            createdAt: at(addDays(dt, rng.int(0, 3)), 9),
          }),
        );
        const session = { id: sessionId, kabupatenId: kab.id, provinceId: kab.provinceId };
        const caseCount = isCurrent ? rng.int(8, 16) : rng.int(5, 25);
        for (let c = 0; c < caseCount; c++) {
          const desk = rng.weighted(deskWeights) as KlikDesk;
          const issueType = rng.weighted(issueWeights[desk]);
          const status = isCurrent ? currentStatus(desk) : pastStatus(desk);
          const referred =
            status === "REFERRED" || status === "IN_PROGRESS" || (status === "RESOLVED" && (desk === "VIOLENCE" || rng.chance(0.4)));
          const referralInstitution = referred ? localise(rng.pick(referralPool(desk)), kab) : null;
          const caseId = nextId("klikCase");
          const createdAt = at(dt, rng.int(1, 7), rng.int(0, 59));

          // A few follow-ups, dated after the session and before "today".
          const followUps: Date[] = [];
          if ((status === "REFERRED" || status === "IN_PROGRESS" || status === "RESOLVED") && rng.chance(desk === "VIOLENCE" ? 0.6 : 0.2)) {
            let f = dt;
            for (let i = rng.int(1, 2); i > 0; i--) {
              f = addDays(f, rng.int(5, 30));
              if (f >= TODAY) break;
              followUps.push(f);
            }
          }
          const notes = KLIK_FOLLOW_UP_NOTES[desk];
          followUps.forEach((f, i) => {
            const last = i === followUps.length - 1;
            const note = last && status === "RESOLVED" ? notes.done : notes.progress[Math.min(i, notes.progress.length - 1)]!;
            d.klikFollowUp.push({ id: nextId("klikFollowUp"), caseId, date: f, note, byUserId: actor, createdAt: at(f, 8) });
          });
          const updatedAt = followUps.length ? at(followUps[followUps.length - 1]!, 8) : createdAt;
          d.klikCase.push(
            buildKlikCase({
              id: caseId,
              session,
              desk,
              issueType,
              status,
              referralInstitution,
              personName: desk === "VIOLENCE" ? null : personName(rng, kab.prov.slug),
              createdAt,
              updatedAt,
            }),
          );
          if (desk === "VIOLENCE") {
            const action = VIOLENCE_ACTIONS[status].replace("{lembaga}", referralInstitution ?? "lembaga layanan");
            d.violenceCaseDetail.push(
              buildViolenceDetail({
                caseId,
                complainantName: personName(rng, kab.prov.slug),
                complainantContact: rng.chance(0.4) ? phone(rng) : null,
                narrative: VIOLENCE_NARRATIVES[issueType as keyof typeof VIOLENCE_NARRATIVES].replace("{tindak}", action),
                createdAt,
              }),
            );
          }
        }
      }
    }
  }

  // Policy targets: 4–8 per program kabupaten, 1–2 elsewhere; every status;
  // a curated set for Lombok Timur that also reaches into 2026.
  {
    const rng = new Rng("policy");
    // Tuned so the program kabupaten hold somewhat fewer written policies than the director's target of 20.
    const programWeights = [
      ["IDENTIFIED", 14],
      ["ADVOCACY", 22],
      ["DRAFTING", 18],
      ["DELIBERATION", 14],
      ["ENACTED", 17],
      ["DROPPED", 8],
    ] as const;
    const otherWeights = [
      ["IDENTIFIED", 25],
      ["ADVOCACY", 30],
      ["DRAFTING", 15],
      ["DELIBERATION", 10],
      ["ENACTED", 6],
      ["DROPPED", 8],
    ] as const;

    type Spec = {
      template: PolicyTemplate;
      desa: Desa | null;
      status: PolicyStatus;
      start: Date;
      gaps?: number[];
      droppedAfter?: "IDENTIFIED" | "ADVOCACY" | "DRAFTING" | "DELIBERATION";
    };

    const addPolicy = (kab: Kab, spec: Spec) => {
      const tpl = spec.template;
      const isKota = kab.kind === "KOTA";
      const type = tpl.type === "PERBUP" && isKota ? "PERWALI" : tpl.type;
      const numberPrefix = tpl.type === "PERBUP" && isKota ? "Perwali" : tpl.numberPrefix;
      const title = tpl.title
        .replace("{desa}", spec.desa?.name ?? "")
        .replace("{kab}", kab.name)
        .replace("{prov}", kab.prov.name)
        .replace("{kepala}", isKota ? "Wali Kota" : "Bupati")
        .replace("{daerah}", isKota ? "Kota" : "Kabupaten");
      const steps = policySteps(spec.status, spec.droppedAfter ?? "ADVOCACY");
      const dates: Date[] = [];
      let t = spec.start;
      steps.forEach((_, i) => {
        if (i > 0) t = addDays(t, spec.gaps?.[i - 1] ?? rng.int(25, 120));
        dates.push(t);
      });
      const last = dates[dates.length - 1]!;
      if (last >= TODAY) throw new Error(`policy timeline runs past today: ${title}`);
      const actor = districtActor(kab);
      const id = nextId("policyTarget");
      let number: string | null = null;
      let enactedOn: Date | null = null;
      let evidenceFileId: number | null = null;
      let budgetAmount: bigint | null = null;
      if (spec.status === "ENACTED") {
        enactedOn = addDays(last, -rng.int(3, 14));
        number = `${numberPrefix} No. ${rng.int(1, 40)} Tahun ${enactedOn.getUTCFullYear()}`;
        const issuer = spec.desa
          ? `PEMERINTAH DESA ${spec.desa.name.toUpperCase()}`
          : tpl.level === "PROVINSI"
            ? `PEMERINTAH PROVINSI ${kab.prov.name.toUpperCase()}`
            : `PEMERINTAH ${kabLabel(kab).toUpperCase()}`;
        const pdf = minimalPdf([
          issuer,
          "",
          ...wrap(title.toUpperCase(), 70),
          number.toUpperCase(),
          "",
          `Ditetapkan pada tanggal ${tanggal(enactedOn)}.`,
          "Salinan dokumen sebagai bukti kebijakan tertulis - arsip Serikat Pekka (data demo).",
        ]);
        evidenceFileId = nextId("storedFile");
        d.storedFile.push(
          buildStoredFile({
            id: evidenceFileId,
            originalName: `${slugify(number)}${spec.desa ? `-${slugify(spec.desa.name)}` : `-${slugify(kab.name)}`}.pdf`,
            data: pdf,
            mimeType: "application/pdf",
            uploadedById: actor,
            createdAt: at(last, 3),
          }),
        );
        if (tpl.budgetMillions) budgetAmount = BigInt(rng.int(tpl.budgetMillions[0], tpl.budgetMillions[1])) * 1_000_000n;
        else if (tpl.topic === "JKN" && rng.chance(0.4)) budgetAmount = BigInt(rng.int(10, 60)) * 5_000_000n;
      }
      d.policyTarget.push({
        ...buildPolicyTarget({
          id,
          level: tpl.level,
          type,
          topic: tpl.topic,
          title,
          kabupaten: kab,
          desaId: spec.desa?.id ?? null,
          status: spec.status,
          number,
          enactedOn,
          budgetAmount,
          evidenceFileId,
          createdAt: at(dates[0]!, 2),
          updatedAt: at(last, 3),
        }),
        version: steps.length,
      });
      steps.forEach((to, i) => {
        d.policyStatusChange.push({
          id: nextId("policyStatusChange"),
          policyId: id,
          fromStatus: i === 0 ? null : steps[i - 1]!,
          toStatus: to,
          changedAt: at(dates[i]!, 3),
          changedById: actor,
          note: POLICY_STEP_NOTES[to],
        });
      });
    };

    const tplBy = (type: string, topic: string, level?: string) =>
      POLICY_TEMPLATES.find((t) => t.type === type && t.topic === topic && (!level || t.level === level))!;
    const desaByName = (kab: Kab, name: string) => kab.desas.find((x) => x.name === name)!;

    // Lombok Timur, by hand: every status, old and current work.
    const lt = lombokTimur;
    const ltSpecs: Spec[] = [
      {
        template: tplBy("PERDES", "JKN"),
        desa: desaByName(lt, "Masbagik Selatan"),
        status: "ENACTED",
        start: day("2016-09-12"),
        gaps: [60, 90, 75, 120],
      },
      { template: tplBy("PERBUP", "LEGAL_IDENTITY"), desa: null, status: "ENACTED", start: day("2017-02-20"), gaps: [90, 150, 120, 110] },
      {
        template: tplBy("PERDES", "BUDGET"),
        desa: desaByName(lt, "Paokmotong"),
        status: "ENACTED",
        start: day("2025-11-10"),
        gaps: [45, 60, 70, 90],
      },
      {
        template: tplBy("PERDES", "VIOLENCE"),
        desa: desaByName(lt, "Masbagik Utara"),
        status: "DELIBERATION",
        start: day("2026-02-16"),
        gaps: [70, 90, 85],
      },
      { template: tplBy("PERBUP", "FPK"), desa: null, status: "DRAFTING", start: day("2018-01-15"), gaps: [120, 200] },
      { template: tplBy("PERDA", "VIOLENCE", "KABUPATEN"), desa: null, status: "ADVOCACY", start: day("2026-08-03"), gaps: [40] },
      {
        template: tplBy("PERDES", "SOCIAL_PROTECTION"),
        desa: desaByName(lt, "Masbagik Selatan"),
        status: "IDENTIFIED",
        start: day("2026-11-05"),
      },
      {
        template: tplBy("SK", "BUDGET"),
        desa: null,
        status: "DROPPED",
        start: day("2017-03-06"),
        gaps: [75, 180],
        droppedAfter: "ADVOCACY",
      },
    ];
    for (const s of ltSpecs) addPolicy(lt, s);

    for (const kab of allKabs) {
      if (kab.id === lt.id) continue;
      const villages = kab.desas.filter((x) => x.kind === "DESA");
      let templates = POLICY_TEMPLATES.filter(
        (t) => (t.level !== "DESA" || villages.length > 0) && (t.level !== "PROVINSI" || kab.isProgramArea),
      );
      const n = kab.isProgramArea ? rng.int(4, 8) : rng.int(1, 2);
      const usedTitles = new Set<string>();
      let provincialUsed = false;
      for (let i = 0; i < n; i++) {
        const tpl = rng.pick(templates);
        const desa = tpl.level === "DESA" ? rng.pick(villages) : null;
        const key = `${tpl.title}|${desa?.id ?? ""}`;
        if (usedTitles.has(key) || (tpl.level === "PROVINSI" && provincialUsed)) {
          i--;
          templates = templates.filter((t) => t !== tpl || t.level === "DESA");
          if (templates.length === 0) break;
          continue;
        }
        usedTitles.add(key);
        if (tpl.level === "PROVINSI") provincialUsed = true;
        const status = rng.weighted(kab.isProgramArea ? programWeights : otherWeights) as PolicyStatus;
        addPolicy(kab, {
          template: tpl,
          desa,
          status,
          start: randomDay(rng, "2016-08-01", "2017-09-30"),
          droppedAfter: rng.pick(["IDENTIFIED", "ADVOCACY", "DRAFTING"] as const),
        });
      }
    }
  }

  // FPK forum meetings in the program kabupaten.
  {
    const rng = new Rng("fpk");
    const core: [string, number, number][] = [
      ["Serikat Pekka", 3, 8],
      ["Dinas Sosial", 1, 3],
      ["Bappeda", 1, 2],
      ["BPJS Kesehatan", 1, 2],
      ["Disdukcapil", 1, 2],
      ["Pemerintah Desa", 2, 6],
    ];
    const optional = ["Dinas Kesehatan", "DP3A", "Pengadilan Agama", "DPRD", "TKSK dan Pendamping PKH"];
    const addMeeting = (kab: Kab, heldOn: Date, agendaIndex: number) => {
      const a = FPK_AGENDAS[agendaIndex % FPK_AGENDAS.length]!;
      const id = nextId("fpkMeeting");
      const budget = agendaIndex % FPK_AGENDAS.length === 4 || rng.chance(0.15) ? BigInt(rng.int(20, 150)) * 5_000_000n : null;
      d.fpkMeeting.push({
        id,
        provinceId: kab.provinceId,
        kabupatenId: kab.id,
        heldOn,
        agenda: a.agenda,
        agreements: a.agreements,
        followUps: a.followUps,
        budgetAmount: budget,
        createdAt: at(addDays(heldOn, rng.int(1, 4)), 6),
        updatedAt: at(addDays(heldOn, rng.int(5, 10)), 6),
      });
      const institutions = [
        ...core.filter(([name]) => name !== "Pemerintah Desa" || rng.chance(0.8)).map(([name, lo, hi]) => [name, rng.int(lo, hi)] as const),
      ];
      for (const name of rng.sample(optional, rng.int(0, 3))) institutions.push([name, rng.int(1, 2)] as const);
      for (const [institution, personCount] of institutions)
        d.fpkParticipant.push({ id: nextId("fpkParticipant"), meetingId: id, institution, personCount });
    };
    for (const p of geo) {
      const kab = p.programKab;
      const count = rng.int(2, 3);
      let heldOn = randomDay(rng, "2017-07-01", "2017-10-31");
      for (let i = 0; i < count; i++) {
        addMeeting(kab, heldOn, i === 0 ? 0 : rng.int(1, FPK_AGENDAS.length - 1));
        heldOn = addDays(heldOn, rng.int(90, 200));
      }
    }
    addMeeting(lombokTimur, day("2026-10-28"), 1);
  }

  // Program indicators for the three directions, MAMPU phase 2.
  for (const ind of PROGRAM_INDICATORS) {
    d.programIndicator.push({
      id: nextId("programIndicator"),
      direction: ind.direction,
      code: ind.code,
      name: ind.name,
      unit: ind.unit,
      target: ind.target,
      periodStart: day(PROGRAM_PERIOD.start),
      periodEnd: day(PROGRAM_PERIOD.end),
    });
  }

  // Two kader imports of the district staff: one committed, one waiting for her word.
  {
    const inTraining = new Set(d.participation.map((p) => p.kaderId));
    const own = d.kader.filter((k) => k.kabupatenId === lombokTimur.id) as (Prisma.KaderCreateManyInput & { id: number })[];
    const taken = (desaId: number) => own.some((k) => k.desaId === desaId && NEW_KADER.some((n) => n.fullName === k.fullName));
    const desaId = lombokTimur.desas.find((x) => !taken(x.id))!.id;
    // Three kader outside any training came in through the committed import (so it can still be undone).
    const imported = own.filter((k) => k.position === "KADER" && !inTraining.has(k.id)).slice(-3);
    if (imported.length < 3) throw new Error("the demo import needs three kader outside any training");
    const committedAt = at(day("2026-11-10"), 9);
    for (const k of imported) k.createdAt = committedAt;
    const imports = buildDemoImports({
      nextId,
      userId: districtLombokTimur,
      imported,
      committedAt,
      desaId,
      serikatId: lombokTimur.serikatId,
      today: at(TODAY, 9),
    });
    for (const table of ["importBatch", "importRow", "importChange", "backgroundJob"] as const) {
      (d[table] as unknown[]).push(...imports[table]);
    }
  }

  // A KLIK cases import of the district staff into her newest session: three open-desk cases with no follow-up came in through it.
  {
    const newest = day("2026-11-14"); // the last of her current sessions (KLIK above)
    const session = d.klikSession.find((s) => s.kabupatenId === lombokTimur.id && new Date(s.heldOn).getTime() === newest.getTime())!;
    const followed = new Set(d.klikFollowUp.map((f) => f.caseId));
    const imported = d.klikCase
      .filter((c) => c.sessionId === session.id && c.desk !== "VIOLENCE" && !followed.has(c.id!))
      .slice(0, 3) as (Prisma.KlikCaseCreateManyInput & { id: number })[];
    if (imported.length < 3) throw new Error("the demo KLIK import needs three open-desk cases without follow-ups");
    const committedAt = at(addDays(newest, 1), 9);
    for (const c of imported) c.createdAt = c.updatedAt = committedAt;
    const klikImport = buildDemoKlikImport({ nextId, userId: districtLombokTimur, sessionId: session.id!, imported, committedAt });
    for (const table of ["importBatch", "importRow", "importChange"] as const) (d[table] as unknown[]).push(...klikImport[table]);
  }
  // A participants import of the NTB coordinator: three participants of her provincial re-training's implementation class came in through it.
  {
    const training = d.training.find((t) => t.level === "PROVINCIAL" && t.provinceId === ntb.id)!;
    const cls = d.trainingClass.find((c) => c.trainingId === training.id && c.kind === "IMPLEMENTATION")!;
    const names = new Map(d.kader.map((k) => [k.id, k.fullName]));
    const participations = d.participation
      .filter((p) => p.classId === cls.id && p.role === "PARTICIPANT")
      .slice(-3)
      .map((p) => ({
        id: p.id!,
        kaderId: p.kaderId,
        kaderName: names.get(p.kaderId)!,
        role: "PARTICIPANT" as const,
        completed: p.completed ?? false,
        attendance: d.participationAttendance
          .filter((a) => a.participationId === p.id)
          .map((a) => ({ day: new Date(a.day), present: a.present })),
      }));
    if (participations.length < 3) throw new Error("the demo participants import needs three participants in an NTB class");
    const imports = buildDemoParticipantsImport({
      nextId,
      userId: coordinatorOf.get(ntb.id)!,
      classId: cls.id,
      participations,
      committedAt: at(addDays(training.endDate as Date, 2), 10),
    });
    d.importBatch.push(...imports.importBatch);
    d.importRow.push(...imports.importRow);
    d.importChange.push(...imports.importChange);
  }

  return { data: d, geo };
}

// ───────────────────────── Insert ─────────────────────────

async function insertAll(prisma: PrismaClient, d: Data): Promise<void> {
  // Parents before children; one or a few statements per table.
  await insertMany(prisma.province, d.province);
  await insertMany(prisma.kabupaten, d.kabupaten);
  await insertMany(prisma.kecamatan, d.kecamatan);
  await insertMany(prisma.desa, d.desa);
  await insertMany(prisma.user, d.user);
  await insertMany(prisma.serikat, d.serikat);
  await insertMany(prisma.serikatMembership, d.serikatMembership);
  await insertMany(prisma.kader, d.kader);
  await insertMany(prisma.guide, d.guide);
  await insertMany(prisma.storedFile, d.storedFile);
  await insertMany(prisma.guideVersion, d.guideVersion);
  await insertMany(prisma.training, d.training);
  await insertMany(prisma.trainingClass, d.trainingClass);
  await insertMany(prisma.participation, d.participation);
  await insertMany(prisma.participationAttendance, d.participationAttendance);
  await insertMany(prisma.trainingGuide, d.trainingGuide);
  await insertMany(prisma.rktlPlan, d.rktlPlan);
  await insertMany(prisma.rktlTarget, d.rktlTarget);
  await insertMany(prisma.rktlRealisation, d.rktlRealisation);
  await insertMany(prisma.klikSession, d.klikSession);
  await insertMany(prisma.klikCase, d.klikCase);
  await insertMany(prisma.violenceCaseDetail, d.violenceCaseDetail);
  await insertMany(prisma.klikFollowUp, d.klikFollowUp);
  await insertMany(prisma.policyTarget, d.policyTarget);
  await insertMany(prisma.policyStatusChange, d.policyStatusChange);
  await insertMany(prisma.fpkMeeting, d.fpkMeeting);
  await insertMany(prisma.fpkParticipant, d.fpkParticipant);
  await insertMany(prisma.programIndicator, d.programIndicator);
  await insertMany(prisma.backgroundJob, d.backgroundJob);
  await insertMany(prisma.importBatch, d.importBatch);
  await insertMany(prisma.importRow, d.importRow);
  await insertMany(prisma.importChange, d.importChange);
}

/**
 * Which areas the seed loads (docs/decisions/0024-official-geography.md):
 * "full" (the default) adds every official kabupaten, kecamatan and desa of the
 * 20 provinces to the program's own; "program" (PEKKA_GEO=program, used by the
 * test seeds) keeps only the program's 69 kabupaten and their 414 desa.
 */
export type GeoMode = "full" | "program";

export function geoModeFromEnv(value = process.env.PEKKA_GEO): GeoMode {
  if (value === undefined || value === "" || value === "full") return "full";
  if (value === "program") return "program";
  throw new Error(`PEKKA_GEO must be "full" or "program", not "${value}"`);
}

/** Empties the database and inserts the demo data. Returns row counts per table (the program's own areas). */
export async function seed(prisma: PrismaClient, opts: { geo?: GeoMode } = {}): Promise<SeedSummary> {
  await resetDatabase(prisma);
  // bcrypt once for all six accounts.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { data } = buildDemoData(passwordHash);
  await insertAll(prisma, data);
  await syncSequences(prisma);
  const summary: SeedSummary = Object.fromEntries(Object.entries(data).map(([table, rows]) => [table, rows.length]));
  if ((opts.geo ?? geoModeFromEnv()) === "full") {
    const r = await loadGeography(
      prisma,
      PROVINCES.map((p) => p.code),
    );
    summary.officialKabupaten = r.kabupaten.created;
    summary.officialKecamatan = r.kecamatan.created;
    summary.officialDesa = r.desa.created;
  }
  return summary;
}

async function main(): Promise<void> {
  const prisma = createPrismaClient();
  const started = performance.now();
  try {
    const c = await seed(prisma);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seed selesai (${seconds} s): ${c.province} provinsi, ${c.kabupaten} kabupaten/kota, ${c.desa} desa, ${c.serikat} serikat, ` +
        `${c.kader} kader, ${c.officialDesa ? `wilayah resmi: +${c.officialKabupaten} kabupaten/kota, +${c.officialKecamatan} kecamatan, +${c.officialDesa} desa, ` : ""}` +
        `${c.training} pelatihan, ${c.participation} peserta, ${c.rktlPlan} RKTL (${c.rktlTarget} target, ` +
        `${c.rktlRealisation} realisasi), ${c.klikSession} sesi KLIK, ${c.klikCase} kasus, ${c.policyTarget} kebijakan ` +
        `(${c.storedFile} bukti), ${c.fpkMeeting} pertemuan FPK, ${c.user} pengguna (sandi: ${DEMO_PASSWORD}).`,
    );
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
