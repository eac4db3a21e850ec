// Next 16's middleware. It answers while the database is away (decision 0018)
// and adds the security headers (decision 0015); it is never the authorization
// layer (requireUser / lib/authz decide who sees what).
import { NextResponse, type NextRequest } from "next/server";
import { outageGate } from "@/lib/db/outage-gate";
import { isHttpsPublicUrl, newNonce, securityHeaders } from "@/lib/http/security-headers";

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const nonce = newNonce();
  const headers = securityHeaders({
    pathname,
    nonce,
    https: isHttpsPublicUrl(process.env.NEXTAUTH_URL),
    dev: process.env.NODE_ENV === "development",
  });

  // Static build assets never need the database; everything else is gated.
  const unavailable = pathname.startsWith("/_next/static/") ? undefined : await outageGate(request);
  if (unavailable) {
    // The 503 page keeps its own, stricter CSP (no script at all); the other headers apply as everywhere.
    for (const [name, value] of Object.entries(headers)) {
      if (name !== "Content-Security-Policy" && !unavailable.headers.has(name)) unavailable.headers.set(name, value);
    }
    return unavailable;
  }

  // Next reads the nonce from the request's CSP and puts it on its own scripts;
  // x-nonce is for our own nonced <style> (components/ui/print-style.tsx). Both overwrite anything the client sent.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete("x-nonce");
  const csp = headers["Content-Security-Policy"];
  if (csp?.includes(`'nonce-${nonce}'`)) {
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", csp);
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// Every path, static build assets included (they get nosniff and the other file headers).
export const config = { matcher: "/:path*" };
