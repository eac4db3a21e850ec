#!/usr/bin/env node
// The production server: Next's request handler behind a thin edge that owns
// every request (docs/decisions/0014-edge-server.md).
//
//   node scripts/server.mjs [-H host] [-p port] [--keepAliveTimeout ms]
//
// Environment: PORT (3000; -p wins; the address is -H, default 0.0.0.0 —
// HOSTNAME is not read, containers set it to their own name),
// NEXTAUTH_URL (the public URL: its origin is the only one allowed to write),
// TRUSTED_PROXIES (comma-separated IPs/CIDRs whose forwarding headers are
// believed; default none), LOG_LEVEL (info). Needs a build (`npm run build`).
//
// For every request: the client address comes from the socket, or from
// X-Forwarded-For when the peer is a trusted proxy (proxy-addr); forwarding
// headers are replaced by that single answer; writes from a foreign origin get
// a 403; a request id is taken from a trusted proxy or made, passed on as
// x-request-id and sent back as X-Request-Id; one JSON line is logged when
// the request finishes (pino), with the user id the app recorded.
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { AsyncLocalStorage } from "node:async_hooks";
import http from "node:http";
import path from "node:path";
import { format } from "node:util";
import { fileURLToPath } from "node:url";
import { applyToHeaders, createEdge, normalizeAddress, originRefusal, resolveRequest, undecodablePathTarget } from "./server/edge.mjs";
import { LOGGER_KEY, createLogger, requestLine } from "./server/log.mjs";
import { clientErrorResponse, refusalBody } from "./server/refusal.mjs";
import { serverNodeOptions } from "./lib/server-memory.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const CONTEXT_KEY = Symbol.for("pekka.requestContext");
export const INFLIGHT_KEY = Symbol.for("pekka.requestsInFlight");

