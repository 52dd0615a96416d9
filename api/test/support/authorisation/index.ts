import { ACCOUNT_CASES } from './account-cases.js';
import { ACHIEVEMENT_CASES } from './achievement-cases.js';
import { AWARD_CASES } from './award-cases.js';
import { BACKPACK_CASES } from './backpack-cases.js';
import { BADGE_IMPORT_CASES } from './badge-import-cases.js';
import type { MutationCase } from './case.js';
import { CREDENTIAL_CASES } from './credential-cases.js';
import { EMPLOYER_NEED_CASES } from './employer-need-cases.js';
import { LISTING_CASES } from './listing-cases.js';
import { OPEN_BADGES_API_CASES } from './open-badges-api-cases.js';
import { ORGANISATION_CASES } from './organisation-cases.js';
import { PATHWAY_CASES } from './pathway-cases.js';
import { PROPOSAL_CASES } from './proposal-cases.js';
import { REGISTRATION_CASES } from './registration-cases.js';
import { VERIFICATION_CASES } from './verification-cases.js';

export type { Attempt, MutationCase } from './case.js';
export * from './records.js';
export * from './world.js';

/** One row per mutation of the schema, sorted by name. */
export const MUTATION_CASES: MutationCase[] = [
  ...ACCOUNT_CASES,
  ...ACHIEVEMENT_CASES,
  ...AWARD_CASES,
  ...CREDENTIAL_CASES,
  ...LISTING_CASES,
  ...ORGANISATION_CASES,
  ...REGISTRATION_CASES,
  ...VERIFICATION_CASES,
  ...BACKPACK_CASES,
  ...BADGE_IMPORT_CASES,
  ...OPEN_BADGES_API_CASES,
  ...PATHWAY_CASES,
  ...PROPOSAL_CASES,
  ...EMPLOYER_NEED_CASES,
].sort((a, b) => a.mutation.localeCompare(b.mutation));
