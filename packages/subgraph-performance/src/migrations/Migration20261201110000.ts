/** Training records (pengembangan kompetensi) and the audit log of the `performance` schema. */
import { Migration } from '@mikro-orm/migrations';

export class Migration20261201110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('create schema if not exists "performance";');

    this.addSql(
      'create table "performance"."audit_log" ("id" bigserial primary key, "at" timestamptz not null, ' +
        '"actor_sub" varchar(255) null, "actor_nip" varchar(255) null, "action" varchar(255) not null, ' +
        '"entity_type" varchar(255) not null, "entity_id" varchar(255) not null, "before" jsonb null, ' +
        '"after" jsonb null, "note" text null);',
    );
    this.addSql(
      'create index "audit_log_entity_type_entity_id_index" on "performance"."audit_log" ("entity_type", "entity_id");',
    );

    this.addSql(
      'create table "performance"."training_record" ("id" uuid not null, "employee_id" uuid not null, ' +
        '"title" varchar(300) not null, ' +
        `"kind" text check ("kind" in ('CLASSICAL', 'NON_CLASSICAL')) not null, ` +
        `"method" text check ("method" in ('TRAINING', 'SEMINAR', 'COURSE', 'WORKSHOP', 'E_LEARNING', ` +
        `'COACHING', 'MENTORING', 'SELF_LEARNING', 'SECONDMENT', 'OTHER')) not null, ` +
        '"organizer" varchar(200) not null, "start_date" date not null, "end_date" date not null, ' +
        '"hours" numeric(6,2) not null, "evidence_url" varchar(2000) null, "created_at" timestamptz not null, ' +
        'constraint "training_record_pkey" primary key ("id"), ' +
        'constraint training_record_dates_check check (end_date >= start_date), ' +
        'constraint training_record_hours_check check (hours > 0));',
    );
    // The JP sums and the newest-first lists read one employee's records by date.
    this.addSql(
      'create index "training_record_employee_id_start_date_index" on "performance"."training_record" ("employee_id", "start_date");',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "performance"."training_record" cascade;');
    this.addSql('drop table if exists "performance"."audit_log" cascade;');
  }
}
