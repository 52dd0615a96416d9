import { Module } from '@nestjs/common';

import { AchievementsModule } from '../achievements/achievements.module.js';
import { CredentialExportsModule } from '../credential-exports/credential-exports.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { BackpackRepository } from './backpack.repository.js';
import { BackpackResolver } from './backpack.resolver.js';
import { BackpackService } from './backpack.service.js';
import { BackpackItemsRepository } from './backpack-items.repository.js';
import { CollectionFieldsResolver } from './collections/collection-fields.resolver.js';
import { CollectionItemsService } from './collections/collection-items.service.js';
import { CollectionsRepository } from './collections/collections.repository.js';
import { CollectionsResolver } from './collections/collections.resolver.js';
import { CollectionsService } from './collections/collections.service.js';
import { CredentialFieldsResolver } from './credential-fields.resolver.js';
import { BackpackExportController } from './export/backpack-export.controller.js';
import { BackpackExportService } from './export/backpack-export.service.js';
import { BackpackListResolver } from './list/backpack-list.resolver.js';
import { BackpackListService } from './list/backpack-list.service.js';

/**
 * Reading and sharing credentials, the learner's backpack with its
 * collections and zip export; imported by AwardsModule.
 */
@Module({
  imports: [AchievementsModule, CredentialExportsModule, OrganisationsModule],
  controllers: [BackpackExportController],
  providers: [
    BackpackExportService,
    BackpackItemsRepository,
    BackpackListResolver,
    BackpackListService,
    BackpackRepository,
    BackpackResolver,
    BackpackService,
    CollectionFieldsResolver,
    CollectionItemsService,
    CollectionsRepository,
    CollectionsResolver,
    CollectionsService,
    CredentialFieldsResolver,
  ],
  exports: [BackpackRepository, BackpackService],
})
export class BackpackModule {}
