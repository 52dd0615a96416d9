import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** An organisation that would be left without an owner. */
export interface OwnedOrganisation {
  id: string;
  name: string;
}

/** SQL for deleting an account. */
@Injectable()
export class AccountDeletionRepository {
  /**
   * Locks the owner memberships of every organisation the user owns, in a
   * fixed order, so that two co-owners deleting their accounts at once
   * cannot both see the other as the remaining owner.
   */
  async lockOwnerships(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `SELECT 1 FROM organisation_members
        WHERE role = 'owner'
          AND organisation_id IN (
            SELECT organisation_id FROM organisation_members
             WHERE user_id = $1 AND role = 'owner')
        ORDER BY organisation_id, user_id
          FOR UPDATE`,
      [userId],
    );
  }

  /**
   * The first organisation, by name, of which the user is the only owner
   * and which has other members or any opportunities.
   */
  async findSolelyOwnedInUse(
    userId: string,
    manager: EntityManager,
  ): Promise<OwnedOrganisation | null> {
    const rows: OwnedOrganisation[] = await manager.query(
      `SELECT o.id, o.name
         FROM organisation_members m
         JOIN organisations o ON o.id = m.organisation_id
        WHERE m.user_id = $1 AND m.role = 'owner'
          AND NOT EXISTS (
            SELECT 1 FROM organisation_members other
             WHERE other.organisation_id = m.organisation_id
               AND other.role = 'owner' AND other.user_id <> $1)
          AND (EXISTS (
                 SELECT 1 FROM organisation_members other
                  WHERE other.organisation_id = m.organisation_id
                    AND other.user_id <> $1)
               OR EXISTS (
                 SELECT 1 FROM opportunities op
                  WHERE op.provider_id = m.organisation_id))
        ORDER BY o.name
        LIMIT 1`,
      [userId],
    );

    return rows[0] ?? null;
  }

  /**
   * Locks every session where the user has an active registration, and
   * returns the ids of those where the user holds a registered place.
   * Status changes take the session lock first, so the result stays true until
   * the transaction ends. The order by start matches the order in which
   * listing edits lock a listing's sessions, which rules out a deadlock.
   */
  async lockRegisteredSessions(
    userId: string,
    manager: EntityManager,
  ): Promise<string[]> {
    await manager.query(
      `SELECT id FROM opportunity_sessions
        WHERE id IN (SELECT session_id FROM registrations
                      WHERE user_id = $1 AND status <> 'withdrawn')
        ORDER BY starts_at, id
          FOR UPDATE`,
      [userId],
    );
    const rows: { session_id: string }[] = await manager.query(
      `SELECT session_id FROM registrations
        WHERE user_id = $1 AND status = 'registered'
        ORDER BY session_id`,
      [userId],
    );

    return rows.map((row) => row.session_id);
  }

  /**
   * Deletes the user. Sessions, tokens, memberships and registrations go
   * with it by `ON DELETE CASCADE`. Audit entries and other records that
   * name the user as actor keep their rows with the reference set to null.
   */
  async deleteUser(userId: string, manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM users WHERE id = $1', [userId]);
  }
}
