import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { CursorPosition } from '../../common/pagination/cursor.js';
import type { RegistrationModel } from './dto/registration.model.js';
import type { Attendance, RegistrationStatus } from './registration.entity.js';
import {
  type RegistrationRow,
  selectRegistrations,
  sortKeyOf,
  toRegistration,
} from './registration-row.js';

/** A registration with the sort key that the next page starts after. */
export interface RegistrationHit {
  registration: RegistrationModel;
  sortKey: string;
}

/** One line of the CSV export. */
export interface ExportRow {
  name: string;
  email: string;
  status: RegistrationStatus;
  waitlistPosition: number | null;
  attendance: Attendance | null;
  createdAt: Date;
}

type PageRow = RegistrationRow & { sort_key: string };

/** SQL for lists of registrations: a learner's, a session's, the export. */
@Injectable()
export class RegistrationListsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Returns a learner's active registrations after `position`, by start. */
  async findByUser(
    userId: string,
    upcoming: boolean | null,
    limit: number,
    position: CursorPosition | null,
  ): Promise<RegistrationHit[]> {
    const values: unknown[] = [userId];
    const where = ['r.user_id = $1', ...userConditions(upcoming)];
    if (position !== null) {
      values.push(position.key, position.id);
      where.push('(s.starts_at, r.id) > ($2::timestamptz, $3::uuid)');
    }
    values.push(limit);
    const rows: PageRow[] = await this.dataSource.query(
      `${selectRegistrations(`${sortKeyOf('s.starts_at')} AS sort_key`)}
        WHERE ${where.join(' AND ')}
        ORDER BY s.starts_at, r.id
        LIMIT $${values.length}`,
      values,
    );

    return rows.map(toHit);
  }

  async countByUser(userId: string, upcoming: boolean | null): Promise<number> {
    const where = ['r.user_id = $1', ...userConditions(upcoming)];
    const rows: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count
         FROM registrations r
         JOIN opportunity_sessions s ON s.id = r.session_id
        WHERE ${where.join(' AND ')}`,
      [userId],
    );

    return rows[0]?.count ?? 0;
  }

  /** Returns a session's registrations after `position`, oldest first. */
  async findBySession(
    sessionId: string,
    status: RegistrationStatus | null,
    limit: number,
    position: CursorPosition | null,
  ): Promise<RegistrationHit[]> {
    const values: unknown[] = [sessionId, status];
    const where = ['r.session_id = $1', statusCondition('$2')];
    if (position !== null) {
      values.push(position.key, position.id);
      where.push('(r.created_at, r.id) > ($3::timestamptz, $4::uuid)');
    }
    values.push(limit);
    const rows: PageRow[] = await this.dataSource.query(
      `${selectRegistrations(`${sortKeyOf('r.created_at')} AS sort_key`)}
        WHERE ${where.join(' AND ')}
        ORDER BY r.created_at, r.id
        LIMIT $${values.length}`,
      values,
    );

    return rows.map(toHit);
  }

  async countBySession(
    sessionId: string,
    status: RegistrationStatus | null,
  ): Promise<number> {
    const rows: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM registrations r
        WHERE r.session_id = $1 AND ${statusCondition('$2')}`,
      [sessionId, status],
    );

    return rows[0]?.count ?? 0;
  }

  /** Active registrations for the CSV: registered first, then the list. */
  async findForExport(sessionId: string): Promise<ExportRow[]> {
    const rows: (RegistrationRow & { name: string; email: string })[] =
      await this.dataSource.query(
        `${selectRegistrations('u.name, u.email')}
           JOIN users u ON u.id = r.user_id
          WHERE r.session_id = $1 AND r.status <> 'withdrawn'
          ORDER BY r.status = 'registered' DESC, r.created_at, r.id`,
        [sessionId],
      );

    return rows.map((row) => ({
      name: row.name,
      email: row.email,
      status: row.status,
      waitlistPosition: row.waitlist_position,
      attendance: row.attendance,
      createdAt: row.created_at,
    }));
  }
}

/**
 * Builds the conditions of a learner's list: no withdrawals, and sessions
 * that have not ended (`upcoming` true) or have ended (false).
 */
function userConditions(upcoming: boolean | null): string[] {
  const conditions = [`r.status <> 'withdrawn'`];
  if (upcoming !== null) {
    conditions.push(upcoming ? 's.ends_at > now()' : 's.ends_at <= now()');
  }

  return conditions;
}

/** Builds a status match in which null means every status but withdrawn. */
function statusCondition(parameter: string): string {
  return `(r.status = ${parameter}::registration_status
     OR (${parameter}::registration_status IS NULL
         AND r.status <> 'withdrawn'))`;
}

function toHit(row: PageRow): RegistrationHit {
  return { registration: toRegistration(row), sortKey: row.sort_key };
}
