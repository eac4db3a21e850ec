// The program report's period, from its GET form: a calendar year, a 6-month
// RKTL window (first month), or a custom range of days (inclusive).
import { z } from "zod";
import { blankToUndefined } from "./field-errors";
import { endOfDay, isFilterDay, isFilterYear } from "@/lib/domain/day-bound";

export const PERIOD_KINDS = ["year", "window", "custom"] as const;

const dayString = z.preprocess(blankToUndefined, z.string().refine(isFilterDay).optional()).catch(undefined);

export const reportParams = z.object({
  period: z.enum(PERIOD_KINDS).catch("year"),
  year: z.preprocess(blankToUndefined, z.coerce.number().int().min(2000).max(2100).optional()).catch(undefined),
  start: z
    .preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
        .refine((s) => isFilterYear(Number(s.slice(0, 4))))
        .optional(),
    )
    .catch(undefined),
  from: dayString,
  to: dayString,
});

export type ReportParams = z.infer<typeof reportParams>;

/** A half-open range of days [from, to) in UTC, plus the form values that chose it. */
export type ReportPeriod = {
  kind: (typeof PERIOD_KINDS)[number];
  from: Date;
  to: Date;
  year: number;
  start: string;
  fromDay: string;
  toDay: string;
};

const utcDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
};
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Resolves the form into a period; anything missing or invalid falls back to the current year. */
export function resolvePeriod(p: ReportParams, now: Date = new Date()): ReportPeriod {
  const year = p.year ?? now.getUTCFullYear();
  const yearRange = { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) };
  let kind = p.period;
  let range = yearRange;
  if (kind === "window" && p.start) {
    const [y, m] = p.start.split("-").map(Number) as [number, number];
    range = { from: new Date(Date.UTC(y, m - 1, 1)), to: new Date(Date.UTC(y, m + 5, 1)) };
  } else if (kind === "custom" && p.from && p.to && utcDay(p.from) && utcDay(p.to) && p.from <= p.to) {
    const to = utcDay(p.to)!;
    range = { from: utcDay(p.from)!, to: endOfDay(to) };
  } else {
    kind = "year";
  }
  const lastDay = new Date(range.to.getTime() - 86_400_000);
  return {
    kind,
    ...range,
    year,
    start: p.start ?? `${year}-01`,
    fromDay: iso(range.from),
    toDay: iso(lastDay),
  };
}
