import "server-only";
// Credential check with throttling of repeated failures per account and per
// address. Counters live in the database (rate-limiter-flexible's Prisma store)
// so every app instance behind a load balancer shares them.
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { demoAccountsAllowed } from "@/lib/env";

const WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;
const DEMO_PASSWORD = "demo-pekka-2026";
// A valid hash to compare against when the account does not exist, so the
// answer takes as long either way.
const DUMMY_HASH = "$2b$11$nvf.y7UM/9ADqSgnrJa.0ufyzVAEoozMY3MTCdfcQ1y4dM/YViLpy";

let limiters: { account: RateLimiterPrisma; address: RateLimiterPrisma } | undefined;
function getLimiters() {
  limiters ??= {
    account: new RateLimiterPrisma({
      storeClient: db(),
      tableName: "rateLimiterFlexible",
      keyPrefix: "login_account",
      points: MAX_FAILURES_PER_ACCOUNT,
      duration: WINDOW_SECONDS,
    }),
    address: new RateLimiterPrisma({
      storeClient: db(),
      tableName: "rateLimiterFlexible",
      keyPrefix: "login_address",
      points: MAX_FAILURES_PER_ADDRESS,
      duration: WINDOW_SECONDS,
    }),
  };
  return limiters;
}

export type LoginResult =
  | { ok: true; user: { id: number; email: string; name: string } }
  | { ok: false; reason: "invalid" | "throttled" | "demo-disabled" };

async function exhausted(limiter: RateLimiterPrisma, key: string): Promise<boolean> {
  const res = await limiter.get(key);
  return res !== null && res.consumedPoints >= limiter.points;
}

export async function checkCredentials(input: { email: string; password: string; address: string }): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const { account, address } = getLimiters();
  if ((await exhausted(account, email)) || (await exhausted(address, input.address))) {
    return { ok: false, reason: "throttled" };
  }
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, active: true },
  });
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.active || !passwordOk) {
    await Promise.all([account.penalty(email, 1), address.penalty(input.address, 1)]);
    return { ok: false, reason: "invalid" };
  }
  if (input.password === DEMO_PASSWORD && !demoAccountsAllowed()) {
    return { ok: false, reason: "demo-disabled" };
  }
  await account.delete(email);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
