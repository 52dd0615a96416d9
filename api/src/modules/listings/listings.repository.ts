import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { OpportunityStatus } from '../opportunities/opportunity.entity.js';
import { RegistrationStatus } from '../registrations/registration.entity.js';
import type { ListingChange, SessionChange } from './listing-input.js';
import {
  listingValues,
  type StoredRow,
  toListingChange,
} from './listing-rows.js';

/** The gazetteer place recorded with a venue is at most this far away. */
export const PLACE_RADIUS_METRES = 50_000;

/** A stored listing with what the state changes need. */
export interface StoredListing {
  providerId: string;
  status: OpportunityStatus;
  listing: ListingChange;
}

/** A stored session with a count of its registrations. */
export interface BookedSession {
  startsAt: Date;
  timeZone: string;
  registrations: number;
}

/** Sets the status and, when given, the publication and review columns. */
export interface StatusChange {
  status: OpportunityStatus;
  publish?: boolean;
  review?: { reviewerId: string; note: string | null };
}

const POINT = (latitude: string, longitude: string) =>
  `CASE WHEN ${latitude}::float8 IS NULL THEN NULL
        ELSE ST_SetSRID(ST_MakePoint(${longitude}::float8, ${latitude}::float8), 4326)::geography END`;

/**
 * SQL that changes listings. Every method takes the transaction's entity
 * manager, because the embedded database serves a single connection and
 * each change commits together with its audit entry.
 */
@Injectable()
export class ListingsRepository {
  /** Finds the id of the gazetteer place nearest the point, within 50 km. */
  async findNearestPlaceId(
    manager: EntityManager,
    location: { latitude: number; longitude: number } | null,
  ): Promise<number | null> {
    if (location === null) return null;
    const rows: { id: number }[] = await manager.query(
      `SELECT id FROM places
        WHERE ST_DWithin(location, ${POINT('$1', '$2')}, $3, false)
        ORDER BY location <-> ${POINT('$1', '$2')}
        LIMIT 1`,
      [location.latitude, location.longitude, PLACE_RADIUS_METRES],
    );

    return rows[0]?.id ?? null;
  }

