// Embedded default database: PGlite (PostgreSQL 18 in WebAssembly) served on
// the Postgres wire protocol, so the same Prisma client, the same `pg` code and
// the same `prisma migrate` commands run with no PostgreSQL installed.
// See docs/decisions/0004-embedded-database.md.
//
//   client ──TCP──▶ gate (this file, 127.0.0.1:<port>) ──TCP──▶ PGLiteSocketServer ──▶ PGlite
//
// PGlite has a single backend. PGLiteSocketServer multiplexes its clients one
// *message* at a time, which interleaves the extended protocol
// (Parse/Bind/Execute/Sync) of concurrent clients: wrong results. The gate in
// front of it hands the backend to one client connection at a time and takes
// it back only when that client is idle (ReadyForQuery 'I', no open batch,
// nothing outstanding). Other connections wait their turn instead of being
// refused. The app still uses a pool of one connection (lib/db/client.ts).
//
// The gate also routes by database name: `postgres` is the persisted database
// in `dataDir`; any other name (Prisma's shadow database `prisma_…`, a test
// database) gets its own throw-away in-memory PGlite. PGlite ignores the
// database named at connection time, so without this `CREATE DATABASE x` +
// connecting to x would silently land in the main database.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DEFAULT_DATA_DIR = ".data/pglite";
const MAIN_DATABASE = "postgres";
const USER = "postgres";

const PROTOCOL_3 = 196608;
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const MAX_FRAME = 1 << 30;
const SYNC_MESSAGE = Buffer.from([0x53, 0, 0, 0, 4]); // 'S', length 4

/** Client messages that end a request: the backend answers them with ReadyForQuery. */
const SYNC_TYPES = new Set(["Q", "S", "F"]);
/** Extended-protocol messages that open a batch, closed by Sync. */
const BATCH_TYPES = new Set(["P", "B", "D", "E", "C", "H"]);

function log(message) {
  process.stderr.write(`${message}\n`);
}
const DEBUG = process.env.PEKKA_EMBEDDED_DB_DEBUG === "1";
const debug = (message) => DEBUG && log(`[embedded-db ${new Date().toISOString().slice(11, 23)}] ${message}`);

/** `postgresql://user:***@host:port/db` — for printing a URL without its password. */
export function describeUrl(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}

