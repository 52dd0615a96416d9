import { useMemo } from 'react';

import type { ReferenceDataQuery as ReferenceData } from '@/gql/graphql';
import { useQuery } from '@/lib/graphql/useQuery';

import { ReferenceDataQuery } from '../graphql/reference-data';

export type Sdg = ReferenceData['sdgs'][number];
export type Skill = ReferenceData['skills'][number];

/** Loads the 17 goals and 16 skills once, sorted as the API numbers them. */
export function useReferenceData() {
  const result = useQuery(ReferenceDataQuery, {});
  const data = result.data;

  const sdgs = useMemo(
    () => [...(data?.sdgs ?? [])].sort((a, b) => a.number - b.number),
    [data],
  );
  const skills = useMemo(
    () => [...(data?.skills ?? [])].sort((a, b) => a.position - b.position),
    [data],
  );

  return {
    sdgs,
    skills,
    status: result.status,
    error: result.error,
    retry: result.retry,
  };
}
