import { useMemo } from 'react';

import type {
  BoundingBoxInput,
  ProposalFilterInput,
  ProposalKind,
  ProposalStatus,
} from '@/gql/graphql';
import { useQuery } from '@/lib/graphql/useQuery';

import { ProposalsQuery } from '../graphql/proposals';

export interface ProposalFilters {
  kind: ProposalKind | '';
  sdg: string;
  skill: string;
  status: ProposalStatus | '';
}

export const NO_FILTERS: ProposalFilters = {
  kind: '',
  sdg: '',
  skill: '',
  status: '',
};

/** Builds the API filter from the form's values, leaving out empty ones. */
export function toFilterInput(filters: ProposalFilters): ProposalFilterInput {
  return {
    kinds: filters.kind === '' ? null : [filters.kind],
    sdgs: filters.sdg === '' ? null : [Number(filters.sdg)],
    skills: filters.skill === '' ? null : [filters.skill],
    statuses: filters.status === '' ? null : [filters.status],
  };
}

/** Loads up to 100 proposals in the viewport with the filters. */
export function useProposalSearch(
  bbox: BoundingBoxInput | null,
  filters: ProposalFilters,
) {
  const variables = useMemo(
    () => ({ bbox, filter: toFilterInput(filters), first: 100 }),
    [bbox, filters],
  );

  return useQuery(ProposalsQuery, variables);
}
