import type { MutationCase } from './case.js';

export const BADGE_IMPORT_CASES: MutationCase[] = [];
