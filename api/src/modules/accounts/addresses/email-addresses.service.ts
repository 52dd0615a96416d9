import { Injectable, Logger } from '@nestjs/common';

import type { Viewer } from '../../../common/auth/viewer.js';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
} from '../../../common/errors/domain-error.js';
import { LearnerBadgeEvents } from '../../credentials/learner-badge-events.js';
import { requireUuid } from '../../registrations/session-access.service.js';
import { AccountsRepository } from '../accounts.repository.js';
import { AccountMail } from '../mail/account-mail.service.js';
import { normaliseEmail } from '../rules/email-address.js';
import { MailRateLimit } from '../throttle/mail-rate-limit.service.js';
import { UserTokens } from '../tokens/user-tokens.service.js';
import { isUniqueViolation } from '../unique-violation.js';
import { UserTokenPurpose } from '../user-token.entity.js';
import type {
  AddEmailAddressInput,
  EmailAddressInput,
  EmailAddressModel,
} from './email-address.model.js';
import { EmailAddressesRepository } from './email-addresses.repository.js';

/** Extra addresses an account may have beside its primary one. */
export const MAX_EXTRA_ADDRESSES = 10;

/**
 * The extra e-mail addresses of an account. Each is verified by a link
 * sent to it; once verified, badges sent to it belong to the account.
 */
@Injectable()
export class EmailAddressesService {
  private readonly logger = new Logger(EmailAddressesService.name);

  constructor(
    private readonly repository: EmailAddressesRepository,
    private readonly tokens: UserTokens,
    private readonly mail: AccountMail,
    private readonly rateLimit: MailRateLimit,
    private readonly badgeEvents: LearnerBadgeEvents,
    private readonly accounts: AccountsRepository,
  ) {}

  list(viewer: Viewer): Promise<EmailAddressModel[]> {
    return this.repository.list(viewer.userId);
  }

  async add(
    viewer: Viewer,
    input: AddEmailAddressInput,
  ): Promise<EmailAddressModel> {
    const email = normaliseEmail(input.email, 'input.email');
    if (await this.repository.onAccount(viewer.userId, email)) {
      throw new ConflictError(
        `${email} is already on your account.`,
        'input.email',
      );
    }
    await this.requireNotVerifiedElsewhere(viewer.userId, email);
    const count = await this.repository.countExtra(viewer.userId);
    if (count >= MAX_EXTRA_ADDRESSES) {
      throw new BadUserInputError(
        `Your account has ${count} extra addresses, the maximum; remove one before adding ${email}.`,
        'input.email',
      );
    }
    await this.rateLimit.takeVerification(viewer.userId);
    let added: EmailAddressModel;
    try {
      added = await this.repository.insert(viewer.userId, email);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new ConflictError(
        `${email} is already on your account.`,
        'input.email',
      );
    }
    await this.sendLink(viewer.userId, email);
    this.logger.log(`Account ${viewer.userId} added address ${added.id}`);

    return added;
  }

  async resend(viewer: Viewer, input: EmailAddressInput): Promise<boolean> {
    const address = await this.findOwn(viewer, input);
    if (address.verified) {
      throw new ConflictError(
        `${address.email} is already verified; there is nothing to confirm.`,
      );
    }
    await this.requireNotVerifiedElsewhere(viewer.userId, address.email);
    await this.rateLimit.takeVerification(viewer.userId);
    await this.sendLink(viewer.userId, address.email);

    return true;
  }

  /**
   * Removes an extra address. Badges sent to it leave the backpack, and
   * collections stop showing them.
   */
  async remove(viewer: Viewer, input: EmailAddressInput): Promise<boolean> {
    const address = await this.findOwn(viewer, input);
    const wasVerified = await this.repository.delete(
      viewer.userId,
      address.id!,
    );
    this.logger.log(`Account ${viewer.userId} removed address ${address.id}`);
    if (wasVerified === true) {
      await this.badgeEvents.badgesChanged(viewer.userId);
    }

    return true;
  }

  private async findOwn(
    viewer: Viewer,
    input: EmailAddressInput,
  ): Promise<EmailAddressModel> {
    const id = requireUuid(input.emailAddressId, 'input.emailAddressId');
    const address = await this.repository.find(viewer.userId, id);
    if (address === null) {
      throw new NotFoundError(
        `Your account has no extra e-mail address with id ${id}.`,
      );
    }

    return address;
  }

  /** Names no account, so that the error reveals nobody's address book. */
  private async requireNotVerifiedElsewhere(
    userId: string,
    email: string,
  ): Promise<void> {
    if (await this.repository.verifiedElsewhere(userId, email)) {
      throw new ConflictError(
        `${email} is verified by another account, so it cannot be added here. If it is yours, remove it from that account first.`,
        'input.email',
      );
    }
  }

  private async sendLink(userId: string, email: string): Promise<void> {
    const user = await this.accounts.findById(userId);
    if (user === null) throw new NotFoundError('Your account was not found.');
    const token = await this.tokens.issue(
      userId,
      UserTokenPurpose.VERIFY_EMAIL,
      email,
    );
    await this.mail.sendAddressVerification(email, token, user.name);
  }
}
