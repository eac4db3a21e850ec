// Serikat members (decision 0026), the pure form: the latest count on or before
// the day, summed over serikat; no count by then adds 0 and is "not recorded";
// a period is counted at its last day, "everything" at the latest counts. And
// the links the dashboards give the number, and the count field's input.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { countAt, lastDayOfMonth, membersAt, membersDayOf, type MembershipCount } from "@/lib/domain/membership";
import { DIRECTION_MEASURES, measureHref, resolvePeriod } from "@/lib/domain/dashboard";
import { breakdownHref } from "@/lib/domain/dashboard-province";
import { membershipDeleteInput, membershipInput, serikatFilters } from "@/lib/validation/serikat";

const c = (serikatId: number, iso: string, memberCount: number): MembershipCount => ({
  serikatId,
  recordedOn: new Date(`${iso}T00:00:00Z`),
  memberCount,
});

const COUNTS = [c(1, "2017-01-01", 100), c(1, "2017-06-30", 120), c(1, "2018-01-01", 90), c(2, "2017-12-31", 40), c(3, "2019-05-01", 7)];

describe("members at a day", () => {
  it("takes each serikat's latest count on or before the day, the day itself included", () => {
    expect(countAt(COUNTS.slice(0, 3), "2017-06-29")?.memberCount).toBe(100);
    expect(countAt(COUNTS.slice(0, 3), "2017-06-30")?.memberCount).toBe(120);
    expect(countAt(COUNTS.slice(0, 3), "2017-12-31")?.memberCount).toBe(120);
    expect(countAt(COUNTS.slice(0, 3), "2016-12-31")).toBeNull();
    expect(countAt(COUNTS.slice(0, 3), null)?.memberCount).toBe(90);
  });

  it("sums over the serikat asked for; one without a count by then adds 0 and is not recorded", () => {
    expect(membersAt([1, 2, 3], COUNTS, "2017-12-31")).toEqual({ members: 160, recorded: 2, notRecorded: 1 });
    expect(membersAt([1, 2, 3], COUNTS, null)).toEqual({ members: 137, recorded: 3, notRecorded: 0 });
    expect(membersAt([2, 4], COUNTS, "2017-12-31")).toEqual({ members: 40, recorded: 1, notRecorded: 1 });
    expect(membersAt([], COUNTS, null)).toEqual({ members: 0, recorded: 0, notRecorded: 0 });
    // A count of 0 is a count: recorded, adding nothing.
    expect(membersAt([5], [c(5, "2018-01-01", 0)], null)).toEqual({ members: 0, recorded: 1, notRecorded: 0 });
  });

  it("equals, for random histories, the sum of each serikat's newest count not after the day", () => {
    const count = fc.record({
      serikatId: fc.integer({ min: 1, max: 5 }),
      recordedOn: fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2016, 0, 1 + n))),
      memberCount: fc.integer({ min: 0, max: 5000 }),
    });
    // One count per serikat and day, as the database's unique key keeps it.
    const history = fc.uniqueArray(count, { selector: (x) => `${x.serikatId}|${x.recordedOn.getTime()}`, maxLength: 40 });
    const dayArb = fc.option(
      fc.integer({ min: -10, max: 3010 }).map((n) => new Date(Date.UTC(2016, 0, 1 + n)).toISOString().slice(0, 10)),
      { nil: null },
    );
    fc.assert(
      fc.property(history, fc.uniqueArray(fc.integer({ min: 1, max: 6 })), dayArb, (counts, ids, day) => {
        let members = 0;
        let recorded = 0;
        for (const id of ids) {
          const upTo = counts.filter((x) => x.serikatId === id && (day === null || x.recordedOn.toISOString().slice(0, 10) <= day));
          if (!upTo.length) continue;
          recorded += 1;
          members += upTo.reduce((a, b) => (b.recordedOn > a.recordedOn ? b : a)).memberCount;
        }
        expect(membersAt(ids, counts, day)).toEqual({ members, recorded, notRecorded: ids.length - recorded });
      }),
      { seed: 20261203 },
    );
  });

  it("counts a period at its last day, and everything (or an open end) at the latest counts", () => {
    expect(membersDayOf(resolvePeriod({ period: "2017" }))).toBe("2017-12-31");
    expect(membersDayOf(resolvePeriod({ period: "w2017-06" }))).toBe("2017-11-30");
    expect(membersDayOf(resolvePeriod({ period: "custom", from: "2017-03-01", to: "2017-04-15" }))).toBe("2017-04-15");
    expect(membersDayOf(resolvePeriod({ period: "custom", from: "2017-03-01" }))).toBeNull();
    expect(membersDayOf(resolvePeriod({}))).toBeNull();
    expect(lastDayOfMonth(new Date("2024-02-01T00:00:00Z"))).toBe("2024-02-29");
    expect(lastDayOfMonth(new Date("2027-03-15T00:00:00Z"))).toBe("2027-03-31");
  });
});

