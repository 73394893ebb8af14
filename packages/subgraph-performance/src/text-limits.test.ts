/**
 * Issue 12, hole 4: no declared maximum of a text input exceeds the column that stores it, read
 * from the database after the migrations. Every text input is either stored in a column named
 * here, or an id that is never stored as text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { performanceTextLimits } from '@asn-kit/schema';
import { migrate } from '@asn-kit/server-kit';
import { openTestOrm, type TestOrm } from './test-support/orm.js';

/** The column each stored text input lands in (`table.column` of the performance schema). */
const STORED: Record<string, string> = {
  'Mutation.objectSkp(reason)': 'skp.objection',
  'Mutation.decideSkpObjection(decision)': 'skp.objection_decision',
  'AddWorkResultInput.description': 'work_result.description',
  'AddIndicatorInput.description': 'indicator.description',
  'AddIndicatorInput.unit': 'indicator.unit',
  'BehaviorNoteInput.note': 'skp_evaluation.behavior_notes',
  'EvaluateSkpInput.period': 'skp_evaluation.period',
  'EvaluateSkpInput.feedback': 'skp_evaluation.feedback',
  'RecordRealizationInput.evidenceUrl': 'indicator.evidence_url',
  'RecordTrainingInput.title': 'training_record.title',
  'RecordTrainingInput.organizer': 'training_record.organizer',
  'RecordTrainingInput.evidenceUrl': 'training_record.evidence_url',
};

/** An id argument or field: a reference to a UUID key, never stored as text. */
const isId = (coordinate: string) => /(Id|\(id\)|\(\w*Id\))$/.test(coordinate);

let testOrm: TestOrm;
beforeAll(async () => {
  testOrm = await openTestOrm();
  await migrate(testOrm.orm);
});
afterAll(async () => {
  await testOrm?.close();
});

describe('performance text limits against the columns', () => {
  it('knows where every text input goes', () => {
    const unknown = Object.keys(performanceTextLimits).filter((c) => !(c in STORED) && !isId(c));
    expect(unknown, 'add the input to STORED with its column').toEqual([]);
  });

  it('never allows more than the column holds', async () => {
    const columns = await testOrm.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ table_name: string; column_name: string; max: number | null }>>(
        `select table_name, column_name, character_maximum_length as max
           from information_schema.columns where table_schema = 'performance'`,
      );
    const byName = new Map(columns.map((c) => [`${c.table_name}.${c.column_name}`, c]));
    for (const [coordinate, column] of Object.entries(STORED)) {
      const found = byName.get(column);
      expect(found, `${coordinate}: column ${column}`).toBeDefined();
      if (found!.max !== null)
        expect(performanceTextLimits[coordinate], `${coordinate} vs ${column}`).toBeLessThanOrEqual(
          found!.max,
        );
    }
  });
});
