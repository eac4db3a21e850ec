// next-auth configuration: credentials, JWT sessions of 8 hours. The token
// carries only the user id; role, scope and the active flag are checked against
// the database on every request (lib/auth/current-user.ts, lib/data/session-user.ts).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { checkCredentials } from "@/lib/data/login";
import { logger } from "@/lib/log";
import { safeRedirect } from "./redirect";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * The client's address for login throttling. The edge server (scripts/server.mjs)
 * replaces every forwarding header with the one address it determined: the
 * socket's, or the one a trusted proxy reported (TRUSTED_PROXIES). So this is
 * a single address, never a client-controlled chain; under `next dev` Next sets
 * it from the socket unless the client sent one.
 */
export function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const address = typeof forwarded === "string" ? forwarded.trim() : "";
  return address && !address.includes(",") ? address.slice(0, 64) : "unknown";
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  secret: process.env.NEXTAUTH_SECRET,
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const email = credentials?.email ?? "";
        const password = credentials?.password ?? "";
        if (!email || !password) return null;
        const address = clientAddress(req?.headers);
        const requestId = req?.headers?.["x-request-id"] ?? null;
        let result: Awaited<ReturnType<typeof checkCredentials>>;
        try {
          result = await checkCredentials({ email, password, address });
        } catch (err) {
          // next-auth would send a thrown message to the browser: log it, answer generically.
          logger().error({ requestId, err }, "credentials check failed");
          throw new Error("unavailable");
        }
        // The address the throttle counted (never the email: personal data).
        if (!result.ok) logger().warn({ requestId, address, reason: result.reason }, "login refused");
        if (result.ok) return { id: String(result.user.id), email: result.user.email, name: result.user.name };
        // next-auth passes a thrown message to the client as `error`.
        if (result.reason === "throttled") throw new Error("throttled");
        if (result.reason === "demo-disabled") throw new Error("demo-disabled");
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub } } as typeof session;
    },
    // Where to go after signing in or out: a path or a URL of this app only.
    // next-auth's default throws (a 500) on a callbackUrl that is not a URL at all.
    redirect({ url, baseUrl }) {
      return safeRedirect(url, baseUrl);
    },
  },
};
