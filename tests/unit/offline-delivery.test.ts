// The outbox's reading of the server's answers (lib/offline/delivery.ts), the
// fields that may be kept on a phone (lib/offline/form-fields.ts), and the
// server's reading of the ids a page bound (lib/forms/deliver.ts).
import { describe, expect, it } from "vitest";
import { classify, deliver, deliveryBody } from "@/lib/offline/delivery";
import { differsFrom, formContent } from "@/lib/offline/form-fields";
import { readBound } from "@/lib/forms/deliver";

const receipt = { key: "k", id: 7, url: "/klik/3?saved=1", at: "2026-12-04T10:00:00.000Z" };

describe("classify", () => {
  it("takes a receipt only with a path inside the app", () => {
    expect(classify({ status: 200, body: { state: "received", receipt } })).toEqual({ state: "received", receipt });
    for (const url of ["https://evil.example/", "//evil.example/x", "javascript:alert(1)"]) {
      expect(classify({ status: 200, body: { state: "received", receipt: { ...receipt, url } } }).state).toBe("retry");
    }
  });

  it("keeps the item for another try on anything it does not understand", () => {
    for (const a of [
      { status: 200, body: null },
      { status: 200, body: "<html>" },
      { status: 500, body: null },
      { status: 502, body: null },
      { status: 503, body: { state: "unavailable" } },
      { status: 408, body: null },
      { status: 429, body: null },
    ]) {
      expect(classify(a).state).toBe("retry");
    }
  });

  it("tells refusals, conflicts and a lost session apart", () => {
    expect(classify({ status: 401, body: { state: "signed-out" } })).toEqual({ state: "signed-out" });
    expect(classify({ status: 422, body: { state: "refused", formError: "Periksa", fieldErrors: { achieved: "Wajib", bad: 3 } } })).toEqual(
      {
        state: "refused",
        formError: "Periksa",
        fieldErrors: { achieved: "Wajib" },
      },
    );
    expect(classify({ status: 403, body: "Forbidden" })).toEqual({ state: "refused", formError: undefined, fieldErrors: undefined });
    expect(classify({ status: 409, body: { state: "conflict", formError: "Diubah", current: { version: "4" } } })).toEqual({
      state: "conflict",
      formError: "Diubah",
      current: { version: "4" },
    });
  });
});

describe("deliver", () => {
  const item = { kind: "klik-case", bound: { sessionId: 3 }, fields: { idempotencyKey: "k", desk: "ADMINDUK" }, files: {} };

  it("posts the fields and the bound ids, and reads the answer", async () => {
    let sent: FormData | undefined;
    let url = "";
    const fetchImpl = (async (u: string, init: RequestInit) => {
      url = u;
      sent = init.body as FormData;
      return Response.json({ state: "received", receipt }, { status: 200 });
    }) as unknown as typeof fetch;
    expect(await deliver(item, { fetchImpl })).toEqual({ state: "received", receipt });
    expect(url).toBe("/kirim/klik-case");
    expect(sent?.get("desk")).toBe("ADMINDUK");
    expect(sent?.get("$bound")).toBe('{"sessionId":3}');
  });

  it("counts a network failure as offline and a request that never ends as a timeout", async () => {
    const down = (async () => {
      throw new TypeError("Failed to fetch");
    }) as unknown as typeof fetch;
    expect(await deliver(item, { fetchImpl: down })).toEqual({ state: "retry", reason: "offline" });
    const hangs = ((_u: string, init: RequestInit) =>
      new Promise((_, reject) =>
        init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
      )) as unknown as typeof fetch;
    expect(await deliver(item, { fetchImpl: hangs, timeoutMs: 20 })).toEqual({ state: "retry", reason: "timeout" });
  });

  it("sends files with their names", () => {
    const body = deliveryBody({
      fields: {},
      bound: {},
      files: { evidence: new File(["%PDF"], "perdes.pdf", { type: "application/pdf" }) },
    });
    expect((body.get("evidence") as File).name).toBe("perdes.pdf");
  });
});

describe("formContent", () => {
  it("never keeps sealed fields or Next's own entries, and only chosen files", () => {
    const entries: [string, FormDataEntryValue][] = [
      ["$ACTION_ID_abc", ""],
      ["desk", "VIOLENCE"],
      ["complainantName", "Siti"],
      ["narrative", "cerita"],
      ["evidence", new File([], "")],
      ["scan", new File(["x"], "a.png")],
    ];
    const { fields, files } = formContent(entries, ["complainantName", "narrative"]);
    expect(fields).toEqual({ desk: "VIOLENCE" });
    expect(Object.keys(files)).toEqual(["scan"]);
  });
});

describe("differsFrom", () => {
  it("ignores the key and the version, and sees a cleared field", () => {
    expect(differsFrom({ idempotencyKey: "a", version: "2", achieved: "5" }, { achieved: "5" })).toBe(false);
    expect(differsFrom({ achieved: "" }, { achieved: "5" })).toBe(true);
    expect(differsFrom({ p1_done: "on" }, {})).toBe(true);
  });
});

describe("readBound", () => {
  it("takes exactly the write's ids, each a positive id", () => {
    expect(readBound([], null)).toEqual({});
    expect(readBound(["sessionId"], '{"sessionId":3}')).toEqual({ sessionId: 3 });
    for (const raw of [
      null,
      "",
      "[]",
      "3",
      '{"sessionId":"3"}',
      '{"sessionId":0}',
      '{"sessionId":3,"x":1}',
      '{"sessionId":2147483648}',
      "{",
    ]) {
      expect(readBound(["sessionId"], raw)).toBeNull();
    }
  });
});
