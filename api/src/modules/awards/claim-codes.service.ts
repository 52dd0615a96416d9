import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { VerifiedEmail } from '../accounts/verified-email.service.js';
import { AuditService } from '../audit/audit.service.js';
import {
  ALL_ROLES,
  OrganisationAccess,
} from '../organisations/organisation-access.service.js';
import { requireUuid } from '../registrations/session-access.service.js';
import { AwardChecks } from './award-checks.service.js';
import { AwardsRepository } from './awards.repository.js';
import { formatClaimCode, generateClaimCode } from './claim-code.js';
import { ClaimCodesRepository } from './claim-codes.repository.js';
import type {
  CreateClaimCodeInput,
  RevokeClaimCodeInput,
} from './dto/award.inputs.js';
import type { ClaimCodeObject } from './dto/claim-code.type.js';
import { isUniqueViolation } from './unique-violation.js';

const YEAR_MS = 366 * 24 * 3600_000;
const MAX_REDEMPTIONS = 10_000;
/** The unique constraint on claim_codes.code, as the migration names it. */
const CODE_UNIQUE = 'UQ_1c8f459f458144599d82d00764b';

/** Creating, listing and revoking claim codes. */
@Injectable()
export class ClaimCodesService {
  private readonly logger = new Logger(ClaimCodesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ClaimCodesRepository,
    private readonly awards: AwardsRepository,
    private readonly checks: AwardChecks,
    private readonly access: OrganisationAccess,
    private readonly verifiedEmail: VerifiedEmail,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(
    viewer: Viewer,
    input: CreateClaimCodeInput,
  ): Promise<ClaimCodeObject> {
    checkExpiry(input.expiresAt);
    const maxRedemptions = checkMaxRedemptions(input.maxRedemptions ?? null);
    const achievement = await this.checks.awardableAchievement(
      viewer,
      input.achievementId,
    );
    await this.verifiedEmail.require(viewer, 'creating claim codes');
    const sessionId = await this.sessionOf(
      input.sessionId ?? null,
      achievement.organisationId,
    );
    const id = await this.insertUnique(
      {
        achievementId: achievement.id,
        sessionId,
        expiresAt: input.expiresAt,
        maxRedemptions,
        createdById: viewer.userId,
      },
      achievement.organisationId,
    );
    this.logger.log(`User ${viewer.userId} created claim code ${id}`);

    return this.present((await this.repository.findById(id))!);
  }

  async revoke(
    viewer: Viewer,
    input: RevokeClaimCodeInput,
  ): Promise<ClaimCodeObject> {
    const id = requireUuid(input.claimCodeId, 'input.claimCodeId');
    const code = await this.repository.findById(id);
    if (code === null) throw new NotFoundError(`Claim code ${id} not found.`);
    const { organisationId } = await this.checks.awardingAchievement(
      viewer,
      code.achievementId,
    );
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.revoke(manager, id))) {
        throw new ConflictError(`Claim code ${id} is already revoked.`);
      }
      await this.audit.record(
        {
          actorId: viewer.userId,
          organisationId,
          subjectType: 'claim_code',
          subjectId: id,
          action: 'revoke',
        },
        manager,
      );
    });

    return this.present((await this.repository.findById(id))!);
  }

  async listForAchievement(
    viewer: Viewer,
    achievementId: string,
  ): Promise<ClaimCodeObject[]> {
    const id = requireUuid(achievementId, 'achievementId');
    const achievement = await this.awards.findAchievement(id);
    if (achievement === null) {
      throw new NotFoundError(`Achievement ${id} not found.`);
    }
    await this.access.require(viewer, achievement.organisationId, ALL_ROLES);
    const codes = await this.repository.listByAchievement(id);

    return codes.map((code) => this.present(code));
  }

  /** Shows the stored code grouped, with the claim page's address. */
  present(row: ClaimCodeObject): ClaimCodeObject {
    const code = formatClaimCode(row.code);
    const base = this.config.publicUrl.replace(/\/+$/, '');

    return { ...row, code, claimUrl: `${base}/claim/${code}` };
  }

  private async sessionOf(
    sessionId: string | null,
    organisationId: string,
  ): Promise<string | null> {
    if (sessionId === null) return null;
    const id = requireUuid(sessionId, 'input.sessionId');
    if ((await this.awards.findSessionOrganisation(id)) !== organisationId) {
      throw new BadUserInputError(
        `Session ${id} is not a session of the organisation that awards this badge; pick one of its own sessions.`,
        'input.sessionId',
      );
    }

    return id;
  }

  /** Draws again on the rare collision with an existing code. */
  private async insertUnique(
    code: Omit<Parameters<ClaimCodesRepository['insert']>[1], 'code'>,
    organisationId: string,
  ): Promise<string> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.dataSource.transaction(async (manager) => {
          const id = await this.repository.insert(manager, {
            ...code,
            code: generateClaimCode(),
          });
          await this.audit.record(
            {
              actorId: code.createdById,
              organisationId,
              subjectType: 'claim_code',
              subjectId: id,
              action: 'create',
              changes: { achievementId: code.achievementId },
            },
            manager,
          );

          return id;
        });
      } catch (error) {
        if (attempt >= 5 || !isUniqueViolation(error, CODE_UNIQUE)) {
          throw error;
        }
      }
    }
  }
}

function checkExpiry(expiresAt: Date): void {
  const now = Date.now();
  const time = expiresAt.getTime();
  if (Number.isNaN(time) || time <= now || time > now + YEAR_MS) {
    throw new BadUserInputError(
      `expiresAt ${Number.isNaN(time) ? 'is not a date' : expiresAt.toISOString()} is not allowed; pick a time in the future, at most one year from now.`,
      'input.expiresAt',
    );
  }
}

function checkMaxRedemptions(value: number | null): number | null {
  if (value !== null && (value < 1 || value > MAX_REDEMPTIONS)) {
    throw new BadUserInputError(
      `maxRedemptions ${value} is not allowed; use 1 to ${MAX_REDEMPTIONS}, or null for no limit.`,
      'input.maxRedemptions',
    );
  }

  return value;
}
