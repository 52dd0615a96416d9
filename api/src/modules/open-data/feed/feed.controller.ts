import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { Response } from 'express';

import { Public } from '../../../common/auth/access.decorators.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { feedUrl } from '../records/open-data-urls.js';
import { FeedService, OPEN_DATA_LICENSE } from './feed.service.js';
import { parseFeedQuery } from './feed-params.js';

/**
 * Cache lifetimes that OpenActive's feed-scaling guidance recommends: an
 * hour for a page with items, whose content only moves on, and 8 seconds
 * for the last page, which consumers poll for new changes.
 */
const FULL_PAGE_CACHE = 'public, max-age=3600';
const LAST_PAGE_CACHE = 'public, max-age=8';

/** The OpenActive feed and its dataset description; open to everyone. */
@Public()
@Controller('openactive')
export class FeedController {
  constructor(
    private readonly feed: FeedService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('feeds/opportunities')
  async opportunities(
    @Query() query: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const page = await this.feed.page(parseFeedQuery(query));
    response
      .status(200)
      .set({
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control':
          page.items.length > 0 ? FULL_PAGE_CACHE : LAST_PAGE_CACHE,
        'Access-Control-Allow-Origin': '*',
        'X-Content-Type-Options': 'nosniff',
      })
      .send(JSON.stringify(page));
  }

  /** Returns a schema.org Dataset that names the feed, for dataset catalogues. */
  @Get()
  dataset(@Res() response: Response): void {
    const base = this.config.publicUrl;
    const dataset = {
      '@context': ['https://schema.org/', 'https://openactive.io/'],
      '@type': 'Dataset',
      '@id': `${base}/openactive`,
      url: `${base}/openactive`,
      name: 'Learnscape learning opportunities',
      description:
        'Published learning opportunities for young people: courses, workshops, events and drop-in sessions with their venues, ages, prices, accessibility and SDG and skill tags.',
      license: OPEN_DATA_LICENSE,
      publisher: { '@type': 'Organization', name: 'Learnscape', url: base },
      keywords: ['learning', 'young people', 'OpenActive', 'SDG', 'skills'],
      distribution: [
        {
          '@type': 'DataDownload',
          name: 'Opportunities',
          encodingFormat: 'application/vnd.openactive.rpde+json; version=1',
          contentUrl: feedUrl(base),
        },
      ],
    };
    response
      .status(200)
      .set({
        'Content-Type': 'application/ld+json; charset=utf-8',
        'Cache-Control': 'public, max-age=3600',
        'Access-Control-Allow-Origin': '*',
      })
      .send(JSON.stringify(dataset));
  }
}
