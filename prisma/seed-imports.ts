// Two kader imports of the Lombok Timur district staff, so that a newcomer sees
// the import history with something in it: one committed earlier (three of the
// serikat's kader came in through it, and it can still be undone) and one
// waiting for her confirmation, with a row in error. Rows are stored as the
// import engine stores them (lib/data/imports/batches.ts): the checked value,
// and for a commit the records it created with their version.
import type { Prisma } from "@/lib/generated/prisma/client";
import { fingerprint, stateOf } from "@/lib/domain/participation-state";

export type ImportData = {
  importBatch: Prisma.ImportBatchCreateManyInput[];
  importRow: Prisma.ImportRowCreateManyInput[];
  importChange: Prisma.ImportChangeCreateManyInput[];
  backgroundJob: Prisma.BackgroundJobCreateManyInput[];
};

type SeedKader = Prisma.KaderCreateManyInput & { id: number };

/** The two new kader of the import waiting for confirmation. */
export const NEW_KADER = [
  { fullName: "Baiq Sumarni", position: "KADER", phone: "081933215670", birthYear: 1979, joinedYear: 2026 },
  { fullName: "Inaq Rabiah", position: "KADER", birthYear: 1984, joinedYear: 2026 },
] as const;

const EMPTY_COUNTS = { CREATE: 0, UPDATE: 0, UNCHANGED: 0, DUPLICATE: 0, ERROR: 0 };

function valueOf(k: Prisma.KaderCreateManyInput) {
  return {
    fullName: k.fullName,
    position: k.position,
    ...(k.phone ? { phone: k.phone } : {}),
    ...(k.birthYear != null ? { birthYear: k.birthYear } : {}),
    ...(k.joinedYear != null ? { joinedYear: k.joinedYear } : {}),
    serikatId: k.serikatId,
    desaId: k.desaId,
  };
}

export function buildDemoImports(o: {
  nextId: (table: string) => number;
  userId: number;
  /** The three kader the committed import created (created at `committedAt`). */
  imported: SeedKader[];
  committedAt: Date;
  /** A desa of the district with no kader of the names in NEW_KADER. */
  desaId: number;
  serikatId: number;
  today: Date;
}): ImportData {
  const out: ImportData = { importBatch: [], importRow: [], importChange: [], backgroundJob: [] };
  const made = o.imported;
  const committedAt = o.committedAt;
  const committed = o.nextId("importBatch");
  const commitJob = o.nextId("backgroundJob");
  out.backgroundJob.push({
    id: commitJob,
    kind: "import.commit",
    ownerId: o.userId,
    status: "DONE",
    payload: { batchId: committed, skipErrors: false },
    done: made.length,
    of: made.length,
    result: { batchId: committed },
    attempts: 1,
    createdAt: committedAt,
    startedAt: committedAt,
    finishedAt: committedAt,
  });
  out.importBatch.push({
    id: committed,
    kind: "KADER",
    status: "COMMITTED",
    userId: o.userId,
    fileName: "kader-serikat-lombok-timur.xlsx",
    sha256: "5e1d0c0a6f9e3b7d2c4a8e1f0b6d3c9a7e2f5b8d1c4a7e0f3b6d9c2a5e8f1b4d",
    sizeBytes: 7_412,
    counts: { ...EMPTY_COUNTS, CREATE: made.length, written: made.length, skipped: 0 },
    createdAt: committedAt,
    committedAt,
  });
  made.forEach((k, i) => {
    out.importRow.push({
      id: o.nextId("importRow"),
      batchId: committed,
      rowNumber: i + 2,
      outcome: "CREATE",
      data: { value: valueOf(k), version: null, label: null },
    });
    out.importChange.push({ id: o.nextId("importChange"), batchId: committed, entity: "kader", entityId: k.id, created: true, version: 1 });
  });

  const waiting = o.nextId("importBatch");
  NEW_KADER.forEach((k, i) => {
    out.importRow.push({
      id: o.nextId("importRow"),
      batchId: waiting,
      rowNumber: i + 2,
      outcome: "CREATE",
      data: { value: { ...k, serikatId: o.serikatId, desaId: o.desaId }, version: null, label: null },
    });
  });
  out.importRow.push({
    id: o.nextId("importRow"),
    batchId: waiting,
    rowNumber: NEW_KADER.length + 2,
    outcome: "ERROR",
    errors: [{ column: "No. HP", value: "0819-332", key: "validation.phone" }],
  });
  const uploaded = new Date(o.today.getTime() - 2 * 3_600_000);
  out.importBatch.push({
    id: waiting,
    kind: "KADER",
    status: "PREVIEWED",
    userId: o.userId,
    fileName: "kader-baru-desember.csv",
    sha256: "a3c5e7f9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5",
    sizeBytes: 412,
    counts: { ...EMPTY_COUNTS, CREATE: NEW_KADER.length, ERROR: 1 },
    createdAt: uploaded,
  });
  return out;
}

/**
 * The Aceh coordinator's targets import into her draft plan, waiting for her
 * confirmation: two new targets, and a row naming a kabupaten outside Aceh.
 */
