import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows belong to one opportunity and change its feed item. */
const PART_TABLES = [
  'opportunity_sessions',
  'opportunity_sdgs',
  'opportunity_skills',
] as const;

/** Each event a trigger fires on, with the transition table it reads. */
const TRANSITIONS = [
  ['INSERT', 'NEW'],
  ['UPDATE', 'NEW'],
  ['DELETE', 'OLD'],
] as const;

/**
 * Adds OpenActive accessibility support to listings and the OpenActive
 * RPDE feed's change table, kept current by triggers.
 */
export class OpenData1764806400012 implements MigrationInterface {
  name = 'OpenData1764806400012';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "open_data_feed_items" ("opportunity_id" uuid NOT NULL, "change_number" bigint NOT NULL, "modified_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e7847f793e7d2f9d17f6b5f5230" PRIMARY KEY ("opportunity_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_open_data_feed_items_deleted_at" ON "open_data_feed_items"  ("deleted_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_open_data_feed_items_order" ON "open_data_feed_items"  ("change_number", "opportunity_id")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."accessibility_support" AS ENUM('visual_impairment', 'hearing_impairment', 'physical_impairment', 'learning_impairment', 'mental_health', 'social_or_behavioural')`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" ADD "accessibility_support" "public"."accessibility_support" array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" ADD "accessibility_information" text`,
    );

    // The RPDE `modified` value is the id of the transaction that made the
    // change. The feed shows only changes older than every transaction still
    // running, so a later page can never hold a smaller value than an
    // earlier one, however long a transaction takes to commit.
    //
    // The triggers run once per statement over its transition table, so
    // the demo seed's or a bulk import's thousands of rows cost two
    // set-based statements, not a lookup per row, whose cached plan could
    // be a sequential scan on a table not yet analysed.
    await queryRunner.query(`
      CREATE FUNCTION open_data_touch(changed_ids uuid[]) RETURNS void
      LANGUAGE sql AS $$
        INSERT INTO open_data_feed_items
          (opportunity_id, change_number, modified_at, deleted_at)
        SELECT o.id, pg_current_xact_id()::text::bigint, now(), NULL
          FROM opportunities o
         WHERE o.id = ANY (changed_ids) AND o.status = 'published'
        ON CONFLICT (opportunity_id) DO UPDATE
          SET change_number = EXCLUDED.change_number,
              modified_at = EXCLUDED.modified_at,
              deleted_at = NULL;
        UPDATE open_data_feed_items f
           SET change_number = pg_current_xact_id()::text::bigint,
               modified_at = now(),
               deleted_at = now()
         WHERE f.opportunity_id = ANY (changed_ids)
           AND f.deleted_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM opportunities o
                           WHERE o.id = f.opportunity_id
                             AND o.status = 'published');
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION open_data_opportunities_changed() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM open_data_touch(ARRAY(SELECT id FROM changed_rows));
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION open_data_parts_changed() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM open_data_touch(
          ARRAY(SELECT DISTINCT opportunity_id FROM changed_rows));
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION open_data_parts_moved() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM open_data_touch(ARRAY(
          SELECT opportunity_id FROM changed_rows
          UNION SELECT opportunity_id FROM old_rows));
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION open_data_provider_changed() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM open_data_touch(ARRAY(
          SELECT id FROM opportunities WHERE provider_id = NEW.id));
        RETURN NULL;
      END
      $$`);
    // PostgreSQL allows transition tables only on single-event triggers.
    for (const [event, transition] of TRANSITIONS) {
      await queryRunner.query(
        `CREATE TRIGGER "TR_opportunities_open_data_${event}" AFTER ${event} ON "opportunities" REFERENCING ${transition} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION open_data_opportunities_changed()`,
      );
    }
    for (const table of PART_TABLES) {
      for (const [event, transition] of TRANSITIONS) {
        const moved = event === 'UPDATE';
        await queryRunner.query(
          `CREATE TRIGGER "TR_${table}_open_data_${event}" AFTER ${event} ON "${table}" REFERENCING ${moved ? 'OLD TABLE AS old_rows NEW' : transition} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION ${moved ? 'open_data_parts_moved' : 'open_data_parts_changed'}()`,
        );
      }
    }
    await queryRunner.query(
      `CREATE TRIGGER "TR_organisations_open_data" AFTER UPDATE OF name, website ON "organisations" FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.website IS DISTINCT FROM NEW.website) EXECUTE FUNCTION open_data_provider_changed()`,
    );
    await queryRunner.query(
      `INSERT INTO "open_data_feed_items" (opportunity_id, change_number, modified_at) SELECT id, pg_current_xact_id()::text::bigint, now() FROM "opportunities" WHERE status = 'published'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER "TR_organisations_open_data" ON "organisations"`,
    );
    for (const table of ['opportunities', ...PART_TABLES]) {
      for (const [event] of TRANSITIONS) {
        await queryRunner.query(
          `DROP TRIGGER "TR_${table}_open_data_${event}" ON "${table}"`,
        );
      }
    }
    for (const name of [
      'open_data_provider_changed',
      'open_data_parts_moved',
      'open_data_parts_changed',
      'open_data_opportunities_changed',
    ]) {
      await queryRunner.query(`DROP FUNCTION ${name}()`);
    }
    await queryRunner.query(`DROP FUNCTION open_data_touch(uuid[])`);

    await queryRunner.query(
      `ALTER TABLE "opportunities" DROP COLUMN "accessibility_information"`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" DROP COLUMN "accessibility_support"`,
    );
    await queryRunner.query(`DROP TYPE "public"."accessibility_support"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_open_data_feed_items_order"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_open_data_feed_items_deleted_at"`,
    );
    await queryRunner.query(`DROP TABLE "open_data_feed_items"`);
  }
}
