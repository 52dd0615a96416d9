import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { RegistrationModel } from './dto/registration.model.js';
import type { Attendance, RegistrationStatus } from './registration.entity.js';
import {
  type RegistrationRow,
  selectRegistrations,
  toRegistration,
} from './registration-row.js';
import {
  lockSessionRow,
  SESSION_FACTS_COLUMNS,
  type SessionFactsRow,
  toSessionFacts,
} from './waiting-list.repository.js';

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
    const rows: SessionFactsRow[] = await this.dataSource.query(
      `SELECT ${SESSION_FACTS_COLUMNS}
         FROM opportunity_sessions s
         JOIN opportunities o ON o.id = s.opportunity_id
        WHERE s.id = $1`,
      [sessionId],
    );
    const row = rows[0];

    return row === undefined ? null : toSessionFacts(row);
  }

  async findBirthYear(userId: string): Promise<number | null> {
    const rows: { birth_year: number }[] = await this.dataSource.query(
      'SELECT birth_year FROM users WHERE id = $1',
      [userId],
    );

    return rows[0]?.birth_year ?? null;
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

  /** Locks the session row until the transaction ends; see `lockSessionRow`. */
  async lockSession(manager: EntityManager, sessionId: string): Promise<void> {
    await lockSessionRow(manager, sessionId);
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
