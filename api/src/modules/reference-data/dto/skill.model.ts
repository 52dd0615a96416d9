import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { SkillGroup } from '../skill.entity.js';

registerEnumType(SkillGroup, {
  name: 'SkillGroup',
  description:
    "The World Economic Forum's three groups of 21st-century skills.",
});

@ObjectType('Skill', { description: 'A WEF 21st-century skill.' })
export class SkillModel {
  @Field(() => ID, {
    description: 'A stable slug such as `critical-thinking`.',
  })
  id!: string;

  @Field()
  name!: string;

  @Field(() => SkillGroup)
  group!: SkillGroup;

  @Field(() => Int, { description: 'Order within the framework, 1 to 16.' })
  position!: number;
}