function errorResponse(code, message) {
  const fields = [
    ["S", "FATAL"],
    ["V", "FATAL"],
    ["C", code],
    ["M", message],
  ];
  const body = Buffer.concat([...fields.map(([k, v]) => Buffer.from(`${k}${v}\0`, "utf8")), Buffer.from([0])]);
  const head = Buffer.alloc(5);
  head.write("E", 0, "latin1");
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

/** Splits the client's byte stream into whole messages. */
class ClientFrames {
  constructor(onFrame) {
    this.onFrame = onFrame;
    this.untyped = true; // until the StartupMessage: length-prefixed, no type byte
    this.head = Buffer.alloc(0);
    this.cur = null;
    this.curOff = 0;
  }

  push(chunk) {
    let i = 0;
    while (i < chunk.length) {
      if (this.cur) {
        const n = Math.min(this.cur.length - this.curOff, chunk.length - i);
        chunk.copy(this.cur, this.curOff, i, i + n);
        this.curOff += n;
        i += n;
        if (this.curOff === this.cur.length) this.emit();
        continue;
      }
      const headLen = this.untyped ? 4 : 5;
      const take = Math.min(headLen - this.head.length, chunk.length - i);
      this.head = Buffer.concat([this.head, chunk.subarray(i, i + take)]);
      i += take;
      if (this.head.length < headLen) break;
      const total = this.untyped ? this.head.readInt32BE(0) : 1 + this.head.readInt32BE(1);
      if (total < headLen || total > MAX_FRAME) throw new Error("invalid message length");
      this.cur = Buffer.allocUnsafe(total);
      this.head.copy(this.cur, 0);
      this.curOff = headLen;
      this.head = Buffer.alloc(0);
      if (this.curOff === total) this.emit();
    }
  }

  emit() {
    const frame = this.cur;
    this.cur = null;
    this.curOff = 0;
    if (this.untyped) {
      const code = frame.length >= 8 ? frame.readInt32BE(4) : 0;
      if (code === PROTOCOL_3) this.untyped = false;
      this.onFrame({ kind: "untyped", code, frame });
    } else {
      this.onFrame({ kind: String.fromCharCode(frame[0]), frame });
    }
  }
}

/** Watches the backend's byte stream for ReadyForQuery ('Z') without buffering it. */
class BackendWatcher {
  constructor(onReady) {
    this.onReady = onReady;
    this.head = Buffer.alloc(0);
    this.remaining = 0;
    this.isReady = false;
  }

  feed(chunk) {
    let i = 0;
    while (i < chunk.length) {
      if (this.remaining > 0) {
        if (this.isReady) {
          this.isReady = false;
          this.onReady(String.fromCharCode(chunk[i]));
        }
        const n = Math.min(this.remaining, chunk.length - i);
        this.remaining -= n;
        i += n;
        continue;
      }
      const take = Math.min(5 - this.head.length, chunk.length - i);
      this.head = Buffer.concat([this.head, chunk.subarray(i, i + take)]);
      i += take;
      if (this.head.length < 5) break;
      this.isReady = this.head[0] === 0x5a; // 'Z'
      this.remaining = this.head.readInt32BE(1) - 4;
      this.head = Buffer.alloc(0);
    }
  }
}

function parseStartup(frame) {
  const params = {};
  const parts = frame.subarray(8).toString("utf8").split("\0");
  for (let k = 0; k + 1 < parts.length; k += 2) {
    if (!parts[k]) break;
    params[parts[k]] = parts[k + 1];
  }
  return params;
}

/** One PGlite instance behind its own PGLiteSocketServer, and the gate's turn-taking. */
class Backend {
  constructor({ name, db, server, port, ephemeral }) {
    Object.assign(this, { name, db, server, port, ephemeral });
    this.owner = null;
    this.waiting = [];
    this.conns = new Set();
    this.idleTimer = null;
  }

  request(conn) {
    if (this.owner !== conn && !this.waiting.includes(conn)) {
      this.waiting.push(conn);
      conn.waitingSince = Date.now();
    }
    this.pump();
  }

  pump() {
    if (!this.owner) {
      while (this.waiting.length > 0) {
        const next = this.waiting.shift();
        if (next.closed || next.pending.length === 0) continue;
        this.owner = next;
        next.waitingSince = 0;
        next.noticed = false;
        break;
      }
    }
    this.owner?.flush();
  }

  release(conn) {
    if (this.owner !== conn) return;
    this.owner = null;
    if (!conn.closed && conn.pending.length > 0) this.waiting.push(conn);
    this.pump();
  }

  remove(conn) {
    this.conns.delete(conn);
    this.waiting = this.waiting.filter((c) => c !== conn);
    // The backend handler rolls back an open transaction of a vanished client
    // before it serves anyone else (PGLiteSocketServer's query queue), so the
    // turn can pass on at once.
    if (this.owner === conn) {
      this.owner = null;
      this.pump();
    }
  }
}

/** A client connection through the gate. */
let nextConnId = 1;
class Conn {
  constructor(gate, socket) {
    this.id = nextConnId++;
    this.gate = gate;
    this.socket = socket;
    this.backend = null;
    this.upstream = null;
    this.pending = [];
    this.outstanding = 0; // requests sent whose ReadyForQuery has not come back
    this.openBatch = false;
    this.status = "I";
    this.closed = false;
    this.waitingSince = 0;
    this.noticed = false;
    this.frames = new ClientFrames((f) => this.onFrame(f));
    this.watcher = new BackendWatcher((s) => this.onReady(s));
    socket.setNoDelay(true);
    socket.on("data", (chunk) => {
      try {
        this.frames.push(chunk);
      } catch (e) {
        this.fail("08P01", `embedded database: ${e.message}`);
      }
    });
    socket.on("error", () => this.close());
    socket.on("close", () => this.close());
  }

  onFrame({ kind, code, frame }) {
    if (kind === "untyped") {
      if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
        this.socket.write("N"); // no encryption on loopback
        return;
      }
      if (code === CANCEL_REQUEST) {
        this.close(); // PGlite has no backend process to signal
        return;
      }
      if (code !== PROTOCOL_3) {
        this.fail("08P01", "embedded database: unsupported protocol version");
        return;
      }
      const params = parseStartup(frame);
      const database = params.database || params.user || MAIN_DATABASE;
      this.pending.push({ kind: "startup", frame });
      this.gate
        .backendFor(database)
        .then((backend) => this.attach(backend))
        .catch((e) => this.fail("57P03", `embedded database: cannot open "${database}": ${e.message}`));
      return;
    }
    this.pending.push({ kind, frame });
    if (this.backend) this.backend.request(this);
  }

  attach(backend) {
    if (this.closed) return;
    this.backend = backend;
    backend.conns.add(this);
    debug(`#${this.id} connected to "${backend.name}" (${backend.conns.size} open)`);
    clearTimeout(backend.idleTimer);
    const up = net.connect({ host: "127.0.0.1", port: backend.port });
    this.upstream = up;
    up.setNoDelay(true);
    up.on("data", (chunk) => {
      this.watcher.feed(chunk);
      if (this.closed) return;
      if (!this.socket.write(chunk) && !up.isPaused()) {
        up.pause();
        this.socket.once("drain", () => up.resume());
      }
    });
    up.on("error", () => (this.closed ? this.finish() : this.close()));
    up.on("close", () => (this.closed ? this.finish() : this.close()));
    backend.request(this);
  }

  /** Called by the backend when this connection has the turn. */
  flush() {
    while (this.pending.length > 0) {
      const { kind, frame } = this.pending.shift();
      if (kind === "startup" || SYNC_TYPES.has(kind)) {
        this.outstanding += 1;
        this.openBatch = false;
      } else if (BATCH_TYPES.has(kind)) {
        this.openBatch = true;
      }
      if (!this.upstream.write(frame) && !this.socket.isPaused()) {
        this.socket.pause();
        this.upstream.once("drain", () => this.socket.resume());
      }
    }
  }

  onReady(status) {
    this.outstanding = Math.max(0, this.outstanding - 1);
    this.status = status;
    if (this.closed) {
      if (this.outstanding === 0) this.finish();
      return;
    }
    if (this.outstanding === 0 && !this.openBatch && status === "I") this.backend.release(this);
  }

  fail(code, message) {
    if (!this.closed && this.socket.writable) {
      // Deliver the error before hanging up (close() would discard it).
      const socket = this.socket;
      this.socket = new net.Socket(); // a dummy for close() to destroy
      socket.end(errorResponse(code, message));
      setTimeout(() => socket.destroy(), 1000).unref();
    }
    this.close();
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.pending = [];
    this.socket.destroy();
    this.gate.conns.delete(this);
    debug(`#${this.id} closed`);
    const up = this.upstream;
    if (this.backend?.owner === this && up && !up.destroyed && (this.openBatch || this.outstanding > 0)) {
      // The client vanished mid-request. Let the backend finish it (and leave
      // an unfinished Parse/Bind batch through a Sync) before anyone else
      // gets the turn, or the next client would inherit that protocol state.
      if (this.openBatch) {
        up.write(SYNC_MESSAGE);
        this.openBatch = false;
        this.outstanding += 1;
      }
      this.draining = setTimeout(() => this.finish(), 30_000);
      this.draining.unref();
      return;
    }
    this.finish();
  }

  finish() {
    if (this.finished) return;
    this.finished = true;
    clearTimeout(this.draining);
    this.upstream?.end();
    this.upstream?.destroy();
    if (this.backend) {
      this.backend.remove(this);
      this.gate.maybeDispose(this.backend);
    }
  }
}

