import type { RegistrationModel } from './dto/registration.model.js';
import type { Attendance, RegistrationStatus } from './registration.entity.js';

/** The columns that `selectRegistrations` returns. */
export interface RegistrationRow {
  id: string;
  user_id: string;
  session_id: string;
  status: RegistrationStatus;
  attendance: Attendance | null;
  created_at: Date;
  withdrawn_at: Date | null;
  opportunity_id: string;
  provider_id: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  waitlist_position: number | null;
}

/**
 * Builds a SELECT of registrations `r` with their session `s`, opportunity
 * `o` and waiting-list rank; callers append WHERE and ORDER BY. The rank
 * counts the rows ahead in (created_at, id) order, which the index on
 * (session_id, status, created_at) serves.
 */
export function selectRegistrations(extraColumns = ''): string {
  const extra = extraColumns === '' ? '' : `${extraColumns},`;

  return `
  SELECT ${extra} r.id, r.user_id, r.session_id, r.status, r.attendance,
         r.created_at, r.withdrawn_at, s.opportunity_id, o.provider_id,
         s.starts_at, s.ends_at, s.time_zone,
         CASE WHEN r.status = 'waitlisted' THEN (
           SELECT count(*)::int FROM registrations w
            WHERE w.session_id = r.session_id AND w.status = 'waitlisted'
              AND (w.created_at, w.id) <= (r.created_at, r.id)
         ) END AS waitlist_position
    FROM registrations r
    JOIN opportunity_sessions s ON s.id = r.session_id
    JOIN opportunities o ON o.id = s.opportunity_id`;
}

/**
 * A timestamp column as ISO 8601 text with all six fractional digits, so
 * that a keyset cursor contains the exact value that PostgreSQL compares.
 */
export function sortKeyOf(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

export function toRegistration(row: RegistrationRow): RegistrationModel {
  return {
    id: row.id,
    status: row.status,
    attendance: row.attendance,
    waitlistPosition: row.waitlist_position,
    createdAt: row.created_at,
    withdrawnAt: row.withdrawn_at,
    session: {
      id: row.session_id,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      timeZone: row.time_zone,
    },
    userId: row.user_id,
    opportunityId: row.opportunity_id,
    providerId: row.provider_id,
  };
}
