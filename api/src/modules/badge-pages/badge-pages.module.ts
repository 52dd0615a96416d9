import { Module } from '@nestjs/common';

import { BadgePageController } from './badge-page.controller.js';
import { BadgePageRepository } from './badge-page.repository.js';
import { BadgePageService } from './badge-page.service.js';

@Module({
  controllers: [BadgePageController],
  providers: [BadgePageRepository, BadgePageService],
})
export class BadgePagesModule {}
