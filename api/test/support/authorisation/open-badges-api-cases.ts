import type { MutationCase } from './case.js';

export const OPEN_BADGES_API_CASES: MutationCase[] = [];
