import pg from "pg";

/** PostgreSQL's catalog types `char` (oid 18) and `name` (oid 19), and `text` (25). */
const CATALOG_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

type Queryable = { query: (...args: unknown[]) => unknown };

function relabel(result: unknown): unknown {
  for (const field of (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields ?? [])
    if (CATALOG_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  return result;
}

function relabelQueries<T>(target: T): T {
  const t = target as unknown as Queryable;
  const query = t.query.bind(t);
  t.query = (...args: unknown[]) => {
    const out = query(...args);
    return out instanceof Promise ? out.then(relabel) : out;
  };
  return target;
}

/**
 * A pool for the Prisma CLI only (migrate deploy/status): the 6.x PostgreSQL
 * adapter cannot map the catalog types `name` and `char` that the schema engine
 * reads while migrating (prisma/orm#27403), so their columns are reported as
 * text, which is what they hold. The app's runtime client uses a plain pool.
 */
export function catalogTextPool(connectionString: string): pg.Pool {
  const pool = relabelQueries(new pg.Pool({ connectionString }));
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  // pool.query() itself connects with a callback: only the promise form hands a client to the adapter.
  (pool as unknown as { connect: (...args: unknown[]) => unknown }).connect = (...args: unknown[]) =>
    typeof args[0] === "function" ? connect(...args) : (connect() as Promise<pg.PoolClient>).then(relabelQueries);
  return pool;
}
