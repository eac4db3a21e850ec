// Calendar days of a training (dates are stored as UTC midnights, @db.Date).

/** Longer than this is not a training but a programme: keeps the attendance grid small. */
export const MAX_TRAINING_DAYS = 31;

/** A strict "YYYY-MM-DD" → UTC midnight, or null (rejects 2017-02-30). */
export function parseIsoDay(s: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const d = new Date(`${s}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) return null;
  const y = d.getUTCFullYear();
  return y >= 2000 && y <= 2100 ? d : null;
}

export function isoDayString(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Every day from start to end, both included. */
export function daysOf(start: Date, end: Date): Date[] {
  const out: Date[] = [];
  for (let t = start.getTime(); t <= end.getTime() && out.length < MAX_TRAINING_DAYS; t += 86_400_000) out.push(new Date(t));
  return out;
}
