import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { throttleAddressKey, UNKNOWN_ADDRESS_KEY } from "@/lib/auth/throttle-key";

describe("throttleAddressKey", () => {
  it("keeps IPv4 addresses and unwraps IPv4-mapped IPv6", () => {
    expect(throttleAddressKey("203.0.113.9")).toBe("203.0.113.9");
    expect(throttleAddressKey(" 203.0.113.9 ")).toBe("203.0.113.9");
    expect(throttleAddressKey("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(throttleAddressKey("::FFFF:cb00:7109")).toBe("203.0.113.9");
  });

  it("reduces IPv6 to its /64, whatever the spelling", () => {
    const key = "2001:db8:0:1::/64";
    for (const a of [
      "2001:db8:0:1::1",
      "2001:0db8:0000:0001:ffff:ffff:ffff:ffff",
      "[2001:DB8:0:1::abcd]",
      "2001:db8::1:0:0:0:9",
      "fe80::1%eth0",
    ]) {
      expect(throttleAddressKey(a)).toBe(a.startsWith("fe80") ? "fe80:0:0:0::/64" : key);
    }
    expect(throttleAddressKey("2001:db8:0:2::1")).not.toBe(key);
    expect(throttleAddressKey("::1")).toBe("0:0:0:0::/64");
  });

  it("puts anything unusable under one shared key", () => {
    for (const a of ["", "   ", "unknown", "999.1.1.1", "1.2.3", "::ffff:999.1.1.1", "2001:db8:::1", "x".repeat(5000)]) {
      expect(throttleAddressKey(a)).toBe(UNKNOWN_ADDRESS_KEY);
    }
    expect(throttleAddressKey(undefined)).toBe(UNKNOWN_ADDRESS_KEY);
    expect(throttleAddressKey(null)).toBe(UNKNOWN_ADDRESS_KEY);
  });

  it("every address of one /64 gives the same short key", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 4, maxLength: 4 }), (low) => {
        const a = `2001:db8:aa:bb:${low.map((g) => g.toString(16)).join(":")}`;
        expect(throttleAddressKey(a)).toBe("2001:db8:aa:bb::/64");
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        expect(throttleAddressKey(s).length).toBeLessThanOrEqual(40);
      }),
    );
  });
});
