/**
 * GraphQL `ID` ↔ UUID primary keys, and opaque Relay cursors. Every primary key of this subgraph
 * (org unit, position, employee, leave request) is a UUID, so federation ids are opaque,
 * non-guessable and globally unique. Ids are checked here, before they reach PostgreSQL, so a
 * malformed id is the caller's error (BAD_USER_INPUT), never a database error.
 */
import { createHash } from 'node:crypto';
import { badUserInput } from '@asn-kit/server-kit';

/** A UUID in its canonical text form (8-4-4-4-12 hexadecimal digits). */
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The UUID behind a GraphQL ID, lower-cased, or null when it cannot be one of ours. */
export function parseId(value: string | number | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim().toLowerCase();
  return UUID_RE.test(s) ? s : null;
}

/** Like {@link parseId}, but a malformed ID is BAD_USER_INPUT on `field` (the argument's name). */
export function requireId(value: string | number, field: string): string {
  const id = parseId(value);
  if (id === null) {
    throw badUserInput(`ID tidak valid pada ${field}: harus berupa UUID.`, field, 'INVALID_ID');
  }
  return id;
}

/**
 * A name-based UUID: the first 16 bytes of SHA-256 of `name`, marked as version 8 (RFC 9562
 * §5.8, custom; its Appendix B.2 shows this very SHA-256 construction) with the RFC variant.
 * The same name always gives the same id, which keeps the seed deterministic.
 */
export function nameBasedId(name: string): string {
  const bytes = createHash('sha256').update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const CURSOR_PREFIX = 'asn:';

/** An opaque cursor for a sort key. */
export function encodeCursor(key: string): string {
  return Buffer.from(`${CURSOR_PREFIX}${key}`, 'utf8').toString('base64url');
}

/** The sort key inside a cursor; BAD_USER_INPUT on `after` when it is not one of ours. */
export function decodeCursor(cursor: string, field = 'after'): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX) || text.length === CURSOR_PREFIX.length) {
    throw badUserInput('Cursor tidak valid.', field, 'INVALID_CURSOR');
  }
  return text.slice(CURSOR_PREFIX.length);
}
