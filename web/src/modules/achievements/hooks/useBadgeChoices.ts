import { useQuery } from '@/lib/graphql/useQuery';

import { BadgeChoicesQuery } from '../graphql/achievements';

/** The maximum number of designs offered, the maximum page of `organisationAchievements`. */
const CHOICES = 100;

/** A badge design that a select offers. */
export interface BadgeChoice {
  id: string;
  name: string;
}

/**
 * Loads the first 100 badge designs of an organisation and returns the
 * ones that are not archived, with the status of the query.
 */
export function useBadgeChoices(organisationId: string) {
  const result = useQuery(BadgeChoicesQuery, {
    organisationId,
    first: CHOICES,
  });
  const choices: BadgeChoice[] = (
    result.data?.organisationAchievements.edges ?? []
  )
    .map((edge) => edge.node)
    .filter((node) => !node.archived);

  return { status: result.status, choices };
}
