/** TMT pangkat: since when an employee holds the current golongan (for rank promotion rules). */
import { Migration } from '@mikro-orm/migrations';

export class Migration20261201160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "personnel"."employee" add column "rank_since" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "personnel"."employee" drop column "rank_since";`);
  }
}
