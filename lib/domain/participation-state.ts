// What a participants import writes of a participation (role, completion, the
// days present and absent) and its fingerprint, which stands for the version
// column participation does not have: the preview keeps it, an update goes
// through only while the record still has it, an undo finds a record edited
// since by its fingerprint changing. Pure: the adapter and the demo seed share it.
import type { ParticipationRole } from "@/lib/generated/prisma/enums";

export type ParticipationState = { role: ParticipationRole; completed: boolean; present: string[]; absent: string[] };

/** The state of a participation as the database holds it (attendance days as dates). */
export function stateOf(p: {
  role: ParticipationRole;
  completed: boolean;
  attendance: { day: Date | string; present: boolean }[];
}): ParticipationState {
  const days = p.attendance.map((a) => ({ day: new Date(a.day).toISOString().slice(0, 10), present: a.present }));
  return {
    role: p.role,
    completed: p.completed,
    present: days.filter((d) => d.present).map((d) => d.day),
    absent: days.filter((d) => !d.present).map((d) => d.day),
  };
}

/**
 * The fingerprint of a participation's state, as a 32-bit integer (FNV-1a):
 * role, completion and the days present. A day marked absent and a day with no
 * mark are the same (the class page shows both unticked).
 */
export function fingerprint(s: Pick<ParticipationState, "role" | "completed" | "present">): number {
  const text = `${s.role}|${s.completed ? 1 : 0}|${[...s.present].sort().join(",")}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}
