/**
 * Texts and helpers shared by `<asn-leave-balance>` and `<asn-leave-inbox>`: leave type names and
 * how a failed request becomes an alert.
 */
import { GraphqlClientError, type GraphqlErrorItem } from '../../client/graphql-client.js';
import type { LeaveType } from '../../generated/graphql.js';
import type { Locale } from '../../localize/locale.js';

/** The names of the leave types per locale (PP 11/2017 Pasal 310; PP 49/2018 Pasal 79 for PPPK). */
export const leaveTypeLabels: Record<Locale, Record<LeaveType, string>> = {
  id: {
    ANNUAL: 'Cuti Tahunan',
    LONG_SERVICE: 'Cuti Besar',
    SICK: 'Cuti Sakit',
    MATERNITY: 'Cuti Melahirkan',
    IMPORTANT_REASON: 'Cuti Karena Alasan Penting',
    COLLECTIVE: 'Cuti Bersama',
    UNPAID: 'Cuti di Luar Tanggungan Negara',
  },
  en: {
    ANNUAL: 'Annual leave',
    LONG_SERVICE: 'Long service leave',
    SICK: 'Sick leave',
    MATERNITY: 'Maternity leave',
    IMPORTANT_REASON: 'Leave for important reasons',
    COLLECTIVE: 'Collective leave',
    UNPAID: 'Unpaid leave',
  },
};

/** The errors of a failed request: the graph's, or one `UNKNOWN` for anything else. */
export function errorsOf(error: unknown): GraphqlErrorItem[] {
  return error instanceof GraphqlClientError ? error.errors : [{ message: String(error), code: 'UNKNOWN' }];
}

/** An alert: a code the element has its own text for, or `SERVER` with the graph's (Indonesian) messages. */
export interface Alert<K extends string> {
  code: K | 'UNKNOWN' | 'SERVER';
  messages: string[];
}

/** The alert for `errors`: the first error's code when it is one of `known`, else the graph's messages. */
export function alertOf<K extends string>(errors: GraphqlErrorItem[], known: readonly K[]): Alert<K> {
  const code = errors[0]?.code ?? 'UNKNOWN';
  const messages = errors.map((error) => error.message);
  if ((known as readonly string[]).includes(code)) return { code: code as K, messages };
  if (code === 'UNKNOWN' || code.startsWith('INTERNAL')) return { code: 'UNKNOWN', messages };
  return { code: 'SERVER', messages };
}

/** The current year in the employee's time zone (WIB), where the graph's years are counted. */
export function currentYear(now: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Jakarta' }).format(now));
}
