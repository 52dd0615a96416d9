import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adds employers' skill needs, learners' consents to be contacted by one
 * employer, and a learner's coarse home area (a gazetteer place).
 */
export class EmployerNeeds1764806400011 implements MigrationInterface {
  name = 'EmployerNeeds1764806400011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "employer_contact_consents" ("user_id" uuid NOT NULL, "employer_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_16325cef39262cbc900652aaca3" PRIMARY KEY ("user_id", "employer_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_employer_contact_consents_employer_id" ON "employer_contact_consents"  ("employer_id")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."skill_need_status" AS ENUM('open', 'closed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "skill_needs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employer_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "skill_ids" text array NOT NULL, "esco_skill_uris" text array NOT NULL DEFAULT '{}', "location" geography(Point,4326) NOT NULL, "place_id" integer, "radius_m" integer NOT NULL, "openings" integer NOT NULL, "closes_on" date NOT NULL, "apply_url" text NOT NULL, "status" "public"."skill_need_status" NOT NULL DEFAULT 'open', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_skill_needs_openings" CHECK (openings BETWEEN 1 AND 10000), CONSTRAINT "CHK_skill_needs_radius" CHECK (radius_m BETWEEN 5000 AND 200000), CONSTRAINT "CHK_skill_needs_skills" CHECK (cardinality(skill_ids) >= 1), CONSTRAINT "PK_731065d240b002230be2b9be5fa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_skill_needs_employer_id" ON "skill_needs"  ("employer_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_skill_needs_location" ON "skill_needs" USING gist ("location")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_skill_needs_location_geometry" ON "skill_needs" USING gist (("location"::geometry))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_skill_needs_status" ON "skill_needs"  ("status")`,
    );
    await queryRunner.query(`ALTER TABLE "users" ADD "home_place_id" integer`);
    await queryRunner.query(
      `CREATE INDEX "IDX_users_home_place_id" ON "users"  ("home_place_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_3e58ace3c383d59894fba6e2ad6" FOREIGN KEY ("home_place_id") REFERENCES "places"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employer_contact_consents" ADD CONSTRAINT "FK_7c175ed065dd44eb4063f08934c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employer_contact_consents" ADD CONSTRAINT "FK_55106ae7039a30b8dc6552143c7" FOREIGN KEY ("employer_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "skill_needs" ADD CONSTRAINT "FK_d1ec290ecff203eed271a431f9e" FOREIGN KEY ("employer_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "skill_needs" ADD CONSTRAINT "FK_e76845de13885d7697d0da516e2" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "skill_needs" ADD CONSTRAINT "FK_6dbe7569383087d8c246266c3c1" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "skill_needs" DROP CONSTRAINT "FK_6dbe7569383087d8c246266c3c1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "skill_needs" DROP CONSTRAINT "FK_e76845de13885d7697d0da516e2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "skill_needs" DROP CONSTRAINT "FK_d1ec290ecff203eed271a431f9e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "employer_contact_consents" DROP CONSTRAINT "FK_55106ae7039a30b8dc6552143c7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "employer_contact_consents" DROP CONSTRAINT "FK_7c175ed065dd44eb4063f08934c"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_users_home_place_id"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "home_place_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_skill_needs_status"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_skill_needs_location_geometry"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_skill_needs_location"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_skill_needs_employer_id"`,
    );
    await queryRunner.query(`DROP TABLE "skill_needs"`);
    await queryRunner.query(`DROP TYPE "public"."skill_need_status"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_employer_contact_consents_employer_id"`,
    );
    await queryRunner.query(`DROP TABLE "employer_contact_consents"`);
  }
}
