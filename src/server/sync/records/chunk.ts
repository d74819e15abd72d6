/**
 * Rows per multi-row statement: SQLite allows 32,766 bound values and PostgreSQL 65,535, and the widest
 * table here has about 20 columns.
 */
export const ROWS_PER_STATEMENT = 500;

export function chunk<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
