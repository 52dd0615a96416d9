import { ACCOUNT_CASES } from './account-cases.js';
import type { MutationCase } from './case.js';
import { LISTING_CASES } from './listing-cases.js';
import { ORGANISATION_CASES } from './organisation-cases.js';
import { REGISTRATION_CASES } from './registration-cases.js';

export type { Attempt, MutationCase } from './case.js';
export * from './records.js';
export * from './world.js';

/** One row per mutation of the schema, sorted by name. */
export const MUTATION_CASES: MutationCase[] = [
  ...ACCOUNT_CASES,
  ...LISTING_CASES,
  ...ORGANISATION_CASES,
  ...REGISTRATION_CASES,
].sort((a, b) => a.mutation.localeCompare(b.mutation));
