// Imported only in the Node.js runtime (instrumentation.ts): a server with an
// invalid environment (e.g. a weak NEXTAUTH_SECRET in production) does not start.
import { env } from "@/lib/env";

try {
  env();
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