async function openPglite(dataDir) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  // The gate guarantees one active client at a time; the backend may hold
  // several idle connections (one per gate connection).
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 1000 });
  await server.start();
  const port = Number(server.getServerConn().split(":").pop());
  return { db, server, port };
}

async function closePglite(backend) {
  try {
    await backend.server.stop();
  } finally {
    if (!backend.db.closed) await backend.db.close();
  }
}

class Gate {
  constructor({ main, waitTimeoutMs }) {
    this.main = main;
    this.waitTimeoutMs = waitTimeoutMs;
    this.others = new Map(); // database name -> Promise<Backend>
    this.conns = new Set();
    this.server = net.createServer((socket) => this.conns.add(new Conn(this, socket)));
    this.ticker = setInterval(() => this.checkWaiting(), 1000);
    this.ticker.unref();
  }

  backendFor(database) {
    if (database === MAIN_DATABASE) return Promise.resolve(this.main);
    let p = this.others.get(database);
    if (!p) {
      debug(`opening an in-memory PGlite for database "${database}"`);
      p = openPglite(null).then((b) => new Backend({ name: database, ...b, ephemeral: database.startsWith("prisma_") }));
      this.others.set(database, p);
      p.catch(() => this.others.delete(database));
    }
    return p;
  }

  /** Prisma's shadow databases live only as long as someone is connected to them. */
  maybeDispose(backend) {
    if (!backend.ephemeral || backend.conns.size > 0) return;
    clearTimeout(backend.idleTimer);
    backend.idleTimer = setTimeout(() => {
      if (backend.conns.size > 0) return;
      this.others.delete(backend.name);
      debug(`closing the in-memory PGlite of "${backend.name}"`);
      closePglite(backend).catch(() => {});
    }, 3000);
    backend.idleTimer.unref();
  }

