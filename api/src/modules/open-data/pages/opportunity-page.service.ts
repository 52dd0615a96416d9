import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { Inject, Injectable, Logger } from '@nestjs/common';

import { NotFoundError } from '../../../common/errors/domain-error.js';
import { UUID_PATTERN } from '../../../common/pagination/cursor.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import {
  injectPreview,
  type PagePreview,
  truncate,
} from '../../badge-pages/open-graph.js';
import { opportunityPageUrl } from '../records/open-data-urls.js';
import type { OpportunityRecord } from '../records/opportunity-record.js';
import { OpportunityRecordsRepository } from '../records/opportunity-records.repository.js';
import { injectIntoHead, jsonLdScript } from './json-ld-script.js';
import { toSchemaOrg } from './schema-org.js';

/** Link previews cut descriptions here; longer ones get an ellipsis. */
const MAX_DESCRIPTION_LENGTH = 200;

/** The preview of every opportunity page that is not published. */
const GENERIC_PREVIEW: PagePreview = {
  title: 'Opportunity – Learnscape',
  description:
    'A learning opportunity on Learnscape, the place-based marketplace of learning opportunities.',
  twitterCard: 'summary',
};

/**
 * Renders the web app's page for `/opportunities/:id` with schema.org
 * JSON-LD and link preview tags, which search engines and chat apps read
 * without running the app's JavaScript.
 */
@Injectable()
export class OpportunityPageService {
  private readonly logger = new Logger(OpportunityPageService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly records: OpportunityRecordsRepository,
  ) {}

  /**
   * Returns the page of a published opportunity, or the app with generic
   * tags and no data for any other id, so drafts cannot be probed.
   */
  async render(id: string): Promise<string> {
    const indexHtml = await this.readIndexHtml();
    const record = UUID_PATTERN.test(id)
      ? await this.records.findOnePublished(id.toLowerCase())
      : null;
    if (record === null) return injectPreview(indexHtml, GENERIC_PREVIEW);
    const withPreview = injectPreview(indexHtml, this.previewOf(record));

    return injectIntoHead(
      withPreview,
      jsonLdScript(toSchemaOrg(record, this.config.publicUrl)),
    );
  }

  private previewOf(record: OpportunityRecord): PagePreview {
    return {
      title: `${record.title} – Learnscape`,
      description: truncate(
        `${record.provider.name}. ${record.summary}`,
        MAX_DESCRIPTION_LENGTH,
      ),
      url: opportunityPageUrl(this.config.publicUrl, record.id),
      twitterCard: 'summary',
    };
  }

  /**
   * Reads the built index.html on each request, as the catch-all page
   * handler does, so a rebuilt web app is served without a restart.
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
        'This server does not serve the web app, so it has no opportunity pages; use the GraphQL opportunity query instead.',
      );
    }
  }
}
