import "server-only";
// Credential check with throttling of failed sign-ins (docs/decisions/0016).
// Counters live in the database (rate-limiter-flexible's Prisma store), so
// every app instance behind a load balancer shares them. Three counters:
// - the pair account+address: locks first, after a few failures; it is what
//   stops a guesser, and it locks only the guesser's own address;
// - the account alone, at a much higher threshold, against guessing spread
//   over many addresses; it spares addresses that signed in to the account
//   successfully in the last 30 days, so her own phone or office still gets in;
// - the address alone, against spraying one password over many accounts.
// A success clears the pair counter and marks the pair as familiar.
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { throttleAddressKey } from "@/lib/auth/throttle-key";
import { demoAccountsAllowed } from "@/lib/env";

const MINUTE = 60;
/** Failures of one account from one address within the window: then that pair is locked. */
export const MAX_FAILURES_PER_PAIR = 5;
/** Failures of one account from all addresses within the window: then unfamiliar addresses are locked out of it. */
export const MAX_FAILURES_PER_ACCOUNT = 50;
/** Failures from one address over all accounts within the window: then the address is locked. */
export const MAX_FAILURES_PER_ADDRESS = 30;
export const THROTTLE = {
  pair: { points: MAX_FAILURES_PER_PAIR, window: 15 * MINUTE, lock: 15 * MINUTE },
  account: { points: MAX_FAILURES_PER_ACCOUNT, window: 60 * MINUTE, lock: 60 * MINUTE },
  address: { points: MAX_FAILURES_PER_ADDRESS, window: 15 * MINUTE, lock: 15 * MINUTE },
  familiar: { days: 30 },
} as const;
const DEMO_PASSWORD = "demo-pekka-2026";
// A valid hash to compare against when the account does not exist, so the
// answer takes as long either way.
const DUMMY_HASH = "$2b$11$nvf.y7UM/9ADqSgnrJa.0ufyzVAEoozMY3MTCdfcQ1y4dM/YViLpy";

type Kind = "pair" | "account" | "address";
type Limiters = Record<Kind | "familiar", RateLimiterPrisma>;
let limiters: Limiters | undefined;

function limiter(keyPrefix: string, points: number, duration: number) {
  return new RateLimiterPrisma({ storeClient: db(), tableName: "rateLimiterFlexible", keyPrefix, points, duration });
}

function getLimiters(): Limiters {
  limiters ??= {
    pair: limiter("login_pair", THROTTLE.pair.points, THROTTLE.pair.window),
    account: limiter("login_account", THROTTLE.account.points, THROTTLE.account.window),
    address: limiter("login_address", THROTTLE.address.points, THROTTLE.address.window),
    familiar: limiter("login_familiar", 1, THROTTLE.familiar.days * 24 * 60 * MINUTE),
  };
  return limiters;
}

export type LoginResult =
  { ok: true; user: { id: number; email: string; name: string } } | { ok: false; reason: "invalid" | "throttled" | "demo-disabled" };

const reached = (res: { consumedPoints: number } | null, points: number) => res !== null && res.consumedPoints >= points;

/** One failure more on a counter; the failure that reaches the threshold starts the lock. */
async function fail(l: RateLimiterPrisma, key: string, lockSeconds: number) {
  const res = await l.penalty(key, 1);
  if (res.consumedPoints === l.points) await l.block(key, lockSeconds);
}

export async function checkCredentials(input: { email: string; password: string; address: string }): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const address = throttleAddressKey(input.address);
  const pairKey = `${email} ${address}`;
  const l = getLimiters();
  // The same four reads whether or not the account exists (equal timings).
  const [pair, account, byAddress, familiar] = await Promise.all([
    l.pair.get(pairKey),
    l.account.get(email),
    l.address.get(address),
    l.familiar.get(pairKey),
  ]);
  if (reached(pair, l.pair.points) || reached(byAddress, l.address.points) || (reached(account, l.account.points) && familiar === null)) {
    return { ok: false, reason: "throttled" };
  }
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, active: true },
  });
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.active || !passwordOk) {
    await Promise.all([
      fail(l.pair, pairKey, THROTTLE.pair.lock),
      fail(l.account, email, THROTTLE.account.lock),
      fail(l.address, address, THROTTLE.address.lock),
    ]);
    return { ok: false, reason: "invalid" };
  }
  if (input.password === DEMO_PASSWORD && !demoAccountsAllowed()) {
    return { ok: false, reason: "demo-disabled" };
  }
  await Promise.all([l.pair.delete(pairKey), l.familiar.set(pairKey, 1, THROTTLE.familiar.days * 24 * 60 * MINUTE)]);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
