#!/usr/bin/env node
// npm run db:backup [-- --out FILE]
// DATABASE_URL set (environment or .env): `pg_dump -Fc` of that database (the
// system pg_dump, whose major version must be at least the server's). Not set:
// a snapshot of the embedded database (.data/pglite, or PEKKA_PGLITE_DIR) with
// PGlite's dumpDataDir; the embedded database must not be in use. Uploaded
// files live in the database (decision 0009), so they are in the backup.
// Writes FILE (default backups/pekka-<time>.dump or .tar.gz) and FILE.sha256.
// Decision 0017.
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_DATA_DIR, PROJECT_ROOT, describeUrl, loadDotEnv, openEmbeddedDirectly } from "./lib/embedded-db.mjs";
import { checkBackupFile, fail, mb, parseArgs, pgEnv, runPgTool, say, secs, stamp, writeChecksum } from "./lib/backup.mjs";

const args = parseArgs(process.argv.slice(2), { options: ["out"], flags: ["help"] });
if (args.help || args._.length) {
  say("usage: npm run db:backup [-- --out FILE]");
  process.exit(args.help ? 0 : 2);
}
loadDotEnv();
const url = process.env.DATABASE_URL;
const out = path.resolve(args.out ?? path.join(PROJECT_ROOT, "backups", `pekka-${stamp()}.${url ? "dump" : "tar.gz"}`));
fs.mkdirSync(path.dirname(out), { recursive: true });
const partial = `${out}.partial`;
const t0 = Date.now();

try {
  if (url) {
    say(`▶ pg_dump -Fc ${describeUrl(url)} → ${out}`);
    runPgTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${partial}`], pgEnv(url));
  } else {
    const dataDir = process.env.PEKKA_PGLITE_DIR || DEFAULT_DATA_DIR;
    if (!fs.existsSync(path.join(path.resolve(PROJECT_ROOT, dataDir), "PG_VERSION"))) fail(`no embedded database in ${dataDir}`);
    say(`▶ embedded database snapshot ${dataDir} → ${out}`);
    const { db, close } = await openEmbeddedDirectly(dataDir);
    try {
      await db.query("CHECKPOINT");
      const blob = await db.dumpDataDir("gzip");
      fs.writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
    } finally {
      await close();
    }
  }
  fs.renameSync(partial, out);
  const sum = writeChecksum(out);
  const { format, size } = checkBackupFile(out);
  if (format === "pg") runPgTool("pg_restore", ["--list", out], process.env); // the table of contents reads back
  say(`✔ ${format === "pg" ? "pg_dump" : "embedded"} backup ${out}: ${mb(size)} in ${secs(Date.now() - t0)}, sha256 ${sum}`);
} catch (e) {
  fs.rmSync(partial, { force: true });
  fail(`backup failed: ${e.message}`);
}
