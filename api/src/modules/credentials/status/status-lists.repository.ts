import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { CredentialStatus } from '../credential.entity.js';

export interface LockedCredential {
  id: string;
  organisationId: string;
  statusListId: string;
  status: CredentialStatus;
}

/** A status list with the indexes whose bit is set for one purpose. */
export interface StatusListBits {
  organisationId: string;
  length: number;
  version: number;
  setIndexes: number[];
}

/** SQL for credential status and status lists. */
@Injectable()
export class StatusListsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findOrganisationOf(credentialId: string): Promise<string | null> {
    const [row]: { organisationId: string }[] = await this.dataSource.query(
      'SELECT organisation_id AS "organisationId" FROM credentials WHERE id = $1',
      [credentialId],
    );

    return row?.organisationId ?? null;
  }

  async lockCredential(
    manager: EntityManager,
    credentialId: string,
  ): Promise<LockedCredential | null> {
    const [row]: LockedCredential[] = await manager.query(
      `SELECT id, organisation_id AS "organisationId",
              status_list_id AS "statusListId", status
         FROM credentials WHERE id = $1 FOR UPDATE`,
      [credentialId],
    );

    return row ?? null;
  }

  /** Sets the status, keeps the change for good and expires cached lists. */
  async recordChange(
    manager: EntityManager,
    credential: LockedCredential,
    status: CredentialStatus,
    reason: string,
    actorId: string | null,
  ): Promise<void> {
    await manager.query('UPDATE credentials SET status = $2 WHERE id = $1', [
      credential.id,
      status,
    ]);
    await manager.query(
      `INSERT INTO credential_status_changes
         (credential_id, status, reason, actor_id)
       VALUES ($1, $2, $3, $4)`,
      [credential.id, status, reason, actorId],
    );
    await manager.query(
      'UPDATE status_lists SET version = version + 1 WHERE id = $1',
      [credential.statusListId],
    );
  }

  /**
   * Reads a list and the indexes of its credentials in `status`, in one
   * statement, so the version matches the bits it is cached under.
   */
  async findBits(
    listId: string,
    status: CredentialStatus,
  ): Promise<StatusListBits | null> {
    const [row]: StatusListBits[] = await this.dataSource.query(
      `SELECT l.organisation_id AS "organisationId", l.length, l.version,
              ARRAY(SELECT c.status_list_index FROM credentials c
                     WHERE c.status_list_id = l.id AND c.status = $2
                     ORDER BY c.status_list_index) AS "setIndexes"
         FROM status_lists l WHERE l.id = $1`,
      [listId, status],
    );

    return row ?? null;
  }

  async findVersion(listId: string): Promise<number | null> {
    const [row]: { version: number }[] = await this.dataSource.query(
      'SELECT version FROM status_lists WHERE id = $1',
      [listId],
    );

    return row?.version ?? null;
  }
}
