// The outbox's deliveries (app/kirim/[kind], lib/forms/field-writes.ts) as the
// hostile matrix finds them: each kind of field write, the server action whose
// form posts the same fields without JavaScript, and the names of that
// action's bound ids in order. tests/unit/deliveries.test.ts keeps this list
// equal to the app's table.
export const DELIVERY_ROUTE = "/kirim/[kind]";

export const DELIVERIES: Record<string, { action: string; bound: string[] }> = {
  "klik-session": { action: "createKlikSessionAction", bound: [] },
  "klik-case": { action: "createKlikCaseAction", bound: ["sessionId"] },
  kader: { action: "createKaderAction", bound: [] },
  "kader-edit": { action: "updateKaderAction", bound: ["kaderId"] },
  "fpk-meeting": { action: "createFpkMeetingAction", bound: [] },
  "fpk-meeting-edit": { action: "updateFpkMeetingAction", bound: ["meetingId"] },
  "rktl-realisation": { action: "recordRealisationAction", bound: ["targetId"] },
  "policy-status": { action: "changePolicyStatusAction", bound: ["policyId"] },
  attendance: { action: "saveAttendanceAction", bound: ["trainingId", "classId"] },
};
