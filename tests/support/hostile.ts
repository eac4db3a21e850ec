// Hostile values for the input matrix (tests/e2e/hostile-input.spec.ts), drawn
// with fast-check: what a broken phone keyboard, a copy-paste from a PDF, a
// curious user editing the address bar or an attacker would send. Every value
// is a string, because that is all HTTP carries; wrong *types* arrive as
// strings that do not parse (or, in a server action's bound arguments, as JSON
// of another type).
import fc from "fast-check";

/** C0/C1 controls, NUL included: PostgreSQL refuses NUL in text outright. */
const control = fc.constantFrom("\u0000", "\u0001", "\u0007", "\b", "\u001b", "\u007f", "\u0085", "\r\n", "\t", "\u2028");

/** Unicode that is valid but unusual, and the replacement character a bad byte decodes to. */
const oddUnicode = fc.constantFrom(
  "\u202e", // right-to-left override
  "\u200b", // zero-width space
  "\ufeff", // byte-order mark
  "\ufffd",
  "e\u0301", // combining accent
  "𝕏",
  "👩‍👧‍👦",
  "İ",
  "ß",
  "ﷺ",
  "\u{10ffff}",
);

/** Strings that mean something to some layer: SQL, HTML, templates, paths, JSON, JavaScript. */
const meaningful = fc.constantFrom(
  "' OR 1=1 --",
  "'; DROP TABLE kader; --",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "${7*7}",
  "{{7*7}}",
  "../../etc/passwd",
  "%00",
  "%",
  "\\",
  "null",
  "undefined",
  "NaN",
  "[]",
  "{}",
  "true",
  "__proto__",
  "constructor",
);

/** Text of any kind, from empty to far over every limit the forms set. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.array(fc.oneof(control, oddUnicode, meaningful, fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 6 }).map((a) => a.join("")),
  fc.integer({ min: 101, max: 20_000 }).chain((n) => fc.constantFrom("x", "é", "👩").map((c) => c.repeat(n))),
  fc.constantFrom("", " ", " \t \n "),
);

/** Numbers a form field or id might receive that are out of range or not numbers at all. */
export const hostileNumber: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "-1",
    "0",
    "-0",
    "2147483648",
    "9007199254740993",
    "99999999999999999999999",
    "1e309",
    "-1e309",
    "NaN",
    "Infinity",
    "0x1F",
    "1.5",
    " 7 ",
    "007",
    "1e3",
    "١٢", // Arabic-Indic digits
    "12abc",
    "+5",
    "5,5",
    "1_000",
  ),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
  fc.double().map(String),
);

/** Dates as a date field might receive them. */
export const hostileDate: fc.Arbitrary<string> = fc.constantFrom(
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "9999-12-31",
  "10000-01-01",
  "-002026-01-01",
  "2026-1-1",
  "31/12/2026",
  "2026-12-03T25:61:00Z",
  "yesterday",
);

/** Any hostile value: the matrix does not assume a field is what its name says. */
export const hostileValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: hostileText },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: hostileDate },
);

/** An id as it would appear in a URL segment: always percent-encoded, sometimes with bytes that are not UTF-8. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  hostileValue.map((v) => encodeURIComponent(v)).filter((s) => s.length > 0 && s.length < 4000),
  fc.constantFrom("%FF", "%C0%AF", "%E0%A4%A", "%ED%A0%80", "abc%", "%%", "1%00", "..%2F..%2Fetc"),
);

/**
 * Fields a form never has but an attacker adds, hoping the server takes them:
 * another area, another role, someone else's id, a status it may not set.
 */
export const EXTRA_FIELDS = [
  "provinceId",
  "kabupatenId",
  "role",
  "id",
  "userId",
  "createdById",
  "active",
  "status",
  "version",
  "sealed",
] as const;

/** A JSON value of a type other than the one a bound argument has (ids, flags). */
export const hostileBoundArg: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    -1,
    0,
    2 ** 31,
    2 ** 53 + 1,
    1.5,
    null,
    true,
    false,
    "",
    "1",
    "abc",
    "1 OR 1=1",
    [],
    {},
    [1, 2],
    { id: 1 },
    "$undefined",
    "$@0",
  ),
  hostileText,
  fc.double(),
);

/** What the matrix does to one request: which parameters it sets, repeats, drops or adds. */
export type Mutation =
  | { kind: "set"; name: string; value: string }
  | { kind: "repeat"; name: string; value: string }
  | { kind: "drop"; name: string }
  | { kind: "extra"; name: string; value: string };

/**
 * One to three mutations of a request whose parameters are `names`. With no
 * known names, the mutations add extra parameters only.
 */
export function mutations(names: readonly string[]): fc.Arbitrary<Mutation[]> {
  const extra = fc.record({
    kind: fc.constant("extra" as const),
    name: fc.constantFrom(...EXTRA_FIELDS),
    value: fc.oneof(hostileValue, fc.constantFrom("1", "2", "ADMIN", "NATIONAL_STAFF")),
  });
  if (names.length === 0) return fc.array(extra, { minLength: 1, maxLength: 3 });
  const name = fc.constantFrom(...names);
  const one: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant("set" as const), name, value: hostileValue }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("repeat" as const), name, value: hostileValue }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("drop" as const), name }) },
    { weight: 1, arbitrary: extra },
  );
  return fc.array(one, { minLength: 1, maxLength: 3 });
}

/** Applies mutations to ordered name/value pairs (a query string or a form's fields). */
export function applyMutations(pairs: readonly [string, string][], muts: readonly Mutation[]): [string, string][] {
  let out = pairs.map((p) => [...p] as [string, string]);
  for (const m of muts) {
    if (m.kind === "set") {
      const i = out.findIndex(([n]) => n === m.name);
      if (i >= 0) out[i] = [m.name, m.value];
      else out.push([m.name, m.value]);
    } else if (m.kind === "repeat") out.push([m.name, m.value]);
    else if (m.kind === "drop") out = out.filter(([n]) => n !== m.name);
    else out.push([m.name, m.value]);
  }
  return out;
}
