import { describe, expect, it } from "vitest";
import { parseCsvLine } from "@/lib/geo/csv";
import { diffAreas } from "@/lib/geo/diff";
import { readOfficialAreas } from "@/lib/geo/source";
import { chooseKabupaten, kabupatenChoiceLabel, kabupatenFilterChoice } from "@/lib/options";
import { parseGeoArgs } from "@/scripts/geo-load";

describe("parseCsvLine", () => {
  it("reads quoted commas and doubled quotes as the official list writes them", () => {
    expect(parseCsvLine('12.07.28.1007,12.07.28,"Lubuk Pakam I,II"')).toEqual(["12.07.28.1007", "12.07.28", "Lubuk Pakam I,II"]);
    expect(parseCsvLine('35.13.15.2017,35.13.15,"Soka""an"')).toEqual(["35.13.15.2017", "35.13.15", 'Soka"an']);
    expect(parseCsvLine("a,,b")).toEqual(["a", "", "b"]);
  });
});

describe("readOfficialAreas", () => {
  it("gives codes without dots, kabupaten names without their prefix, and desa/kelurahan from the code", () => {
    const a = readOfficialAreas(["52"]);
    expect(a.provinces).toEqual([{ code: "52", name: "Nusa Tenggara Barat" }]);
    expect(a.kabupaten.find((k) => k.code === "5203")).toEqual({
      code: "5203",
      provinceCode: "52",
      name: "Lombok Timur",
      kind: "KABUPATEN",
    });
    expect(a.kabupaten.find((k) => k.code === "5271")).toMatchObject({ name: "Mataram", kind: "KOTA" });
    expect(a.kecamatan.every((k) => /^52\d{4}$/.test(k.code) && k.code.startsWith(k.kabupatenCode))).toBe(true);
    expect(a.desa.every((d) => /^52\d{8}$/.test(d.code) && d.code.startsWith(d.kecamatanCode))).toBe(true);
    expect(a.desa.filter((d) => d.kind === "KELURAHAN").every((d) => d.code[6] === "1")).toBe(true);
  });

  it("covers the whole country with --all", () => {
    const a = readOfficialAreas("all");
    expect([a.provinces.length, a.kabupaten.length, a.kecamatan.length, a.desa.length]).toEqual([38, 514, 7285, 83762]);
  });
});

describe("diffAreas", () => {
  const row = (id: number, code: string | null, name: string, parentId = 1, kind?: string) => ({ id, code, name, parentId, kind });
  it("matches by code: a rename is an update, a new code a creation, a missing code is gone", () => {
    const d = diffAreas(
      [row(1, "01", "Lama"), row(2, "02", "Tetap"), row(3, "03", "Dihapus")],
      [
        { code: "01", name: "Baru", parentId: 1 },
        { code: "02", name: "Tetap", parentId: 1 },
        { code: "04", name: "Pemekaran", parentId: 1 },
      ],
    );
    expect(d.update).toEqual([{ id: 1, code: "01", name: "Baru", parentId: 1 }]);
    expect(d.unchanged).toBe(1);
    expect(d.create.map((c) => c.code)).toEqual(["04"]);
    expect(d.gone.map((g) => g.id)).toEqual([3]);
  });

  it("adopts a row without a code by parent, name (any case, stray spaces) and kind, once", () => {
    const d = diffAreas(
      [row(1, null, " oesao ", 7, "KELURAHAN"), row(2, null, "Oesao", 7, "DESA")],
      [
        { code: "5301062001", name: "Oesao", parentId: 7, kind: "DESA" },
        { code: "5301061003", name: "Oesao", parentId: 7, kind: "KELURAHAN" },
        { code: "5301062009", name: "Oesao", parentId: 7, kind: "DESA" },
      ],
    );
    expect(d.update.map((u) => [u.id, u.code])).toEqual([
      [2, "5301062001"],
      [1, "5301061003"],
    ]);
    expect(d.create.map((c) => c.code)).toEqual(["5301062009"]);
    expect(d.gone).toEqual([]);
  });
});

