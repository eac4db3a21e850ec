// The idempotency key of a form whose write may arrive twice (lib/data/write-once.ts):
// made on the server each time the form is rendered, so a double tap, a retry
// or a second tab with this form makes one record or one change, and a new form
// a new one. A form that edits a record carries it beside its version.
// A restored draft brings back its own key (components/offline), so a write
// that may already have reached the server is never made twice.
import { randomUUID } from "node:crypto";
import { IdempotencyKeyInput } from "./idempotency-key-input";

export function IdempotencyKey() {
  return <IdempotencyKeyInput made={randomUUID()} />;
}
