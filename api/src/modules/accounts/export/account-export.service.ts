import { Injectable, Logger } from '@nestjs/common';

import { NotFoundError } from '../../../common/errors/domain-error.js';
import { AccountExportRepository } from './account-export.repository.js';

/** Everything stored about a user, as the export file contains it. */
export interface AccountExport {
  exportedAt: string;
  account: Record<string, unknown>;
  sessions: Record<string, unknown>[];
  emailLinks: Record<string, unknown>[];
  memberships: Record<string, unknown>[];
  registrations: RegistrationExport[];
  auditEntries: Record<string, unknown>[];
}

interface RegistrationExport extends Record<string, unknown> {
  opportunity: { id: unknown; title: unknown };
  session: {
    id: unknown;
    startsAt: unknown;
    endsAt: unknown;
    timeZone: unknown;
  };
}

/** Gathers a user's data for download, as data protection law requires. */
@Injectable()
export class AccountExportService {
  private readonly logger = new Logger(AccountExportService.name);

  constructor(private readonly exports: AccountExportRepository) {}

  async export(userId: string, now = new Date()): Promise<AccountExport> {
    const account = await this.exports.account(userId);
    if (account === null)
      throw new NotFoundError('Your account was not found.');
    const result: AccountExport = {
      exportedAt: now.toISOString(),
      account,
      sessions: await this.exports.sessions(userId),
      emailLinks: await this.exports.emailLinks(userId),
      memberships: await this.exports.memberships(userId),
      registrations: (await this.exports.registrations(userId)).map(
        nestRegistration,
      ),
      auditEntries: await this.exports.auditEntries(userId),
    };
    this.logger.log(`Exported the data of account ${userId}`);

    return result;
  }
}

function nestRegistration(row: Record<string, unknown>): RegistrationExport {
  const {
    opportunityId,
    opportunityTitle,
    sessionId,
    sessionStartsAt,
    sessionEndsAt,
    sessionTimeZone,
    ...registration
  } = row;

  return {
    ...registration,
    opportunity: { id: opportunityId, title: opportunityTitle },
    session: {
      id: sessionId,
      startsAt: sessionStartsAt,
      endsAt: sessionEndsAt,
      timeZone: sessionTimeZone,
    },
  };
}
