/** Next's searchParams → a plain record of single strings (first value wins). */
export function plainParams(sp: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(sp)) {
    const s = Array.isArray(v) ? v[0] : v;
    if (typeof s === "string") out[k] = s;
  }
  return out;
}

/** A positive integer id from a route segment, or null (→ not found). */
export function parseId(raw: string): number | null {
  return /^[1-9]\d{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : null;
}

/** The same query string with some keys replaced (for pagination links). */
export function withParams(base: Record<string, string>, changes: Record<string, string | number | undefined>): string {
  const p = new URLSearchParams(base);
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === "") p.delete(k);
    else p.set(k, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : "";
}
