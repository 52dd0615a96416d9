import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adds a learner's extra e-mail addresses and the badges they import from
 * other platforms.
 */
export class LearnerBackpack1764806400006 implements MigrationInterface {
  name = 'LearnerBackpack1764806400006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user_emails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "email" text NOT NULL, "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_user_emails_email_lower_case" CHECK (email = lower(email)), CONSTRAINT "PK_3ef6c4be97ba94ea3ba65362ad0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_user_emails_user_id" ON "user_emails"("user_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_user_emails_verified_email" ON "user_emails"("email") WHERE verified_at IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_user_emails_user_email" ON "user_emails"("user_id", "email")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."import_source" AS ENUM('png', 'svg', 'json', 'jwt', 'url', 'api')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."imported_spec_version" AS ENUM('ob2', 'ob3')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."imported_credential_status" AS ENUM('valid', 'expired', 'revoked', 'suspended', 'unverifiable')`,
    );
    await queryRunner.query(
      `CREATE TABLE "imported_credentials" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "source" "public"."import_source" NOT NULL, "source_url" text, "spec_version" "public"."imported_spec_version", "raw_text" text NOT NULL, "document" json, "credential_uri" text, "achievement_uri" text, "achievement_name" text, "achievement_description" text, "issuer_uri" text, "issuer_name" text, "issued_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "image_data" bytea, "image_content_type" text, "sdg_numbers" smallint array NOT NULL DEFAULT '{}', "skill_ids" text array NOT NULL DEFAULT '{}', "status" "public"."imported_credential_status" NOT NULL, "checks" jsonb NOT NULL DEFAULT '[]', "failure_reason" text, "verified_at" TIMESTAMP WITH TIME ZONE NOT NULL, "shared_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_74374b381e22552594bc26f8c43" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_imported_credentials_user_id" ON "imported_credentials"("user_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_imported_credentials_achievement_uri" ON "imported_credentials"("achievement_uri") WHERE achievement_uri IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_imported_credentials_user_credential" ON "imported_credentials"("user_id", "credential_uri") WHERE credential_uri IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_emails" ADD CONSTRAINT "FK_2e88b95787b903d46ab3cc3eb91" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "imported_credentials" ADD CONSTRAINT "FK_0178d029af3f7ab1b03dc74d141" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "imported_credentials" DROP CONSTRAINT "FK_0178d029af3f7ab1b03dc74d141"`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_emails" DROP CONSTRAINT "FK_2e88b95787b903d46ab3cc3eb91"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."UQ_imported_credentials_user_credential"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_imported_credentials_achievement_uri"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_imported_credentials_user_id"`,
    );
    await queryRunner.query(`DROP TABLE "imported_credentials"`);
    await queryRunner.query(`DROP TYPE "public"."imported_credential_status"`);
    await queryRunner.query(`DROP TYPE "public"."imported_spec_version"`);
    await queryRunner.query(`DROP TYPE "public"."import_source"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_user_emails_user_email"`);
    await queryRunner.query(
      `DROP INDEX "public"."UQ_user_emails_verified_email"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_user_emails_user_id"`);
    await queryRunner.query(`DROP TABLE "user_emails"`);
  }
}
