// The hostile matrix's list of deliveries (tests/support/deliveries.ts) is the
// app's table of field writes: a new kind is fuzzed as soon as it exists.
import { describe, expect, it } from "vitest";
import { FIELD_WRITES } from "@/lib/forms/field-writes";
import { DELIVERIES } from "../support/deliveries";

describe("deliveries", () => {
  it("lists every field write with its bound ids", () => {
    const app = Object.fromEntries(Object.entries(FIELD_WRITES).map(([kind, w]) => [kind, [...w.bound]]));
    const listed = Object.fromEntries(Object.entries(DELIVERIES).map(([kind, d]) => [kind, d.bound]));
    expect(listed).toEqual(app);
  });
});
