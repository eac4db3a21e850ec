import "server-only";
// The searchable area fields (issue 12, point 2): with the official list a
// kabupaten has hundreds of desa and a province thousands, too many for a
// <select>. The field posts text: the label chosen from the suggestions (which
// ends in the Kemendagri code), or a code typed by hand (no JavaScript), or a
// name that is unambiguous where the form allows. Everything in the user's scope.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { kabupatenWhere, scopeOf, type ScopedUser } from "@/lib/authz/scope";
import { parseId } from "@/lib/search-params";
import { chooseKabupaten } from "@/lib/options";
import { kabupatenOptions } from "./geo";
import { failField, ok, type Result } from "./result";
import { likeLiteral } from "./like";
import { searchProblem } from "@/lib/validation/common";

export const SEARCH_LIMIT = 20;

export type DesaHit = { id: number; code: string | null; name: string; kind: "DESA" | "KELURAHAN"; kecamatan: string };

/** "Masbagik Selatan · Kec. Masbagik · 5203052003": what the field shows once chosen. */
export function desaLabel(d: { code: string | null; name: string; kecamatan: string }): string {
  return [d.name, `Kec. ${d.kecamatan}`, d.code].filter(Boolean).join(" · ");
}

/** The normalised search text: trimmed, spaces collapsed, at most 60 characters. */
export function searchText(raw: unknown): string {
  if (typeof raw !== "string") return "";
  const text = raw.normalize("NFC").replace(/\s+/g, " ").trim().slice(0, 60);
  // Characters no name contains (NUL, which PostgreSQL refuses outright): nothing to search for.
  return searchProblem(text, Number.MAX_SAFE_INTEGER) === "unusable" ? "" : text;
}

function desaWhere(user: ScopedUser, kabupatenId: number | undefined) {
  return { kecamatan: { kabupaten: { AND: [kabupatenWhere(user), kabupatenId ? { id: kabupatenId } : {}] } } };
}

const desaSelect = { id: true, code: true, name: true, kind: true, kecamatan: { select: { name: true } } } as const;
const hit = (d: { id: number; code: string | null; name: string; kind: "DESA" | "KELURAHAN"; kecamatan: { name: string } }): DesaHit => ({
  id: d.id,
  code: d.code,
  name: d.name,
  kind: d.kind,
  kecamatan: d.kecamatan.name,
});

/**
 * Desa whose name or one of its words starts with `q`, or whose kecamatan's
 * does; by code prefix when `q` is digits. Names that start with `q` come first.
 * Within a kabupaten or a province one query does it. Nationally (63 000 desa
 * and more) each ILIKE is a scan of its own, so the name prefix goes first and
 * later words only fill up a short answer; kecamatan names are not searched.
 */
export async function searchDesa(user: ScopedUser, opts: { q: string; kabupatenId?: number; limit?: number }): Promise<DesaHit[]> {
  assertCan(user, "geo.read");
  const q = searchText(opts.q);
  const take = Math.min(opts.limit ?? SEARCH_LIMIT, 50);
  const scope = desaWhere(user, opts.kabupatenId);
  const find = (match: object, n: number) =>
    db().desa.findMany({
      where: { AND: [scope, match] },
      orderBy: [{ name: "asc" }, { kecamatan: { name: "asc" } }, { id: "asc" }],
      take: n,
      select: desaSelect,
    });
  if (/^\d+$/.test(q)) return (await find({ code: { startsWith: q } }, take)).map(hit);
  if (q.length < 2) return [];
  const lit = likeLiteral(q);
  const prefix = { name: { startsWith: lit, mode: "insensitive" as const } };
  const laterWord = { name: { contains: ` ${lit}`, mode: "insensitive" as const } };
  if (opts.kabupatenId !== undefined || scopeOf(user).kind !== "national") {
    // 50 alphabetically, then the name-prefix ones first: in a kabupaten that is nearly always all of them.
    const rows = await find({ OR: [prefix, laterWord, { kecamatan: { name: { startsWith: lit, mode: "insensitive" } } }] }, 50);
    const starts = (d: { name: string }) => d.name.toLowerCase().startsWith(q.toLowerCase());
    return [...rows.filter(starts), ...rows.filter((d) => !starts(d))].slice(0, take).map(hit);
  }
  const first = await find(prefix, take);
  if (first.length >= take) return first.map(hit);
  const more = await find({ id: { notIn: first.map((d) => d.id) }, ...laterWord }, take - first.length);
  return [...first, ...more].map(hit);
}

