// Driver adapter for the Prisma CLI only (migrate, seed via config). The app's
// runtime client uses plain PrismaPg in lib/db/client.ts.
//
// @prisma/adapter-pg 6.19.3 has gaps the WebAssembly schema engine runs into;
// this subclass closes them (see docs/decisions/0002-prisma-without-native-engines.md):
//  1. result columns of type `name` (oid 19) and `"char"` (oid 18) are reported
//     as unsupported, which breaks introspection: report them as text/character;
//  2. a pool built from a connection string ignores the shadow database name:
//     pools are built from discrete host/port/user/password/database;
//  3. connectToShadowDb() drops the shadow database before closing its pool:
//     we create and drop it ourselves, after the pool is closed;
//  4. executeScript() splits scripts on ";" (breaking function bodies in
//     migrations): we send each script whole, as one simple query.
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import pg from "pg";

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

type PoolSettings = pg.PoolConfig & { database: string };

function settingsFromUrl(url: string): PoolSettings {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
    max: 1,
    allowExitOnIdle: true,
  };
}

type Queryable = {
  performIO: (q: unknown) => Promise<unknown>;
  queryRaw: (q: unknown) => Promise<{ columnNames: string[]; columnTypes: number[]; rows: unknown[][] }>;
  executeScript: (script: string) => Promise<void>;
  client: pg.Pool | pg.PoolClient;
  onError: (e: unknown) => never;
};

type PgResult = { fields: { dataTypeID: number; name: string }[]; rows: unknown[][] };

function patchQueryable(adapter: Queryable): void {
  const performIO = adapter.performIO.bind(adapter);
  const charColumns = new WeakMap<object, number[]>();
  adapter.performIO = async (q: unknown) => {
    let result = (await performIO(q)) as PgResult | PgResult[];
    // A multi-statement script yields one result per statement; keep the last.
    if (Array.isArray(result)) result = result[result.length - 1] as PgResult;
    const chars: number[] = [];
    result.fields.forEach((f, i) => {
      if (f.dataTypeID === NAME_OID) f.dataTypeID = TEXT_OID;
      if (f.dataTypeID === CHAR_OID) {
        f.dataTypeID = TEXT_OID;
        chars.push(i);
      }
    });
    charColumns.set(result, chars);
    lastChars = chars;
    return result;
  };
  let lastChars: number[] = [];
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (q: unknown) => {
    const out = await queryRaw(q);
    for (const i of lastChars) out.columnTypes[i] = ColumnTypeEnum.Character;
    return out;
  };
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.client.query(script);
    } catch (e) {
      adapter.onError(e);
    }
  };
}

export class CliPrismaPg extends PrismaPg {
  private readonly settings: PoolSettings;

  constructor(url: string) {
    const settings = settingsFromUrl(url);
    super(settings);
    this.settings = settings;
  }

  override async connect() {
    const adapter = await super.connect();
    patchQueryable(adapter as unknown as Queryable);
    return adapter;
  }

  override async connectToShadowDb() {
    const database = `prisma_shadow_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ ...this.settings, database: this.settings.database });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
    await admin.end();
    const shadow = new CliPrismaPg("postgres://placeholder/x");
    Object.assign(shadow, { config: { ...this.settings, database }, settings: { ...this.settings, database } });
    const adapter = await shadow.connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      const dropper = new pg.Client({ ...this.settings });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
      await dropper.end();
    };
    return adapter;
  }
}
