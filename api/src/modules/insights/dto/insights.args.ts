import {
  ArgsType,
  Field,
  Float,
  ID,
  Int,
  registerEnumType,
} from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';

/** Lengths of the `overTime` buckets; each value is a `date_trunc` field. */
export enum InsightPeriod {
  WEEK = 'week',
  MONTH = 'month',
}

/** Cell shapes of the density grid. */
export enum GridShape {
  HEXAGON = 'hexagon',
  SQUARE = 'square',
}

registerEnumType(InsightPeriod, {
  name: 'InsightPeriod',
  description: 'Calendar buckets in UTC; weeks start on Monday.',
});
registerEnumType(GridShape, { name: 'GridShape' });

@ArgsType()
export class CouncilInsightsArgs {
  @Field(() => ID, { description: 'A council organisation with an area.' })
  councilId!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'Start of the window, inclusive; default 12 months before `to`. Rounded down to midnight UTC, so that windows cover whole UTC days.',
  })
  from?: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'End of the window, exclusive; default now. Rounded up to the next midnight UTC (unless it is one), so that windows cover whole UTC days. At most 5 years after `from`, once rounded.',
  })
  to?: Date | null;
}

@ArgsType()
export class InsightOverTimeArgs {
  @Field(() => InsightPeriod, {
    nullable: true,
    defaultValue: InsightPeriod.MONTH,
  })
  period?: InsightPeriod | null;
}

@ArgsType()
export class DensityGridArgs {
  @Field(() => Float, {
    nullable: true,
    defaultValue: 2,
    description:
      'Cell size in kilometres, 0.5 to 50: the side of a square, or of a hexagon (its centre to a corner).',
  })
  cellKm?: number | null;

  @Field(() => GridShape, { nullable: true, defaultValue: GridShape.HEXAGON })
  shape?: GridShape | null;
}

@ArgsType()
export class SkillGapsArgs {
  @Field(() => Float, {
    nullable: true,
    defaultValue: 10,
    description:
      'Kilometres, 0.5 to 200: a need is unmet when no published opportunity building the skill lies this close.',
  })
  gapDistanceKm?: number | null;
}

@ArgsType()
export class SdgGapsArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: 3,
    description:
      '0 to 100: SDGs with fewer published opportunities than this are gaps.',
  })
  fewThreshold?: number | null;
}
