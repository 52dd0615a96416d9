import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { GeoPoint } from '../../../common/geo/geo-point.model.js';
import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import { PageInfo } from '../../../common/pagination/page-info.model.js';
import { OpportunityStatus } from '../../opportunities/opportunity.entity.js';
import { OrganisationKind } from '../../organisations/organisation.entity.js';
import { ProposalKind, ProposalStatus } from '../proposal.entity.js';

registerEnumType(ProposalKind, { name: 'ProposalKind' });
registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  valuesMap: {
    TAKEN_UP: {
      description: 'A provider made at least one draft listing from it.',
    },
  },
});

@ObjectType('Proposal', {
  description:
    'An opportunity or pathway idea that a learner put forward at a place. Hidden proposals reach only their author and moderators.',
})
export class ProposalModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ProposalKind)
  kind!: ProposalKind;

  @Field()
  title!: string;

  @Field({
    description: 'Plain text or Markdown; render it with raw HTML disabled.',
  })
  description!: string;

  @Field(() => GeoPoint, {
    description:
      'Where the idea would happen, rounded to 0.001° (about 100 m).',
  })
  location!: GeoPoint;

  @Field(() => String, {
    nullable: true,
    description: 'The gazetteer place chosen or nearest the point.',
  })
  placeName!: string | null;

  @Field(() => [Int], { description: 'SDG numbers, ascending.' })
  sdgNumbers!: number[];

  @Field(() => [ID], { description: 'Skill ids from `skills`.' })
  skillIds!: string[];

  @Field(() => ProposalStatus)
  status!: ProposalStatus;

  @Field({
    description: "The author's first name; nothing else about them is shown.",
  })
  authorFirstName!: string;

  @Field({ description: 'Whether a moderator hid it.' })
  hidden!: boolean;

  @Field(() => Int)
  supportCount!: number;

  @Field(() => Int, { description: 'Comments the viewer can see.' })
  commentCount!: number;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  authorId!: string;
  hiddenReason!: string | null;
}

@ObjectType('ProposalEdge')
export class ProposalEdge {
  @Field(() => ProposalModel)
  node!: ProposalModel;

  @Field()
  cursor!: string;
}

@ObjectType('ProposalConnection')
export class ProposalConnection {
  @Field(() => [ProposalEdge])
  edges!: ProposalEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType('ProposalComment', {
  description:
    'A comment on a proposal, by a person or on behalf of an organisation. Hidden comments reach only their author and moderators.',
})
export class ProposalCommentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  proposalId!: string;

  @Field()
  body!: string;

  @Field({ description: "The author's first name." })
  authorFirstName!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The organisation the author replied for; null for a personal comment.',
  })
  organisationId!: string | null;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field(() => OrganisationKind, { nullable: true })
  organisationKind!: OrganisationKind | null;

  @Field()
  hidden!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  authorId!: string;
  hiddenReason!: string | null;
}

@ObjectType('ProposalCommentEdge')
export class ProposalCommentEdge {
  @Field(() => ProposalCommentModel)
  node!: ProposalCommentModel;

  @Field()
  cursor!: string;
}

@ObjectType('ProposalCommentConnection')
export class ProposalCommentConnection {
  @Field(() => [ProposalCommentEdge])
  edges!: ProposalCommentEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType('ProposalOrganisation', {
  description: 'An organisation the viewer may speak for on proposals.',
})
export class ProposalOrganisationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;
}

@ObjectType('ProposalListing', {
  description: 'A listing that a provider made from a proposal.',
})
export class ProposalListingModel {
  @Field(() => ID)
  opportunityId!: string;

  @Field()
  title!: string;

  @Field(() => OpportunityStatus)
  status!: OpportunityStatus;

  @Field()
  organisationName!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType('ProposalReport', {
  description: 'A report of a proposal or of one of its comments.',
})
export class ProposalReportModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  proposalId!: string;

  @Field()
  proposalTitle!: string;

  @Field(() => ID, { nullable: true })
  commentId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The reported comment, for a report of a comment.',
  })
  commentBody!: string | null;

  @Field({ description: 'Whether the reported content is hidden now.' })
  contentHidden!: boolean;

  @Field()
  reason!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When a moderator acted on it; null while open.',
  })
  resolvedAt!: Date | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType('ProposalReportEdge')
export class ProposalReportEdge {
  @Field(() => ProposalReportModel)
  node!: ProposalReportModel;

  @Field()
  cursor!: string;
}

@ObjectType('ProposalReportConnection')
export class ProposalReportConnection {
  @Field(() => [ProposalReportEdge])
  edges!: ProposalReportEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
