// Benchmark hook (docs/decisions/0012-benchmark.md): returns the number of SQL
// statements the server sent since the last call, and resets it. Exists only
// when the server runs with PEKKA_COUNT_QUERIES=1; otherwise 404.
import { queryCountingEnabled, takeQueryCount } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export function GET(): Response {
  if (!queryCountingEnabled()) return new Response("Not Found", { status: 404 });
  return Response.json({ queries: takeQueryCount() }, { headers: { "cache-control": "no-store" } });
}
