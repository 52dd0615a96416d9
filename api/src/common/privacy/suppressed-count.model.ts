import { Field, Int, ObjectType } from '@nestjs/graphql';

/**
 * Counts of people from 1 to this many are withheld, so that a small
 * group (a single learner at a session, say) cannot be singled out.
 */
export const MAX_SUPPRESSED_COUNT = 4;

@ObjectType('SuppressedCount', {
  description:
    'A count of people that is null (suppressed) when between 1 and 4.',
})
export class SuppressedCount {
  @Field(() => Int, {
    nullable: true,
    description:
      'The count, exact unless the field says it is rounded; null when it is suppressed.',
  })
  value!: number | null;

  @Field({ description: 'Whether the count is between 1 and 4 and withheld.' })
  suppressed!: boolean;
}

/**
 * Withholds a count of people from 1 to 4. Zero stays zero, because
 * "nobody" singles no one out, and 5 or more is exact.
 */
export function suppressSmallCount(count: number): SuppressedCount {
  if (count >= 1 && count <= MAX_SUPPRESSED_COUNT) {
    return { value: null, suppressed: true };
  }

  return { value: count, suppressed: false };
}
