import type { Instrumentation } from "next";

// Runs once when the server starts: fail fast on a bad environment.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("@/lib/startup-check");
}

// One structured line per server error, with the request id the edge server
// gave the request (scripts/server.mjs) and the digest the error page shows.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ logger }, { requestContext, requestContextById }] = await Promise.all([import("@/lib/log"), import("@/lib/request-context")]);
  const header = request.headers["x-request-id"];
  const requestId = (Array.isArray(header) ? header[0] : header) ?? requestContext()?.requestId;
  const ctx = requestContextById(requestId) ?? requestContext();
  const err = error instanceof Error ? error : new Error(String(error));
  logger().error(
    {
      requestId: requestId ?? null,
      digest: (error as { digest?: unknown } | null)?.digest ?? null,
      method: request.method,
      route: request.path.split("?")[0],
      routePath: context.routePath,
      routeType: context.routeType,
      userId: ctx?.userId ?? null,
      err,
    },
    "request error",
  );
};
