import type { Type } from '@nestjs/common';

import { Proposal } from './proposal.entity.js';
import { ProposalComment } from './proposal-comment.entity.js';
import { ProposalListing } from './proposal-listing.entity.js';
import { ProposalReport } from './proposal-report.entity.js';
import { ProposalSupport } from './proposal-support.entity.js';

/** The tables of this feature, listed in the app's entity list. */
export const PROPOSAL_ENTITIES: Type[] = [
  Proposal,
  ProposalSupport,
  ProposalComment,
  ProposalReport,
  ProposalListing,
];
