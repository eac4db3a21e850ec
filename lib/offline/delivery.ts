// One attempt to deliver an outbox item to the server (app/kirim/[kind]),
// and what its answer means. A network failure, a timeout or a server error
// keeps the item for another attempt: its idempotency key makes a repeat
// harmless even when the first attempt did reach the server.
import type { OutboxItem, Outcome } from "./types";

export const DELIVERY_TIMEOUT_MS = 30_000;

/** The request body: the form's own fields and files, and the ids the page bound. */
export function deliveryBody(item: Pick<OutboxItem, "fields" | "files" | "bound">): FormData {
  const body = new FormData();
  for (const [k, v] of Object.entries(item.fields)) body.append(k, v);
  for (const [k, f] of Object.entries(item.files)) body.append(k, f, f.name);
  body.append("$bound", JSON.stringify(item.bound));
  return body;
}

type Answer = { status: number; body: unknown };

/** An answer → what to do with the item. Anything unexpected is tried again, never dropped. */
export function classify({ status, body }: Answer): Outcome {
  const b = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  const texts = (v: unknown) =>
    v && typeof v === "object"
      ? (Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, s]) => typeof s === "string")) as Record<
          string,
          string
        >)
      : undefined;
  if (status === 200 && b.state === "received" && b.receipt && typeof b.receipt === "object") {
    const r = b.receipt as Record<string, unknown>;
    if (typeof r.url === "string" && r.url.startsWith("/") && !r.url.startsWith("//")) {
      return {
        state: "received",
        receipt: {
          key: text(r.key) ?? null,
          id: typeof r.id === "number" ? r.id : null,
          url: r.url,
          at: text(r.at) ?? new Date().toISOString(),
        },
      };
    }
  }
  if (status === 401) return { state: "signed-out" };
  if (status === 409) {
    const current = b.current && typeof b.current === "object" ? (b.current as Record<string, string | null>) : undefined;
    return { state: "conflict", formError: text(b.formError), current };
  }
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
    return { state: "refused", formError: text(b.formError), fieldErrors: texts(b.fieldErrors) };
  }
  return { state: "retry", reason: "server" };
}

export async function deliver(
  item: Pick<OutboxItem, "kind" | "fields" | "files" | "bound">,
  { timeoutMs = DELIVERY_TIMEOUT_MS, fetchImpl = fetch }: { timeoutMs?: number; fetchImpl?: typeof fetch } = {},
): Promise<Outcome> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const res = await fetchImpl(`/kirim/${encodeURIComponent(item.kind)}`, {
      method: "POST",
      body: deliveryBody(item),
      credentials: "same-origin",
      headers: { accept: "application/json" },
      signal: abort.signal,
      cache: "no-store",
    });
    const body = (res.headers.get("content-type") ?? "").includes("application/json") ? await res.json().catch(() => null) : null;
    return classify({ status: res.status, body });
  } catch {
    return { state: "retry", reason: abort.signal.aborted ? "timeout" : "offline" };
  } finally {
    clearTimeout(timer);
  }
}
