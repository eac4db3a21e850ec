// The phone's two IndexedDB stores, through idb-keyval: one database each,
// since idb-keyval opens a database with a single store. Keys are
// [userId, id] arrays, so one user's entries are one key range.
import { createStore, del, get, promisifyRequest, set, type UseStore } from "idb-keyval";
import type { Draft, OutboxItem } from "./types";

let drafts: UseStore | undefined;
let outbox: UseStore | undefined;
const draftStore = () => (drafts ??= createStore("pekka-drafts", "drafts"));
const outboxStore = () => (outbox ??= createStore("pekka-outbox", "items"));

/** Every key [userId, …]: arrays sort after numbers and strings, so [u, []] bounds them. */
const ofUser = (userId: number) => IDBKeyRange.bound([userId], [userId, []]);

function allOf<T>(store: UseStore, userId: number): Promise<T[]> {
  return store("readonly", (s) => promisifyRequest(s.getAll(ofUser(userId)) as IDBRequest<T[]>));
}

export const getDraft = (userId: number, formId: string) => get<Draft>([userId, formId], draftStore());
export const putDraft = (d: Draft) => set([d.userId, d.formId], d, draftStore());
export const deleteDraft = (userId: number, formId: string) => del([userId, formId], draftStore());
export const listDrafts = (userId: number) => allOf<Draft>(draftStore(), userId);

export const getItem = (userId: number, key: string) => get<OutboxItem>([userId, key], outboxStore());
export const putItem = (i: OutboxItem) => set([i.userId, i.key], i, outboxStore());
export const deleteItem = (userId: number, key: string) => del([userId, key], outboxStore());
export const listItems = (userId: number) => allOf<OutboxItem>(outboxStore(), userId);
