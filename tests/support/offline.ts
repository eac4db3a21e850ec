// What the browser keeps on the phone (lib/offline/store.ts), read from inside
// the page: every entry of both IndexedDB databases, for the tests that check
// what is (and what is never) stored there.
import type { Page } from "@playwright/test";

export type StoredEntry = { db: string; key: unknown; value: Record<string, unknown> };

export async function phoneStorage(page: Page): Promise<StoredEntry[]> {
  return page.evaluate(async () => {
    const known = new Set((await indexedDB.databases()).map((d) => d.name));
    const out: { db: string; key: unknown; value: Record<string, unknown> }[] = [];
    for (const [name, store] of [
      ["pekka-drafts", "drafts"],
      ["pekka-outbox", "items"],
    ] as const) {
      if (!known.has(name)) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      if (db.objectStoreNames.contains(store)) {
        const tx = db.transaction(store, "readonly").objectStore(store);
        const [keys, values] = await Promise.all(
          [tx.getAllKeys(), tx.getAll()].map(
            (req) =>
              new Promise<unknown[]>((resolve, reject) => {
                req.onsuccess = () => resolve(req.result as unknown[]);
                req.onerror = () => reject(req.error);
              }),
          ),
        );
        (keys ?? []).forEach((key, i) => out.push({ db: name, key, value: values?.[i] as Record<string, unknown> }));
      }
      db.close();
    }
    return out;
  });
}

/** The outbox items of the phone, whoever they belong to. */
export async function outboxItems(page: Page): Promise<Record<string, unknown>[]> {
  return (await phoneStorage(page)).filter((e) => e.db === "pekka-outbox").map((e) => e.value);
}
