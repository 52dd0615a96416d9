import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { Viewer } from '../../../common/auth/viewer.js';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
} from '../../../common/errors/domain-error.js';
import { requireUuid } from '../../registrations/session-access.service.js';
import { BackpackItemsRepository } from '../backpack-items.repository.js';
import type { BackpackItemKind } from '../list/backpack-item.type.js';
import {
  type BackpackBadgeInput,
  type BadgeCollectionObject,
  COLLECTION_LIMITS,
  type CollectionBadgeInput,
  type MoveCollectionBadgeInput,
  type ReorderCollectionInput,
} from './collection.types.js';
import {
  type CollectionItemRow,
  type CollectionRow,
  CollectionsRepository,
} from './collections.repository.js';
import { CollectionsService } from './collections.service.js';

interface BadgeRef {
  kind: BackpackItemKind;
  id: string;
}

/** Adding, removing and ordering the badges of a collection. */
@Injectable()
export class CollectionItemsService {
  private readonly logger = new Logger(CollectionItemsService.name);

  constructor(
    private readonly repository: CollectionsRepository,
    private readonly collections: CollectionsService,
    private readonly items: BackpackItemsRepository,
  ) {}

  /**
   * Adds a badge of the viewer's backpack at the end. Adding to a public
   * collection shares the badge, because the page shows only shared ones.
   */
  async add(
    viewer: Viewer,
    input: CollectionBadgeInput,
  ): Promise<BadgeCollectionObject> {
    const badge = await this.requireOwnBadge(viewer, input.badge);
    const row = await this.inCollection(
      viewer,
      input,
      async (row, stored, manager) => {
        if (stored.some((item) => sameBadge(item, badge))) {
          throw new ConflictError(
            `The badge ${badge.id} is already in "${row.name}".`,
            'input.badge',
          );
        }
        if (stored.length >= COLLECTION_LIMITS.badgesPerCollection) {
          throw new BadUserInputError(
            `"${row.name}" has ${stored.length} badges, the maximum; remove one before adding another.`,
            'input.badge',
          );
        }
        await this.repository.insertItem(row.id, badge, stored.length, manager);
      },
    );
    if (row.shareToken !== null) {
      await this.items.share(viewer.userId, [badge]);
    }
    this.logger.log(
      `User ${viewer.userId} added a badge to collection ${row.id}`,
    );

    return this.collections.present(row);
  }

  async remove(
    viewer: Viewer,
    input: CollectionBadgeInput,
  ): Promise<BadgeCollectionObject> {
    const badge = cleanRef(input.badge, 'input.badge.id');
    const row = await this.inCollection(
      viewer,
      input,
      async (row, stored, manager) => {
        const item = findItem(stored, badge, row);
        await this.repository.deleteItem(item.id, manager);
        await this.repository.writeOrder(
          row.id,
          stored.filter((each) => each.id !== item.id).map((each) => each.id),
          manager,
        );
      },
    );

    return this.collections.present(row);
  }

  async move(
    viewer: Viewer,
    input: MoveCollectionBadgeInput,
  ): Promise<BadgeCollectionObject> {
    const badge = cleanRef(input.badge, 'input.badge.id');
    const row = await this.inCollection(
      viewer,
      input,
      async (row, stored, manager) => {
        const item = findItem(stored, badge, row);
        const last = stored.length - 1;
        if (
          !Number.isInteger(input.position) ||
          input.position < 0 ||
          input.position > last
        ) {
          throw new BadUserInputError(
            `input.position ${input.position} is outside "${row.name}"; use 0 to ${last}.`,
            'input.position',
          );
        }
        const order = stored.filter((each) => each.id !== item.id);
        order.splice(input.position, 0, item);
        await this.repository.writeOrder(
          row.id,
          order.map((each) => each.id),
          manager,
        );
      },
    );

    return this.collections.present(row);
  }

  /** Puts the badges in the given order, which must list each exactly once. */
  async reorder(
    viewer: Viewer,
    input: ReorderCollectionInput,
  ): Promise<BadgeCollectionObject> {
    if (input.badges.length > COLLECTION_LIMITS.badgesPerCollection) {
      throw new BadUserInputError(
        `input.badges has ${input.badges.length} entries; a collection holds at most ${COLLECTION_LIMITS.badgesPerCollection}.`,
        'input.badges',
      );
    }
    const refs = input.badges.map((each) => cleanRef(each, 'input.badges'));
    const row = await this.inCollection(
      viewer,
      input,
      async (row, stored, manager) => {
        const order = refs.map((ref) => findItem(stored, ref, row));
        const distinct = new Set(order.map((item) => item.id));
        if (distinct.size !== order.length || order.length !== stored.length) {
          throw new BadUserInputError(
            `input.badges lists ${order.length} badges with ${distinct.size} distinct; list each of the ${stored.length} badges of "${row.name}" exactly once.`,
            'input.badges',
          );
        }
        await this.repository.writeOrder(
          row.id,
          order.map((each) => each.id),
          manager,
        );
      },
    );

    return this.collections.present(row);
  }

  /** Runs `work` with the collection locked and its items read. */
  private async inCollection(
    viewer: Viewer,
    input: { collectionId: string },
    work: (
      row: CollectionRow,
      stored: CollectionItemRow[],
      manager: EntityManager,
    ) => Promise<void>,
  ): Promise<CollectionRow> {
    return this.repository.transaction(async (manager) => {
      const row = await this.collections.requireOwned(
        viewer,
        input.collectionId,
        manager,
        true,
      );
      await work(row, await this.repository.items(row.id, manager), manager);

      return (await this.repository.findOwned(viewer.userId, row.id, manager))!;
    });
  }

  private async requireOwnBadge(
    viewer: Viewer,
    input: BackpackBadgeInput,
  ): Promise<BadgeRef> {
    const ref = cleanRef(input, 'input.badge.id');
    const owned = await this.items.findOwned(viewer.userId, [ref.id]);
    if (
      !owned.some((row) => sameBadge({ kind: row.kind, badgeId: row.id }, ref))
    ) {
      throw new NotFoundError(
        `No ${ref.kind.toLowerCase()} badge with id ${ref.id} is in your backpack.`,
      );
    }

    return ref;
  }
}

function cleanRef(input: BackpackBadgeInput, field: string): BadgeRef {
  return { kind: input.kind, id: requireUuid(input.id, field).toLowerCase() };
}

function sameBadge(
  item: Pick<CollectionItemRow, 'kind' | 'badgeId'>,
  ref: BadgeRef,
): boolean {
  return item.kind === ref.kind && item.badgeId === ref.id;
}

function findItem(
  stored: CollectionItemRow[],
  ref: BadgeRef,
  row: CollectionRow,
): CollectionItemRow {
  const item = stored.find((each) => sameBadge(each, ref));
  if (item === undefined) {
    throw new NotFoundError(`The badge ${ref.id} is not in "${row.name}".`);
  }

  return item;
}
