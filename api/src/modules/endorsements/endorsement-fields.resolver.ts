import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Public } from '../../common/auth/access.decorators.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import { AchievementsRepository } from '../achievements/achievements.repository.js';
import { AchievementModel } from '../achievements/dto/achievement.model.js';
import { loadAchievement } from '../awards/achievement-loader.js';
import { CredentialObject } from '../awards/dto/credential.type.js';
import { OrganisationModel } from '../organisations/dto/organisation.model.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { EndorsementObject } from './dto/endorsement.type.js';
import { EndorsementsRepository } from './endorsements.repository.js';

/** The organisations an endorsement links, batched per request. */
@Public()
@Resolver(() => EndorsementObject)
export class EndorsementFieldsResolver {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly achievements: AchievementsRepository,
  ) {}

  @ResolveField(() => AchievementModel, {
    nullable: true,
    description: 'The endorsed badge, for an endorsement of a badge.',
  })
  achievement(
    @Parent() endorsement: EndorsementObject,
    @Context() { loaders }: RequestContext,
  ): Promise<AchievementModel> | null {
    if (endorsement.achievementId === null) return null;

    return loadAchievement(
      loaders,
      this.achievements,
      endorsement.achievementId,
    );
  }

  @ResolveField(() => OrganisationModel)
  async endorser(
    @Parent() endorsement: EndorsementObject,
    @Context() { loaders }: RequestContext,
  ): Promise<OrganisationModel> {
    const endorser = await this.organisation(
      endorsement.organisationId,
      loaders,
    );
    if (endorser === null) {
      throw new Error(`Endorser of endorsement ${endorsement.id} is missing`);
    }

    return endorser;
  }

  @ResolveField(() => OrganisationModel, { nullable: true })
  endorsedOrganisation(
    @Parent() endorsement: EndorsementObject,
    @Context() { loaders }: RequestContext,
  ): Promise<OrganisationModel | null> | null {
    if (endorsement.endorsedOrganisationId === null) return null;

    return this.organisation(endorsement.endorsedOrganisationId, loaders);
  }

  private organisation(id: string, loaders: RequestContext['loaders']) {
    return loaders.load(
      'organisationById',
      (ids: readonly string[]) => this.organisations.findByIds(ids),
      id,
      null,
    );
  }
}

/** Active endorsements an organisation received. */
@Public()
@Resolver(() => OrganisationModel)
export class OrganisationEndorsementsResolver {
  constructor(private readonly repository: EndorsementsRepository) {}

  @ResolveField(() => [EndorsementObject], {
    description: 'Active endorsements of this organisation, oldest first.',
  })
  endorsements(
    @Parent() organisation: OrganisationModel,
    @Context() { loaders }: RequestContext,
  ): Promise<EndorsementObject[]> {
    return loaders.load(
      'endorsementsOfOrganisation',
      (ids: readonly string[]) => this.repository.activeByOrganisationIds(ids),
      organisation.id,
      [],
    );
  }
}

/** Active endorsements of a badge. */
@Public()
@Resolver(() => AchievementModel)
export class AchievementEndorsementsResolver {
  constructor(private readonly repository: EndorsementsRepository) {}

  @ResolveField(() => [EndorsementObject], {
    description:
      'Active endorsements of this badge, oldest first; badges issued from now on carry them.',
  })
  endorsements(
    @Parent() achievement: AchievementModel,
    @Context() { loaders }: RequestContext,
  ): Promise<EndorsementObject[]> {
    return loaders.load(
      'endorsementsOfAchievement',
      (ids: readonly string[]) => this.repository.activeByAchievementIds(ids),
      achievement.id,
      [],
    );
  }
}

/** The endorsements a credential carries in its signed achievement. */
@Public()
@Resolver(() => CredentialObject)
export class CredentialEndorsementsResolver {
  constructor(private readonly repository: EndorsementsRepository) {}

  @ResolveField(() => [EndorsementObject], {
    description:
      'Endorsements of the badge that were active when it was issued, as signed into it.',
  })
  async endorsements(
    @Parent() credential: CredentialObject,
    @Context() { loaders }: RequestContext,
  ): Promise<EndorsementObject[]> {
    const ids = embeddedEndorsementIds(credential.document);
    const found = await Promise.all(
      ids.map((id) =>
        loaders.load(
          'endorsementById',
          (keys: readonly string[]) => this.repository.findByIds(keys),
          id,
          null,
        ),
      ),
    );

    return found.filter((each) => each !== null);
  }
}

const URN_UUID = /^urn:uuid:([0-9a-f-]{36})$/i;

/** Ids of the `EndorsementCredential`s inside the signed achievement. */
function embeddedEndorsementIds(document: Record<string, unknown>): string[] {
  const subject = document.credentialSubject as
    { achievement?: { endorsement?: unknown } } | undefined;
  const list = subject?.achievement?.endorsement;
  if (!Array.isArray(list)) return [];

  return list.flatMap((item) => {
    const id = (item as { id?: unknown }).id;
    const match = typeof id === 'string' ? URN_UUID.exec(id) : null;

    return match === null ? [] : [match[1]!.toLowerCase()];
  });
}