  checkWaiting() {
    const now = Date.now();
    for (const conn of this.conns) {
      if (!conn.waitingSince) continue;
      const waited = now - conn.waitingSince;
      if (waited > this.waitTimeoutMs) {
        conn.fail(
          "53300",
          `embedded database busy: waited ${Math.round(waited / 1000)} s while another connection ` +
            `held it (PGlite serves one client at a time: an open transaction or a long query blocks the rest)`,
        );
      } else if (waited > 5000 && !conn.noticed) {
        conn.noticed = true;
        log(`… a connection to the embedded database has been waiting ${Math.round(waited / 1000)} s for another to finish`);
      }
    }
  }

  listen(host, port) {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen({ host, port }, () => {
        this.server.off("error", reject);
        resolve(this.server.address().port);
      });
    });
  }

  async close() {
    clearInterval(this.ticker);
    await new Promise((resolve) => {
      this.server.close(() => resolve());
      for (const conn of this.conns) conn.close();
    });
    const others = await Promise.allSettled([...this.others.values()]);
    for (const r of others) if (r.status === "fulfilled") clearTimeout(r.value.idleTimer);
    await Promise.allSettled([closePglite(this.main), ...others.filter((r) => r.status === "fulfilled").map((r) => closePglite(r.value))]);
  }
}

// ───────────────────────── lock: one PGlite per data directory ─────────────────────────

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

function canConnect(url, timeoutMs = 1000) {
  return new Promise((resolve) => {
    let u;
    try {
      u = new URL(url);
    } catch {
      resolve(false);
      return;
    }
    const s = net.connect({ host: u.hostname, port: Number(u.port) });
    const done = (ok) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.once("connect", () => done(true));
    s.once("error", () => done(false));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Takes the data directory's lock, or returns the live owner's { pid, url }.
 * PGlite writes no postmaster.pid: two instances on one directory would corrupt it.
 */
async function acquireLock(lockFile) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }), {
        flag: "wx",
      });
      return null; // ours
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
    }
    let holder = {};
    try {
      holder = JSON.parse(fs.readFileSync(lockFile, "utf8"));
    } catch {
      // being written right now, or garbage
    }
    const alive = holder.pid && holder.pid !== process.pid && pidAlive(holder.pid);
    if (alive && holder.url && (await canConnect(holder.url))) return holder;
    const starting = alive && !holder.url && Date.now() - Date.parse(holder.startedAt ?? 0) < 60_000;
    if (starting && Date.now() < deadline) {
      await sleep(200);
      continue;
    }
    // Stale (its process is gone or no longer serving): take it over.
    try {
      fs.unlinkSync(lockFile);
    } catch {
      // someone else removed it
    }
  }
}

/**
 * Starts PGlite persisted in `dataDir` (project-relative unless absolute), on
 * 127.0.0.1 at `port` (a free one by default). If another process already
 * serves this directory, returns its URL instead (`reused: true`; `stop` then
 * does nothing).
 *
 * @returns {Promise<{ url: string, stop: () => Promise<void>, reused: boolean,
 *   pid: number, dataDir: string, firstStart: boolean, startMs: number }>}
 */
