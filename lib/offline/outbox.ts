// The outbox: writes she has made on this phone, kept until the server has
// received them (decision 0030). Sent at once, again when the phone comes
// back online, on every page load, every half minute while something waits,
// and when she asks — Background Sync is missing from most of these browsers.
// One tab sends at a time (Web Locks, where the browser has them); the
// server's idempotency keys make a second sender harmless anyway.
import { deliver } from "./delivery";
import { deleteDraft, deleteItem, getDraft, getItem, listItems, putItem } from "./store";
import { PENDING_STATES, type OutboxItem, type Outcome } from "./types";

/** Received items stay a week, to show their receipts, then go. */
const KEEP_RECEIVED_MS = 7 * 24 * 3600 * 1000;
const MAX_BACKOFF_MS = 5 * 60 * 1000;

const CHANNEL = "pekka-outbox";
let channel: BroadcastChannel | undefined;

/** Tells this tab and the others that the outbox or a draft changed. */
export function notifyChanged() {
  if (typeof window === "undefined") return;
  window.dispatchEvent(new Event(CHANNEL));
  if (typeof BroadcastChannel !== "undefined") (channel ??= new BroadcastChannel(CHANNEL)).postMessage("changed");
}

export function onChanged(listener: () => void): () => void {
  window.addEventListener(CHANNEL, listener);
  const other = typeof BroadcastChannel !== "undefined" ? new BroadcastChannel(CHANNEL) : undefined;
  other?.addEventListener("message", listener);
  return () => {
    window.removeEventListener(CHANNEL, listener);
    other?.close();
  };
}

async function save(item: OutboxItem, patch: Partial<OutboxItem>): Promise<OutboxItem> {
  const next = { ...item, ...patch, updatedAt: Date.now() };
  await putItem(next);
  notifyChanged();
  return next;
}

/** What an outcome does to the item (and to the draft it came from). */
export async function applyOutcome(item: OutboxItem, outcome: Outcome): Promise<OutboxItem> {
  switch (outcome.state) {
    case "received": {
      // The draft goes only if it still holds this write (not a newer one she began since).
      const draft = await getDraft(item.userId, item.formId);
      if (draft && draft.fields.idempotencyKey === item.key) await deleteDraft(item.userId, item.formId);
      return save(item, { state: "received", receipt: outcome.receipt, formError: undefined, fieldErrors: undefined, files: {} });
    }
    case "refused":
      return save(item, { state: "refused", formError: outcome.formError, fieldErrors: outcome.fieldErrors });
    case "conflict":
      return save(item, { state: "conflict", formError: outcome.formError, current: outcome.current });
    case "signed-out":
      return save(item, { state: "signed-out" });
    case "retry": {
      const attempts = item.attempts + 1;
      return save(item, { state: "saved", attempts, nextAttemptAt: Date.now() + Math.min(MAX_BACKOFF_MS, 5000 * 2 ** attempts) });
    }
  }
}

/**
 * Runs `send` holding the item's own lock, so that one tab sends an item at a
 * time: the form that just submitted it, or the outbox of any tab. A tab that
 * dies lets go of its locks, so nothing stays stuck in "sending". Without Web
 * Locks (old browsers) an item may go twice; the server's key answers the repeat.
 */
async function holdingItem<T>(key: string, wait: boolean, send: () => Promise<T>): Promise<T | undefined> {
  if (typeof navigator === "undefined" || !navigator.locks) return send();
  return navigator.locks.request(`${CHANNEL}-item-${key}`, { ifAvailable: !wait }, async (lock) => (lock ? send() : undefined));
}

/** Puts a write in the outbox (first, so that nothing is lost) and tries to send it now. */
export async function submit(item: Omit<OutboxItem, "state" | "attempts" | "createdAt" | "updatedAt">): Promise<Outcome> {
  const outcome = await holdingItem(item.key, true, async () => {
    const existing = await getItem(item.userId, item.key);
    const now = Date.now();
    const stored: OutboxItem = {
      ...item,
      state: "sending",
      attempts: existing?.attempts ?? 0,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await putItem(stored);
    notifyChanged();
    const answer = await deliver(stored);
    await applyOutcome(stored, answer);
    return answer;
  });
  return outcome!;
}

async function sendWaiting(userId: number, force: boolean): Promise<void> {
  const items = (await listItems(userId)).sort((a, b) => a.createdAt - b.createdAt);
  const now = Date.now();
  for (const old of items.filter((i) => i.state === "received" && now - i.updatedAt > KEEP_RECEIVED_MS)) {
    await deleteItem(userId, old.key);
  }
  for (const item of items.filter((i) => PENDING_STATES.includes(i.state))) {
    if (!force && item.state === "saved" && (item.nextAttemptAt ?? 0) > now) continue;
    // An item being sent right now (by its form, by another tab) is left to them.
    const outcome = await holdingItem(item.key, false, async () => {
      const latest = await getItem(userId, item.key);
      if (!latest || !PENDING_STATES.includes(latest.state)) return undefined;
      const sending = await save(latest, { state: "sending" });
      const answer = await deliver(sending);
      await applyOutcome(sending, answer);
      return answer;
    });
    // Signed out, or no network: the others would fare the same.
    if (outcome?.state === "signed-out" || (outcome?.state === "retry" && outcome.reason !== "server")) break;
  }
}

/** Sends what waits; `force` ignores the back-off (she asked, or the phone came online). */
export async function flush(userId: number, { force = false }: { force?: boolean } = {}): Promise<void> {
  if (typeof navigator !== "undefined" && navigator.locks) {
    await navigator.locks.request(`${CHANNEL}-${userId}`, { ifAvailable: true }, async (lock) => {
      if (lock) await sendWaiting(userId, force);
    });
  } else {
    await sendWaiting(userId, force);
  }
}

/** After a conflict, her fields over the version the server holds now: what "send mine" sends. */
export function overCurrentVersion(item: OutboxItem): Record<string, string> {
  const version = item.current?.version;
  return version != null ? { ...item.fields, version } : item.fields;
}

/** After a conflict: send hers again over the version the server holds now (she chose to). */
export async function keepMine(item: OutboxItem): Promise<void> {
  await save(item, {
    state: "saved",
    fields: overCurrentVersion(item),
    current: undefined,
    formError: undefined,
    nextAttemptAt: undefined,
  });
  await flush(item.userId, { force: true });
}

export async function discard(item: OutboxItem): Promise<void> {
  await deleteItem(item.userId, item.key);
  notifyChanged();
}
