// Creates a PostgreSQL database if it does not exist (or anew with --fresh).
// Usage: node scripts/ensure-database.mjs postgres://user@host:port/name [--fresh]
import pg from "pg";

export async function ensureDatabase(url, { fresh = false } = {}) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/i.test(name)) throw new Error(`unsafe database name: ${name}`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    if (fresh) await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, flag] = process.argv.slice(2);
  if (!url) {
    console.error("usage: ensure-database.mjs <postgres-url> [--fresh]");
    process.exit(2);
  }
  ensureDatabase(url, { fresh: flag === "--fresh" }).catch((e) => {
    console.error(`Could not prepare database ${url}: ${e.message}`);
    process.exit(1);
  });
}
