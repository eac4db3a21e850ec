// A throw-away PostgreSQL cluster of its own: initdb in a temporary folder,
// started and stopped with pg_ctl on a port of the caller's. Used by the
// outage drill (scripts/drill-outage.mjs), which must stop a database without
// ever touching the machine's main cluster.
//
// PostgreSQL refuses to run as root: when this process is root, the cluster
// folder is given to the `postgres` user and every pg_ctl/initdb runs through
// `runuser -u postgres`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const DEFAULT_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

function owner() {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  return { uid, gid };
}

export function createTempPostgres({ port, bin = DEFAULT_BIN, log = () => {} }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pekka-pg-"));
  const data = path.join(dir, "data");
  const logFile = path.join(dir, "postgres.log");
  const as = owner();
  if (as) fs.chownSync(dir, as.uid, as.gid);

  const run = (tool, args) => {
    const cmd = path.join(bin, tool);
    const [file, argv] = as ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args];
    return execFileSync(file, argv, { stdio: ["ignore", "pipe", "pipe"], cwd: dir }).toString();
  };

  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  // Only this cluster's own socket folder and port; nothing shared with 15/main.
  fs.appendFileSync(
    path.join(data, "postgresql.conf"),
    `\nport = ${port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${dir}'\nfsync = off\nmax_connections = 100\n`,
  );

  const pg = {
    dir,
    port,
    url: (db = "postgres") => `postgres://postgres@127.0.0.1:${port}/${db}`,
    start() {
      run("pg_ctl", ["-D", data, "-l", logFile, "-w", "-t", "30", "start"]);
      log(`PostgreSQL ${path.basename(path.dirname(bin))} started on 127.0.0.1:${port} (${data})`);
    },
    /** mode "fast" (default): disconnects clients and stops, as a restart or failover does. */
    stop(mode = "fast") {
      run("pg_ctl", ["-D", data, "-m", mode, "-w", "-t", "30", "stop"]);
      log(`PostgreSQL on ${port} stopped (${mode})`);
    },
    running() {
      try {
        run("pg_ctl", ["-D", data, "status"]);
        return true;
      } catch {
        return false;
      }
    },
    destroy() {
      if (pg.running()) {
        try {
          pg.stop("immediate");
        } catch {
          /* already gone */
        }
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return pg;
}
