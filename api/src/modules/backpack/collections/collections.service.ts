import { randomBytes } from 'node:crypto';

import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { Viewer } from '../../../common/auth/viewer.js';
import {
  BadUserInputError,
  NotFoundError,
} from '../../../common/errors/domain-error.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { requireUuid } from '../../registrations/session-access.service.js';
import { BackpackItemsRepository } from '../backpack-items.repository.js';
import { BackpackItemKind } from '../list/backpack-item.type.js';
import {
  type BadgeCollectionObject,
  COLLECTION_LIMITS,
  type CollectionInput,
  type CreateCollectionInput,
  type PublicBadgeCollectionObject,
  type SetCollectionPublicInput,
  type UpdateCollectionInput,
} from './collection.types.js';
import {
  cleanCollectionDescription,
  cleanCollectionName,
} from './collection-text.js';
import {
  type CollectionRow,
  CollectionsRepository,
} from './collections.repository.js';

/** 32 random bytes: 256 bits, 43 characters of base64url. */
const SHARE_TOKEN_BYTES = 32;
const SHARE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A learner's collections: creating, editing, sharing and reading them. */
@Injectable()
export class CollectionsService {
  private readonly logger = new Logger(CollectionsService.name);

  constructor(
    private readonly repository: CollectionsRepository,
    private readonly items: BackpackItemsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async mine(viewer: Viewer): Promise<BadgeCollectionObject[]> {
    const rows = await this.repository.listByUser(viewer.userId);

    return rows.map((row) => this.present(row));
  }

  async findOwn(viewer: Viewer, collectionId: string) {
    return this.present(await this.requireOwned(viewer, collectionId));
  }

  async create(
    viewer: Viewer,
    input: CreateCollectionInput,
  ): Promise<BadgeCollectionObject> {
    const name = cleanCollectionName(input.name, 'input.name');
    const description = cleanCollectionDescription(
      input.description ?? '',
      'input.description',
    );
    const row = await this.repository.transaction(async (manager) => {
      await this.repository.lockUser(viewer.userId, manager);
      const count = await this.repository.countByUser(viewer.userId, manager);
      if (count >= COLLECTION_LIMITS.collectionsPerLearner) {
        throw new BadUserInputError(
          `You have ${count} collections, the maximum; delete one before creating "${name}".`,
          'input.name',
        );
      }

      return this.repository.insert(viewer.userId, name, description, manager);
    });
    this.logger.log(`User ${viewer.userId} created collection ${row.id}`);

    return this.present(row);
  }

  async update(
    viewer: Viewer,
    input: UpdateCollectionInput,
  ): Promise<BadgeCollectionObject> {
    const changes: { name?: string; description?: string } = {};
    if (input.name !== null && input.name !== undefined) {
      changes.name = cleanCollectionName(input.name, 'input.name');
    }
    if (input.description !== null && input.description !== undefined) {
      changes.description = cleanCollectionDescription(
        input.description,
        'input.description',
      );
    }

    return this.change(viewer, input.collectionId, (row, manager) =>
      this.repository.update(row.id, changes, manager),
    );
  }

  async delete(viewer: Viewer, input: CollectionInput): Promise<string> {
    const row = await this.requireOwned(viewer, input.collectionId);
    await this.repository.transaction((manager) =>
      this.repository.delete(row.id, manager),
    );
    this.logger.log(`User ${viewer.userId} deleted collection ${row.id}`);

    return row.id;
  }

  /**
   * Making a collection public shares every badge in it, because its page
   * shows only shared badges. The web app confirms with the learner first.
   */
  async setPublic(
    viewer: Viewer,
    input: SetCollectionPublicInput,
  ): Promise<BadgeCollectionObject> {
    const result = await this.change(
      viewer,
      input.collectionId,
      async (row, manager) => {
        if (!input.public) {
          return this.repository.update(row.id, { shareToken: null }, manager);
        }
        const token = row.shareToken ?? newShareToken();

        return this.repository.update(row.id, { shareToken: token }, manager);
      },
    );
    if (input.public) {
      const stored = await this.repository.items(result.id);
      await this.items.share(
        viewer.userId,
        stored.map((item) => ({ kind: item.kind, id: item.badgeId })),
      );
    }
    this.logger.log(
      `User ${viewer.userId} made collection ${result.id} ${input.public ? 'public' : 'private'}`,
    );

    return result;
  }

  /** Replaces the share link, so that the old one stops working. */
  async replaceShareLink(
    viewer: Viewer,
    input: CollectionInput,
  ): Promise<BadgeCollectionObject> {
    return this.change(viewer, input.collectionId, (row, manager) => {
      if (row.shareToken === null) {
        throw new BadUserInputError(
          `Collection "${row.name}" is private and has no share link to replace; make it public first.`,
          'input.collectionId',
        );
      }

      return this.repository.update(
        row.id,
        { shareToken: newShareToken() },
        manager,
      );
    });
  }

  /** Finds a collection by its share link and returns only its shared badges. */
  async byShareToken(token: string): Promise<PublicBadgeCollectionObject> {
    const row = SHARE_TOKEN_PATTERN.test(token)
      ? await this.repository.findByToken(token)
      : null;
    if (row === null) {
      throw new NotFoundError(
        'No public collection has this link; its owner may have turned the link off or replaced it.',
      );
    }
    const badges = (
      await this.items.findInCollections(row.userId, [row.id])
    ).get(row.id);
    const base = this.config.publicUrl.replace(/\/+$/, '');

    return {
      name: row.name,
      description: row.description,
      ownerName: row.ownerName,
      badges: (badges ?? [])
        .filter((badge) => badge.shared)
        .map((badge) => ({
          id: badge.id,
          kind: badge.kind,
          name: badge.name,
          imageUrl:
            badge.kind === BackpackItemKind.ISSUED
              ? `${base}/api/achievements/${badge.achievementId}/image`
              : badge.hasImage
                ? `${base}/api/imported-badges/${badge.id}/image`
                : null,
          issuerName: badge.issuerName,
          issuedAt: badge.issuedAt,
          status: badge.status,
          publicUrl:
            badge.kind === BackpackItemKind.ISSUED
              ? `${base}/badges/${badge.id}`
              : `${base}/imported-badges/${badge.id}`,
        })),
    };
  }

  /** The viewer's collection, or NOT_FOUND for anyone else's. */
  async requireOwned(
    viewer: Viewer,
    collectionId: string,
    manager?: EntityManager,
    lock = false,
  ): Promise<CollectionRow> {
    const id = requireUuid(collectionId, 'input.collectionId');
    const row = await this.repository.findOwned(
      viewer.userId,
      id,
      manager,
      lock,
    );
    if (row === null) {
      throw new NotFoundError(`You have no collection with id ${id}.`);
    }

    return row;
  }

  /** Runs `work` on the viewer's collection, locked in a transaction. */
  private async change(
    viewer: Viewer,
    collectionId: string,
    work: (
      row: CollectionRow,
      manager: EntityManager,
    ) => Promise<CollectionRow>,
  ): Promise<BadgeCollectionObject> {
    const row = await this.repository.transaction(async (manager) =>
      work(
        await this.requireOwned(viewer, collectionId, manager, true),
        manager,
      ),
    );

    return this.present(row);
  }

  present(row: CollectionRow): BadgeCollectionObject {
    const base = this.config.publicUrl.replace(/\/+$/, '');

    return {
      id: row.id,
      userId: row.userId,
      name: row.name,
      description: row.description,
      public: row.shareToken !== null,
      shareUrl:
        row.shareToken === null
          ? null
          : `${base}/collections/${row.shareToken}`,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }
}

function newShareToken(): string {
  return randomBytes(SHARE_TOKEN_BYTES).toString('base64url');
}
