// Server environment, validated once at start-up (instrumentation.ts) and on
// first use. A production server refuses to start with a missing or weak secret.
import proxyaddr from "proxy-addr";
import { z } from "zod";

const WEAK_SECRETS = new Set(["secret", "changeme", "change-me", "development", "nextauth-secret"]);

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL"),
    NEXTAUTH_SECRET: z.string().optional(),
    NEXTAUTH_URL: z.url().optional(),
    PEKKA_ALLOW_DEMO_ACCOUNTS: z.enum(["true", "false"]).default("false"),
    // Proxies whose X-Forwarded-* headers the edge server believes (scripts/server/edge.mjs).
    TRUSTED_PROXIES: z
      .string()
      .default("")
      .refine(validProxyList, "must be comma-separated IP addresses or CIDR ranges (or loopback, linklocal, uniquelocal)"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") return;
    const s = env.NEXTAUTH_SECRET;
    if (!s || s.length < 32 || WEAK_SECRETS.has(s.toLowerCase()) || new Set(s).size < 10) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "must be set to a random string of at least 32 characters in production (e.g. `openssl rand -base64 48`)",
      });
    }
  });

function validProxyList(value: string): boolean {
  try {
    proxyaddr.compile(
      value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    );
    return true;
  } catch {
    return false;
  }
}

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment for Pekka Program Hub:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** Demo accounts (password demo-pekka-2026) work in development and tests; in production only when enabled. */
export function demoAccountsAllowed(): boolean {
  // Read directly (not cached): cheap, and tests can vary it.
  return process.env.NODE_ENV !== "production" || process.env.PEKKA_ALLOW_DEMO_ACCOUNTS === "true";
}

/** For tests: validate a given environment without touching the cache. */
export function parseEnv(source: Record<string, string | undefined>) {
  return schema.safeParse(source);
}
