import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

import { Public } from '../../../common/auth/access.decorators.js';
import {
  BadUserInputError,
  NotFoundError,
} from '../../../common/errors/domain-error.js';
import { UUID_PATTERN } from '../../../common/pagination/cursor.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { slugOf } from '../../registrations/registrations-csv.js';
import { OpportunityRecordsRepository } from '../records/opportunity-records.repository.js';
import { opportunityCalendar } from './opportunity-calendar.js';

/** The sessions of a published opportunity as an iCalendar file. */
@Public()
@Controller('api/opportunities')
export class CalendarController {
  constructor(
    private readonly records: OpportunityRecordsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':opportunityId/calendar.ics')
  async calendar(
    @Param('opportunityId') opportunityId: string,
    @Res() response: Response,
  ): Promise<void> {
    if (!UUID_PATTERN.test(opportunityId)) {
      throw new BadUserInputError(
        `"${opportunityId.slice(0, 60)}" is not an opportunity id; expected a UUID.`,
      );
    }
    const record = await this.records.findOnePublished(
      opportunityId.toLowerCase(),
    );
    if (record === null) {
      throw new NotFoundError(
        `Opportunity ${opportunityId} is not published or does not exist.`,
      );
    }
    if (record.sessions.length === 0) {
      // RFC 5545 requires a calendar to contain at least one component.
      throw new NotFoundError(
        `Opportunity ${record.id} has no sessions to add to a calendar yet.`,
      );
    }
    const fileName = `${slugOf(record.title) || record.id}.ics`;
    response
      .status(200)
      .set({
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${fileName}"`,
        // Sessions can move or be cancelled, so caches must ask again.
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      })
      .send(opportunityCalendar(record, this.config.publicUrl, new Date()));
  }
}
