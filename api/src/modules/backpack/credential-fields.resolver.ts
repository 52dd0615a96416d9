import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Public } from '../../common/auth/access.decorators.js';
import { OptionalViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { DateTimeScalar } from '../../common/graphql/date-time.scalar.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AchievementsRepository } from '../achievements/achievements.repository.js';
import { AchievementModel } from '../achievements/dto/achievement.model.js';
import { loadAchievement } from '../awards/achievement-loader.js';
import {
  CredentialEvidenceObject,
  CredentialObject,
} from '../awards/dto/credential.type.js';
import { OrganisationModel } from '../organisations/dto/organisation.model.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { BackpackRepository } from './backpack.repository.js';
import { mayManageOrHold } from './credential-visibility.js';

/**
 * Fields of a credential from other tables, batched per request. The
 * credential itself was checked for visibility by the query that returned
 * it; the recipient's details need more.
 */
@Public()
@Resolver(() => CredentialObject)
export class CredentialFieldsResolver {
  constructor(
    private readonly repository: BackpackRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly achievements: AchievementsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ResolveField(() => AchievementModel)
  achievement(
    @Parent() credential: CredentialObject,
    @Context() { loaders }: RequestContext,
  ): Promise<AchievementModel> {
    return loadAchievement(
      loaders,
      this.achievements,
      credential.achievementId!,
    );
  }

  @ResolveField(() => OrganisationModel)
  async issuer(
    @Parent() credential: CredentialObject,
    @Context() { loaders }: RequestContext,
  ): Promise<OrganisationModel> {
    const issuer = await loaders.load(
      'organisationById',
      (ids: readonly string[]) => this.organisations.findByIds(ids),
      credential.organisationId,
      null,
    );
    if (issuer === null) {
      throw new Error(`Issuer of credential ${credential.id} is missing`);
    }

    return issuer;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'For members of the issuer and the recipient only.',
  })
  async recipientEmail(
    @Parent() credential: CredentialObject,
    @OptionalViewer() viewer: Viewer | null,
    @Context() { loaders }: RequestContext,
  ): Promise<string | null> {
    const allowed = await mayManageOrHold(
      viewer,
      credential,
      loaders,
      this.repository,
    );

    return allowed ? credential.recipientEmail : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "The recipient's account name; for members of the issuer and the recipient only.",
  })
  async recipientName(
    @Parent() credential: CredentialObject,
    @OptionalViewer() viewer: Viewer | null,
    @Context() { loaders }: RequestContext,
  ): Promise<string | null> {
    if (!(await mayManageOrHold(viewer, credential, loaders, this.repository)))
      return null;
    if (credential.recipientUserId !== null) {
      return loaders.load(
        'credentialRecipientName',
        (ids: readonly string[]) => this.repository.findUserNames(ids),
        credential.recipientUserId,
        null,
      );
    }
    if (credential.recipientEmail === null) return null;

    // A badge sent to an address before its owner signed up is theirs once
    // they verify it, so it carries their name too.
    return loaders.load(
      'credentialRecipientNameByEmail',
      (emails: readonly string[]) =>
        this.repository.findNamesByVerifiedEmail(emails),
      credential.recipientEmail,
      null,
    );
  }

  @ResolveField(() => Boolean, { description: 'True once validUntil passed.' })
  expired(@Parent() credential: CredentialObject): boolean {
    return (
      credential.validUntil !== null &&
      credential.validUntil.getTime() <= Date.now()
    );
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why the issuer last changed the status.',
  })
  async statusReason(
    @Parent() credential: CredentialObject,
    @Context() { loaders }: RequestContext,
  ): Promise<string | null> {
    return (await this.latestChange(credential, loaders))?.reason ?? null;
  }

  @ResolveField(() => DateTimeScalar, { nullable: true })
  async statusChangedAt(
    @Parent() credential: CredentialObject,
    @Context() { loaders }: RequestContext,
  ): Promise<Date | null> {
    return (await this.latestChange(credential, loaders))?.createdAt ?? null;
  }

  @ResolveField(() => [CredentialEvidenceObject])
  async evidence(
    @Parent() credential: CredentialObject,
    @Context() { loaders }: RequestContext,
  ): Promise<CredentialEvidenceObject[]> {
    const rows = await loaders.load(
      'credentialEvidence',
      (ids: readonly string[]) => this.repository.findEvidence(ids),
      credential.id,
      [],
    );

    const base = this.config.publicUrl.replace(/\/+$/, '');

    return rows.map((row) => ({
      ...row,
      url: row.fileId === null ? row.url! : `${base}/api/files/${row.fileId}`,
    }));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The issuer's narrative of what this recipient did.",
  })
  narrative(@Parent() credential: CredentialObject): string | null {
    const subject = credential.document.credentialSubject as
      { narrative?: unknown } | undefined;

    return typeof subject?.narrative === 'string' ? subject.narrative : null;
  }

  @ResolveField(() => String, {
    description: 'The signed document with its proof, pretty-printed.',
  })
  json(@Parent() credential: CredentialObject): string {
    return JSON.stringify(credential.document, null, 2);
  }

  private latestChange(
    credential: CredentialObject,
    loaders: RequestContext['loaders'],
  ) {
    return loaders.load(
      'credentialLatestStatusChange',
      (ids: readonly string[]) => this.repository.findLatestStatusChanges(ids),
      credential.id,
      null,
    );
  }
}
