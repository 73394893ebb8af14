/** SKP (PermenPANRB 6/2022): plans, work results, indicators and evaluations. */
import { Migration } from '@mikro-orm/migrations';

const EXPECTATION = `('ABOVE', 'MEETS', 'BELOW')`;

export class Migration20261201150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "performance"."skp" (
      "id" uuid primary key,
      "employee_id" uuid not null,
      "year" smallint not null,
      "rater_id" uuid null,
      "rater_superior_id" uuid null,
      "status" text not null check ("status" in ('DRAFT', 'AGREED', 'EVALUATED', 'ACKNOWLEDGED', 'OBJECTED', 'FINAL')),
      "evaluation_frequency" text not null check ("evaluation_frequency" in ('MONTHLY', 'QUARTERLY', 'SEMESTER')),
      "employee_agreed_at" timestamptz null,
      "rater_agreed_at" timestamptz null,
      "agreed_at" timestamptz null,
      "objection" text null,
      "objection_decision" text null,
      "created_at" timestamptz not null
    );`);
    // PermenPANRB 6/2022: one SKP per employee per year (the unique index decides under concurrency).
    this.addSql(
      `create unique index "skp_employee_id_year_unique" on "performance"."skp" ("employee_id", "year");`,
    );
    this.addSql(`create index "skp_rater_id_index" on "performance"."skp" ("rater_id");`);
    this.addSql(`create table "performance"."work_result" (
      "id" uuid primary key,
      "skp_id" uuid not null,
      "kind" text not null check ("kind" in ('UTAMA', 'TAMBAHAN')),
      "description" text not null,
      "parent_work_result_id" uuid null,
      "created_at" timestamptz not null
    );`);
    this.addSql(`create index "work_result_skp_id_index" on "performance"."work_result" ("skp_id");`);
    this.addSql(`create table "performance"."indicator" (
      "id" uuid primary key,
      "work_result_id" uuid not null,
      "aspect" text not null check ("aspect" in ('QUANTITY', 'QUALITY', 'TIME', 'COST')),
      "description" text not null,
      "target" double precision not null,
      "unit" varchar(64) not null,
      "realization" double precision null,
      "evidence_url" varchar(2000) null,
      "created_at" timestamptz not null
    );`);
    this.addSql(
      `create index "indicator_work_result_id_index" on "performance"."indicator" ("work_result_id");`,
    );
    this.addSql(`create table "performance"."skp_evaluation" (
      "id" uuid primary key,
      "skp_id" uuid not null,
      "period" varchar(7) not null,
      "annual" boolean not null,
      "result_rating" text not null check ("result_rating" in ${EXPECTATION}),
      "behavior_rating" text not null check ("behavior_rating" in ${EXPECTATION}),
      "predikat" text not null check ("predikat" in ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')),
      "feedback" text null,
      "behavior_notes" jsonb not null,
      "evaluator_id" uuid not null,
      "evaluated_at" timestamptz not null
    );`);
    this.addSql(
      `create unique index "skp_evaluation_skp_id_period_unique" on "performance"."skp_evaluation" ("skp_id", "period");`,
    );
    // e-Kinerja: one behaviour feedback per giver per SKP.
    this.addSql(`create table "performance"."skp_feedback" (
      "id" uuid primary key,
      "skp_id" uuid not null,
      "giver_id" uuid not null,
      "rating" text not null check ("rating" in ${EXPECTATION}),
      "created_at" timestamptz not null
    );`);
    this.addSql(`create table "performance"."organization_predikat" (
      "org_unit_id" uuid not null,
      "year" smallint not null,
      "predikat" text not null check ("predikat" in ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')),
      primary key ("org_unit_id", "year")
    );`);
    this.addSql(
      `create unique index "skp_feedback_skp_id_giver_id_unique" on "performance"."skp_feedback" ("skp_id", "giver_id");`,
    );
  }

  override async down(): Promise<void> {
    for (const table of [
      'organization_predikat',
      'skp_feedback',
      'skp_evaluation',
      'indicator',
      'work_result',
      'skp',
    ]) {
      this.addSql(`drop table if exists "performance"."${table}";`);
    }
  }
}
