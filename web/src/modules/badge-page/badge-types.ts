import type { BadgePageQuery } from '@/gql/graphql';

/** The credential as the badge page's query returns it. */
export type BadgeCredential = BadgePageQuery['credential'];
