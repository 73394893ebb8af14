/**
 * Configuration of the leave rules, from the environment. Every value here is one DOMAIN.md marks
 * UNCONFIRMED or INTERP; the defaults are the ones it states.
 */
import {
  DEFAULT_ANNUAL_LEAVE_POLICY,
  type AnnualLeavePolicy,
  type CarryOverReading,
} from './leave.balance.js';
import { DEFAULT_LEAVE_POLICY, type LeavePolicy } from './leave.rules.js';

/** Everything the leave service is configured with. */
export interface LeaveConfig {
  annual: AnnualLeavePolicy;
  rules: LeavePolicy;
  /**
   * The first year whose leave is wholly recorded in ASN Kit. Earlier years are known only through
   * `importLeaveHistory` / `recordPastLeave`; without them they carry nothing into later years.
   */
  systemStartYear: number;
}

const int = (value: string | undefined, fallback: number): number => {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isInteger(n) ? n : fallback;
};

/**
 * Reads `LEAVE_CARRY_OVER_READING` (LITERAL | FORM; INTERP, default LITERAL),
 * `LEAVE_MATERNITY_MAX_MONTHS` (default 3; UU 4/2024 may extend), `LEAVE_LONG_SERVICE_GAP_YEARS`
 * (unset: not enforced; UNCONFIRMED) and `LEAVE_SYSTEM_START_YEAR` (default 2026).
 */
export function leaveConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LeaveConfig {
  const reading: CarryOverReading = env['LEAVE_CARRY_OVER_READING'] === 'FORM' ? 'FORM' : 'LITERAL';
  const gap = env['LEAVE_LONG_SERVICE_GAP_YEARS'];
  return {
    annual: { ...DEFAULT_ANNUAL_LEAVE_POLICY, carryOverReading: reading },
    rules: {
      ...DEFAULT_LEAVE_POLICY,
      maternityMaxMonths: int(env['LEAVE_MATERNITY_MAX_MONTHS'], DEFAULT_LEAVE_POLICY.maternityMaxMonths),
      longServiceGapYears: gap ? int(gap, 5) : DEFAULT_LEAVE_POLICY.longServiceGapYears,
    },
    systemStartYear: int(env['LEAVE_SYSTEM_START_YEAR'], 2026),
  };
}
