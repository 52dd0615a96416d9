import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain-text body; links in it are absolute URLs. */
  text: string;
}

/** A message as stored in the outbox folder, one JSON file each. */
export interface OutboxMessage extends MailMessage {
  from: string;
  date: string;
}

/**
 * Sends e-mail through SMTP when `SMTP_URL` is set. Without it, each
 * message is written to the outbox folder as a JSON file, so sign-up and
 * password reset work on a machine with no mail server.
 */
@Injectable()
export class Mailer {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport =
      config.smtpUrl === null ? null : createTransport(config.smtpUrl);
  }

  async send(message: MailMessage): Promise<void> {
    if (this.transport !== null) {
      await this.transport.sendMail({ from: this.config.mailFrom, ...message });
      this.logger.log(`Sent "${message.subject}" by SMTP`);

      return;
    }

    const file = await this.writeToOutbox(message);
    this.logger.log(`Wrote "${message.subject}" to the outbox: ${file}`);
  }

  private async writeToOutbox(message: MailMessage): Promise<string> {
    await mkdir(this.config.outboxDir, { recursive: true });
    const date = new Date();
    // A sortable time first, so that a listing shows messages in order.
    const name = `${date.toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.json`;
    const file = path.join(this.config.outboxDir, name);
    const stored: OutboxMessage = {
      from: this.config.mailFrom,
      date: date.toISOString(),
      ...message,
    };
    await writeFile(file, `${JSON.stringify(stored, null, 2)}\n`, {
      mode: 0o600,
    });

    return file;
  }
}
