/** `Date` (YYYY-MM-DD) and `DateTime` (ISO 8601, UTC) scalars, shared by every subgraph. */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError(`Tanggal tidak valid: ${JSON.stringify(value)} (format YYYY-MM-DD).`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, `YYYY-MM-DD` (no time zone).',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDate(value);
  },
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date harus berupa string YYYY-MM-DD.');
    return parseDate(ast.value);
  },
});

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 in UTC.',
  serialize(value) {
    const d = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(d.getTime())) throw new GraphQLError('DateTime tidak valid.');
    return d.toISOString();
  },
  parseValue(value) {
    const d = new Date(String(value));
    if (Number.isNaN(d.getTime())) {
      throw new GraphQLError('Waktu tidak valid (ISO 8601).', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return d;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime harus berupa string ISO 8601.');
    return this.parseValue!(ast.value) as Date;
  },
});
