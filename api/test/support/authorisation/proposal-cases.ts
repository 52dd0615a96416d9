import type { MutationCase } from './case.js';

export const PROPOSAL_CASES: MutationCase[] = [];
