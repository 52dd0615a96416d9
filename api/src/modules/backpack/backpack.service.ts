import { Inject, Injectable, Logger } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import {
  cursorScope,
  decodeCursor,
  encodeCursor,
} from '../../common/pagination/cursor.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import {
  LearnerAddresses,
  verifiedAddressesSql,
} from '../accounts/learner-addresses.service.js';
import {
  type CredentialConnection,
  type CredentialObject,
  toCredentialObject,
} from '../awards/dto/credential.type.js';
import {
  type Credential,
  CredentialType,
} from '../credentials/credential.entity.js';
import {
  ALL_ROLES,
  OrganisationAccess,
} from '../organisations/organisation-access.service.js';
import { requireUuid } from '../registrations/session-access.service.js';
import { BackpackRepository } from './backpack.repository.js';
import {
  DEFAULT_CREDENTIALS_PAGE,
  MAX_CREDENTIALS_PAGE,
  type MyCredentialsArgs,
  type OrganisationCredentialsArgs,
  type ShareCredentialInput,
} from './dto/backpack.inputs.js';

/** Reading badges: one, the learner's own, an issuer's; and sharing. */
@Injectable()
export class BackpackService {
  private readonly logger = new Logger(BackpackService.name);

  constructor(
    private readonly repository: BackpackRepository,
    private readonly access: OrganisationAccess,
    private readonly addresses: LearnerAddresses,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Unknown, hidden and endorsement credentials all look the same. */
  async find(viewer: Viewer | null, credentialId: string) {
    const id = requireUuid(credentialId, 'id');
    const credential = await this.repository.findById(id);
    const visible =
      credential !== null &&
      credential.type === CredentialType.OPEN_BADGE &&
      (credential.sharedAt !== null ||
        (await this.mayManageOrHold(viewer, credential)));
    if (!visible) {
      throw new NotFoundError(
        `Credential ${id} not found, or its recipient has not shared it.`,
      );
    }

    return this.present(credential);
  }

  async mine(
    viewer: Viewer,
    args: MyCredentialsArgs,
  ): Promise<CredentialConnection> {
    return this.page(
      `c.type = 'open_badge' AND (c.recipient_user_id = $1
         OR c.recipient_email IN ${verifiedAddressesSql('$1')})`,
      [viewer.userId],
      args,
      ['mine', viewer.userId],
    );
  }

  async forOrganisation(
    viewer: Viewer,
    args: OrganisationCredentialsArgs,
  ): Promise<CredentialConnection> {
    const organisationId = requireUuid(args.organisationId, 'organisationId');
    const achievementId =
      args.achievementId === null || args.achievementId === undefined
        ? null
        : requireUuid(args.achievementId, 'achievementId');
    await this.access.require(viewer, organisationId, ALL_ROLES);

    return this.page(
      `c.type = 'open_badge' AND c.organisation_id = $1
         AND ($2::uuid IS NULL OR c.achievement_id = $2)`,
      [organisationId, achievementId],
      args,
      ['organisation', organisationId, achievementId],
    );
  }

  async share(
    viewer: Viewer,
    input: ShareCredentialInput,
  ): Promise<CredentialObject> {
    const id = requireUuid(input.credentialId, 'input.credentialId');
    const credential = await this.repository.findById(id);
    if (credential === null || !(await this.holds(viewer, credential))) {
      throw new NotFoundError(
        `Credential ${id} is not among your badges; only its recipient may share it.`,
      );
    }
    await this.repository.setShared(id, input.shared);
    this.logger.log(
      `User ${viewer.userId} ${input.shared ? 'shared' : 'hid'} credential ${id}`,
    );

    return this.present((await this.repository.findById(id))!);
  }

  /** Issuer members and the recipient see the recipient's details. */
  async mayManageOrHold(
    viewer: Viewer | null,
    credential: Pick<
      Credential,
      'organisationId' | 'recipientUserId' | 'recipientEmail'
    >,
  ): Promise<boolean> {
    if (viewer === null) return false;
    if (await this.holds(viewer, credential)) return true;

    return this.access.isMember(viewer, credential.organisationId);
  }

  async holds(
    viewer: Viewer,
    credential: Pick<Credential, 'recipientUserId' | 'recipientEmail'>,
  ): Promise<boolean> {
    if (credential.recipientUserId === viewer.userId) return true;
    if (credential.recipientEmail === null) return false;

    const addresses = await this.addresses.verifiedAddresses(viewer.userId);

    return addresses.includes(credential.recipientEmail);
  }

  private async page(
    where: string,
    parameters: unknown[],
    args: MyCredentialsArgs,
    scopeOf: unknown[],
  ): Promise<CredentialConnection> {
    const first = args.first ?? DEFAULT_CREDENTIALS_PAGE;
    if (!Number.isInteger(first) || first < 1 || first > MAX_CREDENTIALS_PAGE) {
      throw new BadUserInputError(
        `first ${first} is not allowed; use 1 to ${MAX_CREDENTIALS_PAGE}.`,
        'first',
      );
    }
    const scope = cursorScope(scopeOf);
    const after =
      args.after === null || args.after === undefined
        ? null
        : decodeCursor(args.after, 'string', scope);
    const { rows, total } = await this.repository.list({
      where,
      parameters,
      limit: first,
      after: after === null ? null : { key: String(after.key), id: after.id },
    });
    const edges = rows.slice(0, first).map(({ credential, key }) => ({
      node: this.present(credential),
      cursor: encodeCursor({ key, id: credential.id }, scope),
    }));

    return {
      edges,
      totalCount: total,
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  private present(credential: Credential): CredentialObject {
    return toCredentialObject(credential, this.config.publicUrl);
  }
}
