// Next 16's middleware. It only adds the security headers (decision 0015): it is
// never the authorization layer (requireUser / lib/authz decide who sees what).
import { NextResponse, type NextRequest } from "next/server";
import { isHttpsPublicUrl, newNonce, securityHeaders } from "@/lib/http/security-headers";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const nonce = newNonce();
  const headers = securityHeaders({
    pathname,
    nonce,
    https: isHttpsPublicUrl(process.env.NEXTAUTH_URL),
    dev: process.env.NODE_ENV === "development",
  });
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
