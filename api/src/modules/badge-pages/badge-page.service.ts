import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { Inject, Injectable, Logger } from '@nestjs/common';

import { NotFoundError } from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import {
  BadgePageRepository,
  type SharedBadgeSummary,
} from './badge-page.repository.js';
import { injectPreview, type PagePreview, truncate } from './open-graph.js';

/** Link previews cut descriptions here; longer ones get an ellipsis. */
const MAX_DESCRIPTION_LENGTH = 200;

/** The preview of every badge page that is not shared. */
const GENERIC_PREVIEW: PagePreview = {
  title: 'Badge – Learnscape',
  description:
    'An Open Badge on Learnscape, the place-based marketplace of learning opportunities.',
  twitterCard: 'summary',
};

/**
 * Renders the web app's page for `/badges/:id` with the badge's Open Graph
 * and Twitter card tags, so that a shared link shows the badge in chat
 * apps and social networks, which do not run the app's JavaScript.
 */
@Injectable()
export class BadgePageService {
  private readonly logger = new Logger(BadgePageService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: BadgePageRepository,
  ) {}

  /** Returns the page for the credential, or generic tags if unshared. */
  async render(credentialId: string): Promise<string> {
    const indexHtml = await this.readIndexHtml();
    const badge = await this.repository.findShared(credentialId);

    return injectPreview(
      indexHtml,
      badge === null ? GENERIC_PREVIEW : this.previewOf(badge),
    );
  }

  private previewOf(badge: SharedBadgeSummary): PagePreview {
    const base = this.config.publicUrl;
    const description = truncate(
      `Issued by ${badge.issuerName}. ${badge.achievementDescription}`,
      MAX_DESCRIPTION_LENGTH,
    );

    return {
      title: `${badge.achievementName} – Learnscape`,
      description,
      url: `${base}/badges/${badge.credentialId}`,
      imageUrl: `${base}/api/achievements/${badge.achievementId}/image`,
      twitterCard: 'summary_large_image',
    };
  }

  /**
   * Reads the built index.html on each request, as the catch-all page
   * handler does, so a rebuilt web app is served without a restart.
   * Without a built web app the route returns 404, as every other page
   * path does then.
   */
  private async readIndexHtml(): Promise<string> {
    const file = path.join(this.config.webDistDir, 'index.html');
    try {
      return await readFile(file, 'utf8');
    } catch (error) {
      this.logger.debug(
        `No web app page at ${file}: ${error instanceof Error ? error.message : String(error)}`,
      );
      throw new NotFoundError(
        'This server does not serve the web app, so it has no badge pages; open the badge through the web app instead.',
      );
    }
  }
}
