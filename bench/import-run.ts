// One size of the import benchmark (bench/import.ts starts it twice per size):
//   import-run.ts build <rows> <file>  writes the coordinator's sheet to <file>;
//   import-run.ts run <rows> <file>    imports it: preview, commit, undo.
// Each in its own process, so that the import's peak resident memory is the
// import's own, not the sheet builder's (a server never builds the sheet it
// imports). Prints one JSON line.
import { readFileSync, writeFileSync } from "node:fs";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import pg from "pg";
import { loadSessionUser } from "@/lib/data/session-user";
import { commitImport, undoImport } from "@/lib/data/imports/batches";
import { kaderImport } from "@/lib/data/imports/kader";
import { previewImportFile } from "@/lib/data/imports/run";
import { kaderSheet } from "@/lib/import/sheets/kader";

const KADER_HEADERS = kaderSheet.spec.columns.map((c) => c.header);

const [MODE, ROWS_ARG, FILE] = process.argv.slice(2) as ["build" | "run", string, string];
const ROWS = Number(ROWS_ARG);
const COORDINATOR = "koordinator.ntb@pekka.demo";
const FIRST = ["Siti", "Baiq", "Inaq", "Nurul", "Sri", "Dewi", "Rahmawati", "Aminah", "Fatimah", "Lale", "Yuni", "Marni"];
const LAST = ["Aminah", "Hidayati", "Rohani", "Sulastri", "Wahyuni", "Handayani", "Kartini", "Jamilah", "Maryam", "Sahnun"];
const POSITIONS = ["Kader", "kader", "Ketua", "Sekretaris", "Bendahara", "Pengurus"];

/** The child's peak resident memory so far (VmHWM), in MB. */
const peakRssMb = () => Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync("/proc/self/status", "utf8"))![1]) / 1024);

async function areaOf(userId: number) {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  const user = await c.query("SELECT province_id FROM app_user WHERE id = $1", [userId]);
  const provinceId = user.rows[0].province_id as number;
  const desa = await c.query(
    `SELECT d.code, d.name AS desa, kc.name AS kecamatan, k.name AS kabupaten, k.id AS kabupaten_id
       FROM desa d JOIN kecamatan kc ON kc.id = d.kecamatan_id JOIN kabupaten k ON k.id = kc.kabupaten_id
      WHERE k.province_id = $1 ORDER BY d.code`,
    [provinceId],
  );
  const serikat = await c.query("SELECT name, kabupaten_id FROM serikat WHERE province_id = $1 AND active ORDER BY id", [provinceId]);
  await c.end();
  const serikatOf = new Map<number, string>();
  for (const s of serikat.rows) if (!serikatOf.has(s.kabupaten_id)) serikatOf.set(s.kabupaten_id, s.name);
  return desa.rows.filter((d) => serikatOf.has(d.kabupaten_id)).map((d) => ({ ...d, serikat: serikatOf.get(d.kabupaten_id)! }));
}

/** An XLSX as a coordinator's sheet would be: streamed, so building it does not count against the import's memory. */
async function buildSheet(rows: number, area: Awaited<ReturnType<typeof areaOf>>): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  const ws = wb.addWorksheet("Kader");
  ws.addRow([...KADER_HEADERS]).commit();
  for (let i = 0; i < rows; i++) {
    const d = area[i % area.length]!;
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i + 1}`;
    const phone = i % 3 === 0 ? 81200000000 + i : `0812${String(i).padStart(8, "0")}`; // a third lost their leading 0
    const byCode = i % 4 !== 0;
    ws.addRow([
      i % 5 === 0 ? name.toUpperCase() : name,
      POSITIONS[i % POSITIONS.length],
      phone,
      1960 + (i % 40),
      String(2000 + (i % 25)), // a year stored as text
      d.serikat,
      byCode ? d.code : "",
      byCode ? "" : d.desa,
      d.kecamatan,
      i % 2 ? `Kab. ${d.kabupaten.replace(/^Kabupaten\s+/i, "")}` : d.kabupaten,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

async function coordinatorId() {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  const id = (await c.query("SELECT id FROM app_user WHERE email = $1", [COORDINATOR])).rows[0].id as number;
  await c.end();
  return id;
}

async function build() {
  const area = await areaOf(await coordinatorId());
  const t = performance.now();
  const bytes = await buildSheet(ROWS, area);
  writeFileSync(FILE, bytes);
  console.log(JSON.stringify({ rows: ROWS, bytes: bytes.length, buildMs: performance.now() - t }));
}

async function main() {
  if (MODE === "build") return build();
  const user = (await loadSessionUser(await coordinatorId()))!;
  const bytes = new Uint8Array(readFileSync(FILE));
  // What the process holds before the import starts (the modules, the query engine, the file).
  const baseRssMb = peakRssMb();

  let t = performance.now();
  const preview = await previewImportFile(user, "KADER", { name: `bench-${ROWS}.xlsx`, bytes });
  if (!preview.ok) throw new Error(JSON.stringify(preview.fieldErrors));
  const previewMs = performance.now() - t;
  const batchId = preview.value.id;
  const batch = { counts: preview.value.counts };

  t = performance.now();
  const committed = await commitImport(user, kaderImport, batchId, { skipErrors: true });
  if (!committed.ok) throw new Error(JSON.stringify(committed.fieldErrors));
  const commitMs = performance.now() - t;

  t = performance.now();
  const undone = await undoImport(user, kaderImport, batchId);
  if (!undone.ok) throw new Error(undone.key);
  const undoMs = performance.now() - t;

  console.log(
    JSON.stringify({
      rows: ROWS,
      bytes: bytes.length,
      previewMs,
      commitMs,
      undoMs,
      written: committed.value.written,
      counts: batch.counts,
      baseRssMb,
      peakRssMb: peakRssMb(),
    }),
  );
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
