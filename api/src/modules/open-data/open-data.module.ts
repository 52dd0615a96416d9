import { Module } from '@nestjs/common';

import { OpportunitiesModule } from '../opportunities/opportunities.module.js';
import { PlacesModule } from '../places/places.module.js';
import { CalendarController } from './calendar/calendar.controller.js';
import { ExportController } from './export/export.controller.js';
import { ExportRepository } from './export/export.repository.js';
import { ExportService } from './export/export.service.js';
import { FeedController } from './feed/feed.controller.js';
import { FeedRepository } from './feed/feed.repository.js';
import { FeedService } from './feed/feed.service.js';
import { TombstonePurger } from './feed/tombstone-purger.js';
import { OPEN_DATA_RESOLVERS } from './open-data.resolvers.js';
import { OpportunityPageController } from './pages/opportunity-page.controller.js';
import { OpportunityPageService } from './pages/opportunity-page.service.js';
import { OpportunityRecordsRepository } from './records/opportunity-records.repository.js';

/**
 * Open data: the OpenActive RPDE feed, public opportunity pages with
 * schema.org JSON-LD, iCalendar files and GeoJSON and CSV exports.
 */
@Module({
  imports: [OpportunitiesModule, PlacesModule],
  controllers: [
    FeedController,
    OpportunityPageController,
    CalendarController,
    ExportController,
  ],
  providers: [
    ...OPEN_DATA_RESOLVERS,
    OpportunityRecordsRepository,
    FeedRepository,
    FeedService,
    TombstonePurger,
    OpportunityPageService,
    ExportRepository,
    ExportService,
  ],
})
export class OpenDataModule {}
