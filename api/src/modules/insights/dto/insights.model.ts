import { Field, Int, ObjectType } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import { SuppressedCount } from '../../../common/privacy/suppressed-count.model.js';
import { OrganisationModel } from '../../organisations/dto/organisation.model.js';
import { SdgModel } from '../../reference-data/dto/sdg.model.js';
import { SkillModel } from '../../reference-data/dto/skill.model.js';

@ObjectType('InsightFigure', {
  description:
    'Activity of one group of published opportunities in the window. People counts from 1 to 4 are suppressed; in a breakdown with exactly one such count in a measure, the next smallest non-zero count of that measure is suppressed too.',
})
export class InsightFigure {
  @Field({
    description:
      'The group: an SDG number, a skill id, a place id, or `total`.',
  })
  key!: string;

  @Field({ description: 'The SDG short title, skill name or place name.' })
  label!: string;

  @Field(() => Int, {
    description:
      'Published opportunities in the area with a session in the window. Not suppressed: listings are not people.',
  })
  opportunities!: number;

  @Field(() => SuppressedCount, {
    description:
      'Registrations made in the window for their sessions, waiting-list places included and withdrawn ones left out.',
  })
  registrations!: SuppressedCount;

  @Field(() => SuppressedCount, {
    description: 'Registrations marked attended in the window.',
  })
  attendances!: SuppressedCount;

  @Field(() => SuppressedCount, {
    description:
      'Badges issued in the window for these opportunities, revoked and suspended ones included.',
  })
  badgesIssued!: SuppressedCount;
}

@ObjectType('InsightTimePoint', {
  description: 'The same figures as InsightFigure for one week or month.',
})
export class InsightTimePoint {
  @Field({ description: 'First day of the period (UTC), as YYYY-MM-DD.' })
  periodStart!: string;

  @Field(() => Int)
  opportunities!: number;

  @Field(() => SuppressedCount)
  registrations!: SuppressedCount;

  @Field(() => SuppressedCount)
  attendances!: SuppressedCount;

  @Field(() => SuppressedCount)
  badgesIssued!: SuppressedCount;
}

@ObjectType('InsightGridCell', {
  description: 'A grid cell that meets the council area.',
})
export class InsightGridCell {
  @Field({ description: 'Stable within one grid: `<column>:<row>`.' })
  id!: string;

  @Field({
    description: 'The cell as GeoJSON Polygon text, [longitude, latitude].',
  })
  polygon!: string;

  @Field(() => Int, {
    description:
      'Published in-person opportunities whose venue is in the cell and the area.',
  })
  opportunities!: number;
}

@ObjectType('SkillGap', {
  description:
    'A skill that open employer needs in the area ask for, with the needs that have no published opportunity building it within the gap distance.',
})
export class SkillGap {
  @Field(() => SkillModel)
  skill!: SkillModel;

  @Field(() => Int, { description: 'Unmet needs asking for the skill.' })
  needCount!: number;

  @Field(() => Int, { description: 'Openings of those needs, summed.' })
  openings!: number;

  /** The unmet needs' ids, soonest closing first. */
  needIds!: string[];
}

@ObjectType('SdgGap', {
  description: 'An SDG with few published opportunities in the area.',
})
export class SdgGap {
  @Field(() => SdgModel)
  sdg!: SdgModel;

  @Field(() => Int, {
    description: 'Published opportunities in the area, whatever their dates.',
  })
  opportunities!: number;
}

@ObjectType('CouncilInsights', {
  description:
    "Activity and gaps of the published opportunities in a council's area.",
})
export class CouncilInsights {
  @Field(() => OrganisationModel)
  council!: OrganisationModel;

  @Field(() => DateTimeScalar, {
    description: 'Inclusive; midnight UTC, the requested `from` rounded down.',
  })
  from!: Date;

  @Field(() => DateTimeScalar, {
    description: 'Exclusive; midnight UTC, the requested `to` rounded up.',
  })
  to!: Date;
}
