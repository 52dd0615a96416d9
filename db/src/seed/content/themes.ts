import type { Theme } from './theme.js';
import { DIGITAL_CREATIVE_THEMES } from './themes-digital-creative.js';
import { ENVIRONMENT_THEMES } from './themes-environment.js';
import { WORK_COMMUNITY_THEMES } from './themes-work-community.js';

export type { Theme } from './theme.js';

export const THEMES: readonly Theme[] = [
  ...ENVIRONMENT_THEMES,
  ...DIGITAL_CREATIVE_THEMES,
  ...WORK_COMMUNITY_THEMES,
];
