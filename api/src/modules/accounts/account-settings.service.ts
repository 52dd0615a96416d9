import { Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource, type EntityManager } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import { AuditService, diffFields } from '../audit/audit.service.js';
import { parsePlaceId } from '../places/places.service.js';
import { toAccount } from './account-mapping.js';
import {
  AccountsRepository,
  type ProfileSettings,
  type UserRow,
} from './accounts.repository.js';
import { CurrentPassword } from './current-password.service.js';
import type { AccountModel } from './dto/account.model.js';
import type {
  ChangeEmailInput,
  ChangePasswordInput,
  UpdateProfileInput,
} from './dto/settings.inputs.js';
import { AccountMail } from './mail/account-mail.service.js';
import { hashPassword } from './passwords.js';
import { ADULT_AGE, currentYear, isMinor } from './rules/age.js';
import { normaliseName } from './rules/display-name.js';
import { normaliseEmail } from './rules/email-address.js';
import { checkPassword } from './rules/password-policy.js';
import { SessionsService } from './sessions/sessions.service.js';
import { UserTokens } from './tokens/user-tokens.service.js';
import { isUniqueViolation } from './unique-violation.js';
import { ProfileVisibility } from './user.entity.js';
import { UserTokenPurpose } from './user-token.entity.js';

/** Settings that audit entries record. The name is personal data, so it is left out. */
const PRIVACY_FIELDS = [
  'profileVisibility',
  'employerContact',
  'shareLocation',
  'homePlaceId',
] as const;

/** The signed-in user's own profile, privacy settings, address and password. */
@Injectable()
export class AccountSettingsService {
  private readonly logger = new Logger(AccountSettingsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly currentPassword: CurrentPassword,
    private readonly tokens: UserTokens,
    private readonly mail: AccountMail,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Changes the name and privacy settings given. A minor cannot share a
   * location, and a minor's choice to be found (a public profile or
   * employer contact) is recorded in the audit log as `opt-in`.
   */
  async updateProfile(
    viewer: Viewer,
    input: UpdateProfileInput,
  ): Promise<AccountModel> {
    const user = await this.findUser(viewer.userId);
    const minor = isMinor(user.birthYear, currentYear());
    if (minor && input.shareLocation === true) {
      throw new BadUserInputError(
        `Location sharing is not available while you may be under ${ADULT_AGE}; it becomes available in ${user.birthYear + ADULT_AGE + 1}.`,
        'input.shareLocation',
      );
    }
    const next: ProfileSettings = {
      name:
        input.name === undefined || input.name === null
          ? user.name
          : normaliseName(input.name, 'input.name'),
      profileVisibility: input.profileVisibility ?? user.profileVisibility,
      employerContact: input.employerContact ?? user.employerContact,
      shareLocation: input.shareLocation ?? user.shareLocation,
      homePlaceId: await this.homePlaceOf(input, user),
    };

    const updated = await this.dataSource.transaction(async (manager) => {
      const row = await this.accounts.updateProfile(user.id, next, manager);
      await this.recordPrivacyChanges(user, row, minor, manager);

      return row;
    });

    return toAccount(updated);
  }

  /**
   * Moves the account to a new address, which stays unverified until the
   * link sent to it is used. The old address gets a notice.
   */
  async changeEmail(
    viewer: Viewer,
    input: ChangeEmailInput,
    request: Request,
  ): Promise<AccountModel> {
    const newEmail = normaliseEmail(input.newEmail, 'input.newEmail');
    const user = await this.currentPassword.verify(
      viewer.userId,
      input.currentPassword,
      request,
    );
    if (newEmail === user.email) {
      throw new BadUserInputError(
        `${newEmail} is already the address of your account; enter a different one.`,
        'input.newEmail',
      );
    }
    if (await this.accounts.emailTaken(newEmail)) throw newEmailTaken();

    const updated = await this.dataSource
      .transaction(async (manager) => {
        const row = await this.accounts.updateEmail(user.id, newEmail, manager);
        await this.tokens.revokeAll(
          user.id,
          UserTokenPurpose.VERIFY_EMAIL,
          manager,
        );
        await this.tokens.revokeAll(
          user.id,
          UserTokenPurpose.RESET_PASSWORD,
          manager,
        );
        await this.recordOwnChange(user.id, 'change-email', manager);

        return row;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw newEmailTaken();
        throw error;
      });
    const token = await this.tokens.issue(
      user.id,
      UserTokenPurpose.VERIFY_EMAIL,
      newEmail,
    );
    await this.mail.sendVerification(newEmail, token);
    await this.mail.sendEmailChanged(user.email);
    this.logger.log(`Changed the e-mail address of account ${user.id}`);

    return toAccount(updated);
  }

