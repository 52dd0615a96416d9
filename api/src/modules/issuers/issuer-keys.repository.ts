import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { OrganisationModel } from '../organisations/dto/organisation.model.js';
import { ORGANISATION_COLUMNS } from '../organisations/organisations.repository.js';
import { KeyAlgorithm } from './issuer-key.entity.js';

/** An issuer key row as the service reads it. */
export interface IssuerKeyRow {
  id: string;
  organisationId: string;
  algorithm: KeyAlgorithm;
  publicJwk: Record<string, string>;
  publicKeyMultibase: string;
  encryptedPrivateKey: string;
  createdAt: Date;
  retiredAt: Date | null;
}

export interface NewIssuerKeyRow {
  id: string;
  organisationId: string;
  algorithm: KeyAlgorithm;
  publicJwk: Record<string, string>;
  publicKeyMultibase: string;
  encryptedPrivateKey: string;
}

const KEY_COLUMNS = `id, organisation_id AS "organisationId", algorithm,
  public_jwk AS "publicJwk", public_key_multibase AS "publicKeyMultibase",
  encrypted_private_key AS "encryptedPrivateKey", created_at AS "createdAt",
  retired_at AS "retiredAt"`;

/** SQL for issuers' signing keys. */
@Injectable()
export class IssuerKeysRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findCurrent(
    manager: EntityManager,
    organisationId: string,
  ): Promise<IssuerKeyRow[]> {
    return manager.query(
      `SELECT ${KEY_COLUMNS} FROM issuer_keys
        WHERE organisation_id = $1 AND retired_at IS NULL`,
      [organisationId],
    );
  }

  /** Every key of the organisation, current and retired, oldest first. */
  async findAll(organisationId: string): Promise<IssuerKeyRow[]> {
    return this.dataSource.query(
      `SELECT ${KEY_COLUMNS} FROM issuer_keys
        WHERE organisation_id = $1 ORDER BY created_at, id`,
      [organisationId],
    );
  }

  async findById(keyId: string): Promise<IssuerKeyRow | null> {
    const [row]: IssuerKeyRow[] = await this.dataSource.query(
      `SELECT ${KEY_COLUMNS} FROM issuer_keys WHERE id = $1`,
      [keyId],
    );

    return row ?? null;
  }

  /**
   * Inserts a current key unless the organisation already has one of that
   * algorithm. A concurrent insert waits for the other transaction and
   * then does nothing, so the caller reads the winner's key afterwards.
   */
  async insertIfNoCurrent(
    manager: EntityManager,
    key: NewIssuerKeyRow,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO issuer_keys (id, organisation_id, algorithm, public_jwk,
         public_key_multibase, encrypted_private_key)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (organisation_id, algorithm) WHERE retired_at IS NULL
       DO NOTHING`,
      [
        key.id,
        key.organisationId,
        key.algorithm,
        JSON.stringify(key.publicJwk),
        key.publicKeyMultibase,
        key.encryptedPrivateKey,
      ],
    );
  }

  /** Retires the current keys and returns their ids. */
  async retireCurrent(
    manager: EntityManager,
    organisationId: string,
  ): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE issuer_keys SET retired_at = now()
        WHERE organisation_id = $1 AND retired_at IS NULL
        RETURNING id`,
      [organisationId],
    );

    return rows.map((row) => row.id);
  }

  /**
   * Reads an organisation and locks it against other key rotations until
   * the transaction ends. `NO KEY UPDATE` lets credentials that reference
   * it still be inserted meanwhile.
   */
  async lockOrganisation(
    manager: EntityManager,
    organisationId: string,
  ): Promise<OrganisationModel | null> {
    const [row]: OrganisationModel[] = await manager.query(
      `SELECT ${ORGANISATION_COLUMNS} FROM organisations WHERE id = $1
         FOR NO KEY UPDATE`,
      [organisationId],
    );

    return row ?? null;
  }

  async organisationExists(organisationId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM organisations WHERE id = $1',
      [organisationId],
    );

    return rows.length > 0;
  }
}
