import type { MutationCase } from './case.js';

export const BACKPACK_CASES: MutationCase[] = [];
