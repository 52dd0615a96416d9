import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { Controller, Get, Inject, Logger, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

import { Public } from '../../common/auth/access.decorators.js';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { UUID_PATTERN } from '../../common/pagination/cursor.js';
import { FILE_CONTENT_SECURITY_POLICY } from '../files/files.controller.js';
import {
  FILE_STORAGE,
  type FileStorage,
} from '../files/storage/file-storage.js';
import { StoredFilePurpose } from '../files/stored-file.entity.js';
import { AchievementsRepository } from './achievements.repository.js';
import { generateBadgeSvg, NEUTRAL_COLOUR } from './generated-badge.js';

/** A design's image may change, so caches keep it for five minutes only. */
const IMAGE_CACHE_CONTROL = 'public, max-age=300';

/**
 * `GET /api/achievements/:id/image`: the uploaded badge image, or an SVG
 * drawn in the colour of the design's first SDG with its initials. Open to
 * anyone, because every credential of the badge links to it.
 */
@Public()
@Controller('api/achievements')
export class AchievementImageController {
  private readonly logger = new Logger(AchievementImageController.name);

  constructor(
    private readonly repository: AchievementsRepository,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  @Get(':id/image')
  async image(@Param('id') rawId: string, @Res() response: Response) {
    const id = UUID_PATTERN.test(rawId) ? rawId.toLowerCase() : null;
    const achievement =
      id === null ? undefined : (await this.repository.findByIds([id])).get(id);
    if (achievement === undefined) {
      throw new NotFoundError(
        `There is no badge with id ${rawId.slice(0, 60)}.`,
      );
    }
    const file =
      achievement.imageFileId === null
        ? null
        : await this.repository.findImageFile(achievement.imageFileId);
    const { contentType, body } =
      file?.purpose === StoredFilePurpose.ACHIEVEMENT_IMAGE
        ? {
            contentType: file.contentType,
            body: await this.storage.get(file.storageKey),
          }
        : {
            contentType: 'image/svg+xml',
            body: Readable.from([
              generateBadgeSvg(
                achievement.name,
                (await this.firstSdgColour(achievement.sdgNumbers)) ??
                  NEUTRAL_COLOUR,
              ),
            ]),
          };
    response.status(200);
    response.setHeader('Content-Type', contentType);
    response.setHeader('Cache-Control', IMAGE_CACHE_CONTROL);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Security-Policy', FILE_CONTENT_SECURITY_POLICY);
    try {
      await pipeline(body, response);
    } catch (error) {
      this.logger.error(
        `Sending the image of achievement ${achievement.id} failed: ${String(error)}`,
      );
    }
  }

  private firstSdgColour(goals: number[]): Promise<string | null> {
    const first = goals[0];

    return first === undefined
      ? Promise.resolve(null)
      : this.repository.findSdgColour(first);
  }
}
