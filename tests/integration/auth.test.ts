import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { checkCredentials } from "@/lib/data/login";
import { loadSessionUser } from "@/lib/data/session-user";
import { updateUser } from "@/lib/data/users";
import { listKader } from "@/lib/data/kader";
import { kaderFilters } from "@/lib/validation/kader";
import { makeUser } from "@/prisma/factories";
import { buildWorld, type World } from "./world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

afterEach(() => {
  vi.unstubAllEnvs();
});

let address = 0;
const nextAddress = () => `10.0.0.${++address}`;

describe("login", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const u = await makeUser(w.prisma, { role: "DIRECTOR", email: "masuk@test.pekka", password: "benar-sekali-2026" });
    const r = await checkCredentials({ email: " MASUK@test.pekka", password: "benar-sekali-2026", address: nextAddress() });
    expect(r).toEqual({ ok: true, user: { id: u.id, email: "masuk@test.pekka", name: u.name } });
  });

  it("refuses a wrong password, an unknown account and an inactive account alike", async () => {
    await makeUser(w.prisma, { role: "DIRECTOR", email: "nonaktif@test.pekka", password: "benar-sekali-2026", active: false });
    for (const [email, password] of [
      ["masuk@test.pekka", "salah-salah-salah"],
      ["tidak.ada@test.pekka", "benar-sekali-2026"],
      ["nonaktif@test.pekka", "benar-sekali-2026"],
    ] as const) {
      expect(await checkCredentials({ email, password, address: nextAddress() })).toEqual({ ok: false, reason: "invalid" });
    }
  });

  // Throttling: tests/integration/login-throttle.test.ts.

  it("refuses the demo password in production unless demo accounts are enabled", async () => {
    await makeUser(w.prisma, { role: "DIRECTOR", email: "demo.prod@test.pekka", password: "demo-pekka-2026" });
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("PEKKA_ALLOW_DEMO_ACCOUNTS", undefined);
    expect(await checkCredentials({ email: "demo.prod@test.pekka", password: "demo-pekka-2026", address: nextAddress() })).toEqual({
      ok: false,
      reason: "demo-disabled",
    });
    vi.stubEnv("PEKKA_ALLOW_DEMO_ACCOUNTS", "true");
    expect((await checkCredentials({ email: "demo.prod@test.pekka", password: "demo-pekka-2026", address: nextAddress() })).ok).toBe(true);
  });
});

describe("session user", () => {
  it("a deactivated user loses access on the very next request", async () => {
    const u = await makeUser(w.prisma, { role: "NATIONAL_STAFF" });
    const fresh = (await loadSessionUser(u.id))!;
    expect(fresh.role).toBe("NATIONAL_STAFF");
    const r = await updateUser(w.users.admin, u.id, {
      email: fresh.email,
      name: fresh.name,
      role: "NATIONAL_STAFF",
      active: "",
      version: "1",
    });
    expect(r.ok).toBe(true);
    expect(await loadSessionUser(u.id)).toBeNull();
  });

  it("a change made straight in the database (an operator's SQL) applies on the very next request too", async () => {
    const u = await makeUser(w.prisma, { role: "NATIONAL_STAFF" });
    expect((await loadSessionUser(u.id))!.canViewViolenceDetails).toBe(false);
    expect(await loadSessionUser(u.id)).not.toBeNull(); // read again: served from the epoch cache
    await w.prisma.$executeRaw`UPDATE app_user SET can_view_violence_details = true WHERE id = ${u.id}`;
    expect((await loadSessionUser(u.id))!.canViewViolenceDetails).toBe(true);
    await w.prisma.$executeRaw`UPDATE app_user SET active = false WHERE id = ${u.id}`;
    expect(await loadSessionUser(u.id)).toBeNull();
  });

  it("a coordinator moved to another province sees the new province at once", async () => {
    const u = await makeUser(w.prisma, { role: "PROVINCE_COORDINATOR", provinceId: w.a.province.id });
    const before = (await loadSessionUser(u.id))!;
    expect((await listKader(before, kaderFilters.parse({ status: "all" }))).rows.every((r) => r.provinceName === "Provinsi A")).toBe(true);
    await updateUser(w.users.admin, u.id, {
      email: before.email,
      name: before.name,
      role: "PROVINCE_COORDINATOR",
      provinceId: String(w.b.province.id),
      active: "on",
      version: "1",
    });
    const after = (await loadSessionUser(u.id))!;
    const names = (await listKader(after, kaderFilters.parse({ status: "all" }))).rows.map((r) => r.fullName);
    expect(names).toEqual(["Cut Nyak Rahma"]);
  });
});
