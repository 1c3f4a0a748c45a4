// @ts-check
/**
 * Before anything starts: is DATABASE_URL one we can use, and is the database
 * there? A wrong or unreachable URL is one line naming the variable, not a stack.
 */
import pg from "pg";

/** @param {string} url @returns {Promise<string | null>} the problem, or null */
export async function databaseProblem(url) {
  if (/^file:/.test(url)) return null;
  if (!/^postgres(ql)?:\/\//.test(url)) return `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), not "${url.split(":")[0]}:"`;
  let where = "";
  try {
    const u = new URL(url);
    where = `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "DATABASE_URL is not a valid URL";
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    return `DATABASE_URL: cannot reach PostgreSQL at ${where}: ${/** @type {Error} */ (error).message}`;
  } finally {
    await client.end().catch(() => {});
  }
}
