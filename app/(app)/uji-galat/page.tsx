// Error drill: with PEKKA_ERROR_DRILL=1 (tests only) this page throws, so that a
// test can see the generic error page and find its request id in the server log
// (tests/e2e/edge.spec.ts). Otherwise it does not exist.
import { notFound } from "next/navigation";

export const dynamic = "force-dynamic";

export default function ErrorDrill(): never {
  if (process.env.PEKKA_ERROR_DRILL !== "1") notFound();
  throw new Error("error drill: this message must never reach the browser");
}
