import { Module } from '@nestjs/common';

import { AchievementsModule } from '../achievements/achievements.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { OpportunitiesModule } from '../opportunities/opportunities.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { PlacesModule } from '../places/places.module.js';
import { ReferenceDataModule } from '../reference-data/reference-data.module.js';
import { LearnerBadgesRepository } from './learner-badges.repository.js';
import { PathwayBuilder } from './pathway-builder.service.js';
import { PathwayCompletions } from './pathway-completions.service.js';
import { PathwayEvaluator } from './pathway-evaluator.service.js';
import {
  PathwayFieldsResolver,
  PathwayStepOptionFieldsResolver,
} from './pathway-fields.resolver.js';
import { PathwayLearnersRepository } from './pathway-learners.repository.js';
import { PathwayLearningResolver } from './pathway-learning.resolver.js';
import { PathwayLearning } from './pathway-learning.service.js';
import { PathwayPlacesRepository } from './pathway-places.repository.js';
import { PathwayQueries } from './pathway-queries.service.js';
import { PathwaysRepository } from './pathways.repository.js';
import { PathwaysResolver } from './pathways.resolver.js';

@Module({
  imports: [
    AchievementsModule,
    CredentialsModule,
    OpportunitiesModule,
    OrganisationsModule,
    PlacesModule,
    ReferenceDataModule,
  ],
  providers: [
    LearnerBadgesRepository,
    PathwayBuilder,
    PathwayCompletions,
    PathwayEvaluator,
    PathwayFieldsResolver,
    PathwayLearnersRepository,
    PathwayLearning,
    PathwayLearningResolver,
    PathwayPlacesRepository,
    PathwayQueries,
    PathwayStepOptionFieldsResolver,
    PathwaysRepository,
    PathwaysResolver,
  ],
  exports: [PathwayEvaluator, PathwayCompletions],
})
export class PathwaysModule {}
