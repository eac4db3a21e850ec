// A form whose write meets a database outage (lib/db/outage.ts) gets a form
// error in the user's language and keeps its input; other errors still throw.
import { describe, expect, it, vi } from "vitest";
import { DatabaseUnavailableError } from "@/lib/db/outage";

const user = vi.hoisted(() => ({ current: vi.fn() }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: user.current }));
vi.mock("next-intl/server", () => ({
  getTranslations: async () => (key: string) => `t(${key})`,
}));

const { runWrite } = await import("@/lib/forms/action");

function form(values: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.append(k, v);
  return fd;
}

describe("runWrite during a database outage", () => {
  it("answers a form error that keeps the input when the write loses the database", async () => {
    user.current.mockResolvedValue({ id: 1 });
    const r = await runWrite(form({ name: "Siti" }), async () => {
      throw new DatabaseUnavailableError();
    });
    expect(r).toEqual({
      ok: false,
      state: expect.objectContaining({ formError: "t(errors.unavailable.formError)", values: { name: "Siti" } }),
    });
  });

  it("does the same when reading the signed-in user already fails", async () => {
    user.current.mockRejectedValue(new DatabaseUnavailableError());
    const r = await runWrite(form({ name: "Siti" }), async () => ({ ok: true, value: 1 }) as const);
    expect(r.ok).toBe(false);
  });

  it("still throws any other error", async () => {
    user.current.mockResolvedValue({ id: 1 });
    await expect(
      runWrite(form({}), async () => {
        throw new Error("bug");
      }),
    ).rejects.toThrow("bug");
  });
});
