// The colours of an outbox item's state, the same in the outbox and beside a grid row.
import type { OutboxState } from "@/lib/offline/types";

export const OUTBOX_STATE_STYLE: Record<OutboxState, string> = {
  saved: "bg-amber-100 text-amber-900",
  sending: "bg-sky-100 text-sky-900",
  received: "bg-emerald-100 text-emerald-900",
  refused: "bg-red-100 text-red-900",
  conflict: "bg-red-100 text-red-900",
  "signed-out": "bg-amber-100 text-amber-900",
};
