// Training input, shared by the forms, the server actions and the data layer.
import { z } from "zod";
import { ParticipationRole, TrainingLevel } from "@/lib/generated/prisma/enums";
import { blankToUndefined } from "./field-errors";
import {
  idField,
  dayFromFilter,
  dayToFilter,
  linkOnlyParams,
  optionalIdField,
  optionalText,
  SEARCH_MAX,
  searchField,
  filterId,
} from "./common";
import { isoDayString, MAX_TRAINING_DAYS, parseIsoDay } from "@/lib/domain/training-days";

export const TRAINING_LEVELS = Object.values(TrainingLevel);
export const PARTICIPATION_ROLES = Object.values(ParticipationRole);

/** "YYYY-MM-DD" (what <input type="date"> sends) → a UTC date. */
const dateField = z.preprocess(
  blankToUndefined,
  z
    .string()
    .refine((s) => parseIsoDay(s) !== null, { error: "training.validation.date" })
    .transform((s) => parseIsoDay(s)!),
);

const text = (min: number, max: number) => z.string().trim().min(1).min(min).max(max);

/** Checkboxes named guide_<versionId> → the chosen guide version ids. */
function collectGuides(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const r = raw as Record<string, unknown>;
  const fromKeys = Object.entries(r)
    .filter(([k, v]) => /^guide_\d+$/.test(k) && (v === "on" || v === "true" || v === true))
    .map(([k]) => Number(k.slice(6)));
  const given = Array.isArray(r.guideVersionIds) ? r.guideVersionIds : [];
  return { ...r, guideVersionIds: [...new Set([...given.map(Number), ...fromKeys])] };
}

export const trainingInput = z.preprocess(
  collectGuides,
  z
    .object({
      level: z.enum(TrainingLevel, { error: "validation.choose" }),
      title: text(5, 200),
      theme: text(3, 300),
      objectives: text(3, 3000),
      startDate: dateField,
      endDate: dateField,
      place: text(3, 200),
      organiser: text(3, 200),
      provinceId: optionalIdField,
      kabupatenId: optionalIdField,
      parentTrainingId: optionalIdField,
      guideVersionIds: z.array(z.number().int().positive()).max(50),
      /** A class exists when it has a name; blank means the training has no such class. */
      leadershipClassName: optionalText(120),
      implementationClassName: optionalText(120),
    })
    .superRefine((v, ctx) => {
      // zod runs this even when a field failed: compare the dates only when both parsed.
      const dates = v.startDate instanceof Date && v.endDate instanceof Date;
      if (dates && v.endDate < v.startDate)
        ctx.addIssue({ code: "custom", path: ["endDate"], message: "training.validation.endBeforeStart" });
      else if (dates && (v.endDate.getTime() - v.startDate.getTime()) / 86_400_000 + 1 > MAX_TRAINING_DAYS)
        ctx.addIssue({ code: "custom", path: ["endDate"], message: "training.validation.tooManyDays" });
      if (v.level === "PROVINCIAL" && !v.provinceId)
        ctx.addIssue({ code: "custom", path: ["provinceId"], message: "training.validation.provinceRequired" });
      if (v.level === "LOCAL" && !v.kabupatenId)
        ctx.addIssue({ code: "custom", path: ["kabupatenId"], message: "training.validation.kabupatenRequired" });
      if (!v.leadershipClassName && !v.implementationClassName)
        ctx.addIssue({ code: "custom", path: ["leadershipClassName"], message: "training.validation.classRequired" });
    }),
);

export type TrainingInput = z.infer<typeof trainingInput>;

export const participationInput = z.object({
  kaderId: idField,
  role: z.enum(ParticipationRole, { error: "validation.choose" }),
});

export type ParticipationInput = z.infer<typeof participationInput>;

export const removalInput = z.object({ participationId: idField });

/**
 * The attendance form of one class: per participant a hidden `p<id>`, a
 * checkbox `p<id>_d<YYYY-MM-DD>` per day present and `p<id>_done` when completed.
 */
export const attendanceInput = z.preprocess(
  (raw) => {
    if (!raw || typeof raw !== "object") return raw;
    const r = raw as Record<string, unknown>;
    const on = (v: unknown) => v === "on" || v === "true" || v === true;
    const ids = Object.keys(r)
      .filter((k) => /^p\d+$/.test(k))
      .map((k) => Number(k.slice(1)));
    return {
      rows: ids.map((id) => ({
        participationId: id,
        presentDays: Object.entries(r)
          .filter(([k, v]) => k.startsWith(`p${id}_d`) && /_d\d{4}-\d{2}-\d{2}$/.test(k) && on(v))
          .map(([k]) => k.slice(-10)),
        completed: on(r[`p${id}_done`]),
      })),
    };
  },
  z.object({
    rows: z
      .array(
        z.object({
          participationId: z.number().int().positive(),
          presentDays: z.array(z.string().refine((s) => parseIsoDay(s) !== null)).max(MAX_TRAINING_DAYS),
          completed: z.boolean(),
        }),
      )
      .max(500),
  }),
);

export type AttendanceInput = z.infer<typeof attendanceInput>;

export const trainingFilters = z.object({
  level: z.preprocess(blankToUndefined, z.enum(TrainingLevel).optional()).catch(undefined),
  year: z.preprocess(blankToUndefined, z.coerce.number().int().min(2000).max(2100).optional()).catch(undefined),
  // As the dashboards link: held in a province or kabupaten, starting from/to these days, re-trainings only.
  provinceId: filterId,
  kabupatenId: filterId,
  from: dayFromFilter,
  to: dayToFilter,
  retraining: z.preprocess((v) => v === "1", z.boolean()).catch(false),
  page: z.coerce.number().int().min(1).catch(1),
});

export type TrainingFilters = z.infer<typeof trainingFilters>;

/** Filters only the dashboards' links set (the list form has no control for them). */
export const trainingLinkOnly = (f: TrainingFilters) => linkOnlyParams(f, ["provinceId", "kabupatenId", "retraining", "from", "to"]);

export const kaderSearch = searchField(SEARCH_MAX, 2);

export { isoDayString };
