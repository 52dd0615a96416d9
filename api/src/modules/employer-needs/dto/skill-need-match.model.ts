import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';

import { PageInfo } from '../../../common/pagination/page-info.model.js';

/** The kind of record that matches a skill need. */
export enum SkillNeedMatchKind {
  OPPORTUNITY = 'OPPORTUNITY',
  PATHWAY = 'PATHWAY',
}

registerEnumType(SkillNeedMatchKind, { name: 'SkillNeedMatchKind' });

@ObjectType('SkillNeedMatch', {
  description:
    'A published opportunity or pathway near a skill need that builds at least one of its skills.',
})
export class SkillNeedMatchModel {
  @Field(() => SkillNeedMatchKind)
  kind!: SkillNeedMatchKind;

  /** The opportunity or pathway id; the `opportunity` and `pathway` fields load it. */
  id!: string;

  /** Need skills it builds, as skill ids. */
  coveredSkillIds!: string[];

  @Field(() => Float, {
    description:
      'Kilometres from the need to the opportunity, or to the nearest published opportunity awarding one of the pathway’s step badges.',
  })
  distanceKm!: number;
}

@ObjectType('SkillNeedMatchEdge')
export class SkillNeedMatchEdge {
  @Field()
  cursor!: string;

  @Field(() => SkillNeedMatchModel)
  node!: SkillNeedMatchModel;
}

@ObjectType('SkillNeedMatchConnection')
export class SkillNeedMatchConnection {
  @Field(() => [SkillNeedMatchEdge])
  edges!: SkillNeedMatchEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counts every match, not only this page; runs only when selected. */
  countAll!: () => Promise<number>;
}

@ObjectType('PathwaySkillSuggestion', {
  description:
    'A published pathway near a skill need that builds skills the learner is missing.',
})
export class PathwaySkillSuggestionModel {
  pathwayId!: string;

  /** Missing need skills the pathway builds, as skill ids. */
  addsSkillIds!: string[];

  @Field(() => Float, {
    description:
      'Kilometres from the need to the nearest published opportunity awarding one of the pathway’s step badges.',
  })
  distanceKm!: number;
}

@ObjectType('LearnerSkillMatch', {
  description:
    'How the signed-in learner’s valid badges fit a skill need, and what nearby pathways would add.',
})
export class LearnerSkillMatchModel {
  /** Need skills the learner holds a valid badge for, as skill ids. */
  heldSkillIds!: string[];

  /** The other need skills, as skill ids. */
  missingSkillIds!: string[];

  @Field(() => [PathwaySkillSuggestionModel], {
    description:
      'Nearby published pathways adding at least one missing skill, most missing skills added first, then nearest.',
  })
  pathways!: PathwaySkillSuggestionModel[];
}
