// Days as the filters and periods take them. A filter may name the years
// 1900–2100: every record of the program lies well inside them, and a year
// near 9999 has no next midnight that Prisma can send to PostgreSQL (it
// writes "+010000-…", which is refused). Pure: tests/unit/day-bound.test.ts.
const DAY = /^(\d{4})-\d{2}-\d{2}$/;
export const FILTER_YEARS = { first: 1900, last: 2100 } as const;

/** Whether a year may be named by a filter or a period. */
export function isFilterYear(year: number): boolean {
  return Number.isInteger(year) && year >= FILTER_YEARS.first && year <= FILTER_YEARS.last;
}

/** Whether "YYYY-MM-DD" is a real day of a year a filter may name. */
export function isFilterDay(s: string): boolean {
  const m = DAY.exec(s);
  if (!m || !isFilterYear(Number(m[1]))) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** UTC midnight after the day (a "YYYY-MM-DD" or a UTC-midnight Date): a DATE column < this is "on or before the day". */
export function endOfDay(day: string | Date): Date {
  return new Date((typeof day === "string" ? new Date(`${day}T00:00:00Z`) : day).getTime() + 86_400_000);
}
