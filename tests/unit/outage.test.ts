// The database outage gate (decision 0018): language, headers and the health
// state machine, with a probe stub instead of a database.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { databaseIsDown, probeDatabase, reportConnectionError, resetHealthForTests, UP_RECHECK_MS } from "@/lib/db/health";
import { outageGate, unavailableLocale, unavailableResponse } from "@/lib/db/outage-gate";
import { handleDatabaseError, isDatabaseUnavailableError, looksLikeConnectionError } from "@/lib/db/outage";
import { poolConfig } from "@/lib/db/client";

const req = (headers: Record<string, string> = {}, method = "GET", url = "http://hub.test/kader?q=a") => ({
  method,
  url,
  headers: new Headers(headers),
});

describe("the 503 page", () => {
  it("speaks the language of the cookie, else the browser's, else Indonesian", () => {
    expect(unavailableLocale(new Headers({ cookie: "a=1; NEXT_LOCALE=en" }))).toBe("en");
    expect(unavailableLocale(new Headers({ cookie: "NEXT_LOCALE=xx", "accept-language": "en-GB,en;q=0.9" }))).toBe("en");
    expect(unavailableLocale(new Headers({ "accept-language": "fr;q=1, id;q=0.5, en;q=0.8" }))).toBe("en");
    expect(unavailableLocale(new Headers({ "accept-language": "en;q=0, fr" }))).toBe("id");
    expect(unavailableLocale(new Headers())).toBe("id");
  });

  it("is a 503 with Retry-After, no-store and its own CSP, and escapes the retry link", async () => {
    const res = unavailableResponse("id", '/kader?q="><script>');
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    const html = await res.text();
    expect(html).toContain("Layanan sedang tidak tersedia");
    expect(html).not.toContain("<script>");
    expect(await unavailableResponse("en", "/").text()).toContain("Service temporarily unavailable");
  });
});

describe("the health state and the gate", () => {
  let answers: boolean[];
  let probes: number;
  const saved = { ...process.env };
  beforeEach(() => {
    process.env.DATABASE_URL = "postgres://stub@127.0.0.1:1/x";
    delete process.env.PEKKA_EMBEDDED_DB;
    delete process.env.PEKKA_DB_HEALTH;
    answers = [];
    probes = 0;
    resetHealthForTests(async () => {
      probes++;
      return answers.shift() ?? true;
    });
  });
  afterEach(() => {
    process.env = { ...saved };
    vi.useRealTimers();
  });

  it("lets everything through while the database answers, without waiting for a probe", async () => {
    expect(await outageGate(req())).toBeUndefined();
    expect(probes).toBe(1); // started in the background
  });

  it("answers 503 once a probe failed, in the user's language, and serves again after a good probe", async () => {
    answers = [false];
    await probeDatabase();
    const res = await outageGate(req({ "accept-language": "en" }));
    expect(res?.status).toBe(503);
    expect(await res?.text()).toContain("/kader?q=a");
    await new Promise((r) => setTimeout(r, 300)); // DOWN_RECHECK_MS
    answers = [true];
    expect(await outageGate(req())).toBeUndefined();
  });

  it("does not stop a server action called from a form (it answers with a form error itself)", async () => {
    answers = [false];
    await probeDatabase();
    expect(await outageGate(req({ "next-action": "abc" }, "POST"))).toBeUndefined();
    expect((await outageGate(req({}, "POST")))?.status).toBe(503);
  });

  it("probes at most once a second while up; a reported connection error probes at once", async () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ["Date"] });
    await databaseIsDown();
    await probeDatabase();
    const n = probes;
    await databaseIsDown();
    expect(probes).toBe(n);
    vi.setSystemTime(1_000_000 + UP_RECHECK_MS + 1);
    await databaseIsDown();
    expect(probes).toBe(n + 1);
    answers = [false];
    await Promise.resolve();
    reportConnectionError();
    await probeDatabase();
    expect(await databaseIsDown()).toBe(true);
  });

  it("is off on the embedded database (one connection, decision 0004): no probe at all", async () => {
    process.env.PEKKA_EMBEDDED_DB = "1";
    answers = [false, false];
    await probeDatabase();
    expect(await outageGate(req())).toBeUndefined();
    expect(probes).toBe(0);
  });

  it("turns a lost connection into DatabaseUnavailableError outside a request, and leaves other errors alone", async () => {
    const lost = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" });
    const unique = Object.assign(new Error("Unique constraint failed"), { code: "P2002" });
    expect(looksLikeConnectionError(lost)).toBe(true);
    expect(looksLikeConnectionError(unique)).toBe(false);
    const terminated = Object.assign(new Error("Raw query failed"), {
      code: "P2010",
      meta: { driverAdapterError: { cause: { kind: "postgres", code: "57P01" } } },
    });
    expect(looksLikeConnectionError(terminated)).toBe(true);

    await expect(handleDatabaseError(unique)).rejects.toBe(unique);
    answers = [true]; // the database answers after all: an ordinary error, no outage
    await expect(handleDatabaseError(lost)).rejects.toBe(lost);
    answers = [false];
    const e = await handleDatabaseError(lost).catch((x: unknown) => x);
    expect(isDatabaseUnavailableError(e)).toBe(true);
  });
});

describe("the pool", () => {
  it("has a connect timeout everywhere and statement timeouts in the server, not on the embedded database", () => {
    expect(poolConfig("postgres://x", { NODE_ENV: "test" })).toMatchObject({ connectionTimeoutMillis: 3000, max: 10 });
    expect(poolConfig("postgres://x", { NODE_ENV: "test" })).not.toHaveProperty("statement_timeout");
    expect(poolConfig("postgres://x", { NODE_ENV: "production" })).toMatchObject({ statement_timeout: 30_000, query_timeout: 35_000 });
    const embedded = poolConfig("postgres://x", { NODE_ENV: "production", PEKKA_EMBEDDED_DB: "1" });
    expect(embedded).toMatchObject({ max: 1, connectionTimeoutMillis: 3000 });
    expect(embedded).not.toHaveProperty("statement_timeout");
  });
});
