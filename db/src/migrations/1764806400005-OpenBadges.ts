import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adds Open Badges: badge designs (achievements) with their alignments,
 * uploaded files, per-organisation signing keys, issued credentials with
 * their evidence, status lists and status history, claim codes and bulk
 * award jobs. Credentials and status changes are never deleted, so their
 * foreign keys restrict deletion.
 */
export class OpenBadges1764806400005 implements MigrationInterface {
  name = 'OpenBadges1764806400005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."stored_file_purpose" AS ENUM('achievement_image', 'evidence')`,
    );
    await queryRunner.query(
      `CREATE TABLE "stored_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "uploaded_by_id" uuid, "purpose" "public"."stored_file_purpose" NOT NULL, "storage_key" text NOT NULL, "content_type" text NOT NULL, "byte_size" integer NOT NULL, "sha256" text NOT NULL, "original_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_d876a11b7afb1d51658687cd302" UNIQUE ("storage_key"), CONSTRAINT "PK_5d5be862bf53851c1794b4adf4e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_stored_files_organisation_id" ON "stored_files"("organisation_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "achievements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" text NOT NULL, "description" text NOT NULL, "criteria_narrative" text NOT NULL, "achievement_type" text NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "validity_days" integer, "image_file_id" uuid, "sdg_targets" text array NOT NULL DEFAULT '{}', "esco_skill_uris" text array NOT NULL DEFAULT '{}', "created_by_id" uuid, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1bc19c37c6249f70186f318d71d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_achievements_organisation_id" ON "achievements"("organisation_id")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."award_job_status" AS ENUM('running', 'finished')`,
    );
    await queryRunner.query(
      `CREATE TABLE "award_jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "achievement_id" uuid NOT NULL, "idempotency_key" text NOT NULL, "created_by_id" uuid, "status" "public"."award_job_status" NOT NULL, "request" jsonb NOT NULL, "total" integer NOT NULL, "succeeded" integer NOT NULL DEFAULT '0', "failures" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7dcfd056f4f51ef427899aac16e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_award_jobs_idempotency_key" ON "award_jobs"("achievement_id", "idempotency_key")`,
    );
    await queryRunner.query(
      `CREATE TABLE "claim_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "achievement_id" uuid NOT NULL, "session_id" uuid, "code" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "max_redemptions" integer, "redemption_count" integer NOT NULL DEFAULT '0', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_1c8f459f458144599d82d00764b" UNIQUE ("code"), CONSTRAINT "PK_9c9e86014203a9d9370e1cfa9d2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_claim_codes_achievement_id" ON "claim_codes"("achievement_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "status_lists" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "length" integer NOT NULL, "next_index" integer NOT NULL DEFAULT '0', "version" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_adc0737adaeb00543ac6839cc2b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_status_lists_organisation_id" ON "status_lists"("organisation_id")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."credential_type" AS ENUM('open_badge', 'endorsement')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."credential_status" AS ENUM('active', 'suspended', 'revoked')`,
    );
    await queryRunner.query(
      `CREATE TABLE "credentials" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" "public"."credential_type" NOT NULL, "organisation_id" uuid NOT NULL, "achievement_id" uuid, "recipient_user_id" uuid, "recipient_email" text, "endorsed_organisation_id" uuid, "registration_id" uuid, "claim_code_id" uuid, "issued_by_id" uuid, "idempotency_key" text, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_until" TIMESTAMP WITH TIME ZONE, "status_list_id" uuid NOT NULL, "status_list_index" integer NOT NULL, "document" json NOT NULL, "jwt" text NOT NULL, "status" "public"."credential_status" NOT NULL DEFAULT 'active', "shared_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1e38bc43be6697cdda548ad27a6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_credentials_organisation_id" ON "credentials"("organisation_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_credentials_achievement_id" ON "credentials"("achievement_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_credentials_recipient_user_id" ON "credentials"("recipient_user_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_credentials_recipient_email" ON "credentials"("recipient_email") WHERE recipient_email IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_credentials_claim_code_recipient" ON "credentials"("claim_code_id", "recipient_user_id") WHERE claim_code_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_credentials_achievement_registration" ON "credentials"("achievement_id", "registration_id") WHERE registration_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_credentials_status_index" ON "credentials"("status_list_id", "status_list_index")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_credentials_idempotency_key" ON "credentials"("organisation_id", "idempotency_key") WHERE idempotency_key IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "credential_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "credential_id" uuid NOT NULL, "position" smallint NOT NULL, "file_id" uuid, "url" text, "name" text, "narrative" text, CONSTRAINT "PK_25dabab344f2c3e1449cffa942e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_credential_evidence_credential_id" ON "credential_evidence"("credential_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "credential_status_changes" ("id" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL, "credential_id" uuid NOT NULL, "status" "public"."credential_status" NOT NULL, "reason" text NOT NULL, "actor_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a06819cd68f26990de3999525de" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_credential_status_changes_credential_id" ON "credential_status_changes"("credential_id")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."key_algorithm" AS ENUM('Ed25519', 'P-256')`,
    );
    await queryRunner.query(
      `CREATE TABLE "issuer_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "algorithm" "public"."key_algorithm" NOT NULL, "public_jwk" jsonb NOT NULL, "public_key_multibase" text NOT NULL, "encrypted_private_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5ef739799f142784510bb3860ce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_issuer_keys_organisation_id" ON "issuer_keys"("organisation_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_issuer_keys_current" ON "issuer_keys"("organisation_id", "algorithm") WHERE retired_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "achievement_sdgs" ("achievement_id" uuid NOT NULL, "sdg_number" smallint NOT NULL, CONSTRAINT "PK_eadefe41c0a47095662651ff9f8" PRIMARY KEY ("achievement_id", "sdg_number"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fc2cb4d83f2f0daa95604cfa5f" ON "achievement_sdgs"("achievement_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c7bb86ab9e76d2f8aa2b652a6f" ON "achievement_sdgs"("sdg_number")`,
    );
    await queryRunner.query(
      `CREATE TABLE "achievement_skills" ("achievement_id" uuid NOT NULL, "skill_id" text NOT NULL, CONSTRAINT "PK_9113291d3e8ac8eeea375b95ac5" PRIMARY KEY ("achievement_id", "skill_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7182931972ab7c9a8d60122037" ON "achievement_skills"("achievement_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3a7f9226c89450e30451824c92" ON "achievement_skills"("skill_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" ADD "achievement_id" uuid`,
    );
    await queryRunner.query(
      `ALTER TABLE "stored_files" ADD CONSTRAINT "FK_ff15792f83a60712c720ee4e873" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stored_files" ADD CONSTRAINT "FK_aa2d3ee25c799163ed356b026fc" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "achievements" ADD CONSTRAINT "FK_4f27d267037ce381b77ec19001c" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "achievements" ADD CONSTRAINT "FK_aa63a94937cc8dc04576ed055e6" FOREIGN KEY ("image_file_id") REFERENCES "stored_files"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "achievements" ADD CONSTRAINT "FK_05289bbf780c4f2819e720a5d54" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_jobs" ADD CONSTRAINT "FK_17ab2a645d6cc4bd58316d9a76a" FOREIGN KEY ("achievement_id") REFERENCES "achievements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_jobs" ADD CONSTRAINT "FK_44d3100886ae1061f586e83474d" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" ADD CONSTRAINT "FK_835011d81faba22e56ac50de699" FOREIGN KEY ("achievement_id") REFERENCES "achievements"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "claim_codes" ADD CONSTRAINT "FK_b7b93db39290386c1189dddc19a" FOREIGN KEY ("achievement_id") REFERENCES "achievements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "claim_codes" ADD CONSTRAINT "FK_71bd22f9d2e2f018849f87f32cc" FOREIGN KEY ("session_id") REFERENCES "opportunity_sessions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "claim_codes" ADD CONSTRAINT "FK_9fb3c6453be924fe14a91336a38" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "status_lists" ADD CONSTRAINT "FK_88a8b5ff83c74a4f4217bafc3c2" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credentials" ADD CONSTRAINT "FK_8615c21d15936901eafda0db73d" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credentials" ADD CONSTRAINT "FK_9678f7d1faf692512b4bb65184c" FOREIGN KEY ("achievement_id") REFERENCES "achievements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credentials" ADD CONSTRAINT "FK_4fb4da907f4f8087e4bcb57db31" FOREIGN KEY ("recipient_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credentials" ADD CONSTRAINT "FK_51999ed8c4cca61186bd9b9c9af" FOREIGN KEY ("endorsed_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credentials" ADD CONSTRAINT "FK_324c91096f49520c47ecfc8b67d" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credentials" ADD CONSTRAINT "FK_9d3d7aa4024c82a94b9c26621fb" FOREIGN KEY ("claim_code_id") REFERENCES "claim_codes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credentials" ADD CONSTRAINT "FK_838e99559bd847dd44618903237" FOREIGN KEY ("issued_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credentials" ADD CONSTRAINT "FK_55baa6ddbc50792858f7679b434" FOREIGN KEY ("status_list_id") REFERENCES "status_lists"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credential_evidence" ADD CONSTRAINT "FK_3d6c0fd248131c80357a2f927b3" FOREIGN KEY ("credential_id") REFERENCES "credentials"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credential_evidence" ADD CONSTRAINT "FK_7a090044bcea4f998477c19c4ca" FOREIGN KEY ("file_id") REFERENCES "stored_files"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credential_status_changes" ADD CONSTRAINT "FK_143bd0a0a198ddbb0e3932f38a8" FOREIGN KEY ("credential_id") REFERENCES "credentials"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credential_status_changes" ADD CONSTRAINT "FK_669a94a76328985a3b8389127a9" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "issuer_keys" ADD CONSTRAINT "FK_6c4ce10a84c996a3ea8cce20b50" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "achievement_sdgs" ADD CONSTRAINT "FK_fc2cb4d83f2f0daa95604cfa5fa" FOREIGN KEY ("achievement_id") REFERENCES "achievements"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "achievement_sdgs" ADD CONSTRAINT "FK_c7bb86ab9e76d2f8aa2b652a6fc" FOREIGN KEY ("sdg_number") REFERENCES "sdgs"("number") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "achievement_skills" ADD CONSTRAINT "FK_7182931972ab7c9a8d601220374" FOREIGN KEY ("achievement_id") REFERENCES "achievements"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "achievement_skills" ADD CONSTRAINT "FK_3a7f9226c89450e30451824c92e" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "achievement_skills" DROP CONSTRAINT "FK_3a7f9226c89450e30451824c92e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "achievement_skills" DROP CONSTRAINT "FK_7182931972ab7c9a8d601220374"`,
    );
    await queryRunner.query(
      `ALTER TABLE "achievement_sdgs" DROP CONSTRAINT "FK_c7bb86ab9e76d2f8aa2b652a6fc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "achievement_sdgs" DROP CONSTRAINT "FK_fc2cb4d83f2f0daa95604cfa5fa"`,
    );
    await queryRunner.query(
      `ALTER TABLE "issuer_keys" DROP CONSTRAINT "FK_6c4ce10a84c996a3ea8cce20b50"`,
    );
    await queryRunner.query(
      `ALTER TABLE "credential_status_changes" DROP CONSTRAINT "FK_669a94a76328985a3b8389127a9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "credential_status_changes" DROP CONSTRAINT "FK_143bd0a0a198ddbb0e3932f38a8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "credential_evidence" DROP CONSTRAINT "FK_7a090044bcea4f998477c19c4ca"`,
    );
    await queryRunner.query(
      `ALTER TABLE "credential_evidence" DROP CONSTRAINT "FK_3d6c0fd248131c80357a2f927b3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "credentials" DROP CONSTRAINT "FK_55baa6ddbc50792858f7679b434"`,
    );
    await queryRunner.query(
      `ALTER TABLE "credentials" DROP CONSTRAINT "FK_838e99559bd847dd44618903237"`,
    );
    await queryRunner.query(
      `ALTER TABLE "credentials" DROP CONSTRAINT "FK_9d3d7aa4024c82a94b9c26621fb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "credentials" DROP CONSTRAINT "FK_324c91096f49520c47ecfc8b67d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "credentials" DROP CONSTRAINT "FK_51999ed8c4cca61186bd9b9c9af"`,
    );
    await queryRunner.query(
      `ALTER TABLE "credentials" DROP CONSTRAINT "FK_4fb4da907f4f8087e4bcb57db31"`,
    );
    await queryRunner.query(
      `ALTER TABLE "credentials" DROP CONSTRAINT "FK_9678f7d1faf692512b4bb65184c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "credentials" DROP CONSTRAINT "FK_8615c21d15936901eafda0db73d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "status_lists" DROP CONSTRAINT "FK_88a8b5ff83c74a4f4217bafc3c2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "claim_codes" DROP CONSTRAINT "FK_9fb3c6453be924fe14a91336a38"`,
    );
    await queryRunner.query(
      `ALTER TABLE "claim_codes" DROP CONSTRAINT "FK_71bd22f9d2e2f018849f87f32cc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "claim_codes" DROP CONSTRAINT "FK_b7b93db39290386c1189dddc19a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" DROP CONSTRAINT "FK_835011d81faba22e56ac50de699"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_jobs" DROP CONSTRAINT "FK_44d3100886ae1061f586e83474d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_jobs" DROP CONSTRAINT "FK_17ab2a645d6cc4bd58316d9a76a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "achievements" DROP CONSTRAINT "FK_05289bbf780c4f2819e720a5d54"`,
    );
    await queryRunner.query(
      `ALTER TABLE "achievements" DROP CONSTRAINT "FK_aa63a94937cc8dc04576ed055e6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "achievements" DROP CONSTRAINT "FK_4f27d267037ce381b77ec19001c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "stored_files" DROP CONSTRAINT "FK_aa2d3ee25c799163ed356b026fc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "stored_files" DROP CONSTRAINT "FK_ff15792f83a60712c720ee4e873"`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" DROP COLUMN "achievement_id"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_3a7f9226c89450e30451824c92"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_7182931972ab7c9a8d60122037"`,
    );
    await queryRunner.query(`DROP TABLE "achievement_skills"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_c7bb86ab9e76d2f8aa2b652a6f"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_fc2cb4d83f2f0daa95604cfa5f"`,
    );
    await queryRunner.query(`DROP TABLE "achievement_sdgs"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_issuer_keys_current"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_issuer_keys_organisation_id"`,
    );
    await queryRunner.query(`DROP TABLE "issuer_keys"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_credential_status_changes_credential_id"`,
    );
    await queryRunner.query(`DROP TABLE "credential_status_changes"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_credential_evidence_credential_id"`,
    );
    await queryRunner.query(`DROP TABLE "credential_evidence"`);
    await queryRunner.query(
      `DROP INDEX "public"."UQ_credentials_idempotency_key"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."UQ_credentials_status_index"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."UQ_credentials_achievement_registration"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."UQ_credentials_claim_code_recipient"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_credentials_recipient_email"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_credentials_recipient_user_id"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_credentials_achievement_id"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_credentials_organisation_id"`,
    );
    await queryRunner.query(`DROP TABLE "credentials"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_status_lists_organisation_id"`,
    );
    await queryRunner.query(`DROP TABLE "status_lists"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_claim_codes_achievement_id"`,
    );
    await queryRunner.query(`DROP TABLE "claim_codes"`);
    await queryRunner.query(
      `DROP INDEX "public"."UQ_award_jobs_idempotency_key"`,
    );
    await queryRunner.query(`DROP TABLE "award_jobs"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_achievements_organisation_id"`,
    );
    await queryRunner.query(`DROP TABLE "achievements"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_stored_files_organisation_id"`,
    );
    await queryRunner.query(`DROP TABLE "stored_files"`);
    await queryRunner.query(`DROP TYPE "public"."key_algorithm"`);
    await queryRunner.query(`DROP TYPE "public"."credential_status"`);
    await queryRunner.query(`DROP TYPE "public"."credential_type"`);
    await queryRunner.query(`DROP TYPE "public"."award_job_status"`);
    await queryRunner.query(`DROP TYPE "public"."stored_file_purpose"`);
  }
}
