// A production server of a spec's own (the edge spec's, the hostile-input matrix's), for specs
// that write freely (the hostile-input matrix): what they change or lock (the
// sign-in counters of 127.0.0.1 included) never reaches the other specs. The
// server's JSON log lines are kept, so a spec can ask whether a request logged
// an error even when it answered 200 (an error streamed into a page).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import pg from "pg";

export type LogLine = Record<string, unknown> & { msg?: string; level?: string; requestId?: string };
export type OwnServer = { base: string; databaseUrl: string; lines: LogLine[]; stop: () => Promise<void> };

/** Creates (anew) and seeds the database at `databaseUrl`, as scripts/test.sh does for the e2e one. */
export function seedDatabase(databaseUrl: string): void {
  const env = { ...process.env, DATABASE_URL: databaseUrl, PEKKA_GEO: "program" };
  execFileSync(process.execPath, ["scripts/ensure-database.mjs", databaseUrl, "--fresh"], { env, stdio: "pipe" });
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "pipe" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { env, stdio: "pipe" });
}

export async function startOwnServer(port: number, databaseUrl: string, env: Record<string, string> = {}): Promise<OwnServer> {
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["scripts/server.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: "e2e-only-secret-6f1b0c2e9d8a4b7f3e5c1a9d0b2f4e6a",
      PEKKA_ALLOW_DEMO_ACCOUNTS: "true",
      NODE_OPTIONS: "--max-old-space-size=384",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: LogLine[] = [];
  let rest = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    const parts = (rest + chunk.toString()).split("\n");
    rest = parts.pop() ?? "";
    for (const p of parts) {
      try {
        lines.push(JSON.parse(p) as LogLine);
      } catch {
        lines.push({ msg: p, notJson: true });
      }
    }
  });
  child.stderr!.on("data", (chunk: Buffer) => lines.push({ msg: chunk.toString(), level: "stderr" }));
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  };
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${JSON.stringify(lines.slice(-20))}`);
    try {
      if ((await fetch(`${base}/login`)).status === 200) return { base, databaseUrl, lines, stop };
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error("server did not answer within 60 s");
}

/**
 * A fingerprint of every row the product keeps, to prove that a refused write
 * changed nothing. Left out: the audit log (a refusal may be recorded), the
 * sign-in counters and the data epoch (bumped by writes that did happen).
 */
export async function databaseFingerprint(client: pg.Client): Promise<string> {
  // One literal query: PostgreSQL builds each table's digest itself (format %I quotes the name).
  const { rows } = await client.query<{ f: string }>(
    `SELECT md5(string_agg(t.tablename || ':' || (xpath('/row/f/text()', query_to_xml(
              format('SELECT count(*) || '':'' || coalesce(md5(string_agg(md5(x::text), '''' ORDER BY md5(x::text))), '''') AS f FROM %I x', t.tablename),
              false, true, '')))[1]::text, '|' ORDER BY t.tablename)) AS f
       FROM pg_tables t
      WHERE t.schemaname = 'public' AND t.tablename NOT IN ('audit_log', 'rate_limiter', 'data_epoch', '_prisma_migrations')`,
  );
  return rows[0]!.f;
}
