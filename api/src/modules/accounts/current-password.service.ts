import { Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';

import {
  BadUserInputError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import { AccountsRepository, type UserRow } from './accounts.repository.js';
import { clientIp } from './client-ip.js';
import { verifyPassword } from './passwords.js';
import { SignInThrottle } from './throttle/sign-in-throttle.service.js';

/**
 * Checks the password that sensitive changes ask for again. Wrong guesses
 * count towards the same throttle as sign-in, so a stolen session cannot
 * be used to guess the password faster than the sign-in form allows.
 */
@Injectable()
export class CurrentPassword {
  private readonly logger = new Logger(CurrentPassword.name);

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly throttle: SignInThrottle,
  ) {}

  /** Returns the user when the password is theirs, else BAD_USER_INPUT. */
  async verify(
    userId: string,
    password: string,
    request: Request,
  ): Promise<UserRow> {
    const user = await this.accounts.findById(userId);
    if (user === null) throw new NotFoundError('Your account was not found.');
    const attempt = { email: user.email, ip: clientIp(request) };
    await this.throttle.checkNotBlocked(attempt);

    if (!(await verifyPassword(user.passwordHash, password))) {
      await this.throttle.recordFailure(attempt);
      this.logger.warn(`Wrong current password for account ${user.id}`);

      throw new BadUserInputError(
        'Current password is incorrect; enter the password you sign in with.',
        'input.currentPassword',
      );
    }

    return user;
  }
}
