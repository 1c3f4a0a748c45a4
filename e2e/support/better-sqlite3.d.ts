// The slice of better-sqlite3's API the e2e helpers use (the package ships no types).
declare module "better-sqlite3" {
  type RunResult = { changes: number; lastInsertRowid: number | bigint };
  interface Statement {
    run(...params: unknown[]): RunResult;
    get(...params: unknown[]): unknown;
    all(...params: unknown[]): unknown[];
  }
  class Database {
    constructor(filename: string, options?: { readonly?: boolean });
    prepare(sql: string): Statement;
    pragma(source: string): unknown;
    transaction<T>(fn: () => T): () => T;
    close(): void;
  }
  export default Database;
}
