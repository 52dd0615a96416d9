import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import {
  AccessibilitySupport,
  OpportunityKind,
  OpportunityMode,
} from '../../opportunities/opportunity.entity.js';

@InputType('LatLngInput', { description: 'A position in WGS 84 degrees.' })
export class LatLngInput {
  @Field(() => Float, { description: 'Degrees, -90 to 90.' })
  latitude!: number;

  @Field(() => Float, { description: 'Degrees, -180 to 180.' })
  longitude!: number;
}

@InputType('SessionInput', { description: 'One dated occurrence.' })
export class SessionInput {
  @Field(() => ID, {
    nullable: true,
    description: 'An existing session to keep; omit for a new session.',
  })
  id?: string | null;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: 'Later than `startsAt`.' })
  endsAt!: Date;

  @Field({ description: 'IANA time zone, such as Australia/Sydney.' })
  timeZone!: string;
}

@InputType('OpportunityInput', {
  description:
    'A whole listing. Problems come back as BAD_USER_INPUT with `extensions.field` (such as `input.listing.sessions.0.endsAt`) for the first and `extensions.problems` for all of them.',
})
export class OpportunityInput {
  @Field({ description: '3 to 120 characters.' })
  title!: string;

  @Field({ description: '10 to 300 characters.' })
  summary!: string;

  @Field({ description: 'Markdown, at most 20,000 characters.' })
  description!: string;

  @Field(() => OpportunityKind)
  kind!: OpportunityKind;

  @Field(() => OpportunityMode)
  mode!: OpportunityMode;

  @Field(() => LatLngInput, {
    nullable: true,
    description: 'The venue; null for online opportunities.',
  })
  location?: LatLngInput | null;

  @Field(() => String, {
    nullable: true,
    description: 'Needed with a location.',
  })
  venueName?: string | null;

  @Field(() => String, { nullable: true })
  venueAddress?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Price in minor units (cents, pence); null means free.',
  })
  costMinor?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 4217 code; needed with a price.',
  })
  currency?: string | null;

  @Field(() => Int, { nullable: true })
  minAge?: number | null;

  @Field(() => Int, { nullable: true })
  maxAge?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Places per session; null means unlimited.',
  })
  capacity?: number | null;

  @Field(() => [AccessibilitySupport], {
    nullable: true,
    description:
      'The groups of access needs catered for, each at most once. Omitted on an update, the stored groups are kept; null or an empty list means none.',
  })
  accessibilitySupport?: AccessibilitySupport[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Plain text on access, at most 1000 characters. Omitted on an update, the stored text is kept; null or blank clears it.',
  })
  accessibilityInformation?: string | null;

  @Field(() => [Int], { description: 'SDG numbers, 1 to 17.' })
  sdgs!: number[];

  @Field(() => [ID], { description: 'Skill ids from `skills`.' })
  skills!: string[];

  @Field(() => ID, {
    nullable: true,
    description:
      'The badge that taking part earns: an unarchived achievement of the same organisation; null for none.',
  })
  achievementId?: string | null;

  @Field(() => [SessionInput], {
    description:
      'Every session the listing keeps: sessions left out are deleted, which fails while they have registrations.',
  })
  sessions!: SessionInput[];
}