  async insert(
    manager: EntityManager,
    providerId: string,
    listing: ListingChange,
    placeId: number | null,
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO opportunities (provider_id, title, summary, description,
         kind, mode, status, location, venue_name, venue_address, place_id,
         cost_minor, currency, min_age, max_age, capacity, achievement_id,
         accessibility_support, accessibility_information)
       VALUES ($1, $2, $3, $4, $5, $6, 'draft', ${POINT('$7', '$8')},
         $9, $10, $11, $12, $13, $14, $15, $16, $17,
         $18::text[]::accessibility_support[], $19)
       RETURNING id`,
      [providerId, ...listingValues(listing, placeId)],
    );
    const id = row!.id;
    await this.insertTags(manager, id, listing);
    await this.insertSessions(manager, id, listing.sessions);

    return id;
  }

  /** Locks the listing's row and sessions and reads it, or returns null. */
  async lockAndRead(
    manager: EntityManager,
    id: string,
  ): Promise<StoredListing | null> {
    const rows: StoredRow[] = await manager.query(
      `SELECT o.provider_id, o.status, o.title, o.summary, o.description,
              o.kind, o.mode, ST_AsGeoJSON(o.location) AS location,
              o.venue_name, o.venue_address, o.cost_minor, o.currency,
              o.min_age, o.max_age, o.capacity, o.achievement_id,
              o.accessibility_support::text[] AS accessibility_support,
              o.accessibility_information,
              ARRAY(SELECT f.sdg_number FROM opportunity_sdgs f
                     WHERE f.opportunity_id = o.id ORDER BY 1) AS sdgs,
              ARRAY(SELECT f.skill_id FROM opportunity_skills f
                     WHERE f.opportunity_id = o.id ORDER BY 1) AS skills
         FROM opportunities o WHERE o.id = $1 FOR UPDATE`,
      [id],
    );
    const row = rows[0];
    if (row === undefined) return null;
    // Locking the sessions makes a registration that arrives meanwhile wait
    // for this transaction, so a session is never deleted under a booking.
    const sessions: SessionChange[] = await manager.query(
      `SELECT id, starts_at AS "startsAt", ends_at AS "endsAt",
              time_zone AS "timeZone"
         FROM opportunity_sessions WHERE opportunity_id = $1
        ORDER BY starts_at, id FOR UPDATE`,
      [id],
    );

    return {
      providerId: row.provider_id,
      status: row.status,
      listing: toListingChange(row, sessions),
    };
  }

  async update(
    manager: EntityManager,
    id: string,
    listing: ListingChange,
    placeId: number | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE opportunities
          SET title = $2, summary = $3, description = $4, kind = $5,
              mode = $6, location = ${POINT('$7', '$8')}, venue_name = $9,
              venue_address = $10, place_id = $11, cost_minor = $12,
              currency = $13, min_age = $14, max_age = $15, capacity = $16,
              achievement_id = $17,
              accessibility_support = $18::text[]::accessibility_support[],
              accessibility_information = $19, updated_at = now()
        WHERE id = $1`,
      [id, ...listingValues(listing, placeId)],
    );
    await manager.query(
      'DELETE FROM opportunity_sdgs WHERE opportunity_id = $1',
      [id],
    );
    await manager.query(
      'DELETE FROM opportunity_skills WHERE opportunity_id = $1',
      [id],
    );
    await this.insertTags(manager, id, listing);
  }

  /** Finds the organisation and archive time of a badge design. */
  async findAchievement(
    manager: EntityManager,
    id: string,
  ): Promise<{ organisationId: string; archivedAt: Date | null } | null> {
    const rows: { organisationId: string; archivedAt: Date | null }[] =
      await manager.query(
        `SELECT organisation_id AS "organisationId", archived_at AS "archivedAt"
           FROM achievements WHERE id = $1`,
        [id],
      );

    return rows[0] ?? null;
  }

  /** Finds the earliest of the sessions that has active registrations. */
  async findBookedSession(
    manager: EntityManager,
    sessionIds: readonly string[],
  ): Promise<BookedSession | null> {
    const rows: BookedSession[] = await manager.query(
      `SELECT s.starts_at AS "startsAt", s.time_zone AS "timeZone",
              count(*)::int AS registrations
         FROM opportunity_sessions s
         JOIN registrations r ON r.session_id = s.id AND r.status <> $2
        WHERE s.id = ANY($1::uuid[])
        GROUP BY s.id
        ORDER BY s.starts_at, s.id
        LIMIT 1`,
      [sessionIds, RegistrationStatus.WITHDRAWN],
    );

    return rows[0] ?? null;
  }

  /**
   * Finds the listing's session that has not started and has the most
   * registered learners (the earliest of equals), or null when no upcoming
   * session has any.
   */
  async findMostRegisteredUpcomingSession(
    manager: EntityManager,
    opportunityId: string,
  ): Promise<BookedSession | null> {
    const rows: BookedSession[] = await manager.query(
      `SELECT s.starts_at AS "startsAt", s.time_zone AS "timeZone",
              count(*)::int AS registrations
         FROM opportunity_sessions s
         JOIN registrations r ON r.session_id = s.id AND r.status = $2
        WHERE s.opportunity_id = $1 AND s.starts_at > now()
        GROUP BY s.id
        ORDER BY registrations DESC, s.starts_at, s.id
        LIMIT 1`,
      [opportunityId, RegistrationStatus.REGISTERED],
    );

    return rows[0] ?? null;
  }

  /** Deletes, updates and inserts sessions so that the listing has `sessions`. */
  async replaceSessions(
    manager: EntityManager,
    opportunityId: string,
    removedIds: readonly string[],
    sessions: readonly SessionChange[],
  ): Promise<void> {
    if (removedIds.length > 0) {
      await manager.query(
        'DELETE FROM opportunity_sessions WHERE id = ANY($1::uuid[])',
        [removedIds],
      );
    }
    for (const session of sessions) {
      if (session.id === null) continue;
      await manager.query(
        `UPDATE opportunity_sessions
            SET starts_at = $3, ends_at = $4, time_zone = $5
          WHERE id = $1 AND opportunity_id = $2`,
        [
          session.id,
          opportunityId,
          session.startsAt,
          session.endsAt,
          session.timeZone,
        ],
      );
    }
    await this.insertSessions(
      manager,
      opportunityId,
      sessions.filter((session) => session.id === null),
    );
  }

  /**
   * Whether a verified council that approved the provider covers the venue.
   * An online listing has no venue, so any verified council's approval
   * counts. Approvals by unverified councils never count.
   */
  async isApprovedForLocation(
    manager: EntityManager,
    id: string,
  ): Promise<boolean> {
    const [row]: { approved: boolean }[] = await manager.query(
      `SELECT EXISTS (
         SELECT 1 FROM provider_approvals a
           JOIN organisations c ON c.id = a.council_id
          WHERE a.provider_id = o.provider_id
            AND c.verified_at IS NOT NULL
            AND (o.location IS NULL
                 OR ST_Covers(c.area, o.location::geometry))) AS approved
         FROM opportunities o WHERE o.id = $1`,
      [id],
    );

    return row?.approved ?? false;
  }

  async setStatus(
    manager: EntityManager,
    id: string,
    change: StatusChange,
  ): Promise<void> {
    const sets = ['status = $2', 'updated_at = now()'];
    const values: unknown[] = [id, change.status];
    if (change.publish) sets.push('published_at = now()');
    if (change.review) {
      values.push(change.review.reviewerId, change.review.note);
      sets.push(
        'reviewed_at = now()',
        `reviewed_by_id = $${values.length - 1}`,
        `moderation_note = $${values.length}`,
      );
    } else if (change.publish) {
      // A published listing shows no note from an earlier rejection.
      sets.push('moderation_note = NULL');
    }
    await manager.query(
      `UPDATE opportunities SET ${sets.join(', ')} WHERE id = $1`,
      values,
    );
  }

  private async insertTags(
    manager: EntityManager,
    id: string,
    listing: ListingChange,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO opportunity_sdgs (opportunity_id, sdg_number)
       SELECT $1::uuid, unnest($2::smallint[])`,
      [id, listing.sdgs],
    );
    await manager.query(
      `INSERT INTO opportunity_skills (opportunity_id, skill_id)
       SELECT $1::uuid, unnest($2::text[])`,
      [id, listing.skills],
    );
  }

  private async insertSessions(
    manager: EntityManager,
    opportunityId: string,
    sessions: readonly SessionChange[],
  ): Promise<void> {
    if (sessions.length === 0) return;
    await manager.query(
      `INSERT INTO opportunity_sessions
         (opportunity_id, starts_at, ends_at, time_zone)
       SELECT $1::uuid, * FROM unnest($2::timestamptz[], $3::timestamptz[], $4::text[])`,
      [
        opportunityId,
        sessions.map((session) => session.startsAt),
        sessions.map((session) => session.endsAt),
        sessions.map((session) => session.timeZone),
      ],
    );
  }
}
