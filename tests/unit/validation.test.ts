import { describe, expect, it } from "vitest";
import { kaderFilters, kaderInput } from "@/lib/validation/kader";
import { serikatInput } from "@/lib/validation/serikat";
import { userCreateInput, userUpdateInput } from "@/lib/validation/user";
import { toFieldErrors } from "@/lib/validation/field-errors";

function errors(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, input: unknown) {
  const r = schema.safeParse(input);
  if (r.success) return {};
  return toFieldErrors(r.error as never);
}

const goodKader = { fullName: "Siti Rahmawati", position: "KADER", serikatId: "3", desaId: "12", phone: "", birthYear: "", joinedYear: "" };

describe("kader input", () => {
  it("accepts a complete form and turns blanks into absent values", () => {
    const r = kaderInput.parse(goodKader);
    expect(r).toMatchObject({ fullName: "Siti Rahmawati", serikatId: 3, desaId: 12 });
    expect(r.phone).toBeUndefined();
    expect(r.birthYear).toBeUndefined();
  });

  it("answers an empty form with a message key per field", () => {
    expect(errors(kaderInput, { fullName: "", position: "", serikatId: "", desaId: "" })).toEqual({
      fullName: { key: "validation.required" },
      position: { key: "validation.choose" },
      serikatId: { key: "validation.choose" },
      desaId: { key: "validation.choose" },
    });
  });

  it("checks phone numbers and years", () => {
    const e = errors(kaderInput, { ...goodKader, phone: "12345", birthYear: "abc", joinedYear: "1850" });
    expect(e.phone).toEqual({ key: "validation.phone" });
    expect(e.birthYear).toEqual({ key: "validation.year" });
    expect(e.joinedYear).toEqual({ key: "validation.yearRange" });
    expect(kaderInput.parse({ ...goodKader, phone: "0812-3456-7890" }).phone).toBe("081234567890");
  });

  it("reports length limits with their numbers", () => {
    expect(errors(kaderInput, { ...goodKader, fullName: "Si" }).fullName).toEqual({ key: "validation.tooShort", values: { min: 3 } });
    expect(errors(kaderInput, { ...goodKader, fullName: "x".repeat(121) }).fullName).toEqual({
      key: "validation.tooLong",
      values: { max: 120 },
    });
  });

  it("falls back to safe defaults for bad list filters instead of failing", () => {
    expect(kaderFilters.parse({ page: "-3", status: "weird", provinceId: "abc", position: "KING" })).toEqual({
      page: 1,
      status: "active",
      provinceId: undefined,
      kabupatenId: undefined,
      serikatId: undefined,
      position: undefined,
      q: undefined,
    });
  });
});

describe("serikat input", () => {
  it("requires a name and a kabupaten", () => {
    expect(errors(serikatInput, { name: " ", kabupatenId: "" })).toEqual({
      name: { key: "validation.required" },
      kabupatenId: { key: "validation.choose" },
    });
  });
});

describe("user input", () => {
  const base = { email: " Koordinator.Baru@Pekka.Demo ", name: "Koordinator Baru", password: "panjang-sekali-123" };

  it("normalises the email and needs a province for a coordinator", () => {
    expect(errors(userCreateInput, { ...base, role: "PROVINCE_COORDINATOR" })).toEqual({
      provinceId: { key: "validation.user.provinceRequired" },
    });
    expect(userCreateInput.parse({ ...base, role: "PROVINCE_COORDINATOR", provinceId: "5" }).email).toBe("koordinator.baru@pekka.demo");
  });

  it("needs a kabupaten for district staff and a long enough password", () => {
    expect(errors(userCreateInput, { ...base, role: "DISTRICT_STAFF", password: "short" })).toEqual({
      password: { key: "validation.user.passwordLength" },
      kabupatenId: { key: "validation.user.kabupatenRequired" },
    });
  });

  it("lets an update keep the password by leaving it empty", () => {
    expect(userUpdateInput.parse({ ...base, role: "DIRECTOR", password: "" }).password).toBeUndefined();
  });

  it("reads checkboxes as booleans", () => {
    const r = userCreateInput.parse({ ...base, role: "NATIONAL_STAFF", active: "on", canViewViolenceDetails: "on" });
    expect(r).toMatchObject({ active: true, canViewViolenceDetails: true, canExportViolenceDetails: false });
  });
});
