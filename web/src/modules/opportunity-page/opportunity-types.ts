import type { OpportunityPageQuery } from '@/gql/graphql';

/** An opportunity as its public page loads it. */
export type PageOpportunity = NonNullable<OpportunityPageQuery['opportunity']>;
