import { Injectable } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import {
  AWARDING_ROLES,
  OrganisationAccess,
} from '../organisations/organisation-access.service.js';
import { requireUuid } from '../registrations/session-access.service.js';
import type { CleanEvidence } from './award-input.js';
import type { AwardRecipient } from './award-issuing.service.js';
import {
  type AchievementFacts,
  AwardsRepository,
} from './awards.repository.js';

/** The checks every way of awarding shares. */
@Injectable()
export class AwardChecks {
  constructor(
    private readonly repository: AwardsRepository,
    private readonly access: OrganisationAccess,
  ) {}

  /**
   * The achievement, when the viewer is an owner or awarder of its
   * organisation and it is not archived.
   */
  async awardableAchievement(
    viewer: Viewer,
    achievementId: string,
  ): Promise<AchievementFacts> {
    const achievement = await this.awardingAchievement(viewer, achievementId);
    if (achievement.archived) {
      throw new BadUserInputError(
        `"${achievement.name}" is archived, so it can no longer be awarded; pick a current badge.`,
        'input.achievementId',
      );
    }

    return achievement;
  }

  /** The achievement, archived or not, for its owners and awarders. */
  async awardingAchievement(
    viewer: Viewer,
    achievementId: string,
  ): Promise<AchievementFacts> {
    const id = requireUuid(achievementId, 'input.achievementId');
    const achievement = await this.repository.findAchievement(id);
    if (achievement === null) {
      throw new NotFoundError(
        `Achievement ${id} not found; pick a badge of your organisation.`,
      );
    }
    await this.access.require(
      viewer,
      achievement.organisationId,
      AWARDING_ROLES,
    );

    return achievement;
  }

  /** Every file must be an evidence upload of the issuing organisation. */
  async requireEvidenceFiles(
    evidence: readonly CleanEvidence[],
    organisationId: string,
  ): Promise<void> {
    const ids = evidence.flatMap((item) => item.fileId ?? []);
    const files = new Map(
      (await this.repository.findFiles(ids)).map((file) => [file.id, file]),
    );
    evidence.forEach((item, index) => {
      if (item.fileId === undefined) return;
      const file = files.get(item.fileId);
      if (
        file === undefined ||
        file.organisationId !== organisationId ||
        file.purpose !== 'evidence'
      ) {
        throw new BadUserInputError(
          `File ${item.fileId} is not an evidence file of this organisation; upload it with purpose=evidence to the organisation that awards the badge.`,
          `input.evidence.${index}.fileId`,
        );
      }
    });
  }

  /** The learner of an attended registration at a session of the issuer. */
  async registrationRecipient(
    registrationId: string,
    achievement: AchievementFacts,
  ): Promise<AwardRecipient> {
    const field = 'input.registrationId';
    const id = requireUuid(registrationId, field);
    const registration = await this.repository.findRegistration(id);
    if (
      registration === null ||
      registration.organisationId !== achievement.organisationId
    ) {
      throw new BadUserInputError(
        `Registration ${id} is not a registration for a session of ${achievement.organisationName}; award badges only to its own learners.`,
        field,
      );
    }
    if (
      registration.status !== 'registered' ||
      registration.attendance !== 'attended'
    ) {
      throw new BadUserInputError(
        `Registration ${id} is not marked attended (attendance: ${registration.attendance ?? 'not marked'}, status: ${registration.status}); mark the learner attended first.`,
        field,
      );
    }

    return {
      userId: registration.userId,
      email: registration.email,
      registrationId: registration.id,
      claimCodeId: null,
    };
  }

  /**
   * A recipient by address. The badge is tied to an account only once that
   * account has verified the address; until then the badge belongs to the address alone.
   */
  async emailRecipient(email: string): Promise<AwardRecipient> {
    const account = await this.repository.findAccountByEmail(email);

    return {
      userId: account?.verified === true ? account.id : null,
      email,
      registrationId: null,
      claimCodeId: null,
    };
  }
}
