import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adds learners' proposals with their supports, comments (personal or on
 * behalf of an organisation), reports, and the listings made from them.
 */
export class CoDesign1764806400010 implements MigrationInterface {
  name = 'CoDesign1764806400010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."proposal_kind" AS ENUM('opportunity', 'pathway')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."proposal_status" AS ENUM('open', 'taken_up', 'withdrawn')`,
    );
    await queryRunner.query(
      `CREATE TABLE "proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "author_id" uuid NOT NULL, "kind" "public"."proposal_kind" NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "location" geography(Point,4326) NOT NULL, "place_id" integer, "place_name" text, "sdg_numbers" smallint array NOT NULL DEFAULT '{}', "skill_ids" text array NOT NULL DEFAULT '{}', "status" "public"."proposal_status" NOT NULL DEFAULT 'open', "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" text, "hidden_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_proposals_hidden" CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL)), CONSTRAINT "PK_db524c8db8e126a38a2f16d8cac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_proposals_author_id" ON "proposals"  ("author_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_proposals_location" ON "proposals" USING gist ("location")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_proposals_location_geometry" ON "proposals" USING gist (("location"::geometry))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_proposals_status" ON "proposals"  ("status")`,
    );
    await queryRunner.query(
      `CREATE TABLE "proposal_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "author_id" uuid NOT NULL, "organisation_id" uuid, "body" text NOT NULL, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" text, "hidden_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_proposal_comments_hidden" CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL)), CONSTRAINT "PK_3dad96e1019f8d511df6b116cc7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_proposal_comments_author_id" ON "proposal_comments"  ("author_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_proposal_comments_proposal" ON "proposal_comments"  ("proposal_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "proposal_listings" ("opportunity_id" uuid NOT NULL, "proposal_id" uuid NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_50357da571723d38890b1bdb308" PRIMARY KEY ("opportunity_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_proposal_listings_proposal_id" ON "proposal_listings"  ("proposal_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "proposal_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "comment_id" uuid, "reporter_id" uuid NOT NULL, "reason" text NOT NULL, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c035bd6e77974795e837f215b3d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_proposal_reports_comment_id" ON "proposal_reports"  ("comment_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_proposal_reports_reporter_id" ON "proposal_reports"  ("reporter_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_proposal_reports_open" ON "proposal_reports"  ("proposal_id", "resolved_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "proposal_supports" ("proposal_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1f48ba2dc8e22ca0941ab8ee5a9" PRIMARY KEY ("proposal_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_proposal_supports_user_id" ON "proposal_supports"  ("user_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposals" ADD CONSTRAINT "FK_8af17413dd39a475692dec170d0" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposals" ADD CONSTRAINT "FK_9f4cec1be404f1e843f4cadca19" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposals" ADD CONSTRAINT "FK_c29372d1345a09da0a64a8e746f" FOREIGN KEY ("hidden_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_comments" ADD CONSTRAINT "FK_4d4223d615f11fed9024062ab5c" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_comments" ADD CONSTRAINT "FK_afd8cf6e86981aad3838d29a726" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_comments" ADD CONSTRAINT "FK_74886f86876df8af19de10be898" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_comments" ADD CONSTRAINT "FK_dd8c2408f5c42ea53520f5b8eb6" FOREIGN KEY ("hidden_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_listings" ADD CONSTRAINT "FK_50357da571723d38890b1bdb308" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_listings" ADD CONSTRAINT "FK_1f90f32ed67e47e8756f4f1b7d8" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_listings" ADD CONSTRAINT "FK_3529fad60cb314fc1f2fd34cf47" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_reports" ADD CONSTRAINT "FK_d42b4be1a301574a87db0b3bb66" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_reports" ADD CONSTRAINT "FK_d675be07d42d1a73fa9dd817bc1" FOREIGN KEY ("comment_id") REFERENCES "proposal_comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_reports" ADD CONSTRAINT "FK_3c20249fdd3263576402c6cf61e" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_supports" ADD CONSTRAINT "FK_424e725f48d8788f1ad69c1cf0b" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_supports" ADD CONSTRAINT "FK_5fc75b242761256c9f7ccc4500c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "proposal_supports" DROP CONSTRAINT "FK_5fc75b242761256c9f7ccc4500c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_supports" DROP CONSTRAINT "FK_424e725f48d8788f1ad69c1cf0b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_reports" DROP CONSTRAINT "FK_3c20249fdd3263576402c6cf61e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_reports" DROP CONSTRAINT "FK_d675be07d42d1a73fa9dd817bc1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_reports" DROP CONSTRAINT "FK_d42b4be1a301574a87db0b3bb66"`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_listings" DROP CONSTRAINT "FK_3529fad60cb314fc1f2fd34cf47"`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_listings" DROP CONSTRAINT "FK_1f90f32ed67e47e8756f4f1b7d8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_listings" DROP CONSTRAINT "FK_50357da571723d38890b1bdb308"`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_comments" DROP CONSTRAINT "FK_dd8c2408f5c42ea53520f5b8eb6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_comments" DROP CONSTRAINT "FK_74886f86876df8af19de10be898"`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_comments" DROP CONSTRAINT "FK_afd8cf6e86981aad3838d29a726"`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_comments" DROP CONSTRAINT "FK_4d4223d615f11fed9024062ab5c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposals" DROP CONSTRAINT "FK_c29372d1345a09da0a64a8e746f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposals" DROP CONSTRAINT "FK_9f4cec1be404f1e843f4cadca19"`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposals" DROP CONSTRAINT "FK_8af17413dd39a475692dec170d0"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_proposal_supports_user_id"`,
    );
    await queryRunner.query(`DROP TABLE "proposal_supports"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_proposal_reports_open"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_proposal_reports_reporter_id"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_proposal_reports_comment_id"`,
    );
    await queryRunner.query(`DROP TABLE "proposal_reports"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_proposal_listings_proposal_id"`,
    );
    await queryRunner.query(`DROP TABLE "proposal_listings"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_proposal_comments_proposal"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_proposal_comments_author_id"`,
    );
    await queryRunner.query(`DROP TABLE "proposal_comments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_proposals_status"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_proposals_location_geometry"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_proposals_location"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_proposals_author_id"`);
    await queryRunner.query(`DROP TABLE "proposals"`);
    await queryRunner.query(`DROP TYPE "public"."proposal_status"`);
    await queryRunner.query(`DROP TYPE "public"."proposal_kind"`);
  }
}
