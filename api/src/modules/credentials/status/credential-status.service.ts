import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import {
  createCredential,
  createList,
} from '@digitalbazaar/vc-bitstring-status-list';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Viewer } from '../../../common/auth/viewer.js';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
} from '../../../common/errors/domain-error.js';
import { UUID_PATTERN } from '../../../common/pagination/cursor.js';
import { checkStorableText } from '../../../common/validation/text.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { LearnerAddresses } from '../../accounts/learner-addresses.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { IssuerDocuments } from '../../issuers/issuer-documents.js';
import { IssuersService } from '../../issuers/issuers.service.js';
import {
  AWARDING_ROLES,
  OrganisationAccess,
} from '../../organisations/organisation-access.service.js';
import { type Credential, CredentialStatus } from '../credential.entity.js';
import { dateTimeStamp } from '../documents/credential-documents.js';
import {
  STATUS_PURPOSES,
  statusListUrl,
  type StatusPurpose,
} from '../documents/urls.js';
import { IssuingRepository } from '../issuing.repository.js';
import { LearnerBadgeEvents } from '../learner-badge-events.js';
import { StatusListsRepository } from './status-lists.repository.js';
import { checkTransition } from './status-transitions.js';

export const MAX_REASON_LENGTH = 500;

const NOT_AN_AWARDER =
  'You need to be an owner or an awarder of this organisation to do this.';

/** At most this many signed lists stay in memory, oldest dropped first. */
const MAX_CACHED_LISTS = 500;

/** A signed `BitstringStatusListCredential` and the version it shows. */
export interface SignedStatusList {
  document: Record<string, unknown>;
  version: number;
}

const PURPOSE_STATUS: Record<StatusPurpose, CredentialStatus> = {
  revocation: CredentialStatus.REVOKED,
  suspension: CredentialStatus.SUSPENDED,
};

/**
 * Revokes, suspends and reinstates credentials, and publishes the signed
 * status lists that tell verifiers about it.
 */
