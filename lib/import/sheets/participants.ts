// The participants sheet of one training class: who (the kader's registry id,
// or her name with her desa, kabupaten or phone to tell namesakes apart), her
// role and completion, and one attendance column per day of the training.
// The day columns depend on the class, so the sheet is built per class from
// its days; a day header is read in the spreadsheet forms people write a date
// in ("Hadir 12/03/2026", "12 Maret 2026", 2026-03-12, a date cell). The kader
// is found by a KaderResolver (the user's scope, lib/data/imports/participants-file.ts).
// Pure: unit-tested in tests/unit/import-participants-sheet.test.ts.
import type { CellError, CheckedRow } from "@/lib/data/imports/types";
import enEnums from "@/messages/en/enums.json";
import idEnums from "@/messages/id/enums.json";
import { ParticipationRole } from "@/lib/generated/prisma/enums";
import { ImportFileError } from "../errors";
import { cleanText, toDay } from "../normalise";
import { defineSheet, headerKey, type BoundSheet, type ColumnSpec, type ReadRow, type Sheet } from "../sheet";

const roles = Object.values(ParticipationRole).map((r) => ({
  value: r,
  labels: [idEnums.participationRole[r], enEnums.participationRole[r]],
}));

const FIXED = [
  {
    key: "kaderId",
    header: "ID kader",
    aliases: ["ID", "No. ID kader", "Kader ID", "ID registri"],
    type: "integer",
    example: "",
  },
  {
    key: "name",
    header: "Nama kader",
    aliases: ["Nama", "Nama lengkap", "Nama peserta", "Kader", "Name", "Full name", "Kader name", "Participant"],
    type: "text",
    maxLength: 120,
    example: "",
  },
  { key: "desa", header: "Desa", aliases: ["Desa/Kelurahan", "Nama desa", "Kelurahan", "Village"], type: "text", example: "" },
  { key: "kabupaten", header: "Kabupaten", aliases: ["Kabupaten/Kota", "Kota", "Regency"], type: "text", example: "" },
  { key: "phone", header: "No. HP", aliases: ["Nomor HP", "HP", "No HP/WA", "Telepon", "Phone"], type: "phone", example: "" },
  { key: "role", header: "Peran", aliases: ["Peran di kelas", "Role"], type: "choice", choices: roles, example: "Peserta" },
  { key: "completed", header: "Selesai", aliases: ["Lulus", "Tamat", "Completed", "Finished"], type: "boolean", example: "tidak" },
] as const satisfies readonly ColumnSpec[];

type FixedKey = (typeof FIXED)[number]["key"];

/** The template's headers of the columns the data layer blames by name. */
export const PARTICIPANT_COLUMNS = { kaderId: FIXED[0].header, name: FIXED[1].header, role: FIXED[5].header } as const;

