import type { OpportunityStatus } from '../opportunities/opportunity.entity.js';
import type { ListingChange } from './listing-input.js';

/** The audit log's subject type for listings. */
export const OPPORTUNITY_SUBJECT = 'opportunity';

/**
 * Builds the fields of a listing that an audit entry compares. Sessions
 * lose their ids and are sorted by start, so an unchanged listing compares
 * equal.
 */
export function auditSnapshot(
  listing: ListingChange,
  status: OpportunityStatus,
): Record<string, unknown> {
  const { sessions, ...fields } = listing;
  const comparable = sessions
    .map((session) => ({
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      timeZone: session.timeZone,
    }))
    .sort(
      (a, b) =>
        a.startsAt.localeCompare(b.startsAt) ||
        a.endsAt.localeCompare(b.endsAt),
    );

  return { ...fields, status, sessions: comparable };
}
