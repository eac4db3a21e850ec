// What a restored database must share with its original: for every table of
// the public schema its row count and an md5 over its rows, and for every
// stored file the sha256 of its bytes as read back (scripts/backup-drill.mjs).
// Table names are quoted by format(%I) in the database; no SQL is built here.
import pg from "pg";

export async function fingerprint(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query(`
      SELECT tablename::text AS name,
             (xpath('/row/n/text()', x))[1]::text::int AS rows,
             (xpath('/row/h/text()', x))[1]::text AS md5
        FROM pg_tables,
             query_to_xml(format($q$SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM public.%I t$q$, tablename),
                          false, true, '') AS x
       WHERE schemaname = 'public'
       ORDER BY tablename`);
    const { rows: files } = await client.query(
      "SELECT id, sha256, encode(sha256(data), 'hex') AS actual, octet_length(data)::int AS bytes FROM stored_file ORDER BY id",
    );
    return { tables, files };
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2] ?? process.env.DATABASE_URL;
  fingerprint(url).then(
    (f) => process.stdout.write(`${JSON.stringify(f)}\n`),
    (e) => {
      process.stderr.write(`fingerprint failed: ${e.message}\n`);
      process.exit(1);
    },
  );
}
