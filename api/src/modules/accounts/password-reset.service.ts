import { Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource } from 'typeorm';

import { BadUserInputError } from '../../common/errors/domain-error.js';
import { AccountsRepository } from './accounts.repository.js';
import { clientIp } from './client-ip.js';
import type {
  RequestPasswordResetInput,
  ResetPasswordInput,
} from './dto/email-link.inputs.js';
import { AccountMail } from './mail/account-mail.service.js';
import { hashPassword } from './passwords.js';
import { normaliseEmail } from './rules/email-address.js';
import { checkPassword } from './rules/password-policy.js';
import { SessionsService } from './sessions/sessions.service.js';
import { MailRateLimit } from './throttle/mail-rate-limit.service.js';
import { SignInThrottle } from './throttle/sign-in-throttle.service.js';
import { invalidToken, UserTokens } from './tokens/user-tokens.service.js';
import { UserTokenPurpose } from './user-token.entity.js';

/** Lets a user who forgot their password choose a new one by e-mail. */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger(PasswordResetService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly tokens: UserTokens,
    private readonly mail: AccountMail,
    private readonly rateLimit: MailRateLimit,
    private readonly sessions: SessionsService,
    private readonly throttle: SignInThrottle,
  ) {}

  /**
   * Sends a reset link when the address has an account, and returns true
   * either way, so the response does not reveal which addresses exist.
   * NOTE: writing the token and the e-mail makes a request for a known
   * address a few milliseconds slower, which a mail queue would hide.
   */
  async request(
    input: RequestPasswordResetInput,
    request: Request,
  ): Promise<boolean> {
    const email = normaliseEmail(input.email, 'input.email');
    await this.rateLimit.takePasswordReset(email, clientIp(request));

    const user = await this.accounts.findByEmail(email);
    if (user === null) {
      this.logger.log('Password reset requested for an unknown address');

      return true;
    }
    const token = await this.tokens.issue(
      user.id,
      UserTokenPurpose.RESET_PASSWORD,
      email,
    );
    await this.mail.sendPasswordReset(email, token);
    this.logger.log(`Sent a password reset link for account ${user.id}`);

    return true;
  }

  /**
   * Sets the new password, ends every session and every other reset link
   * of the user, and lifts the account's sign-in block. Following the link
   * proves that the user receives mail at the address, so it also counts
   * as verifying it.
   */
  async reset(input: ResetPasswordInput): Promise<boolean> {
    const purpose = UserTokenPurpose.RESET_PASSWORD;
    const found = await this.tokens.peek(input.token, purpose);
    const user = await this.accounts.findById(found.userId);
    if (user === null) invalidToken(purpose);
    checkPassword(input.newPassword, user.email, 'input.newPassword');
    const passwordHash = await hashPassword(input.newPassword);

    await this.dataSource.transaction(async (manager) => {
      const consumed = await this.tokens.consume(input.token, purpose, manager);
      const current = await this.accounts.markEmailVerified(
        consumed.userId,
        consumed.email,
        manager,
      );
      if (!current) {
        throw new BadUserInputError(
          'This link was sent to an e-mail address that the account no longer uses; request a new password reset link.',
          'input.token',
        );
      }
      await this.accounts.updatePasswordHash(user.id, passwordHash, manager);
      await this.tokens.revokeAll(user.id, purpose, manager);
    });
    const ended = await this.sessions.endAll(user.id);
    await this.throttle.recordSuccess(user.email);
    this.logger.log(
      `Reset the password of account ${user.id} and ended ${ended} sessions`,
    );

    return true;
  }
}
