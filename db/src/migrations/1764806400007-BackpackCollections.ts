import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Adds named, ordered collections of a learner's badges and their share links. */
export class BackpackCollections1764806400007 implements MigrationInterface {
  name = 'BackpackCollections1764806400007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "badge_collections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "share_token" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f68f10a799f07dc0a34493d19a4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_badge_collections_user_id" ON "badge_collections"  ("user_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_badge_collections_share_token" ON "badge_collections"  ("share_token")`,
    );
    await queryRunner.query(
      `CREATE TABLE "badge_collection_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collection_id" uuid NOT NULL, "credential_id" uuid, "imported_credential_id" uuid, "position" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_badge_collection_items_one_badge" CHECK ((credential_id IS NULL) <> (imported_credential_id IS NULL)), CONSTRAINT "PK_1d3f4becd9ebd3c308624b381db" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_badge_collection_items_credential_id" ON "badge_collection_items"  ("credential_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_badge_collection_items_imported_credential_id" ON "badge_collection_items"  ("imported_credential_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_badge_collection_items_position" ON "badge_collection_items"  ("collection_id", "position")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_badge_collection_items_imported" ON "badge_collection_items"  ("collection_id", "imported_credential_id") WHERE imported_credential_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_badge_collection_items_credential" ON "badge_collection_items"  ("collection_id", "credential_id") WHERE credential_id IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "badge_collections" ADD CONSTRAINT "FK_e0a38c9bbd30493b56a711c9c5f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "badge_collection_items" ADD CONSTRAINT "FK_caf95a56af9f482bf8ffb554e72" FOREIGN KEY ("collection_id") REFERENCES "badge_collections"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "badge_collection_items" ADD CONSTRAINT "FK_41185912299aa01b647b8e8ed5a" FOREIGN KEY ("credential_id") REFERENCES "credentials"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "badge_collection_items" ADD CONSTRAINT "FK_1868f9fc6f2c9f9d6f8e9057dd1" FOREIGN KEY ("imported_credential_id") REFERENCES "imported_credentials"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "badge_collection_items" DROP CONSTRAINT "FK_1868f9fc6f2c9f9d6f8e9057dd1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "badge_collection_items" DROP CONSTRAINT "FK_41185912299aa01b647b8e8ed5a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "badge_collection_items" DROP CONSTRAINT "FK_caf95a56af9f482bf8ffb554e72"`,
    );
    await queryRunner.query(
      `ALTER TABLE "badge_collections" DROP CONSTRAINT "FK_e0a38c9bbd30493b56a711c9c5f"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."UQ_badge_collection_items_credential"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."UQ_badge_collection_items_imported"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_badge_collection_items_position"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_badge_collection_items_imported_credential_id"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_badge_collection_items_credential_id"`,
    );
    await queryRunner.query(`DROP TABLE "badge_collection_items"`);
    await queryRunner.query(
      `DROP INDEX "public"."UQ_badge_collections_share_token"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_badge_collections_user_id"`,
    );
    await queryRunner.query(`DROP TABLE "badge_collections"`);
  }
}
