/** The one thing every query needs: parameterised SQL text in, rows out. Both drivers speak it. */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** PGlite's data directory, whose disk the free-space floor watches; absent for PostgreSQL. */
  readonly dataDir?: string;
  /** Runs `fn` in one transaction; it commits when `fn` resolves and rolls back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /** Holds a session-level advisory lock on one connection while `fn` runs (migrations). */
  withAdvisoryLock<T>(key: number, fn: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
