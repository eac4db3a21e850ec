// The per-request store of the edge server (scripts/server.mjs): an
// AsyncLocalStorage it creates and runs each request in, shared with the app
// through a global because the app is bundled separately. Under `next dev`
// there is no store and these are no-ops.
import type { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = { requestId: string; userId: number | null };

const KEY = Symbol.for("pekka.requestContext");
const INFLIGHT = Symbol.for("pekka.requestsInFlight");

type Globals = { [KEY]?: AsyncLocalStorage<RequestContext>; [INFLIGHT]?: Map<string, RequestContext> };

export function requestContext(): RequestContext | undefined {
  return (globalThis as Globals)[KEY]?.getStore();
}

/** The context of the request in flight with this id (for code Next runs outside the request's async context). */
export function requestContextById(requestId: string | undefined): RequestContext | undefined {
  return requestId ? (globalThis as Globals)[INFLIGHT]?.get(requestId) : undefined;
}

/** Records the signed-in user for the request's log line (no query: the user is already loaded). */
export function noteUser(userId: number): void {
  const ctx = requestContext();
  if (ctx) ctx.userId = userId;
}
