import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Adds OAuth 2.0 clients, authorisation codes and grants for the Open Badges 3.0 REST API. */
export class OpenBadgesApi1764806400008 implements MigrationInterface {
  name = 'OpenBadgesApi1764806400008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "oauth_clients" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" text NOT NULL, "client_secret_hash" text, "token_endpoint_auth_method" text NOT NULL, "client_name" text NOT NULL, "client_uri" text NOT NULL, "logo_uri" text NOT NULL, "tos_uri" text NOT NULL, "policy_uri" text NOT NULL, "software_id" text NOT NULL, "software_version" text NOT NULL, "redirect_uris" text array NOT NULL, "scopes" text array NOT NULL, "grant_types" text array NOT NULL, "contacts" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c4759172d3431bae6f04e678e0d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_oauth_clients_client_id" ON "oauth_clients"  ("client_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "oauth_grants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "client_id" uuid NOT NULL, "scopes" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_197229704270fa696b539aa1a22" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_oauth_grants_user_id" ON "oauth_grants"  ("user_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_oauth_grants_client_id" ON "oauth_grants"  ("client_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_oauth_grants_active_user_client" ON "oauth_grants"  ("user_id", "client_id") WHERE revoked_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "oauth_authorization_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "redirect_uri" text NOT NULL, "scopes" text array NOT NULL, "state" text NOT NULL, "code_challenge" text NOT NULL, "user_id" uuid, "code_hash" text, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "approved_at" TIMESTAMP WITH TIME ZONE, "denied_at" TIMESTAMP WITH TIME ZONE, "used_at" TIMESTAMP WITH TIME ZONE, "grant_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b58675383b1918c882a67ab32e8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_oauth_authorization_requests_client_id" ON "oauth_authorization_requests"  ("client_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_oauth_authorization_requests_user_id" ON "oauth_authorization_requests"  ("user_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_oauth_authorization_requests_code_hash" ON "oauth_authorization_requests"  ("code_hash") WHERE code_hash IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."oauth_token_kind" AS ENUM('access', 'refresh')`,
    );
    await queryRunner.query(
      `CREATE TABLE "oauth_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "grant_id" uuid NOT NULL, "kind" "public"."oauth_token_kind" NOT NULL, "token_hash" text NOT NULL, "scopes" text array NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_71c8b8060826696206f973554fd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_oauth_tokens_grant_id" ON "oauth_tokens"  ("grant_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_oauth_tokens_token_hash" ON "oauth_tokens"  ("token_hash")`,
    );
    await queryRunner.query(
      `ALTER TABLE "oauth_grants" ADD CONSTRAINT "FK_7c995394933a14c9235b4b0bd88" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "oauth_grants" ADD CONSTRAINT "FK_bb4e193edcaadd8e97166413e0c" FOREIGN KEY ("client_id") REFERENCES "oauth_clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "oauth_authorization_requests" ADD CONSTRAINT "FK_4c2990407ce766d7cf9c4073bed" FOREIGN KEY ("client_id") REFERENCES "oauth_clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "oauth_authorization_requests" ADD CONSTRAINT "FK_24e5d80e40a5e0114ae80d4bf74" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "oauth_authorization_requests" ADD CONSTRAINT "FK_f32b01af5e463666870dd129821" FOREIGN KEY ("grant_id") REFERENCES "oauth_grants"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "oauth_tokens" ADD CONSTRAINT "FK_07c605221e8078326fa6e0da8f1" FOREIGN KEY ("grant_id") REFERENCES "oauth_grants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "oauth_tokens" DROP CONSTRAINT "FK_07c605221e8078326fa6e0da8f1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "oauth_authorization_requests" DROP CONSTRAINT "FK_f32b01af5e463666870dd129821"`,
    );
    await queryRunner.query(
      `ALTER TABLE "oauth_authorization_requests" DROP CONSTRAINT "FK_24e5d80e40a5e0114ae80d4bf74"`,
    );
    await queryRunner.query(
      `ALTER TABLE "oauth_authorization_requests" DROP CONSTRAINT "FK_4c2990407ce766d7cf9c4073bed"`,
    );
    await queryRunner.query(
      `ALTER TABLE "oauth_grants" DROP CONSTRAINT "FK_bb4e193edcaadd8e97166413e0c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "oauth_grants" DROP CONSTRAINT "FK_7c995394933a14c9235b4b0bd88"`,
    );
    await queryRunner.query(`DROP INDEX "public"."UQ_oauth_tokens_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_oauth_tokens_grant_id"`);
    await queryRunner.query(`DROP TABLE "oauth_tokens"`);
    await queryRunner.query(`DROP TYPE "public"."oauth_token_kind"`);
    await queryRunner.query(
      `DROP INDEX "public"."UQ_oauth_authorization_requests_code_hash"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_oauth_authorization_requests_user_id"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_oauth_authorization_requests_client_id"`,
    );
    await queryRunner.query(`DROP TABLE "oauth_authorization_requests"`);
    await queryRunner.query(
      `DROP INDEX "public"."UQ_oauth_grants_active_user_client"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_oauth_grants_client_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_oauth_grants_user_id"`);
    await queryRunner.query(`DROP TABLE "oauth_grants"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_oauth_clients_client_id"`);
    await queryRunner.query(`DROP TABLE "oauth_clients"`);
  }
}
