/** The two SQL dialects the server runs on: SQLite for a single commune server, PostgreSQL for a shared one. */
export type SqlDialect = 'sqlite' | 'postgres';

/**
 * Picks the variant for the current dialect. Use it only where one portable statement is impossible
 * (e.g. an auto-increment sequence column), so that the rest of a migration stays one piece of code.
 */
export function forDialect<T>(dialect: SqlDialect, variants: { sqlite: T; postgres: T }): T {
  return variants[dialect];
}
