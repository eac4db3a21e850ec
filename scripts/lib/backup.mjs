// Shared by scripts/db-backup.mjs and scripts/db-restore.mjs (decision 0017).
// Two formats, told apart by their first bytes:
// - "pg":       `pg_dump -Fc` custom format (magic "PGDMP"), from a real PostgreSQL;
// - "embedded": PGlite's dumpDataDir() snapshot, a gzip'd tar of the data
//               directory (magic 1f 8b), from the embedded database.
// Every backup gets a `<file>.sha256` beside it (sha256sum format); restore
// checks it when present.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const say = (line) => process.stderr.write(`${line}\n`);

export function fail(message, code = 1) {
  say(`✖ ${message}`);
  process.exit(code);
}

export function sha256File(file) {
  const h = createHash("sha256");
  const fd = fs.openSync(file, "r");
  const buf = Buffer.alloc(1 << 20);
  try {
    for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0;) h.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return h.digest("hex");
}

export function writeChecksum(file) {
  const sum = sha256File(file);
  fs.writeFileSync(`${file}.sha256`, `${sum}  ${path.basename(file)}\n`);
  return sum;
}

/** "pg" | "embedded" | null, from the file's first bytes. */
export function formatOf(file) {
  const fd = fs.openSync(file, "r");
  const head = Buffer.alloc(5);
  try {
    fs.readSync(fd, head, 0, 5, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString("latin1") === "PGDMP") return "pg";
  if (head[0] === 0x1f && head[1] === 0x8b) return "embedded";
  return null;
}

/** Throws unless the file exists, is a backup of a known format and matches its .sha256 (if any). */
export function checkBackupFile(file) {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new Error(`${file}: no such file`);
  const size = fs.statSync(file).size;
  if (size < 64) throw new Error(`${file}: ${size} bytes, too small to be a backup`);
  const format = formatOf(file);
  if (!format) throw new Error(`${file}: not a backup (neither pg_dump custom format nor an embedded-database snapshot)`);
  const sidecar = `${file}.sha256`;
  let verified = false;
  if (fs.existsSync(sidecar)) {
    const expected = fs.readFileSync(sidecar, "utf8").trim().split(/\s+/)[0];
    const actual = sha256File(file);
    if (expected !== actual)
      throw new Error(`${file}: sha256 ${actual} does not match ${sidecar} (${expected}): the file is damaged or was changed`);
    verified = true;
  }
  return { format, size, verified };
}

/** libpq environment for a postgres:// URL, so the password never shows in a process list. */
export function pgEnv(url) {
  const u = new URL(url);
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith("PG")) delete env[k];
  Object.assign(env, {
    PGHOST: decodeURIComponent(u.hostname.replace(/^\[|\]$/g, "")) || "localhost",
    PGPORT: u.port || "5432",
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)) || "postgres",
  });
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const sslmode = u.searchParams.get("sslmode");
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

/** Runs a PostgreSQL client program; throws with its stderr on failure. */
export function runPgTool(bin, args, env) {
  const r = spawnSync(bin, args, { env, encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.error)
    throw new Error(
      r.error.code === "ENOENT" ? `${bin} not found: install the PostgreSQL client (apt-get install postgresql-client)` : r.error.message,
    );
  if (r.status !== 0) throw new Error(`${bin} failed (exit ${r.status}):\n${(r.stderr || r.stdout).trim()}`);
  return r.stdout;
}

export function parseArgs(argv, { flags = [], options = [] }) {
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = a.startsWith("--") ? a.slice(2).split(/=(.*)/s) : [null];
    if (name && flags.includes(name)) out[name] = true;
    else if (name && options.includes(name)) {
      const v = inline ?? argv[++i];
      if (v === undefined) fail(`--${name} needs a value`, 2);
      out[name] = v;
    } else if (name) fail(`unknown option --${name}`, 2);
    else out._.push(a);
  }
  return out;
}

export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
export const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
export const stamp = () => new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");
