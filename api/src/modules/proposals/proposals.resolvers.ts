import type { Type } from '@nestjs/common';

import { OpportunityProposalResolver } from './opportunity-proposal.resolver.js';
import {
  ProposalCommentFieldsResolver,
  ProposalFieldsResolver,
} from './proposal-fields.resolver.js';
import { ProposalModerationResolver } from './proposal-moderation.resolver.js';
import { ProposalsResolver } from './proposals.resolver.js';

/** The resolvers of this feature, listed for printing the schema. */
export const PROPOSAL_RESOLVERS: Type[] = [
  ProposalsResolver,
  ProposalModerationResolver,
  ProposalFieldsResolver,
  ProposalCommentFieldsResolver,
  OpportunityProposalResolver,
];
