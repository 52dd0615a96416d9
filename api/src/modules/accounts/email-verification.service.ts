import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import { toAccount } from './account-mapping.js';
import { AccountsRepository } from './accounts.repository.js';
import type { AccountModel } from './dto/account.model.js';
import { AccountMail } from './mail/account-mail.service.js';
import { MailRateLimit } from './throttle/mail-rate-limit.service.js';
import { UserTokens } from './tokens/user-tokens.service.js';
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
  ) {}

  /**
   * Uses a verification token and marks its address verified. The token
   * must be for the account's current address, so a link sent to an address
   * the user has since replaced fails and stays unused.
   */
  async verify(token: string): Promise<AccountModel> {
    const user = await this.dataSource.transaction(async (manager) => {
      const consumed = await this.tokens.consume(
        token,
        UserTokenPurpose.VERIFY_EMAIL,
        manager,
      );
      const current = await this.accounts.markEmailVerified(
        consumed.userId,
        consumed.email,
        manager,
      );
      if (!current) {
        throw new BadUserInputError(
          'This link is for an e-mail address that the account no longer uses; use the link sent to the current address.',
          'input.token',
        );
      }

      return this.accounts.findById(consumed.userId, manager);
    });
    this.logger.log(`Verified the e-mail address of account ${user!.id}`);

    return toAccount(user!);
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
