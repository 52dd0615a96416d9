import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';

import { NearInput } from '../../opportunities/dto/search.args.js';
import { SkillNeedStatus } from '../skill-need.entity.js';

@InputType('SkillNeedFilterInput', {
  description: 'Every filter given must match.',
})
export class SkillNeedFilterInput {
  @Field(() => [ID], {
    nullable: true,
    description: 'Skill ids; a need with any of them matches.',
  })
  skills?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words to find in the title or description; at most 200 characters.',
  })
  text?: string | null;
}

@InputType('CreateSkillNeedInput', {
  description:
    'A new skill need. Problems come back as BAD_USER_INPUT with `extensions.field` and `extensions.problems`.',
})
export class CreateSkillNeedInput {
  @Field(() => ID, {
    description: 'A verified employer where the viewer is an owner or editor.',
  })
  employerId!: string;

  @Field({
    description:
      '3 to 120 characters with at least one visible character; no control or text direction characters.',
  })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Plain text or Markdown, at most 5,000 characters.',
  })
  description?: string | null;

  @Field(() => [ID], { description: '1 to 8 skill ids from `skills`.' })
  skillIds!: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'Up to 10 ESCO skill URIs, each `http://data.europa.eu/esco/skill/<uuid>`.',
  })
  escoSkillUris?: string[] | null;

  @Field(() => NearInput, {
    description:
      'The workplace: both coordinates, or the id of a place from `places`.',
  })
  location!: NearInput;

  @Field(() => Float, {
    description:
      'Kilometres around the location that count as local, 5 to 200.',
  })
  radiusKm!: number;

  @Field(() => Int, { description: '1 to 10,000.' })
  openings!: number;

  @Field({
    description: 'YYYY-MM-DD, from today (UTC) to two years ahead.',
  })
  closesOn!: string;

  @Field({
    description:
      'An https:// link written as https://host/..., or mailto:address with an optional ?subject=. Stored as the URL parser writes it.',
  })
  applyUrl!: string;
}

@InputType('UpdateSkillNeedInput', {
  description:
    'Fields left out keep their value. Reopening (status OPEN) needs `closesOn` today or later.',
})
export class UpdateSkillNeedInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      '3 to 120 characters with at least one visible character; no control or text direction characters.',
  })
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Plain text or Markdown, at most 5,000 characters.',
  })
  description?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: '1 to 8 skill ids from `skills`.',
  })
  skillIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Up to 10 ESCO skill URIs.',
  })
  escoSkillUris?: string[] | null;

  @Field(() => NearInput, { nullable: true })
  location?: NearInput | null;

  @Field(() => Float, { nullable: true, description: '5 to 200.' })
  radiusKm?: number | null;

  @Field(() => Int, { nullable: true, description: '1 to 10,000.' })
  openings?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD, at most two years ahead; a past date is kept only on a closed need.',
  })
  closesOn?: string | null;

  @Field(() => String, { nullable: true })
  applyUrl?: string | null;

  @Field(() => SkillNeedStatus, {
    nullable: true,
    description: 'CLOSED closes it early; OPEN reopens it.',
  })
  status?: SkillNeedStatus | null;
}
