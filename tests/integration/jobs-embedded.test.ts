// A kader import's background jobs on the embedded database, through the path the demo uses
// (decision 0004): PGlite behind the one-client-at-a-time gate, the app's pool
// of one (PEKKA_EMBEDDED_DB=1) and pg-boss's own pool of one as a second gate
// client (decision 0025).
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
// @ts-expect-error plain ESM helper without types
import { childEnv, startEmbeddedDb } from "../../scripts/lib/embedded-db.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "pekka-jobs-pglite-"));
let server: { url: string; stop(): Promise<void> };
const saved = { url: process.env.DATABASE_URL, embedded: process.env.PEKKA_EMBEDDED_DB };

beforeAll(async () => {
  server = await startEmbeddedDb({ dataDir: path.join(dir, "pglite"), reuse: false });
  // Not execFileSync: PGlite answers from this process's event loop.
  await promisify(execFile)("npx", ["prisma", "migrate", "deploy"], { env: childEnv({ DATABASE_URL: server.url }) });
  process.env.DATABASE_URL = server.url;
  process.env.PEKKA_EMBEDDED_DB = "1";
  delete (globalThis as { pekkaPrisma?: unknown }).pekkaPrisma;
}, 120_000);

afterAll(async () => {
  const { stopWorker } = await import("@/lib/jobs/worker");
  await stopWorker(1_000);
  const g = globalThis as { pekkaPrisma?: { $disconnect(): Promise<void> } };
  await g.pekkaPrisma?.$disconnect();
  delete g.pekkaPrisma;
  await server?.stop();
  process.env.DATABASE_URL = saved.url;
  process.env.PEKKA_EMBEDDED_DB = saved.embedded;
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

it("runs a kader import's check and commit jobs on PGlite with the app's single connection", async () => {
  const { db } = await import("@/lib/db/client");
  const { makeArea, makeSerikat, makeUser } = await import("@/prisma/factories");
  const { loadSessionUser } = await import("@/lib/data/session-user");
  const { requestCommit, startImport } = await import("@/lib/data/imports/run");
  const { startWorker } = await import("@/lib/jobs/worker");
  const { csvFile } = await import("../support/import-files");

  const prisma = db();
  const area = await makeArea(prisma, { provinceName: "Provinsi E" });
  await prisma.desa.update({ where: { id: area.desa.id }, data: { code: `${area.kabupaten.code}019001` } });
  await makeSerikat(prisma, area.kabupaten, { name: "Serikat E" });
  const coord = (await loadSessionUser((await makeUser(prisma, { role: "PROVINCE_COORDINATOR", provinceId: area.province.id })).id))!;

  const t0 = Date.now();
  await startWorker({ pollingIntervalSeconds: 1 });
  const started = Date.now() - t0;
  const rows = [["Nama lengkap", "Jabatan", "Serikat", "Kode desa"]];
  for (let i = 0; i < 20; i++) rows.push([`Sumarni ${i}`, "Kader", "Serikat E", `${area.kabupaten.code}019001`]);
  const bytes = csvFile(rows);
  const up = await startImport(coord, "KADER", {
    name: "kader.csv",
    size: bytes.length,
    arrayBuffer: async () => bytes.buffer as ArrayBuffer,
  });
  if (!up.ok) throw new Error(JSON.stringify(up.fieldErrors));
  const status = async (want: string) => {
    for (let b = await prisma.importBatch.findUnique({ where: { id: up.value.id } }); Date.now() - t0 < 30_000;) {
      if (b?.status === want || b?.status === "FAILED") return b;
      await new Promise((r) => setTimeout(r, 100));
      b = await prisma.importBatch.findUnique({ where: { id: up.value.id } });
    }
  };
  expect(await status("PREVIEWED")).toMatchObject({ status: "PREVIEWED", counts: { CREATE: 20 } });
  const checked = Date.now() - t0 - started;
  expect((await requestCommit(coord, "KADER", up.value.id, false)).ok).toBe(true);
  expect(await status("COMMITTED")).toMatchObject({ status: "COMMITTED", counts: { written: 20 } });
  expect(await prisma.kader.count({ where: { fullName: { startsWith: "Sumarni" } } })).toBe(20);
  console.log(
    `jobs on PGlite: worker started in ${started} ms (pg-boss schema created), 20-row import checked ${checked} ms after, committed ${Date.now() - t0 - started - checked} ms after that`,
  );
}, 60_000);
