// Filters only links set (dashboards, a serikat's page) survive the list's own
// form: the form sends them back as hidden inputs, next to what the user chose.
import { describe, expect, it } from "vitest";
import { kaderFilters, kaderLinkOnly } from "@/lib/validation/kader";
import { trainingFilters, trainingLinkOnly } from "@/lib/validation/training";
import { policyFilters, policyLinkOnly } from "@/lib/validation/policy";
import { linkOnlyParams } from "@/lib/validation/common";

/** What the list's GET form sends: the visible controls plus the kept hidden inputs. */
function resubmit<F>(
  schema: { parse: (v: unknown) => F },
  kept: (f: F) => Record<string, string>,
  link: Record<string, string>,
  controls: Record<string, string>,
) {
  return schema.parse({ ...controls, ...kept(schema.parse(link)) });
}

describe("filters kept from a link", () => {
  it("keeps the kader dashboard filters and the serikat, and drops a range that means nothing without `trained`", () => {
    const link = { kabupatenId: "7", trained: "LEADERSHIP_TOT", from: "2017-01-01", to: "2017-12", status: "all", serikatId: "4" };
    expect(kaderLinkOnly(kaderFilters.parse(link))).toEqual({
      serikatId: "4",
      trained: "LEADERSHIP_TOT",
      from: "2017-01-01",
      to: "2017-12-31",
    });
    const again = resubmit(kaderFilters, kaderLinkOnly, link, { kabupatenId: "7", position: "KETUA", status: "all" });
    expect(again).toMatchObject({
      kabupatenId: 7,
      position: "KETUA",
      trained: "LEADERSHIP_TOT",
      from: "2017-01-01",
      to: "2017-12-31",
      serikatId: 4,
    });
    expect(kaderLinkOnly(kaderFilters.parse({ from: "2017-01-01" }))).toEqual({});
  });

  it("keeps the training area, period and re-training filters", () => {
    const link = { provinceId: "3", kabupatenId: "9", from: "2017-06-01", to: "2017-11-30", retraining: "1" };
    expect(trainingLinkOnly(trainingFilters.parse(link))).toEqual({
      provinceId: "3",
      kabupatenId: "9",
      retraining: "1",
      from: "2017-06-01",
      to: "2017-11-30",
    });
    const again = resubmit(trainingFilters, trainingLinkOnly, link, { level: "LOCAL", year: "" });
    expect(again).toMatchObject({ level: "LOCAL", provinceId: 3, kabupatenId: 9, retraining: true, from: "2017-06-01", to: "2017-11-30" });
    expect(trainingLinkOnly(trainingFilters.parse({ level: "LOCAL", retraining: "0" }))).toEqual({});
  });

  it("keeps the policy dashboard filters", () => {
    const link = { status: "ENACTED", written: "1", programArea: "1", enactedFrom: "2018-01-01", enactedTo: "2018-03-31" };
    expect(policyLinkOnly(policyFilters.parse(link))).toEqual({
      written: "1",
      programArea: "1",
      enactedFrom: "2018-01-01",
      enactedTo: "2018-03-31",
    });
    const again = resubmit(policyFilters, policyLinkOnly, link, { status: "ENACTED", type: "PERDA" });
    expect(again).toMatchObject({
      status: "ENACTED",
      type: "PERDA",
      written: true,
      programArea: true,
      enactedFrom: "2018-01-01",
      enactedTo: "2018-03-31",
    });
  });

  it("leaves out unset values and writes true as 1", () => {
    expect(linkOnlyParams({ a: undefined, b: false, c: true, d: 0, e: "", f: 5 }, ["a", "b", "c", "d", "e", "f"])).toEqual({
      c: "1",
      d: "0",
      f: "5",
    });
  });
});
