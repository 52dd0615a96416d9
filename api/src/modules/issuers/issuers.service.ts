import { randomUUID } from 'node:crypto';

import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { type CryptoKey, importJWK } from 'jose';
import { DataSource, type EntityManager } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import { NotFoundError } from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AuditService } from '../audit/audit.service.js';
import type { OrganisationModel } from '../organisations/dto/organisation.model.js';
import { OrganisationAccess } from '../organisations/organisation-access.service.js';
import { OrganisationRole } from '../organisations/organisation-member.entity.js';
import { issuerDid, verificationMethodId } from './issuer-did.js';
import { KeyAlgorithm } from './issuer-key.entity.js';
import {
  type IssuerKeyRow,
  IssuerKeysRepository,
} from './issuer-keys.repository.js';
import {
  generateEd25519,
  generateP256,
  type NewKeyMaterial,
} from './key-material.js';
import { KeyVault } from './key-vault.js';

/** The Ed25519 key that signs Data Integrity proofs. */
export interface Ed25519SigningKey {
  keyId: string;
  /** `<did>#key-<keyId>`, the proof's `verificationMethod`. */
  verificationMethod: string;
  keyPair: Ed25519Multikey.Ed25519KeyPair;
}

/** The P-256 key that signs VC-JWTs. */
export interface P256SigningKey {
  keyId: string;
  /** `<did>#key-<keyId>`, the JWT header's `kid`. */
  kid: string;
  privateKey: CryptoKey;
}

/** An organisation's current signing keys, parsed and ready to sign. */
export interface IssuerSigningKeys {
  /** The organisation's did:web. */
  issuerId: string;
  ed25519: Ed25519SigningKey;
  p256: P256SigningKey;
}

const ALGORITHMS = [KeyAlgorithm.ED25519, KeyAlgorithm.P256] as const;

/**
 * Issuer identities and signing keys. Each organisation gets one current
 * key per algorithm the first time it signs; rotation retires them and
 * creates new ones. Private keys are stored encrypted and never leave
 * this service except as parsed signing objects.
 */
@Injectable()
export class IssuersService {
  private readonly logger = new Logger(IssuersService.name);
  /** Parsed keys by key id, so a key is decrypted once, not per signature. */
  private readonly parsed = new Map<string, Promise<unknown>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly keys: IssuerKeysRepository,
    private readonly vault: KeyVault,
    private readonly access: OrganisationAccess,
    private readonly audit: AuditService,
  ) {}

  /** The organisation's did:web, its Open Badges `Profile` id. */
  issuerId(organisationId: string): string {
    return issuerDid(this.config.publicUrl, organisationId);
  }

  /**
   * The organisation's current keys, created on first use inside the
   * caller's transaction. Concurrent first uses create one key each.
   */
  async signingKeys(
    organisationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<IssuerSigningKeys> {
    let rows = await this.keys.findCurrent(manager, organisationId);
    const missing = ALGORITHMS.filter(
      (algorithm) => !rows.some((row) => row.algorithm === algorithm),
    );
    if (missing.length > 0) {
      for (const algorithm of missing) {
        await this.createKey(manager, organisationId, algorithm);
      }
      rows = await this.keys.findCurrent(manager, organisationId);
    }
    const ed25519 = rows.find((row) => row.algorithm === KeyAlgorithm.ED25519);
    const p256 = rows.find((row) => row.algorithm === KeyAlgorithm.P256);
    if (ed25519 === undefined || p256 === undefined) {
      throw new Error(
        `Organisation ${organisationId} has no current signing keys after creating them.`,
      );
    }

    return {
      issuerId: this.issuerId(organisationId),
      ed25519: await this.parseEd25519(ed25519),
      p256: await this.parseP256(p256),
    };
  }

  /** Every key of the organisation, current and retired, oldest first. */
  allKeys(organisationId: string): Promise<IssuerKeyRow[]> {
    return this.keys.findAll(organisationId);
  }

  /**
   * Retires the organisation's current keys and creates new ones, for its
   * owners. Retired keys stay in the DID document, so credentials they
   * signed keep verifying.
   */
  async rotateKeys(
    viewer: Viewer,
    organisationId: string,
  ): Promise<OrganisationModel> {
    await this.access.require(viewer, organisationId, [OrganisationRole.OWNER]);

    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.keys.lockOrganisation(
        manager,
        organisationId,
      );
      if (organisation === null) {
        throw new NotFoundError(`No organisation has id ${organisationId}.`);
      }
      const retired = await this.keys.retireCurrent(manager, organisationId);
      const created: string[] = [];
      for (const algorithm of ALGORITHMS) {
        created.push(await this.createKey(manager, organisationId, algorithm));
      }
      await this.audit.record(
        {
          actorId: viewer.userId,
          organisationId,
          subjectType: 'organisation',
          subjectId: organisationId,
          action: 'issuer_keys_rotated',
          changes: { retiredKeyIds: retired, createdKeyIds: created },
        },
        manager,
      );
      this.logger.log(
        `Rotated the signing keys of organisation ${organisationId}: retired ${retired.length}, created ${created.length}.`,
      );

      return organisation;
    });
  }

  private async createKey(
    manager: EntityManager,
    organisationId: string,
    algorithm: KeyAlgorithm,
  ): Promise<string> {
    const material: NewKeyMaterial =
      algorithm === KeyAlgorithm.ED25519
        ? await generateEd25519()
        : await generateP256();
    const id = randomUUID();
    await this.keys.insertIfNoCurrent(manager, {
      id,
      organisationId,
      algorithm,
      publicJwk: material.publicJwk,
      publicKeyMultibase: material.publicKeyMultibase,
      encryptedPrivateKey: await this.vault.seal(material.secret, id),
    });

    return id;
  }

  private parseEd25519(row: IssuerKeyRow): Promise<Ed25519SigningKey> {
    return this.cached(row.id, async () => {
      const did = this.issuerId(row.organisationId);
      const verificationMethod = verificationMethodId(did, row.id);
      const keyPair = await Ed25519Multikey.from({
        type: 'Multikey',
        id: verificationMethod,
        controller: did,
        publicKeyMultibase: row.publicKeyMultibase,
        secretKeyMultibase: await this.vault.open(
          row.encryptedPrivateKey,
          row.id,
        ),
      });

      return { keyId: row.id, verificationMethod, keyPair };
    });
  }

  private parseP256(row: IssuerKeyRow): Promise<P256SigningKey> {
    return this.cached(row.id, async () => {
      const did = this.issuerId(row.organisationId);
      const jwk = JSON.parse(
        await this.vault.open(row.encryptedPrivateKey, row.id),
      ) as Record<string, string>;
      const privateKey = (await importJWK(jwk, 'ES256')) as CryptoKey;

      return {
        keyId: row.id,
        kid: verificationMethodId(did, row.id),
        privateKey,
      };
    });
  }

  private cached<T>(keyId: string, parse: () => Promise<T>): Promise<T> {
    let entry = this.parsed.get(keyId) as Promise<T> | undefined;
    if (entry === undefined) {
      entry = parse();
      this.parsed.set(keyId, entry);
      // A failure is not cached, so a fixed key encryption key is used next time.
      void entry.catch(() => this.parsed.delete(keyId));
    }

    return entry;
  }
}
