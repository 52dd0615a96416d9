import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

import type {
  BackpackBadgeStatus,
  BackpackFilterInput,
  BackpackSort,
} from '@/gql/graphql';

export const BACKPACK_SORTS: BackpackSort[] = [
  'NEWEST',
  'OLDEST',
  'NAME',
  'ISSUER',
];
export const BACKPACK_STATUSES: BackpackBadgeStatus[] = [
  'VALID',
  'NOT_YET_VALID',
  'EXPIRED',
  'REVOKED',
  'SUSPENDED',
  'UNVERIFIABLE',
];

/** The backpack's sort and filters, kept in the URL so they can be shared. */
export interface BackpackView {
  sort: BackpackSort;
  sdg: string;
  skill: string;
  issuer: string;
  status: string;
  from: string;
  to: string;
}

const KEYS = ['sdg', 'skill', 'issuer', 'status', 'from', 'to'] as const;

/** Reads the view from the URL and writes changes back to it. */
export function useBackpackFilters() {
  const [params, setParams] = useSearchParams();
  const view: BackpackView = useMemo(() => {
    const sort = params.get('sort') as BackpackSort | null;

    return {
      sort: sort !== null && BACKPACK_SORTS.includes(sort) ? sort : 'NEWEST',
      sdg: params.get('sdg') ?? '',
      skill: params.get('skill') ?? '',
      issuer: params.get('issuer') ?? '',
      status: params.get('status') ?? '',
      from: params.get('from') ?? '',
      to: params.get('to') ?? '',
    };
  }, [params]);

  function update(changes: Partial<BackpackView>) {
    const next = { ...view, ...changes };
    const search = new URLSearchParams();
    if (next.sort !== 'NEWEST') search.set('sort', next.sort);
    for (const key of KEYS) if (next[key] !== '') search.set(key, next[key]);
    setParams(search, { replace: true });
  }

  return {
    view,
    update,
    clear: () => setParams(new URLSearchParams(), { replace: true }),
  };
}

/** Turns the URL view into the API's filter; dates cover whole UTC days. */
export function toFilter(view: BackpackView): BackpackFilterInput {
  const filter: BackpackFilterInput = {};
  if (view.sdg !== '') filter.sdgs = [Number(view.sdg)];
  if (view.skill !== '') filter.skills = [view.skill];
  if (view.issuer !== '') filter.issuers = [view.issuer];
  if (view.status !== '')
    filter.statuses = [view.status as BackpackBadgeStatus];
  if (/^\d{4}-\d{2}-\d{2}$/.test(view.from))
    filter.issuedFrom = `${view.from}T00:00:00.000Z`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(view.to))
    filter.issuedTo = `${view.to}T23:59:59.999Z`;

  return filter;
}
