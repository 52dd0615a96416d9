import { Inject, Injectable, Logger } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import {
  decodeCursor,
  encodeCursor,
  UUID_PATTERN,
} from '../../common/pagination/cursor.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { LearnerBadgeEvents } from '../credentials/learner-badge-events.js';
import { BadgeImportService } from './badge-import.service.js';
import {
  DEFAULT_IMPORTS_PAGE,
  type ImportBadgeResult,
  type ImportedBadgeConnection,
  MAX_IMPORTS_PAGE,
  MAX_PASTED_CHARACTERS,
  type MyImportedBadgesArgs,
} from './dto/badge-import.inputs.js';
import {
  type ImportedBadgeObject,
  toImportedBadgeObject,
} from './dto/imported-badge.type.js';
import {
  type SharedImportedBadgeObject,
  toSharedImportedBadgeObject,
} from './dto/shared-imported-badge.type.js';
import { ImportSource } from './imported-credential.entity.js';
import { ImportedCredentialsRepository } from './imported-credentials.repository.js';

const CURSOR_SCOPE = 'imported-badges';

/** Listing, sharing, deleting and serving learners' imported badges, for the resolver and routes. */
@Injectable()
export class ImportedBadgesService {
  private readonly logger = new Logger(ImportedBadgesService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly imports: BadgeImportService,
    private readonly repository: ImportedCredentialsRepository,
    private readonly events: LearnerBadgeEvents,
  ) {}

  async importText(viewer: Viewer, text: string): Promise<ImportBadgeResult> {
    if (text.length > MAX_PASTED_CHARACTERS) {
      throw new BadUserInputError(
        `The text has ${text.length} characters; paste at most ${MAX_PASTED_CHARACTERS}, or upload the badge file instead.`,
        'input.text',
      );
    }

    return this.toResult(
      await this.imports.importBadge(viewer.userId, {
        source: text.trimStart().startsWith('{')
          ? ImportSource.JSON
          : ImportSource.JWT,
        text,
      }),
    );
  }

  async importUrl(viewer: Viewer, url: string): Promise<ImportBadgeResult> {
    if (url.length > 2000) {
      throw new BadUserInputError(
        'The URL is longer than 2000 characters.',
        'input.url',
      );
    }

    return this.toResult(
      await this.imports.importBadge(viewer.userId, {
        source: ImportSource.URL,
        url,
      }),
    );
  }

  async importFile(viewer: Viewer, bytes: Buffer): Promise<ImportBadgeResult> {
    return this.toResult(
      await this.imports.importBadge(viewer.userId, {
        source: ImportSource.PNG,
        bytes,
      }),
    );
  }

  async reverify(viewer: Viewer, id: string): Promise<ImportedBadgeObject> {
    return this.toObject(await this.imports.reverify(viewer.userId, id));
  }

  async find(viewer: Viewer, id: string): Promise<ImportedBadgeObject> {
    return this.toObject(await this.imports.findOwned(viewer.userId, id));
  }

  async mine(
    viewer: Viewer,
    args: MyImportedBadgesArgs,
  ): Promise<ImportedBadgeConnection> {
    const first = args.first ?? DEFAULT_IMPORTS_PAGE;
    if (!Number.isInteger(first) || first < 1 || first > MAX_IMPORTS_PAGE) {
      throw new BadUserInputError(
        `first is ${first}; expected 1 to ${MAX_IMPORTS_PAGE}.`,
        'first',
      );
    }
    const position =
      (args.after ?? null) === null
        ? null
        : decodeCursor(args.after!, 'string', CURSOR_SCOPE);
    const { rows, totalCount } = await this.repository.listMine(
      viewer.userId,
      first + 1,
      position,
    );
    const edges = rows.slice(0, first).map((row) => ({
      node: this.toObject(row),
      cursor: encodeCursor(
        { key: row.createdAt.toISOString(), id: row.id },
        CURSOR_SCOPE,
      ),
    }));

    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount,
    };
  }

  async share(
    viewer: Viewer,
    id: string,
    shared: boolean,
  ): Promise<ImportedBadgeObject> {
    await this.imports.findOwned(viewer.userId, id);
    await this.repository.setShared(viewer.userId, id, shared);

    return this.find(viewer, id);
  }

  async delete(viewer: Viewer, id: string): Promise<boolean> {
    await this.imports.findOwned(viewer.userId, id);
    await this.repository.delete(viewer.userId, id);
    this.logger.log(`User ${viewer.userId} deleted imported badge ${id}`);
    await this.events.badgesChanged(viewer.userId);

    return true;
  }

  /**
   * An imported badge while its owner shares it. Unknown, malformed and
   * unshared ids get the same NOT_FOUND, so the reply does not tell whether
   * a private badge exists.
   */
  async findShared(id: string): Promise<SharedImportedBadgeObject> {
    const row = UUID_PATTERN.test(id)
      ? await this.repository.findById(id)
      : null;
    if (row === null || row.sharedAt === null) {
      throw new NotFoundError(
        `No shared imported badge has id ${id}; its owner may have stopped sharing it.`,
      );
    }

    return toSharedImportedBadgeObject(row, this.config.publicUrl);
  }

  /** The stored image, for its owner or anyone while the badge is shared. */
  async image(
    viewer: Viewer | null,
    id: string,
  ): Promise<{ data: Buffer; contentType: string; shared: boolean }> {
    const row = UUID_PATTERN.test(id)
      ? await this.repository.findById(id)
      : null;
    const visible =
      row !== null && (row.sharedAt !== null || row.userId === viewer?.userId);
    if (!visible || row.imageData === null || row.imageContentType === null) {
      throw new NotFoundError(`No image for imported badge ${id}.`);
    }

    return {
      data: row.imageData,
      contentType: row.imageContentType,
      shared: row.sharedAt !== null,
    };
  }

  private toObject(
    row: Parameters<typeof toImportedBadgeObject>[0],
  ): ImportedBadgeObject {
    return toImportedBadgeObject(row, this.config.publicUrl);
  }

  private toResult(result: {
    badge: Parameters<typeof toImportedBadgeObject>[0];
    created: boolean;
  }): ImportBadgeResult {
    return { badge: this.toObject(result.badge), created: result.created };
  }
}
