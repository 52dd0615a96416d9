import type { Type } from '@nestjs/common';

import { EmployerContactResolver } from './employer-contact.resolver.js';
import {
  LearnerContactBadgeFieldsResolver,
  LearnerContactConnectionResolver,
  LearnerContactFieldsResolver,
  LearnerSkillMatchFieldsResolver,
  PathwaySkillSuggestionFieldsResolver,
  SkillNeedMatchConnectionResolver,
  SkillNeedMatchFieldsResolver,
} from './match-fields.resolver.js';
import {
  SkillNeedConnectionResolver,
  SkillNeedFieldsResolver,
} from './skill-need-fields.resolver.js';
import { SkillNeedsResolver } from './skill-needs.resolver.js';

/** The resolvers of this feature, listed for printing the schema. */
export const EMPLOYER_NEED_RESOLVERS: Type[] = [
  SkillNeedsResolver,
  SkillNeedFieldsResolver,
  SkillNeedConnectionResolver,
  SkillNeedMatchFieldsResolver,
  SkillNeedMatchConnectionResolver,
  LearnerSkillMatchFieldsResolver,
  PathwaySkillSuggestionFieldsResolver,
  LearnerContactFieldsResolver,
  LearnerContactBadgeFieldsResolver,
  LearnerContactConnectionResolver,
  EmployerContactResolver,
];
