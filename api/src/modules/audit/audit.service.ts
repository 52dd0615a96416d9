import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface AuditRecord {
  actorId: string | null;
  organisationId: string | null;
  subjectType: string;
  subjectId: string;
  action: string;
  /** Changed fields as `{ field: { from, to } }`, plus any reason given. */
  changes?: Record<string, unknown>;
}

export interface AuditEntryRow extends Required<AuditRecord> {
  id: string;
  createdAt: Date;
}

/** Field-by-field difference of two records, for an audit entry. */
export function diffFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
    }
  }

  return changes;
}

/**
 * Appends to the audit log. Pass the transaction's entity manager so that
 * the entry commits or rolls back with the change it records.
 */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(
    record: AuditRecord,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log
         (actor_id, organisation_id, subject_type, subject_id, action, changes)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        record.actorId,
        record.organisationId,
        record.subjectType,
        record.subjectId,
        record.action,
        JSON.stringify(record.changes ?? {}),
      ],
    );
  }

  /** The entries of one record, newest first. */
  async entriesFor(
    subjectType: string,
    subjectId: string,
    limit = 100,
  ): Promise<AuditEntryRow[]> {
    return this.dataSource.query(
      `SELECT id::text, actor_id AS "actorId",
              organisation_id AS "organisationId",
              subject_type AS "subjectType", subject_id AS "subjectId",
              action, changes, created_at AS "createdAt"
         FROM audit_log
        WHERE subject_type = $1 AND subject_id = $2
        ORDER BY created_at DESC, id DESC
        LIMIT $3`,
      [subjectType, subjectId, limit],
    );
  }
}
