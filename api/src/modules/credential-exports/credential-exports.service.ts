import type { Readable } from 'node:stream';

import { Inject, Injectable } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import { NotFoundError } from '../../common/errors/domain-error.js';
import {
  generateBadgeSvg,
  NEUTRAL_COLOUR,
} from '../achievements/generated-badge.js';
import {
  FILE_STORAGE,
  type FileStorage,
} from '../files/storage/file-storage.js';
import { drawBadgePng } from './baking/badge-png.js';
import { bakePng, isPng } from './baking/png-baking.js';
import { bakeSvg, looksLikeSvg } from './baking/svg-baking.js';
import {
  CredentialExportsRepository,
  type ExportableCredential,
} from './credential-exports.repository.js';

/** Largest stored badge image read for baking. */
const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export interface BakedImage {
  bytes: Buffer;
  contentType: 'image/png' | 'image/svg+xml';
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > MAX_IMAGE_BYTES) {
      stream.destroy();
      throw new Error(
        `The stored badge image is larger than ${MAX_IMAGE_BYTES} bytes.`,
      );
    }
    chunks.push(chunk as Buffer);
  }

  return Buffer.concat(chunks);
}

/**
 * Downloads of a credential: its JSON, its VC-JWT, and badge images with
 * the credential baked in. Only the issuer's members, the recipient, and
 * (once the recipient shares it) anyone may download; everyone else gets
 * NOT_FOUND, so that ids cannot be probed.
 */
@Injectable()
export class CredentialExportsService {
  constructor(
    private readonly repository: CredentialExportsRepository,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async readable(
    viewer: Viewer | null,
    id: string,
  ): Promise<ExportableCredential> {
    const credential = await this.repository.findCredential(id);
    if (credential === null || !(await this.mayRead(viewer, credential))) {
      throw new NotFoundError(
        `No credential has id ${id.slice(0, 80)}, or it is not shared with you.`,
      );
    }

    return credential;
  }

  private async mayRead(
    viewer: Viewer | null,
    credential: ExportableCredential,
  ): Promise<boolean> {
    if (credential.sharedAt !== null) return true;
    if (viewer === null) return false;
    if (viewer.isAdmin || credential.recipientUserId === viewer.userId)
      return true;
    if (
      await this.repository.isMember(credential.organisationId, viewer.userId)
    )
      return true;
    return (
      credential.recipientEmail !== null &&
      this.repository.isVerifiedAddressOf(
        viewer.userId,
        credential.recipientEmail,
      )
    );
  }

  /**
   * Bakes the credential into the achievement's image. A stored PNG or SVG
   * is used as it is. Otherwise the image is generated in the colour of the
   * achievement's first SDG: an SVG with its initials, or for PNG a plain
   * disc, because the app has no SVG rasteriser.
   */
  async bakedImage(
    credential: ExportableCredential,
    format: 'png' | 'svg',
  ): Promise<BakedImage> {
    const image =
      credential.achievementId === null
        ? null
        : await this.repository.findAchievementImage(credential.achievementId);
    const stored = image?.storageKey
      ? await readAll(await this.storage.get(image.storageKey))
      : null;
    const colour = image?.sdgColour ?? NEUTRAL_COLOUR;
    if (format === 'png') {
      const png =
        stored !== null && isPng(stored) ? stored : drawBadgePng(colour);

      return {
        bytes: bakePng(png, JSON.stringify(credential.document)),
        contentType: 'image/png',
      };
    }
    const storedSvg = stored?.toString('utf8');
    const svg =
      storedSvg !== undefined && looksLikeSvg(storedSvg)
        ? storedSvg
        : generateBadgeSvg(image?.name ?? 'Badge', colour);

    return {
      bytes: Buffer.from(bakeSvg(svg, credential.document)),
      contentType: 'image/svg+xml',
    };
  }
}
