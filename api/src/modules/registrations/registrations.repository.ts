import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { RegistrationModel } from './dto/registration.model.js';
import type { Attendance, RegistrationStatus } from './registration.entity.js';
import {
  type RegistrationRow,
  selectRegistrations,
  toRegistration,
} from './registration-row.js';

/** A session with what registering and access checks need to know. */
export interface SessionFacts {
  id: string;
  opportunityId: string;
  providerId: string;
  title: string;
  published: boolean;
  minAge: number | null;
  maxAge: number | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
}

/** SQL that reads and changes single registrations and their sessions. */
@Injectable()
export class RegistrationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findSession(sessionId: string): Promise<SessionFacts | null> {
    const rows: {
      id: string;
      opportunity_id: string;
      provider_id: string;
      title: string;
      status: string;
      min_age: number | null;
      max_age: number | null;
      starts_at: Date;
      ends_at: Date;
      time_zone: string;
    }[] = await this.dataSource.query(
      `SELECT s.id, s.opportunity_id, o.provider_id, o.title, o.status,
              o.min_age, o.max_age, s.starts_at, s.ends_at, s.time_zone
         FROM opportunity_sessions s
         JOIN opportunities o ON o.id = s.opportunity_id
        WHERE s.id = $1`,
      [sessionId],
    );
    const row = rows[0];
    if (row === undefined) return null;

    return {
      id: row.id,
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

  async findBirthYear(userId: string): Promise<number | null> {
    const rows: { birth_year: number }[] = await this.dataSource.query(
      'SELECT birth_year FROM users WHERE id = $1',
      [userId],
    );

    return rows[0]?.birth_year ?? null;
  }

  async findEmail(userId: string): Promise<string | null> {
    const rows: { email: string }[] = await this.dataSource.query(
      'SELECT email FROM users WHERE id = $1',
      [userId],
    );

    return rows[0]?.email ?? null;
  }

  async findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RegistrationModel | null> {
    const rows: RegistrationRow[] = await manager.query(
      `${selectRegistrations()} WHERE r.id = $1`,
      [id],
    );

    return rows[0] === undefined ? null : toRegistration(rows[0]);
  }

  /**
   * Locks the session row until the transaction ends, as the capacity
   * trigger does. Every change to a session's registrations takes this lock
   * first, so changes to one session apply one at a time and the waiting
   * list follows commit order. Taking it before any registration row keeps
   * the lock order fixed, which rules out deadlocks between them.
   */
  async lockSession(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query(
      'SELECT id FROM opportunity_sessions WHERE id = $1 FOR UPDATE',
      [sessionId],
    );
  }

  async findSessionIdOf(registrationId: string): Promise<string | null> {
    const rows: { session_id: string }[] = await this.dataSource.query(
      'SELECT session_id FROM registrations WHERE id = $1',
      [registrationId],
    );

    return rows[0]?.session_id ?? null;
  }

  /** Locks the registration row until the transaction ends. */
  async lockById(
    manager: EntityManager,
    id: string,
  ): Promise<{ userId: string; sessionId: string } | null> {
    const rows: { user_id: string; session_id: string }[] = await manager.query(
      'SELECT user_id, session_id FROM registrations WHERE id = $1 FOR UPDATE',
      [id],
    );

    return rows[0] === undefined
      ? null
      : { userId: rows[0].user_id, sessionId: rows[0].session_id };
  }

  /**
   * Inserts a registration and returns its id. The capacity trigger raises
   * SQLSTATE 23514 when `status` is registered and the session is full.
   */
  async insert(
    manager: EntityManager,
    sessionId: string,
    userId: string,
    status: RegistrationStatus,
  ): Promise<string> {
    // clock_timestamp() rather than now(), so that the waiting list follows
    // the moment of each insert, not the start of each transaction.
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO registrations (session_id, user_id, status, created_at)
       VALUES ($1, $2, $3, clock_timestamp())
       RETURNING id`,
      [sessionId, userId, status],
    );

    return rows[0]!.id;
  }

  async markWithdrawn(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE registrations
          SET status = 'withdrawn', withdrawn_at = now(), updated_at = now()
        WHERE id = $1`,
      [id],
    );
  }

  /** Locks and returns the id of the session's first waitlisted registration. */
  async lockNextWaitlisted(
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
  async markRegistered(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE registrations SET status = 'registered', updated_at = now()
        WHERE id = $1`,
      [id],
    );
  }

  /**
   * Sets attendance on the registered rows that `where` selects and returns
   * each changed id with its attendance from before the update.
   */
  async setAttendance(
    manager: EntityManager,
    where: { registrationId: string } | { sessionId: string },
    attendance: Attendance,
    markedById: string,
  ): Promise<{ id: string; previous: Attendance | null }[]> {
    const single = 'registrationId' in where;
    const column = single ? 'id' : 'session_id';
    const key = single ? where.registrationId : where.sessionId;
    // In UPDATE ... FROM, the joined copy of the table shows the rows as
    // they were before this statement.
    const rows: [{ id: string; previous: Attendance | null }[], number] =
      await manager.query(
        `UPDATE registrations r
            SET attendance = $2, attendance_marked_at = now(),
                attendance_marked_by_id = $3, updated_at = now()
           FROM registrations old_row
          WHERE old_row.id = r.id AND r.${column} = $1
            AND r.status = 'registered'
        RETURNING r.id, old_row.attendance AS previous`,
        [key, attendance, markedById],
      );

    return rows[0];
  }
}