export async function startEmbeddedDb({
  dataDir = DEFAULT_DATA_DIR,
  port = 0,
  host = "127.0.0.1",
  reuse = true,
  waitTimeoutMs = Number(process.env.PEKKA_EMBEDDED_DB_WAIT_MS) || 120_000,
} = {}) {
  const t0 = Date.now();
  const dir = path.resolve(PROJECT_ROOT, dataDir);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const lockFile = `${dir}.lock.json`;

  const holder = await acquireLock(lockFile);
  if (holder) {
    if (!reuse) throw new Error(`${dataDir} is in use by process ${holder.pid} (${holder.url})`);
    return {
      url: holder.url,
      stop: async () => {},
      reused: true,
      pid: holder.pid,
      dataDir: dir,
      firstStart: false,
      startMs: Date.now() - t0,
    };
  }
  const removeLock = () => {
    try {
      if (JSON.parse(fs.readFileSync(lockFile, "utf8")).pid === process.pid) fs.unlinkSync(lockFile);
    } catch {
      // already gone
    }
  };
  process.once("exit", removeLock);

  const firstStart = !fs.existsSync(path.join(dir, "PG_VERSION"));
  let gate;
  try {
    const main = new Backend({ name: MAIN_DATABASE, ...(await openPglite(dir)), ephemeral: false });
    gate = new Gate({ main, waitTimeoutMs });
    let boundPort;
    try {
      boundPort = await gate.listen(host, port);
    } catch (e) {
      await gate.close();
      throw e.code === "EADDRINUSE" ? new Error(`port ${port} on ${host} is already in use`) : e;
    }
    const url = `postgresql://${USER}:${USER}@${host}:${boundPort}/${MAIN_DATABASE}?sslmode=disable`;
    fs.writeFileSync(lockFile, JSON.stringify({ pid: process.pid, url, startedAt: new Date().toISOString() }));

    let stopping;
    const stop = () => {
      stopping ??= gate.close().finally(removeLock);
      return stopping;
    };
    return { url, stop, reused: false, pid: process.pid, dataDir: dir, firstStart, startMs: Date.now() - t0 };
  } catch (e) {
    removeLock();
    throw e;
  }
}

/**
 * A throw-away in-memory PGlite behind the same gate, e.g. as a shadow
 * database. (`prisma migrate dev` does not need it: the embedded server
 * already answers any database name but `postgres` with an in-memory PGlite.)
 */
export async function startShadowDb({ port = 0, host = "127.0.0.1" } = {}) {
  const main = new Backend({ name: MAIN_DATABASE, ...(await openPglite(null)), ephemeral: false });
  const gate = new Gate({ main, waitTimeoutMs: 120_000 });
  const boundPort = await gate.listen(host, port);
  let stopping;
  return {
    url: `postgresql://${USER}:${USER}@${host}:${boundPort}/${MAIN_DATABASE}?sslmode=disable`,
    stop: () => (stopping ??= gate.close()),
  };
}

// ───────────────────────── helpers shared by the scripts ─────────────────────────

/** Loads `.env` from the project root into process.env (never overriding what is set). */
export function loadDotEnv() {
  const file = path.join(PROJECT_ROOT, ".env");
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

/** Environment for child processes: node_modules/.bin first on PATH, no telemetry. */
export function childEnv(extra = {}) {
  const bin = path.join(PROJECT_ROOT, "node_modules", ".bin");
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
    ...extra,
    PATH: [bin, process.env.PATH].filter(Boolean).join(path.delimiter),
  };
}

/** node_modules/.bin/<cmd> if it exists, else the name itself (found on PATH). */
export function resolveBin(cmd) {
  if (cmd.includes("/") || cmd.includes(path.sep)) return cmd;
  const local = path.join(PROJECT_ROOT, "node_modules", ".bin", cmd);
  return fs.existsSync(local) ? local : cmd;
}

const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15, SIGKILL: 9 };

/** The shell convention: 128 + signal number for a child killed by a signal. */
export function exitCodeOf(code, signal) {
  if (code !== null && code !== undefined) return code;
  return 128 + (SIGNAL_NUMBERS[signal] ?? 1);
}

/**
 * Opens the PGlite in `dataDir` in this process, without serving it, for
 * maintenance (scripts/db-backup.mjs, scripts/db-restore.mjs). Refuses while
 * another process serves the directory (PGlite has no shared access).
 * `options` go to PGlite (e.g. `{ loadDataDir }` for a new directory).
 *
 * @returns {Promise<{ db: import("@electric-sql/pglite").PGlite, dir: string, close: () => Promise<void> }>}
 */
export async function openEmbeddedDirectly(dataDir = DEFAULT_DATA_DIR, options = {}) {
  const dir = path.resolve(PROJECT_ROOT, dataDir);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const lockFile = `${dir}.lock.json`;
  const holder = await acquireLock(lockFile);
  if (holder) throw new Error(`${dataDir} is in use by process ${holder.pid} (${holder.url}): stop it (npm run dev/demo/start) first`);
  const release = () => {
    try {
      if (JSON.parse(fs.readFileSync(lockFile, "utf8")).pid === process.pid) fs.unlinkSync(lockFile);
    } catch {
      // already gone
    }
  };
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const db = await PGlite.create({ dataDir: dir, ...options });
    return {
      db,
      dir,
      close: async () => {
        try {
          if (!db.closed) await db.close();
        } finally {
          release();
        }
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}
