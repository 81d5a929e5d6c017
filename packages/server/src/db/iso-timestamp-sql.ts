/**
 * A `timestamptz` column as SQL text in the form JavaScript's `toISOString()` writes
 * (UTC, milliseconds, `Z`), for reads that build their JSON in PostgreSQL: the API's
 * timestamps look the same whether an entity or a statement produced them.
 */
export function isoUtcSql(column: string): string {
  return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
