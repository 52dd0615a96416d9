import { Inject, Injectable, Logger } from '@nestjs/common';

import { toLoggableError } from '../../../common/logging/loggable-error.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { Mailer, type MailMessage } from '../../mail/mailer.service.js';

/**
 * The e-mails of the accounts feature. A failed send is logged and not
 * raised: the account change it reports has already been made, and for a
 * password reset an error would reveal that the address has an account.
 */
@Injectable()
export class AccountMail {
  private readonly logger = new Logger(AccountMail.name);

  constructor(
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sendVerification(to: string, token: string): Promise<void> {
    const link = `${this.config.publicUrl}/verify-email?token=${token}`;
    await this.send('verification', {
      to,
      subject: 'Confirm your e-mail address for Learnscape',
      text: [
        'Open this link to confirm that this is your e-mail address:',
        '',
        link,
        '',
        'The link works once, for 24 hours.',
        'If you did not sign up for Learnscape, ignore this e-mail.',
      ].join('\n'),
    });
  }

  /**
   * Sends the link that adds an extra address to an existing account. The
   * mail names the account, because confirming moves every badge ever sent
   * to the address into that account's backpack, and the person who reads
   * it may not be the person who added the address.
   */
  async sendAddressVerification(
    to: string,
    token: string,
    accountName: string,
  ): Promise<void> {
    const link = `${this.config.publicUrl}/verify-email?token=${token}`;
    await this.send('address verification', {
      to,
      subject: `Confirm this address for the Learnscape account of ${accountName}`,
      text: [
        `${accountName} added this e-mail address to their Learnscape account`,
        'and asked us to check that it is theirs.',
        '',
        'If you confirm, every badge sent to this address, earlier or later,',
        `moves into the backpack of ${accountName}'s account, and that account`,
        'can show, share and download those badges.',
        '',
        `Open this link only if you are ${accountName} and this is your address:`,
        '',
        link,
        '',
        'The link works once, for 24 hours.',
        `If you do not know ${accountName} or did not add this address, ignore`,
        'this e-mail. Nothing changes unless the link is opened, and badges sent',
        'to this address stay where they are.',
      ].join('\n'),
    });
  }

  async sendPasswordReset(to: string, token: string): Promise<void> {
    const link = `${this.config.publicUrl}/reset-password?token=${token}`;
    await this.send('password reset', {
      to,
      subject: 'Reset your Learnscape password',
      text: [
        'Open this link to choose a new password:',
        '',
        link,
        '',
        'The link works once, for 1 hour. Resetting signs you out everywhere.',
        'If you did not ask for this, ignore this e-mail; your password stays the same.',
      ].join('\n'),
    });
  }

  /** Tells the old address that the account now uses another one. */
  async sendEmailChanged(to: string): Promise<void> {
    await this.send('e-mail change notice', {
      to,
      subject: 'Your Learnscape e-mail address was changed',
      text: [
        'The e-mail address of your Learnscape account was just changed,',
        'so messages now go to the new address instead of this one.',
        '',
        'If you did not make this change, reply to this e-mail so that we can',
        'help you recover the account.',
      ].join('\n'),
    });
  }

  async sendPasswordChanged(to: string): Promise<void> {
    await this.send('password change notice', {
      to,
      subject: 'Your Learnscape password was changed',
      text: [
        'The password of your Learnscape account was just changed, and every',
        'other browser signed in to it was signed out.',
        '',
        'If you did not make this change, reset your password from the sign-in',
        `page at ${this.config.publicUrl}.`,
      ].join('\n'),
    });
  }

  private async send(kind: string, message: MailMessage): Promise<void> {
    try {
      await this.mailer.send(message);
    } catch (error) {
      this.logger.error(
        `Failed to send the ${kind} e-mail: ${toLoggableError(error).message}`,
      );
    }
  }
}
