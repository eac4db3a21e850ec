// The key under which login throttling counts an address. Pure (unit-tested).
// - IPv4 and IPv4-mapped IPv6 (::ffff:1.2.3.4): the IPv4 address itself.
// - Other IPv6: its /64 prefix. One subscriber gets a whole /64 (often more),
//   so counting single IPv6 addresses would let one machine rotate through
//   2^64 of them and never reach the per-address limit.
// - Anything else (empty, unparsable): one shared key, so an unknown address
//   is throttled as one address rather than not at all.
import { isIPv4, isIPv6 } from "node:net";

export const UNKNOWN_ADDRESS_KEY = "unknown";

function expandIPv6(address: string): string[] | null {
  let text = address;
  // An embedded IPv4 tail (::ffff:1.2.3.4) stands for the last two hextets.
  const v4 = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (v4) {
    if (!isIPv4(v4[1]!)) return null;
    const [a, b, c, d] = v4[1]!.split(".").map(Number) as [number, number, number, number];
    text = `${text.slice(0, -v4[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const parse = (s: string) => (s === "" ? [] : s.split(":"));
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  const fill = halves.length === 2 ? 8 - head.length - rest.length : 0;
  if (fill < 0) return null;
  const groups = [...head, ...Array<string>(fill).fill("0"), ...rest];
  if (groups.length !== 8 || groups.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return null;
  return groups.map((g) => parseInt(g, 16).toString(16));
}

export function throttleAddressKey(address: string | null | undefined): string {
  const raw = (address ?? "")
    .trim()
    .replace(/^\[|\]$/g, "")
    .replace(/%.*$/, "");
  if (isIPv4(raw)) return raw;
  if (!isIPv6(raw)) return UNKNOWN_ADDRESS_KEY;
  const groups = expandIPv6(raw.toLowerCase());
  if (!groups) return UNKNOWN_ADDRESS_KEY;
  const mapped = groups.slice(0, 5).every((g) => g === "0") && groups[5] === "ffff";
  if (mapped) {
    const hi = parseInt(groups[6]!, 16);
    const lo = parseInt(groups[7]!, 16);
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
  }
  return `${groups.slice(0, 4).join(":")}::/64`;
}
