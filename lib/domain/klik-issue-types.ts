// Issue types served at each of the four KLIK PEKKA desks. Codes only: the
// Indonesian/English labels belong in the message catalogues
// (e.g. `klik.issueType.JKN_ENROLMENT`). KlikCase.issue_type stores the code.
import type { KlikDesk } from "@/lib/generated/prisma/enums";

export const KLIK_ISSUE_TYPES = {
  /** Meja pendaftaran: every visitor starts here. */
  REGISTRATION: ["NEW_VISITOR", "INFORMATION_REQUEST", "CONSULTATION"],
  /** Meja perlindungan sosial: JKN/BPJS Kesehatan, PKH, BPNT, KIP, DTKS. */
  SOCIAL_PROTECTION: ["JKN_ENROLMENT", "JKN_PREMIUM_ARREARS", "PKH_CASH_TRANSFER", "BPNT_FOOD_AID", "KIP_SCHOOL_AID", "DTKS_DATA_UPDATE"],
  /** Meja identitas hukum: civil registration documents. */
  LEGAL_IDENTITY: ["BIRTH_CERTIFICATE", "ID_CARD", "FAMILY_CARD", "MARRIAGE_CERTIFICATE", "DIVORCE_CERTIFICATE", "DEATH_CERTIFICATE"],
  /** Meja pengaduan kekerasan: sealed details, need-to-know access. */
  VIOLENCE: ["DOMESTIC_VIOLENCE", "SEXUAL_VIOLENCE", "ECONOMIC_NEGLECT", "CHILD_ABUSE", "OTHER"],
} as const satisfies Record<KlikDesk, readonly string[]>;

/** The desks in the order they are visited and shown. */
export const KLIK_DESKS = ["REGISTRATION", "SOCIAL_PROTECTION", "LEGAL_IDENTITY", "VIOLENCE"] as const satisfies readonly KlikDesk[];

/** An issue-type code of one desk (or, without a parameter, of any desk). */
export type KlikIssueType<D extends KlikDesk = KlikDesk> = (typeof KLIK_ISSUE_TYPES)[D][number];

/** True when `code` is one of `desk`'s issue types. */
export function isIssueTypeOf<D extends KlikDesk>(desk: D, code: unknown): code is KlikIssueType<D> {
  const codes = KLIK_ISSUE_TYPES[desk] as readonly string[] | undefined;
  return typeof code === "string" && codes !== undefined && codes.includes(code);
}
