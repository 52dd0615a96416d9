import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';

import type { CursorPosition } from '../../common/pagination/cursor.js';
import { ImportedCredential } from './imported-credential.entity.js';
import type { ReferenceData } from './verify/badge-metadata.js';

/** The columns an import or re-verification writes. */
export type ImportValues = Omit<
  ImportedCredential,
  'id' | 'user' | 'sharedAt' | 'createdAt' | 'updatedAt'
>;

/** SQL of imported badges. */
@Injectable()
export class ImportedCredentialsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async referenceData(): Promise<ReferenceData> {
    const sdgs: { number: number; short_title: string }[] =
      await this.dataSource.query('SELECT number, short_title FROM sdgs');
    const skills: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM skills',
    );

    return {
      sdgs: sdgs.map((row) => ({
        number: Number(row.number),
        shortTitle: row.short_title,
      })),
      skillIds: new Set(skills.map((row) => row.id)),
    };
  }

  /**
   * Inserts the import, or replaces the learner's earlier import of the
   * same credential id in one statement, keeping its id and sharing.
   * Returns null, storing nothing, when the import would be new and the
   * learner already holds `maxImports`.
   */
  async upsert(
    values: ImportValues,
    maxImports: number,
  ): Promise<{ id: string; created: boolean } | null> {
    return this.dataSource.transaction(async (manager) => {
      const existing =
        values.credentialUri === null
          ? null
          : await lockExisting(manager, values.userId, values.credentialUri);
      if (existing !== null) {
        await manager.update(
          ImportedCredential,
          { id: existing },
          columns(values),
        );

        return { id: existing, created: false };
      }
      if ((await countLocked(manager, values.userId)) >= maxImports) {
        return null;
      }
      const inserted = await manager.insert(
        ImportedCredential,
        columns(values),
      );

      return { id: String(inserted.identifiers[0]!.id), created: true };
    });
  }

  /**
   * Writes a re-verification. When it now reads a credential id that
   * another of the learner's imports holds, that older row is removed,
   * as a re-import of the same credential would replace it.
   */
  async update(id: string, values: ImportValues): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const uri = values.credentialUri;
      const existing =
        uri === null ? null : await lockExisting(manager, values.userId, uri);
      if (existing !== null && existing !== id) {
        await manager.delete(ImportedCredential, { id: existing });
      }
      await manager.update(ImportedCredential, { id }, columns(values));
    });
  }

  findOwned(userId: string, id: string): Promise<ImportedCredential | null> {
    return this.dataSource.manager.findOneBy(ImportedCredential, {
      id,
      userId,
    });
  }

  findById(id: string): Promise<ImportedCredential | null> {
    return this.dataSource.manager.findOneBy(ImportedCredential, { id });
  }

  /** The learner's imports, newest first, after `position`. */
  async listMine(
    userId: string,
    limit: number,
    position: CursorPosition | null,
  ): Promise<{ rows: ImportedCredential[]; totalCount: number }> {
    const query = this.dataSource.manager
      .createQueryBuilder(ImportedCredential, 'i')
      .where('i.user_id = :userId', { userId })
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .take(limit);
    if (position !== null) {
      // The row's own timestamp keeps its microseconds, which the cursor's
      // ISO text loses; the cursor's key is used once the row is gone.
      query.andWhere(
        `(i.created_at, i.id) < (COALESCE(
           (SELECT created_at FROM imported_credentials WHERE id = :id),
           :key::timestamptz), :id::uuid)`,
        {
          key: position.key,
          id: position.id,
        },
      );
    }
    const rows = await query.getMany();
    const [count]: { total: string }[] = await this.dataSource.query(
      'SELECT count(*) AS total FROM imported_credentials WHERE user_id = $1',
      [userId],
    );

    return { rows, totalCount: Number(count!.total) };
  }

  async setShared(userId: string, id: string, shared: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE imported_credentials
          SET shared_at = CASE WHEN $3 THEN COALESCE(shared_at, now()) END
        WHERE id = $1 AND user_id = $2`,
      [id, userId, shared],
    );
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const result = await this.dataSource.manager.delete(ImportedCredential, {
      id,
      userId,
    });

    return (result.affected ?? 0) > 0;
  }
}

/**
 * Counts the learner's imports. Inserts of one learner wait here for each
 * other, so concurrent imports cannot pass the maximum together.
 */
async function countLocked(
  manager: EntityManager,
  userId: string,
): Promise<number> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
    `imported_credentials:count:${userId}`,
  ]);
  const [row]: { total: string }[] = await manager.query(
    'SELECT count(*) AS total FROM imported_credentials WHERE user_id = $1',
    [userId],
  );

  return Number(row!.total);
}

async function lockExisting(
  manager: EntityManager,
  userId: string,
  credentialUri: string,
): Promise<string | null> {
  // Two imports of one credential at once wait here for each other, so
  // the second replaces the first instead of failing the unique index.
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
    `imported_credentials:${userId}:${credentialUri}`,
  ]);
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM imported_credentials
      WHERE user_id = $1 AND credential_uri = $2 FOR UPDATE`,
    [userId, credentialUri],
  );

  return rows[0]?.id ?? null;
}

/** Casts the values for TypeORM, whose partial type cannot express the `json` columns. */
function columns(
  values: ImportValues,
): QueryDeepPartialEntity<ImportedCredential> {
  return values as QueryDeepPartialEntity<ImportedCredential>;
}