describe("members on the dashboards", () => {
  it("is a measure of direction 3 (organisation)", () => {
    expect(DIRECTION_MEASURES[3]).toContain("members");
  });

  it("links to the serikat list of the area, every status, counted at the period's last day", () => {
    expect(measureHref("members", { provinceId: 4 }, resolvePeriod({ period: "2017" }))).toBe(
      "/serikat?provinceId=4&status=all&membersOn=2017-12-31",
    );
    expect(measureHref("members", { provinceId: 4, kabupatenId: 9 }, resolvePeriod({}))).toBe("/serikat?kabupatenId=9&status=all");
    expect(breakdownHref("members", 9, { fromKey: "2026-10", toKey: "2027-03" })).toBe(
      "/serikat?kabupatenId=9&status=all&membersOn=2027-03",
    );
  });

  it("the list reads a month as its last day, and ignores a day that is not one", () => {
    expect(serikatFilters.parse({ membersOn: "2027-03" }).membersOn).toBe("2027-03-31");
    expect(serikatFilters.parse({ membersOn: "2017-12-31" }).membersOn).toBe("2017-12-31");
    expect(serikatFilters.parse({ membersOn: "kemarin" }).membersOn).toBeUndefined();
    expect(serikatFilters.parse({ kabupatenId: "x" }).kabupatenId).toBeUndefined();
  });
});

describe("the count field", () => {
  const parse = (memberCount: string, recordedOn = "2026-11-01") => membershipInput.safeParse({ recordedOn, memberCount });
  const key = (r: ReturnType<typeof parse>) => (r.success ? null : r.error.issues[0]!.message);

  it("takes whole numbers as people type them, Indonesian thousands separator included", () => {
    expect(parse("1250").data?.memberCount).toBe(1250);
    expect(parse("1.250").data?.memberCount).toBe(1250);
    expect(parse(" 1 250 ").data?.memberCount).toBe(1250);
    expect(parse("0").data?.memberCount).toBe(0);
  });

  it("refuses fractions, negatives, words and absurd numbers with a catalogue key", () => {
    for (const bad of ["1.5", "-3", "12,5", "banyak", "1e3"]) expect(key(parse(bad)), bad).toBe("serikat.validation.memberCount");
    expect(key(parse("2000000"))).toBe("serikat.validation.memberCountMax");
    expect(key(parse(""))).toBe("validation.required");
  });

  it("refuses a day in the future (one day of slack: Indonesia is ahead of UTC)", () => {
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    expect(key(parse("10", future))).toBe("klik.validation.future");
    expect(key(parse("10", "2026-02-30"))).not.toBeNull();
  });
});

describe("the count to delete", () => {
  it("is an id the id columns can hold: a larger one names nothing (and would make the query fail)", () => {
    expect(membershipDeleteInput.safeParse({ membershipId: "2147483647" }).success).toBe(true);
    for (const bad of ["2147483648", "99999999999999999999999", "0", "-1", "1.5", ""]) {
      expect(membershipDeleteInput.safeParse({ membershipId: bad }).success, bad).toBe(false);
    }
  });
});
