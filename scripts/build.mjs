#!/usr/bin/env node
// The production build, for every path that builds (`npm run build`, `npm test`,
// `npm run demo`): `next build` (arguments are passed on, e.g. --webpack), then
// the service worker (`serwist build serwist.config.mjs` → public/sw.js,
// docs/decisions/0031-service-worker.md). A build without its worker would
// leave an old public/sw.js precaching chunks that no longer exist.
import { spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);

let child = null;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => (child ? child.kill(signal) : process.exit(130)));

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    child = spawn(cmd, args, {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1", ...env },
    });
    child.on("exit", (code, signal) => {
      child = null;
      if (code === 0) return resolve();
      console.error(`✖ ${path.basename(cmd)} ${args.join(" ")} failed (${signal ?? `exit code ${code}`})`);
      process.exit(code || 1);
    });
  });
}

await run(bin("next"), ["build", ...process.argv.slice(2)]);
await run(bin("serwist"), ["build", "serwist.config.mjs"], { NODE_ENV: "production" });

const sw = path.join(ROOT, "public", "sw.js");
if (!existsSync(sw) || statSync(sw).mtimeMs < statSync(path.join(ROOT, ".next", "BUILD_ID")).mtimeMs) {
  console.error("✖ public/sw.js was not written after the Next build");
  process.exit(1);
}
console.log(`✔ Built the app and its service worker (public/sw.js, ${(statSync(sw).size / 1024).toFixed(1)} kB)`);
