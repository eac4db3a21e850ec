// Kader import benchmark (issue 12, point 8).
// Prints figures; asserts nothing.
//
//   npm run bench:import [-- --rows 2000,25000] [--keep]
//
// Into BENCH_IMPORT_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/pekka_bench_import,
// recreated and seeded with the demo data and the official desa of NTB): for each size, a
// child process builds an XLSX of that many kader rows in the NTB coordinator's area (every
// desa of the province, its serikat, with the habits of a real sheet: phone numbers without
// their leading 0, "Kab." prefixes, names in capitals) into a file, then another child runs
// the import — preview (read, normalise, look up, validate, judge), commit, undo — and prints
// the time of each step, rows per second and that child's peak resident memory (VmHWM), with
// what it held before the import began (modules, query engine, the file).
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : dflt;
};
const URL = process.env.BENCH_IMPORT_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/pekka_bench_import";
const SIZES = opt("rows", "2000,25000").split(",").map(Number);

function run(cmd: string, argv: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, argv, {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: URL, ...env },
  });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} exited ${r.status}`);
}

if (!args.includes("--keep")) {
  console.log(`▶ database ${URL}: fresh, demo seed, the official desa of NTB`);
  run("node", ["scripts/ensure-database.mjs", URL, "--fresh"]);
  run("npx", ["prisma", "migrate", "deploy"], {});
  run("npx", ["tsx", "prisma/seed.ts"], { PEKKA_GEO: "program" });
  run("npx", ["tsx", "scripts/geo-load.ts", "--provinces", "52"]);
}

function child(mode: "build" | "run", rows: number, file: string): Record<string, unknown> {
  const r = spawnSync("node", ["--conditions=react-server", "--import", "tsx", "bench/import-run.ts", mode, String(rows), file], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: URL, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`import-run ${mode} ${rows} exited ${r.status}\n${r.stdout}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as Record<string, unknown>;
}

const TMP = path.join(ROOT, ".tmp", "bench-import");
mkdirSync(TMP, { recursive: true });
const results: Record<string, unknown>[] = [];
for (const rows of SIZES) {
  const file = path.join(TMP, `kader-${rows}.xlsx`);
  const built = child("build", rows, file);
  results.push({ ...built, ...child("run", rows, file) });
  rmSync(file, { force: true });
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log("\nrows    build   preview (rows/s)      commit (rows/s)       undo     peak RSS (before the import)");
for (const r of results as {
  rows: number;
  buildMs: number;
  previewMs: number;
  commitMs: number;
  undoMs: number;
  written: number;
  peakRssMb: number;
  baseRssMb: number;
  counts: Record<string, number>;
}[]) {
  const rate = (ms: number) => Math.round(r.rows / (ms / 1000));
  console.log(
    `${String(r.rows).padEnd(7)} ${s(r.buildMs).padEnd(7)} ${`${s(r.previewMs)} (${rate(r.previewMs)})`.padEnd(21)} ${`${s(r.commitMs)} (${rate(r.commitMs)})`.padEnd(21)} ${s(r.undoMs).padEnd(8)} ${r.peakRssMb} MB (${r.baseRssMb} MB)`,
  );
  console.log(`        outcomes ${JSON.stringify(r.counts)}, written ${r.written}`);
}
console.log("goal (25 000 rows): preview < 20 s, commit < 60 s, peak RSS < 400 MB");
