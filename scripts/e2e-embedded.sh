#!/usr/bin/env bash
# The browser journeys against the demo set-up: the production build served on
# the embedded PGlite database (pool of one), freshly migrated and seeded.
# Guards the README's promise that every workflow works in `npm run demo`.
# Needs a build (`npm run build`, as `npm test` leaves it).
set -euo pipefail
cd "$(dirname "$0")/.."

export PEKKA_PGLITE_DIR="${PEKKA_PGLITE_DIR:-.data/e2e-pglite}"
PORT="${E2E_PORT:-3100}"
rm -rf "$PEKKA_PGLITE_DIR"
node scripts/with-db.mjs prisma migrate deploy >/dev/null
PEKKA_GEO=program node scripts/with-db.mjs tsx prisma/seed.ts

NEXTAUTH_URL="http://127.0.0.1:$PORT" PEKKA_ALLOW_DEMO_ACCOUNTS=true \
  node scripts/with-db.mjs node scripts/server.mjs -H 127.0.0.1 -p "$PORT" >/tmp/pekka-e2e-embedded.log 2>&1 &
server=$!
trap 'kill -INT $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$PEKKA_PGLITE_DIR"' EXIT
for _ in $(seq 1 60); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/login" && break
  sleep 1
done

# The journeys only: the sweeps run once, on PostgreSQL, in npm test. The service
# worker's journeys too: they test the browser's caches, not the database.
# The outbox's bad-signal drill: 15 runs on PostgreSQL in npm test; here a few show it holds on the embedded database.
# Arguments are passed on to Playwright (a file or -g to run some of them).
OUTBOX_CHAOS_RUNS="${OUTBOX_CHAOS_RUNS:-4}" E2E_EXTERNAL_SERVER=1 E2E_PORT="$PORT" \
  npx playwright test --grep-invert "@sweep|@browser-only" "$@"