/** The template's header of a training day: "Hadir 12/03/2026". */
export function dayHeader(iso: string): string {
  return `Hadir ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

const dayKey = (iso: string) => `day:${iso}`;

// Words written before a day's date in an attendance header.
const DAY_PREFIX = /^(hadir|kehadiran|absensi|absen|presensi|attended|attendance|present|hari|tgl\.?|tanggal|day|date)\b[\s:.,-]*/i;

/**
 * The calendar day a header names (YYYY-MM-DD), or null when it names none: a
 * date cell (read as its ISO day), a serial number, or text read day first.
 */
export function dayOfHeader(h: string, now: Date = new Date()): string | null {
  const text = cleanText(h).replace(DAY_PREFIX, "").trim();
  if (text === "") return null;
  const d = toDay(text, now);
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null;
}

/** What a row holds once its cells are typed: the kader as the row names her, and what to record. */
export type KaderQuery = { id?: number; name?: string; desa?: string; kabupaten?: string; phone?: string };

/** A failed lookup names the column it blames and why. */
export type KaderFound =
  | { ok: true; kaderId: number; fullName: string }
  | { ok: false; column: "kaderId" | "name"; key: string; values?: Record<string, string | number> };

/** Finds the kader a row names among those the user may register (lib/data/imports/participants-file.ts). */
export type KaderResolver = { find(q: KaderQuery): KaderFound };

/** A row of the sheet as the engine takes it. Role and completion absent: kept as registered (new: participant, not completed). */
export type ParticipantRow = {
  kaderId: number;
  /** Her name as the registry writes it, for the preview. */
  kaderName: string;
  role?: ParticipationRole;
  completed?: boolean;
  /** Present (true) or not, for each day the file has a column for; days without a column are left as they are. */
  attendance: Record<string, boolean>;
};

export type ParticipantsSheet = Sheet<readonly ColumnSpec[]> & {
  /** The training's days (YYYY-MM-DD) the sheet has columns for. */
  days: readonly string[];
};

function columns(days: readonly string[], aliases: Map<string, string[]>): ColumnSpec[] {
  return [
    ...FIXED,
    ...days.map((d): ColumnSpec => ({
      key: dayKey(d),
      header: dayHeader(d),
      aliases: [d, `Hadir ${d}`, ...(aliases.get(d) ?? [])],
      type: "boolean",
      example: "",
    })),
  ];
}

/**
 * The sheet of a class whose training runs on `days`. Binding a file finds
 * each day's column by the day its header names, in whatever form; a header
 * naming a day outside the training is a problem with the whole file (it
 * would otherwise be silently ignored).
 */
export function participantsSheet(days: readonly string[]): ParticipantsSheet {
  const template = defineSheet({ columns: columns(days, new Map()), anyOf: [["kaderId", "name"]] });
  const known = new Set(days);
  const fixedHeaders = new Set(FIXED.flatMap((c) => [c.header, ...(c.aliases ?? [])].map(headerKey)));
  return {
    ...template,
    days,
    bind(fileHeaders) {
      const aliases = new Map<string, string[]>();
      for (const h of fileHeaders) {
        if (fixedHeaders.has(headerKey(h))) continue;
        const d = dayOfHeader(h);
        if (d === null) continue;
        if (!known.has(d))
          throw new ImportFileError("import.participants.dayOutside", {
            column: h,
            days: days.map((x) => dayHeader(x).slice(6)).join(", "),
          });
        aliases.set(d, [...(aliases.get(d) ?? []), h]);
      }
      // Two headers naming one day: the sheet says which (duplicateColumn).
      return defineSheet({ columns: columns(days, aliases), anyOf: [["kaderId", "name"]] }).bind(fileHeaders);
    },
  };
}

/** The query a row makes for its kader. */
export function kaderQuery(values: Record<string, unknown>): KaderQuery {
  const s = (k: FixedKey) => (typeof values[k] === "string" ? (values[k] as string) : undefined);
  return {
    id: typeof values.kaderId === "number" ? values.kaderId : undefined,
    name: s("name"),
    desa: s("desa"),
    kabupaten: s("kabupaten"),
    phone: s("phone"),
  };
}

/** One row: the ParticipantRow, or every reason it is wrong (column, value, reason). */
export function checkParticipantRow(
  sheet: ParticipantsSheet,
  bound: BoundSheet<readonly ColumnSpec[]>,
  row: ReadRow,
  cells: { values: Record<string, unknown>; errors: CellError[] },
  kader: KaderResolver,
): CheckedRow<ParticipantRow> {
  const errors = [...cells.errors];
  const v = cells.values;
  const q = kaderQuery(v);
  const failed = new Set(errors.map((e) => e.column));
  let found: Extract<KaderFound, { ok: true }> | undefined;
  if (!failed.has(bound.column("kaderId")) && !failed.has(bound.column("name"))) {
    if (q.id === undefined && q.name === undefined)
      errors.push(bound.error(row, bound.has("kaderId") ? "kaderId" : "name", "import.participants.kaderNeeded"));
    else {
      const f = kader.find(q);
      if (f.ok) found = f;
      else errors.push(bound.error(row, f.column, f.key, f.values));
    }
  }
  if (errors.length || !found) return { rowNumber: row.rowNumber, errors };
  const attendance: Record<string, boolean> = {};
  for (const d of sheet.days) if (bound.has(dayKey(d))) attendance[d] = v[dayKey(d)] === true;
  return {
    rowNumber: row.rowNumber,
    value: {
      kaderId: found.kaderId,
      kaderName: found.fullName,
      ...(typeof v.role === "string" ? { role: v.role as ParticipationRole } : {}),
      ...(typeof v.completed === "boolean" ? { completed: v.completed } : {}),
      attendance,
    },
  };
}
