// The answer to a refused cross-origin write: 403, a short text in the user's
// language (NEXT_LOCALE cookie, else Accept-Language, else Indonesian) and the
// request id to quote. The texts live in the errors catalogue like every other.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const texts = Object.fromEntries(
  ["id", "en"].map((l) => [l, JSON.parse(readFileSync(path.join(ROOT, "messages", l, "errors.json"), "utf8"))]),
);

export function localeOf(headers) {
  const cookie = /(?:^|;\s*)NEXT_LOCALE=(id|en)(?:;|$)/.exec(String(headers.cookie ?? ""));
  if (cookie) return cookie[1];
  const lang = String(headers["accept-language"] ?? "")
    .trim()
    .toLowerCase();
  return lang.startsWith("en") ? "en" : "id";
}

export function refusalBody(headers, requestId) {
  const t = texts[localeOf(headers)];
  return `${t.forbiddenOrigin}\n${t.requestId}: ${requestId}\n`;
}

/**
 * The raw HTTP answer to a request Node could not parse (server.on("clientError")).
 * Its headers were not read, so the language is unknown: Indonesian first, then English.
 */
export function clientErrorResponse(code) {
  const tooLarge = code === "HPE_HEADER_OVERFLOW";
  const key = tooLarge ? "tooLarge" : "badRequest";
  const body = `${texts.id[key]}\n${texts.en[key]}\n`;
  const status = tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request";
  return `HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`;
}
