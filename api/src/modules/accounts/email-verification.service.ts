import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import { LearnerBadgeEvents } from '../credentials/learner-badge-events.js';
import { toAccount } from './account-mapping.js';
import { AccountsRepository, type UserRow } from './accounts.repository.js';
import { EmailAddressesRepository } from './addresses/email-addresses.repository.js';
import type { EmailVerificationModel } from './dto/email-verification.model.js';
import { AccountMail } from './mail/account-mail.service.js';
import { MailRateLimit } from './throttle/mail-rate-limit.service.js';
import type { ConsumedToken } from './tokens/user-tokens.repository.js';
import { UserTokens } from './tokens/user-tokens.service.js';
import { isUniqueViolation } from './unique-violation.js';
import { UserTokenPurpose } from './user-token.entity.js';

/** Confirms that a user receives mail at their account's address. */
@Injectable()
export class EmailVerificationService {
  private readonly logger = new Logger(EmailVerificationService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly tokens: UserTokens,
    private readonly mail: AccountMail,
    private readonly rateLimit: MailRateLimit,
    private readonly addresses: EmailAddressesRepository,
    private readonly badgeEvents: LearnerBadgeEvents,
  ) {}

  /**
   * Uses a verification token and marks its address verified: the
   * account's primary address or one of its extra addresses. The token
   * must be for an address the account still has, so a link sent to an
   * address since replaced or removed fails and stays unused. The account
   * is returned only when `viewer` is signed in to it, because whoever
   * opens a forwarded or mistyped link must not learn whose account it is.
   */
  async verify(
    token: string,
    viewer: Viewer | null,
  ): Promise<EmailVerificationModel> {
    const { consumed, primary, user } = await this.dataSource.transaction(
      (manager) => this.useToken(token, manager),
    );
    this.logger.log(`Verified an e-mail address of account ${consumed.userId}`);
    // Badges sent to the address now belong to the account.
    await this.badgeEvents.badgesChanged(consumed.userId);
    const ownAccount = viewer !== null && viewer.userId === consumed.userId;

    return {
      email: consumed.email,
      primary,
      account: ownAccount && user !== null ? toAccount(user) : null,
    };
  }

  /** Consumes the token and marks its address verified, in one transaction. */
  private async useToken(
    token: string,
    manager: EntityManager,
  ): Promise<{
    consumed: ConsumedToken;
    primary: boolean;
    user: UserRow | null;
  }> {
    const consumed = await this.tokens.consume(
      token,
      UserTokenPurpose.VERIFY_EMAIL,
      manager,
    );
    await this.requireFree(consumed.userId, consumed.email, manager);
    const primary = await this.accounts.markEmailVerified(
      consumed.userId,
      consumed.email,
      manager,
    );
    if (!primary) await this.verifyExtra(consumed, manager);
    const user = await this.accounts.findById(consumed.userId, manager);

    return { consumed, primary, user };
  }

  private async verifyExtra(
    consumed: ConsumedToken,
    manager: EntityManager,
  ): Promise<void> {
    let result: 'verified' | 'already' | 'missing';
    try {
      result = await this.addresses.markVerified(
        consumed.userId,
        consumed.email,
        manager,
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw addressTaken(consumed.email);
    }
    if (result === 'missing') {
      throw new BadUserInputError(
        'This link is for an e-mail address that the account no longer uses; use the link sent to the current address.',
        'input.token',
      );
    }
  }

  /** Rejects an address that another account verified in the meantime. */
  private async requireFree(
    userId: string,
    email: string,
    manager: EntityManager,
  ): Promise<void> {
    if (await this.addresses.verifiedElsewhere(userId, email, manager)) {
      throw addressTaken(email);
    }
  }

  /** Sends a new link to the viewer's address, unless it is verified. */
  async resend(viewer: Viewer): Promise<boolean> {
    const user = await this.accounts.findById(viewer.userId);
    if (user === null) throw new NotFoundError('Your account was not found.');
    if (user.emailVerifiedAt !== null) {
      throw new ConflictError(
        `${user.email} is already verified; there is nothing to confirm.`,
      );
    }
    await this.rateLimit.takeVerification(user.id);

    const token = await this.tokens.issue(
      user.id,
      UserTokenPurpose.VERIFY_EMAIL,
      user.email,
    );
    await this.mail.sendVerification(user.email, token);
    this.logger.log(`Sent a new verification link for account ${user.id}`);

    return true;
  }
}

function addressTaken(email: string): ConflictError {
  return new ConflictError(
    `${email} is verified by another account, so it cannot be verified here. If it is yours, remove it from that account first.`,
    'input.token',
  );
}