@Injectable()
export class CredentialStatusService implements OnModuleInit {
  private readonly logger = new Logger(CredentialStatusService.name);
  private readonly cache = new Map<string, Promise<SignedStatusList>>();
  private readonly listUrl: RegExp;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly lists: StatusListsRepository,
    private readonly credentials: IssuingRepository,
    private readonly issuers: IssuersService,
    private readonly documents: IssuerDocuments,
    private readonly access: OrganisationAccess,
    private readonly audit: AuditService,
    private readonly events: LearnerBadgeEvents,
    private readonly addresses: LearnerAddresses,
  ) {
    const base = config.publicUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.listUrl = new RegExp(
      `^${base}/api/status-lists/([0-9a-f-]{36})/(revocation|suspension)$`,
    );
  }

  onModuleInit(): void {
    // Verifying our own credentials reads our status lists without HTTP.
    this.documents.register(async (url) => {
      const match = this.listUrl.exec(url);
      if (match === null) return null;
      const list = await this.signedStatusList(
        match[1]!,
        match[2] as StatusPurpose,
      ).catch((error: unknown) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      });

      return list?.document ?? null;
    });
  }

  /** Changes a credential's status for an owner or awarder of its issuer. */
  async changeStatusAs(
    viewer: Viewer,
    credentialId: string,
    status: CredentialStatus,
    reason: string,
  ): Promise<Credential> {
    const checkedReason = checkReason(reason);
    const organisationId = UUID_PATTERN.test(credentialId)
      ? await this.lists.findOrganisationOf(credentialId.toLowerCase())
      : null;
    if (organisationId === null) {
      if (viewer.isAdmin) {
        throw new NotFoundError(
          `No credential has id ${credentialId.slice(0, 80)}.`,
        );
      }
      // The refusal for another issuer's credential, so ids cannot be probed.
      throw new ForbiddenError(NOT_AN_AWARDER);
    }
    await this.access.require(viewer, organisationId, AWARDING_ROLES);

    return this.changeStatus(
      credentialId.toLowerCase(),
      status,
      checkedReason,
      viewer.userId,
    );
  }

  /**
   * Changes a credential's status, records the change for good, audits it
   * and raises its status list's version. Revoked is final.
   */
  async changeStatus(
    credentialId: string,
    status: CredentialStatus,
    reason: string,
    actorId: string | null,
  ): Promise<Credential> {
    const changed = await this.dataSource.transaction(async (manager) => {
      const credential = await this.lists.lockCredential(manager, credentialId);
      if (credential === null) {
        throw new NotFoundError(`No credential has id ${credentialId}.`);
      }
      checkTransition(credential.status, status);
      await this.lists.recordChange(
        manager,
        credential,
        status,
        reason,
        actorId,
      );
      await this.audit.record(
        {
          actorId,
          organisationId: credential.organisationId,
          subjectType: 'credential',
          subjectId: credential.id,
          action: `credential_${actionOf(status)}`,
          changes: { status: { from: credential.status, to: status }, reason },
        },
        manager,
      );
      this.logger.log(
        `Credential ${credential.id} is now ${status} (was ${credential.status}).`,
      );

      return (await this.credentials.findById(manager, credential.id))!;
    });
    await this.announce(changed);

    return changed;
  }

  /** Tells listeners, after commit, that the holder's valid badges changed. */
  private async announce(credential: Credential): Promise<void> {
    const userId =
      credential.recipientUserId ??
      (credential.recipientEmail === null
        ? null
        : await this.addresses.findOwner(credential.recipientEmail));
    if (userId !== null) await this.events.badgesChanged(userId);
  }

  /**
   * The signed `BitstringStatusListCredential` of a list for one purpose,
   * signed once per list version and kept in memory.
   */
  async signedStatusList(
    listId: string,
    purpose: StatusPurpose,
  ): Promise<SignedStatusList> {
    const missing = () =>
      new NotFoundError(`No status list has id ${listId.slice(0, 80)}.`);
    if (!UUID_PATTERN.test(listId)) throw missing();
    if (!STATUS_PURPOSES.includes(purpose)) {
      throw new BadUserInputError(
        `Status purpose "${String(purpose).slice(0, 40)}" is not supported; use revocation or suspension.`,
      );
    }
    const id = listId.toLowerCase();
    const version = await this.lists.findVersion(id);
    if (version === null) throw missing();
    const key = `${id}/${purpose}/${version}`;
    let entry = this.cache.get(key);
    if (entry === undefined) {
      entry = this.signList(id, purpose);
      this.remember(key, entry);
    }

    return entry;
  }

  private remember(key: string, entry: Promise<SignedStatusList>): void {
    this.cache.set(key, entry);
    void entry.catch(() => this.cache.delete(key));
    if (this.cache.size > MAX_CACHED_LISTS) {
      // Maps iterate in insertion order, so the first key is the oldest.
      this.cache.delete(this.cache.keys().next().value!);
    }
  }

  private async signList(
    listId: string,
    purpose: StatusPurpose,
  ): Promise<SignedStatusList> {
    const bits = await this.lists.findBits(listId, PURPOSE_STATUS[purpose]);
    if (bits === null) {
      throw new NotFoundError(`No status list has id ${listId}.`);
    }
    const list = await createList({ length: bits.length });
    for (const index of bits.setIndexes) list.setStatus(index, true);
    const unsigned = await createCredential({
      id: statusListUrl(this.config.publicUrl, listId, purpose),
      list,
      statusPurpose: purpose,
    });
    const keys = await this.issuers.signingKeys(bits.organisationId);
    const credential = {
      ...unsigned,
      // Verifiers require the list's issuer to be the credential's issuer.
      issuer: keys.issuerId,
      validFrom: dateTimeStamp(new Date()),
    };
    const document = await vc.issue({
      credential,
      suite: new DataIntegrityProof({
        signer: keys.ed25519.keyPair.signer(),
        cryptosuite: eddsaRdfc2022,
      }),
      documentLoader: this.documents.loader(),
    });

    return { document, version: bits.version };
  }
}

function checkReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < 1 || trimmed.length > MAX_REASON_LENGTH) {
    throw new BadUserInputError(
      `The reason has ${trimmed.length} characters; give 1 to ${MAX_REASON_LENGTH}.`,
      'input.reason',
    );
  }

  return checkStorableText('input.reason', trimmed);
}

function actionOf(status: CredentialStatus): string {
  switch (status) {
    case CredentialStatus.REVOKED:
      return 'revoked';
    case CredentialStatus.SUSPENDED:
      return 'suspended';
    case CredentialStatus.ACTIVE:
      return 'reinstated';
  }
}
