// Types of edge.mjs, for the tests (the server itself is plain JavaScript).
type Headers = Record<string, unknown>;
export type Edge = {
  trustedProxies: string[];
  publicOrigin: string;
  allowedOrigins: Set<string>;
  public: { host: string; proto: string; port: string };
  trust: (addr: string, i: number) => boolean;
};
export type Resolved = { peer: string; trusted: boolean; clientIp: string; host: string; proto: string; port: string; requestId: string };
export const FORWARDING_HEADERS: string[];
export function parseTrustedProxies(value: string | undefined): string[];
export function createEdge(options: { trustedProxies?: string; publicUrl: string }): Edge;
export function normalizeAddress(address: string | undefined): string;
export function resolveRequest(edge: Edge, peer: string | undefined, headers: Headers): Resolved;
export function applyToHeaders(headers: Headers, resolved: Resolved): void;
export function mayBeServerAction(method: string, headers: Headers): boolean;
export function originRefusal(edge: Edge, method: string, headers: Headers): null | "missing-origin" | "cross-site" | "foreign-origin";
export const UNDECODABLE_PATH_TARGET: string;
export function undecodablePathTarget(url: string | undefined): string | null;