function parseArgs(argv) {
  const o = { hostname: "0.0.0.0", port: Number(process.env.PORT || 3000), keepAliveTimeout: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-H" || a === "--hostname") o.hostname = argv[++i];
    else if (a === "-p" || a === "--port") o.port = Number((o.portText = argv[++i]));
    else if (a === "--keepAliveTimeout") o.keepAliveTimeout = Number(argv[++i]);
    else if (a === "-h" || a === "--help") {
      console.log("usage: node scripts/server.mjs [-H host] [-p port] [--keepAliveTimeout ms]  (see the file's header)");
      process.exit(0);
    } else {
      console.error(`unknown argument ${a}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535) {
    console.error(`the port must be a number, not "${o.portText ?? process.env.PORT}"`);
    process.exit(2);
  }
  return o;
}

const options = parseArgs(process.argv.slice(2));

// The production heap cap (decision 0013) even when started by hand: re-run
// this script under it unless NODE_OPTIONS or the command line sets one.
if (!/--max-old-space-size/.test(`${process.env.NODE_OPTIONS ?? ""} ${process.execArgv.join(" ")}`)) {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, NODE_OPTIONS: serverNodeOptions() },
  });
  for (const s of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(s, () => child.kill(s));
  child.on("exit", (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
} else {
  await serve(options);
}

/**
 * Next and libraries write to the console (start-up, warnings, errors): make
 * those JSON lines too. A render error Next prints (it carries a digest) is
 * dropped: instrumentation.ts logs it once, with the request id.
 */
function routeConsoleTo(log) {
  const write =
    (level) =>
    (...args) => {
      if (args.some((a) => a instanceof Error && "digest" in a)) return;
      // eslint-disable-next-line no-control-regex -- removing terminal colour codes is the point
      log[level]({ console: true }, format(...args).replace(/\u001b\[[0-9;]*m/g, ""));
    };
  console.log = console.info = write("info");
  console.warn = write("warn");
  console.error = write("error");
}

async function serve({ hostname, port, keepAliveTimeout }) {
  process.env.NODE_ENV = "production";
  const log = createLogger();
  globalThis[LOGGER_KEY] = log;
  routeConsoleTo(log);
  const contexts = new AsyncLocalStorage();
  globalThis[CONTEXT_KEY] = contexts;
  // By request id, for code Next runs outside the request's async context (onRequestError).
  const inflight = new Map();
  globalThis[INFLIGHT_KEY] = inflight;

  const publicUrl = process.env.NEXTAUTH_URL || `http://localhost:${port}`;
  if (!process.env.NEXTAUTH_URL) log.warn({ publicUrl }, "NEXTAUTH_URL is not set: writes are accepted only from this origin");
  let edge;
  try {
    edge = createEdge({ trustedProxies: process.env.TRUSTED_PROXIES, publicUrl });
  } catch (e) {
    log.fatal({ err: e.message }, "invalid TRUSTED_PROXIES or NEXTAUTH_URL");
    process.exit(1);
  }

  const { default: next } = await import("next");
  const app = next({ dev: false, dir: ROOT, hostname, port });
  const handle = app.getRequestHandler();

  const server = http.createServer((req, res) => onRequest(req, res));
  if (keepAliveTimeout) server.keepAliveTimeout = keepAliveTimeout;

  function onRequest(req, res) {
    const startedAt = process.hrtime.bigint();
    const method = req.method ?? "GET";
    const url = req.url ?? "/";
    const resolved = resolveRequest(edge, req.socket.remoteAddress, req.headers);
    applyToHeaders(req.headers, resolved);
    res.setHeader("X-Request-Id", resolved.requestId);
    const ctx = { requestId: resolved.requestId, userId: null };
    inflight.set(ctx.requestId, ctx);
    res.once("close", () => {
      if (inflight.get(ctx.requestId) === ctx) inflight.delete(ctx.requestId);
      log.info(requestLine({ method, url, status: res.statusCode, startedAt, ctx, resolved, aborted: !res.writableFinished }), "request");
    });

    const refusal = originRefusal(edge, method, req.headers);
    if (refusal) {
      log.warn(
        {
          requestId: resolved.requestId,
          refusal,
          method,
          route: url.split("?")[0],
          origin: String(req.headers.origin ?? "").slice(0, 200),
          ip: resolved.clientIp,
        },
        "cross-origin write refused",
      );
      const body = refusalBody(req.headers, resolved.requestId);
      res.writeHead(403, {
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-store",
        "Content-Length": Buffer.byteLength(body),
      });
      res.end(body);
      req.resume();
      return;
    }

    const notFoundTarget = undecodablePathTarget(url);
    if (notFoundTarget) req.url = notFoundTarget;

    contexts
      .run(ctx, () => handle(req, res))
      .catch((err) => {
        log.error({ requestId: resolved.requestId, err }, "request handler failed");
        if (!res.headersSent) {
          res.statusCode = 500;
          res.end();
        } else res.destroy();
      });
  }

  await app.prepare();
  server.listen(port, hostname, () => {
    const addr = server.address();
    const actual = typeof addr === "object" && addr ? addr.port : port;
    const local = hostname === "0.0.0.0" || hostname === "::" ? "localhost" : hostname.includes(":") ? `[${hostname}]` : hostname;
    // As next start does: the origin Next uses to forward a server action to another worker.
    process.env.__NEXT_PRIVATE_ORIGIN = `http://${local}:${actual}`;
    log.info({ url: `http://${local}:${actual}`, publicOrigin: edge.publicOrigin, trustedProxies: edge.trustedProxies }, "listening");
  });
  // A request Node cannot parse (an address or headers over 16 KB, broken
  // framing) never reaches the handler: answer it in words, not with an empty 400/431.
  server.on("clientError", (err, socket) => {
    if (!socket.writable) return socket.destroy();
    log.warn({ code: err.code, ip: normalizeAddress(socket.remoteAddress) }, "unparseable request refused");
    socket.end(clientErrorResponse(err.code));
  });
  server.on("error", (e) => {
    log.fatal({ err: e.message }, "server failed");
    process.exit(1);
  });

  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping");
    setTimeout(() => process.exit(0), 10_000).unref();
    // Background jobs (instrumentation.ts): running ones get 5 s, the rest go back to the queue.
    const jobs = Promise.resolve(globalThis[Symbol.for("pekka.jobs.stop")]?.(5_000)).catch((err) =>
      log.warn({ err }, "stopping jobs failed"),
    );
    server.close(() => jobs.then(() => app.close()).finally(() => process.exit(0)));
    server.closeIdleConnections();
  };
  for (const s of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(s, () => stop(s));
}
