import { describe, expect, it } from "vitest";
import { safeRedirect } from "@/lib/auth/redirect";

const base = "https://pekka.example";

describe("safeRedirect (next-auth's redirect callback)", () => {
  it("keeps paths and URLs of the app", () => {
    expect(safeRedirect("/kader?q=an", base)).toBe("https://pekka.example/kader?q=an");
    expect(safeRedirect("https://pekka.example/rktl/4", base)).toBe("https://pekka.example/rktl/4");
  });
  it("refuses a target too long for the cookie next-auth keeps it in", () => {
    expect(safeRedirect(`/kader?q=${"👩".repeat(400)}`, base)).toBe(base);
  });
  it("sends every other site, and what is not a URL at all, to the app's start", () => {
    for (const url of [
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "http://pekka.example/",
      "http://[::1",
      "https://",
    ]) {
      expect(safeRedirect(url, base), url).toBe(base);
    }
  });
});
