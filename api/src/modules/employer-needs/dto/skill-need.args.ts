import { ArgsType, Field, Float, ID, Int } from '@nestjs/graphql';

import {
  BoundingBoxInput,
  NearInput,
} from '../../opportunities/dto/search.args.js';
import { SkillNeedFilterInput } from './skill-need.inputs.js';

@ArgsType()
export class SkillNeedPageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: 20,
    description: '1 to 100; null means 20.',
  })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class SkillNeedArgs {
  @Field(() => ID)
  id!: string;
}

@ArgsType()
export class SkillNeedSearchArgs {
  @Field(() => NearInput, {
    nullable: true,
    description:
      'Sort nearest first from this point and keep those within `radiusKm`.',
  })
  near?: NearInput | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Kilometres from `near`, above 0 and at most 200; default 25.',
  })
  radiusKm?: number | null;

  @Field(() => BoundingBoxInput, {
    nullable: true,
    description: 'Only needs inside this map viewport.',
  })
  bbox?: BoundingBoxInput | null;

  @Field(() => SkillNeedFilterInput, { nullable: true })
  filter?: SkillNeedFilterInput | null;
}

@ArgsType()
export class SkillNeedsArgs extends SkillNeedSearchArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: 20,
    description: '1 to 100; null means 20.',
  })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class SkillNeedMarkersArgs extends SkillNeedSearchArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: 2000,
    description: '1 to 2000; null means 2000.',
  })
  limit?: number | null;
}

@ArgsType()
export class OrganisationSkillNeedsArgs extends SkillNeedPageArgs {
  @Field(() => ID)
  organisationId!: string;
}

@ArgsType()
export class MySkillNeedMatchesArgs extends SkillNeedPageArgs {
  @Field(() => NearInput, {
    nullable: true,
    description:
      'The point to match from; it is not stored. Null means the home place.',
  })
  near?: NearInput | null;
}
