// Query counting is for the benchmark only: off unless PEKKA_COUNT_QUERIES=1,
// and then the endpoint answers 404.
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("query counting", () => {
  it("is off by default and the endpoint answers 404", async () => {
    vi.stubEnv("PEKKA_COUNT_QUERIES", undefined);
    const { queryCountingEnabled } = await import("@/lib/db/query-count");
    const { GET } = await import("@/app/api/bench/queries/route");
    expect(queryCountingEnabled()).toBe(false);
    expect(GET().status).toBe(404);
  });

  it("is off for any value but 1", async () => {
    vi.stubEnv("PEKKA_COUNT_QUERIES", "true");
    const { GET } = await import("@/app/api/bench/queries/route");
    expect(GET().status).toBe(404);
  });

  it("with PEKKA_COUNT_QUERIES=1 returns the count and resets it", async () => {
    vi.stubEnv("PEKKA_COUNT_QUERIES", "1");
    const { GET } = await import("@/app/api/bench/queries/route");
    const first = GET();
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      queries: expect.any(Number),
      memoryMb: expect.objectContaining({ rss: expect.any(Number), heapUsed: expect.any(Number) }),
    });
    expect(await GET().json()).toMatchObject({ queries: 0 });
  });
});
