import type { MigrationInterface, QueryRunner } from 'typeorm';

const SEARCH_VECTOR_SQL =
  "setweight(to_tsvector('english'::regconfig, title), 'A') || " +
  "setweight(to_tsvector('english'::regconfig, summary), 'B') || " +
  "setweight(to_tsvector('english'::regconfig, description), 'C')";

/** Organisations, the gazetteer, reference tables, opportunities and their sessions and tags. */
export class InitialSchema1764806400001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."organisation_kind" AS ENUM('provider', 'council', 'employer')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "slug" text NOT NULL, "kind" "public"."organisation_kind" NOT NULL, "description" text NOT NULL DEFAULT '', "website" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_organisations_slug" ON "organisations" ("slug")`,
    );

    await queryRunner.query(
      `CREATE TABLE "places" ("id" integer NOT NULL, "name" text NOT NULL, "search_name" text NOT NULL, "country_code" character(2) NOT NULL, "admin_code" text, "population" integer NOT NULL DEFAULT '0', "location" geography(Point,4326) NOT NULL, CONSTRAINT "PK_1afab86e226b4c3bc9a74465c12" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_places_location" ON "places" USING gist ("location")`,
    );
    // text_pattern_ops lets `search_name LIKE 'prefix%'` use the index under any collation.
    await queryRunner.query(
      `CREATE INDEX "IDX_places_search_name" ON "places" ("search_name" text_pattern_ops, "population" DESC)`,
    );

    await queryRunner.query(
      `CREATE TABLE "sdgs" ("number" smallint NOT NULL, "short_title" text NOT NULL, "title" text NOT NULL, "colour" character(7) NOT NULL, CONSTRAINT "PK_790fccac99806491a64d3d2fa92" PRIMARY KEY ("number"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."skill_group" AS ENUM('foundational_literacy', 'competency', 'character_quality')`,
    );
    await queryRunner.query(
      `CREATE TABLE "skills" ("id" text NOT NULL, "name" text NOT NULL, "group" "public"."skill_group" NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_0d3212120f4ecedf90864d7e298" PRIMARY KEY ("id"))`,
    );

    await queryRunner.query(
      `CREATE TYPE "public"."opportunity_kind" AS ENUM('workshop', 'mentoring', 'work_experience', 'event', 'course', 'volunteering', 'youth_cafe')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."opportunity_mode" AS ENUM('in_person', 'online', 'hybrid')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."opportunity_status" AS ENUM('draft', 'pending', 'published', 'archived')`,
    );
    await queryRunner.query(
      `CREATE TABLE "opportunities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "title" text NOT NULL, "summary" text NOT NULL, "description" text NOT NULL DEFAULT '', "kind" "public"."opportunity_kind" NOT NULL, "mode" "public"."opportunity_mode" NOT NULL, "status" "public"."opportunity_status" NOT NULL DEFAULT 'draft', "location" geography(Point,4326), "venue_name" text, "venue_address" text, "place_id" integer, "cost_minor" integer, "currency" character(3), "min_age" smallint, "max_age" smallint, "capacity" integer, "search_vector" tsvector GENERATED ALWAYS AS (${SEARCH_VECTOR_SQL}) STORED NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_opportunities_capacity" CHECK (capacity IS NULL OR capacity > 0), CONSTRAINT "CHK_opportunities_age_range" CHECK ((min_age IS NULL OR min_age >= 0) AND (max_age IS NULL OR max_age >= COALESCE(min_age, 0))), CONSTRAINT "CHK_opportunities_cost" CHECK ((cost_minor IS NULL AND currency IS NULL) OR (cost_minor > 0 AND currency ~ '^[A-Z]{3}$')), CONSTRAINT "CHK_opportunities_location_mode" CHECK ((mode = 'online' AND location IS NULL) OR (mode <> 'online' AND location IS NOT NULL)), CONSTRAINT "PK_4bd9cd12ddc0ff48a5a97ddebce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_opportunities_provider_id" ON "opportunities" ("provider_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_opportunities_status" ON "opportunities" ("status")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_opportunities_location" ON "opportunities" USING gist ("location")`,
    );
    // Viewport searches compare longitude and latitude as a flat box, which
    // the geography index cannot do; this expression index serves them.
    await queryRunner.query(
      `CREATE INDEX "IDX_opportunities_location_geometry" ON "opportunities" USING gist (("location"::geometry))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_opportunities_search_vector" ON "opportunities" USING gin ("search_vector")`,
    );
    // TypeORM compares generated columns against this table when it checks for drift.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), 'public', 'opportunities', 'GENERATED_COLUMN', 'search_vector', $1)`,
      [SEARCH_VECTOR_SQL],
    );

    await queryRunner.query(
      `CREATE TABLE "opportunity_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "opportunity_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_zone" text NOT NULL, CONSTRAINT "CHK_opportunity_sessions_times" CHECK (ends_at > starts_at), CONSTRAINT "PK_864acf1eae076e988b7d5e783ea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_opportunity_sessions_opportunity_starts" ON "opportunity_sessions" ("opportunity_id", "starts_at")`,
    );

    await queryRunner.query(
      `CREATE TABLE "opportunity_sdgs" ("opportunity_id" uuid NOT NULL, "sdg_number" smallint NOT NULL, CONSTRAINT "PK_dd38230bd3dbc4cc9a154d9b930" PRIMARY KEY ("opportunity_id", "sdg_number"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e87f682a870e6c1eddc5284b79" ON "opportunity_sdgs" ("opportunity_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c496133cae80785d6c2d8d6f4a" ON "opportunity_sdgs" ("sdg_number")`,
    );
    await queryRunner.query(
      `CREATE TABLE "opportunity_skills" ("opportunity_id" uuid NOT NULL, "skill_id" text NOT NULL, CONSTRAINT "PK_0f5e5ef652b4247d364d339e197" PRIMARY KEY ("opportunity_id", "skill_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_570216ef262d04c2c6be89670f" ON "opportunity_skills" ("opportunity_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cf208a4aecc91f183198ed0915" ON "opportunity_skills" ("skill_id")`,
    );

    await queryRunner.query(
      `ALTER TABLE "opportunity_sessions" ADD CONSTRAINT "FK_25b8c173ffa32395e19e9cb5e5e" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" ADD CONSTRAINT "FK_1670e3ab9f1a302a7bb450945d0" FOREIGN KEY ("provider_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" ADD CONSTRAINT "FK_da729708bf7db127b39b5d6e834" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity_sdgs" ADD CONSTRAINT "FK_e87f682a870e6c1eddc5284b79f" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity_sdgs" ADD CONSTRAINT "FK_c496133cae80785d6c2d8d6f4a9" FOREIGN KEY ("sdg_number") REFERENCES "sdgs"("number") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity_skills" ADD CONSTRAINT "FK_570216ef262d04c2c6be89670f7" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity_skills" ADD CONSTRAINT "FK_cf208a4aecc91f183198ed0915b" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "opportunity_skills"`);
    await queryRunner.query(`DROP TABLE "opportunity_sdgs"`);
    await queryRunner.query(`DROP TABLE "opportunity_sessions"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'opportunities' AND "name" = 'search_vector'`,
    );
    await queryRunner.query(`DROP TABLE "opportunities"`);
    await queryRunner.query(`DROP TYPE "public"."opportunity_status"`);
    await queryRunner.query(`DROP TYPE "public"."opportunity_mode"`);
    await queryRunner.query(`DROP TYPE "public"."opportunity_kind"`);
    await queryRunner.query(`DROP TABLE "skills"`);
    await queryRunner.query(`DROP TYPE "public"."skill_group"`);
    await queryRunner.query(`DROP TABLE "sdgs"`);
    await queryRunner.query(`DROP TABLE "places"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_kind"`);
  }
}
