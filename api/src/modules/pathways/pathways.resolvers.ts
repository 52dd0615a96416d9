import type { Type } from '@nestjs/common';

import {
  PathwayFieldsResolver,
  PathwayStepOptionFieldsResolver,
} from './pathway-fields.resolver.js';
import { PathwayLearningResolver } from './pathway-learning.resolver.js';
import { PathwaysResolver } from './pathways.resolver.js';

/** The resolvers of this feature, listed for printing the schema. */
export const PATHWAY_RESOLVERS: Type[] = [
  PathwaysResolver,
  PathwayLearningResolver,
  PathwayFieldsResolver,
  PathwayStepOptionFieldsResolver,
];
