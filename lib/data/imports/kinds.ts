import "server-only";
// Each kind of import: who may run it (whoever may write such records by
// hand), what its rows go into (kinds with a parent: an RKTL plan's targets),
// how its file is read and checked (lib/import sheets and the area lookups),
// its template, and how its rows meet the records (the adapter).
import { can, type Action } from "@/lib/authz/permissions";
import type { ScopedUser } from "@/lib/authz/scope";
import type { ExportFormat } from "@/lib/exports/cells";
import type { FileProblem } from "@/lib/import/errors";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { kaderImport } from "./kader";
import { checkKaderFile } from "./kader-file";
import { db } from "@/lib/db/client";
import { draftPlan, rktlTargetsImport } from "./rktl-targets";
import { checkRktlTargetsFile } from "./rktl-targets-file";
import { kaderTemplate, type TemplateFile } from "./templates";
import { rktlTargetsTemplate } from "./rktl-targets-template";
import { writableKlikSession } from "../klik-cases";
import { klikCasesImport } from "./klik-cases";
import { checkKlikCasesFile } from "./klik-cases-file";
import { klikCasesTemplate } from "./klik-cases-template";
import { participantsImport } from "./participants";
import { checkParticipantsFile } from "./participants-file";
import { participantsTemplate } from "./participants-template";
import { trainingWriteWhere } from "../training/scope";
import type { CheckedRow, ImportAdapter, ImportContext } from "./types";

export type FileCheck<V> = { ok: true; rows: CheckedRow<V>[] } | { ok: false; problem: FileProblem };

export type ImportPaths = { base: string; changed: string[] };

export type ImportKindSpec<V> = {
  permission: Action;
  adapter: ImportAdapter<V>;
  /**
   * Kinds that import into a record: whether the user may import into this one
   * now (its import pages are 404 and an upload is refused otherwise). Kinds
   * without it import into nothing (parentId null).
   */
  parent?: (user: ScopedUser, parentId: number) => Promise<boolean>;
  /** Reads the file and checks each row for this user; `onRow` counts rows read. */
  check(user: ScopedUser, bytes: Uint8Array, onRow: (done: number) => void, ctx: ImportContext): Promise<FileCheck<V>>;
  /**
   * Where its pages are (`base`, `base/templat`, `base/{batch}`), and the pages
   * that list what it writes, for each parent asked (in one query at most).
   */
  paths(parentIds: (number | null)[]): Promise<ImportPaths[]>;
  /** The template for the user's own area (and the parent's, for kinds with one). */
  template(user: ScopedUser, format: ExportFormat, ctx: ImportContext): Promise<TemplateFile>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own row type; the registry is keyed by kind
const KINDS: Partial<Record<ImportKind, ImportKindSpec<any>>> = {
  KADER: {
    permission: "kader.write",
    adapter: kaderImport,
    check: (user, bytes, onRow) => checkKaderFile(user, bytes, onRow),
    template: (user, format) => kaderTemplate(user, format),
    paths: async (ids) => ids.map(() => ({ base: "/kader/impor", changed: ["/kader"] })),
  },
  RKTL_TARGETS: {
    permission: "rktl.plan",
    adapter: rktlTargetsImport,
    // Only into a draft plan of her province: a submitted plan's targets are fixed.
    parent: async (user, planId) => (await draftPlan(db(), user, { parentId: planId })) !== null,
    check: (user, bytes, onRow) => checkRktlTargetsFile(user, bytes, onRow),
    template: rktlTargetsTemplate,
    paths: async (ids) => ids.map((planId) => ({ base: `/rktl/${planId}/impor`, changed: [`/rktl/${planId}`, "/rktl/target"] })),
  },
  // The cases of one KLIK session (the parent): its register typed into a sheet.
  KLIK_CASES: {
    permission: "klik.write",
    adapter: klikCasesImport,
    parent: async (user, sessionId) => (await writableKlikSession(db(), user, sessionId)) !== null,
    check: (user, bytes, onRow) => checkKlikCasesFile(user, bytes, onRow),
    template: (user, format, ctx) => klikCasesTemplate(user, format, ctx),
    paths: async (ids) => ids.map((sessionId) => ({ base: `/klik/${sessionId}/impor`, changed: [`/klik/${sessionId}`, "/klik"] })),
  },
  // Into one training class (the parent): its training must be one she may write.
  PARTICIPANTS: {
    permission: "training.write",
    adapter: participantsImport,
    parent: async (user, classId) => (await db().trainingClass.count({ where: { id: classId, training: trainingWriteWhere(user) } })) > 0,
    check: (user, bytes, onRow, ctx) => checkParticipantsFile(user, bytes, onRow, ctx),
    template: (user, format, ctx) => participantsTemplate(user, format, ctx),
    paths: async (ids) => {
      const wanted = ids.filter((id): id is number => id !== null);
      const classes = wanted.length
        ? await db().trainingClass.findMany({ where: { id: { in: wanted } }, select: { id: true, trainingId: true } })
        : [];
      const trainingOf = new Map(classes.map((c) => [c.id, c.trainingId]));
      return ids.map((classId) => {
        const trainingId = classId === null ? undefined : trainingOf.get(classId);
        const page = trainingId ? `/pelatihan/${trainingId}/kelas/${classId}` : "/pelatihan";
        return { base: `${page}/impor`, changed: [page] };
      });
    },
  },
};

/** The spec of a kind of import (a batch of a kind without one cannot exist: its pages are not built). */
export function importKind(kind: ImportKind) {
  const spec = KINDS[kind];
  if (!spec) throw new Error(`no import of kind ${kind}`);
  return spec;
}

/** Whether `user` may import this kind into `parentId` (null for kinds without a parent). */
export async function mayImportInto(user: ScopedUser, kind: ImportKind, parentId: number | null): Promise<boolean> {
  const spec = importKind(kind);
  if (!can(user, spec.permission)) return false;
  if (!spec.parent) return parentId === null;
  return parentId !== null && (await spec.parent(user, parentId));
}

/** The pages of a kind's imports into `parentId`. */
export async function importPaths(kind: ImportKind, parentId: number | null): Promise<ImportPaths> {
  const [paths] = await importKind(kind).paths([parentId]);
  return paths!;
}

/** The kinds `user` may import (whoever may write such records by hand). */
export function importKindsFor(user: ScopedUser): ImportKind[] {
  return (Object.keys(KINDS) as ImportKind[]).filter((k) => can(user, KINDS[k]!.permission));
}
