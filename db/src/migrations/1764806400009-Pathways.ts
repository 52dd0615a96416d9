import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Adds pathways, their steps and the goal badges they award. */
export class Pathways1764806400009 implements MigrationInterface {
  name = 'Pathways1764806400009';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."pathway_status" AS ENUM('draft', 'published', 'archived')`,
    );
    await queryRunner.query(
      `CREATE TABLE "pathways" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "status" "public"."pathway_status" NOT NULL DEFAULT 'draft', "ordered" boolean NOT NULL DEFAULT false, "goal_achievement_id" uuid NOT NULL, "sdg_numbers" smallint array NOT NULL DEFAULT '{}', "skill_ids" text array NOT NULL DEFAULT '{}', "created_by_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bfba58a2ba7d08c64412da85630" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_pathways_organisation_id" ON "pathways"  ("organisation_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_pathways_goal_achievement_id" ON "pathways"  ("goal_achievement_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_pathways_status_title" ON "pathways"  ("status", "title")`,
    );
    await queryRunner.query(
      `CREATE TABLE "pathway_followers" ("pathway_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ddd28abd56257280743d52f32c7" PRIMARY KEY ("pathway_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_pathway_followers_user_id" ON "pathway_followers"  ("user_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "pathway_completions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pathway_id" uuid NOT NULL, "user_id" uuid NOT NULL, "credential_id" uuid NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_85cd1c5dc280794497f79a709ec" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_pathway_completions_user_id" ON "pathway_completions"  ("user_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_pathway_completions_pathway_user" ON "pathway_completions"  ("pathway_id", "user_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "pathway_steps" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pathway_id" uuid NOT NULL, "position" integer NOT NULL, "title" text, "required_count" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_pathway_steps_required_count" CHECK (required_count >= 1), CONSTRAINT "PK_385c288bdcea84e79416629baf6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_pathway_steps_position" ON "pathway_steps"  ("pathway_id", "position")`,
    );
    await queryRunner.query(
      `CREATE TABLE "pathway_step_options" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "step_id" uuid NOT NULL, "position" integer NOT NULL, "achievement_uri" text NOT NULL, "achievement_id" uuid, "issuer_uri" text, "name" text, CONSTRAINT "CHK_pathway_step_options_source" CHECK ((achievement_id IS NULL) <> (issuer_uri IS NULL)), CONSTRAINT "PK_e2be1de2ec08906e86f3177e5cc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_pathway_step_options_achievement_id" ON "pathway_step_options"  ("achievement_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_pathway_step_options_achievement_uri" ON "pathway_step_options"  ("achievement_uri")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_pathway_step_options_uri" ON "pathway_step_options"  ("step_id", "achievement_uri")`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathways" ADD CONSTRAINT "FK_7103ef77da52955317daf30fce4" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathways" ADD CONSTRAINT "FK_a72e1810ca6d4f2800395f0aee5" FOREIGN KEY ("goal_achievement_id") REFERENCES "achievements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathways" ADD CONSTRAINT "FK_ddbeb3e276bb0f27d5e3326d073" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathway_followers" ADD CONSTRAINT "FK_6110a22914e37313d4ed35977de" FOREIGN KEY ("pathway_id") REFERENCES "pathways"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathway_followers" ADD CONSTRAINT "FK_1a29cceb1b94d9979e9ba2f674c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathway_completions" ADD CONSTRAINT "FK_ae98232440934bc66e08fe5c5de" FOREIGN KEY ("pathway_id") REFERENCES "pathways"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathway_completions" ADD CONSTRAINT "FK_9f724a636109aa24049ab96356d" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathway_completions" ADD CONSTRAINT "FK_eaa1227a8112d7d94f6c28c103b" FOREIGN KEY ("credential_id") REFERENCES "credentials"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathway_steps" ADD CONSTRAINT "FK_428150e9732234c0f4c404ed4c5" FOREIGN KEY ("pathway_id") REFERENCES "pathways"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathway_step_options" ADD CONSTRAINT "FK_935a44c46fbb973bdb21c05d639" FOREIGN KEY ("step_id") REFERENCES "pathway_steps"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathway_step_options" ADD CONSTRAINT "FK_91bbf338415f38a7fcab105b7b8" FOREIGN KEY ("achievement_id") REFERENCES "achievements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "pathway_step_options" DROP CONSTRAINT "FK_91bbf338415f38a7fcab105b7b8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathway_step_options" DROP CONSTRAINT "FK_935a44c46fbb973bdb21c05d639"`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathway_steps" DROP CONSTRAINT "FK_428150e9732234c0f4c404ed4c5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathway_completions" DROP CONSTRAINT "FK_eaa1227a8112d7d94f6c28c103b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathway_completions" DROP CONSTRAINT "FK_9f724a636109aa24049ab96356d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathway_completions" DROP CONSTRAINT "FK_ae98232440934bc66e08fe5c5de"`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathway_followers" DROP CONSTRAINT "FK_1a29cceb1b94d9979e9ba2f674c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathway_followers" DROP CONSTRAINT "FK_6110a22914e37313d4ed35977de"`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathways" DROP CONSTRAINT "FK_ddbeb3e276bb0f27d5e3326d073"`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathways" DROP CONSTRAINT "FK_a72e1810ca6d4f2800395f0aee5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathways" DROP CONSTRAINT "FK_7103ef77da52955317daf30fce4"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."UQ_pathway_step_options_uri"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_pathway_step_options_achievement_uri"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_pathway_step_options_achievement_id"`,
    );
    await queryRunner.query(`DROP TABLE "pathway_step_options"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_pathway_steps_position"`);
    await queryRunner.query(`DROP TABLE "pathway_steps"`);
    await queryRunner.query(
      `DROP INDEX "public"."UQ_pathway_completions_pathway_user"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_pathway_completions_user_id"`,
    );
    await queryRunner.query(`DROP TABLE "pathway_completions"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_pathway_followers_user_id"`,
    );
    await queryRunner.query(`DROP TABLE "pathway_followers"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pathways_status_title"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_pathways_goal_achievement_id"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_pathways_organisation_id"`,
    );
    await queryRunner.query(`DROP TABLE "pathways"`);
    await queryRunner.query(`DROP TYPE "public"."pathway_status"`);
  }
}
