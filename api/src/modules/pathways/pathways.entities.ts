import type { Type } from '@nestjs/common';

import { Pathway } from './pathway.entity.js';
import {
  PathwayCompletion,
  PathwayFollower,
} from './pathway-learner.entities.js';
import { PathwayStep, PathwayStepOption } from './pathway-step.entity.js';

/** The tables of this feature, listed in the app's entity list. */
export const PATHWAY_ENTITIES: Type[] = [
  Pathway,
  PathwayStep,
  PathwayStepOption,
  PathwayFollower,
  PathwayCompletion,
];
