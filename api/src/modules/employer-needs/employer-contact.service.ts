import { Injectable, Logger } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import type { GeoPoint } from '../../common/geo/geo-point.model.js';
import { cursorScope } from '../../common/pagination/cursor.js';
import { currentYear, isMinor } from '../accounts/rules/age.js';
import { AuditService } from '../audit/audit.service.js';
import { parseUuid } from '../listings/listing-input.js';
import { DEFAULT_LISTINGS_PAGE } from '../listings/listing-page.js';
import { OrganisationKind } from '../organisations/organisation.entity.js';
import {
  decodeCompositeCursor,
  encodeCompositeCursor,
  NUMBER_TEXT,
} from './composite-cursor.js';
import type { EmployerContactConsentModel } from './dto/learner-contact.model.js';
import type { MySkillNeedMatchesArgs } from './dto/skill-need.args.js';
import type { SkillNeedConnection } from './dto/skill-need.model.js';
import { LearnerNeedsRepository } from './learner-needs.repository.js';
import { LearnerReachRepository } from './learner-reach.repository.js';
import { todayUtc } from './skill-need-input.js';
import { checkPageSize, SkillNeedSearch } from './skill-need-search.service.js';
import { SkillNeedsRepository } from './skill-needs.repository.js';

/**
 * A learner's consents to employers and the open needs that fit them.
 * A consent counts only while the learner's employer contact setting is
 * on; turning it off hides them from employers but keeps the consents.
 */
@Injectable()
export class EmployerContactService {
  private readonly logger = new Logger(EmployerContactService.name);

  constructor(
    private readonly repository: LearnerNeedsRepository,
    private readonly reach: LearnerReachRepository,
    private readonly needs: SkillNeedsRepository,
    private readonly search: SkillNeedSearch,
    private readonly audit: AuditService,
  ) {}

  /**
   * Records the learner's consent to a verified employer, once. A minor's
   * consent is logged as `opt-in`, like their other choices to be found.
   */
  async allow(
    viewer: Viewer,
    rawEmployerId: string,
  ): Promise<EmployerContactConsentModel> {
    const employerId = await this.requireEmployer(rawEmployerId);
    const learner = await this.repository.findLearner(viewer.userId);
    if (learner === null)
      throw new NotFoundError('Your account was not found.');
    if (!learner.employerContact) {
      throw new BadUserInputError(
        'Employer contact is off in your settings, so no employer can contact you; turn on "Employers may contact me" in your account settings first.',
        'employerContact',
      );
    }
    const { consent, created } = await this.repository.insertConsent(
      viewer.userId,
      employerId,
    );
    if (created) {
      const minor = isMinor(learner.birthYear, currentYear());
      await this.record(viewer, minor ? 'opt-in' : 'update', {
        employerContactConsent: { from: null, to: employerId },
      });
      this.logger.log(`User ${viewer.userId} allowed contact by ${employerId}`);
    }

    return consent;
  }

  /** Deletes the learner's consent to the employer; true even when there was none. */
  async withdraw(viewer: Viewer, rawEmployerId: string): Promise<boolean> {
    const employerId = parseUuid('employerId', rawEmployerId);
    if (await this.repository.deleteConsent(viewer.userId, employerId)) {
      await this.record(viewer, 'update', {
        employerContactConsent: { from: employerId, to: null },
      });
      this.logger.log(
        `User ${viewer.userId} withdrew contact by ${employerId}`,
      );
    }

    return true;
  }

  myConsents(viewer: Viewer): Promise<EmployerContactConsentModel[]> {
    return this.repository.findConsents(viewer.userId);
  }

  /**
   * Lists open needs whose radius covers the point (`near`, not stored, or
   * the home place) and that share a skill with the learner's valid badges.
   */
  async myMatches(
    viewer: Viewer,
    args: MySkillNeedMatchesArgs,
  ): Promise<SkillNeedConnection> {
    const first = checkPageSize('first', args.first ?? DEFAULT_LISTINGS_PAGE);
    const point = await this.pointFor(viewer, args);
    const held = await this.reach.findHeldSkills(viewer.userId);
    const today = todayUtc();
    const scope = cursorScope(['mySkillNeedMatches', point, held, today]);
    const position = args.after
      ? decodeCompositeCursor(args.after, scope, NUMBER_TEXT)
      : null;
    const hits = await this.repository.findNear(
      point,
      held,
      today,
      first + 1,
      position === null
        ? null
        : {
            held: position.count,
            distance: Number(position.second),
            id: position.id,
          },
    );
    const edges = hits.slice(0, first).map((hit) => ({
      node: hit.need,
      distanceKm: hit.distance / 1000,
      cursor: encodeCompositeCursor(
        { count: hit.held, second: String(hit.distance), id: hit.need.id },
        scope,
      ),
    }));

    return {
      edges,
      pageInfo: {
        hasNextPage: hits.length > first,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      countAll: () => this.repository.countNear(point, held, today),
    };
  }

  private async pointFor(
    viewer: Viewer,
    args: MySkillNeedMatchesArgs,
  ): Promise<GeoPoint> {
    if (args.near !== null && args.near !== undefined) {
      return this.search.resolvePoint(args.near, 'near');
    }
    const home = await this.repository.findHomePoint(viewer.userId);
    if (home === null) {
      throw new BadUserInputError(
        'You have no home place, so there is no point to match from; set homePlaceId with updateProfile, or give near.',
        'homePlaceId',
      );
    }

    return home;
  }

  private async requireEmployer(rawId: string): Promise<string> {
    const id = parseUuid('employerId', rawId);
    const employer = await this.needs.findEmployer(id);
    if (employer === null) {
      throw new NotFoundError(`There is no organisation with id ${id}.`);
    }
    if (employer.kind !== OrganisationKind.EMPLOYER) {
      throw new BadUserInputError(
        `${employer.name} is a ${employer.kind}, not an employer; consent to contact can be given to employers only.`,
        'employerId',
      );
    }
    if (!employer.verified) {
      throw new BadUserInputError(
        `${employer.name} is awaiting verification by the platform administrators; consent to contact can be given only to verified employers.`,
        'employerId',
      );
    }

    return id;
  }

  private record(
    viewer: Viewer,
    action: string,
    changes: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record({
      actorId: viewer.userId,
      // A learner's consents are theirs, not the employer's, so the entry
      // stays out of the organisation's audit log.
      organisationId: null,
      subjectType: 'user',
      subjectId: viewer.userId,
      action,
      changes,
    });
  }
}