  /** Sets a new password and ends every other session of the user. */
  async changePassword(
    viewer: Viewer,
    input: ChangePasswordInput,
    request: Request,
  ): Promise<boolean> {
    const user = await this.currentPassword.verify(
      viewer.userId,
      input.currentPassword,
      request,
    );
    checkPassword(input.newPassword, user.email, 'input.newPassword');
    const passwordHash = await hashPassword(input.newPassword);

    await this.dataSource.transaction(async (manager) => {
      await this.accounts.updatePasswordHash(user.id, passwordHash, manager);
      await this.tokens.revokeAll(
        user.id,
        UserTokenPurpose.RESET_PASSWORD,
        manager,
      );
      await this.recordOwnChange(user.id, 'change-password', manager);
    });
    const ended = await this.sessions.endAll(user.id, viewer.sessionId);
    await this.mail.sendPasswordChanged(user.email);
    this.logger.log(
      `Changed the password of account ${user.id} and ended ${ended} other sessions`,
    );

    return true;
  }

  /**
   * Returns the home place to store: the current one when `homePlaceId` is
   * left out, none when it is null, else the given place if it exists.
   */
  private async homePlaceOf(
    input: UpdateProfileInput,
    user: UserRow,
  ): Promise<number | null> {
    if (input.homePlaceId === undefined) return user.homePlaceId;
    if (input.homePlaceId === null) return null;
    const id = parsePlaceId('input.homePlaceId', input.homePlaceId);
    if (!(await this.accounts.placeExists(id))) {
      throw new BadUserInputError(
        `input.homePlaceId "${id}" is not a known place; choose a place from the places query.`,
        'input.homePlaceId',
      );
    }

    return id;
  }

  private async findUser(userId: string): Promise<UserRow> {
    const user = await this.accounts.findById(userId);
    if (user === null) throw new NotFoundError('Your account was not found.');

    return user;
  }

  /**
   * Records changed privacy settings. For a minor, settings that make them
   * easier to find go into an entry of their own with action `opt-in`.
   */
  private async recordPrivacyChanges(
    before: UserRow,
    after: UserRow,
    minor: boolean,
    manager: EntityManager,
  ): Promise<void> {
    const changes = diffFields(pickPrivacy(before), pickPrivacy(after));
    const optIns: typeof changes = {};
    if (minor && changes.profileVisibility?.to === ProfileVisibility.PUBLIC) {
      optIns.profileVisibility = changes.profileVisibility;
      delete changes.profileVisibility;
    }
    if (minor && changes.employerContact?.to === true) {
      optIns.employerContact = changes.employerContact;
      delete changes.employerContact;
    }
    for (const [action, fields] of [
      ['opt-in', optIns],
      ['update', changes],
    ] as const) {
      if (Object.keys(fields).length === 0) continue;
      await this.recordOwnChange(before.id, action, manager, fields);
    }
  }

  private recordOwnChange(
    userId: string,
    action: string,
    manager: EntityManager,
    changes: Record<string, unknown> = {},
  ): Promise<void> {
    return this.audit.record(
      {
        actorId: userId,
        organisationId: null,
        subjectType: 'user',
        subjectId: userId,
        action,
        changes,
      },
      manager,
    );
  }
}

function pickPrivacy(user: UserRow): Record<string, unknown> {
  return Object.fromEntries(
    PRIVACY_FIELDS.map((field) => [field, user[field]]),
  );
}

function newEmailTaken(): ConflictError {
  return new ConflictError(
    'Another account already uses this e-mail address; enter a different one.',
    'input.newEmail',
  );
}
