import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

import { Public } from '../../../common/auth/access.decorators.js';
import { OpportunityPageService } from './opportunity-page.service.js';

/** Paths of public opportunity pages, which this controller renders. */
const OPPORTUNITY_PAGE_PATH = /^\/opportunities\/[^/]+\/?$/;

/**
 * Tells whether `requestPath` is an opportunity page, so that the web
 * app's catch-all page handler leaves it to this controller.
 */
export function isOpportunityPagePath(requestPath: string): boolean {
  return OPPORTUNITY_PAGE_PATH.test(requestPath);
}

/** The web app's page for an opportunity, with JSON-LD and preview tags. */
@Public()
@Controller('opportunities')
export class OpportunityPageController {
  constructor(private readonly pages: OpportunityPageService) {}

  @Get(':opportunityId')
  async render(
    @Param('opportunityId') opportunityId: string,
    @Res() response: Response,
  ): Promise<void> {
    const html = await this.pages.render(opportunityId);
    response
      .status(200)
      .set({
        'Content-Type': 'text/html; charset=utf-8',
        // A listing can be unpublished at any time, so caches must ask again.
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      })
      .send(html);
  }
}
