import { Field, ID, InputType, Int } from '@nestjs/graphql';

import { LatLngInput } from '../../listings/dto/opportunity.input.js';
import { OpportunityKind } from '../../opportunities/opportunity.entity.js';
import { ProposalKind } from '../proposal.entity.js';

@InputType('ProposalFieldsInput', {
  description:
    'A whole proposal. Give `location` (a point on the map) or `placeId` (a gazetteer place), not both. Problems come back as BAD_USER_INPUT with `extensions.field` and `extensions.problems`.',
})
export class ProposalFieldsInput {
  @Field(() => ProposalKind)
  kind!: ProposalKind;

  @Field({ description: '3 to 120 characters.' })
  title!: string;

  @Field({ description: 'Plain text or Markdown, at most 4,000 characters.' })
  description!: string;

  @Field(() => LatLngInput, {
    nullable: true,
    description: 'A point; stored rounded to 0.001° (about 100 m).',
  })
  location?: LatLngInput | null;

  @Field(() => ID, { nullable: true, description: 'A place from `places`.' })
  placeId?: string | null;

  @Field(() => [Int], { description: 'SDG numbers, 1 to 17.' })
  sdgs!: number[];

  @Field(() => [ID], { description: 'Skill ids from `skills`.' })
  skills!: string[];
}

@InputType('CreateProposalInput')
export class CreateProposalInput {
  @Field(() => ProposalFieldsInput)
  proposal!: ProposalFieldsInput;
}

@InputType('UpdateProposalInput')
export class UpdateProposalInput {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => ProposalFieldsInput)
  proposal!: ProposalFieldsInput;
}

@InputType('ProposalIdInput', { description: 'Names one proposal.' })
export class ProposalIdInput {
  @Field(() => ID)
  proposalId!: string;
}

@InputType('CommentOnProposalInput')
export class CommentOnProposalInput {
  @Field(() => ID)
  proposalId!: string;

  @Field({ description: '1 to 2,000 characters.' })
  body!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Reply for this provider or council; the viewer must be its owner or editor. Omit for a personal comment.',
  })
  organisationId?: string | null;
}

@InputType('ModerateProposalInput', {
  description: 'Hides or shows a proposal again, with the reason.',
})
export class ModerateProposalInput {
  @Field(() => ID)
  proposalId!: string;

  @Field({ description: '5 to 1,000 characters; the author sees it.' })
  reason!: string;
}

@InputType('ModerateProposalCommentInput', {
  description: 'Hides or shows a comment again, with the reason.',
})
export class ModerateProposalCommentInput {
  @Field(() => ID)
  commentId!: string;

  @Field({ description: '5 to 1,000 characters; the author sees it.' })
  reason!: string;
}

@InputType('ReportProposalInput')
export class ReportProposalInput {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'A comment of the proposal; omit to report the proposal itself.',
  })
  commentId?: string | null;

  @Field({ description: '5 to 1,000 characters, shown to moderators.' })
  reason!: string;
}

@InputType('DismissProposalReportInput')
export class DismissProposalReportInput {
  @Field(() => ID)
  reportId!: string;
}

@InputType('ConvertProposalToListingInput')
export class ConvertProposalToListingInput {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => ID, {
    description:
      'The provider whose draft it becomes; the viewer must be its owner or editor.',
  })
  organisationId!: string;

  @Field(() => OpportunityKind, { description: 'The kind of listing.' })
  kind!: OpportunityKind;
}
