/**
 * The leave engine (issue 3): the approval chain on leave requests, their decisions, the legacy
 * annual-leave history, Plh/Plt delegations, who decides (PYBMC) per OPD and type, the work calendar
 * (national holidays, cuti bersama, Ramadan) as editable data, work weeks per org unit and the
 * cuti bersama compensation. Loads the calendar of 2025–2027 as reference data.
 * Never edit once applied: add a new migration instead.
 */
import { Migration } from '@mikro-orm/migrations';
import { INDONESIA_CALENDAR_YEARS } from '../modules/calendar/holidays-id.js';

const LEAVE_TYPES = `'ANNUAL', 'LONG_SERVICE', 'SICK', 'MATERNITY', 'IMPORTANT_REASON', 'COLLECTIVE', 'UNPAID'`;

/** A SQL string literal. */
const lit = (value: string): string => `'${value.replaceAll("'", "''")}'`;

export class Migration20261201000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "personnel"."leave_request" drop constraint "leave_request_status_check";`);
    this.addSql(`alter table "personnel"."leave_request"
      add constraint "leave_request_status_check" check ("status" in ('SUBMITTED', 'CONSIDERED', 'APPROVED',
        'CHANGED', 'DEFERRED', 'REJECTED', 'CANCELLED')),
      add column "reason_code" text null,
      add column "requested_start_date" date null,
      add column "requested_end_date" date null,
      add column "working_days" integer not null default 0 check ("working_days" >= 0),
      add column "calendar_days" integer not null default 0 check ("calendar_days" >= 0),
      add column "annual_days_charged" integer not null default 0 check ("annual_days_charged" >= 0),
      add column "current_step" text null check ("current_step" in ('SUPERVISOR', 'OFFICIAL')),
      add column "supervisor_id" uuid null references "personnel"."employee" ("id"),
      add column "official_id" uuid null references "personnel"."employee" ("id"),
      add column "requires_bkn_approval" boolean not null default false,
      add column "required_documents" jsonb not null default '[]',
      add column "children_born" smallint null check ("children_born" > 0),
      add column "source" text not null default 'REQUEST' check ("source" in ('REQUEST', 'PAST')),
      add column "decided_at" timestamptz null;`);
    this.addSql(`update "personnel"."leave_request" set "requested_start_date" = "start_date",
      "requested_end_date" = "end_date", "calendar_days" = "end_date" - "start_date" + 1,
      "current_step" = case when "status" = 'SUBMITTED' then 'SUPERVISOR' end;`);
    this.addSql(`alter table "personnel"."leave_request"
      alter column "requested_start_date" set not null, alter column "requested_end_date" set not null;`);
    this.addSql(`create index "leave_request_pending_index" on "personnel"."leave_request"
      ("supervisor_id", "official_id") where "status" in ('SUBMITTED', 'CONSIDERED');`);
    this.addSql(
      `create index "leave_request_start_date_index" on "personnel"."leave_request" ("start_date");`,
    );

    this.addSql(`create table "personnel"."leave_decision" (
      "id" uuid primary key,
      "request_id" uuid not null references "personnel"."leave_request" ("id"),
      "step" text not null check ("step" in ('SUPERVISOR', 'OFFICIAL')),
      "decision" text not null check ("decision" in ('APPROVE', 'CHANGE', 'DEFER', 'REJECT')),
      "note" text null,
      "decider_id" uuid not null references "personnel"."employee" ("id"),
      "on_behalf_of_id" uuid null references "personnel"."employee" ("id"),
      "changed_start_date" date null,
      "changed_end_date" date null,
      "decided_at" timestamptz not null
    );`);
    this.addSql(
      `create index "leave_decision_request_id_index" on "personnel"."leave_decision" ("request_id");`,
    );

    this.addSql(`create table "personnel"."annual_leave_history" (
      "employee_id" uuid not null references "personnel"."employee" ("id"),
      "year" smallint not null,
      "entitlement" smallint not null check ("entitlement" between 0 and 60),
      "used" smallint not null check ("used" >= 0),
      "deferred" boolean not null default false,
      "imported_at" timestamptz not null,
      primary key ("employee_id", "year")
    );`);

    this.addSql(`create table "personnel"."leave_delegation" (
      "id" uuid primary key,
      "approver_id" uuid not null references "personnel"."employee" ("id"),
      "delegate_id" uuid not null references "personnel"."employee" ("id"),
      "start_date" date not null,
      "end_date" date not null,
      "created_at" timestamptz not null,
      constraint "leave_delegation_dates_check" check ("end_date" >= "start_date"),
      constraint "leave_delegation_self_check" check ("approver_id" <> "delegate_id")
    );`);
    this.addSql(
      `create index "leave_delegation_delegate_id_index" on "personnel"."leave_delegation" ("delegate_id");`,
    );

    this.addSql(`create table "personnel"."leave_authority" (
      "id" uuid primary key,
      "org_unit_id" uuid null references "personnel"."org_unit" ("id"),
      "type" text null check ("type" in (${LEAVE_TYPES})),
      "position_id" uuid not null references "personnel"."position" ("id")
    );`);
    this.addSql(`create unique index "leave_authority_scope_unique" on "personnel"."leave_authority"
      (coalesce("org_unit_id", '00000000-0000-0000-0000-000000000000'), coalesce("type", ''));`);

    this.addSql(`create table "personnel"."calendar_year" (
      "year" smallint primary key,
      "decree" text not null,
      "provisional" boolean not null,
      "ramadan_start" date null,
      "ramadan_end" date null
    );`);
    this.addSql(`create table "personnel"."calendar_day" (
      "date" date not null,
      "kind" text not null check ("kind" in ('NATIONAL_HOLIDAY', 'COLLECTIVE_LEAVE')),
      "year" smallint not null references "personnel"."calendar_year" ("year"),
      "name" varchar(255) not null,
      primary key ("date", "kind"),
      constraint "calendar_day_year_check" check (extract(year from "date") = "year")
    );`);

    this.addSql(`create table "personnel"."work_week" (
      "org_unit_id" uuid primary key references "personnel"."org_unit" ("id"),
      "week" text not null check ("week" in ('FIVE_DAY', 'SIX_DAY'))
    );`);

    this.addSql(`create table "personnel"."leave_compensation" (
      "employee_id" uuid not null references "personnel"."employee" ("id"),
      "year" smallint not null,
      "days" smallint not null check ("days" between 1 and 30),
      primary key ("employee_id", "year")
    );`);

    // Reference data: the calendar of 2025–2027 as published (2027 provisional), editable later.
    for (const y of INDONESIA_CALENDAR_YEARS) {
      this
        .addSql(`insert into "personnel"."calendar_year" values (${y.year}, ${lit(y.decree)}, ${y.provisional},
        ${y.ramadan ? lit(y.ramadan.start) : 'null'}, ${y.ramadan ? lit(y.ramadan.end) : 'null'});`);
      const days = [
        ...y.nationalHolidays.map((d) => ({ ...d, kind: 'NATIONAL_HOLIDAY' })),
        ...y.collectiveLeave.map((d) => ({ ...d, kind: 'COLLECTIVE_LEAVE' })),
      ];
      this.addSql(`insert into "personnel"."calendar_day" ("date", "kind", "year", "name") values
        ${days.map((d) => `(${lit(d.date)}, ${lit(d.kind)}, ${y.year}, ${lit(d.name)})`).join(',\n        ')};`);
    }
  }

  override async down(): Promise<void> {
    for (const table of [
      'leave_compensation',
      'work_week',
      'calendar_day',
      'calendar_year',
      'leave_authority',
      'leave_delegation',
      'annual_leave_history',
      'leave_decision',
    ]) {
      this.addSql(`drop table if exists "personnel"."${table}";`);
    }
    this.addSql(`drop index if exists "personnel"."leave_request_pending_index";`);
    this.addSql(`drop index if exists "personnel"."leave_request_start_date_index";`);
    this.addSql(`delete from "personnel"."leave_request" where "status" = 'CONSIDERED';`);
    this.addSql(`alter table "personnel"."leave_request" drop constraint "leave_request_status_check",
      drop column "reason_code", drop column "requested_start_date", drop column "requested_end_date",
      drop column "working_days", drop column "calendar_days", drop column "annual_days_charged",
      drop column "current_step", drop column "supervisor_id", drop column "official_id",
      drop column "requires_bkn_approval", drop column "required_documents", drop column "children_born",
      drop column "source", drop column "decided_at";`);
    this.addSql(`alter table "personnel"."leave_request" add constraint "leave_request_status_check"
      check ("status" in ('SUBMITTED', 'APPROVED', 'CHANGED', 'DEFERRED', 'REJECTED', 'CANCELLED'));`);
  }
}
