// A page's own print rules as a <style> element. The CSP allows a <style> only
// with this request's nonce, which proxy.ts passes in the x-nonce request header
// (decision 0015); style attributes are never allowed.
import { headers } from "next/headers";

export async function PrintStyle({ css }: { css: string }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return <style nonce={nonce}>{css}</style>;
}