export function buildRktlImport(o: {
  nextId: (table: string) => number;
  userId: number;
  planId: number;
  kabupatenId: number;
  responsible: string;
  months: [Date, Date];
  uploadedAt: Date;
}): Pick<ImportData, "importBatch" | "importRow"> {
  const batchId = o.nextId("importBatch");
  const targets = [
    { activity: "Sosialisasi KLIK PEKKA di kantor desa", kind: "SOCIALISATION", quantity: 3, unit: "kali", plannedMonth: o.months[0] },
    { activity: "Pendampingan pendaftaran JKN", kind: "JKN_ENROLMENT", quantity: 40, unit: "orang", plannedMonth: o.months[1] },
  ];
  return {
    importBatch: [
      {
        id: batchId,
        kind: "RKTL_TARGETS",
        status: "PREVIEWED",
        userId: o.userId,
        parentId: o.planId,
        fileName: "target-rktl-aceh.xlsx",
        sha256: "c7e9a1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9",
        sizeBytes: 6_208,
        counts: { ...EMPTY_COUNTS, CREATE: targets.length, ERROR: 1 },
        createdAt: o.uploadedAt,
      },
    ],
    importRow: [
      ...targets.map((t, i) => ({
        id: o.nextId("importRow"),
        batchId,
        rowNumber: i + 2,
        outcome: "CREATE" as const,
        data: { value: { ...t, kabupatenId: o.kabupatenId, responsible: o.responsible }, version: null, label: null },
      })),
      {
        id: o.nextId("importRow"),
        batchId,
        rowNumber: targets.length + 2,
        outcome: "ERROR" as const,
        errors: [{ column: "Kabupaten", value: "Kab. Lombok Timur", key: "import.area.outsideScope" }],
      },
    ],
  };
}

type SeedKlikCase = Prisma.KlikCaseCreateManyInput & { id: number };

/**
 * The district staff's import of one KLIK day's register into its session,
 * committed the day after: the cases it created (open desks only) and one row
 * it refused and skipped, a violence complaint, of which only the desk cell is
 * kept (lib/import/sheets/klik-cases.ts).
 */
export function buildDemoKlikImport(o: {
  nextId: (table: string) => number;
  userId: number;
  sessionId: number;
  /** The cases the import created (created at `committedAt`). */
  imported: SeedKlikCase[];
  committedAt: Date;
}): Omit<ImportData, "backgroundJob"> {
  const out: Omit<ImportData, "backgroundJob"> = { importBatch: [], importRow: [], importChange: [] };
  const id = o.nextId("importBatch");
  out.importBatch.push({
    id,
    kind: "KLIK_CASES",
    status: "COMMITTED",
    userId: o.userId,
    parentId: o.sessionId,
    fileName: "register-klik-14-november.xlsx",
    sha256: "0b7e4c1d9a2f6e3b8c5d1a7f4e0b9c6d3a8f5e2b7c4d1a9e6f3b0c8d5a2e7f4b",
    sizeBytes: 6_380,
    counts: { ...EMPTY_COUNTS, CREATE: o.imported.length, ERROR: 1, written: o.imported.length, skipped: 1 },
    createdAt: new Date(o.committedAt.getTime() - 10 * 60_000),
    committedAt: o.committedAt,
  });
  o.imported.forEach((c, i) => {
    out.importRow.push({
      id: o.nextId("importRow"),
      batchId: id,
      rowNumber: i + 2,
      outcome: "CREATE",
      data: {
        value: {
          desk: c.desk,
          issueType: c.issueType,
          personName: c.personName,
          status: c.status,
          ...(c.referralInstitution ? { referralInstitution: c.referralInstitution } : {}),
        },
        version: null,
        label: null,
      },
    });
    out.importChange.push({ id: o.nextId("importChange"), batchId: id, entity: "klik_case", entityId: c.id, created: true, version: 1 });
  });
  out.importRow.push({
    id: o.nextId("importRow"),
    batchId: id,
    rowNumber: o.imported.length + 2,
    outcome: "ERROR",
    errors: [{ column: "Meja", value: "Meja pengaduan kekerasan", key: "import.klik.violenceRow" }],
  });
  return out;
}

/** A participation of the seed, with its kader's name and its attendance. */
export type SeedParticipation = {
  id: number;
  kaderId: number;
  kaderName: string;
  role: "PARTICIPANT" | "FACILITATOR" | "RESOURCE_PERSON";
  completed: boolean;
  attendance: { day: Date; present: boolean }[];
};

/**
 * A committed participants import of a provincial coordinator into one class
 * of her province: the participations given came in through it (and it can
 * still be undone). Each change keeps the participation's fingerprint, as the
 * engine does for a record without a version column.
 */
export function buildDemoParticipantsImport(o: {
  nextId: (table: string) => number;
  userId: number;
  classId: number;
  participations: SeedParticipation[];
  committedAt: Date;
}): Pick<ImportData, "importBatch" | "importRow" | "importChange"> {
  const id = o.nextId("importBatch");
  const n = o.participations.length;
  return {
    importBatch: [
      {
        id,
        kind: "PARTICIPANTS",
        status: "COMMITTED",
        userId: o.userId,
        parentId: o.classId,
        fileName: "daftar-hadir-kelas-pelaksanaan.xlsx",
        sha256: "7c2e9a4f1b6d3e8a5c0f7b2d9e4a1c6f3b8d5e2a7c4f9b1d6e3a8c5f2b7d4e9a",
        sizeBytes: 6_208,
        counts: { ...EMPTY_COUNTS, CREATE: n, written: n, skipped: 0 },
        createdAt: o.committedAt,
        committedAt: o.committedAt,
      },
    ],
    importRow: o.participations.map((p, i) => ({
      id: o.nextId("importRow"),
      batchId: id,
      rowNumber: i + 2,
      outcome: "CREATE",
      data: {
        value: {
          kaderId: p.kaderId,
          kaderName: p.kaderName,
          role: p.role,
          completed: p.completed,
          attendance: Object.fromEntries(p.attendance.map((a) => [a.day.toISOString().slice(0, 10), a.present])),
        },
        version: null,
        label: null,
      },
    })),
    importChange: o.participations.map((p) => ({
      id: o.nextId("importChange"),
      batchId: id,
      entity: "participation",
      entityId: p.id,
      created: true,
      version: fingerprint(stateOf(p)),
    })),
  };
}
