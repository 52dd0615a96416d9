import type { Type } from '@nestjs/common';

import {
  CouncilInsightsFieldsResolver,
  InsightsResolver,
} from './insights.resolver.js';
import { SkillGapFieldsResolver } from './skill-gap-fields.resolver.js';

/** The resolvers of this feature, listed for printing the schema. */
export const INSIGHT_RESOLVERS: Type[] = [
  InsightsResolver,
  CouncilInsightsFieldsResolver,
  SkillGapFieldsResolver,
];
