// @ts-check
/**
 * PostgreSQL databases of the multi-instance test and the benchmark: made fresh, taken
 * away and given back. (No import.meta here: the Playwright spec loads this file too.)
 */
import pg from "pg";

/** Drops and creates a PostgreSQL database; returns its URL. @param {string} adminUrl @param {string} name */
export async function freshPostgres(adminUrl, name) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(async () => {
      // A database left unreachable by an interrupted run cannot be dropped until it takes connections again.
      await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Takes a database away from its clients (new connections refused, open ones ended) or gives it back:
 * PostgreSQL going away under load, without stopping the server other databases live on.
 * @param {string} adminUrl @param {string} name @param {boolean} reachable
 */
export async function setDatabaseReachable(adminUrl, name, reachable) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS ${reachable ? "true" : "false"}`);
    if (!reachable) await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name]);
  } finally {
    await admin.end();
  }
}
