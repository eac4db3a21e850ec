#!/usr/bin/env bash
# `npm test`: installs what the tests need, then runs unit, integration (real
# PostgreSQL) and browser tests (Debian's Chromium) against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each step says how far into the run it starts (CI keeps the whole run under 30 minutes).
START=$SECONDS
step() { printf '\n\033[1m▶ %s\033[0m (at %dm%02ds)\n' "$*" $(((SECONDS - START) / 60)) $(((SECONDS - START) % 60)); }

PG_BASE="${TEST_PG_BASE:-postgres://postgres@127.0.0.1:5432}"
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-$PG_BASE/pekka_test}"
export E2E_DATABASE_URL="${E2E_DATABASE_URL:-$PG_BASE/pekka_e2e}"

# 1. Dependencies (npm ci fails on these machines: see docs/decisions/0001).
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "Installing dependencies"
  npm install --no-audit --no-fund
fi

# 2. A PostgreSQL server to test against.
pg_up() { node -e "const c=new (require('pg').Client)({connectionString:process.argv[1]+'/postgres'});c.connect().then(()=>c.end()).then(()=>process.exit(0),()=>process.exit(1))" "$PG_BASE"; }
if ! pg_up; then
  step "Starting PostgreSQL"
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    for v in $(ls /etc/postgresql 2>/dev/null); do pg_ctlcluster --skip-systemctl-redirect "$v" main start || true; done
  fi
  for _ in 1 2 3 4 5 6 7 8 9 10; do pg_up && break; sleep 1; done
  pg_up || { echo "No PostgreSQL server at $PG_BASE. Start one (or set TEST_PG_BASE) and run npm test again." >&2; exit 1; }
fi

# 3. Chromium for the browser tests and nginx for the load-balancer test, from
# Debian (Playwright's own browser download fails here).
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium || true)}"
export NGINX_PATH="${NGINX_PATH:-$(command -v nginx || ls /usr/sbin/nginx 2>/dev/null || true)}"
missing=()
[ -n "$CHROMIUM_PATH" ] || missing+=(chromium)
[ -n "$NGINX_PATH" ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  step "Installing ${missing[*]} from Debian"
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The browser tests need ${missing[*]}: install them (e.g. apt-get install ${missing[*]}) or set CHROMIUM_PATH / NGINX_PATH." >&2
    exit 1
  fi
  export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"
  export NGINX_PATH="${NGINX_PATH:-$(command -v nginx || echo /usr/sbin/nginx)}"
fi

step "Type check"
npx tsc --noEmit

step "Lint (layers as import boundaries, eslint.config.mjs) and formatting (Prettier)"
npx eslint . --max-warnings 0
npx prettier --check . --log-level warn

step "Unit and integration tests"
npx vitest run

step "Browser tests: database"
node scripts/ensure-database.mjs "$E2E_DATABASE_URL" --fresh
DATABASE_URL="$E2E_DATABASE_URL" npx prisma migrate deploy >/dev/null
# The program's own areas only (decision 0024): the full official list adds seconds to every seed.
DATABASE_URL="$E2E_DATABASE_URL" PEKKA_GEO=program npx tsx prisma/seed.ts

step "Browser tests: production build (the app and its service worker, scripts/build.mjs)"
NEXT_TELEMETRY_DISABLED=1 node scripts/build.mjs >/tmp/pekka-next-build.log 2>&1 || { tail -50 /tmp/pekka-next-build.log; exit 1; }

step "Browser journeys"
# The outbox's bad-signal drill in a short form (100 runs by default, about 3.5 s each: decision 0030).
OUTBOX_CHAOS_RUNS="${OUTBOX_CHAOS_RUNS:-15}" npx playwright test --grep-invert @sweep

# Reliability drills on the same build (decision 0018): each starts its own
# servers (and the outage drill its own PostgreSQL cluster) and prints its figures.
step "Two instances behind nginx"
LB_DATABASE_URL="${LB_DATABASE_URL:-$PG_BASE/pekka_lb}" npm run --silent test:two-instances

step "Database outage drill"
npm run --silent drill:outage

# Backup of a seeded database (PostgreSQL and embedded), restored into a fresh
# one, compared table by table, then the sign-in journeys on the copy
# (BACKUP_DRILL_SPECS="…" for more; decision 0017).
step "Backup and restore"
BACKUP_DRILL_SMOKE=1 BACKUP_DRILL_SPECS="${BACKUP_DRILL_SPECS:-tests/e2e/login-and-navigation.spec.ts}" npm run --silent test:backup

# The sweeps visit every page as every role (hostile input, headers and CSP,
# accessibility): once, on PostgreSQL, after the journeys (their writes may add records).
# The hostile matrix in a short form: 4 random cases per form and route (6 by default;
# the seed is printed, FUZZ_SEED replays it).
step "Sweeps over every page"
FUZZ_RUNS="${FUZZ_RUNS:-4}" npx playwright test --grep @sweep

step "Done"
