import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Records when a platform administrator verified an organisation, and who.
 * A council moderates listings and approves providers only once verified,
 * so that nobody can make themselves a council by signing up.
 */
export class OrganisationVerification1764806400004 implements MigrationInterface {
  name = 'OrganisationVerification1764806400004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD "verified_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD "verified_by_id" uuid`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD CONSTRAINT "FK_714d295ae149b8f1a0b37018e52" FOREIGN KEY ("verified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // Councils that exist before this migration were already moderating,
    // and until now only operators could vouch for them, so they keep
    // moderating rather than stopping until an administrator verifies each
    // one. verified_by_id stays NULL because no administrator did it.
    await queryRunner.query(
      `UPDATE "organisations" SET "verified_at" = now() WHERE "kind" = 'council'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisations" DROP CONSTRAINT "FK_714d295ae149b8f1a0b37018e52"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" DROP COLUMN "verified_by_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" DROP COLUMN "verified_at"`,
    );
  }
}
