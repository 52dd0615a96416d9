import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows belong to one opportunity and change its feed item. */
const PART_TABLES = [
  'opportunity_sessions',
  'opportunity_sdgs',
  'opportunity_skills',
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
    await queryRunner.query(`
      CREATE FUNCTION open_data_touch(changed_id uuid) RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM opportunities
                   WHERE id = changed_id AND status = 'published') THEN
          INSERT INTO open_data_feed_items
            (opportunity_id, change_number, modified_at, deleted_at)
          VALUES (changed_id, pg_current_xact_id()::text::bigint, now(), NULL)
          ON CONFLICT (opportunity_id) DO UPDATE
            SET change_number = EXCLUDED.change_number,
                modified_at = EXCLUDED.modified_at,
                deleted_at = NULL;
        ELSE
          UPDATE open_data_feed_items
             SET change_number = pg_current_xact_id()::text::bigint,
                 modified_at = now(),
                 deleted_at = now()
           WHERE opportunity_id = changed_id AND deleted_at IS NULL;
        END IF;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION open_data_opportunity_changed() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          PERFORM open_data_touch(OLD.id);
        ELSE
          PERFORM open_data_touch(NEW.id);
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION open_data_part_changed() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM open_data_touch(OLD.opportunity_id);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM open_data_touch(NEW.opportunity_id);
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION open_data_provider_changed() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM open_data_touch(id) FROM opportunities
          WHERE provider_id = NEW.id AND status = 'published';
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER "TR_opportunities_open_data" AFTER INSERT OR UPDATE OR DELETE ON "opportunities" FOR EACH ROW EXECUTE FUNCTION open_data_opportunity_changed()`,
    );
    for (const table of PART_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "TR_${table}_open_data" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION open_data_part_changed()`,
      );
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
    for (const table of PART_TABLES) {
      await queryRunner.query(
        `DROP TRIGGER "TR_${table}_open_data" ON "${table}"`,
      );
    }
    await queryRunner.query(
      `DROP TRIGGER "TR_opportunities_open_data" ON "opportunities"`,
    );
    await queryRunner.query(`DROP FUNCTION open_data_provider_changed()`);
    await queryRunner.query(`DROP FUNCTION open_data_part_changed()`);
    await queryRunner.query(`DROP FUNCTION open_data_opportunity_changed()`);
    await queryRunner.query(`DROP FUNCTION open_data_touch(uuid)`);

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
