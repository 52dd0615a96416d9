import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

import { Public } from '../../common/auth/access.decorators.js';
import { BadgePageService } from './badge-page.service.js';

/** Paths of public badge pages, which this controller renders. */
const BADGE_PAGE_PATH = /^\/badges\/[^/]+\/?$/;

/**
 * Tells whether `requestPath` is a badge page, so that the web app's
 * catch-all page handler leaves it to this controller.
 */
export function isBadgePagePath(requestPath: string): boolean {
  return BADGE_PAGE_PATH.test(requestPath);
}

/** The web app's page for a public badge, with its link preview tags. */
@Public()
@Controller('badges')
export class BadgePageController {
  constructor(private readonly pages: BadgePageService) {}

  @Get(':credentialId')
  async render(
    @Param('credentialId') credentialId: string,
    @Res() response: Response,
  ): Promise<void> {
    const html = await this.pages.render(credentialId);
    response
      .status(200)
      .set({
        'Content-Type': 'text/html; charset=utf-8',
        // Sharing can be turned off at any time, so caches must ask again.
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      })
      .send(html);
  }
}