describe("geo:load arguments", () => {
  it("takes --provinces, --all or nothing, and refuses the rest", () => {
    expect(parseGeoArgs([])).toEqual({ provinces: "database" });
    expect(parseGeoArgs(["--all"])).toEqual({ provinces: "all" });
    expect(parseGeoArgs(["--provinces", "11,52,11"])).toEqual({ provinces: ["11", "52"] });
    expect(parseGeoArgs(["--provinces=11"])).toEqual({ provinces: ["11"] });
    expect(parseGeoArgs(["--provinces", "aceh"])).toHaveProperty("error");
    expect(parseGeoArgs(["--provinces"])).toHaveProperty("error");
    expect(parseGeoArgs(["--everything"])).toHaveProperty("error");
  });
});

describe("chooseKabupaten: the kabupaten picker's text", () => {
  const options = [
    { id: 7, code: "5203", label: "Kab. Lombok Timur", provinceName: "Nusa Tenggara Barat" },
    { id: 8, code: "5271", label: "Kota Mataram", provinceName: "Nusa Tenggara Barat" },
    { id: 9, code: "1106", label: "Kab. Aceh Besar", provinceName: "Aceh" },
  ];
  it("takes an id from a link, the chosen suggestion, a bare code, or a unique name", () => {
    expect(chooseKabupaten(options, "7")?.code).toBe("5203");
    expect(chooseKabupaten(options, 8)?.code).toBe("5271");
    expect(chooseKabupaten(options, kabupatenChoiceLabel(options[2]!))?.id).toBe(9);
    expect(chooseKabupaten(options, " 5271 ")?.id).toBe(8);
    expect(chooseKabupaten(options, "lombok  timur")?.id).toBe(7);
    expect(chooseKabupaten(options, "Kabupaten Aceh Besar")?.id).toBe(9);
    expect(chooseKabupaten(options, "kota mataram")?.id).toBe(8);
  });
  it("chooses nothing for the unknown, the ambiguous or the hostile", () => {
    for (const raw of [undefined, "", "an", "9999", "Lombok", "<script>", "7,8", "1".repeat(400)])
      expect(chooseKabupaten(options, raw)).toBeUndefined();
  });
});

describe("kabupatenFilterChoice: what a list's kabupaten filter received", () => {
  const options = [
    { id: 7, code: "5203", label: "Kab. Lombok Timur", provinceName: "Nusa Tenggara Barat" },
    { id: 8, code: "5271", label: "Kota Mataram", provinceName: "Nusa Tenggara Barat" },
    { id: 1234, code: "1106", label: "Kab. Aceh Besar", provinceName: "Aceh" },
  ];
  it("leaves nothing and a link's id as they are, even an id it does not offer (the list's scope judges it)", () => {
    for (const raw of [undefined, "", "  ", "7", "12", "99999"]) expect(kabupatenFilterChoice(options, raw)).toEqual({ kind: "asIs" });
    // Four digits that are an offered id and no code: that id, as links write it.
    expect(kabupatenFilterChoice(options, "1234")).toEqual({ kind: "asIs" });
  });
  it("turns the chosen suggestion, a typed code or a unique name into the id", () => {
    expect(kabupatenFilterChoice(options, kabupatenChoiceLabel(options[0]!))).toEqual({ kind: "chosen", id: 7 });
    expect(kabupatenFilterChoice(options, "5271")).toEqual({ kind: "chosen", id: 8 });
    expect(kabupatenFilterChoice(options, " aceh besar ")).toEqual({ kind: "chosen", id: 1234 });
  });
  it("reports text that names none of the offered kabupaten, trimmed", () => {
    expect(kabupatenFilterChoice(options, " Lombok ")).toEqual({ kind: "unknown", text: "Lombok" });
    expect(kabupatenFilterChoice(options, "9999")).toEqual({ kind: "unknown", text: "9999" });
    expect(kabupatenFilterChoice(options, "Kab. Lombok Barat · Nusa Tenggara Barat · 5201")).toEqual({
      kind: "unknown",
      text: "Kab. Lombok Barat · Nusa Tenggara Barat · 5201",
    });
    expect(kabupatenFilterChoice(options, "<script>")).toEqual({ kind: "unknown", text: "<script>" });
  });
});
