import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { GeoPoint } from '../../../common/geo/geo-point.model.js';
import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import {
  AccessibilitySupport,
  OpportunityKind,
  OpportunityMode,
  OpportunityStatus,
} from '../opportunity.entity.js';

registerEnumType(OpportunityKind, { name: 'OpportunityKind' });
registerEnumType(OpportunityMode, { name: 'OpportunityMode' });
registerEnumType(OpportunityStatus, { name: 'OpportunityStatus' });
registerEnumType(AccessibilitySupport, {
  name: 'AccessibilitySupport',
  description:
    'A group of the OpenActive accessibility-support vocabulary (https://openactive.io/accessibility-support).',
});

@ObjectType('Cost', { description: 'What taking part costs.' })
export class CostModel {
  @Field()
  free!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Price in the minor unit of the currency (cents, pence).',
  })
  amountMinor!: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code.' })
  currency!: string | null;
}

@ObjectType('OpportunitySession', {
  description: 'One dated occurrence of an opportunity.',
})
export class OpportunitySessionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  endsAt!: Date;

  @Field({ description: 'IANA time zone of the venue.' })
  timeZone!: string;
}

@ObjectType('Opportunity', {
  description: 'A workshop, mentoring, event or other way to learn.',
})
export class OpportunityModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field({ description: 'Markdown; render it with raw HTML disabled.' })
  description!: string;

  @Field(() => OpportunityKind)
  kind!: OpportunityKind;

  @Field(() => OpportunityMode)
  mode!: OpportunityMode;

  @Field(() => OpportunityStatus)
  status!: OpportunityStatus;

  @Field(() => GeoPoint, {
    nullable: true,
    description: 'The venue; null for online opportunities.',
  })
  location!: GeoPoint | null;

  @Field(() => String, { nullable: true })
  venueName!: string | null;

  @Field(() => String, { nullable: true })
  venueAddress!: string | null;

  @Field(() => CostModel)
  cost!: CostModel;

  @Field(() => Int, { nullable: true })
  minAge!: number | null;

  @Field(() => Int, { nullable: true })
  maxAge!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Places per session; null means unlimited.',
  })
  capacity!: number | null;

  @Field(() => [AccessibilitySupport], {
    description: 'The groups of access needs the opportunity caters for.',
  })
  accessibilitySupport!: AccessibilitySupport[];

  @Field(() => String, {
    nullable: true,
    description:
      'Plain text on access, such as step-free entry or a quiet room.',
  })
  accessibilityInformation!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The reviewer's reason for rejecting the listing; cleared when it is published.",
  })
  moderationNote!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the listing was last published.',
  })
  publishedAt!: Date | null;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  providerId!: string;

  placeId!: number | null;
}
