import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { BackpackItemKind } from '../list/backpack-item.type.js';

export interface CollectionRow {
  id: string;
  userId: string;
  name: string;
  description: string;
  shareToken: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A stored item: which badge, and where it stands. */
export interface CollectionItemRow {
  id: string;
  kind: BackpackItemKind;
  badgeId: string;
  position: number;
}

function columns(alias: string): string {
  return `${alias}.id, ${alias}.user_id AS "userId", ${alias}.name,
    ${alias}.description, ${alias}.share_token AS "shareToken",
    ${alias}.created_at AS "createdAt", ${alias}.updated_at AS "updatedAt"`;
}

const COLUMNS = columns('badge_collections');

/** SQL for badge collections and their items. */
@Injectable()
export class CollectionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async countByUser(userId: string, manager: EntityManager): Promise<number> {
    const rows: { total: number }[] = await manager.query(
      'SELECT count(*)::int AS total FROM badge_collections WHERE user_id = $1',
      [userId],
    );

    return rows[0]!.total;
  }

  /** Serialises the creation of one user's collections, to keep the limit. */
  async lockUser(userId: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [
      userId,
    ]);
  }

  async insert(
    userId: string,
    name: string,
    description: string,
    manager: EntityManager,
  ): Promise<CollectionRow> {
    const rows: CollectionRow[] = await manager.query(
      `INSERT INTO badge_collections (user_id, name, description)
       VALUES ($1, $2, $3) RETURNING ${COLUMNS}`,
      [userId, name, description],
    );

    return rows[0]!;
  }

  listByUser(userId: string): Promise<CollectionRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM badge_collections WHERE user_id = $1
        ORDER BY created_at, id`,
      [userId],
    );
  }

  /** The user's collection, locked for the rest of the transaction. */
  async findOwned(
    userId: string,
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<CollectionRow | null> {
    const rows: CollectionRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM badge_collections
        WHERE id = $1 AND user_id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [id, userId],
    );

    return rows[0] ?? null;
  }

  async findByToken(
    token: string,
  ): Promise<(CollectionRow & { ownerName: string }) | null> {
    const rows: (CollectionRow & { ownerName: string })[] =
      await this.dataSource.query(
        `SELECT ${columns('c')}, u.name AS "ownerName"
           FROM badge_collections c JOIN users u ON u.id = c.user_id
          WHERE c.share_token = $1`,
        [token],
      );

    return rows[0] ?? null;
  }

  async update(
    id: string,
    changes: {
      name?: string;
      description?: string;
      shareToken?: string | null;
    },
    manager: EntityManager,
  ): Promise<CollectionRow> {
    const rows: [CollectionRow[], number] = await manager.query(
      `UPDATE badge_collections
          SET name = CASE WHEN $2 THEN $3 ELSE name END,
              description = CASE WHEN $4 THEN $5 ELSE description END,
              share_token = CASE WHEN $6 THEN $7 ELSE share_token END,
              updated_at = now()
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [
        id,
        changes.name !== undefined,
        changes.name ?? null,
        changes.description !== undefined,
        changes.description ?? null,
        changes.shareToken !== undefined,
        changes.shareToken ?? null,
      ],
    );

    return rows[0][0]!;
  }

  async delete(id: string, manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM badge_collections WHERE id = $1', [id]);
  }

  /** The items of the collection in order. */
  items(
    collectionId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CollectionItemRow[]> {
    return manager.query(
      `SELECT id, position,
              CASE WHEN credential_id IS NOT NULL
                   THEN '${BackpackItemKind.ISSUED}'
                   ELSE '${BackpackItemKind.IMPORTED}' END AS kind,
              coalesce(credential_id, imported_credential_id) AS "badgeId"
         FROM badge_collection_items WHERE collection_id = $1
        ORDER BY position, created_at, id`,
      [collectionId],
    );
  }

  async countItems(
    collectionIds: readonly string[],
  ): Promise<Map<string, number>> {
    const rows: { id: string; total: number }[] = await this.dataSource.query(
      `SELECT collection_id AS id, count(*)::int AS total
         FROM badge_collection_items
        WHERE collection_id = ANY($1::uuid[]) GROUP BY collection_id`,
      [collectionIds],
    );

    return new Map(rows.map((row) => [row.id, row.total]));
  }

  async insertItem(
    collectionId: string,
    badge: { kind: BackpackItemKind; id: string },
    position: number,
    manager: EntityManager,
  ): Promise<void> {
    const issued = badge.kind === BackpackItemKind.ISSUED;
    await manager.query(
      `INSERT INTO badge_collection_items
         (collection_id, credential_id, imported_credential_id, position)
       VALUES ($1, $2, $3, $4)`,
      [
        collectionId,
        issued ? badge.id : null,
        issued ? null : badge.id,
        position,
      ],
    );
  }

  async deleteItem(itemId: string, manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM badge_collection_items WHERE id = $1', [
      itemId,
    ]);
  }

  /** Numbers the items 0, 1, 2… in the order of `itemIds`. */
  async writeOrder(
    collectionId: string,
    itemIds: readonly string[],
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE badge_collection_items i SET position = o.ordinality - 1
         FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, ordinality)
        WHERE i.id = o.id AND i.collection_id = $1`,
      [collectionId, itemIds],
    );
    await manager.query(
      'UPDATE badge_collections SET updated_at = now() WHERE id = $1',
      [collectionId],
    );
  }
}