/** One desa by id in scope, with what its field shows (edit forms). */
export async function desaChoice(user: ScopedUser, id: number | null | undefined): Promise<DesaHit | null> {
  assertCan(user, "geo.read");
  if (!id) return null;
  const d = await db().desa.findFirst({ where: { AND: [desaWhere(user, undefined), { id }] }, select: desaSelect });
  return d ? hit(d) : null;
}

/**
 * The desa a field's text names, in scope (and in `kabupatenId` when given):
 * a ten-digit code anywhere in it (the chosen label ends with one), else its
 * exact name when only one desa has it. Errors go on `field`.
 */
export async function resolveDesa(
  user: ScopedUser,
  text: unknown,
  opts: { kabupatenId?: number; field: string },
): Promise<Result<number | undefined>> {
  assertCan(user, "geo.read");
  // Typed text no desa is named with (a NUL, a control character): say so rather than drop it.
  if (searchProblem(text, Number.MAX_SAFE_INTEGER) === "unusable") return failField(opts.field, "validation.area.notFound");
  const t = searchText(text);
  if (t === "") return ok(undefined);
  const code = /(?:^|\D)(\d{10})(?:\D|$)/.exec(t)?.[1];
  const where = desaWhere(user, opts.kabupatenId);
  if (code) {
    const d = await db().desa.findFirst({ where: { AND: [where, { code }] }, select: { id: true } });
    return d ? ok(d.id) : failField(opts.field, "validation.area.codeNotFound");
  }
  const named = await db().desa.findMany({
    where: { AND: [where, { name: { equals: likeLiteral(t), mode: "insensitive" } }] },
    select: { id: true },
    take: 2,
  });
  if (named.length === 1) return ok(named[0]!.id);
  return failField(opts.field, named.length === 0 ? "validation.area.notFound" : "validation.area.ambiguous");
}

/**
 * Runs a write with the form's `desaId` taken from its search field `desa`
 * (within the form's `kabupatenId` when it has one): what the write's schema
 * expects. A text that names no desa is an error on desaId; an empty one
 * leaves desaId empty for the schema to judge (required or optional).
 */
export async function withDesaFromSearch<T>(
  user: ScopedUser,
  values: Record<string, string>,
  write: (values: Record<string, string>) => Promise<Result<T>>,
): Promise<Result<T>> {
  if (!("desa" in values)) return write(values);
  const kabupatenId = parseId(values.kabupatenId ?? "") ?? undefined;
  const r = await resolveDesa(user, values.desa, { kabupatenId, field: "desaId" });
  if (!r.ok) return r;
  return write({ ...values, desaId: r.value ? String(r.value) : "" });
}

/**
 * Runs a write with the form's `kabupatenId` taken from its searchable
 * kabupaten field's text (an id from an edit form, the chosen suggestion, a
 * code or a unique name), among the user's kabupaten; empty stays empty for
 * the schema to judge, text that names none is an error on kabupatenId.
 */
export async function withKabupatenFromSearch<T>(
  user: ScopedUser,
  values: Record<string, string>,
  write: (values: Record<string, string>) => Promise<Result<T>>,
): Promise<Result<T>> {
  const text = searchText(values.kabupatenId);
  if (text === "") return write(values);
  const chosen = chooseKabupaten(await kabupatenOptions(user), text);
  if (!chosen) return failField("kabupatenId", "validation.area.kabupatenNotFound");
  return write({ ...values, kabupatenId: String(chosen.id) });
}
