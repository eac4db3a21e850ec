// Prisma CLI configuration: the WebAssembly schema engine through a driver
// adapter, so no native engine is ever downloaded (docs/decisions/0002).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { CliPrismaPg } from "./prisma/cli-adapter";

// Prisma skips .env when a config file exists; load it ourselves.
try {
  process.loadEnvFile();
} catch {
  // no .env: the environment (or scripts/with-db.mjs) provides DATABASE_URL
}
// Safety net: point the native-engine lookups at nothing so they never download.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= path.resolve("prisma/no-native-engine.txt");
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("prisma/no-native-engine.txt");

// The engine's long timers would hold the CLI open for a minute after it is done.
const setTimeoutOriginal = globalThis.setTimeout;
globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const t = setTimeoutOriginal(fn, ms, ...args);
  if ((ms ?? 0) >= 5_000) t.unref?.();
  return t;
}) as typeof setTimeout;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set (run through scripts/with-db.mjs)");
    return new CliPrismaPg(url);
  },
});
