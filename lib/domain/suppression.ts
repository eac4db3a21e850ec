// Small-count suppression: the one rule for every screen, export and the
// program report (docs/decisions/0021-one-scope-one-suppression.md). A count
// of violence complaints from 1 to 4 could identify a complainant, so it is
// shown as "<5". Hiding a cell is not enough when a total of its line is known
// (shown in the same table, or elsewhere: the parent row, the KLIK page): the
// total minus the shown cells would give it back. So, in such a line, further
// cells are hidden too (complementary suppression), or the total left shown
// is the total of the shown cells only. Pure functions; tests/unit/suppression.test.ts
// tries to recover hidden values and fails if it can.

/** Counts below this (and above 0) are never shown as themselves. */
export const SUPPRESSION_THRESHOLD = 5;

/** A count as shown: the number, or "<5". */
export type SuppressedCount = number | "<5";

/** A cell of a line with a known total: a number, "<5", or "hidden" (a larger count hidden so a "<5" cannot be worked out). */
export type ProtectedCount = SuppressedCount | "hidden";

export function isSmallCount(n: number): boolean {
  return n > 0 && n < SUPPRESSION_THRESHOLD;
}

/** One count on its own (no total of its line is known anywhere): 1–4 become "<5". */
export function suppressCount(n: number): SuppressedCount {
  return isSmallCount(n) ? "<5" : n;
}

/**
 * The cells of one line (a column of areas, or the sessions of a list) whose
 * total is known elsewhere (exactly, or as "<5" when it is small). Counts 1–4
 * become "<5"; if any cell is hidden, further cells are hidden, smallest
 * first, until at least two are hidden, together they hold at least
 * SUPPRESSION_THRESHOLD cases, and no hidden cell is pinned to one value by
 * the total minus the shown cells. Should the line still pin one (a "hidden"
 * is known to be ≥ 5, a "<5" 1–4: 5 and 1 with a total of 6), its "<5" cells
 * are shown as "hidden" too, so that each is known only to be ≥ 1; and if
 * even that pins one, every cell of the line is hidden, zeros included.
 */
export function protectLine(counts: readonly number[]): ProtectedCount[] {
  const out: ProtectedCount[] = counts.map((n) => suppressCount(n));
  if (!out.includes("<5")) return out;
  const total = counts.reduce((s, n) => s + n, 0);
  const hiddenSum = () => counts.reduce((s, n, i) => s + (typeof out[i] === "number" ? 0 : n), 0);
  const hiddenCount = () => out.filter((v) => typeof v !== "number").length;
  const safe = () => hiddenCount() >= 2 && hiddenSum() >= SUPPRESSION_THRESHOLD && !anyPinned(out, total);
  const candidates = counts
    .map((n, i) => ({ n, i }))
    .filter(({ n, i }) => n > 0 && out[i] !== "<5")
    .sort((a, b) => a.n - b.n || a.i - b.i);
  for (const c of candidates) {
    if (safe()) return out;
    out[c.i] = "hidden";
  }
  if (anyPinned(out, total)) for (let i = 0; i < out.length; i++) if (out[i] === "<5") out[i] = "hidden";
  // Still pinned (four cells of 1 with a total under 5: each must be 1): the
  // whole line is hidden, zeros too, so a hidden cell is not even known to be ≥ 1.
  if (anyPinned(out, total)) return out.map(() => "hidden");
  return out;
}

/**
 * Whether the shown cells and the total (as it is shown: exact from 5 up,
 * else "<5") leave some hidden cell one possible value. Each hidden cell lies
 * in an interval ("<5": 1–4; "hidden": at least 1, or at least 5 when no cell
 * is "<5"…); a sum of integers in intervals takes every value in between, so
 * a cell is pinned exactly when its interval meets total − (the others' sum
 * interval) in a single value.
 */
function anyPinned(shown: readonly ProtectedCount[], total: number): boolean {
  const known = suppressCount(total);
  const [tLo, tHi] = known === "<5" ? [1, SUPPRESSION_THRESHOLD - 1] : [known, known];
  // A "hidden" beside a "<5" was chosen among cells that were not small: ≥ 5. With no "<5" left, any hidden may
  // be small: ≥ 1. A line hidden whole hides its zeros too: ≥ 0.
  const hiddenLo = shown.includes("<5") ? SUPPRESSION_THRESHOLD : shown.every((v) => v === "hidden") ? 0 : 1;
  const b = shown.map((v): [number, number] =>
    typeof v === "number" ? [v, v] : v === "<5" ? [1, SUPPRESSION_THRESHOLD - 1] : [hiddenLo, tHi],
  );
  const lo = b.reduce((s, [l]) => s + l, 0);
  const hi = b.reduce((s, [, h]) => s + h, 0);
  return shown.some((v, i) => {
    if (typeof v === "number") return false;
    const [l, h] = b[i]!;
    const from = Math.max(l, tLo - (hi - h));
    const to = Math.min(h, tHi - (lo - l));
    return from >= to;
  });
}

/**
 * A line shown together with its own total (the report's cases per desk):
 * the sensitive cells are suppressed, and the total shown is the total of the
 * cells shown as numbers — a "<5" is left out of it (and `suppressed` says so,
 * for the note), so total minus the other cells gives nothing back.
 */
export function protectLineWithTotal<K extends string>(
  counts: Readonly<Record<K, number>>,
  sensitive: readonly NoInfer<K>[],
): { cells: Record<K, SuppressedCount>; total: number; suppressed: boolean } {
  const cells = { ...counts } as Record<K, SuppressedCount>;
  let suppressed = false;
  for (const k of sensitive) {
    cells[k] = suppressCount(counts[k]);
    if (cells[k] === "<5") suppressed = true;
  }
  const total = (Object.values(cells) as SuppressedCount[]).reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
  return { cells, total, suppressed };
}
