import type { Type } from '@nestjs/common';

import { EmployerContactConsent } from './employer-contact-consent.entity.js';
import { SkillNeed } from './skill-need.entity.js';

/** The tables of this feature, listed in the app's entity list. */
export const EMPLOYER_NEED_ENTITIES: Type[] = [
  SkillNeed,
  EmployerContactConsent,
];
