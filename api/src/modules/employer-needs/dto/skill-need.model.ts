import {
  Field,
  Float,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';

import { GeoPoint } from '../../../common/geo/geo-point.model.js';
import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import { PageInfo } from '../../../common/pagination/page-info.model.js';
import { SkillNeedStatus } from '../skill-need.entity.js';

registerEnumType(SkillNeedStatus, {
  name: 'SkillNeedStatus',
  valuesMap: {
    OPEN: { description: 'Taking applications until `closesOn`.' },
    CLOSED: { description: 'Closed early by the employer.' },
  },
});

@ObjectType('SkillNeed', {
  description:
    'Skills an employer needs at a place. Open needs are public; closed ones and those past `closesOn` reach only members of the employer and admins.',
})
export class SkillNeedModel {
  @Field(() => ID)
  id!: string;

  employerId!: string;

  @Field()
  title!: string;

  @Field({
    description: 'Plain text or Markdown; render it with raw HTML disabled.',
  })
  description!: string;

  /** WEF skill ids; the `skills` field resolves them. */
  skillIds!: string[];

  @Field(() => [String], {
    description:
      'ESCO skill URIs, such as `http://data.europa.eu/esco/skill/<uuid>`.',
  })
  escoSkillUris!: string[];

  @Field(() => GeoPoint, {
    description: 'The workplace, or the centre of the area of the work.',
  })
  location!: GeoPoint;

  @Field(() => String, {
    nullable: true,
    description: 'The gazetteer place chosen or nearest the point.',
  })
  placeName!: string | null;

  /** The gazetteer place chosen or nearest the point. */
  placeId!: number | null;

  radiusMetres!: number;

  @Field(() => Int)
  openings!: number;

  @Field({
    description:
      'The last day applications are taken, as YYYY-MM-DD; the need is open through that whole day (UTC).',
  })
  closesOn!: string;

  @Field({ description: 'An https link or a mailto: address.' })
  applyUrl!: string;

  @Field(() => SkillNeedStatus)
  status!: SkillNeedStatus;

  @Field({
    description: 'Whether it is OPEN and `closesOn` is today or later (UTC).',
  })
  isOpen!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

@ObjectType('SkillNeedEdge')
export class SkillNeedEdge {
  @Field()
  cursor!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Great-circle distance from `near` (or the home place), in kilometres; null without a point.',
  })
  distanceKm!: number | null;

  @Field(() => SkillNeedModel)
  node!: SkillNeedModel;
}

@ObjectType('SkillNeedConnection')
export class SkillNeedConnection {
  @Field(() => [SkillNeedEdge])
  edges!: SkillNeedEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counts every match, not only this page; runs only when selected. */
  countAll!: () => Promise<number>;
}

@ObjectType('SkillNeedMarker', {
  description: 'The little a map needs to place one open skill need.',
})
export class SkillNeedMarker {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;

  @Field(() => [String], { description: 'Skill ids from `skills`.' })
  skillIds!: string[];

  @Field()
  employerName!: string;
}
