import type {
  OpportunityKind,
  ProposalKind,
  ProposalStatus,
} from '@/gql/graphql';

export const PROPOSAL_KINDS: readonly ProposalKind[] = [
  'OPPORTUNITY',
  'PATHWAY',
];

export const PROPOSAL_STATUSES: readonly ProposalStatus[] = [
  'OPEN',
  'TAKEN_UP',
  'WITHDRAWN',
];

export const LISTING_KINDS: readonly OpportunityKind[] = [
  'WORKSHOP',
  'MENTORING',
  'WORK_EXPERIENCE',
  'EVENT',
  'COURSE',
  'VOLUNTEERING',
  'YOUTH_CAFE',
];
