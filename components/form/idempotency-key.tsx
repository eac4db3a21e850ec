// The idempotency key of a form that creates a record (lib/data/write-once.ts):
// made on the server each time the form is rendered, so a double tap, a retry
// or a second tab with this form makes one record, and a new form a new one.
import { randomUUID } from "node:crypto";

export function IdempotencyKey() {
  return <input type="hidden" name="idempotencyKey" value={randomUUID()} />;
}
