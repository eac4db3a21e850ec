// Login throttling on real PostgreSQL (docs/decisions/0016): the pair
// account+address locks first, the account alone only at a much higher
// threshold (and never for an address that signed in to it recently), the
// address alone against spraying over many accounts.
import { beforeAll, describe, expect, it } from "vitest";
import { checkCredentials, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_PAIR } from "@/lib/data/login";
import { db } from "@/lib/db/client";
import { makeUser, resetDatabase } from "@/prisma/factories";

const PASSWORD = "benar-sekali-2026";
let n = 0;
/** A fresh IPv4 address for each call, never reused across tests. */
const fresh = () => `10.${20 + Math.floor(++n / 250)}.${n % 250}.7`;
const wrong = (email: string, address: string) => checkCredentials({ email, password: "tebakan-salah", address });
const right = (email: string, address: string) => checkCredentials({ email, password: PASSWORD, address });
const THROTTLED = { ok: false, reason: "throttled" };

async function account(email: string) {
  await makeUser(db(), { role: "NATIONAL_STAFF", email, password: PASSWORD });
}

beforeAll(async () => {
  await resetDatabase(db());
});

// Dozens of bcrypt checks per test: allow for a busy machine.
describe("login throttling", { timeout: 180_000 }, () => {
  it("an attacker typing her email from other addresses does not stop her signing in from hers", async () => {
    const email = "korprov.a@test.pekka";
    await account(email);
    // 4 attacker addresses × 6 attempts = 24 failures: every attacker pair is
    // locked, the account stays below its own threshold.
    const attackers = [fresh(), fresh(), fresh(), fresh()];
    for (const a of attackers) for (let i = 0; i < MAX_FAILURES_PER_PAIR + 1; i++) expect((await wrong(email, a)).ok).toBe(false);
    expect(await right(email, attackers[0]!)).toEqual(THROTTLED);
    expect((await right(email, fresh())).ok).toBe(true);
  });

  it("locks the pair account+address after 5 failures, even with the right password; other addresses still sign in", async () => {
    const email = "korkab.b@test.pekka";
    await account(email);
    const mine = fresh();
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) expect(await wrong(email, mine)).toEqual({ ok: false, reason: "invalid" });
    expect(await right(email, mine)).toEqual(THROTTLED);
    expect((await right(email, fresh())).ok).toBe(true);
  });

  it("a success clears the pair counter", async () => {
    const email = "lupa.sandi@test.pekka";
    await account(email);
    const mine = fresh();
    for (let i = 0; i < MAX_FAILURES_PER_PAIR - 1; i++) await wrong(email, mine);
    expect((await right(email, mine)).ok).toBe(true);
    for (let i = 0; i < MAX_FAILURES_PER_PAIR - 1; i++) await wrong(email, mine);
    expect((await right(email, mine)).ok).toBe(true);
  });

  it("counts an IPv6 /64 as one address (rotating within it does not reset the pair)", async () => {
    const email = "ipv6@test.pekka";
    await account(email);
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) await wrong(email, `2001:db8:77:1::${(i + 1).toString(16)}`);
    expect(await right(email, "2001:db8:77:1:ffff:1:2:3")).toEqual(THROTTLED);
    expect((await right(email, "2001:db8:77:2::1")).ok).toBe(true);
  });

  it("many addresses against one account reach the account threshold; an address she signed in from before is spared", async () => {
    const email = "sasaran@test.pekka";
    await account(email);
    const hers = fresh();
    expect((await right(email, hers)).ok).toBe(true); // a familiar address
    let failures = 0;
    while (failures < MAX_FAILURES_PER_ACCOUNT) {
      const a = fresh();
      for (let i = 0; i < MAX_FAILURES_PER_PAIR - 1 && failures < MAX_FAILURES_PER_ACCOUNT; i++, failures++) {
        expect(await wrong(email, a)).toEqual({ ok: false, reason: "invalid" });
      }
    }
    expect(await right(email, fresh())).toEqual(THROTTLED); // a new address, right password
    expect(await wrong(email, fresh())).toEqual(THROTTLED);
    expect((await right(email, hers)).ok).toBe(true);
  });

  it("one address against many accounts reaches the address limit", async () => {
    const email = "lain@test.pekka";
    await account(email);
    const sprayer = fresh();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      expect(await wrong(`acak${i}@test.pekka`, sprayer)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await right(email, sprayer)).toEqual(THROTTLED);
    expect((await right(email, fresh())).ok).toBe(true);
  });

  it("answers an unknown account exactly as a known one (same counters, same answers)", async () => {
    const email = "dikenal@test.pekka";
    await account(email);
    const [a, b] = [fresh(), fresh()];
    const known: unknown[] = [];
    const unknown: unknown[] = [];
    for (let i = 0; i < MAX_FAILURES_PER_PAIR + 1; i++) {
      known.push(await wrong(email, a));
      unknown.push(await wrong("tidak.ada.sama.sekali@test.pekka", b));
    }
    expect(unknown).toEqual(known);
    expect(known.at(-1)).toEqual(THROTTLED);
  });
});
