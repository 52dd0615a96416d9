import type { MutationCase } from './case.js';

export const PATHWAY_CASES: MutationCase[] = [];
