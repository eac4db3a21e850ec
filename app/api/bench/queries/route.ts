// Benchmark hook (docs/decisions/0012-benchmark.md): returns the number of SQL
// statements the server sent since the last call, and resets it, with the
// process's memory split (heap vs the rest of RSS). Exists only when the
// server runs with PEKKA_COUNT_QUERIES=1; otherwise 404.
import { queryCountingEnabled, takeQueryCount } from "@/lib/db/query-count";

export const dynamic = "force-dynamic";

export function GET(): Response {
  if (!queryCountingEnabled()) return new Response("Not Found", { status: 404 });
  const m = process.memoryUsage();
  const mb = (n: number) => Math.round(n / 1048576);
  return Response.json(
    {
      queries: takeQueryCount(),
      memoryMb: {
        rss: mb(m.rss),
        heapTotal: mb(m.heapTotal),
        heapUsed: mb(m.heapUsed),
        external: mb(m.external),
        arrayBuffers: mb(m.arrayBuffers),
      },
    },
    { headers: { "cache-control": "no-store" } },
  );
}
