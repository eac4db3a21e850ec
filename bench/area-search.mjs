#!/usr/bin/env node
// Latency of the desa search behind the searchable fields (issue 12, point 2;
// docs/decisions/0024-official-geography.md). Prints figures; asserts nothing.
//
//   npm run build && PEKKA_GEO=full npm run db:seed     # the full official list of the 20 provinces
//   npm start  (or any running server on that database)
//   npm run bench:area-search -- --base http://127.0.0.1:3000 [--n 300]
//
// Signs in as three scopes (district staff, a province coordinator, national
// staff), draws N queries per scope from real desa names in that scope (their
// first 2–5 letters, a word's start, a code prefix), sends them one after
// another to GET /wilayah/cari as the field does, and prints p50/p95/p99/max.
// DATABASE_URL (default postgres://postgres@127.0.0.1:5432/pekka) is read only
// to draw the queries.
import pg from "pg";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const BASE = opt("base", "http://127.0.0.1:3000");
const N = Number(opt("n", "300"));
const DATABASE_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/pekka";
const PASSWORD = "demo-pekka-2026";
const SCOPES = [
  { as: "district (Lombok Timur)", email: "staf.lomboktimur@pekka.demo", codes: "5203", kabupaten: true },
  { as: "coordinator (NTB)", email: "koordinator.ntb@pekka.demo", codes: "52%", kabupaten: false },
  { as: "national", email: "nasional@pekka.demo", codes: "%", kabupaten: false },
];

const cookiesOf = (res) => (res.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]);

async function login(email) {
  const csrfRes = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = await csrfRes.json();
  const jar = cookiesOf(csrfRes);
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true", callbackUrl: `${BASE}/` }),
  });
  const session = cookiesOf(res).filter((c) => c.includes("session-token"));
  if (session.length === 0) throw new Error(`login as ${email} failed (HTTP ${res.status})`);
  return [...jar, ...session].join("; ");
}

/** Deterministic draw of N query strings from the scope's desa. */
function draw(rows, n) {
  let seed = 12;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out = [];
  for (let i = 0; i < n; i++) {
    const r = rows[Math.floor(next() * rows.length)];
    const kind = i % 5;
    const words = r.name.split(" ");
    if (kind === 4) out.push({ q: r.code.slice(0, 6 + (i % 3)), kab: r.kabupaten_id });
    else if (kind === 3 && words.length > 1) out.push({ q: words[1].slice(0, 3), kab: r.kabupaten_id });
    else out.push({ q: r.name.slice(0, 2 + (i % 4)), kab: r.kabupaten_id });
  }
  return out;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  const [{ n: total }] = (await db.query("SELECT count(*)::int AS n FROM desa")).rows;
  console.log(`desa in the database: ${total}; ${N} sequential requests per scope to ${BASE}/wilayah/cari`);
  console.log("scope                       desa in scope   p50 ms   p95 ms   p99 ms   max ms   mean hits");
  for (const s of SCOPES) {
    const rows = (
      await db.query(
        "SELECT d.name, d.code, kb.id AS kabupaten_id FROM desa d JOIN kecamatan k ON k.id = d.kecamatan_id JOIN kabupaten kb ON kb.id = k.kabupaten_id WHERE d.code IS NOT NULL AND kb.code LIKE $1",
        [s.codes],
      )
    ).rows;
    const cookie = await login(s.email);
    const queries = draw(rows, N);
    // Warm-up: the first requests compile the route and fill the pool.
    for (const q of queries.slice(0, 10))
      await fetch(`${BASE}/wilayah/cari?q=${encodeURIComponent(q.q)}`, { headers: { cookie } }).then((r) => r.arrayBuffer());
    const times = [];
    let hits = 0;
    for (const q of queries) {
      const url = `${BASE}/wilayah/cari?q=${encodeURIComponent(q.q)}${s.kabupaten ? `&kabupatenId=${q.kab}` : ""}`;
      const t0 = performance.now();
      const res = await fetch(url, { headers: { cookie } });
      const body = await res.json();
      times.push(performance.now() - t0);
      if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
      hits += body.results.length;
    }
    times.sort((a, b) => a - b);
    const f = (x) => x.toFixed(1).padStart(8);
    console.log(
      `${s.as.padEnd(28)}${String(rows.length).padStart(13)} ${f(pct(times, 50))} ${f(pct(times, 95))} ${f(pct(times, 99))} ${f(times.at(-1))} ${(hits / N).toFixed(1).padStart(11)}`,
    );
  }
  await db.end();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
