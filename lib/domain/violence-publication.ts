// The violence counts a user without the violence grant may see: one published
// table per calendar year (docs/decisions/0027-violence-counts-by-year.md).
// Protecting each table against its own total (lib/domain/suppression.ts) is
// not enough when the same cases are also counted in other views: a session's
// own count, a free date range, a filtered list would each give back a hidden
// cell by subtraction. So for such users every violence count shown anywhere
// is a cell of this one table — the nation, each province, each kabupaten, for
// one calendar year — and any other selection shows no count at all. The
// table is protected top-down: the provinces as a line under the national
// total, then the kabupaten of each province as a line under the province's
// total when that total is shown; a province whose own cell is not shown has
// all its kabupaten hidden, so its total cannot be rebuilt from below.
import { protectLine, suppressCount, type ProtectedCount } from "./suppression";

/** A violence count as a view shows it: a cell of the published table, or null (not counted for this selection). */
export type PublishedCount = ProtectedCount | null;

/** Violence complaints of one kabupaten in one calendar year (every kabupaten of the country, zeros included). */
export type KabupatenViolence = { provinceId: number; kabupatenId: number; n: number };

export type PublishedViolence = {
  nation: ProtectedCount;
  province: ReadonlyMap<number, ProtectedCount>;
  kabupaten: ReadonlyMap<number, ProtectedCount>;
};

export function publishViolence(rows: readonly KabupatenViolence[]): PublishedViolence {
  const byProvince = new Map<number, KabupatenViolence[]>();
  for (const r of rows) {
    const list = byProvince.get(r.provinceId);
    if (list) list.push(r);
    else byProvince.set(r.provinceId, [r]);
  }
  const provinceIds = [...byProvince.keys()].sort((a, b) => a - b);
  const provinceTotals = provinceIds.map((id) => byProvince.get(id)!.reduce((s, r) => s + r.n, 0));
  const provinceCells = protectLine(provinceTotals);
  const province = new Map<number, ProtectedCount>();
  const kabupaten = new Map<number, ProtectedCount>();
  provinceIds.forEach((id, i) => {
    const cell = provinceCells[i]!;
    province.set(id, cell);
    const kabs = byProvince.get(id)!;
    const cells: ProtectedCount[] = typeof cell === "number" ? protectLine(kabs.map((k) => k.n)) : kabs.map(() => "hidden");
    kabs.forEach((k, j) => kabupaten.set(k.kabupatenId, cells[j]!));
  });
  return { nation: suppressCount(provinceTotals.reduce((s, n) => s + n, 0)), province, kabupaten };
}

/** The calendar year a period covers exactly (1 January to 31 December of one year), else null. */
export function calendarYearOf(p: { from: string | null | undefined; to: string | null | undefined }): number | null {
  const m = /^(\d{4})-01-01$/.exec(p.from ?? "");
  return m && p.to === `${m[1]}-12-31` ? Number(m[1]) : null;
}

/** The calendar year a province dashboard counts violence for: the year of the window's last month, or of today if earlier. */
export function violenceYearOfWindow(windowTo: Date, now: Date): number {
  return (now.getTime() < windowTo.getTime() ? now : windowTo).getUTCFullYear();
}
