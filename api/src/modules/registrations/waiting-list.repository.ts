import type { EntityManager } from 'typeorm';

import type { SessionFacts } from './registrations.repository.js';

/**
 * SQL that other features run inside their own transactions, so these are
 * plain functions of the transaction's entity manager rather than methods
 * of an injected repository.
 */

/** A learner to e-mail about a registration, with its session. */
export interface Recipient {
  registrationId: string;
  email: string;
  session: SessionFacts;
}

/** A row selected with `SESSION_FACTS_COLUMNS`. */
export interface SessionFactsRow {
  session_id: string;
  opportunity_id: string;
  provider_id: string;
  title: string;
  status: string;
  min_age: number | null;
  max_age: number | null;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
}

/** The columns that `toSessionFacts` reads, from sessions `s` and opportunities `o`. */
export const SESSION_FACTS_COLUMNS = `s.id AS session_id, s.opportunity_id,
  o.provider_id, o.title, o.status, o.min_age, o.max_age, s.starts_at,
  s.ends_at, s.time_zone`;

export function toSessionFacts(row: SessionFactsRow): SessionFacts {
  return {
    id: row.session_id,
    opportunityId: row.opportunity_id,
    providerId: row.provider_id,
    title: row.title,
    published: row.status === 'published',
    minAge: row.min_age,
    maxAge: row.max_age,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
  };
}

/**
 * Locks the session row until the transaction ends, as the capacity
 * trigger does. Every change to a session's registrations takes this lock
 * first, so changes to one session apply one at a time and the waiting
 * list follows commit order. Taking it before any registration row keeps
 * the lock order fixed, which rules out deadlocks between them. Returns
 * null when the session does not exist.
 */
export async function lockSessionRow(
  manager: EntityManager,
  sessionId: string,
): Promise<{ startsAt: Date } | null> {
  const rows: { starts_at: Date }[] = await manager.query(
    'SELECT starts_at FROM opportunity_sessions WHERE id = $1 FOR UPDATE',
    [sessionId],
  );

  return rows[0] === undefined ? null : { startsAt: rows[0].starts_at };
}

/** Checks whether anyone is on the session's waiting list. */
export async function hasWaitlisted(
  manager: EntityManager,
  sessionId: string,
): Promise<boolean> {
  const [row]: { waiting: boolean }[] = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM registrations
                     WHERE session_id = $1 AND status = 'waitlisted') AS waiting`,
    [sessionId],
  );

  return row?.waiting ?? false;
}

/** Locks and returns the id of the session's first waitlisted registration. */
export async function lockNextWaitlisted(
  manager: EntityManager,
  sessionId: string,
): Promise<string | null> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM registrations
      WHERE session_id = $1 AND status = 'waitlisted'
      ORDER BY created_at, id
      LIMIT 1
        FOR UPDATE`,
    [sessionId],
  );

  return rows[0]?.id ?? null;
}

/** Raises SQLSTATE 23514 from the capacity trigger when no place is free. */
export async function markRegistered(
  manager: EntityManager,
  id: string,
): Promise<void> {
  await manager.query(
    `UPDATE registrations SET status = 'registered', updated_at = now()
      WHERE id = $1`,
    [id],
  );
}

/**
 * Withdraws the active registrations of the opportunity's sessions that
 * have not started and returns their ids. The caller holds the locks on
 * those sessions.
 */
export async function withdrawUpcoming(
  manager: EntityManager,
  opportunityId: string,
): Promise<string[]> {
  const [rows]: [{ id: string }[], number] = await manager.query(
    `UPDATE registrations r
        SET status = 'withdrawn', withdrawn_at = now(), updated_at = now()
       FROM opportunity_sessions s
      WHERE s.id = r.session_id AND s.opportunity_id = $1
        AND s.starts_at > now() AND r.status <> 'withdrawn'
    RETURNING r.id`,
    [opportunityId],
  );

  return rows.map((row) => row.id);
}

/** Finds the registered and waitlisted registrations of the sessions. */
export async function findActiveIds(
  manager: EntityManager,
  sessionIds: readonly string[],
): Promise<string[]> {
  if (sessionIds.length === 0) return [];
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM registrations
      WHERE session_id = ANY($1::uuid[]) AND status <> 'withdrawn'
      ORDER BY session_id, created_at, id`,
    [sessionIds],
  );

  return rows.map((row) => row.id);
}

/** Reads the learner's e-mail and the session of each registration. */
export async function findRecipients(
  manager: EntityManager,
  registrationIds: readonly string[],
): Promise<Recipient[]> {
  if (registrationIds.length === 0) return [];
  const rows: (SessionFactsRow & { id: string; email: string })[] =
    await manager.query(
      `SELECT r.id, u.email, ${SESSION_FACTS_COLUMNS}
         FROM registrations r
         JOIN users u ON u.id = r.user_id
         JOIN opportunity_sessions s ON s.id = r.session_id
         JOIN opportunities o ON o.id = s.opportunity_id
        WHERE r.id = ANY($1::uuid[])
        ORDER BY s.starts_at, r.created_at, r.id`,
      [registrationIds],
    );

  return rows.map((row) => ({
    registrationId: row.id,
    email: row.email,
    session: toSessionFacts(row),
  }));
}
