// The pieces of the hostile-input matrix (tests/e2e/hostile-input.spec.ts) that
// decide what it sends: a form read wrongly would fuzz fields the page never
// has, and the matrix would pass without testing anything.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstChoiceUrl, formsOf } from "../support/forms";
import { applyMutations, hostileSegment, hostileText, mutations } from "../support/hostile";

// As React renders a no-JS form for a bound server action (the kader page's), a picker and the language switch.
const PAGE = `
<form aria-label="Bahasa" action="" encType="multipart/form-data" method="POST"><input type="hidden" name="$ACTION_ID_404a61"/>
  <button type="submit" value="id" name="locale">Bahasa Indonesia</button><button type="submit" value="en" name="locale">English</button></form>
<form method="get"><select name="kabupatenId"><option value="">Pilih</option><option value="12">Lombok Timur</option></select><input name="q" value=""/></form>
<form noValidate="" action="" encType="multipart/form-data" method="POST"><input type="hidden" name="$ACTION_REF_3"/>
  <input type="hidden" name="$ACTION_3:0" value="{&quot;id&quot;:&quot;781ce9&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>
  <input type="hidden" name="$ACTION_3:1" value="[348,false,{}]"/><input type="hidden" name="$ACTION_KEY" value="kf1a"/>
  <input type="hidden" name="version" value="4"/>
  <select name="position"><option value="KADER">Kader</option><option value="KETUA" selected="">Ketua</option></select>
  <input type="text" name="fullName" value="Siti &amp; Aminah"/><textarea name="notes">baris &lt;1&gt;</textarea>
  <input type="checkbox" name="active"/><input type="checkbox" name="trained" checked=""/>
  <input type="file" name="evidence"/><input type="text" name="off" disabled=""/>
  <button type="submit">Simpan</button></form>`;

describe("formsOf", () => {
  const [locale, picker, kader] = formsOf(PAGE);

  it("reads an action's id from $ACTION_ID_ or from the bound reference", () => {
    expect(locale).toMatchObject({ method: "post", actionId: "404a61" });
    expect(kader).toMatchObject({ method: "post", actionId: "781ce9", boundSlot: "$ACTION_3:1" });
    expect(picker).toMatchObject({ method: "get", actionId: undefined });
  });

  it("sends what a browser sends: the selected option, checked boxes only, the first submit button, no disabled or file input", () => {
    expect(Object.fromEntries(kader!.fields.map((f) => [f.name, f.value]))).toEqual({
      $ACTION_REF_3: "",
      "$ACTION_3:0": '{"id":"781ce9","bound":"$@1"}',
      "$ACTION_3:1": "[348,false,{}]",
      $ACTION_KEY: "kf1a",
      version: "4",
      position: "KETUA",
      fullName: "Siti & Aminah",
      notes: "baris <1>",
      trained: "on",
    });
    expect(kader!.userFields).toEqual(["position", "fullName", "notes", "trained"]);
    expect(kader!.fileFields).toEqual(["evidence"]);
    expect(locale!.fields.at(-1)).toEqual({ name: "locale", value: "id", type: "submit" });
  });

  it("submits a picker with its first real choice and a search with a common syllable", () => {
    expect(firstChoiceUrl("/kader/baru", picker!)).toBe("/kader/baru?kabupatenId=12&q=an");
    expect(firstChoiceUrl("/kader/348", kader!)).not.toBeNull();
  });

  it("submits a searchable picker with its first suggestion; one whose suggestions come by script as a search", () => {
    const [kabupaten, desa] = formsOf(`
<form method="get"><input id="k" name="kabupatenId" type="text" list="kl" value=""/>
  <datalist id="kl"><option value="Kab. Lombok Timur · Nusa Tenggara Barat · 5203"></option><option value="Kota Mataram · Nusa Tenggara Barat · 5271"></option></datalist></form>
<form method="get"><input name="desa" type="text" list="dl" value=""/><datalist id="dl"></datalist></form>`);
    expect(firstChoiceUrl("/kader/baru", kabupaten!)).toBe(
      `/kader/baru?${new URLSearchParams({ kabupatenId: "Kab. Lombok Timur · Nusa Tenggara Barat · 5203" })}`,
    );
    expect(desa!.fields[0]!.options).toBeUndefined();
    expect(firstChoiceUrl("/x", desa!)).toBe("/x?desa=an");
  });
});

describe("hostile values and mutations", () => {
  it("set, repeat, drop and add parameters", () => {
    const pairs: [string, string][] = [
      ["q", "a"],
      ["page", "2"],
    ];
    expect(applyMutations(pairs, [{ kind: "set", name: "q", value: "x" }])).toEqual([
      ["q", "x"],
      ["page", "2"],
    ]);
    expect(applyMutations(pairs, [{ kind: "repeat", name: "q", value: "y" }])).toEqual([
      ["q", "a"],
      ["page", "2"],
      ["q", "y"],
    ]);
    expect(applyMutations(pairs, [{ kind: "drop", name: "page" }])).toEqual([["q", "a"]]);
    expect(applyMutations(pairs, [{ kind: "extra", name: "role", value: "ADMIN" }])).toContainEqual(["role", "ADMIN"]);
    expect(pairs).toEqual([
      ["q", "a"],
      ["page", "2"],
    ]);
  });

  it("draw every class the issue names", () => {
    const texts = fc.sample(hostileText, { numRuns: 600, seed: 1 });
    expect(texts.some((t) => t.includes("\u0000"))).toBe(true);
    expect(texts.some((t) => t.length > 1000)).toBe(true);
    expect(texts.some((t) => /[\u202e\u200b\ufeff]/.test(t))).toBe(true);
    expect(texts.some((t) => t === "")).toBe(true);
    const segments = fc.sample(hostileSegment, { numRuns: 300, seed: 1 });
    expect(segments.some((s) => s === "%FF" || s === "%C0%AF")).toBe(true);
    const muts = fc.sample(mutations(["q"]), { numRuns: 300, seed: 1 }).flat();
    expect(new Set(muts.map((m) => m.kind))).toEqual(new Set(["set", "repeat", "drop", "extra"]));
  });
});
