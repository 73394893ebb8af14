/** Helpers for the few hand-written SQL queries (recursive CTEs for trees and chains). */

/**
 * A list of UUIDs as one PostgreSQL array literal (`{…,…}`), to bind to `?::uuid[]` (used as
 * `= any(?::uuid[])`): one binding whatever the length. The query builder would spread a JS array
 * into several bindings. Only for ids already checked as UUIDs (they hold no quote or comma).
 */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}

/** Escapes `%`, `_` and `\` for a LIKE pattern. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
