/**
 * Issue 12, hole 4: no declared maximum of a text input exceeds the column that stores it, read
 * from the database after the migrations. Every text input is either stored in a column named
 * here, or an id / a lookup that is never stored as typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { personnelTextLimits } from '@asn-kit/schema';
import { migrate } from '@asn-kit/server-kit';
import { createTestDatabase, type TestDatabase } from '@asn-kit/server-kit/testing';
import { createPersonnelOrm } from './orm.js';

/** The column each stored text input lands in (`table.column` of the personnel schema). */
const STORED: Record<string, string> = {
  'CalendarDayInput.name': 'calendar_day.name',
  'CreateEmployeeInput.name': 'employee.name',
  'CreateEmployeeInput.frontTitle': 'employee.front_title',
  'CreateEmployeeInput.backTitle': 'employee.back_title',
  'CreateEmployeeInput.birthPlace': 'employee.birth_place',
  'CreateEmployeeInput.homeAddress': 'employee.home_address',
  'CreateEmployeeInput.phone': 'employee.phone',
  'SubmitLeaveRequestInput.reason': 'leave_request.reason',
  'SubmitLeaveRequestInput.addressDuringLeave': 'leave_request.address_during_leave',
  'SubmitLeaveRequestInput.phoneDuringLeave': 'leave_request.phone_during_leave',
  'DecideLeaveRequestInput.note': 'leave_decision.note',
};

/** Stored only after normalising (and then checked by their own rule), or never stored. */
const NOT_STORED_AS_TYPED = new Set([
  'CreateEmployeeInput.nip', // 18 digits (Perka BKN 22/2007), employee.nip varchar(18)
  'CreateEmployeeInput.nik', // 16 digits, employee.nik varchar(16)
  'CreateEmployeeInput.golongan', // `III/a` (varchar(5)) or a PPPK grade number
  'EmployeeFilter.golongan',
  'EmployeeFilter.search',
  'OrgUnitFilter.search',
  'Query.employee(nip)',
  'Query.employeeDirectory(nips)',
  'Query.employees(after)',
  'Query.nipInfo(nip)',
  'Query.orgUnit(code)',
]);

/** An id argument or field: a reference to a UUID key, never stored as text. */
const isId = (coordinate: string) => /(Id|\(ids?\)|\(\w*Id\))$/.test(coordinate);

let db: TestDatabase;
let orm: MikroORM;
beforeAll(async () => {
  db = await createTestDatabase();
  orm = await createPersonnelOrm({ clientUrl: db.url, poolMax: db.poolMax });
  await migrate(orm);
});
afterAll(async () => {
  await orm?.close(true);
  await db?.dispose();
});

describe('personnel text limits against the columns', () => {
  it('knows where every text input goes', () => {
    const unknown = Object.keys(personnelTextLimits).filter(
      (c) => !(c in STORED) && !NOT_STORED_AS_TYPED.has(c) && !isId(c),
    );
    expect(unknown, 'add the input to STORED (its column) or NOT_STORED_AS_TYPED').toEqual([]);
  });

  it('never allows more than the column holds', async () => {
    const columns = await orm.em
      .fork()
      .getConnection()
      .execute<Array<{ table_name: string; column_name: string; max: number | null }>>(
        `select table_name, column_name, character_maximum_length as max
           from information_schema.columns where table_schema = 'personnel'`,
      );
    const byName = new Map(columns.map((c) => [`${c.table_name}.${c.column_name}`, c]));
    for (const [coordinate, column] of Object.entries(STORED)) {
      const found = byName.get(column);
      expect(found, `${coordinate}: column ${column}`).toBeDefined();
      if (found!.max !== null)
        expect(personnelTextLimits[coordinate], `${coordinate} vs ${column}`).toBeLessThanOrEqual(found!.max);
    }
  });
});
