import "server-only";
// The writes field staff make on a phone, which may come from the outbox of
// the browser (decision 0030) as well as from their forms' server actions.
// One entry per write: the ids it is bound to, the data-layer call, the
// section to revalidate and where the saved record is shown. The server
// actions and the delivery route (app/kirim/[kind]/route.ts) both use this
// table, so a write behaves the same whichever way it arrives.
import type { CurrentUser } from "@/lib/auth/current-user";
import { createFpkMeeting, fpkMeetingFormValues, getFpkMeeting, updateFpkMeeting } from "@/lib/data/fpk";
import { withDesaFromSearch, withKabupatenFromSearch } from "@/lib/data/geo-search";
import { createKader, getKader, kaderFormValues, updateKader } from "@/lib/data/kader";
import { createKlikSession } from "@/lib/data/klik";
import { createKlikCase } from "@/lib/data/klik-cases";
import { changePolicyStatus, currentPolicyStatus } from "@/lib/data/policy";
import type { Result } from "@/lib/data/result";
import { currentRealisation, recordRealisation } from "@/lib/data/rktl/realisation";
import { saveAttendance } from "@/lib/data/training/participants";
import { monthField } from "@/lib/validation/rktl";
import { writeThenRedirect } from "./action";
import type { FormState } from "./state";

type Values = Record<string, string>;
type Files = Record<string, File>;

type FieldWrite<B extends string, T> = {
  /** The ids the write is bound to, as the page bound them. */
  bound: readonly B[];
  write: (user: CurrentUser, bound: Record<B, number>, values: Values, files: Files) => Promise<Result<T>>;
  revalidate: string;
  /** The page that shows what was saved. */
  to: (value: T, bound: Record<B, number>) => string;
  /**
   * A version-checked write: what the record holds now, in the form's field
   * names, for the conflict she is shown side by side (decision 0030).
   */
  current?: (user: CurrentUser, bound: Record<B, number>, values: Values) => Promise<Record<string, string | null> | null>;
};

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

const fieldWrite = <B extends string, T>(w: FieldWrite<B, T>) => w;

export const FIELD_WRITES = {
  "klik-session": fieldWrite({
    bound: [],
    write: (user, _b, values) => withDesaFromSearch(user, values, (v) => createKlikSession(user, v)),
    revalidate: "/klik",
    to: (saved) => `/klik/${saved.id}?saved=1`,
  }),
  "klik-case": fieldWrite({
    bound: ["sessionId"],
    write: (user, b, values) => createKlikCase(user, b.sessionId, values),
    revalidate: "/klik",
    to: (_saved, b) => `/klik/${b.sessionId}?saved=1`,
  }),
  kader: fieldWrite({
    bound: [],
    write: (user, _b, values) => withDesaFromSearch(user, values, (v) => createKader(user, v)),
    revalidate: "/kader",
    to: (saved) => `/kader/${saved.id}?saved=1`,
  }),
  "kader-edit": fieldWrite({
    bound: ["kaderId"],
    write: (user, b, values) => withDesaFromSearch(user, values, (v) => updateKader(user, b.kaderId, v)),
    revalidate: "/kader",
    to: (_saved, b) => `/kader/${b.kaderId}?saved=1`,
    current: async (user, b) => {
      const k = await getKader(user, b.kaderId);
      return k && { ...kaderFormValues(k), version: String(k.version) };
    },
  }),
  "fpk-meeting": fieldWrite({
    bound: [],
    write: (user, _b, values) => withKabupatenFromSearch(user, values, (v) => createFpkMeeting(user, v)),
    revalidate: "/fpk",
    to: (saved) => `/fpk/${saved.id}?saved=1`,
  }),
  "fpk-meeting-edit": fieldWrite({
    bound: ["meetingId"],
    write: (user, b, values) => withKabupatenFromSearch(user, values, (v) => updateFpkMeeting(user, b.meetingId, v)),
    revalidate: "/fpk",
    to: (_saved, b) => `/fpk/${b.meetingId}?saved=1`,
    current: async (user, b) => {
      const m = await getFpkMeeting(user, b.meetingId);
      return m && { ...fpkMeetingFormValues(m), version: String(m.version) };
    },
  }),
  "rktl-realisation": fieldWrite({
    bound: ["targetId"],
    write: (user, b, values) => recordRealisation(user, b.targetId, values),
    revalidate: "/rktl",
    to: (saved) => `/rktl/${saved.planId}?saved=1`,
    current: async (user, b, values) => {
      const month = monthField.safeParse(values.month);
      const now = month.success ? await currentRealisation(user, b.targetId, month.data) : null;
      return now && { achieved: String(now.achieved), note: now.note, behindReason: now.behindReason, version: String(now.version) };
    },
  }),
  "policy-status": fieldWrite({
    bound: ["policyId"],
    write: (user, b, values, files) => changePolicyStatus(user, b.policyId, values, files.evidence),
    revalidate: "/kebijakan",
    to: (_saved, b) => `/kebijakan/${b.policyId}?saved=1`,
    current: async (user, b) => {
      const now = await currentPolicyStatus(user, b.policyId);
      return now && { toStatus: now.status, number: now.number, enactedOn: day(now.enactedOn), version: String(now.version) };
    },
  }),
  attendance: fieldWrite({
    bound: ["trainingId", "classId"],
    write: (user, b, values) => saveAttendance(user, b.trainingId, b.classId, values),
    revalidate: "/pelatihan",
    to: (_saved, b) => `/pelatihan/${b.trainingId}/kelas/${b.classId}?saved=attendance`,
  }),
};

export type FieldWriteKind = keyof typeof FIELD_WRITES;

export function isFieldWriteKind(kind: string): kind is FieldWriteKind {
  return Object.hasOwn(FIELD_WRITES, kind);
}

/** Any entry of the table, with its types erased: the callers below check the bound ids first. */
export function fieldWriteEntry(kind: FieldWriteKind): FieldWrite<string, unknown> {
  return FIELD_WRITES[kind] as unknown as FieldWrite<string, unknown>;
}

/** The server action of a field write: the form posts it when the page has no JavaScript. */
export async function fieldWriteAction(kind: FieldWriteKind, bound: Record<string, number>, formData: FormData): Promise<FormState> {
  const w = fieldWriteEntry(kind);
  return writeThenRedirect(formData, (user, values, files) => w.write(user, bound, values, files), {
    revalidate: w.revalidate,
    to: (value) => w.to(value, bound),
  });
}
