import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM helper without types
import { SERVER_HEAP_MB, serverNodeOptions } from "../../scripts/lib/server-memory.mjs";

describe("the production server's heap cap", () => {
  it("is added to NODE_OPTIONS", () => {
    expect(serverNodeOptions("")).toBe(`--max-old-space-size=${SERVER_HEAP_MB}`);
    expect(serverNodeOptions("--enable-source-maps")).toBe(`--enable-source-maps --max-old-space-size=${SERVER_HEAP_MB}`);
  });

  it("leaves an operator's own cap alone", () => {
    expect(serverNodeOptions("--max-old-space-size=1024")).toBe("--max-old-space-size=1024");
  });
});
