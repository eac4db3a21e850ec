// Minimal proxy of the outage branch: only the database outage gate
// (lib/db/outage-gate.ts, decision 0018). The security-headers proxy calls
// the same function first thing; this file exists only until they are merged.
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { outageGate } from "@/lib/db/outage-gate";

export async function proxy(request: NextRequest) {
  return (await outageGate(request)) ?? NextResponse.next();
}

export const config = {
  // Everything but Next's static files and the favicon: pages, actions, route handlers.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
