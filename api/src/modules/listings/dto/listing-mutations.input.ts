import { Field, ID, InputType } from '@nestjs/graphql';

import { OpportunityInput } from './opportunity.input.js';

@InputType('CreateOpportunityInput')
export class CreateOpportunityInput {
  @Field(() => ID, { description: 'A provider organisation.' })
  organisationId!: string;

  @Field(() => OpportunityInput)
  listing!: OpportunityInput;
}

@InputType('UpdateOpportunityInput')
export class UpdateOpportunityInput {
  @Field(() => ID)
  opportunityId!: string;

  @Field(() => OpportunityInput)
  listing!: OpportunityInput;
}

@InputType('SubmitOpportunityInput')
export class SubmitOpportunityInput {
  @Field(() => ID)
  opportunityId!: string;
}

@InputType('ArchiveOpportunityInput')
export class ArchiveOpportunityInput {
  @Field(() => ID)
  opportunityId!: string;
}

@InputType('ApproveOpportunityInput')
export class ApproveOpportunityInput {
  @Field(() => ID)
  opportunityId!: string;
}

@InputType('RejectOpportunityInput')
export class RejectOpportunityInput {
  @Field(() => ID)
  opportunityId!: string;

  @Field({
    description: '5 to 1000 characters, shown to the provider.',
  })
  reason!: string;
}
